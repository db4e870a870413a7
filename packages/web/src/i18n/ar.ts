import { retentionAr } from '../pages/retention/i18n/ar';
import { guidanceAr } from '../guidance/i18n/ar';
import { registryAr } from '../pages/registry/i18n/ar';
import { ispAr } from '../pages/isp/i18n/ar';
import { membersAr } from '../pages/members/i18n/ar';
import { organisationsAr } from '../pages/organisations/i18n/ar';
import { tokensAr } from '../pages/account/i18n/tokens-ar';
import { directoryAr } from '../pages/directory/i18n/ar';
import { catalogueAr } from '../pages/catalogue/i18n/ar';
import { auditAr } from '../pages/audit/i18n/ar';
import { sharingAr } from '../pages/sharing/i18n/ar';
import { checkEngineAr } from '../pages/check-dataset/i18n/ar';
import { accountAr } from '../pages/account/i18n/ar';
import { navigationAr } from '../layout/i18n/ar';
import type { Dictionary } from './dictionary';
import { diagnosticAr } from '../pages/diagnostic/i18n/ar';
import { incidentsAr } from '../pages/incidents/i18n/ar';
import { assessmentsAr } from '../pages/assessments/i18n/ar';
import { componentsAr } from '../components/i18n/ar';
import { reportingAr } from '../pages/reporting/i18n/ar';
import { figuresAr } from '../components/chart/i18n/ar';
import { dashboardsAr } from '../pages/dashboards/i18n/ar';
import { publicationsAr } from '../pages/publications/i18n/ar';
import { referralsAr } from '../pages/referrals/i18n/ar';
import { referralKeysAr } from '../pages/referrals/i18n/keys-ar';
import { referralOverrideAr } from '../pages/referrals/i18n/override-ar';

const switchHint = 'يمكنك التبديل بينها من قائمة المنظمة في الأعلى.';
const locked = 'محاولات فاشلة كثيرة جدًا.';

