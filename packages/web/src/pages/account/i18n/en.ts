/** Account security: two-factor sign-in, password, sessions, administrator reset (issue 7). */
export const accountEn = {
  'title.account': 'Account security',
  'title.signInStep': 'Finish signing in',
  'account.menuLink': 'Account security',
  'account.heading': 'Account security',
  'account.intro': 'Two-factor sign-in, your password and where you are signed in.',
  'account.signOut': 'Sign out',

  'account.code': 'Code',
  'account.codeHint': 'The 6-digit code from your authenticator app, or one of your recovery codes.',
  'account.codeRequired': 'Enter the code.',
  'account.verify': 'Continue',
  'account.step.totp.heading': 'Enter your code',
  'account.step.totp.intro': 'Your account uses two-factor sign-in. Open your authenticator app.',
  'account.step.enrol.heading': 'Set up two-factor sign-in',
  'account.step.enrol.intro':
    'Your role requires two-factor sign-in. Set it up now with an authenticator app on your phone.',
  'account.step.password.heading': 'Choose a new password',
  'account.step.password.intro': 'An administrator reset your password. Choose your own before you continue.',

  'account.twoFactor.heading': 'Two-factor sign-in',
  'account.twoFactor.on': 'Two-factor sign-in is on.',
  'account.twoFactor.off': 'Two-factor sign-in is off.',
  'account.twoFactor.required': 'Your role requires it: it cannot be turned off.',
  'account.twoFactor.codesLeft': {
    one: '{count} recovery code left.',
    other: '{count} recovery codes left.',
  },
  'account.twoFactor.start': 'Set up two-factor sign-in',
  'account.twoFactor.scan':
    'Scan this QR code with your authenticator app, or type the key below. Then enter the code it shows.',
  'account.twoFactor.qrAlt': 'QR code for your authenticator app',
  'account.twoFactor.key': 'Key',
  'account.twoFactor.confirm': 'Turn on',
  'account.twoFactor.codesHeading': 'Your recovery codes',
  'account.twoFactor.codesIntro':
    'Each code signs you in once if you lose your phone. Keep them somewhere safe: they are shown only now.',
  'account.twoFactor.codesSaved': 'I have saved my recovery codes',
  'account.twoFactor.disable': 'Turn off two-factor sign-in',
  'account.twoFactor.disableIntro': 'Enter your password to turn two-factor sign-in off.',
  'account.twoFactor.disabled': 'Two-factor sign-in is off.',

  'account.password.heading': 'Change password',
  'account.password.current': 'Current password',
  'account.password.new': 'New password',
  'account.password.confirm': 'New password again',
  'account.password.hint':
    'At least 12 characters. Common passwords are refused. A few unrelated words make a good password.',
  'account.password.submit': 'Change password',
  'account.password.mismatch': 'The two new passwords are not the same.',
  'account.password.required': 'Enter a password.',
  'account.password.changed': {
    one: 'Your password is changed. {count} other session was signed out.',
    other: 'Your password is changed. {count} other sessions were signed out.',
  },

  'account.reason.password-common': 'This is one of the most common passwords. Choose another.',
  'account.reason.password-too-short': 'Use at least {min} characters.',
  'account.reason.password-too-long': 'Use at most 256 characters.',
  'account.reason.password-is-email': 'Do not use your email address as the password.',
  'account.reason.password-wrong': 'The password is not right.',
  'account.reason.password-unchanged': 'The new password must differ from the current one.',
  'account.reason.code-wrong': 'The code is not right, or was used already.',

  'account.sessions.heading': 'Where you are signed in',
  'account.sessions.browser': 'Browser',
  'account.sessions.started': 'Signed in',
  'account.sessions.lastSeen': 'Last used',
  'account.sessions.current': 'This session',
  'account.sessions.unknownBrowser': 'Unknown browser',
  'account.sessions.endOthers': 'Sign out other sessions',
  'account.sessions.ended': {
    one: '{count} other session was signed out.',
    other: '{count} other sessions were signed out.',
  },
  'account.sessions.lifetime':
    'A session ends after 2 hours without use, and 12 hours after signing in in any case.',

  'account.admin.heading': 'Reset a user’s password',
  'account.admin.intro':
    'The user gets a temporary password, must choose a new one when they sign in, and is signed out everywhere. The reset is recorded in the audit log.',
  'account.admin.organisation': 'Organisation',
  'account.admin.member': 'Member',
  'account.admin.role': 'Role',
  'account.admin.reset': 'Reset password',
  'account.admin.resetFor': 'Reset the password of {name}',
  'account.admin.temporary': 'Temporary password for {name} (shown once; hand it over safely):',
  'account.admin.none': 'This organisation has no members.',
  'account.failed': 'That did not work. {reason}',

  'errors.sign-in-step-required': 'Finish signing in first.',
  'account.admin.twoFactor': 'Reset two-factor sign-in',
  'account.admin.twoFactorFor': 'Reset the two-factor sign-in of {name}',
  'account.admin.twoFactorConfirm':
    'Reset the two-factor sign-in of {name}? Only when they lost their authenticator and recovery codes: they are signed out and must set it up again at next sign-in.',
  'account.admin.twoFactorYes': 'Yes, reset',
  'account.admin.twoFactorNo': 'Cancel',
  'account.admin.twoFactorDone':
    'Two-factor sign-in of {name} is reset: they are signed out and will set it up again at next sign-in.',
  'account.admin.twoFactorDoneWasOff':
    '{name} had no two-factor sign-in; they are signed out and will set it up at next sign-in.',
} as const;
