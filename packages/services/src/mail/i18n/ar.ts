/** Notification e-mails in Arabic (the web app's `notice.*` texts; mail/texts.ts). */
import type { MailTexts } from './types';

export const ar: MailTexts = {
  notices: {
    'reporting-deadline-soon':
      'موعد التقرير قريب: تقريركم {framework} لفترة {period} مستحق في {date} ولم يُرسل بعد.',
    'reporting-overdue':
      'التقرير متأخر: كان تقريركم {framework} لفترة {period} مستحقًا في {date} ولم يُرسل بعد.',
    'registry-review-reminder-soon': 'مراجعة قريبة: موعد مراجعة مُدخل السجل «{title}» هو {date}.',
    'registry-review-reminder-overdue':
      'مراجعة متأخرة: كان موعد مراجعة مُدخل السجل «{title}» في {date}. راجِعه وحدّد موعد المراجعة التالية.',
    'request-received': 'طلب جديد لمشاركة البيانات بشأن «{title}».',
    'request-received-public': 'وصل طلب لمشاركة البيانات بشأن «{title}» عبر النموذج العام.',
    'agreement-created': 'أُبرم الاتفاق {reference} بشأن «{title}».',
    'request-approved': 'تمت الموافقة على طلبك بشأن «{title}»: الاتفاق {reference}.',
    'request-rejected': 'رُفض طلبك بشأن «{title}».',
    'agreement-revoked': 'أُلغي الاتفاق {reference}.',
    'referral.received': 'وردت الإحالة {reference} ({priority}).',
    'referral.updated': 'الإحالة {reference}: {state}.',
    'referral.updated-outcome': 'الإحالة {reference}: {state} ({outcome}).',
    'referral.consent_withdrawn': 'الإحالة {reference}: سحب الشخص موافقته.',
    'retention-destroy-copy':
      'انتهت مدة الاحتفاظ الخاصة بالاتفاق {reference}: أتلِف نسختك ({method}) وأكّد ذلك في ستيوارد.',
    'retention-copy-destroyed': 'أكّد أحد المستلمين إتلاف نسخته ({method}).',
    'retention-overdue': 'الإتلاف متأخر منذ {date}: وافِق عليه أو مدّد الاحتفاظ مع ذكر السبب.',
    'retention-due': 'انتهت مدة احتفاظ في {date}: وافِق على الإتلاف ({method}).',
    'incident-agreement':
      'أبلغت {reporter} عن حادث بيانات يخص الاتفاق {reference}. ستتواصل معك {reporter} بما تحتاج إلى معرفته.',
    'referral.override_requested': 'تنتظر الإحالة {reference} موافقة شخص ثانٍ على تجاوز الموافقة.',
    'referral.override_approved': 'الإحالة {reference}: تمت الموافقة على تجاوز الموافقة.',
    'referral.override_refused': 'الإحالة {reference}: رُفض تجاوز الموافقة.',
    'referral.override_cancelled': 'الإحالة {reference}: ألغى الشخص الذي طلب تجاوز الموافقة طلبه.',
  },

  open: 'افتح ستيوارد على {link} للاطلاع عليه.',
  why: 'تصلك هذه الرسالة لأنك تتولى مشاركة البيانات لمنظمتك في ستيوارد.',
};
