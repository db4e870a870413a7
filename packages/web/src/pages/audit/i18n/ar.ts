import type { PluralMessage } from '../../../i18n/format';
import { auditActionsAr } from './actions-ar';
import type { auditEn } from './en';

type Messages = {
  readonly [K in keyof typeof auditEn]: (typeof auditEn)[K] extends string ? string : PluralMessage;
};

/** رسائل سجل التدقيق بالعربية. */
export const auditAr: Messages = {
  ...auditActionsAr,
  'nav.audit': 'سجل التدقيق',
  'module.audit.description':
    'من فعل ماذا ومتى في منظمتك: صفِّ سجل التدقيق المحمي من التلاعب، وتحقق من السلسلة، وصدّره.',
  'audit.title': 'سجل التدقيق',
  'audit.heading': 'سجل التدقيق',
  'audit.intro':
    'كل إجراء على بيانات منظمتك، وإجراءاتك أنت، من الأحدث إلى الأقدم. لا تحتوي الإدخالات إلا على معرّفات ورموز.',
  'audit.filters': 'تصفية',
  'audit.filter.actor': 'الشخص',
  'audit.filter.anyActor': 'أي شخص',
  'audit.filter.action': 'الإجراء (مثل auth.login، أو registry. لكل إجراءات السجل)',
  'audit.filter.targetType': 'نوع الهدف',
  'audit.filter.targetId': 'معرّف الهدف',
  'audit.filter.from': 'من (تاريخ)',
  'audit.filter.to': 'حتى (تاريخ، ضمنًا)',
  'audit.filter.apply': 'تطبيق عوامل التصفية',
  'audit.filter.clear': 'مسح',
  'audit.export': 'تصدير بصيغة CSV',
  'audit.col.sequence': 'الرقم',
  'audit.col.time': 'متى',
  'audit.col.actor': 'من',
  'audit.col.action': 'الإجراء',
  'audit.col.target': 'الهدف',
  'audit.col.outcome': 'النتيجة',
  'audit.anonymous': 'غير مسجّل الدخول',
  'audit.someone': 'مستخدم من منظمة أخرى',
  'audit.outcome.success': 'نجاح',
  'audit.outcome.failure': 'فشل',
  'audit.outcome.denied': 'مرفوض',
  'audit.empty': 'لا يوجد إدخال يطابق عوامل التصفية هذه.',
  'audit.failed': 'تعذّر تحميل سجل التدقيق.',
  'audit.shown': {
    zero: 'لا توجد إدخالات معروضة.',
    one: 'إدخال واحد معروض.',
    two: 'إدخالان معروضان.',
    few: '{count} إدخالات معروضة (الأحدث أولًا).',
    many: '{count} إدخالًا معروضًا (الأحدث أولًا، 200 على الأكثر).',
    other: '{count} إدخال معروض (الأحدث أولًا، 200 على الأكثر).',
  },
  'audit.chain': 'التحقق من السلسلة',
  'audit.verify': 'التحقق من السلسلة كاملة',
  'audit.verifyOk': {
    zero: 'السلسلة سليمة: لا توجد إدخالات.',
    one: 'السلسلة سليمة: تم التحقق من إدخال واحد.',
    two: 'السلسلة سليمة: تم التحقق من إدخالين.',
    few: 'السلسلة سليمة: تم التحقق من {count} إدخالات.',
    many: 'السلسلة سليمة: تم التحقق من {count} إدخالًا.',
    other: 'السلسلة سليمة: تم التحقق من {count} إدخال.',
  },
  'audit.verifyBroken': 'السلسلة مكسورة عند الإدخال {sequence}: {reason}',
  'audit.verifyAdminOnly': 'لا يستطيع التحقق من السلسلة كاملة إلا مسؤول النظام (steward audit verify).',
};
