import type { PluralMessage } from '../../../i18n/format';
import type { tokensEn } from './tokens-en';

/** رسائل صفحة رموز الواجهة البرمجية الشخصية بالعربية. */
export const tokensAr: {
  readonly [K in keyof typeof tokensEn]: (typeof tokensEn)[K] extends string ? string : PluralMessage;
} = {
  'tokens.title': 'رموز الواجهة البرمجية الشخصية',
  'tokens.heading': 'رموز الواجهة البرمجية الشخصية',
  'tokens.intro':
    'يتيح الرمز لبرنامج نصي أو لسطر الأوامر التصرف باسمك، لمنظمة واحدة، حتى تنتهي صلاحيته أو تلغيه. عامله ككلمة مرور.',
  'tokens.backToAccount': 'العودة إلى حسابك',
  'tokens.linkFromAccount': 'رموز الواجهة البرمجية الشخصية',
  'tokens.create': 'إنشاء رمز',
  'tokens.name': 'الاسم',
  'tokens.nameHint': 'الغرض منه، مثل «رفع التقرير الأسبوعي».',
  'tokens.organisation': 'المنظمة',
  'tokens.organisationHint': 'يتصرف الرمز باسم هذه المنظمة فقط، بدورك فيها.',
  'tokens.expiry': 'تنتهي صلاحيته بعد',
  'tokens.expiryDays': {
    zero: '{count} يوم',
    one: 'يوم واحد',
    two: 'يومين',
    few: '{count} أيام',
    many: '{count} يومًا',
    other: '{count} يوم',
  },
  'tokens.nameRequired': 'سمِّ الرمز (100 حرف على الأكثر).',
  'tokens.createdHeading': 'رمزك الجديد',
  'tokens.createdWarning':
    'انسخه الآن: لا يُعرض إلا هذه المرة. لا يحتفظ ستيوارد إلا ببصمته ولا يمكنه عرضه مجددًا.',
  'tokens.value': 'قيمة الرمز',
  'tokens.copy': 'نسخ',
  'tokens.copied': 'نُسخ.',
  'tokens.copyFailed': 'تعذّر النسخ: حدّد القيمة وانسخها بنفسك.',
  'tokens.usage': 'أرسله في ترويسة التفويض، مثلًا:',
  'tokens.done': 'لقد حفظته',
  'tokens.listHeading': 'رموزك',
  'tokens.caption': 'رموز الواجهة البرمجية الشخصية الخاصة بك',
  'tokens.empty': 'ليست لديك رموز بعد.',
  'tokens.col.name': 'الاسم',
  'tokens.col.organisation': 'المنظمة',
  'tokens.col.created': 'أُنشئ في',
  'tokens.col.lastUsed': 'آخر استخدام',
  'tokens.col.expires': 'تنتهي صلاحيته في',
  'tokens.col.status': 'الحالة',
  'tokens.col.actions': 'إجراءات',
  'tokens.never': 'أبدًا',
  'tokens.noExpiry': 'بلا انتهاء',
  'tokens.status.active': 'نشط',
  'tokens.status.expired': 'منتهي الصلاحية',
  'tokens.status.revoked': 'ملغى',
  'tokens.revoke': 'إلغاء',
  'tokens.revokeOf': 'إلغاء {name}',
  'tokens.confirmTitle': 'إلغاء الرمز «{name}»؟',
  'tokens.confirmBody':
    'تتوقف البرامج النصية التي تستخدمه عن العمل فورًا. لا يمكن التراجع عن ذلك؛ أنشئ رمزًا جديدًا عند الحاجة.',
  'tokens.revoked': 'أُلغي الرمز «{name}».',
  'tokens.loadFailed': 'تعذّر تحميل رموزك. {reason}',
};
