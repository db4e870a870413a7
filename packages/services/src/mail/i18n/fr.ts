/** Notification e-mails in French (the web app's `notice.*` texts; mail/texts.ts). */
import type { MailTexts } from './types';

export const fr: MailTexts = {
  notices: {
    'reporting-deadline-soon':
      'Rapport bientôt dû : votre rapport {framework} de {period} est attendu le {date} et n’a pas été soumis.',
    'reporting-overdue':
      'Rapport en retard : votre rapport {framework} de {period} était attendu le {date} et n’a pas été soumis.',
    'registry-review-reminder-soon':
      'Revue bientôt due : l’entrée du registre « {title} » doit être revue le {date}.',
    'registry-review-reminder-overdue':
      'Revue en retard : l’entrée du registre « {title} » devait être revue le {date}. Revoyez-la et fixez la prochaine date de revue.',
    'request-received': 'Nouvelle demande de partage de données pour « {title} ».',
    'request-received-public':
      'Une demande de partage de données pour « {title} » est arrivée par le formulaire public.',
    'agreement-created': 'L’accord {reference} pour « {title} » a été conclu.',
    'request-approved': 'Votre demande pour « {title} » a été approuvée : accord {reference}.',
    'request-rejected': 'Votre demande pour « {title} » a été refusée.',
    'agreement-revoked': 'L’accord {reference} a été révoqué.',
    'referral.received': 'Référencement {reference} reçu ({priority}).',
    'referral.updated': 'Référencement {reference} : {state}.',
    'referral.updated-outcome': 'Référencement {reference} : {state} ({outcome}).',
    'referral.consent_withdrawn': 'Référencement {reference} : la personne a retiré son consentement.',
    'retention-destroy-copy':
      'La durée de conservation de l’accord {reference} a pris fin : détruisez votre copie ({method}) et confirmez-le dans Steward.',
    'retention-copy-destroyed': 'Un destinataire a confirmé avoir détruit sa copie ({method}).',
    'retention-overdue':
      'La destruction est en retard depuis le {date} : approuvez-la ou prolongez la conservation avec une raison.',
    'retention-due': 'Une durée de conservation a pris fin le {date} : approuvez la destruction ({method}).',
    'incident-agreement':
      '{reporter} a signalé un incident de données qui concerne l’accord {reference}. {reporter} vous contactera avec ce que vous devez savoir.',
    'referral.override_requested':
      'Le référencement {reference} attend qu’une deuxième personne approuve sa dérogation au consentement.',
    'referral.override_approved': 'Référencement {reference} : dérogation au consentement approuvée.',
    'referral.override_refused': 'Référencement {reference} : dérogation au consentement refusée.',
    'referral.override_cancelled':
      'Référencement {reference} : dérogation au consentement annulée par la personne qui l’avait demandée.',
  },

  open: 'Ouvrez Steward à l’adresse {link} pour le voir.',
  why: 'Vous recevez ce message parce que vous gérez le partage de données de votre organisation dans Steward.',
};
