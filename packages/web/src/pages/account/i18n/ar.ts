import type { PluralMessage } from '../../../i18n/format';
import type { accountEn } from './en';

type Messages = {
  readonly [K in keyof typeof accountEn]: (typeof accountEn)[K] extends string ? string : PluralMessage;
};

/** الرسائل العربية لأمان الحساب. */
export const accountAr: Messages = {
  'title.account': 'أمان الحساب',
  'title.signInStep': 'إكمال تسجيل الدخول',
  'account.menuLink': 'أمان الحساب',
  'account.heading': 'أمان الحساب',
  'account.intro': 'تسجيل الدخول بخطوتين، وكلمة المرور، والأماكن التي سجّلت الدخول منها.',
  'account.signOut': 'تسجيل الخروج',

  'account.code': 'الرمز',
  'account.codeHint': 'الرمز المكوّن من 6 أرقام من تطبيق المصادقة، أو أحد رموز الاسترداد.',
  'account.codeRequired': 'أدخل الرمز.',
  'account.verify': 'متابعة',
  'account.step.totp.heading': 'أدخل الرمز',
  'account.step.totp.intro': 'يستخدم حسابك تسجيل الدخول بخطوتين. افتح تطبيق المصادقة.',
  'account.step.enrol.heading': 'إعداد تسجيل الدخول بخطوتين',
  'account.step.enrol.intro': 'يتطلب دورك تسجيل الدخول بخطوتين. أعدّه الآن باستخدام تطبيق مصادقة على هاتفك.',
  'account.step.password.heading': 'اختر كلمة مرور جديدة',
  'account.step.password.intro': 'أعاد مسؤول تعيين كلمة مرورك. اختر كلمة مرور خاصة بك قبل المتابعة.',

  'account.twoFactor.heading': 'تسجيل الدخول بخطوتين',
  'account.twoFactor.on': 'تسجيل الدخول بخطوتين مفعّل.',
  'account.twoFactor.off': 'تسجيل الدخول بخطوتين غير مفعّل.',
  'account.twoFactor.required': 'يتطلبه دورك: لا يمكن إيقافه.',
  'account.twoFactor.codesLeft': {
    zero: 'لم يتبقَّ أي رمز استرداد.',
    one: 'تبقّى رمز استرداد واحد.',
    two: 'تبقّى رمزا استرداد.',
    few: 'تبقّت {count} رموز استرداد.',
    many: 'تبقّى {count} رمز استرداد.',
    other: 'تبقّى {count} رمز استرداد.',
  },
  'account.twoFactor.start': 'إعداد تسجيل الدخول بخطوتين',
  'account.twoFactor.scan':
    'امسح رمز QR هذا بتطبيق المصادقة، أو اكتب المفتاح أدناه. ثم أدخل الرمز الذي يظهره.',
  'account.twoFactor.qrAlt': 'رمز QR لتطبيق المصادقة',
  'account.twoFactor.key': 'المفتاح',
  'account.twoFactor.confirm': 'تفعيل',
  'account.twoFactor.codesHeading': 'رموز الاسترداد الخاصة بك',
  'account.twoFactor.codesIntro':
    'كل رمز يتيح لك تسجيل الدخول مرة واحدة إذا فقدت هاتفك. احفظها في مكان آمن: لن تُعرض إلا الآن.',
  'account.twoFactor.codesSaved': 'لقد حفظت رموز الاسترداد',
  'account.twoFactor.disable': 'إيقاف تسجيل الدخول بخطوتين',
  'account.twoFactor.disableIntro': 'أدخل كلمة المرور لإيقاف تسجيل الدخول بخطوتين.',
  'account.twoFactor.disabled': 'تم إيقاف تسجيل الدخول بخطوتين.',

  'account.password.heading': 'تغيير كلمة المرور',
  'account.password.current': 'كلمة المرور الحالية',
  'account.password.new': 'كلمة المرور الجديدة',
  'account.password.confirm': 'كلمة المرور الجديدة مرة أخرى',
  'account.password.hint':
    '12 حرفًا على الأقل. تُرفض كلمات المرور الشائعة. بضع كلمات لا رابط بينها تصنع كلمة مرور جيدة.',
  'account.password.submit': 'تغيير كلمة المرور',
  'account.password.mismatch': 'كلمتا المرور الجديدتان غير متطابقتين.',
  'account.password.required': 'أدخل كلمة مرور.',
  'account.password.changed': {
    zero: 'تم تغيير كلمة المرور.',
    one: 'تم تغيير كلمة المرور. وأُنهيت جلسة أخرى واحدة.',
    two: 'تم تغيير كلمة المرور. وأُنهيت جلستان أخريان.',
    few: 'تم تغيير كلمة المرور. وأُنهيت {count} جلسات أخرى.',
    many: 'تم تغيير كلمة المرور. وأُنهيت {count} جلسة أخرى.',
    other: 'تم تغيير كلمة المرور. وأُنهيت {count} جلسة أخرى.',
  },

  'account.reason.password-common': 'هذه إحدى كلمات المرور الأكثر شيوعًا. اختر غيرها.',
  'account.reason.password-too-short': 'استخدم {min} حرفًا على الأقل.',
  'account.reason.password-too-long': 'استخدم 256 حرفًا على الأكثر.',
  'account.reason.password-is-email': 'لا تستخدم عنوان بريدك الإلكتروني كلمةً للمرور.',
  'account.reason.password-wrong': 'كلمة المرور غير صحيحة.',
  'account.reason.password-unchanged': 'يجب أن تختلف كلمة المرور الجديدة عن الحالية.',
  'account.reason.code-wrong': 'الرمز غير صحيح، أو استُخدم من قبل.',

  'account.sessions.heading': 'الأماكن التي سجّلت الدخول منها',
  'account.sessions.browser': 'المتصفح',
  'account.sessions.started': 'تسجيل الدخول',
  'account.sessions.lastSeen': 'آخر استخدام',
  'account.sessions.current': 'هذه الجلسة',
  'account.sessions.unknownBrowser': 'متصفح غير معروف',
  'account.sessions.endOthers': 'تسجيل الخروج من الجلسات الأخرى',
  'account.sessions.ended': {
    zero: 'لم تكن هناك جلسات أخرى.',
    one: 'أُنهيت جلسة أخرى واحدة.',
    two: 'أُنهيت جلستان أخريان.',
    few: 'أُنهيت {count} جلسات أخرى.',
    many: 'أُنهيت {count} جلسة أخرى.',
    other: 'أُنهيت {count} جلسة أخرى.',
  },
  'account.sessions.lifetime':
    'تنتهي الجلسة بعد ساعتين دون استخدام، وفي كل الأحوال بعد 12 ساعة من تسجيل الدخول.',

  'account.admin.heading': 'إعادة تعيين كلمة مرور مستخدم',
  'account.admin.intro':
    'يحصل المستخدم على كلمة مرور مؤقتة، ويجب أن يختار كلمة جديدة عند تسجيل الدخول، ويُسجَّل خروجه من كل مكان. تُسجَّل إعادة التعيين في سجل التدقيق.',
  'account.admin.organisation': 'المنظمة',
  'account.admin.member': 'العضو',
  'account.admin.role': 'الدور',
  'account.admin.reset': 'إعادة تعيين كلمة المرور',
  'account.admin.resetFor': 'إعادة تعيين كلمة مرور {name}',
  'account.admin.temporary': 'كلمة المرور المؤقتة لـ {name} (تُعرض مرة واحدة؛ سلّمها بأمان):',
  'account.admin.none': 'لا أعضاء في هذه المنظمة.',
  'account.failed': 'لم ينجح ذلك. {reason}',

  'errors.sign-in-step-required': 'أكمل تسجيل الدخول أولًا.',
  'account.admin.twoFactor': 'إعادة تعيين التحقق بخطوتين',
  'account.admin.twoFactorFor': 'إعادة تعيين التحقق بخطوتين للمستخدم {name}',
  'account.admin.twoFactorConfirm':
    'إعادة تعيين التحقق بخطوتين للمستخدم {name}؟ فقط إذا فقد التطبيق ورموز الاسترداد: تُنهى جلساته ويجب أن يعيد إعداده عند تسجيل الدخول التالي.',
  'account.admin.twoFactorYes': 'نعم، أعد التعيين',
  'account.admin.twoFactorNo': 'إلغاء',
  'account.admin.twoFactorDone':
    'أُعيد تعيين التحقق بخطوتين للمستخدم {name}: أُنهيت جلساته وسيعيد إعداده عند تسجيل الدخول التالي.',
  'account.admin.twoFactorDoneWasOff':
    'لم يكن لدى {name} تحقق بخطوتين؛ أُنهيت جلساته وسيُعدّه عند تسجيل الدخول التالي.',
};
