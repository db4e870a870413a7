import type { organisationsEn } from './en';

/** رسائل صفحة المنظمات بالعربية. */
export const organisationsAr: Record<keyof typeof organisationsEn, string> = {
  'orgs.readOnly':
    'لا يضيف المنظمات أو يعدّلها إلا منسقو المجموعة والمسؤولون عن النظام. تواصل معهم إن كان هنا ما هو غير صحيح.',
  'orgs.manageIntro':
    'أضف المنظمات المشاركة في الاستجابة، وحافظ على دقة بياناتها، وأوقف تفعيل المنظمات التي تغادر. يحتفظ إيقاف التفعيل بسجلاتها؛ ولا يعود أعضاؤها يتصرفون باسمها.',
  'orgs.add': 'إضافة منظمة',
  'orgs.edit': 'تعديل',
  'orgs.editOf': 'تعديل {name}',
  'orgs.deactivate': 'إيقاف التفعيل',
  'orgs.deactivateOf': 'إيقاف تفعيل {name}',
  'orgs.reactivate': 'إعادة التفعيل',
  'orgs.reactivateOf': 'إعادة تفعيل {name}',
  'orgs.member': 'عضو في المجموعة',
  'orgs.notMember': 'ليست عضوًا في المجموعة',
  'orgs.col.focalPoints': 'جهات الاتصال',
  'orgs.col.referralKey': 'مفتاح الإحالات',
  'orgs.col.actions': 'إجراءات',
  'orgs.noFocalPoint': 'لا أحد بعد',
  'orgs.focalRole.partner-focal-point': 'جهة اتصال',
  'orgs.focalRole.cluster-coordinator': 'تنسيق',
  'orgs.noKey': 'لا مفتاح: لا يمكنها استقبال الإحالات',
  'orgs.keySince': 'منذ {date}',
  'orgs.form.addTitle': 'إضافة منظمة',
  'orgs.form.editTitle': 'تعديل {name}',
  'orgs.form.name': 'الاسم',
  'orgs.form.nameHint': 'الاسم الكامل كما تكتبه المنظمة.',
  'orgs.form.acronym': 'الاختصار',
  'orgs.form.acronymHint':
    "اسم قصير يُستخدم في ستيوارد وفي الإحالات. حروف وأرقام، مع - . & / ' بينها فقط؛ دون مسافات.",
  'orgs.form.type': 'النوع',
  'orgs.form.typeHint':
    'أدوار المجموعة (التنسيق، إدارة المعلومات) موجودة فقط في المنظمة القائدة والمشاركة في القيادة.',
  'orgs.form.member': 'عضو في المجموعة',
  'orgs.form.memberHint': 'أزل العلامة للمنظمات التي تشارك البيانات مع المجموعة دون أن تكون عضوًا فيها.',
  'orgs.form.save': 'حفظ',
  'orgs.form.create': 'إضافة المنظمة',
  'orgs.form.cancel': 'إلغاء',
  'orgs.form.fixErrors': 'صحّح الحقول المشار إليها أدناه.',
  'orgs.form.nameRequired': 'أدخل الاسم (200 حرف على الأكثر).',
  'orgs.form.acronymRequired': 'أدخل اختصارًا (30 حرفًا على الأكثر).',
  'orgs.form.acronymFormat': "استخدم حروفًا وأرقامًا، مع - . & / ' بينها فقط؛ دون مسافات.",
  'orgs.form.acronymTaken': 'منظمة أخرى تستخدم الاختصار {acronym} بالفعل. اختر اختصارًا آخر.',
  'orgs.form.typeLocked':
    'تحمل هذه المنظمة أدوارًا في المجموعة، لذا تبقى قائدة أو مشاركة في القيادة. انقل تلك الأدوار أولًا.',
  'orgs.added': 'أُضيفت {acronym}.',
  'orgs.saved': 'حُفظت {acronym}.',
  'orgs.deactivated': 'أُوقف تفعيل {acronym}.',
  'orgs.reactivated': 'أُعيد تفعيل {acronym}.',
  'orgs.confirm.deactivateTitle': 'إيقاف تفعيل {acronym}؟',
  'orgs.confirm.deactivateBody':
    'لن يتصرف أعضاؤها باسم {acronym} بعد الآن: ينتقلون إلى منظماتهم الأخرى، وتتوقف رموز الواجهة البرمجية الخاصة بـ {acronym} عن العمل. تبقى مداخل السجل والاتفاقات وسجل التدقيق. يمكنك إعادة تفعيلها لاحقًا.',
  'orgs.confirm.reactivateTitle': 'إعادة تفعيل {acronym}؟',
  'orgs.confirm.reactivateBody':
    'سيتصرف أعضاؤها باسم {acronym} من جديد وتعمل رموز الواجهة البرمجية الخاصة بها مجددًا.',
  'errors.reason.acronym-taken': 'منظمة أخرى تستخدم هذا الاختصار بالفعل.',
  'errors.reason.cluster-roles-held':
    'تحمل هذه المنظمة أدوارًا في المجموعة، لذا تبقى قائدة أو مشاركة في القيادة.',
  'errors.reason.own-organisation': 'لا يمكنك إيقاف تفعيل المنظمة التي تتصرف باسمها.',
  'errors.reason.last-coordinator-organisation':
    'تضم هذه المنظمة آخر منسق نشط للمجموعة: عيّن منسقًا في منظمة أخرى أولًا.',
  'can.readAudit': 'الاطلاع على سجل التدقيق لمنظمتك',
};
