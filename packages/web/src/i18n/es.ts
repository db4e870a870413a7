import { retentionEs } from '../pages/retention/i18n/es';
import { guidanceEs } from '../guidance/i18n/es';
import { registryEs } from '../pages/registry/i18n/es';
import { ispEs } from '../pages/isp/i18n/es';
import { membersEs } from '../pages/members/i18n/es';
import { organisationsEs } from '../pages/organisations/i18n/es';
import { tokensEs } from '../pages/account/i18n/tokens-es';
import { directoryEs } from '../pages/directory/i18n/es';
import { catalogueEs } from '../pages/catalogue/i18n/es';
import { auditEs } from '../pages/audit/i18n/es';
import { sharingEs } from '../pages/sharing/i18n/es';
import { checkEngineEs } from '../pages/check-dataset/i18n/es';
import { accountEs } from '../pages/account/i18n/es';
import { navigationEs } from '../layout/i18n/es';
import type { Dictionary } from './dictionary';
import { diagnosticEs } from '../pages/diagnostic/i18n/es';
import { incidentsEs } from '../pages/incidents/i18n/es';
import { assessmentsEs } from '../pages/assessments/i18n/es';
import { componentsEs } from '../components/i18n/es';
import { reportingEs } from '../pages/reporting/i18n/es';
import { figuresEs } from '../components/chart/i18n/es';
import { dashboardsEs } from '../pages/dashboards/i18n/es';
import { publicationsEs } from '../pages/publications/i18n/es';
import { referralsEs } from '../pages/referrals/i18n/es';
import { referralKeysEs } from '../pages/referrals/i18n/keys-es';
import { referralOverrideEs } from '../pages/referrals/i18n/override-es';

