import type { PluralMessage } from '../../../i18n/format';
import type { tokensEn } from './tokens-en';

/** Mensajes en español de la página de tokens de API personales. */
export const tokensEs: {
  readonly [K in keyof typeof tokensEn]: (typeof tokensEn)[K] extends string ? string : PluralMessage;
} = {
  'tokens.title': 'Tokens de API personales',
  'tokens.heading': 'Tokens de API personales',
  'tokens.intro':
    'Un token permite que un script o la línea de comandos actúe en su nombre, para una organización, hasta que caduque o lo revoque. Trátelo como una contraseña.',
  'tokens.backToAccount': 'Volver a su cuenta',
  'tokens.linkFromAccount': 'Tokens de API personales',
  'tokens.create': 'Crear un token',
  'tokens.name': 'Nombre',
  'tokens.nameHint': 'Para qué sirve, p. ej. «carga semanal del 5W».',
  'tokens.organisation': 'Organización',
  'tokens.organisationHint': 'El token actúa solo para esta organización, con su rol en ella.',
  'tokens.expiry': 'Caduca tras',
  'tokens.expiryDays': { one: '{count} día', many: '{count} días', other: '{count} días' },
  'tokens.nameRequired': 'Ponga un nombre al token (100 caracteres como máximo).',
  'tokens.createdHeading': 'Su nuevo token',
  'tokens.createdWarning':
    'Cópielo ahora: solo se muestra esta vez. Steward guarda solo una huella y no puede volver a mostrarlo.',
  'tokens.value': 'Valor del token',
  'tokens.copy': 'Copiar',
  'tokens.copied': 'Copiado.',
  'tokens.copyFailed': 'No se pudo copiar: seleccione el valor y cópielo usted.',
  'tokens.usage': 'Envíelo en la cabecera Authorization, por ejemplo:',
  'tokens.done': 'Ya lo he guardado',
  'tokens.listHeading': 'Sus tokens',
  'tokens.caption': 'Sus tokens de API personales',
  'tokens.empty': 'Aún no tiene tokens.',
  'tokens.col.name': 'Nombre',
  'tokens.col.organisation': 'Organización',
  'tokens.col.created': 'Creado',
  'tokens.col.lastUsed': 'Último uso',
  'tokens.col.expires': 'Caduca',
  'tokens.col.status': 'Estado',
  'tokens.col.actions': 'Acciones',
  'tokens.never': 'Nunca',
  'tokens.noExpiry': 'Sin caducidad',
  'tokens.status.active': 'Activo',
  'tokens.status.expired': 'Caducado',
  'tokens.status.revoked': 'Revocado',
  'tokens.revoke': 'Revocar',
  'tokens.revokeOf': 'Revocar {name}',
  'tokens.confirmTitle': '¿Revocar el token «{name}»?',
  'tokens.confirmBody':
    'Los scripts que lo usan dejan de funcionar al instante. No se puede deshacer; cree un token nuevo si lo necesita.',
  'tokens.revoked': 'Se revocó el token «{name}».',
  'tokens.loadFailed': 'No se pudieron cargar sus tokens. {reason}',
};
