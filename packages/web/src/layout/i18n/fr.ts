import type { navigationEn } from './en';

/** Messages français de la navigation. */
export const navigationFr: { readonly [K in keyof typeof navigationEn]: string } = {
  'nav.menu': 'Menu',
  'nav.group.overview': 'Vue d’ensemble',
  'nav.group.data': 'Données',
  'nav.group.sharing': 'Partage',
  'nav.group.governance': 'Gouvernance',
  'nav.group.other': 'Plus',
};
