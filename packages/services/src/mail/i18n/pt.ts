/** Notification e-mails in Portuguese (the web app's `notice.*` texts; mail/texts.ts). */
import type { MailTexts } from './types';

export const pt: MailTexts = {
  notices: {
    'reporting-deadline-soon':
      'Relatório a vencer: o seu relatório {framework} de {period} vence a {date} e não foi submetido.',
    'reporting-overdue':
      'Relatório em atraso: o seu relatório {framework} de {period} venceu a {date} e não foi submetido.',
    'registry-review-reminder-soon':
      'Revisão em breve: a entrada do registo «{title}» deve ser revista a {date}.',
    'registry-review-reminder-overdue':
      'Revisão em atraso: a entrada do registo «{title}» devia ter sido revista a {date}. Reveja-a e defina a próxima data de revisão.',
    'request-received': 'Novo pedido de partilha de dados para «{title}».',
    'request-received-public':
      'Chegou um pedido de partilha de dados para «{title}» pelo formulário público.',
    'agreement-created': 'Foi celebrado o acordo {reference} para «{title}».',
    'request-approved': 'O seu pedido para «{title}» foi aprovado: acordo {reference}.',
    'request-rejected': 'O seu pedido para «{title}» foi recusado.',
    'agreement-revoked': 'O acordo {reference} foi revogado.',
    'referral.received': 'Encaminhamento {reference} recebido ({priority}).',
    'referral.updated': 'Encaminhamento {reference}: {state}.',
    'referral.updated-outcome': 'Encaminhamento {reference}: {state} ({outcome}).',
    'referral.consent_withdrawn': 'Encaminhamento {reference}: a pessoa retirou o seu consentimento.',
    'retention-destroy-copy':
      'O período de conservação do acordo {reference} terminou: destrua a sua cópia ({method}) e confirme-o no Steward.',
    'retention-copy-destroyed': 'Um destinatário confirmou ter destruído a sua cópia ({method}).',
    'retention-overdue':
      'A destruição está em atraso desde {date}: aprove-a ou prolongue a conservação com um motivo.',
    'retention-due': 'Um período de conservação terminou a {date}: aprove a destruição ({method}).',
    'incident-agreement':
      '{reporter} comunicou um incidente de dados que diz respeito ao acordo {reference}. {reporter} irá contactá-lo com o que precisa de saber.',
    'referral.override_requested':
      'O encaminhamento {reference} aguarda que uma segunda pessoa aprove a sua exceção ao consentimento.',
    'referral.override_approved': 'Encaminhamento {reference}: exceção ao consentimento aprovada.',
    'referral.override_refused': 'Encaminhamento {reference}: exceção ao consentimento recusada.',
    'referral.override_cancelled':
      'Encaminhamento {reference}: exceção ao consentimento cancelada pela pessoa que a pediu.',
  },

  open: 'Abra o Steward em {link} para o ver.',
  why: 'Recebe esta mensagem porque gere a partilha de dados da sua organização no Steward.',
};
