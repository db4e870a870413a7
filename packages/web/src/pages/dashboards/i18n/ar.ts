import type { dashboardsEn } from './en';

type Messages = { readonly [K in keyof typeof dashboardsEn]: string };

/** الرسائل العربية للوحات المتابعة. */
export const dashboardsAr: Messages = {
  'nav.dashboards': 'لوحات المتابعة',
  'module.dashboards.description':
    'تغطية 5W، والأشخاص الذين تم الوصول إليهم مقابل المستهدفين، والإحالات والفجوات، على خرائط ورسوم بيانية مع حماية الأعداد الصغيرة.',
  'dashboards.title': 'لوحات المتابعة',
  'dashboards.intro':
    'أرقام من التقارير الشهرية للشركاء، محسوبة بصلاحياتك: بيانات منظمتك كاملة، وأرقام المجموعة المعتمدة مع حجب الأعداد الصغيرة.',
  'dashboards.filters': 'عوامل التصفية',
  'dashboards.from': 'من (شهر)',
  'dashboards.to': 'إلى (شهر)',
  'dashboards.area': 'المقاطعة',
  'dashboards.allAreas': 'البلد كله',
  'dashboards.total': 'المجموع',
  'dashboards.notDisaggregated': 'غير مصنّف',
  'dashboards.month': 'الشهر',
  'dashboards.group': 'الفئة',
  'dashboards.reached': 'الأشخاص الذين تم الوصول إليهم',
  'dashboards.targeted': 'الأشخاص المستهدفون',
  'dashboards.coverage.title': 'تغطية 5W',
  'dashboards.coverage.help':
    'من يفعل ماذا وأين: الأشخاص الذين تم الوصول إليهم حسب الشهر والنشاط، وأين وصل إليهم الشركاء.',
  'dashboards.coverage.byMonth': 'الأشخاص الذين تم الوصول إليهم حسب الشهر والنشاط',
  'dashboards.coverage.mapAdm1': 'الأشخاص الذين تم الوصول إليهم حسب المقاطعة',
  'dashboards.coverage.mapAdm2': 'الأشخاص الذين تم الوصول إليهم حسب المنطقة',
  'dashboards.reachedTargeted.title': 'الوصول مقابل المستهدف',
  'dashboards.reachedTargeted.help': 'الأشخاص الذين تم الوصول إليهم والمستهدفون حسب الجنس والفئة العمرية.',
  'dashboards.reachedTargeted.chart': 'الوصول والمستهدف حسب الجنس والعمر',
  'dashboards.code.sex.f': 'النساء والفتيات',
  'dashboards.code.sex.m': 'الرجال والفتيان',
  'dashboards.code.age.children': 'الأطفال',
  'dashboards.code.age.adults': 'البالغون',
  'dashboards.partner': 'الشريك',
  'dashboards.allPartners': 'جميع الشركاء',
  'dashboards.activity': 'النشاط',
  'dashboards.allActivities': 'جميع الأنشطة',
  'dashboards.populationGroup': 'الفئة السكانية',
  'dashboards.allGroups': 'الجميع',
  'dashboards.code.population-group.idp': 'النازحون داخليًا',
  'dashboards.code.population-group.returnee': 'العائدون',
  'dashboards.code.population-group.host': 'المجتمع المضيف',
  'dashboards.referrals.title': 'أعداد الإحالات',
  'dashboards.referrals.help':
    'الإحالات بين الشركاء حتى اليوم، حسب الشهر والخدمة وحسب المقاطعة، تُعدّ دون أي محتوى؛ وتُحجب الأعداد الصغيرة. لا تنطبق عوامل تصفية الفترة والشريك أعلاه هنا.',
  'dashboards.referrals.byMonth': 'الإحالات حسب الشهر والخدمة',
  'dashboards.referrals.map': 'الإحالات حسب المقاطعة',
  'dashboards.referrals.count': 'الإحالات',
  'dashboards.referrals.empty': 'لا توجد إحالات بعد.',
  'dashboards.gaps.title': 'الفجوات',
  'dashboards.gaps.help':
    'المديريات التي حدّد فيها الشركاء أهدافًا للفترة دون الوصول إلى أحد (تعطي التقارير أهدافًا لا احتياجات: الأهداف تقوم مقامها). الرقم الصغير للوصول محجوب وليس فجوة.',
  'dashboards.gaps.map': 'مديريات لها هدف ولم يُوصل فيها إلى أحد',
  'dashboards.gaps.none': 'لا فجوات: كل مديرية لها هدف وصلت إلى أشخاص في هذه الفترة.',
  'dashboards.directoryGaps.title': 'الفجوات في دليل الخدمات',
  'dashboards.directoryGaps.help':
    'المقاطعات التي لا تُدرج فيها أي خدمة نشطة من النوع المختار في دليل الخدمات (تُحتسب الخدمة حيث تذكر تغطيتها أو أحد مواقعها المقاطعة أو إقليمها). أعداد الخدمات فقط: لا منظمة ولا نقطة موقع.',
  'dashboards.directoryGaps.serviceType': 'نوع الخدمة',
  'dashboards.directoryGaps.count': 'المقاطعات التي لا توجد فيها خدمة «{type}»: {gaps} من {districts}.',
  'dashboards.directoryGaps.map': 'خدمات «{type}» النشطة حسب المقاطعة',
  'dashboards.directoryGaps.services': 'الخدمات',
  'dashboards.directoryGaps.list': 'المقاطعات التي تفتقر إلى هذه الخدمة ({count})',
};
