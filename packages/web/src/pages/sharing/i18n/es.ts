import type { PluralMessage } from '../../../i18n/format';
import type { sharingEn } from './en';

type Messages = {
  readonly [K in keyof typeof sharingEn]: (typeof sharingEn)[K] extends string ? string : PluralMessage;
};

/** Spanish messages of the request and agreement pages (PII = Protocolo de Intercambio de Información). */
export const sharingEs: Messages = {
  'share.title': 'Solicitudes y acuerdos',
  'share.heading': 'Solicitudes de datos y acuerdos',
  'share.intro':
    'Las solicitudes de datos de su organización, con lo que decide el PII para cada una; sus acuerdos de intercambio de datos; y sus propias solicitudes.',
  'share.notifications.heading': 'Notificaciones',
  'share.notifications.unread': {
    one: '{count} sin leer',
    many: '{count} sin leer',
    other: '{count} sin leer',
  },
  'share.notifications.markRead': 'Marcar como leída',
  'share.incoming.heading': 'Solicitudes de sus datos',
  'share.incoming.empty': 'Nadie ha solicitado datos de su organización.',
  'share.outgoing.heading': 'Sus solicitudes',
  'share.outgoing.empty':
    'Su organización no ha solicitado ningún dato. Solicite un activo desde su página del registro.',
  'share.request.heading': 'Solicitar estos datos',
  'share.request.intro':
    'Pida «{title}» a su propietario. Este revisa su solicitud conforme al PII y la aprueba con condiciones o la rechaza con un motivo.',
  'share.request.introUnseen':
    'Su organización no puede ver los detalles de esta entrada. Si su propietario la compartió con el clúster (por ejemplo, enviándole su enlace), aún puede solicitarla: el propietario revisa su solicitud conforme al PII y la aprueba con condiciones o la rechaza con un motivo.',
  'share.request.from': 'De {requester}',
  'share.request.purpose': 'Finalidad',
  'share.request.purposeHint': 'Para qué se usarán los datos. No podrán usarse para nada más.',
  'share.request.intendedUse': 'Uso previsto',
  'share.request.intendedUseHint': 'Cómo analizará, guardará y presentará los datos.',
  'share.request.recipients': 'Destinatarios',
  'share.request.recipientsHint': 'Las personas o equipos que verán los datos.',
  'share.request.duration': 'Duración solicitada (días)',
  'share.request.durationHint': 'Entre 1 y 730 días; el acuerdo vence después.',
  'share.request.contact': 'Correo electrónico de contacto',
  'share.request.name': 'Su nombre',
  'share.request.organisation': 'Su organización',
  'share.request.entryId': 'Referencia de los datos en el registro',
  'share.request.entryIdHint': 'La referencia que le dio la organización propietaria.',
  'share.request.submit': 'Enviar la solicitud',
  'share.request.sending': 'Enviando…',
  'share.request.requester': 'Organización solicitante',
  'share.request.sent': 'Se envió su solicitud. La organización propietaria la revisará.',
  'share.requestStatus.pending': 'Pendiente de revisión',
  'share.requestStatus.approved': 'Aprobada',
  'share.requestStatus.rejected': 'Rechazada',
  'share.rejectedBecause': 'Rechazada: {reason}',
  'share.days': { one: '{count} día', many: '{count} de días', other: '{count} días' },
  'share.decision.heading': 'Lo que decide el PII',
  'share.decision.none': 'No hay ninguna decisión del PII disponible.',
  'share.approve.open': 'Aprobar con condiciones',
  'share.approve.conditions': 'Condiciones del acuerdo',
  'share.approve.conditionsHint': 'Añada las condiciones que el destinatario también deba cumplir.',
  'share.approve.fromIsp': 'PII',
  'share.approve.startsOn': 'Empieza el',
  'share.approve.expiresOn': 'Vence el',
  'share.approve.signatory': 'Firmante',
  'share.approve.signatoryRole': 'Cargo del firmante',
  'share.approve.submit': 'Aprobar y crear el acuerdo',
  'share.flow.title': 'Un nuevo flujo de datos entre socios',
  'share.flow.help':
    'Estos tipos de datos nunca han ido de su organización a {org}: {types}. Una evaluación de impacto firmada de su organización, con la fecha de revisión no vencida, debe cubrir el nuevo flujo antes de aprobar.',
  'share.flow.covered': 'La evaluación de impacto vinculada a esta entrada lo cubre.',
  'share.flow.choose': 'Evaluación de impacto que cubre el flujo',
  'share.flow.choosePlaceholder': '— elija una evaluación firmada —',
  'share.flow.none': 'Su organización aún no tiene una evaluación de impacto firmada y vigente.',
  'share.flow.start': 'Iniciar una evaluación de impacto para esta entrada',
  'share.approve.ispConditions': 'Fijadas por el PII, siempre incluidas en el acuerdo',
  'share.approve.deniedNoApproval':
    'No es posible aprobar: el PII no permite compartir esta entrada, ni siquiera con un acuerdo (vea la decisión arriba). Rechace la solicitud o cambie antes la entrada o el PII.',
  'share.approve.includesLaterVersions':
    'Dar también las cargas más recientes de esta entrada sin nueva aprobación',
  'share.approve.includesLaterVersionsHint':
    'Sin marcar, el acuerdo solo da la versión del archivo adjunta ahora; una carga más reciente necesita una nueva aprobación.',
  'share.decisionWith.allow': 'Se puede compartir con {recipient} mediante un acuerdo',
  'share.decisionWith.allow-with-conditions':
    'Se puede compartir con {recipient} mediante un acuerdo, con condiciones',
  'share.decisionWith.deny': 'No se puede compartir con {recipient}, ni siquiera mediante un acuerdo',
  'share.reject.open': 'Rechazar',
  'share.reject.reason': 'Motivo del rechazo',
  'share.reject.submit': 'Rechazar la solicitud',
  'share.agreements.heading': 'Acuerdos de intercambio de datos',
  'share.agreements.empty': 'Todavía no hay ningún acuerdo.',
  'share.col.reference': 'Referencia',
  'share.col.asset': 'Datos y finalidad',
  'share.col.parties': 'Partes',
  'share.col.period': 'Periodo',
  'share.col.status': 'Estado',
  'share.col.actions': 'Acciones',
  'share.parties': '{provider} → {recipient}',
  'share.status.active': 'Vigente',
  'share.status.pending': 'Aún no ha comenzado',
  'share.status.expiring': 'Vence pronto',
  'share.status.expired': 'Vencido',
  'share.status.revoked': 'Revocado',
  'share.download': 'Descargar los datos',
  'share.noFileApproved':
    'No se aprobó ningún archivo con este acuerdo (la entrada no tenía ninguno): pida al proveedor que adjunte uno y lo apruebe.',
  'share.downloadClosed': 'Descargas cerradas',
  'share.revoke': 'Revocar',
  'share.revokeReason': 'Motivo de la revocación',
  'share.revokeConfirm': 'Revocar ahora',
  'share.cluster.heading': 'Todos los acuerdos del clúster',
  'share.cluster.intro':
    'Quién comparte qué con quién, por tipo de datos y sensibilidad. No se muestra ningún contenido de los datos.',
  'share.cluster.expiring': {
    one: '{count} acuerdo vence en los próximos 30 días.',
    many: '{count} acuerdos vencen en los próximos 30 días.',
    other: '{count} acuerdos vencen en los próximos 30 días.',
  },
  'share.error.required': 'Rellene este campo.',
  'share.error.email': 'Escriba un correo electrónico como nombre@ejemplo.org.',
  'share.error.duration': 'Escriba un número de días entre 1 y 730.',
  'share.error.purposeShort': 'Describa la finalidad en una frase (al menos 10 caracteres).',
  'share.error.date': 'Escriba una fecha como 2026-03-31.',
  'share.error.expiryOrder': 'El acuerdo debe vencer después de empezar.',
  'share.error.expiryPast': 'La fecha de vencimiento ya pasó.',
  'share.public.title': 'Solicitar datos',
  'share.public.heading': 'Solicitar datos a un miembro del clúster de Protección',
  'share.public.intro':
    'Las organizaciones ajenas al clúster pueden solicitar aquí un activo de datos registrado. La organización propietaria revisa cada solicitud conforme al Protocolo de Intercambio de Información del clúster.',
  'share.public.sent':
    'Se envió su solicitud (referencia {id}). La organización propietaria se pondrá en contacto con usted.',
  'share.public.privacy':
    'Conservamos su nombre, organización y correo electrónico solo para tramitar esta solicitud.',
  'notice.reporting-deadline-soon':
    'Informe próximo a vencer: su informe {framework} de {period} vence el {date} y no se ha enviado.',
  'notice.reporting-overdue':
    'Informe atrasado: su informe {framework} de {period} vencía el {date} y no se ha enviado.',
  'notice.registry-review-reminder-soon':
    'Revisión próxima: la entrada del registro «{title}» debe revisarse el {date}.',
  'notice.registry-review-reminder-overdue':
    'Revisión atrasada: la entrada del registro «{title}» debía revisarse el {date}. Revísela y fije la próxima fecha de revisión.',
  'notice.request-received': 'Nueva solicitud de intercambio de datos para «{title}».',
  'notice.request-received-public':
    'Llegó una solicitud de intercambio de datos para «{title}» por el formulario público.',
  'notice.agreement-created': 'Se celebró el acuerdo {reference} para «{title}».',
  'notice.request-approved': 'Su solicitud para «{title}» fue aprobada: acuerdo {reference}.',
  'notice.request-rejected': 'Su solicitud para «{title}» fue rechazada.',
  'notice.agreement-revoked': 'El acuerdo {reference} fue revocado.',
  'notice.referral.received': 'Derivación {reference} recibida ({priority}).',
  'notice.referral.updated': 'Derivación {reference}: {state}.',
  'notice.referral.updated-outcome': 'Derivación {reference}: {state} ({outcome}).',
  'notice.referral.consent_withdrawn': 'Derivación {reference}: la persona retiró su consentimiento.',
  'notice.retention-destroy-copy':
    'El período de conservación del acuerdo {reference} terminó: destruya su copia ({method}) y confírmelo en Steward.',
  'notice.retention-copy-destroyed': 'Un destinatario confirmó que destruyó su copia ({method}).',
  'notice.retention-overdue':
    'La destrucción está atrasada desde el {date}: apruébela o prolongue la conservación con un motivo.',
  'notice.retention-due': 'Un período de conservación terminó el {date}: apruebe la destrucción ({method}).',
  'notice.incident-agreement':
    '{reporter} notificó un incidente de datos que afecta al acuerdo {reference}. {reporter} le contactará con lo que necesita saber.',
  'notice.referral.override_requested':
    'La derivación {reference} espera que una segunda persona apruebe su excepción al consentimiento.',
  'notice.referral.override_approved': 'Derivación {reference}: excepción al consentimiento aprobada.',
  'notice.referral.override_refused': 'Derivación {reference}: excepción al consentimiento rechazada.',
  'notice.referral.override_cancelled':
    'Derivación {reference}: excepción al consentimiento cancelada por la persona que la pidió.',
};
