/** Mensagens em português da exceção ao consentimento (issue 9), em `src/i18n/pt.ts`. */
export const referralOverridePt = {
  'refoverride.title': 'Exceção ao consentimento',
  'refoverride.offer': 'Enviar com uma exceção ao consentimento',
  'refoverride.offerHint':
    'O consentimento registado não cobre este encaminhamento. Tem a permissão de exceção: pode enviá-lo com outra base legal, e outro ponto focal da sua organização tem de o aprovar antes que algo chegue ao recetor.',
  'refoverride.notHolder':
    'Só um ponto focal de parceiro pode enviar um encaminhamento que o consentimento não cobre (exceção aprovada por um segundo ponto focal). Corrija o consentimento ou fale com o seu ponto focal.',
  'refoverride.legalBasis': 'Base legal em vez do consentimento',
  'refoverride.chooseBasis': 'Escolha a base legal da exceção.',
  'refoverride.justification': 'Justificação',
  'refoverride.justificationHint':
    'Porque os dados têm de ser partilhados sem consentimento válido ({min} a {max} caracteres). É cifrada com o encaminhamento: as duas organizações podem lê-la, o servidor não.',
  'refoverride.justificationLength': 'Escreva uma justificação de {min} a {max} caracteres.',
  'refoverride.notNeeded': 'O consentimento cobre este encaminhamento: envie-o sem exceção.',
  'refoverride.sendButton': 'Pedir aprovação',
  'refoverride.requested':
    'O encaminhamento espera que um segundo ponto focal da sua organização aprove a exceção. Nada chegou ainda ao recetor.',
  'refoverride.status': 'Exceção',
  'refoverride.status.pending': 'À espera de aprovação',
  'refoverride.status.approved': 'Aprovada',
  'refoverride.status.refused': 'Recusada',
  'refoverride.requestedBy': 'Pedida por',
  'refoverride.requestedAt': 'Pedida em',
  'refoverride.decidedBy': 'Decidida por',
  'refoverride.decidedAt': 'Decidida em',
  'refoverride.lockedJustification': 'Desbloqueie a sua chave de encaminhamentos para ler a justificação.',
  'refoverride.decideIntro':
    'Leia primeiro a justificação. Aprovar envia o encaminhamento para {organisation} agora; recusar mantém-no para sempre na sua organização.',
  'refoverride.approve': 'Aprovar e enviar',
  'refoverride.refuse': 'Recusar',
  'refoverride.ownRequest': 'Pediu esta exceção: outro ponto focal da sua organização aprova-a ou recusa-a.',
  'refoverride.needsHolder': 'Um ponto focal da sua organização aprova-a ou recusa-a.',
  'refoverride.approvedDone': 'Aprovada: o encaminhamento foi enviado para {organisation}.',
  'refoverride.refusedDone': 'Recusada: o encaminhamento fica na sua organização e não será enviado.',
  'refoverride.received':
    'Enviado sem consentimento que o cubra, com a base legal «{basis}», depois de aprovado por uma segunda pessoa da organização remetente.',
  'refoverride.pendingNotice': {
    one: '{count} exceção ao consentimento espera aprovação.',
    many: '{count} de exceções ao consentimento esperam aprovação.',
    other: '{count} exceções ao consentimento esperam aprovação.',
  },
  'errors.code.referral.override_permission':
    'Só um ponto focal de parceiro (permissão de exceção) pode enviar ou aprovar um encaminhamento sem consentimento que o cubra.',
  'errors.code.referral.override_same_person':
    'Uma exceção precisa de uma segunda pessoa: outro ponto focal da sua organização aprova-a.',
  'errors.code.referral.override_decided': 'Esta exceção já foi decidida. Recarregue a página.',
  'errors.code.referral.override_not_needed':
    'O consentimento cobre este encaminhamento: não é precisa uma exceção.',
  'errors.code.referral.override_required':
    'O consentimento não cobre este encaminhamento: precisa de uma exceção.',
  'errors.code.referral.override_legal_basis':
    'O próprio consentimento não pode ser a base legal de uma exceção.',
  'refoverride.status.cancelled': 'Cancelada',
  'refoverride.cancel': 'Cancelar o meu pedido',
  'refoverride.cancelHint':
    'Cancelar mantém o encaminhamento na sua organização para sempre: ninguém poderá aprová-lo.',
  'refoverride.cancelledDone': 'Cancelada: o encaminhamento fica na sua organização e não será enviado.',
  'errors.code.referral.override_not_requester': 'Só a pessoa que pediu esta exceção pode cancelá-la.',
} as const;
