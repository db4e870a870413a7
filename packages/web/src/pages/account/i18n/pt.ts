import type { PluralMessage } from '../../../i18n/format';
import type { accountEn } from './en';

type Messages = {
  readonly [K in keyof typeof accountEn]: (typeof accountEn)[K] extends string ? string : PluralMessage;
};

/** Portuguese messages of account security. */
export const accountPt: Messages = {
  'title.account': 'Segurança da conta',
  'title.signInStep': 'Concluir o início de sessão',
  'account.menuLink': 'Segurança da conta',
  'account.heading': 'Segurança da conta',
  'account.intro': 'Início de sessão em dois passos, a sua palavra-passe e onde tem sessão iniciada.',
  'account.signOut': 'Terminar sessão',

  'account.code': 'Código',
  'account.codeHint':
    'O código de 6 dígitos da sua aplicação de autenticação, ou um dos seus códigos de recuperação.',
  'account.codeRequired': 'Introduza o código.',
  'account.verify': 'Continuar',
  'account.step.totp.heading': 'Introduza o seu código',
  'account.step.totp.intro':
    'A sua conta usa o início de sessão em dois passos. Abra a sua aplicação de autenticação.',
  'account.step.enrol.heading': 'Configurar o início de sessão em dois passos',
  'account.step.enrol.intro':
    'A sua função exige o início de sessão em dois passos. Configure-o agora com uma aplicação de autenticação no seu telemóvel.',
  'account.step.password.heading': 'Escolha uma nova palavra-passe',
  'account.step.password.intro':
    'Um administrador redefiniu a sua palavra-passe. Escolha a sua antes de continuar.',

  'account.twoFactor.heading': 'Início de sessão em dois passos',
  'account.twoFactor.on': 'O início de sessão em dois passos está ativado.',
  'account.twoFactor.off': 'O início de sessão em dois passos está desativado.',
  'account.twoFactor.required': 'A sua função exige-o: não pode ser desativado.',
  'account.twoFactor.codesLeft': {
    one: 'Resta {count} código de recuperação.',
    many: 'Restam {count} códigos de recuperação.',
    other: 'Restam {count} códigos de recuperação.',
  },
  'account.twoFactor.start': 'Configurar o início de sessão em dois passos',
  'account.twoFactor.scan':
    'Leia este código QR com a sua aplicação de autenticação ou escreva a chave abaixo. Depois introduza o código que ela mostra.',
  'account.twoFactor.qrAlt': 'Código QR para a sua aplicação de autenticação',
  'account.twoFactor.key': 'Chave',
  'account.twoFactor.confirm': 'Ativar',
  'account.twoFactor.codesHeading': 'Os seus códigos de recuperação',
  'account.twoFactor.codesIntro':
    'Cada código permite-lhe iniciar sessão uma vez se perder o telemóvel. Guarde-os num lugar seguro: só são mostrados agora.',
  'account.twoFactor.codesSaved': 'Guardei os meus códigos de recuperação',
  'account.twoFactor.disable': 'Desativar o início de sessão em dois passos',
  'account.twoFactor.disableIntro':
    'Introduza a sua palavra-passe para desativar o início de sessão em dois passos.',
  'account.twoFactor.disabled': 'O início de sessão em dois passos está desativado.',

  'account.password.heading': 'Alterar a palavra-passe',
  'account.password.current': 'Palavra-passe atual',
  'account.password.new': 'Nova palavra-passe',
  'account.password.confirm': 'Repita a nova palavra-passe',
  'account.password.hint':
    'Pelo menos 12 caracteres. As palavras-passe comuns são recusadas. Algumas palavras sem relação entre si dão uma boa palavra-passe.',
  'account.password.submit': 'Alterar a palavra-passe',
  'account.password.mismatch': 'As duas novas palavras-passe não são iguais.',
  'account.password.required': 'Introduza uma palavra-passe.',
  'account.password.changed': {
    one: 'A sua palavra-passe foi alterada. Foi terminada mais {count} sessão.',
    many: 'A sua palavra-passe foi alterada. Foram terminadas mais {count} sessões.',
    other: 'A sua palavra-passe foi alterada. Foram terminadas mais {count} sessões.',
  },

  'account.reason.password-common': 'Esta é uma das palavras-passe mais comuns. Escolha outra.',
  'account.reason.password-too-short': 'Use pelo menos {min} caracteres.',
  'account.reason.password-too-long': 'Use no máximo 256 caracteres.',
  'account.reason.password-is-email': 'Não use o seu endereço de e-mail como palavra-passe.',
  'account.reason.password-wrong': 'A palavra-passe não está correta.',
  'account.reason.password-unchanged': 'A nova palavra-passe tem de ser diferente da atual.',
  'account.reason.code-wrong': 'O código não está correto, ou já foi usado.',

  'account.sessions.heading': 'Onde tem sessão iniciada',
  'account.sessions.browser': 'Navegador',
  'account.sessions.started': 'Sessão iniciada',
  'account.sessions.lastSeen': 'Última utilização',
  'account.sessions.current': 'Esta sessão',
  'account.sessions.unknownBrowser': 'Navegador desconhecido',
  'account.sessions.endOthers': 'Terminar as outras sessões',
  'account.sessions.ended': {
    one: 'Foi terminada mais {count} sessão.',
    many: 'Foram terminadas mais {count} sessões.',
    other: 'Foram terminadas mais {count} sessões.',
  },
  'account.sessions.lifetime':
    'Uma sessão termina após 2 horas sem utilização e, em qualquer caso, 12 horas depois de iniciada.',

  'account.admin.heading': 'Redefinir a palavra-passe de um utilizador',
  'account.admin.intro':
    'O utilizador recebe uma palavra-passe temporária, tem de escolher uma nova ao iniciar sessão e todas as suas sessões são terminadas. A redefinição fica no registo de auditoria.',
  'account.admin.organisation': 'Organização',
  'account.admin.member': 'Membro',
  'account.admin.role': 'Função',
  'account.admin.reset': 'Redefinir a palavra-passe',
  'account.admin.resetFor': 'Redefinir a palavra-passe de {name}',
  'account.admin.temporary':
    'Palavra-passe temporária de {name} (mostrada uma só vez; entregue-a de forma segura):',
  'account.admin.none': 'Esta organização não tem membros.',
  'account.failed': 'Não funcionou. {reason}',

  'errors.sign-in-step-required': 'Conclua primeiro o início de sessão.',
  'account.admin.twoFactor': 'Repor a autenticação de dois fatores',
  'account.admin.twoFactorFor': 'Repor a autenticação de dois fatores de {name}',
  'account.admin.twoFactorConfirm':
    'Repor a autenticação de dois fatores de {name}? Só se perdeu a aplicação e os códigos de recuperação: a sessão termina e tem de a configurar de novo na próxima entrada.',
  'account.admin.twoFactorYes': 'Sim, repor',
  'account.admin.twoFactorNo': 'Cancelar',
  'account.admin.twoFactorDone':
    'A autenticação de dois fatores de {name} foi reposta: a sessão terminou e vai configurá-la na próxima entrada.',
  'account.admin.twoFactorDoneWasOff':
    '{name} não tinha autenticação de dois fatores; a sessão terminou e vai configurá-la na próxima entrada.',
};
