/** Arabic messages of the disclosure engine's newer controls (keys of `./en.ts`). */
import type { checkEngineEn } from './en';

export const checkEngineAr: { readonly [K in keyof typeof checkEngineEn]: string } = {
  'check.missing.heading': 'القيم المفقودة',
  'check.missing.intro':
    'الخلية الفارغة مفقودة دائمًا. اختر القيم التي تعني أيضًا «لا قيمة» في هذا الملف (يكتب R القيمة NA، ويكتب Stata «.»، وتستخدم بعض المسوح -99). القيمة المفقودة في متغير مفتاحي تطابق أي قيمة عند عدّ المجموعات، كما في sdcMicro.',
  'check.missing.proposal': '{code}: {cells} خلية ({columns})',
  'check.missing.none': 'لا توجد قيمة تبدو رمزًا لقيمة مفقودة.',
  'check.missing.other': 'رموز أخرى، مفصولة بفواصل',
  'check.missing.invalid': 'افصل الرموز بفواصل؛ لا حاجة إلى رمز فارغ، فالخلايا الفارغة مفقودة دائمًا.',
  'check.report.missingIn': 'القيم المفقودة في {column} (تطابق أي قيمة)',
  'check.report.missingApplied': 'خلايا قُرئت على أنها مفقودة (الرموز {codes})',
  'check.treat.mode': 'كيفية اختيار القيم التي تُحجب',
  'check.treat.mode.strict':
    'اتباع الأهمية بدقة: لا يُحجب متغير أهم إلا إذا لم تكفِ المتغيرات الأقل أهمية لحماية السجل',
  'check.treat.mode.minimum': 'حجب أقل عدد ممكن من القيم (الأهمية تحسم التعادل فقط)',
  'check.keys.proposed':
    'اقتُرح {count} من المتغيرات المفتاحية: يقترح ستيوارد {cap} على الأكثر، وفقط ما هو متأكد منه بنسبة {confidence} على الأقل. كل مفتاح إضافي يجعل سجلات أكثر فريدة، فلا تُضف مفتاحًا إلا إذا أمكن لشخص ما أن يعرفه.',
  'check.keys.noneProposed':
    'لم يُقترح أي متغير مفتاحي: لم يجد ستيوارد متغيرًا متأكدًا منه. اختر الحقائق التي قد يعرفها شخص ما عن فرد.',
  'check.keys.notProposed': 'مفاتيح محتملة تُركت بدور «أخرى»: {columns}.',
  'check.keys.clear': 'إزالة كل المفاتيح',
  'check.keys.keepProposed': 'الإبقاء على المفاتيح المقترحة فقط',
  'check.report.highRiskThreshold':
    'يُعدّ السجل عالي الخطر عندما يتجاوز خطره {threshold}: وسيط الخطر زائد ثلاثة أضعاف تشتته (MAD)، وبحد أدنى 10٪. العتبة نسبية إلى السجلات الأخرى.',
  'check.report.highRiskNone':
    'لا يبرز أي سجل هنا لأن معظم السجلات تشترك في الخطر المرتفع نفسه — وهذا لا يجعل الملف آمنًا: متوسط الخطر {risk}؛ انظر السجلات الفريدة وأرقام إخفاء الهوية k.',
};
