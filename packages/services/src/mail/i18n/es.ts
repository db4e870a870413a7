/** Notification e-mails in Spanish (the web app's `notice.*` texts; mail/texts.ts). */
import type { MailTexts } from './types';

export const es: MailTexts = {
  notices: {
    'reporting-deadline-soon':
      'Informe próximo a vencer: su informe {framework} de {period} vence el {date} y no se ha enviado.',
    'reporting-overdue':
      'Informe atrasado: su informe {framework} de {period} vencía el {date} y no se ha enviado.',
    'registry-review-reminder-soon':
      'Revisión próxima: la entrada del registro «{title}» debe revisarse el {date}.',
    'registry-review-reminder-overdue':
      'Revisión atrasada: la entrada del registro «{title}» debía revisarse el {date}. Revísela y fije la próxima fecha de revisión.',
    'request-received': 'Nueva solicitud de intercambio de datos para «{title}».',
    'request-received-public':
      'Llegó una solicitud de intercambio de datos para «{title}» por el formulario público.',
    'agreement-created': 'Se celebró el acuerdo {reference} para «{title}».',
    'request-approved': 'Su solicitud para «{title}» fue aprobada: acuerdo {reference}.',
    'request-rejected': 'Su solicitud para «{title}» fue rechazada.',
    'agreement-revoked': 'El acuerdo {reference} fue revocado.',
    'referral.received': 'Derivación {reference} recibida ({priority}).',
    'referral.updated': 'Derivación {reference}: {state}.',
    'referral.updated-outcome': 'Derivación {reference}: {state} ({outcome}).',
    'referral.consent_withdrawn': 'Derivación {reference}: la persona retiró su consentimiento.',
    'retention-destroy-copy':
      'El período de conservación del acuerdo {reference} terminó: destruya su copia ({method}) y confírmelo en Steward.',
    'retention-copy-destroyed': 'Un destinatario confirmó que destruyó su copia ({method}).',
    'retention-overdue':
      'La destrucción está atrasada desde el {date}: apruébela o prolongue la conservación con un motivo.',
    'retention-due': 'Un período de conservación terminó el {date}: apruebe la destrucción ({method}).',
    'incident-agreement':
      '{reporter} notificó un incidente de datos que afecta al acuerdo {reference}. {reporter} le contactará con lo que necesita saber.',
    'referral.override_requested':
      'La derivación {reference} espera que una segunda persona apruebe su excepción al consentimiento.',
    'referral.override_approved': 'Derivación {reference}: excepción al consentimiento aprobada.',
    'referral.override_refused': 'Derivación {reference}: excepción al consentimiento rechazada.',
    'referral.override_cancelled':
      'Derivación {reference}: excepción al consentimiento cancelada por la persona que la pidió.',
  },

  open: 'Abra Steward en {link} para verlo.',
  why: 'Recibe este mensaje porque gestiona el intercambio de datos de su organización en Steward.',
};