export const ar: Dictionary = {
  'app.name': 'ستيوارد',
  'app.tagline': 'مسؤولية البيانات لمجموعة الحماية',
  'title.format': '{page} · ستيوارد',
  'title.signIn': 'تسجيل الدخول',
  'title.home': 'الصفحة الرئيسية',
  'title.organisations': 'المنظمات',
  'title.notFound': 'الصفحة غير موجودة',
  'title.loading': 'جارٍ التحميل',

  'common.loading': 'جارٍ التحميل…',
  'common.skipToContent': 'انتقل إلى المحتوى الرئيسي',
  'common.retry': 'حاول مرة أخرى',
  'common.yes': 'نعم',
  'common.no': 'لا',

  'nav.label': 'التنقل الرئيسي',
  'nav.home': 'الرئيسية',
  'nav.organisations': 'المنظمات',
  'nav.checkDataset': 'فحص مجموعة بيانات',

  'header.organisation': 'المنظمة',
  'header.language': 'اللغة',
  'header.accountMenu': 'قائمة الحساب',
  'header.signedInAs': 'مسجّل الدخول باسم',
  'header.signOut': 'تسجيل الخروج',
  'header.switched': 'أنت تعمل الآن ضمن {organisation}.',
  'header.switchFailed': 'تعذّر تغيير المنظمة. {reason}',

  'signIn.heading': 'تسجيل الدخول',
  'signIn.intro': 'استخدم الحساب الذي منحتك إياه منظمتك.',
  'signIn.email': 'البريد الإلكتروني',
  'signIn.password': 'كلمة المرور',
  'signIn.submit': 'تسجيل الدخول',
  'signIn.submitting': 'جارٍ تسجيل الدخول…',
  'signIn.emailRequired': 'أدخل بريدك الإلكتروني.',
  'signIn.emailInvalid': 'أدخل بريدًا إلكترونيًا مثل name@example.org.',
  'signIn.passwordRequired': 'أدخل كلمة المرور.',
  'signIn.problem': 'توجد مشكلة',
  'signIn.sessionEnded': 'انتهت جلستك. سجّل الدخول مرة أخرى للمتابعة.',
  'signIn.signedOut': 'لقد سجّلت الخروج.',
  'signIn.privacy': 'يسجّل ستيوارد كل عملية دخول في سجل التدقيق.',

  'errors.invalid-credentials': 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
  'errors.account-locked': {
    zero: `${locked} حسابك مقفل لأقل من دقيقة.`,
    one: `${locked} حسابك مقفل لمدة دقيقة واحدة أخرى.`,
    two: `${locked} حسابك مقفل لمدة دقيقتين أخريين.`,
    few: `${locked} حسابك مقفل لمدة {count} دقائق أخرى.`,
    many: `${locked} حسابك مقفل لمدة {count} دقيقة أخرى.`,
    other: `${locked} حسابك مقفل لمدة {count} دقيقة أخرى.`,
  },
  'errors.account-locked-soon': `${locked} حسابك مقفل لفترة قصيرة.`,
  'errors.account-disabled': 'هذا الحساب معطّل. اطلب المساعدة من جهة الاتصال في منظمتك.',
  'errors.unauthenticated': 'انتهت جلستك. سجّل الدخول مرة أخرى.',
  'errors.forbidden': 'ليس لديك إذن للقيام بذلك.',
  'errors.not-found': 'لم نعثر على ما طلبته.',
  'errors.validation': 'بعض المعلومات غير صالحة.',
  'errors.conflict': 'هذا يتعارض مع عنصر موجود بالفعل.',
  'errors.dia-required': 'يلزم أولًا تقييم أثر معتمد. ابدؤوا تقييمًا في صفحة تقييمات الأثر ثم اذكروه هنا.',
  'errors.csrf': 'هذه الصفحة قديمة. أعد تحميلها وحاول مرة أخرى.',
  'errors.database-unavailable': 'تعذّر الوصول إلى قاعدة البيانات الآن. حاول مرة أخرى بعد قليل.',
  'errors.payload-too-large': 'ما أرسلته كبير جدًا.',
  // حدود الرفع (البلاغ 7 §2): رسالة لكل حد، مسمّى في details.limit.
  'errors.limit-exceeded': 'يتجاوز الملف أحد حدود الرفع في ستيوارد.',
  'errors.limit.fileBytes': 'حجم الملف أكبر من {max} بايت، وهو حد ستيوارد للملف الواحد.',
  'errors.limit.rows': 'في الملف أكثر من {max} صف، وهو حد ستيوارد لهذا النوع من الملفات.',
  'errors.limit.columns': 'في الملف أكثر من {max} عمود، وهو حد ستيوارد.',
  'errors.limit.cellChars': 'في الملف خلية أطول من {max} حرف، وهو حد ستيوارد للخلية الواحدة.',
  'errors.limit.uncompressedBytes': 'يتجاوز المصنف بعد فك ضغطه {max} بايت، وهو حد ستيوارد.',
  'errors.limit.compressionRatio':
    'جزء من المصنف ينفك إلى أكثر من {max} ضعف حجمه المضغوط («قنبلة ضغط»): فوق حد ستيوارد.',
  'errors.limit.errorsKept': 'لا تُعرض إلا أول {max} مشكلة.',
  'errors.limit.parseMemoryMb': 'تتطلب قراءة الملف أكثر من {max} ميغابايت من الذاكرة، وهو حد ستيوارد.',
  'errors.limit.directoryImportServices':
    'يحتوي الملف على أكثر من {max} خدمة، وهو حد ستيوارد للاستيراد الواحد: قسّمه إلى عدة ملفات.',
  'errors.rate-limited': 'طلبات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.',
  'errors.network': 'تعذّر الوصول إلى ستيوارد. تحقّق من اتصالك وحاول مرة أخرى.',
  'errors.unsupported-media-type': 'تعذّر على ستيوارد قراءة ما أُرسل.',
  'errors.internal': 'واجه ستيوارد مشكلة غير متوقعة. حاول مرة أخرى؛ وإذا تكررت، أبلغ المسؤول.',
  'errors.unknown': 'حدث خطأ ما. حاول مرة أخرى.',
  'errors.role-grant-refused': 'تغيير الدور هذا غير مسموح به.',
  'errors.reason.cannot-manage-members': 'دورك لا يتيح إدارة أعضاء المنظمة.',
  'errors.reason.not-own-organisation': 'يمكنك إدارة أعضاء منظمتك فقط.',
  'errors.reason.cluster-role-outside-lead':
    'أدوار المجموعة (منسّق المجموعة، مسؤول إدارة المعلومات في المجموعة) لا توجد إلا في المنظمة الرائدة أو المشاركة في قيادة المجموعة.',
  'errors.reason.role-above-own': 'لا يمكنك منح دور أعلى من دورك.',
  'errors.reason.member-above-own': 'لا يمكنك تغيير أو إزالة شخص دوره أعلى من دورك.',
  'errors.reason.no-figures':
    'لا توجد أرقام معتمدة لهذه الأشهر وعوامل التصفية، فلا شيء للنشر. اختر أشهرًا أخرى أو اعتمد تقارير الشركاء أولًا.',
  'errors.reason.last-coordinator': 'هذا آخر منسّق للمجموعة: عيّن منسّقًا آخر أولًا.',

  'role.admin': 'مسؤول النظام',
  'role.cluster-coordinator': 'منسّق المجموعة',
  'role.cluster-imo': 'مسؤول إدارة المعلومات في المجموعة',
  'role.partner-focal-point': 'جهة الاتصال لدى الشريك',
  'role.partner-im-officer': 'مسؤول إدارة المعلومات لدى الشريك',
  'role.caseworker': 'مسؤول الحالات',
  'role.viewer': 'مطّلع',
  'roleAbout.admin': 'أنت تتولى رعاية تثبيت ستيوارد هذا: الحسابات والمنظمات وسجل التدقيق.',
  'roleAbout.cluster-coordinator':
    'أنت تقود عمل المجموعة في مسؤولية البيانات: بروتوكول تبادل المعلومات والشركاء والحوادث.',
  'roleAbout.cluster-imo': 'أنت تدير معلومات المجموعة: سجل البيانات والتقارير المجمّعة ولوحات المتابعة.',
  'roleAbout.partner-focal-point': 'أنت تمثّل منظمتك في المجموعة وتقرّر ما تشاركه ومع من.',
  'roleAbout.partner-im-officer':
    'أنت تدير بيانات منظمتك: تسجيل مجموعات البيانات وفحصها ومشاركة البيانات المجمّعة.',
  'roleAbout.caseworker': 'أنت تعمل مع الأشخاص الذين تساعدهم منظمتك: الإحالة إلى الخدمات، دائمًا بموافقتهم.',
  'roleAbout.viewer': 'يمكنك الاطلاع على ما يُسمح لمنظمتك برؤيته، دون تغييره.',

  'can.signIn': 'تسجيل الدخول والتبديل بين منظماتك',
  'can.seeOrganisations': 'رؤية المنظمات المشاركة في الاستجابة',
  'can.manageOrganisations': 'إضافة منظمات وتحديد ما إذا كانت أعضاء في المجموعة',
  'can.manageMembers': 'منح الأشخاص حق الوصول إلى منظمتك وتغيير أدوارهم',
  'can.manageTokens': 'إنشاء رموز API شخصية للبرامج النصية وسطر الأوامر',
  'can.verifyAudit': 'التحقق من أن سجل التدقيق لم يُعدَّل',
  'can.read': 'الاطلاع على معلومات منظمتك',

  'home.welcome': 'مرحبًا، {name}',
  'home.signedInAs': 'مسجّل الدخول باسم {email}',
  'home.organisationHeading': 'منظمتك',
  'home.roleIn': 'دورك في {organisation}',
  'home.otherMemberships': {
    zero: 'لست عضوًا في أي منظمة أخرى.',
    one: `أنت عضو أيضًا في منظمة أخرى. ${switchHint}`,
    two: `أنت عضو أيضًا في منظمتين أخريين. ${switchHint}`,
    few: `أنت عضو أيضًا في {count} منظمات أخرى. ${switchHint}`,
    many: `أنت عضو أيضًا في {count} منظمة أخرى. ${switchHint}`,
    other: `أنت عضو أيضًا في {count} منظمة أخرى. ${switchHint}`,
  },
  'home.canHeading': 'ما يمكنك القيام به',
  'home.modulesHeading': 'الوحدات',
  'home.modulesEmpty':
    'ستظهر الوحدات هنا عند تفعيلها: سجل البيانات، وبروتوكول تبادل المعلومات، وفحص مجموعات البيانات، والتقارير، والإحالات، والحوادث.',
  'home.activityHeading': 'النشاط الأخير',
  'home.activityEmpty':
    'ستظهر هنا مجموعات البيانات والمشاركات والإحالات الخاصة بمنظمة {organisation} بمجرد أن تبدأ باستخدام الوحدات.',
  'home.activityAll': 'سجل التدقيق كاملًا',
  'home.noMembership': 'لست عضوًا في أي منظمة بعد. اطلب من منسّق المجموعة إضافتك.',
  'home.open': 'فتح',
  'home.auditHeading': 'رأس سجل التدقيق',
  'home.auditEntries': {
    zero: 'لا يحتوي سجل التدقيق على أي إدخال.',
    one: 'يحتوي سجل التدقيق على إدخال واحد؛ وأحدثها، بتاريخ {date}، له هذه البصمة:',
    two: 'يحتوي سجل التدقيق على إدخالين؛ وأحدثهما، بتاريخ {date}، له هذه البصمة:',
    few: 'يحتوي سجل التدقيق على {count} إدخالات؛ وأحدثها، بتاريخ {date}، له هذه البصمة:',
    many: 'يحتوي سجل التدقيق على {count} إدخالًا؛ وأحدثها، بتاريخ {date}، له هذه البصمة:',
    other: 'يحتوي سجل التدقيق على {count} إدخال؛ وأحدثها، بتاريخ {date}، له هذه البصمة:',
  },
  'home.auditEmpty': 'سجل التدقيق فارغ.',
  'home.auditFailed': 'تعذّر تحميل رأس سجل التدقيق.',
  'home.auditWitness':
    'ترى كل منظمة هذه البصمة. دوّنها من حين لآخر: إذا ظهرت لاحقًا بصمة لا تُكمل السجل نفسه، فهذا يدل على أن السجل أُعيدت كتابته.',

  'module.checkDataset.description':
    'قِس خطر إعادة التعرّف على الأشخاص في مجموعة بيانات واحمِها قبل مشاركتها. لا تغادر البيانات متصفحك أبدًا.',

  'orgs.heading': 'المنظمات',
  'orgs.intro': 'المنظمات المشاركة في هذه الاستجابة، بحسب ما يُسمح لك برؤيته.',
  'orgs.count': {
    zero: 'لا توجد منظمات',
    one: 'منظمة واحدة',
    two: 'منظمتان',
    few: '{count} منظمات',
    many: '{count} منظمة',
    other: '{count} منظمة',
  },
  'orgs.empty': 'لا توجد منظمات بعد. عندما تنضم منظمات إلى الاستجابة، ستظهر هنا.',
  'orgs.loadFailed': 'تعذّر تحميل المنظمات. {reason}',
  'orgs.col.name': 'الاسم',
  'orgs.col.acronym': 'الاختصار',
  'orgs.col.type': 'النوع',
  'orgs.col.member': 'عضو في المجموعة',
  'orgs.col.status': 'الحالة',
  'orgs.caption': 'المنظمات في الاستجابة',

  'orgType.cluster-lead': 'قائد المجموعة',
  'orgType.cluster-co-lead': 'القائد المشارك للمجموعة',
  'orgType.un-agency': 'وكالة تابعة للأمم المتحدة',
  'orgType.international-ngo': 'منظمة غير حكومية دولية',
  'orgType.national-ngo': 'منظمة غير حكومية وطنية',
  'orgType.government': 'جهة حكومية',
  'orgType.other': 'أخرى',
  'orgStatus.active': 'نشطة',
  'orgStatus.inactive': 'غير نشطة',
  'orgStatus.suspended': 'معلّقة',

  'notFound.heading': 'الصفحة غير موجودة',
  'notFound.body': 'لا توجد صفحة بهذا العنوان. تحقّق من العنوان، أو عد إلى الصفحة الرئيسية.',
  'notFound.home': 'الذهاب إلى الصفحة الرئيسية',

  'boot.failed': 'تعذّر تشغيل ستيوارد. {reason}',

  // ---- Check a dataset (disclosure-control page, pages/check-dataset) ----
  'check.title': 'فحص مجموعة بيانات',
  'check.heading': 'فحص مجموعة بيانات',
  'check.intro':
    'قِس مدى سهولة إعادة التعرّف على الأشخاص في مجموعة بيانات، ثم احمِها قبل مشاركتها. يُقرأ الملف ويُعالَج في هذا المتصفح فقط، ولا يُرفع أبدًا.',
  'check.file.heading': 'ملفك',
  'check.file.drop': 'أفلِت ملف CSV أو Excel (XLSX) هنا، أو اختر ملفًا.',
  'check.file.choose': 'اختيار ملف',
  'check.file.local': 'يبقى الملف على هذا الحاسوب. لا يرسله ستيوارد إلى أي مكان.',
  'check.file.loaded': '{name}: {records} سجلًا، {columns} عمودًا',
  'check.step.reading': 'جارٍ قراءة الملف…',
  'check.step.detecting': 'جارٍ البحث عن الأعمدة المعرِّفة…',
  'check.step.measuring': 'جارٍ قياس الخطر…',
  'check.step.suppressing': 'جارٍ حجب القيم…',
  'check.step.writing': 'جارٍ تجهيز الملف المحمي…',
  'check.roles.heading': 'أدوار الأعمدة',
  'check.roles.intro':
    'يقترح ستيوارد دورًا لكل عمود. المتغيرات المفتاحية حقائق قد يعرفها شخص ما عن فرد (العمر، الجنس، المكان…). راجع الاقتراح وصحّح ما هو خاطئ.',
  'check.roles.caption': 'أعمدة الملف وأدوارها المقترحة',
  'check.roles.col.column': 'العمود',
  'check.roles.col.finding': 'ما وجده ستيوارد',
  'check.roles.col.role': 'الدور',
  'check.roles.roleFor': 'دور {column}',
  'check.roles.confirm': 'تأكيد الأدوار وقياس الخطر',
  'check.roles.noKeys': 'اختر متغيرًا مفتاحيًا واحدًا على الأقل لقياس الخطر.',
  'check.role.key': 'متغير مفتاحي',
  'check.role.direct-identifier': 'معرِّف مباشر',
  'check.role.sensitive': 'متغير حساس',
  'check.role.weight': 'وزن المعاينة',
  'check.role.household': 'معرِّف الأسرة',
  'check.role.numeric': 'رقمي',
  'check.role.other': 'آخر',
  'check.kind.person-name': 'يبدو أنها أسماء أشخاص',
  'check.kind.phone': 'يبدو أنها أرقام هواتف',
  'check.kind.email': 'يبدو أنها عناوين بريد إلكتروني',
  'check.kind.id-document': 'يبدو أنها أرقام وثائق هوية',
  'check.kind.record-id': 'رقم فريد لكل سجل',
  'check.kind.date-of-birth': 'يبدو أنها تواريخ ميلاد',
  'check.kind.date': 'تواريخ',
  'check.kind.gps-latitude': 'خط عرض GPS',
  'check.kind.gps-longitude': 'خط طول GPS',
  'check.kind.gps-pair': 'إحداثيات GPS',
  'check.kind.free-text': 'نص حر قد يذكر أسماء أشخاص',
  'check.kind.key-variable': 'متغير مفتاحي محتمل',
  'check.kind.sensitive': 'متغير حساس',
  'check.kind.weight': 'وزن معاينة',
  'check.kind.household-id': 'معرِّف أسرة',
  'check.kind.numeric': 'متغير رقمي',
  'check.kind.other': 'لم يُعثر على ما يعرِّف الأشخاص',
  'check.kind.gpsPrecision': '({decimals} خانات عشرية، نحو {metres} م)',
  'check.kind.confidence': 'الثقة {confidence}',
  'check.report.heading': 'تقرير الخطر',
  'check.report.keys': 'المتغيرات المفتاحية: {keys}',
  'check.report.records': 'السجلات',
  'check.report.classes': 'مجموعات المفاتيح المتطابقة',
  'check.report.uniques': 'السجلات الفريدة',
  'check.report.violations': 'سجلات في مجموعات أصغر من {k}',
  'check.report.weightedViolations': 'سجلات مجموعتها المقدّرة في السكان أصغر من {k}',
  'check.report.globalRisk': 'متوسط خطر إعادة التعرّف',
  'check.report.globalRiskWeighted': 'متوسط خطر إعادة التعرّف (موزونًا بـ {weight})',
  'check.report.expected': 'عدد حالات إعادة التعرّف المتوقعة',
  'check.report.highRisk': 'سجلات عالية الخطر',
  'check.report.findings': 'أعمدة تعرّف الأشخاص مباشرة',
  'check.report.was': '(كان {value})',
  'check.treat.heading': 'حماية مجموعة البيانات',
  'check.treat.intro':
    'يحجب الحجب المحلي أقل عدد ممكن من القيم المفتاحية بحيث يشترك كل سجل في قيمه المفتاحية مع k − 1 سجلات أخرى على الأقل.',
  'check.treat.k': 'الحد الأدنى لحجم المجموعة (k)',
  'check.treat.importance': 'أهمية المتغيرات المفتاحية',
  'check.treat.importanceHint': 'المتغير الأول هو الأهم: تُحجب قيمه أخيرًا.',
  'check.treat.up': 'نقل {column} إلى الأعلى',
  'check.treat.down': 'نقل {column} إلى الأسفل',
  'check.treat.removeDirect': 'إزالة المعرِّفات المباشرة ({columns})',
  'check.treat.apply': 'الحماية وتجهيز التنزيل',
  'check.result.heading': 'مجموعة البيانات المحمية',
  'check.result.suppressions': {
    zero: 'لم تُحجب أي قيمة ({count}).',
    one: 'حُجبت قيمة واحدة ({count}).',
    two: 'حُجبت قيمتان ({count}).',
    few: 'حُجبت {count} قيم.',
    many: 'حُجبت {count} قيمة.',
    other: 'حُجبت {count} قيمة.',
  },
  'check.result.removed': 'الأعمدة المُزالة: {columns}',
  'check.result.after': 'الخطر بعد الحماية',
  'check.result.download': 'تنزيل {name}',
  'check.error.empty-file': 'الملف فارغ: لا يحتوي على صفوف بيانات.',
  'check.error.encoding': 'الملف ليس نصًا بترميز UTF-8. احفظه بصيغة «CSV UTF-8» وحاول مجددًا.',
  'check.error.ragged-rows':
    'بعض الصفوف لا تحتوي على عدد الحقول نفسه في الترويسة، في السطر (الأسطر) {lines}.',
  'check.error.unterminated-quote': 'حقل بين علامتي اقتباس يبدأ في السطر {lines} لا يُغلق أبدًا.',
  'check.error.duplicate-header': 'تذكر الترويسة العمود «{column}» مرتين.',
  'check.error.invalid-xlsx': 'تعذّرت قراءة المصنف. احفظه بصيغة CSV UTF-8 وحاول مجددًا.',
  'check.error.unsupported-xlsx':
    'لا يمكن قراءة ملفات Excel هنا بعد. احفظ الورقة بصيغة CSV UTF-8 وحاول مجددًا.',
  'check.error.sheet-not-found': 'لا يحتوي المصنف على ورقة للقراءة.',
  'check.error.no-keys': 'اختر متغيرًا مفتاحيًا واحدًا على الأقل.',
  'check.error.several-weights': 'يمكن لعمود واحد فقط أن يكون وزن المعاينة.',
  'check.error.unknown-column': 'العمود «{column}» غير موجود في الملف.',
  'check.error.invalid-option': 'لا يمكن القياس بالأدوار المختارة: {reason}',
  'check.error.bad-k': 'يجب أن يكون الحد الأدنى لحجم المجموعة 2 على الأقل.',
  'check.error.suppression-failed': 'تعذّرت حماية مجموعة البيانات: {reason}',
  'check.error.no-file': 'اختر ملفًا أولًا.',
  'check.error.internal': 'حدث خطأ أثناء معالجة الملف. {reason}',

  // ---- Registry, ISP, requests and agreements (issue 4; messages in pages/*/i18n/ar.ts) ----
  ...registryAr,
  ...ispAr,
  ...membersAr,
  ...organisationsAr,
  ...tokensAr,
  ...directoryAr,
  ...catalogueAr,
  ...auditAr,
  ...sharingAr,
  ...checkEngineAr,
  ...accountAr,
  ...navigationAr,
  ...diagnosticAr,
  ...incidentsAr,
  ...assessmentsAr,
  ...componentsAr,
  ...reportingAr,
  ...figuresAr,
  ...dashboardsAr,
  ...guidanceAr,
  ...retentionAr,
  ...publicationsAr,
  ...referralsAr,
  ...referralKeysAr,
  ...referralOverrideAr,
};
