/** Messages français de la dérogation au consentement (issue 9), répandus dans `src/i18n/fr.ts`. */
export const referralOverrideFr = {
  'refoverride.title': 'Dérogation au consentement',
  'refoverride.offer': 'Envoyer avec une dérogation au consentement',
  'refoverride.offerHint':
    'Le consentement enregistré ne couvre pas ce référencement. Vous avez la permission de dérogation : vous pouvez l’envoyer sur une autre base légale, et un autre point focal de votre organisation doit l’approuver avant que rien n’atteigne le destinataire.',
  'refoverride.notHolder':
    'Seul un point focal partenaire peut envoyer un référencement que le consentement ne couvre pas (dérogation approuvée par un second point focal). Corrigez le consentement ou demandez à votre point focal.',
  'refoverride.legalBasis': 'Base légale à la place du consentement',
  'refoverride.chooseBasis': 'Choisissez la base légale de la dérogation.',
  'refoverride.justification': 'Justification',
  'refoverride.justificationHint':
    'Pourquoi les données doivent être partagées sans consentement valable ({min} à {max} caractères). Elle est chiffrée avec le référencement : les deux organisations peuvent la lire, le serveur non.',
  'refoverride.justificationLength': 'Écrivez une justification de {min} à {max} caractères.',
  'refoverride.notNeeded': 'Le consentement couvre ce référencement : envoyez-le sans dérogation.',
  'refoverride.sendButton': 'Demander l’approbation',
  'refoverride.requested':
    'Le référencement attend qu’un second point focal de votre organisation approuve la dérogation. Rien n’a encore atteint le destinataire.',
  'refoverride.status': 'Dérogation',
  'refoverride.status.pending': 'En attente d’approbation',
  'refoverride.status.approved': 'Approuvée',
  'refoverride.status.refused': 'Refusée',
  'refoverride.requestedBy': 'Demandée par',
  'refoverride.requestedAt': 'Demandée le',
  'refoverride.decidedBy': 'Décidée par',
  'refoverride.decidedAt': 'Décidée le',
  'refoverride.lockedJustification': 'Déverrouillez votre clé de référencement pour lire la justification.',
  'refoverride.decideIntro':
    'Lisez d’abord la justification. Approuver envoie le référencement à {organisation} maintenant ; refuser le garde définitivement dans votre organisation.',
  'refoverride.approve': 'Approuver et envoyer',
  'refoverride.refuse': 'Refuser',
  'refoverride.ownRequest':
    'Vous avez demandé cette dérogation : un autre point focal de votre organisation l’approuve ou la refuse.',
  'refoverride.needsHolder': 'Un point focal partenaire de votre organisation l’approuve ou la refuse.',
  'refoverride.approvedDone': 'Approuvée : le référencement a été envoyé à {organisation}.',
  'refoverride.refusedDone':
    'Refusée : le référencement reste dans votre organisation et ne sera pas envoyé.',
  'refoverride.received':
    'Envoyé sans consentement le couvrant, sur la base légale « {basis} », après l’approbation d’une seconde personne de l’organisation expéditrice.',
  'refoverride.pendingNotice': {
    one: '{count} dérogation au consentement attend une approbation.',
    many: '{count} de dérogations au consentement attendent une approbation.',
    other: '{count} dérogations au consentement attendent une approbation.',
  },
  'errors.code.referral.override_permission':
    'Seul un point focal partenaire (permission de dérogation) peut envoyer ou approuver un référencement sans consentement le couvrant.',
  'errors.code.referral.override_same_person':
    'Une dérogation demande une seconde personne : un autre point focal de votre organisation l’approuve.',
  'errors.code.referral.override_decided': 'Cette dérogation a déjà été décidée. Rechargez la page.',
  'errors.code.referral.override_not_needed':
    'Le consentement couvre ce référencement : aucune dérogation n’est nécessaire.',
  'errors.code.referral.override_required':
    'Le consentement ne couvre pas ce référencement : il faut une dérogation.',
  'errors.code.referral.override_legal_basis':
    'Le consentement lui-même ne peut pas être la base légale d’une dérogation.',
  'refoverride.status.cancelled': 'Annulée',
  'refoverride.cancel': 'Annuler ma demande',
  'refoverride.cancelHint':
    'Annuler garde définitivement le référencement dans votre organisation : personne ne pourra plus l’approuver.',
  'refoverride.cancelledDone':
    'Annulée : le référencement reste dans votre organisation et ne sera pas envoyé.',
  'errors.code.referral.override_not_requester':
    'Seule la personne qui a demandé cette dérogation peut l’annuler.',
} as const;
