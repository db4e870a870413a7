import type { navigationEn } from './en';

/** Mensajes en español de la navegación. */
export const navigationEs: { readonly [K in keyof typeof navigationEn]: string } = {
  'nav.menu': 'Menú',
  'nav.group.overview': 'Resumen',
  'nav.group.data': 'Datos',
  'nav.group.sharing': 'Intercambio',
  'nav.group.governance': 'Gobernanza',
  'nav.group.other': 'Más',
};
