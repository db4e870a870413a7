/** Arabic messages of the cluster catalogue page (spread into `src/i18n/ar.ts`). */
import type { PluralMessage } from '../../../i18n/format';
import type { catalogueEn } from './en';

type Messages = {
  readonly [K in keyof typeof catalogueEn]: (typeof catalogueEn)[K] extends string ? string : PluralMessage;
};

export const catalogueAr: Messages = {
  'nav.catalogue': 'فهرس المجموعة',
  'module.catalogue.description':
    'اعثر على البيانات التي تصفها المنظمات الأعضاء الأخرى للمجموعة، واطّلع على ما يسمح به البروتوكول لمنظمتك، واطلبها.',
  'cat.title': 'فهرس المجموعة',
  'cat.intro':
    'البيانات التي تصفها المنظمات الأعضاء للمجموعة. يُعرض هنا الوصف فقط: تبقى البيانات لدى مالكها الذي يبتّ في كل طلب، وبروتوكول مشاركة المعلومات يحدد ما يجوز مشاركته مع منظمتك.',
  'cat.hiddenNote':
    'لا تُدرج القيود التي لا يسمح البروتوكول بخروجها من مالكها أبدًا، ولا القيود غير المشارَكة مع المجموعة.',
  'cat.noIsp': 'لم يُعتمد أي بروتوكول بعد، لذا لا يمكن مشاركة شيء: تُدرج قيود منظمتك فقط.',
  'cat.filter.search': 'البحث في العناوين',
  'cat.filter.owner': 'المالك',
  'cat.filter.dataType': 'نوع البيانات',
  'cat.filter.level': 'مستوى التجميع',
  'cat.filter.sensitivity': 'الحساسية',
  'cat.filter.requestable': 'القيود التي يمكنني طلبها فقط',
  'cat.filter.all': 'الكل',
  'cat.filter.clear': 'مسح عوامل التصفية',
  'cat.count': {
    zero: 'لا قيود',
    one: 'قيد واحد',
    two: 'قيدان',
    few: '{count} قيود',
    many: '{count} قيدًا',
    other: '{count} قيد',
  },
  'cat.caption': 'قيود فهرس المجموعة',
  'cat.col.title': 'العنوان',
  'cat.col.owner': 'المالك',
  'cat.col.dataType': 'نوع البيانات',
  'cat.col.level': 'مستوى التجميع',
  'cat.col.sensitivity': 'الحساسية',
  'cat.col.allowed': 'ما يسمح به البروتوكول لمنظمتك',
  'cat.col.action': 'الإجراء',
  'cat.access.own': 'قيد تابع لمنظمتك',
  'cat.access.on-request': 'قابل للمشاركة مع منظمتك بناءً على طلب معتمد',
  'cat.access.agreement': 'قابل للمشاركة فقط بموجب اتفاقية لمشاركة البيانات',
  'cat.why': 'سبب البروتوكول',
  'cat.agreementInForce': 'تتلقاه منظمتك بموجب {reference} حتى {date}.',
  'cat.request': 'طلب',
  'cat.requestLabel': 'طلب {title}',
  'cat.requestTitle': 'طلب «{title}»',
  'cat.close': 'إغلاق',
  'cat.sentNext': 'تابع طلبك في الطلبات والاتفاقيات ← طلباتك.',
  'cat.empty': 'لا يطابق أي قيد عوامل التصفية هذه.',
  'cat.emptyAll': 'لم تصف أي منظمة عضو بيانات للمجموعة بعد.',
  'cat.pages': 'صفحات الفهرس',
  'cat.page': 'الصفحة {page} من {pages}',
  'cat.previous': 'الصفحة السابقة',
  'cat.next': 'الصفحة التالية',
};
