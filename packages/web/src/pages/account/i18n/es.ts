import type { PluralMessage } from '../../../i18n/format';
import type { accountEn } from './en';

type Messages = {
  readonly [K in keyof typeof accountEn]: (typeof accountEn)[K] extends string ? string : PluralMessage;
};

/** Spanish messages of account security. */
export const accountEs: Messages = {
  'title.account': 'Seguridad de la cuenta',
  'title.signInStep': 'Terminar de iniciar sesión',
  'account.menuLink': 'Seguridad de la cuenta',
  'account.heading': 'Seguridad de la cuenta',
  'account.intro': 'Inicio de sesión en dos pasos, su contraseña y dónde tiene la sesión iniciada.',
  'account.signOut': 'Cerrar sesión',

  'account.code': 'Código',
  'account.codeHint':
    'El código de 6 cifras de su aplicación de autenticación, o uno de sus códigos de recuperación.',
  'account.codeRequired': 'Escriba el código.',
  'account.verify': 'Continuar',
  'account.step.totp.heading': 'Escriba su código',
  'account.step.totp.intro':
    'Su cuenta usa el inicio de sesión en dos pasos. Abra su aplicación de autenticación.',
  'account.step.enrol.heading': 'Configurar el inicio de sesión en dos pasos',
  'account.step.enrol.intro':
    'Su rol exige el inicio de sesión en dos pasos. Configúrelo ahora con una aplicación de autenticación en su teléfono.',
  'account.step.password.heading': 'Elija una nueva contraseña',
  'account.step.password.intro':
    'Un administrador restableció su contraseña. Elija la suya antes de continuar.',

  'account.twoFactor.heading': 'Inicio de sesión en dos pasos',
  'account.twoFactor.on': 'El inicio de sesión en dos pasos está activado.',
  'account.twoFactor.off': 'El inicio de sesión en dos pasos está desactivado.',
  'account.twoFactor.required': 'Su rol lo exige: no se puede desactivar.',
  'account.twoFactor.codesLeft': {
    one: 'Le queda {count} código de recuperación.',
    many: 'Le quedan {count} códigos de recuperación.',
    other: 'Le quedan {count} códigos de recuperación.',
  },
  'account.twoFactor.start': 'Configurar el inicio de sesión en dos pasos',
  'account.twoFactor.scan':
    'Escanee este código QR con su aplicación de autenticación o escriba la clave de abajo. Después, escriba el código que muestra.',
  'account.twoFactor.qrAlt': 'Código QR para su aplicación de autenticación',
  'account.twoFactor.key': 'Clave',
  'account.twoFactor.confirm': 'Activar',
  'account.twoFactor.codesHeading': 'Sus códigos de recuperación',
  'account.twoFactor.codesIntro':
    'Cada código le permite iniciar sesión una vez si pierde el teléfono. Guárdelos en un lugar seguro: solo se muestran ahora.',
  'account.twoFactor.codesSaved': 'He guardado mis códigos de recuperación',
  'account.twoFactor.disable': 'Desactivar el inicio de sesión en dos pasos',
  'account.twoFactor.disableIntro': 'Escriba su contraseña para desactivar el inicio de sesión en dos pasos.',
  'account.twoFactor.disabled': 'El inicio de sesión en dos pasos está desactivado.',

  'account.password.heading': 'Cambiar la contraseña',
  'account.password.current': 'Contraseña actual',
  'account.password.new': 'Nueva contraseña',
  'account.password.confirm': 'Repita la nueva contraseña',
  'account.password.hint':
    'Al menos 12 caracteres. Se rechazan las contraseñas comunes. Unas cuantas palabras sin relación entre sí forman una buena contraseña.',
  'account.password.submit': 'Cambiar la contraseña',
  'account.password.mismatch': 'Las dos contraseñas nuevas no coinciden.',
  'account.password.required': 'Escriba una contraseña.',
  'account.password.changed': {
    one: 'Su contraseña ha cambiado. Se cerró {count} sesión más.',
    many: 'Su contraseña ha cambiado. Se cerraron {count} sesiones más.',
    other: 'Su contraseña ha cambiado. Se cerraron {count} sesiones más.',
  },

  'account.reason.password-common': 'Es una de las contraseñas más comunes. Elija otra.',
  'account.reason.password-too-short': 'Use al menos {min} caracteres.',
  'account.reason.password-too-long': 'Use 256 caracteres como máximo.',
  'account.reason.password-is-email': 'No use su correo electrónico como contraseña.',
  'account.reason.password-wrong': 'La contraseña no es correcta.',
  'account.reason.password-unchanged': 'La nueva contraseña debe ser distinta de la actual.',
  'account.reason.code-wrong': 'El código no es correcto o ya se usó.',

  'account.sessions.heading': 'Dónde tiene la sesión iniciada',
  'account.sessions.browser': 'Navegador',
  'account.sessions.started': 'Inicio de sesión',
  'account.sessions.lastSeen': 'Último uso',
  'account.sessions.current': 'Esta sesión',
  'account.sessions.unknownBrowser': 'Navegador desconocido',
  'account.sessions.endOthers': 'Cerrar las demás sesiones',
  'account.sessions.ended': {
    one: 'Se cerró {count} sesión más.',
    many: 'Se cerraron {count} sesiones más.',
    other: 'Se cerraron {count} sesiones más.',
  },
  'account.sessions.lifetime':
    'Una sesión termina tras 2 horas sin uso y, en todo caso, 12 horas después de iniciarla.',

  'account.admin.heading': 'Restablecer la contraseña de un usuario',
  'account.admin.intro':
    'El usuario recibe una contraseña temporal, debe elegir una nueva al iniciar sesión y se cierran todas sus sesiones. El restablecimiento queda en el registro de auditoría.',
  'account.admin.organisation': 'Organización',
  'account.admin.member': 'Miembro',
  'account.admin.role': 'Rol',
  'account.admin.reset': 'Restablecer la contraseña',
  'account.admin.resetFor': 'Restablecer la contraseña de {name}',
  'account.admin.temporary':
    'Contraseña temporal de {name} (se muestra una sola vez; entréguela de forma segura):',
  'account.admin.none': 'Esta organización no tiene miembros.',
  'account.failed': 'No funcionó. {reason}',

  'errors.sign-in-step-required': 'Termine primero de iniciar sesión.',
  'account.admin.twoFactor': 'Restablecer la verificación en dos pasos',
  'account.admin.twoFactorFor': 'Restablecer la verificación en dos pasos de {name}',
  'account.admin.twoFactorConfirm':
    '¿Restablecer la verificación en dos pasos de {name}? Solo si perdió la aplicación y los códigos de recuperación: se cierra su sesión y debe configurarla de nuevo al volver a entrar.',
  'account.admin.twoFactorYes': 'Sí, restablecer',
  'account.admin.twoFactorNo': 'Cancelar',
  'account.admin.twoFactorDone':
    'La verificación en dos pasos de {name} se restableció: se cerró su sesión y la configurará al volver a entrar.',
  'account.admin.twoFactorDoneWasOff':
    '{name} no tenía verificación en dos pasos; se cerró su sesión y la configurará al volver a entrar.',
};