/** Spanish (Español). Plural messages list `one`, `many` (millions: “1 millón de …”) and `other`. */
export const es: Dictionary = {
  'app.name': 'Steward',
  'app.tagline': 'Responsabilidad de los datos para el clúster de Protección',
  'title.format': '{page} · Steward',
  'title.signIn': 'Iniciar sesión',
  'title.home': 'Inicio',
  'title.organisations': 'Organizaciones',
  'title.notFound': 'Página no encontrada',
  'title.loading': 'Cargando',

  'common.loading': 'Cargando…',
  'common.skipToContent': 'Ir al contenido principal',
  'common.retry': 'Reintentar',
  'common.yes': 'Sí',
  'common.no': 'No',

  'nav.label': 'Navegación principal',
  'nav.home': 'Inicio',
  'nav.organisations': 'Organizaciones',
  'nav.checkDataset': 'Revisar un conjunto de datos',

  'header.organisation': 'Organización',
  'header.language': 'Idioma',
  'header.accountMenu': 'Menú de la cuenta',
  'header.signedInAs': 'Sesión iniciada como',
  'header.signOut': 'Cerrar sesión',
  'header.switched': 'Ahora trabaja para {organisation}.',
  'header.switchFailed': 'No se pudo cambiar de organización. {reason}',

  'signIn.heading': 'Iniciar sesión',
  'signIn.intro': 'Use la cuenta que le dio su organización.',
  'signIn.email': 'Correo electrónico',
  'signIn.password': 'Contraseña',
  'signIn.submit': 'Iniciar sesión',
  'signIn.submitting': 'Iniciando sesión…',
  'signIn.emailRequired': 'Escriba su correo electrónico.',
  'signIn.emailInvalid': 'Escriba un correo electrónico como nombre@ejemplo.org.',
  'signIn.passwordRequired': 'Escriba su contraseña.',
  'signIn.problem': 'Hay un problema',
  'signIn.sessionEnded': 'Su sesión ha terminado. Inicie sesión de nuevo para continuar.',
  'signIn.signedOut': 'Ha cerrado la sesión.',
  'signIn.privacy': 'Steward registra cada inicio de sesión en su registro de auditoría.',

  'errors.invalid-credentials': 'El correo electrónico o la contraseña no son correctos.',
  'errors.account-locked': {
    one: 'Demasiados intentos fallidos. Su cuenta está bloqueada durante {count} minuto más.',
    many: 'Demasiados intentos fallidos. Su cuenta está bloqueada durante {count} minutos más.',
    other: 'Demasiados intentos fallidos. Su cuenta está bloqueada durante {count} minutos más.',
  },
  'errors.account-locked-soon': 'Demasiados intentos fallidos. Su cuenta está bloqueada durante un rato.',
  'errors.account-disabled': 'Esta cuenta está desactivada. Pida ayuda al punto focal de su organización.',
  'errors.unauthenticated': 'Su sesión ha terminado. Inicie sesión de nuevo.',
  'errors.forbidden': 'No tiene permiso para hacer esto.',
  'errors.not-found': 'No encontramos lo que pidió.',
  'errors.validation': 'Parte de la información no es válida.',
  'errors.conflict': 'Esto entra en conflicto con algo que ya existe.',
  'errors.dia-required':
    'Primero se necesita una evaluación de impacto aprobada. Empiece una en Evaluaciones de impacto y luego indíquela aquí.',
  'errors.csrf': 'Esta página está desactualizada. Recárguela y vuelva a intentarlo.',
  'errors.database-unavailable':
    'No se puede acceder a la base de datos en este momento. Vuelva a intentarlo en un momento.',
  'errors.payload-too-large': 'Lo que envió es demasiado grande.',
  'errors.limit-exceeded': 'El archivo supera uno de los límites de carga de Steward.',
  'errors.limit.fileBytes': 'El archivo ocupa más de {max} bytes, el límite de Steward para un archivo.',
  'errors.limit.rows': 'El archivo tiene más de {max} filas, el límite de Steward para este tipo de archivo.',
  'errors.limit.columns': 'El archivo tiene más de {max} columnas, el límite de Steward.',
  'errors.limit.cellChars':
    'Una celda del archivo tiene más de {max} caracteres, el límite de Steward para una celda.',
  'errors.limit.uncompressedBytes': 'El libro descomprimido ocupa más de {max} bytes, el límite de Steward.',
  'errors.limit.compressionRatio':
    'Una parte del libro se descomprime a más de {max} veces su tamaño comprimido (una «bomba zip»): supera el límite de Steward.',
  'errors.limit.errorsKept': 'Solo se muestran los {max} primeros problemas.',
  'errors.limit.parseMemoryMb': 'Leer el archivo necesita más de {max} MB de memoria, el límite de Steward.',
  'errors.limit.directoryImportServices':
    'El archivo contiene más de {max} servicios, el límite de Steward para una importación: divídalo en varios archivos.',
  'errors.rate-limited': 'Demasiadas solicitudes. Espere un momento y vuelva a intentarlo.',
  'errors.network': 'No se puede conectar con Steward. Compruebe su conexión y vuelva a intentarlo.',
  'errors.unsupported-media-type': 'Steward no pudo leer lo que se envió.',
  'errors.internal':
    'Steward encontró un problema inesperado. Vuelva a intentarlo; si sigue ocurriendo, avise a su administrador.',
  'errors.unknown': 'Algo salió mal. Vuelva a intentarlo.',
  'errors.role-grant-refused': 'Este cambio de rol no está permitido.',
  'errors.reason.cannot-manage-members': 'Su rol no gestiona los miembros de una organización.',
  'errors.reason.not-own-organisation': 'Solo puede gestionar los miembros de su propia organización.',
  'errors.reason.cluster-role-outside-lead':
    'Los roles del clúster (coordinador del clúster, IMO del clúster) solo existen en las organizaciones líder o colíder del clúster.',
  'errors.reason.role-above-own': 'No puede dar un rol superior al suyo.',
  'errors.reason.member-above-own': 'No puede cambiar ni retirar a alguien cuyo rol es superior al suyo.',
  'errors.reason.no-figures':
    'No hay cifras aprobadas para estos meses y filtros: no hay nada que publicar. Elija otros meses o apruebe primero los informes de los socios.',
  'errors.reason.last-coordinator':
    'Es el último coordinador del clúster: nombre primero a otro coordinador.',

  'role.admin': 'Administrador del sistema',
  'role.cluster-coordinator': 'Coordinador del clúster',
  'role.cluster-imo': 'Oficial de gestión de información del clúster',
  'role.partner-focal-point': 'Punto focal del socio',
  'role.partner-im-officer': 'Oficial de gestión de información del socio',
  'role.caseworker': 'Gestor de casos',
  'role.viewer': 'Lector',
  'roleAbout.admin':
    'Usted se ocupa de esta instalación de Steward: cuentas, organizaciones y el registro de auditoría.',
  'roleAbout.cluster-coordinator':
    'Usted dirige el trabajo de responsabilidad de los datos del clúster: el Protocolo de Intercambio de Información, los socios y los incidentes.',
  'roleAbout.cluster-imo':
    'Usted gestiona la información del clúster: el registro de datos, los informes agregados y los tableros.',
  'roleAbout.partner-focal-point':
    'Usted representa a su organización en el clúster y decide qué comparte y con quién.',
  'roleAbout.partner-im-officer':
    'Usted gestiona los datos de su organización: registra conjuntos de datos, los revisa y comparte datos agregados.',
  'roleAbout.caseworker':
    'Usted trabaja con las personas a las que asiste su organización: remisiones a servicios, siempre con consentimiento.',
  'roleAbout.viewer': 'Puede leer lo que su organización tiene permitido ver, sin modificarlo.',

  'can.signIn': 'Iniciar sesión y cambiar entre sus organizaciones',
  'can.seeOrganisations': 'Ver las organizaciones que participan en la respuesta',
  'can.manageOrganisations': 'Añadir organizaciones e indicar si son miembros del clúster',
  'can.manageMembers': 'Dar acceso a su organización y cambiar los roles de las personas',
  'can.manageTokens': 'Crear tokens de API personales para scripts y la línea de comandos',
  'can.verifyAudit': 'Comprobar que el registro de auditoría no ha sido alterado',
  'can.read': 'Leer la información de su organización',

  'home.welcome': 'Bienvenido/a, {name}',
  'home.signedInAs': 'Sesión iniciada como {email}',
  'home.organisationHeading': 'Su organización',
  'home.roleIn': 'Su rol en {organisation}',
  'home.otherMemberships': {
    one: 'También es miembro de {count} organización más. Cambie con el menú de organización de arriba.',
    many: 'También es miembro de {count} organizaciones más. Cambie con el menú de organización de arriba.',
    other: 'También es miembro de {count} organizaciones más. Cambie con el menú de organización de arriba.',
  },
  'home.canHeading': 'Lo que puede hacer',
  'home.modulesHeading': 'Módulos',
  'home.modulesEmpty':
    'Los módulos aparecerán aquí a medida que se activen: el registro de datos, el Protocolo de Intercambio de Información, la revisión de conjuntos de datos, los informes, las remisiones y los incidentes.',
  'home.activityHeading': 'Actividad reciente',
  'home.activityEmpty':
    'Los conjuntos de datos, intercambios y remisiones de {organisation} aparecerán aquí cuando empiece a usar los módulos.',
  'home.activityAll': 'Todo el registro de auditoría',
  'home.noMembership':
    'Todavía no es miembro de ninguna organización. Pida a su coordinador del clúster que le añada.',
  'home.open': 'Abrir',
  'home.auditHeading': 'Cabeza del registro de auditoría',
  'home.auditEntries': {
    one: 'El registro de auditoría contiene {count} entrada; la más reciente, del {date}, tiene esta huella:',
    many: 'El registro de auditoría contiene {count} entradas; la más reciente, del {date}, tiene esta huella:',
    other:
      'El registro de auditoría contiene {count} entradas; la más reciente, del {date}, tiene esta huella:',
  },
  'home.auditEmpty': 'El registro de auditoría está vacío.',
  'home.auditFailed': 'No se pudo cargar la cabeza del registro de auditoría.',
  'home.auditWitness':
    'Todas las organizaciones ven esta huella. Anótela de vez en cuando: una posterior que no continúe el mismo registro muestra que el registro fue reescrito.',

  'module.checkDataset.description':
    'Mida el riesgo de reidentificación de un conjunto de datos y protéjalo antes de compartirlo. Los datos nunca salen de su navegador.',

  'orgs.heading': 'Organizaciones',
  'orgs.intro': 'Las organizaciones que participan en esta respuesta, tal como se le permite verlas.',
  'orgs.count': {
    one: '{count} organización',
    many: '{count} de organizaciones',
    other: '{count} organizaciones',
  },
  'orgs.empty': 'Todavía no hay organizaciones. Cuando se unan a la respuesta, aparecerán aquí.',
  'orgs.loadFailed': 'No se pudieron cargar las organizaciones. {reason}',
  'orgs.col.name': 'Nombre',
  'orgs.col.acronym': 'Sigla',
  'orgs.col.type': 'Tipo',
  'orgs.col.member': 'Miembro del clúster',
  'orgs.col.status': 'Estado',
  'orgs.caption': 'Organizaciones de la respuesta',

  'orgType.cluster-lead': 'Líder del clúster',
  'orgType.cluster-co-lead': 'Colíder del clúster',
  'orgType.un-agency': 'Agencia de la ONU',
  'orgType.international-ngo': 'ONG internacional',
  'orgType.national-ngo': 'ONG nacional',
  'orgType.government': 'Gobierno',
  'orgType.other': 'Otra',
  'orgStatus.active': 'Activa',
  'orgStatus.inactive': 'Inactiva',
  'orgStatus.suspended': 'Suspendida',

  'notFound.heading': 'Página no encontrada',
  'notFound.body':
    'No hay ninguna página en esta dirección. Compruebe la dirección o vuelva a la página de inicio.',
  'notFound.home': 'Ir a la página de inicio',

  'boot.failed': 'Steward no pudo iniciarse. {reason}',

  'check.title': 'Revisar un conjunto de datos',
  'check.heading': 'Revisar un conjunto de datos',
  'check.intro':
    'Mida con qué facilidad podrían reidentificarse las personas de un conjunto de datos y protéjalo antes de compartirlo. El archivo se lee y se procesa solo en este navegador: nunca se sube.',
  'check.file.heading': 'Su archivo',
  'check.file.drop': 'Suelte aquí un archivo CSV o Excel (XLSX), o elija uno.',
  'check.file.choose': 'Elegir un archivo',
  'check.file.local': 'El archivo se queda en este ordenador. Steward no lo envía a ninguna parte.',
  'check.file.loaded': '{name}: {records} registros, {columns} columnas',
  'check.step.reading': 'Leyendo el archivo…',
  'check.step.detecting': 'Buscando columnas identificativas…',
  'check.step.measuring': 'Midiendo el riesgo…',
  'check.step.suppressing': 'Suprimiendo valores…',
  'check.step.writing': 'Preparando el archivo protegido…',
  'check.roles.heading': 'Funciones de las columnas',
  'check.roles.intro':
    'Steward propone una función para cada columna. Las variables clave son datos que alguien podría conocer de una persona (edad, sexo, lugar…). Revise la propuesta y corrija lo que esté mal.',
  'check.roles.caption': 'Columnas del archivo con sus funciones propuestas',
  'check.roles.col.column': 'Columna',
  'check.roles.col.finding': 'Lo que encontró Steward',
  'check.roles.col.role': 'Función',
  'check.roles.roleFor': 'Función de {column}',
  'check.roles.confirm': 'Confirmar las funciones y medir el riesgo',
  'check.roles.noKeys': 'Elija al menos una variable clave para medir el riesgo.',
  'check.role.key': 'Variable clave',
  'check.role.direct-identifier': 'Identificador directo',
  'check.role.sensitive': 'Variable sensible',
  'check.role.weight': 'Peso muestral',
  'check.role.household': 'Id. del hogar',
  'check.role.numeric': 'Numérica',
  'check.role.other': 'Otra',
  'check.kind.person-name': 'Parecen nombres de personas',
  'check.kind.phone': 'Parecen números de teléfono',
  'check.kind.email': 'Parecen direcciones de correo electrónico',
  'check.kind.id-document': 'Parecen números de documentos de identidad',
  'check.kind.record-id': 'Un número único para cada registro',
  'check.kind.date-of-birth': 'Parecen fechas de nacimiento',
  'check.kind.date': 'Fechas',
  'check.kind.gps-latitude': 'Latitud GPS',
  'check.kind.gps-longitude': 'Longitud GPS',
  'check.kind.gps-pair': 'Coordenadas GPS',
  'check.kind.free-text': 'Texto libre, que puede nombrar a personas',
  'check.kind.key-variable': 'Probablemente una variable clave',
  'check.kind.sensitive': 'Una variable sensible',
  'check.kind.weight': 'Un peso muestral',
  'check.kind.household-id': 'Un identificador de hogar',
  'check.kind.numeric': 'Una variable numérica',
  'check.kind.other': 'No se encontró nada identificativo',
  'check.kind.gpsPrecision': '({decimals} decimales, unos {metres} m)',
  'check.kind.confidence': 'confianza {confidence}',
  'check.report.heading': 'Informe de riesgo',
  'check.report.keys': 'Variables clave: {keys}',
  'check.report.records': 'Registros',
  'check.report.classes': 'Grupos de claves idénticas',
  'check.report.uniques': 'Registros únicos',
  'check.report.violations': 'Registros en grupos de menos de {k}',
  'check.report.weightedViolations': 'Registros cuyo grupo de población estimado es menor que {k}',
  'check.report.globalRisk': 'Riesgo medio de reidentificación',
  'check.report.globalRiskWeighted': 'Riesgo medio de reidentificación (ponderado por {weight})',
  'check.report.expected': 'Reidentificaciones esperadas',
  'check.report.highRisk': 'Registros de alto riesgo',
  'check.report.findings': 'Columnas que identifican directamente a personas',
  'check.report.was': '(antes {value})',
  'check.treat.heading': 'Proteger el conjunto de datos',
  'check.treat.intro':
    'La supresión local borra el menor número posible de valores clave para que cada registro comparta sus valores clave con al menos k − 1 otros.',
  'check.treat.k': 'Tamaño mínimo de grupo (k)',
  'check.treat.importance': 'Importancia de las variables clave',
  'check.treat.importanceHint':
    'La primera variable es la más importante: sus valores se borran los últimos.',
  'check.treat.up': 'Subir {column}',
  'check.treat.down': 'Bajar {column}',
  'check.treat.removeDirect': 'Quitar los identificadores directos ({columns})',
  'check.treat.apply': 'Proteger y preparar la descarga',
  'check.result.heading': 'Conjunto de datos protegido',
  'check.result.suppressions': {
    one: 'Se borró {count} valor.',
    many: 'Se borraron {count} de valores.',
    other: 'Se borraron {count} valores.',
  },
  'check.result.removed': 'Columnas quitadas: {columns}',
  'check.result.after': 'Riesgo después de la protección',
  'check.result.download': 'Descargar {name}',
  'check.error.empty-file': 'El archivo está vacío: no tiene filas de datos.',
  'check.error.encoding': 'El archivo no es texto UTF-8. Guárdelo como «CSV UTF-8» y vuelva a intentarlo.',
  'check.error.ragged-rows':
    'Algunas filas no tienen tantos campos como el encabezado, en la(s) línea(s) {lines}.',
  'check.error.unterminated-quote':
    'Un campo entre comillas que empieza en la línea {lines} nunca se cierra.',
  'check.error.duplicate-header': 'El encabezado nombra dos veces la columna «{column}».',
  'check.error.invalid-xlsx': 'No se puede leer el libro. Guárdelo como CSV UTF-8 y vuelva a intentarlo.',
  'check.error.unsupported-xlsx':
    'Todavía no se pueden leer archivos Excel aquí. Guarde la hoja como CSV UTF-8 y vuelva a intentarlo.',
  'check.error.sheet-not-found': 'El libro no tiene ninguna hoja que leer.',
  'check.error.no-keys': 'Elija al menos una variable clave.',
  'check.error.several-weights': 'Solo una columna puede ser el peso muestral.',
  'check.error.unknown-column': 'La columna «{column}» no está en el archivo.',
  'check.error.invalid-option': 'No se pueden medir las funciones elegidas: {reason}',
  'check.error.bad-k': 'El tamaño mínimo de grupo debe ser al menos 2.',
  'check.error.suppression-failed': 'No se pudo proteger el conjunto de datos: {reason}',
  'check.error.no-file': 'Elija primero un archivo.',
  'check.error.internal': 'Algo salió mal al procesar el archivo. {reason}',

  // ---- Registry, ISP, requests and agreements (messages in pages/*/i18n/es.ts) ----
  ...registryEs,
  ...ispEs,
  ...membersEs,
  ...organisationsEs,
  ...tokensEs,
  ...directoryEs,
  ...catalogueEs,
  ...auditEs,
  ...sharingEs,
  ...checkEngineEs,
  ...accountEs,
  ...navigationEs,
  ...diagnosticEs,
  ...incidentsEs,
  ...assessmentsEs,
  ...componentsEs,
  ...reportingEs,
  ...figuresEs,
  ...dashboardsEs,
  ...guidanceEs,
  ...retentionEs,
  ...publicationsEs,
  ...referralsEs,
  ...referralKeysEs,
  ...referralOverrideEs,
};
