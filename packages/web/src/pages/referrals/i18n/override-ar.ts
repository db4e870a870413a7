/** الرسائل العربية لتجاوز الموافقة (issue 9)، تُدمج في `src/i18n/ar.ts`. */
export const referralOverrideAr = {
  'refoverride.title': 'تجاوز الموافقة',
  'refoverride.offer': 'الإرسال مع تجاوز الموافقة',
  'refoverride.offerHint':
    'سجل الموافقة لا يغطي هذه الإحالة. لديك صلاحية تجاوز الموافقة: يمكنك إرسالها على أساس قانوني آخر، ويجب أن يوافق عليها منسق آخر في منظمتك قبل أن يصل أي شيء إلى الجهة المستقبلة.',
  'refoverride.notHolder':
    'لا يرسل إحالة لا تغطيها الموافقة إلا منسق الشريك (تجاوز للموافقة يعتمده منسق ثانٍ). صحّح سجل الموافقة أو اسأل منسق منظمتك.',
  'refoverride.legalBasis': 'الأساس القانوني بدلًا من الموافقة',
  'refoverride.chooseBasis': 'اختر الأساس القانوني للتجاوز.',
  'refoverride.justification': 'المبرر',
  'refoverride.justificationHint':
    'لماذا يجب مشاركة البيانات دون موافقة صالحة (من {min} إلى {max} حرفًا). يُشفَّر مع الإحالة: تقرؤه المنظمتان ولا يقرؤه الخادم.',
  'refoverride.justificationLength': 'اكتب مبررًا من {min} إلى {max} حرفًا.',
  'refoverride.notNeeded': 'سجل الموافقة يغطي هذه الإحالة: أرسلها دون تجاوز.',
  'refoverride.sendButton': 'طلب الاعتماد',
  'refoverride.requested':
    'تنتظر الإحالة أن يعتمد منسق ثانٍ في منظمتك تجاوز الموافقة. لم يصل شيء إلى الجهة المستقبلة بعد.',
  'refoverride.status': 'التجاوز',
  'refoverride.status.pending': 'بانتظار الاعتماد',
  'refoverride.status.approved': 'معتمد',
  'refoverride.status.refused': 'مرفوض',
  'refoverride.requestedBy': 'طلبه',
  'refoverride.requestedAt': 'تاريخ الطلب',
  'refoverride.decidedBy': 'قرّره',
  'refoverride.decidedAt': 'تاريخ القرار',
  'refoverride.lockedJustification': 'افتح مفتاح الإحالات لقراءة المبرر.',
  'refoverride.decideIntro':
    'اقرأ المبرر أولًا. الاعتماد يرسل الإحالة إلى {organisation} الآن؛ والرفض يبقيها داخل منظمتك نهائيًا.',
  'refoverride.approve': 'اعتماد وإرسال',
  'refoverride.refuse': 'رفض',
  'refoverride.ownRequest': 'أنت من طلب هذا التجاوز: يعتمده أو يرفضه منسق آخر في منظمتك.',
  'refoverride.needsHolder': 'يعتمده أو يرفضه منسق شريك في منظمتك.',
  'refoverride.approvedDone': 'اعتُمد: أُرسلت الإحالة إلى {organisation}.',
  'refoverride.refusedDone': 'رُفض: تبقى الإحالة في منظمتك ولن تُرسل.',
  'refoverride.received':
    'أُرسلت دون موافقة تغطيها، على الأساس القانوني «{basis}»، بعد أن اعتمدها شخص ثانٍ في المنظمة المرسلة.',
  'refoverride.pendingNotice': {
    zero: 'لا يوجد تجاوز للموافقة بانتظار الاعتماد.',
    one: 'تجاوز واحد للموافقة بانتظار الاعتماد.',
    two: 'تجاوزان للموافقة بانتظار الاعتماد.',
    few: '{count} تجاوزات للموافقة بانتظار الاعتماد.',
    many: '{count} تجاوزًا للموافقة بانتظار الاعتماد.',
    other: '{count} تجاوز للموافقة بانتظار الاعتماد.',
  },
  'errors.code.referral.override_permission':
    'لا يرسل أو يعتمد إحالة دون موافقة تغطيها إلا منسق الشريك (صلاحية تجاوز الموافقة).',
  'errors.code.referral.override_same_person': 'يحتاج تجاوز الموافقة إلى شخص ثانٍ: يعتمده منسق آخر في منظمتك.',
  'errors.code.referral.override_decided': 'سبق البت في هذا التجاوز. أعد تحميل الصفحة.',
  'errors.code.referral.override_not_needed': 'سجل الموافقة يغطي هذه الإحالة: لا حاجة إلى تجاوز.',
  'errors.code.referral.override_required': 'سجل الموافقة لا يغطي هذه الإحالة: تحتاج إلى تجاوز.',
  'errors.code.referral.override_legal_basis': 'لا يمكن أن تكون الموافقة نفسها أساسًا قانونيًا للتجاوز.',
  'refoverride.status.cancelled': 'ملغى',
  'refoverride.cancel': 'إلغاء طلبي',
  'refoverride.cancelHint': 'الإلغاء يُبقي الإحالة داخل منظمتك نهائيًا: لن يستطيع أحد الموافقة عليها بعد ذلك.',
  'refoverride.cancelledDone': 'أُلغي: تبقى الإحالة في منظمتك ولن تُرسل.',
  'errors.code.referral.override_not_requester': 'لا يلغي تجاوز الموافقة إلا الشخص الذي طلبه.',
} as const;
