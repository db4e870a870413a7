import type { PluralMessage } from '../../../i18n/format';
import type { sharingEn } from './en';

type Messages = {
  readonly [K in keyof typeof sharingEn]: (typeof sharingEn)[K] extends string ? string : PluralMessage;
};

/** Messages français des demandes et accords. */
export const sharingFr: Messages = {
  'share.title': 'Demandes et accords',
  'share.heading': 'Demandes de données et accords',
  'share.intro':
    'Les demandes portant sur les données de votre organisation, avec la décision du PPI pour chacune ; vos accords de partage ; et vos propres demandes.',
  'share.notifications.heading': 'Notifications',
  'share.notifications.unread': {
    one: '{count} non lue',
    many: '{count} non lues',
    other: '{count} non lues',
  },
  'share.notifications.markRead': 'Marquer comme lue',
  'share.incoming.heading': 'Demandes portant sur vos données',
  'share.incoming.empty': 'Personne n’a demandé les données de votre organisation.',
  'share.outgoing.heading': 'Vos demandes',
  'share.outgoing.empty':
    'Votre organisation n’a demandé aucune donnée. Faites une demande depuis la page de l’entrée du registre.',
  'share.request.heading': 'Demander ces données',
  'share.request.intro':
    'Demandez « {title} » au propriétaire. Il examine votre demande au regard du PPI et l’approuve sous conditions ou la refuse en motivant.',
  'share.request.introUnseen':
    'Votre organisation ne peut pas voir le détail de cette entrée. Si son propriétaire l’a partagée avec le cluster (par exemple en vous envoyant son lien), vous pouvez tout de même la demander : il examine votre demande au regard du PPI et l’approuve sous conditions ou la refuse en motivant.',
  'share.request.from': 'De {requester}',
  'share.request.purpose': 'Finalité',
  'share.request.purposeHint': 'À quoi serviront les données. Elles ne pourront servir à rien d’autre.',
  'share.request.intendedUse': 'Utilisation prévue',
  'share.request.intendedUseHint': 'Comment vous analyserez, stockerez et rendrez compte des données.',
  'share.request.recipients': 'Destinataires',
  'share.request.recipientsHint': 'Les personnes ou équipes qui verront les données.',
  'share.request.duration': 'Durée demandée (jours)',
  'share.request.durationHint': 'Entre 1 et 730 jours ; l’accord expire ensuite.',
  'share.request.contact': 'Courriel de contact',
  'share.request.name': 'Votre nom',
  'share.request.organisation': 'Votre organisation',
  'share.request.entryId': 'Référence des données dans le registre',
  'share.request.entryIdHint': 'La référence que l’organisation propriétaire vous a donnée.',
  'share.request.submit': 'Envoyer la demande',
  'share.request.sending': 'Envoi…',
  'share.request.requester': 'Organisation demandeuse',
  'share.request.sent': 'Votre demande a été envoyée. L’organisation propriétaire va l’examiner.',
  'share.requestStatus.pending': 'En attente d’examen',
  'share.requestStatus.approved': 'Approuvée',
  'share.requestStatus.rejected': 'Refusée',
  'share.rejectedBecause': 'Refusée : {reason}',
  'share.days': { one: '{count} jour', many: '{count} jours', other: '{count} jours' },
  'share.decision.heading': 'Ce que décide le PPI',
  'share.decision.none': 'Aucune décision du PPI n’est disponible.',
  'share.approve.open': 'Approuver sous conditions',
  'share.approve.conditions': 'Conditions de l’accord',
  'share.approve.conditionsHint': 'Ajoutez les conditions que le destinataire doit aussi respecter.',
  'share.approve.fromIsp': 'PPI',
  'share.approve.startsOn': 'Début le',
  'share.approve.expiresOn': 'Expire le',
  'share.approve.signatory': 'Signataire',
  'share.approve.signatoryRole': 'Fonction du signataire',
  'share.approve.submit': 'Approuver et créer l’accord',
  'share.flow.title': 'Un nouveau flux de données entre partenaires',
  'share.flow.help':
    'Ces types de données ne sont jamais allés de votre organisation vers {org} : {types}. Une analyse d’impact signée de votre organisation, dont la date de révision n’est pas dépassée, doit couvrir ce nouveau flux avant votre approbation.',
  'share.flow.covered': 'L’analyse d’impact liée à cette entrée le couvre.',
  'share.flow.choose': 'Analyse d’impact couvrant le flux',
  'share.flow.choosePlaceholder': '— choisir une analyse signée —',
  'share.flow.none': 'Votre organisation n’a pas encore d’analyse d’impact signée et à jour.',
  'share.flow.start': 'Commencer une analyse d’impact pour cette entrée',
  'share.approve.ispConditions': 'Fixées par le PPI, toujours incluses dans l’accord',
  'share.approve.deniedNoApproval':
    'Aucune approbation n’est possible : le PPI n’autorise pas le partage de cette entrée, même sous accord (voir la décision ci-dessus). Refusez la demande, ou modifiez d’abord l’entrée ou le PPI.',
  'share.approve.includesLaterVersions':
    'Donner aussi les nouvelles versions de cette entrée sans nouvelle approbation',
  'share.approve.includesLaterVersionsHint':
    'Décoché, l’accord ne donne que la version du fichier jointe maintenant ; une nouvelle version demande une nouvelle approbation.',
  'share.decisionWith.allow': 'Partageable avec {recipient} sous accord',
  'share.decisionWith.allow-with-conditions': 'Partageable avec {recipient} sous accord, avec conditions',
  'share.decisionWith.deny': 'Non partageable avec {recipient}, même sous accord',
  'share.reject.open': 'Refuser',
  'share.reject.reason': 'Motif du refus',
  'share.reject.submit': 'Refuser la demande',
  'share.agreements.heading': 'Accords de partage de données',
  'share.agreements.empty': 'Aucun accord pour l’instant.',
  'share.col.reference': 'Référence',
  'share.col.asset': 'Données et finalité',
  'share.col.parties': 'Parties',
  'share.col.period': 'Période',
  'share.col.status': 'Statut',
  'share.col.actions': 'Actions',
  'share.parties': '{provider} → {recipient}',
  'share.status.active': 'Actif',
  'share.status.pending': 'Pas encore commencé',
  'share.status.expiring': 'Expire bientôt',
  'share.status.expired': 'Expiré',
  'share.status.revoked': 'Révoqué',
  'share.download': 'Télécharger les données',
  'share.noFileApproved':
    'Aucun fichier n’a été approuvé avec cet accord (l’entrée n’en avait pas) : demandez au fournisseur d’en joindre un et de l’approuver.',
  'share.downloadClosed': 'Téléchargements fermés',
  'share.revoke': 'Révoquer',
  'share.revokeReason': 'Motif de la révocation',
  'share.revokeConfirm': 'Révoquer maintenant',
  'share.cluster.heading': 'Tous les accords du cluster',
  'share.cluster.intro':
    'Qui partage quoi avec qui, par type de données et sensibilité. Aucun contenu n’est affiché.',
  'share.cluster.expiring': {
    one: '{count} accord expire dans les 30 jours.',
    many: '{count} accords expirent dans les 30 jours.',
    other: '{count} accords expirent dans les 30 jours.',
  },
  'share.error.required': 'Remplissez ce champ.',
  'share.error.email': 'Saisissez une adresse comme nom@exemple.org.',
  'share.error.duration': 'Saisissez un nombre de jours entre 1 et 730.',
  'share.error.purposeShort': 'Décrivez la finalité en une phrase (au moins 10 caractères).',
  'share.error.date': 'Saisissez une date comme 2026-03-31.',
  'share.error.expiryOrder': 'L’accord doit expirer après son début.',
  'share.error.expiryPast': 'La date d’expiration est passée.',
  'share.public.title': 'Demander des données',
  'share.public.heading': 'Demander des données à un membre du cluster Protection',
  'share.public.intro':
    'Les organisations extérieures au cluster peuvent demander ici un actif de données enregistré. L’organisation propriétaire examine chaque demande au regard du protocole de partage du cluster.',
  'share.public.sent':
    'Votre demande a été envoyée (référence {id}). L’organisation propriétaire vous contactera.',
  'share.public.privacy':
    'Nous gardons votre nom, votre organisation et votre courriel uniquement pour traiter cette demande.',
  'notice.reporting-deadline-soon':
    'Rapport bientôt dû : votre rapport {framework} de {period} est attendu le {date} et n’a pas été soumis.',
  'notice.reporting-overdue':
    'Rapport en retard : votre rapport {framework} de {period} était attendu le {date} et n’a pas été soumis.',
  'notice.registry-review-reminder-soon':
    'Revue bientôt due : l’entrée du registre « {title} » doit être revue le {date}.',
  'notice.registry-review-reminder-overdue':
    'Revue en retard : l’entrée du registre « {title} » devait être revue le {date}. Revoyez-la et fixez la prochaine date de revue.',
  'notice.request-received': 'Nouvelle demande de partage de données pour « {title} ».',
  'notice.request-received-public':
    'Une demande de partage de données pour « {title} » est arrivée par le formulaire public.',
  'notice.agreement-created': 'L’accord {reference} pour « {title} » a été conclu.',
  'notice.request-approved': 'Votre demande pour « {title} » a été approuvée : accord {reference}.',
  'notice.request-rejected': 'Votre demande pour « {title} » a été refusée.',
  'notice.agreement-revoked': 'L’accord {reference} a été révoqué.',
  'notice.referral.received': 'Référencement {reference} reçu ({priority}).',
  'notice.referral.updated': 'Référencement {reference} : {state}.',
  'notice.referral.updated-outcome': 'Référencement {reference} : {state} ({outcome}).',
  'notice.referral.consent_withdrawn': 'Référencement {reference} : la personne a retiré son consentement.',
  'notice.retention-destroy-copy':
    'La durée de conservation de l’accord {reference} a pris fin : détruisez votre copie ({method}) et confirmez-le dans Steward.',
  'notice.retention-copy-destroyed': 'Un destinataire a confirmé avoir détruit sa copie ({method}).',
  'notice.retention-overdue':
    'La destruction est en retard depuis le {date} : approuvez-la ou prolongez la conservation avec une raison.',
  'notice.retention-due':
    'Une durée de conservation a pris fin le {date} : approuvez la destruction ({method}).',
  'notice.incident-agreement':
    '{reporter} a signalé un incident de données qui concerne l’accord {reference}. {reporter} vous contactera avec ce que vous devez savoir.',
  'notice.referral.override_requested':
    'Le référencement {reference} attend qu’une deuxième personne approuve sa dérogation au consentement.',
  'notice.referral.override_approved': 'Référencement {reference} : dérogation au consentement approuvée.',
  'notice.referral.override_refused': 'Référencement {reference} : dérogation au consentement refusée.',
  'notice.referral.override_cancelled':
    'Référencement {reference} : dérogation au consentement annulée par la personne qui l’avait demandée.',
};
