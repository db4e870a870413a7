import type { PluralMessage } from '../../../i18n/format';
import type { sharingEn } from './en';

type Messages = {
  readonly [K in keyof typeof sharingEn]: (typeof sharingEn)[K] extends string ? string : PluralMessage;
};

/** Portuguese messages of the request and agreement pages (PPI = Protocolo de Partilha de Informação). */
export const sharingPt: Messages = {
  'share.title': 'Pedidos e acordos',
  'share.heading': 'Pedidos de dados e acordos',
  'share.intro':
    'Os pedidos de dados da sua organização, com o que o PPI decide para cada um; os seus acordos de partilha de dados; e os seus próprios pedidos.',
  'share.notifications.heading': 'Notificações',
  'share.notifications.unread': { one: '{count} por ler', many: '{count} por ler', other: '{count} por ler' },
  'share.notifications.markRead': 'Marcar como lida',
  'share.incoming.heading': 'Pedidos dos seus dados',
  'share.incoming.empty': 'Ninguém pediu dados da sua organização.',
  'share.outgoing.heading': 'Os seus pedidos',
  'share.outgoing.empty':
    'A sua organização não pediu nenhuns dados. Peça um ativo a partir da página dele no registo.',
  'share.request.heading': 'Pedir estes dados',
  'share.request.intro':
    'Peça «{title}» ao proprietário. Ele analisa o seu pedido à luz do PPI e aprova-o com condições ou recusa-o com um motivo.',
  'share.request.introUnseen':
    'A sua organização não pode ver os detalhes desta entrada. Se o proprietário a partilhou com o cluster (por exemplo, enviando-lhe a ligação), pode ainda assim pedi-la: o proprietário analisa o seu pedido à luz do PPI e aprova-o com condições ou recusa-o com um motivo.',
  'share.request.from': 'De {requester}',
  'share.request.purpose': 'Finalidade',
  'share.request.purposeHint': 'Para que serão usados os dados. Não podem ser usados para mais nada.',
  'share.request.intendedUse': 'Utilização prevista',
  'share.request.intendedUseHint': 'Como irá analisar, guardar e relatar os dados.',
  'share.request.recipients': 'Destinatários',
  'share.request.recipientsHint': 'As pessoas ou equipas que verão os dados.',
  'share.request.duration': 'Duração pedida (dias)',
  'share.request.durationHint': 'Entre 1 e 730 dias; o acordo expira depois disso.',
  'share.request.contact': 'E-mail de contacto',
  'share.request.name': 'O seu nome',
  'share.request.organisation': 'A sua organização',
  'share.request.entryId': 'Referência dos dados no registo',
  'share.request.entryIdHint': 'A referência que a organização proprietária lhe deu.',
  'share.request.submit': 'Enviar o pedido',
  'share.request.sending': 'A enviar…',
  'share.request.requester': 'Organização requerente',
  'share.request.sent': 'O seu pedido foi enviado. A organização proprietária vai analisá-lo.',
  'share.requestStatus.pending': 'A aguardar análise',
  'share.requestStatus.approved': 'Aprovado',
  'share.requestStatus.rejected': 'Recusado',
  'share.rejectedBecause': 'Recusado: {reason}',
  'share.days': { one: '{count} dia', many: '{count} de dias', other: '{count} dias' },
  'share.decision.heading': 'O que o PPI decide',
  'share.decision.none': 'Não há nenhuma decisão do PPI disponível.',
  'share.approve.open': 'Aprovar com condições',
  'share.approve.conditions': 'Condições do acordo',
  'share.approve.conditionsHint': 'Acrescente as condições que o destinatário também tenha de cumprir.',
  'share.approve.fromIsp': 'PPI',
  'share.approve.startsOn': 'Começa em',
  'share.approve.expiresOn': 'Expira em',
  'share.approve.signatory': 'Signatário',
  'share.approve.signatoryRole': 'Cargo do signatário',
  'share.approve.submit': 'Aprovar e criar o acordo',
  'share.flow.title': 'Um novo fluxo de dados entre parceiros',
  'share.flow.help':
    'Estes tipos de dados nunca foram da sua organização para {org}: {types}. Uma avaliação de impacto assinada da sua organização, com a data de revisão não ultrapassada, deve cobrir o novo fluxo antes de aprovar.',
  'share.flow.covered': 'A avaliação de impacto ligada a esta entrada cobre-o.',
  'share.flow.choose': 'Avaliação de impacto que cobre o fluxo',
  'share.flow.choosePlaceholder': '— escolha uma avaliação assinada —',
  'share.flow.none': 'A sua organização ainda não tem uma avaliação de impacto assinada e em dia.',
  'share.flow.start': 'Iniciar uma avaliação de impacto para esta entrada',
  'share.approve.ispConditions': 'Definidas pelo PPI, sempre incluídas no acordo',
  'share.approve.deniedNoApproval':
    'Nenhuma aprovação é possível: o PPI não permite partilhar esta entrada, nem mesmo com um acordo (veja a decisão acima). Recuse o pedido, ou altere primeiro a entrada ou o PPI.',
  'share.approve.includesLaterVersions':
    'Dar também os carregamentos mais recentes desta entrada sem nova aprovação',
  'share.approve.includesLaterVersionsHint':
    'Desmarcado, o acordo dá apenas a versão do ficheiro anexada agora; um carregamento mais recente precisa de nova aprovação.',
  'share.decisionWith.allow': 'Pode ser partilhado com {recipient} mediante um acordo',
  'share.decisionWith.allow-with-conditions':
    'Pode ser partilhado com {recipient} mediante um acordo, com condições',
  'share.decisionWith.deny': 'Não pode ser partilhado com {recipient}, nem mesmo mediante um acordo',
  'share.reject.open': 'Recusar',
  'share.reject.reason': 'Motivo da recusa',
  'share.reject.submit': 'Recusar o pedido',
  'share.agreements.heading': 'Acordos de partilha de dados',
  'share.agreements.empty': 'Ainda não há nenhum acordo.',
  'share.col.reference': 'Referência',
  'share.col.asset': 'Dados e finalidade',
  'share.col.parties': 'Partes',
  'share.col.period': 'Período',
  'share.col.status': 'Estado',
  'share.col.actions': 'Ações',
  'share.parties': '{provider} → {recipient}',
  'share.status.active': 'Em vigor',
  'share.status.pending': 'Ainda não começou',
  'share.status.expiring': 'Expira em breve',
  'share.status.expired': 'Expirado',
  'share.status.revoked': 'Revogado',
  'share.download': 'Transferir os dados',
  'share.noFileApproved':
    'Nenhum ficheiro foi aprovado com este acordo (a entrada não tinha nenhum): peça ao fornecedor que anexe um e o aprove.',
  'share.downloadClosed': 'Transferências encerradas',
  'share.revoke': 'Revogar',
  'share.revokeReason': 'Motivo da revogação',
  'share.revokeConfirm': 'Revogar agora',
  'share.cluster.heading': 'Todos os acordos do cluster',
  'share.cluster.intro':
    'Quem partilha o quê com quem, por tipo de dados e sensibilidade. Nenhum conteúdo dos dados é mostrado.',
  'share.cluster.expiring': {
    one: '{count} acordo expira nos próximos 30 dias.',
    many: '{count} acordos expiram nos próximos 30 dias.',
    other: '{count} acordos expiram nos próximos 30 dias.',
  },
  'share.error.required': 'Preencha este campo.',
  'share.error.email': 'Introduza um endereço de e-mail como nome@exemplo.org.',
  'share.error.duration': 'Introduza um número de dias entre 1 e 730.',
  'share.error.purposeShort': 'Descreva a finalidade numa frase (pelo menos 10 caracteres).',
  'share.error.date': 'Introduza uma data como 2026-03-31.',
  'share.error.expiryOrder': 'O acordo tem de expirar depois de começar.',
  'share.error.expiryPast': 'A data de expiração já passou.',
  'share.public.title': 'Pedir dados',
  'share.public.heading': 'Pedir dados a um membro do cluster de Proteção',
  'share.public.intro':
    'As organizações de fora do cluster podem pedir aqui um ativo de dados registado. A organização proprietária analisa cada pedido à luz do Protocolo de Partilha de Informação do cluster.',
  'share.public.sent':
    'O seu pedido foi enviado (referência {id}). A organização proprietária entrará em contacto consigo.',
  'share.public.privacy': 'Guardamos o seu nome, organização e e-mail apenas para tratar este pedido.',
  'notice.reporting-deadline-soon':
    'Relatório a vencer: o seu relatório {framework} de {period} vence a {date} e não foi submetido.',
  'notice.reporting-overdue':
    'Relatório em atraso: o seu relatório {framework} de {period} venceu a {date} e não foi submetido.',
  'notice.registry-review-reminder-soon':
    'Revisão em breve: a entrada do registo «{title}» deve ser revista a {date}.',
  'notice.registry-review-reminder-overdue':
    'Revisão em atraso: a entrada do registo «{title}» devia ter sido revista a {date}. Reveja-a e defina a próxima data de revisão.',
  'notice.request-received': 'Novo pedido de partilha de dados para «{title}».',
  'notice.request-received-public':
    'Chegou um pedido de partilha de dados para «{title}» pelo formulário público.',
  'notice.agreement-created': 'Foi celebrado o acordo {reference} para «{title}».',
  'notice.request-approved': 'O seu pedido para «{title}» foi aprovado: acordo {reference}.',
  'notice.request-rejected': 'O seu pedido para «{title}» foi recusado.',
  'notice.agreement-revoked': 'O acordo {reference} foi revogado.',
  'notice.referral.received': 'Encaminhamento {reference} recebido ({priority}).',
  'notice.referral.updated': 'Encaminhamento {reference}: {state}.',
  'notice.referral.updated-outcome': 'Encaminhamento {reference}: {state} ({outcome}).',
  'notice.referral.consent_withdrawn': 'Encaminhamento {reference}: a pessoa retirou o seu consentimento.',
  'notice.retention-destroy-copy':
    'O período de conservação do acordo {reference} terminou: destrua a sua cópia ({method}) e confirme-o no Steward.',
  'notice.retention-copy-destroyed': 'Um destinatário confirmou ter destruído a sua cópia ({method}).',
  'notice.retention-overdue':
    'A destruição está em atraso desde {date}: aprove-a ou prolongue a conservação com um motivo.',
  'notice.retention-due': 'Um período de conservação terminou a {date}: aprove a destruição ({method}).',
  'notice.incident-agreement':
    '{reporter} comunicou um incidente de dados que diz respeito ao acordo {reference}. {reporter} irá contactá-lo com o que precisa de saber.',
  'notice.referral.override_requested':
    'O encaminhamento {reference} aguarda que uma segunda pessoa aprove a sua exceção ao consentimento.',
  'notice.referral.override_approved': 'Encaminhamento {reference}: exceção ao consentimento aprovada.',
  'notice.referral.override_refused': 'Encaminhamento {reference}: exceção ao consentimento recusada.',
  'notice.referral.override_cancelled':
    'Encaminhamento {reference}: exceção ao consentimento cancelada pela pessoa que a pediu.',
};
