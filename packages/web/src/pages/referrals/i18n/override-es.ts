/** Mensajes en español de la excepción al consentimiento (issue 9), en `src/i18n/es.ts`. */
export const referralOverrideEs = {
  'refoverride.title': 'Excepción al consentimiento',
  'refoverride.offer': 'Enviar con una excepción al consentimiento',
  'refoverride.offerHint':
    'El consentimiento registrado no cubre esta remisión. Usted tiene el permiso de excepción: puede enviarla con otra base legal, y otro punto focal de su organización debe aprobarla antes de que algo llegue al receptor.',
  'refoverride.notHolder':
    'Solo un punto focal de socio puede enviar una remisión que el consentimiento no cubre (excepción aprobada por un segundo punto focal). Corrija el consentimiento o consulte a su punto focal.',
  'refoverride.legalBasis': 'Base legal en lugar del consentimiento',
  'refoverride.chooseBasis': 'Elija la base legal de la excepción.',
  'refoverride.justification': 'Justificación',
  'refoverride.justificationHint':
    'Por qué los datos deben compartirse sin consentimiento válido (de {min} a {max} caracteres). Se cifra con la remisión: ambas organizaciones pueden leerla, el servidor no.',
  'refoverride.justificationLength': 'Escriba una justificación de {min} a {max} caracteres.',
  'refoverride.notNeeded': 'El consentimiento cubre esta remisión: envíela sin excepción.',
  'refoverride.sendButton': 'Pedir aprobación',
  'refoverride.requested':
    'La remisión espera que un segundo punto focal de su organización apruebe la excepción. Nada ha llegado todavía al receptor.',
  'refoverride.status': 'Excepción',
  'refoverride.status.pending': 'Pendiente de aprobación',
  'refoverride.status.approved': 'Aprobada',
  'refoverride.status.refused': 'Rechazada',
  'refoverride.requestedBy': 'Pedida por',
  'refoverride.requestedAt': 'Pedida el',
  'refoverride.decidedBy': 'Decidida por',
  'refoverride.decidedAt': 'Decidida el',
  'refoverride.lockedJustification': 'Desbloquee su clave de remisiones para leer la justificación.',
  'refoverride.decideIntro':
    'Lea primero la justificación. Aprobar envía la remisión a {organisation} ahora; rechazar la deja para siempre en su organización.',
  'refoverride.approve': 'Aprobar y enviar',
  'refoverride.refuse': 'Rechazar',
  'refoverride.ownRequest':
    'Usted pidió esta excepción: otro punto focal de su organización la aprueba o la rechaza.',
  'refoverride.needsHolder': 'Un punto focal de su organización la aprueba o la rechaza.',
  'refoverride.approvedDone': 'Aprobada: la remisión se envió a {organisation}.',
  'refoverride.refusedDone': 'Rechazada: la remisión queda en su organización y no se enviará.',
  'refoverride.received':
    'Enviada sin consentimiento que la cubra, con la base legal «{basis}», tras la aprobación de una segunda persona de la organización remitente.',
  'refoverride.pendingNotice': {
    one: '{count} excepción al consentimiento espera aprobación.',
    many: '{count} de excepciones al consentimiento esperan aprobación.',
    other: '{count} excepciones al consentimiento esperan aprobación.',
  },
  'errors.code.referral.override_permission':
    'Solo un punto focal de socio (permiso de excepción) puede enviar o aprobar una remisión sin consentimiento que la cubra.',
  'errors.code.referral.override_same_person':
    'Una excepción necesita una segunda persona: otro punto focal de su organización la aprueba.',
  'errors.code.referral.override_decided': 'Esta excepción ya se decidió. Vuelva a cargar la página.',
  'errors.code.referral.override_not_needed':
    'El consentimiento cubre esta remisión: no hace falta una excepción.',
  'errors.code.referral.override_required':
    'El consentimiento no cubre esta remisión: necesita una excepción.',
  'errors.code.referral.override_legal_basis':
    'El consentimiento mismo no puede ser la base legal de una excepción.',
  'refoverride.status.cancelled': 'Cancelada',
  'refoverride.cancel': 'Cancelar mi solicitud',
  'refoverride.cancelHint':
    'Cancelar deja la remisión en su organización para siempre: nadie podrá aprobarla.',
  'refoverride.cancelledDone': 'Cancelada: la remisión queda en su organización y no se enviará.',
  'errors.code.referral.override_not_requester': 'Solo la persona que pidió esta excepción puede cancelarla.',
} as const;
