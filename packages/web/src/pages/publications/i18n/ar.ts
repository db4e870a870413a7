import type { publicationsEn } from './en';

type Messages = { readonly [K in keyof typeof publicationsEn]: string };

/** الرسائل العربية للمنشورات. */
export const publicationsAr: Messages = {
  'nav.publications': 'المنشورات',
  'module.publications.description':
    'نشر لوحات المتابعة والجداول لأعضاء المجموعة أو للعموم كلقطات ثابتة ومفحوصة؛ وإلغاء النشر في أي وقت.',
  'publications.title': 'المنشورات',
  'publications.intro':
    'المنشور لقطة ثابتة من أرقام معتمدة. قبل نشره، يسأل ستيوارد بروتوكول تبادل المعلومات إن كان يجوز إرسال هذه الأرقام إلى هذا الجمهور ويحجب الأعداد الصغيرة؛ وإلا يرفض مع ذكر الخلايا والقاعدة.',
  'publications.publish.title': 'نشر جدول',
  'publications.publish.name': 'العنوان',
  'publications.publish.by': 'التصنيف',
  'publications.publish.audience': 'الجمهور',
  'publications.publish.help':
    '5W الشهري (الإطار 5w)، الأشخاص الذين تم الوصول إليهم. يُعاد الفحص عند كل إعادة نشر.',
  'publications.publish.submit': 'فحص ونشر',
  'publications.by.adm1-sex': 'المقاطعة × الجنس',
  'publications.by.adm2-sex': 'المنطقة × الجنس',
  'publications.by.adm2-sex-age': 'المنطقة × الجنس × العمر',
  'publications.publish.indicator': 'المؤشر',
  'publications.publish.allIndicators': 'كل المؤشرات',
  'publications.by.adm1-month': 'المقاطعة × الشهر',
  'publications.by.adm1-age': 'المقاطعة × العمر',
  'publications.audience.public': 'العموم (كل من لديه الرابط)',
  'publications.audience.cluster': 'أعضاء المجموعة',
  'publications.audience.organisation': 'منظمة محددة',
  'publications.refused.cells': 'الخلايا المرفوضة: {cells} (القاعدة {rule}).',
  'publications.published.title': 'تم النشر: {title}',
  'publications.published.link': 'الرابط العام (يُعرض مرة واحدة — انسخه الآن):',
  'publications.checks.decision': 'قرار البروتوكول',
  'publications.checks.rule': 'قاعدة الخلايا الصغيرة',
  'publications.checks.suppressed': 'الخلايا المحجوبة',
  'publications.checks.counts': '{primary} دون الحد، و{secondary} لحمايتها',
  'publications.list.title': 'المنشورات',
  'publications.list.empty': 'لم يُنشر شيء بعد.',
  'publications.col.title': 'العنوان',
  'publications.col.status': 'الحالة',
  'publications.col.published': 'تاريخ النشر',
  'publications.col.files': 'الملفات',
  'publications.col.actions': 'الإجراءات',
  'publications.status.published': 'منشور',
  'publications.status.unpublished': 'أُلغي نشره',
  'publications.unpublish': 'إلغاء النشر',
  'publications.hdx': 'HXL ‏(HDX)',
  'publications.public.title': 'الأرقام المنشورة',
  'publications.public.notFound': 'هذا الرابط لا يؤدي إلى أي منشور: ربما أُلغي نشره.',
  'publications.public.published': 'نُشر في {date} · الإصدار {version}',
  'publications.public.help': 'تُحجب الأعداد الصغيرة لحماية الناس: تشير x إلى رقم محجوب، وليس صفرًا أبدًا.',
  'publications.public.files': 'تنزيل:',
};
