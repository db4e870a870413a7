import type { publicationsEn } from './en';

type Messages = { readonly [K in keyof typeof publicationsEn]: string };

/** Mensajes en español de las publicaciones. */
export const publicationsEs: Messages = {
  'nav.publications': 'Publicaciones',
  'module.publications.description':
    'Publicar paneles y tablas para los miembros del clúster o el público como instantáneas fijas y verificadas; retirarlas en cualquier momento.',
  'publications.title': 'Publicaciones',
  'publications.intro':
    'Una publicación es una instantánea fija de cifras aprobadas. Antes de difundirla, Steward pregunta al protocolo de intercambio si esas cifras pueden ir a ese público y suprime los números pequeños; si no, la rechaza indicando las celdas y la regla.',
  'publications.publish.title': 'Publicar una tabla',
  'publications.publish.name': 'Título',
  'publications.publish.by': 'Desglose',
  'publications.publish.audience': 'Destinatarios',
  'publications.publish.help':
    '5W mensual (marco 5w), personas alcanzadas. La verificación se repite en cada republicación.',
  'publications.publish.submit': 'Verificar y publicar',
  'publications.by.adm1-sex': 'Provincia × sexo',
  'publications.by.adm2-sex': 'Distrito × sexo',
  'publications.by.adm2-sex-age': 'Distrito × sexo × edad',
  'publications.publish.indicator': 'Indicador',
  'publications.publish.allIndicators': 'Todos los indicadores',
  'publications.by.adm1-month': 'Provincia × mes',
  'publications.by.adm1-age': 'Provincia × edad',
  'publications.audience.public': 'Público (cualquiera con el enlace)',
  'publications.audience.cluster': 'Miembros del clúster',
  'publications.audience.organisation': 'Una organización concreta',
  'publications.refused.cells': 'Celdas rechazadas: {cells} (regla {rule}).',
  'publications.published.title': 'Publicado: {title}',
  'publications.published.link': 'Enlace público (se muestra una sola vez; cópielo ahora):',
  'publications.checks.decision': 'Decisión del protocolo',
  'publications.checks.rule': 'Regla de celdas pequeñas',
  'publications.checks.suppressed': 'Celdas suprimidas',
  'publications.checks.counts': '{primary} bajo el umbral, {secondary} para protegerlas',
  'publications.list.title': 'Publicaciones',
  'publications.list.empty': 'Aún no hay nada publicado.',
  'publications.col.title': 'Título',
  'publications.col.status': 'Estado',
  'publications.col.published': 'Publicado',
  'publications.col.files': 'Archivos',
  'publications.col.actions': 'Acciones',
  'publications.status.published': 'Publicada',
  'publications.status.unpublished': 'Retirada',
  'publications.unpublish': 'Retirar',
  'publications.hdx': 'HXL (HDX)',
  'publications.public.title': 'Cifras publicadas',
  'publications.public.notFound': 'Este enlace no lleva a ninguna publicación: puede que se haya retirado.',
  'publications.public.published': 'Publicado el {date} · versión {version}',
  'publications.public.help':
    'Los números pequeños se suprimen para proteger a las personas: una x marca una cifra suprimida, nunca 0.',
  'publications.public.files': 'Descargar:',
};
