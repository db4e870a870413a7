import type { PluralMessage } from '../../../i18n/format';
import type { accountEn } from './en';

type Messages = {
  readonly [K in keyof typeof accountEn]: (typeof accountEn)[K] extends string ? string : PluralMessage;
};

/** Messages français de la sécurité du compte. */
export const accountFr: Messages = {
  'title.account': 'Sécurité du compte',
  'title.signInStep': 'Terminer la connexion',
  'account.menuLink': 'Sécurité du compte',
  'account.heading': 'Sécurité du compte',
  'account.intro': 'Connexion à deux facteurs, votre mot de passe et les sessions ouvertes.',
  'account.signOut': 'Se déconnecter',

  'account.code': 'Code',
  'account.codeHint':
    'Le code à 6 chiffres de votre application d’authentification, ou un de vos codes de secours.',
  'account.codeRequired': 'Saisissez le code.',
  'account.verify': 'Continuer',
  'account.step.totp.heading': 'Saisissez votre code',
  'account.step.totp.intro':
    'Votre compte utilise la connexion à deux facteurs. Ouvrez votre application d’authentification.',
  'account.step.enrol.heading': 'Configurer la connexion à deux facteurs',
  'account.step.enrol.intro':
    'Votre rôle exige la connexion à deux facteurs. Configurez-la maintenant avec une application d’authentification sur votre téléphone.',
  'account.step.password.heading': 'Choisissez un nouveau mot de passe',
  'account.step.password.intro':
    'Un administrateur a réinitialisé votre mot de passe. Choisissez le vôtre avant de continuer.',

  'account.twoFactor.heading': 'Connexion à deux facteurs',
  'account.twoFactor.on': 'La connexion à deux facteurs est activée.',
  'account.twoFactor.off': 'La connexion à deux facteurs est désactivée.',
  'account.twoFactor.required': 'Votre rôle l’exige : elle ne peut pas être désactivée.',
  'account.twoFactor.codesLeft': {
    one: '{count} code de secours restant.',
    many: '{count} codes de secours restants.',
    other: '{count} codes de secours restants.',
  },
  'account.twoFactor.start': 'Configurer la connexion à deux facteurs',
  'account.twoFactor.scan':
    'Scannez ce code QR avec votre application d’authentification, ou saisissez la clé ci-dessous. Puis saisissez le code affiché.',
  'account.twoFactor.qrAlt': 'Code QR pour votre application d’authentification',
  'account.twoFactor.key': 'Clé',
  'account.twoFactor.confirm': 'Activer',
  'account.twoFactor.codesHeading': 'Vos codes de secours',
  'account.twoFactor.codesIntro':
    'Chaque code vous connecte une fois si vous perdez votre téléphone. Conservez-les en lieu sûr : ils ne sont affichés que maintenant.',
  'account.twoFactor.codesSaved': 'J’ai conservé mes codes de secours',
  'account.twoFactor.disable': 'Désactiver la connexion à deux facteurs',
  'account.twoFactor.disableIntro':
    'Saisissez votre mot de passe pour désactiver la connexion à deux facteurs.',
  'account.twoFactor.disabled': 'La connexion à deux facteurs est désactivée.',

  'account.password.heading': 'Changer le mot de passe',
  'account.password.current': 'Mot de passe actuel',
  'account.password.new': 'Nouveau mot de passe',
  'account.password.confirm': 'Nouveau mot de passe (confirmation)',
  'account.password.hint':
    'Au moins 12 caractères. Les mots de passe courants sont refusés. Quelques mots sans rapport font un bon mot de passe.',
  'account.password.submit': 'Changer le mot de passe',
  'account.password.mismatch': 'Les deux nouveaux mots de passe ne sont pas identiques.',
  'account.password.required': 'Saisissez un mot de passe.',
  'account.password.changed': {
    one: 'Votre mot de passe est changé. {count} autre session a été fermée.',
    many: 'Votre mot de passe est changé. {count} autres sessions ont été fermées.',
    other: 'Votre mot de passe est changé. {count} autres sessions ont été fermées.',
  },

  'account.reason.password-common': 'C’est l’un des mots de passe les plus courants. Choisissez-en un autre.',
  'account.reason.password-too-short': 'Utilisez au moins {min} caractères.',
  'account.reason.password-too-long': 'Utilisez au plus 256 caractères.',
  'account.reason.password-is-email': 'N’utilisez pas votre adresse e-mail comme mot de passe.',
  'account.reason.password-wrong': 'Le mot de passe n’est pas correct.',
  'account.reason.password-unchanged': 'Le nouveau mot de passe doit différer de l’actuel.',
  'account.reason.code-wrong': 'Le code n’est pas correct, ou a déjà été utilisé.',

  'account.sessions.heading': 'Où vous êtes connecté',
  'account.sessions.browser': 'Navigateur',
  'account.sessions.started': 'Connexion',
  'account.sessions.lastSeen': 'Dernière utilisation',
  'account.sessions.current': 'Cette session',
  'account.sessions.unknownBrowser': 'Navigateur inconnu',
  'account.sessions.endOthers': 'Fermer les autres sessions',
  'account.sessions.ended': {
    one: '{count} autre session a été fermée.',
    many: '{count} autres sessions ont été fermées.',
    other: '{count} autres sessions ont été fermées.',
  },
  'account.sessions.lifetime':
    'Une session se termine après 2 heures sans utilisation, et dans tous les cas 12 heures après la connexion.',

  'account.admin.heading': 'Réinitialiser le mot de passe d’un utilisateur',
  'account.admin.intro':
    'L’utilisateur reçoit un mot de passe temporaire, doit en choisir un nouveau à la connexion et est déconnecté partout. La réinitialisation est inscrite au journal d’audit.',
  'account.admin.organisation': 'Organisation',
  'account.admin.member': 'Membre',
  'account.admin.role': 'Rôle',
  'account.admin.reset': 'Réinitialiser le mot de passe',
  'account.admin.resetFor': 'Réinitialiser le mot de passe de {name}',
  'account.admin.temporary':
    'Mot de passe temporaire de {name} (affiché une seule fois ; transmettez-le de façon sûre) :',
  'account.admin.none': 'Cette organisation n’a aucun membre.',
  'account.failed': 'Cela n’a pas fonctionné. {reason}',

  'errors.sign-in-step-required': 'Terminez d’abord la connexion.',
  'account.admin.twoFactor': 'Réinitialiser la double authentification',
  'account.admin.twoFactorFor': 'Réinitialiser la double authentification de {name}',
  'account.admin.twoFactorConfirm':
    'Réinitialiser la double authentification de {name} ? Seulement si l’application et les codes de secours sont perdus : la personne est déconnectée et doit la configurer de nouveau à la prochaine connexion.',
  'account.admin.twoFactorYes': 'Oui, réinitialiser',
  'account.admin.twoFactorNo': 'Annuler',
  'account.admin.twoFactorDone':
    'La double authentification de {name} est réinitialisée : la personne est déconnectée et la configurera à la prochaine connexion.',
  'account.admin.twoFactorDoneWasOff':
    '{name} n’avait pas de double authentification ; la personne est déconnectée et la configurera à la prochaine connexion.',
};
