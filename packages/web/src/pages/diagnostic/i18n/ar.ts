import { diagnosticMessagesAr } from '@steward/core/diagnostic/texts/ar';
import type { PluralMessage } from '../../../i18n/format';
import type { diagnosticEn } from './en';

type Messages = {
  readonly [K in keyof typeof diagnosticEn]: (typeof diagnosticEn)[K] extends string ? string : PluralMessage;
};

/** الرسائل العربية لصفحة التشخيص. */
export const diagnosticAr: Messages = {
  // Action, principle and status names and the evidence sentences: one table with the XLSX export.
  ...diagnosticMessagesAr,
  'nav.diagnostic': 'التشخيص',
  'module.diagnostic.description':
    'التقييم الذاتي لمسؤولية البيانات: أجب عن كل جولة، وشاهد ما وجده ستيوارد في بياناته، وقارن الجولات، واحتفظ بخطة عمل.',
  'diagnostic.title': 'تشخيص مسؤولية البيانات',
  'diagnostic.intro':
    'قيّم كل عبارة لمنظمتك. حين يستطيع ستيوارد التحقق من بياناته، تكون الإجابة معبّأة مسبقًا مع رابط الدليل؛ غيّرها إن كنت تعرف أكثر.',
  'diagnostic.round': 'الجولة',
  'diagnostic.noRounds': 'لم تُفتح أي جولة تشخيص بعد. تفتحها تنسيقية المجموعة.',
  'diagnostic.party.member': 'الإجابة عن منظمتي',
  'diagnostic.party.cluster': 'الإجابة عن المجموعة',
  'diagnostic.guidance': 'لماذا يهم',
  'diagnostic.expected': 'الدليل المتوقع',
  'diagnostic.shareNamed': 'يمكن للمجموعة رؤية درجاتنا باسمنا (وإلا ففي مجموع كل الأعضاء فقط)',
  'diagnostic.save': 'حفظ الإجابات',
  'diagnostic.saved': 'حُفظت الإجابات.',
  'diagnostic.closed': 'هذه الجولة مغلقة؛ لم يعد بالإمكان تغيير الإجابات.',
  'diagnostic.scores': 'الدرجات',
  'diagnostic.byAction': 'حسب الإجراء',
  'diagnostic.byPrinciple': 'حسب المبدأ',
  'diagnostic.score': 'الدرجة',
  'diagnostic.noScore': '—',
  'diagnostic.compare': 'مقارنة الجولات',
  'diagnostic.change': 'التغيّر',
  'diagnostic.export.xlsx': 'تنزيل الجولة وخطة العمل (XLSX)',
  'diagnostic.export.report': 'تقرير قابل للطباعة',
  'diagnostic.report.heading': 'تقرير التشخيص',
  'diagnostic.report.meta': 'فُتحت في {date}، الإصدار {version} من مجموعة الأسئلة',
  'diagnostic.report.prepared': 'أُعدّ في {date}',
  'diagnostic.report.answered': 'أُجيب عن {answered} من أصل {items} من العبارات',
  'diagnostic.report.print': 'طباعة',
  'diagnostic.report.back': 'العودة إلى التشخيص',
  'diagnostic.report.choose': 'اختر جولة التشخيص التي تريد الاطلاع على تقريرها.',
  'diagnostic.report.group': 'الإجراء أو المبدأ',
  'diagnostic.report.allMembers': 'جميع الأعضاء (أجاب {responded})',
  'diagnostic.report.suppressed': 'أجاب أقل من 3 أعضاء عن هذه الجولة: لا يُعرض متوسطهم.',
  'diagnostic.report.namedNone': 'لم يوافق أي عضو على ذكر اسمه؛ يظهر الأعضاء في المتوسط فقط.',
  'diagnostic.report.plan': 'خطة العمل',
  'diagnostic.report.noPlan': 'لا توجد بنود في خطة العمل لهذه الجولة بعد.',
  'diagnostic.report.col.action': 'الإجراء المطلوب',
  'diagnostic.report.col.owner': 'المسؤول',
  'diagnostic.report.col.due': 'تاريخ الاستحقاق',
  'diagnostic.report.col.status': 'الحالة',
  'diagnostic.report.overdue': 'متأخر',
  'diagnostic.report.answers': 'الإجابات',
  'diagnostic.report.col.statement': 'العبارة',
  'diagnostic.report.col.answer': 'الإجابة',
  'diagnostic.plan.help':
    'يمكن أن تصبح كل فجوة (عبارة غير مطبّقة أو مطبّقة جزئيًا أو بلا إجابة) إجراءً له مسؤول وتاريخ استحقاق. يُعلَّم الإجراء الذي تجاوز تاريخ استحقاقه بأنه متأخر حتى يُنجز.',
  'diagnostic.plan.caption': 'الإجراءات المخطط لها في هذه الجولة',
  'diagnostic.plan.statusOf': 'حالة «{title}»',
  'diagnostic.plan.statusSaved': 'حُفظت حالة «{title}».',
  'diagnostic.plan.readOnly': 'يتولى جهات الاتصال ومديرو البيانات خطة العمل؛ يمكنك الاطلاع عليها.',
  'diagnostic.plan.add': 'تخطيط إجراء لفجوة',
  'diagnostic.plan.gap': 'الفجوة',
  'diagnostic.plan.choose': 'اختر فجوة',
  'diagnostic.plan.titleHint': 'ما سيُنجز، في جملة واحدة.',
  'diagnostic.plan.ownerHint': 'دور أو فريق (مثل «مسؤول إدارة المعلومات للحماية»)، لا بيانات الاتصال بشخص.',
  'diagnostic.plan.submit': 'إضافة إلى خطة العمل',
  'diagnostic.plan.added': 'أُضيف الإجراء إلى الخطة.',
  'diagnostic.plan.noGaps': 'لا توجد فجوات في هذه الجولة: كل عبارة منطبقة مطبّقة.',
  'diagnostic.members.heading': 'درجات الأعضاء',
  'diagnostic.members.help':
    'لا ترى المجموعة متوسط جميع الأعضاء إلا إذا أجاب 3 منهم على الأقل، ولا ترى درجات عضو إلا إذا وافق على ذكر اسمه. يتبع التصدير والتقرير القابل للطباعة القاعدة نفسها.',
  'diagnostic.members.caption': 'درجات الأعضاء حسب الإجراء وحسب المبدأ',
  'diagnostic.members.none': 'لم يُجب أي عضو عن هذه الجولة بعد.',
  'diagnostic.trend.byAction': 'الدرجات حسب الإجراء، جولة بعد جولة',
  'diagnostic.trend.byPrinciple': 'الدرجات حسب المبدأ، جولة بعد جولة',
  'diagnostic.trend.description': 'الدرجات من 0 إلى 100 في كل جولة؛ لا عمود حيث لم يُجب عن أي عبارة منطبقة.',
  'diagnostic.trend.action': 'الإجراء',
  'diagnostic.trend.principle': 'المبدأ',
};
