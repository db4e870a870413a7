import type { guidanceEn } from './en';

type Messages = { readonly [K in keyof typeof guidanceEn]: string };

/** نصوص الإرشاد ومركز المساعدة بالعربية. */
export const guidanceAr: Messages = {
  'nav.help': 'مركز المساعدة',
  'module.help.description':
    'الإرشادات التي يقدمها ستيوارد حيث تعمل، حسب الموضوع وحسب مبدأ مسؤولية البيانات، مع قوائم تحقق قبل الإجراءات الخطرة.',
  'help.title': 'مركز المساعدة',
  'help.intro':
    'كل الإرشادات التي تظهر بجانب نماذج ستيوارد في مكان واحد. يشرح كل منها أهمية الحقل، والمبدأ الذي يخدمه من مبادئ مسؤولية البيانات، وأين يمكن قراءة المزيد.',
  'help.byTopic': 'حسب الموضوع',
  'help.byPrinciple': 'حسب المبدأ',
  'help.checklists': 'قوائم التحقق قبل الإجراءات الخطرة',
  'help.checklistsIntro': 'يطلب منك ستيوارد تحديد كل بند قبل أن يسمح لك بالمتابعة.',
  'help.search': 'تصفية الإرشادات',
  'help.noMatch': 'لا يوجد إرشاد يطابق هذه التصفية.',
  'help.noneForPrinciple': 'لا يوجد إرشاد لهذا المبدأ بعد.',
  'help.edit.title': 'مواءمة الإرشادات مع سياق المجموعة',
  'help.edit.intro':
    'يمكن لمنسقي المجموعة ومسؤولي إدارة المعلومات استبدال نص بلغة واحدة؛ فيرى الجميع النص المعدّل. تؤدي الاستعادة إلى العودة إلى النص الافتراضي في ستيوارد.',
  'help.edit.open': 'تعديل',
  'help.edit.language': 'اللغة',
  'help.edit.text': 'النص المعدّل',
  'help.edit.save': 'حفظ النص المعدّل',
  'help.edit.reset': 'العودة إلى النص الافتراضي',
  'help.edit.saved': 'تم الحفظ. يرى الجميع الآن هذا النص.',
  'help.edit.resetDone': 'عاد النص الافتراضي.',
  'help.edit.heading': 'تعديل «{title}»',
  'help.edit.titleField': 'العنوان المعدّل',
  'help.edit.keepDefault': 'النص الذي يبقى كما هو في ستيوارد، أو فارغًا، يبقى النص الافتراضي.',
  'help.edit.previewOf': 'معاينة: {title}',
  'help.edit.inLanguage': 'اللغة: {language}.',
  'help.edit.itemHeading': 'تعديل البند {n}',
  'help.edit.itemField': 'الصياغة المعدّلة',
  'help.edit.itemKeep': 'تتغير الصياغة فقط: يجب على المستخدمين أن يؤشروا على هذا البند قبل المتابعة.',
  'help.edit.itemUnchanged': 'هذه لا تزال صياغة ستيوارد: غيّرها أولًا.',
  'help.edit.cancel': 'إلغاء',
  'help.edit.unchanged': 'هذا لا يزال النص الافتراضي لستيوارد: غيّر العنوان أو النص أولًا.',
  'guidance.why': 'لماذا يهم هذا',
  'guidance.principles': 'المبادئ',
  'guidance.readMore': 'اقرأ المزيد: {source}',
  'guidance.custom': 'عدّلته المجموعة',
  'guidance.checklist.hint': 'حدّد كل بند للمتابعة.',
  'guidance.checklist.incomplete': 'حدّد أولًا كل بنود قائمة التحقق.',
  'guidance.topic.registry': 'تسجيل البيانات',
  'guidance.topic.sharing': 'مشاركة البيانات',
  'guidance.topic.publication': 'النشر',
  'guidance.topic.referrals': 'الإحالات',
  'guidance.topic.incidents': 'حوادث البيانات',
  'guidance.topic.retention': 'الاحتفاظ والإتلاف',
  'guidance.topic.assessments': 'تقييمات الأثر',
  'guidance.registry.purpose.title': 'الغرض من البيانات',
  'guidance.registry.purpose.why':
    'لا تجمع ولا تحتفظ إلا بما يتطلبه غرض محدد. الغرض الواضح هو ما يتحقق منه الشركاء قبل طلب البيانات، وهو ما يحدّ من استخدامها.',
  'guidance.registry.sensitivity.title': 'مستوى الحساسية',
  'guidance.registry.sensitivity.why':
    'يحدد المستوى، عبر بروتوكول مشاركة المعلومات، من يمكنه تلقي البيانات وبأي شروط. عند الشك اختر المستوى الأعلى: الضرر الناتج عن الإفصاح لا يمكن التراجع عنه.',
  'guidance.registry.personalData.title': 'البيانات الشخصية',
  'guidance.registry.personalData.why':
    'تبقى البيانات الشخصية لدى الشريك الذي جمعها ولا تنتقل إلا من شريك إلى شريك مشفّرة. لا تتلقى المجموعة إلا بيانات مجمّعة.',
  'guidance.registry.aggregation.title': 'مستوى التجميع',
  'guidance.registry.aggregation.why':
    'كلما كان المستوى أدق (موقع، أسرة، إحداثيات)، سهُل التعرف على الأشخاص. قد تكشف المجموعات الصغيرة في جدول هوية شخص ما حتى دون أسماء.',
  'guidance.registry.retention.title': 'مدة الاحتفاظ والإتلاف',
  'guidance.registry.retention.why':
    'البيانات المحفوظة أطول من اللازم لا تضيف إلا خطرًا. حدّد المدة، ومن أي حدث تُحسب، وكيف ستُتلف؛ وسيذكّرك ستيوارد عندما يحين الوقت.',
  'guidance.retention.approve.title': 'الموافقة على الإتلاف',
  'guidance.retention.approve.why':
    'الإتلاف في ستيوارد لا رجعة فيه: تُتلف الملفات ومفاتيحها. تحقّق من أنه لا يوجد التزام قانوني أو حالة مفتوحة أو تدقيق ما زال يحتاج إلى البيانات.',
  'guidance.retention.confirmCopy.title': 'إتلاف نسخة مُشارَكة',
  'guidance.retention.confirmCopy.why':
    'عندما تنتهي مدة الاحتفاظ في اتفاق ما، يجب إتلاف كل نسخة تلقتها منظمتك أيضًا. أكّد ذلك هنا ليتمكن المالك من المساءلة عن كل نسخة.',
  'guidance.sharing.purpose.title': 'الغرض من الطلب',
  'guidance.sharing.purpose.why':
    'يقرر المالك بناءً على الغرض والاستخدام المقصود اللذين تذكرهما. اطلب أقل البيانات تفصيلًا مما يحقق ذلك.',
  'guidance.sharing.conditions.title': 'شروط الاتفاق',
  'guidance.sharing.conditions.why':
    'تُلزم الشروط المتلقي: لا مشاركة لاحقة، والتجميع قبل الاستخدام، والحذف في النهاية. تنطبق شروط البروتوكول دائمًا؛ أضف ما تحتاجه هذه المشاركة.',
  'guidance.sharing.expiry.title': 'تاريخ انتهاء الاتفاق',
  'guidance.sharing.expiry.why':
    'الاتفاق الذي لا ينتهي يُبقي البيانات متداولة بعد زوال الحاجة. اختر أقصر مدة تخدم الغرض.',
  'guidance.publication.threshold.title': 'الأعداد الصغيرة',
  'guidance.publication.threshold.why':
    'تُحجب الأعداد التي تقل عن عتبة المجموعة، وغيرها عند الحاجة حتى لا يمكن استنتاجها من المجاميع. لا تنشر أبدًا ما يلتف على هذا الحجب.',
  'guidance.publication.precision.title': 'دقة الموقع',
  'guidance.publication.precision.why':
    'الخرائط والجداول الأدق من مستوى المقاطعة، أو التي تتضمن إحداثيات، قد تدل على أشخاص معرضين للخطر. انشر بأوسع مستوى يخدم القارئ.',
  'guidance.referrals.consent.title': 'الموافقة على الإحالة',
  'guidance.referrals.consent.why':
    'تشارك الإحالة معلومات شخص مع منظمة أخرى: اطلب موافقة مستنيرة، واشرح ما يُشارك ومع من، وسجّل الجواب.',
  'guidance.referrals.minimum.title': 'الحد الأدنى من المعلومات',
  'guidance.referrals.minimum.why':
    'لا ترسل إلا ما تحتاجه الخدمة المتلقية للتصرف. كل تفصيل زائد خطر على الشخص إذا ضاعت الإحالة أو أسيء استخدامها.',
  'guidance.incidents.report.title': 'الإبلاغ عن حادثة',
  'guidance.incidents.report.why':
    'أبلغ فورًا، بما في ذلك الحوادث الوشيكة: يتيح الإشعار السريع للشركاء التصرف قبل أن يتسع الضرر. يمكن أن تأتي التفاصيل لاحقًا.',
  'guidance.incidents.severity.title': 'الخطورة',
  'guidance.incidents.severity.why':
    'تبدأ الخطورة من أعلى حساسية للبيانات المعنية. ارفعها بحرية؛ أما خفضها فيتطلب سببًا يمكن للآخرين قراءته.',
  'guidance.assessments.dia.title': 'تقييم أثر البيانات',
  'guidance.assessments.dia.why':
    'قيّم المخاطر على الأشخاص قبل جمع بيانات شخصية أو شديدة الحساسية، أو نشر تفاصيل دقيقة، أو بدء تدفق جديد بين الشركاء.',
  'guidance.checklist.publish.title': 'قبل النشر',
  'guidance.checklist.publish.1': 'الأعداد الصغيرة محجوبة ولا يمكن إعادة حسابها من المجاميع.',
  'guidance.checklist.publish.2': 'المواقع ليست أدق مما يحتاجه القرّاء.',
  'guidance.checklist.publish.3': 'وافق مالكو البيانات على هذا النشر.',
  'guidance.checklist.publish.4': 'لا شيء مما يُنشر قد يعرّض أشخاصًا للأذى إذا أسيء فهمه أو استخدامه.',
  'guidance.checklist.share-high.title': 'قبل الموافقة على مشاركة بيانات عالية أو شديدة الحساسية',
  'guidance.checklist.share-high.1': 'غرض المتلقي يتطلب هذه البيانات بهذا المستوى من التفصيل.',
  'guidance.checklist.share-high.2': 'يستطيع المتلقي تأمين البيانات وسيبلغ عن الحوادث.',
  'guidance.checklist.share-high.3': 'الشروط وتاريخ الانتهاء تحصر الاستخدام في الغرض المذكور.',
  'guidance.checklist.share-high.4': 'بيانات أقل حساسية (مجمّعة أو مجهّلة) لن تكفي.',
  'guidance.checklist.referral-no-consent.title': 'قبل الإحالة دون موافقة',
  'guidance.checklist.referral-no-consent.1':
    'لا يستطيع الشخص إبداء موافقته والإحالة تخدم مصلحته الحيوية أو الفضلى.',
  'guidance.checklist.referral-no-consent.2': 'لا يُرسل إلا الحد الأدنى من المعلومات.',
  'guidance.checklist.referral-no-consent.3': 'وافق مشرف أو مدير حالة.',
  'guidance.checklist.referral-no-consent.4': 'السبب مسجّل وسيُبلَّغ الشخص في أقرب وقت ممكن.',
  'guidance.checklist.destroy.title': 'قبل الموافقة على الإتلاف',
  'guidance.checklist.destroy.1':
    'انتهت مدة الاحتفاظ ولا يوجد التزام قانوني أو حالة مفتوحة تحتاج إلى البيانات.',
  'guidance.checklist.destroy.2': 'ما زال مطلوبًا جُمّع أو جُهّل أولًا.',
  'guidance.checklist.destroy.3': 'سيُطلب من الشركاء الذين يحتفظون بنسخ إتلافها.',
};
