import type { navigationEn } from './en';

/** رسائل التنقل بالعربية. */
export const navigationAr: { readonly [K in keyof typeof navigationEn]: string } = {
  'nav.menu': 'القائمة',
  'nav.group.overview': 'نظرة عامة',
  'nav.group.data': 'البيانات',
  'nav.group.sharing': 'المشاركة',
  'nav.group.governance': 'الحوكمة',
  'nav.group.other': 'المزيد',
};
