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
};
