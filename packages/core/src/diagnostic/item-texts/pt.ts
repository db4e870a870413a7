import type { DefaultItemTranslations } from './types';

/** Steward's default diagnostic items in Portuguese (English: default-set.ts). */
export const defaultItemsPt: DefaultItemTranslations = {
  'diag.round-regular': {
    text: 'O cluster realiza este diagnóstico pelo menos uma vez por ano e após mudanças importantes na resposta.',
    guidance: 'Um diagnóstico é um retrato do momento; só ciclos repetidos mostram se a prática melhora.',
    evidence: 'Datas dos ciclos anteriores no Steward.',
  },
  'diag.members-take-part': {
    text: 'As organizações membros respondem ao diagnóstico por si próprias, não apenas a equipa de coordenação.',
    guidance: 'A responsabilidade dos dados do cluster é a soma da prática dos seus membros.',
    evidence: 'Número de membros que responderam ao ciclo em curso.',
  },
  'diag.action-plan': {
    text: 'As lacunas identificadas pelo diagnóstico tornam-se um plano de ação com responsáveis e prazos.',
    guidance: 'Sem responsáveis nem prazos, as lacunas continuam a ser lacunas.',
    evidence: 'O plano de ação do ciclo anterior, com o estado de cada ação.',
  },
  'diag.context-analysis': {
    text: 'O cluster analisou os riscos relacionados com os dados no seu contexto (autoridades, atores armados, vigilância, ameaças digitais).',
    guidance: 'Dados inofensivos num contexto podem pôr pessoas em risco noutro.',
    evidence: 'Uma análise de contexto ou de riscos datada.',
  },
  'diag.legal-framework': {
    text: 'As leis de proteção de dados e as políticas organizacionais aplicáveis são conhecidas e estão listadas.',
    guidance:
      'Os dados pessoais são tratados segundo a lei aplicável ou a política da organização (princípio 9).',
    evidence: 'Uma lista das leis e políticas aplicáveis, com ligações.',
  },
  'diag.focal-point': {
    text: 'Existe um ponto focal designado para a responsabilidade dos dados (no cluster e em cada membro).',
    guidance: 'Alguém tem de assumir o tema e responder por ele.',
    evidence: 'Nomes dos pontos focais na lista de membros do Steward.',
  },
  'diag.capacity': {
    text: 'O pessoal que trata dados de proteção recebeu formação em responsabilidade dos dados nos últimos 12 meses.',
    guidance: 'A maioria dos incidentes resulta da prática diária, não dos sistemas.',
    evidence: 'Registos de formação: datas, número de pessoas formadas.',
  },
  'reg.exists': {
    text: 'Um registo de gestão de dados lista as atividades de dados do cluster e dos membros.',
    guidance: 'Não se pode proteger dados que não se sabe que se tem.',
    evidence: 'O registo no Steward.',
  },
  'reg.coverage': {
    text: 'Todas as atividades de dados da organização estão inscritas no registo.',
    guidance:
      'Cobertura: cada membro tem pelo menos uma entrada em vigor, e as entradas descrevem as suas atividades reais.',
    evidence: 'Número de entradas do registo por membro (detetado no Steward).',
  },
  'reg.reviews': {
    text: 'As entradas do registo são revistas a tempo.',
    guidance: 'Um registo desatualizado dá uma falsa sensação de segurança.',
    evidence: 'Entradas com a data de revisão ultrapassada (detetado no Steward).',
  },
  'reg.purpose': {
    text: 'Cada entrada do registo indica a sua finalidade e porque é necessário cada tipo de dados.',
    guidance: 'A finalidade limita o que é recolhido e quem o pode usar (princípio 5).',
    evidence: 'Finalidade e tipos de dados preenchidos em todas as entradas.',
  },
  'reg.sensitivity': {
    text: 'Cada entrada do registo tem um nível de sensibilidade acordado com o PPI.',
    guidance: 'O nível decide quem pode receber os dados e como.',
    evidence: 'Nível de sensibilidade em cada entrada.',
  },
  'reg.personal-data-flagged': {
    text: 'As entradas com dados pessoais estão assinaladas, com a respetiva base jurídica.',
    guidance:
      'Os dados pessoais só circulam de parceiro para parceiro, com consentimento ou outra base jurídica.',
    evidence: 'Indicador de dados pessoais e base jurídica nas entradas.',
  },
  'reg.retention': {
    text: 'Cada entrada do registo tem um prazo de conservação, um evento desencadeador e um método de destruição.',
    guidance: 'Os dados sensíveis só são conservados durante o tempo necessário (princípio 11).',
    evidence: 'Campos de conservação preenchidos nas entradas.',
  },
  'reg.quality': {
    text: 'Os controlos de qualidade dos dados (completude, duplicados, atualidade) estão descritos para cada atividade de dados.',
    guidance: 'As decisões assentam nos dados; dados de má qualidade também prejudicam as pessoas.',
    evidence: 'Procedimentos de qualidade referidos nas entradas.',
  },
  'isp.endorsed': {
    text: 'Está em vigor um protocolo de partilha de informação (PPI) subscrito pelos membros.',
    guidance: 'O PPI é o acordo comum do cluster sobre quem pode receber que dados.',
    evidence: 'A versão do PPI em vigor no Steward e as suas subscrições (detetado).',
  },
  'isp.review': {
    text: 'O PPI tem uma data de revisão que não foi ultrapassada.',
    guidance: 'Os contextos mudam; um PPI que nunca é revisto afasta-se da prática.',
    evidence: 'Data de revisão do PPI (detetada no Steward).',
  },
  'isp.matrix': {
    text: 'O PPI classifica cada tipo de dados tratado pelo cluster por nível de sensibilidade e destinatário.',
    guidance: 'Os tipos de dados não classificados acabam partilhados por hábito.',
    evidence: 'A matriz do PPI no Steward.',
  },
  'isp.members-know': {
    text: 'O pessoal que partilha dados conhece o PPI e consulta-o antes de partilhar.',
    guidance: 'Um PPI que o pessoal não conhece não protege ninguém.',
    evidence: 'Registos de sessões informativas; partilhas pedidas através do Steward.',
  },
  'isp.agreements': {
    text: 'As partilhas de dados de sensibilidade Alta ou Severa estão cobertas por um acordo de partilha de dados.',
    guidance: 'Os acordos fixam a finalidade, a duração, a segurança e a destruição.',
    evidence: 'Acordos no Steward, com as respetivas datas de expiração.',
  },
  'isp.agreements-current': {
    text: 'Nenhum acordo de partilha de dados está prestes a expirar sem renovação nem encerramento.',
    guidance: 'Um acordo expirado deve pôr fim ao acesso e desencadear a destruição.',
    evidence: 'Acordos que expiram nos próximos 30 dias (detetado no Steward).',
  },
  'isp.publication-rules': {
    text: 'O PPI define regras para a publicação de números (contagens mínimas, precisão geográfica).',
    guidance: 'Números pequenos e localizações precisas podem identificar pessoas.',
    evidence: 'Regras de publicação no PPI.',
  },
  'adv.guidance': {
    text: 'O cluster oferece orientação sobre responsabilidade dos dados onde os membros atuam (formulários, listas de verificação).',
    guidance: 'Um conselho no momento de agir funciona melhor do que um manual.',
    evidence: 'Textos de orientação no centro de ajuda do Steward.',
  },
  'adv.helpdesk': {
    text: 'Os membros sabem a quem pedir conselho sobre responsabilidade dos dados e obtêm resposta no prazo de uma semana.',
    guidance: 'Um membro perante uma partilha arriscada precisa de um conselho rápido.',
    evidence: 'Ponto de contacto e registo de respostas.',
  },
  'adv.templates': {
    text: 'Estão disponíveis modelos para os membros (acordo, AIPD, formulário de consentimento, procedimentos operacionais padrão).',
    guidance: 'Os modelos tornam mais barato fazer bem.',
    evidence: 'Biblioteca de modelos.',
  },
  'adv.training-offer': {
    text: 'O cluster organiza ou divulga formações em responsabilidade dos dados para os membros.',
    guidance: 'A capacidade varia muito de membro para membro.',
    evidence: 'Sessões de formação realizadas este ano.',
  },
  'adv.local-language': {
    text: 'A orientação está disponível nas línguas de trabalho dos membros.',
    guidance: 'Uma orientação que não se consegue ler não orienta ninguém.',
    evidence: 'Línguas dos textos de orientação.',
  },
  'adv.consent-information': {
    text: 'As pessoas afetadas são informadas, numa língua que compreendem, sobre o que é recolhido, porquê e quem o verá.',
    guidance: 'Consentimento informado e transparência para com as pessoas afetadas (princípios 8 e 12).',
    evidence: 'Guiões de informação ou folhetos.',
  },
  'adv.feedback': {
    text: 'As pessoas afetadas podem fazer perguntas sobre os seus dados, corrigi-los ou apresentar queixa sobre eles.',
    guidance: 'A prestação de contas às pessoas afetadas inclui os seus dados.',
    evidence: 'Descrição do mecanismo de feedback e de queixas.',
  },
  'des.dia-required': {
    text: 'É feita uma avaliação de impacto sobre os dados (AIPD) antes de atividades com dados pessoais ou dados de sensibilidade Alta ou Severa.',
    guidance: 'Avaliar os riscos para as pessoas antes de recolher, não depois de um incidente.',
    evidence: 'Entradas do registo que exigem uma AIPD e não a têm (detetado no Steward).',
  },
  'des.minimisation': {
    text: 'Só são recolhidos os dados necessários para a finalidade declarada.',
    guidance: 'Dados que não são recolhidos não podem ser divulgados indevidamente.',
    evidence: 'Tipos de dados justificados no registo; passo 6 da AIPD.',
  },
  'des.aggregates-only': {
    text: 'O cluster recebe apenas dados agregados, nunca dados pessoais.',
    guidance: 'GPC, cap. 10: os dados pessoais circulam de parceiro para parceiro, não através do cluster.',
    evidence: 'Os conjuntos de dados do cluster no registo estão agregados.',
  },
  'des.disclosure-control': {
    text: 'É aplicado controlo de divulgação estatística antes de qualquer conjunto de dados ou número sair da organização.',
    guidance: 'Células pequenas e combinações raras permitem reidentificar pessoas.',
    evidence: 'Verificações de divulgação no Steward para os dados partilhados e publicados.',
  },
  'des.referral-consent': {
    text: 'Os encaminhamentos são feitos com o consentimento informado da pessoa e apenas com os campos mínimos.',
    guidance: 'Um encaminhamento sem consentimento pode pôr a pessoa em perigo.',
    evidence: 'Registos de encaminhamento com o consentimento.',
  },
  'des.encryption': {
    text: 'Os dados pessoais e de sensibilidade Severa são cifrados em repouso e em trânsito.',
    guidance: 'Os dispositivos perdem-se e os servidores são apreendidos.',
    evidence: 'Descrição das ferramentas e da sua cifragem.',
  },
  'des.access-control': {
    text: 'O acesso a dados sensíveis está limitado a funções designadas e é revisto.',
    guidance: 'Necessidade de saber, não curiosidade de saber.',
    evidence: 'Listas de acesso e data da sua última revisão.',
  },
  'des.location-precision': {
    text: 'Os mapas e números publicados ficam ao nível admin 2 ou mais agregado, salvo se uma AIPD permitir maior detalhe.',
    guidance: 'Localizações precisas podem apontar para pessoas e locais em risco.',
    evidence: 'Publicações e o respetivo nível geográfico.',
  },
  'des.destruction': {
    text: 'Os dados cujo prazo de conservação terminou são destruídos e a destruição é registada.',
    guidance: 'Dados guardados «para o caso de» são um risco permanente.',
    evidence:
      'Tarefas de conservação em atraso (detetadas no Steward quando o módulo de conservação está em uso).',
  },
  'inc.register': {
    text: 'Existe um registo de incidentes de dados e é utilizado, incluindo quase-incidentes.',
    guidance: 'Incidentes não registados são incidentes com que não se aprende.',
    evidence: 'O registo de incidentes no Steward.',
  },
  'inc.open': {
    text: 'Nenhum incidente de dados fica em aberto sem tratamento.',
    guidance: 'Um incidente em aberto pode ainda estar a causar danos.',
    evidence:
      'Incidentes em aberto e a sua antiguidade (detetados no Steward quando o registo de incidentes está em uso).',
  },
  'inc.sop': {
    text: 'Um procedimento operacional padrão define quem é notificado de um incidente, como e com que rapidez.',
    guidance: 'Num incidente, cada minuto conta e os papéis têm de ser claros.',
    evidence: 'Documento do procedimento em caso de incidente.',
  },
  'inc.notify-partners': {
    text: 'Os parceiros cujos dados estão envolvidos num incidente são notificados conforme exigido pelos acordos.',
    guidance: 'Os acordos implicam deveres de notificação.',
    evidence: 'Notificações registadas nos incidentes.',
  },
  'inc.affected-people': {
    text: 'As pessoas afetadas são informadas quando um incidente as põe em risco, sempre que seja seguro fazê-lo.',
    guidance: 'As pessoas têm o direito de se proteger.',
    evidence: 'Registos de incidentes que indicam se as pessoas foram informadas.',
  },
  'inc.learning': {
    text: 'As lições dos incidentes são partilhadas em todo o cluster, de forma anonimizada.',
    guidance: 'Os membros aprendem com os quase-incidentes uns dos outros.',
    evidence: 'Notas de aprendizagem no registo de incidentes.',
  },
};
