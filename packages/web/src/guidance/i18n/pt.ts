import type { guidanceEn } from './en';

type Messages = { readonly [K in keyof typeof guidanceEn]: string };

/** Textos de orientação e centro de ajuda, em português. */
export const guidancePt: Messages = {
  'nav.help': 'Centro de ajuda',
  'module.help.description':
    'Os conselhos que o Steward dá onde age, por tema e por princípio de responsabilidade dos dados, com listas de verificação antes das ações de risco.',
  'help.title': 'Centro de ajuda',
  'help.intro':
    'Todos os conselhos mostrados junto aos formulários do Steward, num só lugar. Cada um explica porque um campo importa, que princípio de responsabilidade dos dados serve e onde ler mais.',
  'help.byTopic': 'Por tema',
  'help.byPrinciple': 'Por princípio',
  'help.checklists': 'Listas de verificação antes das ações de risco',
  'help.checklistsIntro': 'O Steward pede-lhe que marque cada ponto antes de o deixar continuar.',
  'help.search': 'Filtrar os conselhos',
  'help.noMatch': 'Nenhum conselho corresponde a este filtro.',
  'help.noneForPrinciple': 'Ainda não há conselhos para este princípio.',
  'help.edit.title': 'Adaptar os conselhos ao contexto do cluster',
  'help.edit.intro':
    'Os coordenadores e IMO do cluster podem substituir um texto numa língua; todos passam a ver o texto adaptado. Repor volta ao texto predefinido do Steward.',
  'help.edit.open': 'Adaptar',
  'help.edit.language': 'Língua',
  'help.edit.text': 'Texto adaptado',
  'help.edit.save': 'Guardar o texto adaptado',
  'help.edit.reset': 'Voltar ao texto predefinido',
  'help.edit.saved': 'Guardado. Todos veem agora este texto.',
  'help.edit.resetDone': 'O texto predefinido foi reposto.',
  'help.edit.heading': 'Adaptar «{title}»',
  'help.edit.titleField': 'Título adaptado',
  'help.edit.keepDefault': 'O texto deixado como o do Steward, ou vazio, continua a ser o predefinido.',
  'help.edit.previewOf': 'Pré-visualização: {title}',
  'help.edit.inLanguage': 'Língua: {language}.',
  'help.edit.itemHeading': 'Adaptar o item {n}',
  'help.edit.itemField': 'Redação adaptada',
  'help.edit.itemKeep':
    'Só a redação muda: os utilizadores continuam a ter de marcar este item antes de avançar.',
  'help.edit.itemUnchanged': 'Esta ainda é a redação do Steward: altere-a primeiro.',
  'help.edit.cancel': 'Cancelar',
  'help.edit.unchanged':
    'Continua a ser o texto predefinido do Steward: altere primeiro o título ou o texto.',
  'guidance.why': 'Porque é importante',
  'guidance.principles': 'Princípios',
  'guidance.readMore': 'Saber mais: {source}',
  'guidance.custom': 'Adaptado pelo cluster',
  'guidance.checklist.hint': 'Marque cada ponto para continuar.',
  'guidance.checklist.incomplete': 'Marque primeiro cada ponto da lista de verificação.',
  'guidance.topic.registry': 'Registar dados',
  'guidance.topic.sharing': 'Partilhar dados',
  'guidance.topic.publication': 'Publicar',
  'guidance.topic.referrals': 'Encaminhamentos',
  'guidance.topic.incidents': 'Incidentes de dados',
  'guidance.topic.retention': 'Conservação e destruição',
  'guidance.topic.assessments': 'Avaliações de impacto',
  'guidance.registry.purpose.title': 'Finalidade dos dados',
  'guidance.registry.purpose.why':
    'Recolha e guarde apenas o que uma finalidade definida exige. Uma finalidade clara é o que os parceiros verificam antes de pedir os dados, e o que limita o seu uso.',
  'guidance.registry.sensitivity.title': 'Nível de sensibilidade',
  'guidance.registry.sensitivity.why':
    'O nível decide, através do protocolo de partilha, quem pode receber os dados e em que condições. Em caso de dúvida, escolha o nível mais alto: o dano de uma divulgação não se desfaz.',
  'guidance.registry.personalData.title': 'Dados pessoais',
  'guidance.registry.personalData.why':
    'Os dados pessoais ficam com o parceiro que os recolheu e só circulam de parceiro para parceiro, cifrados. O cluster recebe apenas agregados.',
  'guidance.registry.aggregation.title': 'Nível de agregação',
  'guidance.registry.aggregation.why':
    'Quanto mais fino o nível (local, agregado familiar, coordenadas), mais fácil é reconhecer pessoas. Pequenos grupos numa tabela podem identificar alguém mesmo sem nomes.',
  'guidance.registry.retention.title': 'Prazo de conservação e destruição',
  'guidance.registry.retention.why':
    'Dados guardados mais tempo do que o necessário só acrescentam risco. Indique quanto tempo, a partir de que evento e como serão destruídos; o Steward lembra-o quando chegar a altura.',
  'guidance.retention.approve.title': 'Aprovar a destruição',
  'guidance.retention.approve.why':
    'A destruição no Steward não se pode desfazer: os ficheiros e as suas chaves são destruídos. Verifique que nenhuma obrigação legal, caso aberto ou auditoria ainda precisa dos dados.',
  'guidance.retention.confirmCopy.title': 'Destruir uma cópia partilhada',
  'guidance.retention.confirmCopy.why':
    'Quando termina a conservação prevista num acordo, cada cópia que a sua organização recebeu também deve ser destruída. Confirme-o aqui para que o proprietário possa prestar contas de cada cópia.',
  'guidance.sharing.purpose.title': 'Finalidade de um pedido',
  'guidance.sharing.purpose.why':
    'O proprietário decide com base na finalidade e no uso previsto que indicar. Peça os dados menos detalhados que a sirvam.',
  'guidance.sharing.conditions.title': 'Condições de um acordo',
  'guidance.sharing.conditions.why':
    'As condições vinculam o destinatário: sem partilha posterior, agregação antes do uso, eliminação no fim. As condições do protocolo aplicam-se sempre; acrescente o que esta partilha exige.',
  'guidance.sharing.expiry.title': 'Data de fim do acordo',
  'guidance.sharing.expiry.why':
    'Um acordo sem fim mantém os dados em circulação depois de a necessidade passar. Escolha o prazo mais curto que sirva a finalidade.',
  'guidance.publication.threshold.title': 'Números pequenos',
  'guidance.publication.threshold.why':
    'As contagens abaixo do limiar do cluster são suprimidas, e outras se necessário para que não possam ser deduzidas dos totais. Nunca publique algo que contorne a supressão.',
  'guidance.publication.precision.title': 'Precisão geográfica',
  'guidance.publication.precision.why':
    'Mapas e tabelas mais finos do que o distrito, ou com coordenadas, podem apontar pessoas em risco. Publique ao nível mais amplo que sirva o leitor.',
  'guidance.referrals.consent.title': 'Consentimento para encaminhar',
  'guidance.referrals.consent.why':
    'Um encaminhamento partilha a informação de uma pessoa com outra organização: peça consentimento informado, explique o que é partilhado e com quem, e registe a resposta.',
  'guidance.referrals.minimum.title': 'Informação mínima',
  'guidance.referrals.minimum.why':
    'Envie apenas o que o serviço recetor precisa para agir. Cada detalhe a mais é um risco para a pessoa se o encaminhamento se perder ou for mal usado.',
  'guidance.incidents.report.title': 'Notificar um incidente',
  'guidance.incidents.report.why':
    'Notifique de imediato, incluindo os quase-incidentes: um aviso rápido permite aos parceiros agir antes de o dano se alastrar. Os detalhes podem vir depois.',
  'guidance.incidents.severity.title': 'Gravidade',
  'guidance.incidents.severity.why':
    'A gravidade parte da sensibilidade mais alta dos dados envolvidos. Aumente-a livremente; baixá-la exige um motivo que outros possam ler.',
  'guidance.assessments.dia.title': 'Avaliação de impacto dos dados',
  'guidance.assessments.dia.why':
    'Avalie os riscos para as pessoas antes de recolher dados pessoais ou muito sensíveis, publicar detalhe fino ou iniciar um novo fluxo entre parceiros.',
  'guidance.checklist.publish.title': 'Antes de publicar',
  'guidance.checklist.publish.1':
    'Os números pequenos estão suprimidos e não podem ser recalculados a partir dos totais.',
  'guidance.checklist.publish.2': 'Os locais não são mais precisos do que os leitores precisam.',
  'guidance.checklist.publish.3': 'Os proprietários dos dados aceitaram esta publicação.',
  'guidance.checklist.publish.4':
    'Nada do que é publicado poderia expor pessoas a danos se mal lido ou mal usado.',
  'guidance.checklist.share-high.title': 'Antes de aprovar uma partilha de dados de nível alto ou grave',
  'guidance.checklist.share-high.1':
    'A finalidade do destinatário precisa destes dados com este nível de detalhe.',
  'guidance.checklist.share-high.2': 'O destinatário pode proteger os dados e notificará incidentes.',
  'guidance.checklist.share-high.3': 'As condições e a data de fim limitam o uso à finalidade indicada.',
  'guidance.checklist.share-high.4': 'Dados menos sensíveis (agregados ou anonimizados) não bastariam.',
  'guidance.checklist.referral-no-consent.title': 'Antes de encaminhar sem consentimento',
  'guidance.checklist.referral-no-consent.1':
    'A pessoa não pode consentir e o encaminhamento serve o seu interesse vital ou superior.',
  'guidance.checklist.referral-no-consent.2': 'Apenas a informação mínima é enviada.',
  'guidance.checklist.referral-no-consent.3': 'Um supervisor ou gestor de caso deu o seu acordo.',
  'guidance.checklist.referral-no-consent.4':
    'O motivo fica registado e a pessoa será informada logo que possível.',
  'guidance.checklist.destroy.title': 'Antes de aprovar a destruição',
  'guidance.checklist.destroy.1':
    'O prazo de conservação terminou e nenhuma obrigação legal nem caso aberto precisa dos dados.',
  'guidance.checklist.destroy.2': 'O que ainda é necessário foi antes agregado ou anonimizado.',
  'guidance.checklist.destroy.3': 'Os parceiros que têm cópias serão convidados a destruí-las.',
};
