import type { dashboardsEn } from './en';

type Messages = { readonly [K in keyof typeof dashboardsEn]: string };

/** Mensajes en español de los paneles. */
export const dashboardsEs: Messages = {
  'nav.dashboards': 'Paneles',
  'module.dashboards.description':
    'Cobertura 5W, personas alcanzadas frente a metas, derivaciones y brechas, en mapas y gráficos, con los números pequeños protegidos.',
  'dashboards.title': 'Paneles',
  'dashboards.intro':
    'Cifras de los informes mensuales de los socios, calculadas con sus permisos: los datos de su organización completos, las cifras aprobadas del clúster con los números pequeños suprimidos.',
  'dashboards.filters': 'Filtros',
  'dashboards.from': 'Desde (mes)',
  'dashboards.to': 'Hasta (mes)',
  'dashboards.area': 'Provincia',
  'dashboards.allAreas': 'Todo el país',
  'dashboards.total': 'Total general',
  'dashboards.notDisaggregated': 'Sin desagregar',
  'dashboards.month': 'Mes',
  'dashboards.group': 'Grupo',
  'dashboards.reached': 'Personas alcanzadas',
  'dashboards.targeted': 'Personas meta',
  'dashboards.coverage.title': 'Cobertura 5W',
  'dashboards.coverage.help':
    'Quién hace qué y dónde: personas alcanzadas por mes y actividad, y dónde las alcanzaron los socios.',
  'dashboards.coverage.byMonth': 'Personas alcanzadas por mes y actividad',
  'dashboards.coverage.mapAdm1': 'Personas alcanzadas por provincia',
  'dashboards.coverage.mapAdm2': 'Personas alcanzadas por distrito',
  'dashboards.reachedTargeted.title': 'Alcanzadas frente a metas',
  'dashboards.reachedTargeted.help': 'Personas alcanzadas y personas meta por sexo y grupo de edad.',
  'dashboards.reachedTargeted.chart': 'Personas alcanzadas y meta por sexo y edad',
  'dashboards.code.sex.f': 'Mujeres y niñas',
  'dashboards.code.sex.m': 'Hombres y niños',
  'dashboards.code.age.children': 'Niñez',
  'dashboards.code.age.adults': 'Personas adultas',
  'dashboards.partner': 'Socio',
  'dashboards.allPartners': 'Todos los socios',
  'dashboards.activity': 'Actividad',
  'dashboards.allActivities': 'Todas las actividades',
  'dashboards.populationGroup': 'Grupo de población',
  'dashboards.allGroups': 'Todas las personas',
  'dashboards.code.population-group.idp': 'Desplazados internos',
  'dashboards.code.population-group.returnee': 'Retornados',
  'dashboards.code.population-group.host': 'Comunidad de acogida',
  'dashboards.referrals.title': 'Número de derivaciones',
  'dashboards.referrals.help':
    'Derivaciones entre socios hasta la fecha, por mes y servicio y por provincia, contadas sin ningún contenido; los números pequeños se suprimen. Los filtros de período y socio de arriba no se aplican aquí.',
  'dashboards.referrals.byMonth': 'Derivaciones por mes y servicio',
  'dashboards.referrals.map': 'Derivaciones por provincia',
  'dashboards.referrals.count': 'Derivaciones',
  'dashboards.referrals.empty': 'Aún no hay derivaciones.',
  'dashboards.gaps.title': 'Brechas',
  'dashboards.gaps.help':
    'Distritos donde los socios fijaron metas para el período sin alcanzar a nadie (los informes dan metas, no necesidades: las metas las representan). Una cifra alcanzada pequeña se suprime, no es una brecha.',
  'dashboards.gaps.map': 'Distritos con meta y nadie alcanzado',
  'dashboards.gaps.none': 'Sin brechas: cada distrito con meta alcanzó a personas en el período.',
  'dashboards.directoryGaps.title': 'Brechas del directorio de servicios',
  'dashboards.directoryGaps.help':
    'Distritos donde ningún servicio activo del tipo elegido figura en el directorio (un servicio cuenta donde su cobertura o uno de sus lugares nombra el distrito o su provincia). Solo números de servicios: ninguna organización ni punto de ubicación.',
  'dashboards.directoryGaps.serviceType': 'Tipo de servicio',
  'dashboards.directoryGaps.count': 'Distritos sin servicio «{type}»: {gaps} de {districts}.',
  'dashboards.directoryGaps.map': 'Servicios «{type}» activos por distrito',
  'dashboards.directoryGaps.services': 'Servicios',
  'dashboards.directoryGaps.list': 'Distritos sin este servicio ({count})',
};
