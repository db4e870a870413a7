import type { navigationEn } from './en';

/** Mensagens em português da navegação. */
export const navigationPt: { readonly [K in keyof typeof navigationEn]: string } = {
  'nav.menu': 'Menu',
  'nav.group.overview': 'Visão geral',
  'nav.group.data': 'Dados',
  'nav.group.sharing': 'Partilha',
  'nav.group.governance': 'Governação',
  'nav.group.other': 'Mais',
};
