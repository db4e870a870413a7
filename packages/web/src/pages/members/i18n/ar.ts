import type { membersEn } from './en';

/** Arabic messages of the members page (spread into `src/i18n/ar.ts`). */
export const membersAr: { readonly [K in keyof typeof membersEn]: string } = {
  'nav.members': 'الأعضاء والأدوار',
  'module.members.description': 'امنح الأشخاص حق الوصول إلى منظمتك وغيّر أدوارهم، ضمن قواعد منح الأدوار.',
  'members.title': 'الأعضاء والأدوار',
  'members.heading': 'أعضاء {organisation} وأدوارهم',
  'members.intro':
    'امنح الأشخاص حق الوصول إلى منظمتك وغيّر أدوارهم. يمكنك منح دور حتى مستوى دورك؛ أدوار المجموعة لا توجد إلا في المنظمة الرائدة والمشاركة في القيادة.',
  'members.noOrganisation': 'اختر أولًا المنظمة التي تعمل باسمها.',
  'members.loadFailed': 'تعذّر تحميل الأعضاء. {reason}',
  'members.caption': 'أعضاء المنظمة وأدوارهم',
  'members.col.name': 'الاسم',
  'members.col.email': 'البريد الإلكتروني',
  'members.col.role': 'الدور',
  'members.col.actions': 'إجراءات',
  'members.roleOf': 'دور {name}',
  'members.save': 'تغيير الدور',
  'members.remove': 'إزالة',
  'members.you': '(أنت)',
  'members.changed': 'أصبح دور {name} الآن {role}.',
  'members.removed': 'لم يعد {name} عضوًا.',
  'members.removeTitle': 'إزالة {name}؟',
  'members.removeText':
    'لن يعمل {name} ({email}) بعد الآن لهذه المنظمة. يبقى حسابه؛ ويمكنك إضافته من جديد لاحقًا.',
  'members.removeConfirm': 'إزالة العضو',
  'members.add.heading': 'إضافة شخص',
  'members.add.email': 'عنوان البريد الإلكتروني لحسابه في ستيوارد',
  'members.add.role': 'الدور',
  'members.add.submit': 'إضافة',
  'members.added': 'أصبح {email} عضوًا الآن.',
};
