import type { PluralMessage } from '../../../i18n/format';
import type { figuresEn } from './en';

type Messages = {
  readonly [K in keyof typeof figuresEn]: (typeof figuresEn)[K] extends string ? string : PluralMessage;
};

/** الرسائل العربية للرسوم البيانية والخرائط المشتركة. */
export const figuresAr: Messages = {
  'chart.download': 'تنزيل',
  'chart.downloads': 'تنزيلات {title}',
  'chart.downloadFailed': 'تعذّر إنشاء الملف. حاول مرة أخرى.',
  'chart.suppressedLegend': 'محجوب (x)',
  'chart.suppressedCell': 'x، {reason}',
  'chart.reason.primary': 'محجوب: عدد الأشخاص أقل من حدّ الخلايا الصغيرة ({rule})',
  'chart.reason.secondary': 'محجوب: قد يسمح باستنتاج قيمة محجوبة أخرى',
  'chart.noData': 'لا بيانات',
  'chart.empty': 'لا توجد أرقام لعرضها لهذا الاختيار.',
  'chart.drawingLabel': 'رسم بياني: {title}. الأرقام في الجدول أدناه.',
  'chart.loading': 'جارٍ رسم المخطط…',
  'chart.loadFailed': 'تعذّر رسم المخطط. الأرقام في الجدول أدناه.',
  'chart.table': 'جدول الأرقام',
  'chart.suppressedNote': {
    zero: 'لا توجد أرقام محجوبة.',
    one: 'تشير x إلى رقم محجوب لحماية الأعداد الصغيرة (لا يُرسم ولا يُعرض صفرًا): {cells}.',
    two: 'تشير x إلى رقمين محجوبين لحماية الأعداد الصغيرة (لا يُرسمان ولا يُعرضان صفرًا): {cells}.',
    few: 'تشير x إلى {count} أرقام محجوبة لحماية الأعداد الصغيرة (لا تُرسم ولا تُعرض صفرًا): {cells}.',
    many: 'تشير x إلى {count} رقمًا محجوبًا لحماية الأعداد الصغيرة (لا تُرسم ولا تُعرض صفرًا): {cells}.',
    other: 'تشير x إلى {count} رقم محجوب لحماية الأعداد الصغيرة (لا تُرسم ولا تُعرض صفرًا): {cells}.',
  },
  'map.drawingLabel': 'خريطة: {title}. الأرقام في الجدول أدناه.',
  'map.loading': 'جارٍ رسم الخريطة…',
  'map.loadFailed': 'تعذّر رسم الخريطة. الأرقام في الجدول أدناه.',
  'map.area': 'المنطقة',
  'map.pcode': 'الرمز P',
  'map.noData': 'لا بيانات',
  'map.suppressed': 'محجوب (مظلّل)',
  'map.points': 'الأماكن',
  'map.attribution':
    'الحدود: OCHA، مجموعات البيانات التشغيلية المشتركة (عبر HDX)؛ geoBoundaries (Runfola وآخرون 2020)، CC BY 3.0 IGO. لا تعني الحدود والأسماء أي إقرار أو قبول رسمي.',
  'map.unmatched': {
    zero: 'كل المناطق على الخريطة.',
    one: 'خارج الخريطة (لا حدود لهذا الرمز): {areas}.',
    two: 'خارج الخريطة (رمزان بلا حدود): {areas}.',
    few: 'خارج الخريطة ({count} رموز بلا حدود): {areas}.',
    many: 'خارج الخريطة ({count} رمزًا بلا حدود): {areas}.',
    other: 'خارج الخريطة ({count} رمز بلا حدود): {areas}.',
  },
};
