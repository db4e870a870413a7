import type { PluralMessage } from '../../../i18n/format';
import { auditActionsEs } from './actions-es';
import type { auditEn } from './en';

type Messages = {
  readonly [K in keyof typeof auditEn]: (typeof auditEn)[K] extends string ? string : PluralMessage;
};

/** Spanish messages of the audit log viewer. */
export const auditEs: Messages = {
  ...auditActionsEs,
  'nav.audit': 'Registro de auditoría',
  'module.audit.description':
    'Quién hizo qué, y cuándo, en su organización: filtre el registro de auditoría a prueba de manipulaciones, compruebe la cadena y expórtelo.',
  'audit.title': 'Registro de auditoría',
  'audit.heading': 'Registro de auditoría',
  'audit.intro':
    'Cada acción sobre los datos de su organización, y las suyas propias, de la más reciente a la más antigua. Las entradas solo contienen identificadores y códigos.',
  'audit.filters': 'Filtrar',
  'audit.filter.actor': 'Persona',
  'audit.filter.anyActor': 'Cualquiera',
  'audit.filter.action': 'Acción (p. ej. auth.login, o registry. para todas las acciones del registro)',
  'audit.filter.targetType': 'Tipo de objeto',
  'audit.filter.targetId': 'Id. del objeto',
  'audit.filter.from': 'Desde (fecha)',
  'audit.filter.to': 'Hasta (fecha, incluida)',
  'audit.filter.apply': 'Aplicar los filtros',
  'audit.filter.clear': 'Borrar',
  'audit.export': 'Exportar como CSV',
  'audit.col.sequence': 'N.º',
  'audit.col.time': 'Cuándo',
  'audit.col.actor': 'Quién',
  'audit.col.action': 'Acción',
  'audit.col.target': 'Objeto',
  'audit.col.outcome': 'Resultado',
  'audit.anonymous': 'Sin sesión iniciada',
  'audit.someone': 'Usuario de otra organización',
  'audit.outcome.success': 'Éxito',
  'audit.outcome.failure': 'Fallo',
  'audit.outcome.denied': 'Denegado',
  'audit.empty': 'Ninguna entrada coincide con estos filtros.',
  'audit.failed': 'No se pudo cargar el registro de auditoría.',
  'audit.shown': {
    one: '{count} entrada mostrada (la más reciente primero).',
    many: '{count} entradas mostradas (las más recientes primero, 200 como máximo).',
    other: '{count} entradas mostradas (las más recientes primero, 200 como máximo).',
  },
  'audit.chain': 'Comprobación de la cadena',
  'audit.verify': 'Comprobar toda la cadena',
  'audit.verifyOk': {
    one: 'La cadena está intacta: {count} entrada verificada.',
    many: 'La cadena está intacta: {count} entradas verificadas.',
    other: 'La cadena está intacta: {count} entradas verificadas.',
  },
  'audit.verifyBroken': 'La cadena está rota en la entrada {sequence}: {reason}',
  'audit.verifyAdminOnly':
    'Solo un administrador del sistema puede comprobar toda la cadena (steward audit verify).',
};
