/** Spanish messages of the cluster catalogue page (PII = Protocolo de Intercambio de Información). */
import type { PluralMessage } from '../../../i18n/format';
import type { catalogueEn } from './en';

type Messages = {
  readonly [K in keyof typeof catalogueEn]: (typeof catalogueEn)[K] extends string ? string : PluralMessage;
};

export const catalogueEs: Messages = {
  'nav.catalogue': 'Catálogo del clúster',
  'module.catalogue.description':
    'Encuentre los datos que las demás organizaciones miembro describen para el clúster, vea lo que el PII permite a su organización y solicítelos.',
  'cat.title': 'Catálogo del clúster',
  'cat.intro':
    'Los datos que las organizaciones miembro describen para el clúster. Aquí solo se muestra la descripción: los datos se quedan con su propietario, que decide cada solicitud; el Protocolo de Intercambio de Información (PII) dice qué se puede compartir con su organización.',
  'cat.hiddenNote':
    'No se listan las entradas que el PII nunca deja salir de su propietario ni las que no se comparten con el clúster.',
  'cat.noIsp':
    'Todavía no hay ningún PII aprobado, así que no se puede compartir nada: solo se listan las entradas de su organización.',
  'cat.filter.search': 'Buscar en los títulos',
  'cat.filter.owner': 'Propietario',
  'cat.filter.dataType': 'Tipo de datos',
  'cat.filter.level': 'Nivel de agregación',
  'cat.filter.sensitivity': 'Sensibilidad',
  'cat.filter.requestable': 'Solo las entradas que puedo solicitar',
  'cat.filter.all': 'Todos',
  'cat.filter.clear': 'Borrar los filtros',
  'cat.count': { one: '{count} entrada', many: '{count} de entradas', other: '{count} entradas' },
  'cat.caption': 'Entradas del catálogo del clúster',
  'cat.col.title': 'Título',
  'cat.col.owner': 'Propietario',
  'cat.col.dataType': 'Tipo de datos',
  'cat.col.level': 'Nivel de agregación',
  'cat.col.sensitivity': 'Sensibilidad',
  'cat.col.allowed': 'Lo que el PII permite a su organización',
  'cat.col.action': 'Acción',
  'cat.access.own': 'Entrada de su organización',
  'cat.access.on-request': 'Se puede compartir con su organización con una solicitud aprobada',
  'cat.access.agreement': 'Solo se puede compartir con un acuerdo de intercambio de datos',
  'cat.why': 'La razón del PII',
  'cat.agreementInForce': 'Su organización la recibe con {reference} hasta el {date}.',
  'cat.request': 'Solicitar',
  'cat.requestLabel': 'Solicitar {title}',
  'cat.requestTitle': 'Solicitar «{title}»',
  'cat.close': 'Cerrar',
  'cat.sentNext': 'Siga su solicitud en Solicitudes y acuerdos → Sus solicitudes.',
  'cat.empty': 'Ninguna entrada coincide con estos filtros.',
  'cat.emptyAll': 'Ninguna organización miembro describe todavía datos para el clúster.',
  'cat.pages': 'Páginas del catálogo',
  'cat.page': 'Página {page} de {pages}',
  'cat.previous': 'Página anterior',
  'cat.next': 'Página siguiente',
};
