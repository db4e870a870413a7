/** English messages of the navigation (spread into `src/i18n/en.ts`). */
export const navigationEn = {
  'nav.menu': 'Menu',
  'nav.group.overview': 'Overview',
  'nav.group.data': 'Data',
  'nav.group.sharing': 'Sharing',
  'nav.group.governance': 'Governance',
  'nav.group.other': 'More',
} as const;
