import type { componentsEn } from './en';

type Messages = { readonly [K in keyof typeof componentsEn]: string };

/** الرسائل العربية للمكوّنات المشتركة. */
export const componentsAr: Messages = {
  'ui.table.empty': 'لا يوجد ما يُعرض.',
  'ui.table.sortBy': 'الترتيب حسب {column}',
  'ui.table.sortedAscending': 'ترتيب تصاعدي',
  'ui.table.sortedDescending': 'ترتيب تنازلي',
  'ui.table.page': 'الصفحة {page} من {pages}',
  'ui.table.rows': 'الصفوف {from}–{to} من {total}',
  'ui.table.previous': 'الصفحة السابقة',
  'ui.table.next': 'الصفحة التالية',
  'ui.table.paging': 'صفحات الجدول',
  'ui.dialog.close': 'إغلاق',
  'ui.dialog.cancel': 'إلغاء',
  'ui.progress.done': 'تم {percent}',
  'ui.download.working': 'جارٍ تحضير التنزيل…',
  'ui.download.failed': 'لم يبدأ التنزيل: {reason}',
  'ui.download.refused': 'لا يسمح لك بروتوكول تبادل المعلومات بهذا التنزيل، لذلك لم يُرسل أي ملف.',
  'errors.reason.no-file-approved':
    'لم يكن أي ملف مرفقًا بهذا الإدخال عند اعتماد الاتفاق: اطلب من المزوّد إرفاق ملف واعتماد الطلب من جديد.',
  'errors.reason.file-unavailable': 'الملف المعتمد لم يعد متاحًا: حذفه المزوّد أو هو في الحجر.',
  'errors.reason.endorse-not-in-consultation':
    'يصادق الأعضاء على إصدار فقط أثناء التشاور: أرسل المسودة للتشاور أولًا.',
};
