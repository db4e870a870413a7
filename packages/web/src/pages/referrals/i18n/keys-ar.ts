import type { referralKeysEn } from './keys-en';

type Messages = { readonly [K in keyof typeof referralKeysEn]: string };

/** الرسائل العربية لصفحة مفاتيح الإحالات (/referrals/keys). */
export const referralKeysAr: Messages = {
  'refkeys.nav': 'المفاتيح',
  'refkeys.title': 'مفاتيح الإحالات',
  'refkeys.intro':
    'تُشفَّر الإحالات على جهاز المُرسِل ولا يُفكّ تشفيرها إلا على أجهزة الأعضاء المخوَّلين في المنظمة المستقبِلة. أعِدّ هنا مفتاحك ومفتاح منظمتك.',
  'refkeys.cancel': 'إلغاء',
  'refkeys.empty.noOrgKey':
    'ليس لمنظمتك مفتاح إحالات بعد: لا يستطيع الشركاء إرسال إحالات إليها، ولا تستطيع هي إرسال أي إحالة، حتى تنشئه جهة اتصال.',
  'refkeys.empty.link': 'إعداد مفاتيح الإحالات',
  'refkeys.empty.noUserKey':
    'ليس لديك مفتاح إحالات بعد. أنت من ينشئه، على هذا الجهاز، بعبارة مرور لا يعرفها أحد سواك.',
  'refkeys.empty.createLink': 'أنشئ مفتاح الإحالات الخاص بك',
  'refkeys.passphrase.new': 'عبارة مرور جديدة للإحالات',
  'refkeys.passphrase.hint':
    '{min} حرفًا على الأقل: عدة كلمات، أو مزيج من الحروف والأرقام والرموز. ليست كلمة مرور تسجيل الدخول. لا تُرسَل أبدًا: إن فقدتها فلا يستطيع أحد استعادة مفتاحك.',
  'refkeys.passphrase.confirm': 'اكتب عبارة المرور مرة أخرى',
  'refkeys.passphrase.show': 'إظهار عبارات المرور أثناء الكتابة',
  'refkeys.passphrase.mismatch': 'عبارتا المرور مختلفتان.',
  'refkeys.passphrase.problem.too-short': 'قصيرة جدًا.',
  'refkeys.passphrase.problem.too-simple':
    'سهلة التخمين: استخدم أربع كلمات على الأقل، أو امزج الأحرف الكبيرة والأرقام والرموز، أو اجعلها أطول.',
  'refkeys.passphrase.problem.repetitive': 'التكرار أو التسلسل سهل التخمين.',
  'refkeys.passphrase.problem.personal': 'لا تستخدم اسمك ولا عنوان بريدك الإلكتروني.',
  'refkeys.passphrase.strength.weak': 'القوة: غير مقبولة',
  'refkeys.passphrase.strength.fair': 'القوة: مقبولة',
  'refkeys.passphrase.strength.good': 'القوة: جيدة',
  'refkeys.passphrase.strength.strong': 'القوة: قوية',
  'refkeys.user.title': 'مفتاح الإحالات الخاص بك',
  'refkeys.user.none': 'ليس لديك مفتاح إحالات بعد.',
  'refkeys.user.createIntro':
    'ينشئ متصفحك الآن زوج مفاتيح. يُقفَل جزؤه الخاص بعبارة مرورك قبل إرسال أي شيء: لا يتلقى الخادم سوى المفتاح العام والمفتاح الخاص المقفَل.',
  'refkeys.user.create': 'أنشئ مفتاحي',
  'refkeys.user.creating': 'جارٍ إنشاء المفتاح (بضع ثوانٍ)…',
  'refkeys.user.created':
    'مفتاح الإحالات الخاص بك جاهز. بصمته {fingerprint}: يستطيع من يحمل مفتاح منظمتك الآن منحك إياه بعد مقارنة هذه البصمة معك.',
  'refkeys.change.title': 'تغيير عبارة المرور',
  'refkeys.change.intro':
    'يُفتح مفتاحك هنا بعبارة المرور الحالية ثم يُقفَل من جديد بالعبارة الجديدة. المفتاح نفسه لا يتغير: تبقى قادرًا على قراءة كل الإحالات، القديمة والجديدة.',
  'refkeys.change.current': 'عبارة المرور الحالية',
  'refkeys.change.wrongCurrent': 'هذه ليست عبارة المرور الحالية لمفتاحك.',
  'refkeys.change.submit': 'غيّر عبارة المرور',
  'refkeys.change.busy': 'جارٍ التغيير (بضع ثوانٍ)…',
  'refkeys.change.done': 'تم تغيير عبارة المرور. استخدم العبارة الجديدة من الآن.',
  'refkeys.replace.title': 'نسيت عبارة المرور؟ استبدل مفتاحك',
  'refkeys.replace.warning':
    'يحلّ مفتاح جديد محلّ القديم: تذهب معه نسختك من مفتاح المنظمة، ويجب أن يمنحك إياه أحد حامليه من جديد قبل أن تستطيع قراءة الإحالات. لا تفقد منظمتك شيئًا مما شُفِّر من قبل.',
  'refkeys.replace.understood': 'أفهم أنه يجب منحي مفتاح المنظمة من جديد',
  'refkeys.replace.confirmNeeded': 'ضع علامة في المربع للتأكيد.',
  'refkeys.replace.submit': 'استبدل مفتاحي',
  'refkeys.org.title': 'مفتاح الإحالات لمنظمة {organisation}',
  'refkeys.org.none':
    'ليس لمنظمة {organisation} مفتاح إحالات بعد: لا يستطيع الشركاء إرسال إحالات مشفّرة إليها، ولا تستطيع هي إرسال أي إحالة.',
  'refkeys.org.ownKeyFirst': 'أنشئ مفتاحك الخاص أولًا (أعلاه)؛ ثم تستطيع إنشاء مفتاح المنظمة.',
  'refkeys.org.askFocalPoint':
    'تنشئه جهة الاتصال لدى الشريك في منظمتك على هذه الصفحة. في الأثناء، أنشئ مفتاحك الخاص حتى يمكن منحك إياه.',
  'refkeys.org.createIntro':
    'بصفتك جهة الاتصال، أنت من ينشئ مفتاح منظمتك. يُنشأ على هذا الجهاز ويُمنح لك أولًا؛ ثم تمنحه للزملاء الذين لديهم مفاتيحهم الخاصة.',
  'refkeys.org.prepare': 'حضّر مفتاح المنظمة',
  'refkeys.org.preparing': 'جارٍ التحضير (بضع ثوانٍ)…',
  'refkeys.org.create': 'أنشئ مفتاح المنظمة',
  'refkeys.org.saving': 'جارٍ الحفظ…',
  'refkeys.org.created':
    'تم إنشاء مفتاح المنظمة (البصمة {fingerprint}). يستطيع الشركاء الآن إرسال إحالات إليكم. امنحه لزملائك أدناه.',
  'refkeys.org.youHold': 'أنت تحمل هذا المفتاح: تستطيع قراءة إحالات منظمتك على هذا الجهاز.',
  'refkeys.org.askGrant': 'لا تحمل هذا المفتاح بعد: اطلب من زميل يحمله أن يمنحك إياه (قارن معه بصمة مفتاحك).',
  'refkeys.org.createOwnFirst': 'أنشئ مفتاحك الخاص أولًا (أعلاه)، ثم اطلب من أحد حامليه أن يمنحك هذا المفتاح.',
  'refkeys.recovery.before':
    'سيُعرض رمز استرداد مرة واحدة فقط. إذا فقد كل حامل مفتاحه وضاع الرمز أيضًا، فلن يمكن قراءة الإحالات المستلمة من قبل أبدًا.',
  'refkeys.recovery.title': 'احفظ رمز الاسترداد',
  'refkeys.recovery.intro':
    'يستطيع هذا الرمز استعادة مفتاح الإحالات لمنظمة {organisation} إذا فقد جميع الحاملين وصولهم. لا يُعرض إلا الآن ولا يُرسَل إلى الخادم أبدًا.',
  'refkeys.recovery.download': 'نزّل رمز الاسترداد (ملف نصي)',
  'refkeys.recovery.keep':
    'اطبعه أو انسخه بخط اليد واحفظه في مكان مقفل بعيدًا عن أي جهاز. احذف الملف الذي نزّلته بعد طباعته.',
  'refkeys.recovery.saved': 'حفظت رمز الاسترداد في مكان آمن',
  'refkeys.recovery.confirmNeeded': 'أكّد أولًا أنك حفظت رمز الاسترداد.',
  'refkeys.recovery.cancel': 'ابدأ من جديد',
  'refkeys.recovery.fileTitle': 'ستيوارد: رمز استرداد مفتاح الإحالات لمنظمة {organisation}',
  'refkeys.recovery.fileFingerprint': 'بصمة المفتاح',
  'refkeys.recovery.fileCode': 'رمز الاسترداد',
  'refkeys.recovery.fileAdvice':
    'اطبع هذا واحفظه في مكان مقفل بعيدًا عن أي جهاز؛ ثم احذف هذا الملف. من يملك هذا الرمز يستطيع قراءة إحالات المنظمة بنسخة من قاعدة البيانات.',
  'refkeys.members.title': 'من يحمل المفتاح',
  'refkeys.members.intro':
    'مسؤولو الحالات وجهات الاتصال في منظمتك. قبل المنح، قارن البصمة مع الشخص، وجهًا لوجه أو بالهاتف.',
  'refkeys.members.name': 'الاسم',
  'refkeys.members.role': 'الدور',
  'refkeys.members.fingerprint': 'بصمة المفتاح',
  'refkeys.members.access': 'الوصول',
  'refkeys.members.actions': 'الإجراءات',
  'refkeys.members.you': '(أنت)',
  'refkeys.members.noKey': 'لا مفتاح بعد',
  'refkeys.members.holder': 'يحمل المفتاح',
  'refkeys.members.waiting': 'بانتظار المنح',
  'refkeys.members.noAccess': 'ليس لديه مفتاح خاص',
  'refkeys.members.grant': 'امنح {name}',
  'refkeys.members.revoke': 'اسحب من {name}',
  'refkeys.members.unlockToGrant': 'افتح مفتاحك (أعلاه) لتمنح',
  'refkeys.members.empty': 'ليس في منظمتك مسؤول حالات ولا جهة اتصال.',
  'refkeys.members.granted': 'أصبح {name} يحمل مفتاح المنظمة.',
  'refkeys.members.revoked': 'لم يعد {name} يحمل مفتاح المنظمة.',
  'refkeys.grant.title': 'منح مفتاح المنظمة إلى {name}',
  'refkeys.grant.text':
    'قارن هذه البصمة بالبصمة التي يراها {name} على صفحة مفاتيحه (وجهًا لوجه أو بالهاتف). لا تمنح المفتاح إلا إذا تطابقتا.',
  'refkeys.grant.confirm': 'البصمتان متطابقتان: امنح',
  'refkeys.revoke.title': 'سحب وصول {name} إلى مفتاح المنظمة',
  'refkeys.revoke.text':
    'تُحذف نسخة {name} من مفتاح المنظمة من الخادم: لن يستطيع فتحها على أي جهاز. لا يمكن استرجاع الإحالات التي قرأها من قبل.',
  'refkeys.revoke.rotation':
    'قد يبقى المفتاح على جهاز استخدمه: دوِّر المفتاح مباشرة بعد ذلك (أدناه) حتى تستخدم الإحالات القادمة مفتاحًا جديدًا لم يحصل عليه قط.',
  'refkeys.revoke.confirm': 'اسحب',
  'refkeys.rotate.title': 'تدوير مفتاح المنظمة',
  'refkeys.rotate.intro':
    'يحلّ مفتاح منظمة جديد محلّ المفتاح الحالي للإحالات الجديدة. يُمنح للحاملين الحاليين، وتُحفظ المفاتيح القديمة داخله حتى تبقى كل الإحالات السابقة مقروءة. سيرى الشركاء بصمة جديدة.',
  'refkeys.rotate.prepare': 'حضّر المفتاح الجديد',
  'refkeys.rotate.submit': 'دوِّر المفتاح',
  'refkeys.rotate.unlockFirst': 'افتح مفتاحك (أعلاه) لتدوير مفتاح المنظمة.',
  'refkeys.rotate.afterRevoke':
    'دوِّر الآن مفتاح المنظمة (أدناه)، حتى لا يستطيع {name} قراءة الإحالات القادمة بنسخة ربما احتفظ بها.',
  'refkeys.rotate.done':
    'تم تدوير مفتاح المنظمة (البصمة الجديدة {fingerprint}). افتح مفتاحك من جديد للمتابعة.',
  'refkeys.how.title': 'كيف تعمل مفاتيح الإحالات',
  'refkeys.how.device':
    'يُنشأ مفتاحك على جهازك؛ ولا تغادره عبارة مرورك ولا مفتاحك الخاص أبدًا. لا يحفظ الخادم إلا ما لا يستطيع قراءته.',
  'refkeys.how.org':
    'يفتح مفتاح منظمتك الإحالات التي ترسلها وتستلمها. لكل حامل نسخة مقفلة بمفتاحه الخاص؛ ولا يمنحه إلا حامل له.',
  'refkeys.how.fingerprints':
    'البصمة ملخص قصير للمفتاح العام. قارن البصمات عبر قناة أخرى لتتأكد من أن أحدًا لم يستبدل مفتاحًا.',
  'refkeys.how.limit':
    'من يتحكم في الخادم قد يغيّر تطبيق الويب نفسه: للعمل الأكثر حساسية، استخدم أيضًا أداة سطر الأوامر.',
  'errors.reason.referral.no-receiver-key':
    'ليس لهذه المنظمة مفتاح إحالات بعد، لذا لا تستطيع استلام إحالات مشفّرة. تُعدّه جهة الاتصال لديها على صفحة مفاتيح الإحالات؛ اختر منظمة أخرى أو تواصل معها.',
  'errors.reason.referral.focal-point-required':
    'لا يسحب الوصول إلى مفتاح المنظمة إلا جهة الاتصال لدى الشريك في منظمتك.',
  'refkeys.rotate.required':
    'غادر عضو كان يحمل هذا المفتاح، أو فقد دور الإحالات، أو عُطّل حسابه، أو أُلغيت نسخته. لا يمكن إرسال أي إحالة من {organisation} أو إليها حتى يقوم منسق يحمل المفتاح بتدويره.',
  'errors.code.referral.rotation_required':
    'يجب على منظمتك تدوير مفتاح الإحالات قبل الإرسال: غادر عضو كان يحمله أو فقد صلاحية الوصول. يقوم المنسق بتدويره في صفحة مفاتيح الإحالات.',
  'errors.code.referral.receiver_rotation_required':
    'يجب على المنظمة المستقبِلة تدوير مفتاح الإحالات قبل أن تستقبل إحالات (غادر عضو كان يحمله). حاول لاحقًا أو تواصل مع منسقها.',
  'refkeys.recover.title': 'لديّ رمز الاسترداد',
  'refkeys.recover.intro':
    'إذا لم يستطع أحد ممن يحملون مفتاح منظمتك منحه لك (غادروا أو فقدوا عبارة المرور)، فاكتب رمز الاسترداد المطبوع عند إنشاء المفتاح أو عند آخر تدوير له. يُتحقَّق منه على هذا الجهاز ولا يُرسَل أبدًا.',
  'refkeys.recover.code': 'رمز الاسترداد',
  'refkeys.recover.submit': 'استرداد المفتاح',
  'refkeys.recover.working': 'جارٍ التحقق من الرمز على هذا الجهاز…',
  'refkeys.recover.empty': 'اكتب رمز الاسترداد.',
  'refkeys.recover.done': 'تم الاسترداد: أنت الآن تحمل مفتاح منظمتك (البصمة {fingerprint}).',
  'refkeys.recover.doneRotate':
    'تم الاسترداد: أنت الآن تحمل مفتاح منظمتك (البصمة {fingerprint}). غادر عضو كان يحمله: افتح مفتاحك، ثم دوِّر مفتاح المنظمة أدناه.',
  'refkeys.recover.wrongCode':
    'هذا الرمز لا يفتح المفتاح الحالي لمنظمتك. تحقّق منه: الرمز المطبوع قبل آخر تدوير لم يعد يعمل. لم يتغيّر شيء.',
  'refkeys.recover.mismatch':
    'نسخة الاسترداد لا تطابق المفتاح الحالي لمنظمتك ولا سجلّه. لم يتغيّر شيء: أبلغ جهات الاتصال في منظمتك.',
  'errors.code.referral.holder_required':
    'لا يستطيع تدوير المفتاح الحالي لمنظمتك إلا من يحمله: اطلب من أحد حامليه أن يمنحك إياه، أو استرجعه بالرمز المطبوع. لم يتغيّر شيء.',
  'errors.code.referral.focal_point_required': 'لا يستطيع القيام بهذا إلا جهة اتصال شريكة في المنظمة.',
  'errors.code.referral.recovery_proof_failed':
    'إثبات الاسترداد خاطئ أو انتهت صلاحيته. لم يتغيّر شيء: ابدأ الاسترداد من جديد.',
  'errors.code.referral.already_holder': 'أنت تحمل بالفعل المفتاح الحالي لمنظمتك: لا شيء لاسترداده.',
  'errors.code.referral.no_recovery_copy': 'لا توجد نسخة استرداد للمفتاح الحالي لمنظمتك.',
  'errors.code.referral.recovery_key_changed':
    'تغيّر مفتاح منظمتك أثناء استرداده. ابدأ من جديد بأحدث رمز استرداد.',
  'errors.code.referral.no_user_key': 'أنشئ مفتاح الإحالات الخاص بك أولًا.',
};
