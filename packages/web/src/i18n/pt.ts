import { retentionPt } from '../pages/retention/i18n/pt';
import { guidancePt } from '../guidance/i18n/pt';
import { registryPt } from '../pages/registry/i18n/pt';
import { ispPt } from '../pages/isp/i18n/pt';
import { membersPt } from '../pages/members/i18n/pt';
import { organisationsPt } from '../pages/organisations/i18n/pt';
import { tokensPt } from '../pages/account/i18n/tokens-pt';
import { directoryPt } from '../pages/directory/i18n/pt';
import { cataloguePt } from '../pages/catalogue/i18n/pt';
import { auditPt } from '../pages/audit/i18n/pt';
import { sharingPt } from '../pages/sharing/i18n/pt';
import { checkEnginePt } from '../pages/check-dataset/i18n/pt';
import { accountPt } from '../pages/account/i18n/pt';
import { navigationPt } from '../layout/i18n/pt';
import type { Dictionary } from './dictionary';
import { diagnosticPt } from '../pages/diagnostic/i18n/pt';
import { incidentsPt } from '../pages/incidents/i18n/pt';
import { assessmentsPt } from '../pages/assessments/i18n/pt';
import { componentsPt } from '../components/i18n/pt';
import { reportingPt } from '../pages/reporting/i18n/pt';
import { figuresPt } from '../components/chart/i18n/pt';
import { dashboardsPt } from '../pages/dashboards/i18n/pt';
import { publicationsPt } from '../pages/publications/i18n/pt';
import { referralsPt } from '../pages/referrals/i18n/pt';
import { referralKeysPt } from '../pages/referrals/i18n/keys-pt';
import { referralOverridePt } from '../pages/referrals/i18n/override-pt';

/**
 * Portuguese (Português), in the European/Mozambican norm (registo, ficheiro, utilizador).
 * Plural messages list `one`, `many` (millions: “1 milhão de …”) and `other`.
 */
export const pt: Dictionary = {
  'app.name': 'Steward',
  'app.tagline': 'Responsabilidade pelos dados para o cluster de Proteção',
  'title.format': '{page} · Steward',
  'title.signIn': 'Iniciar sessão',
  'title.home': 'Início',
  'title.organisations': 'Organizações',
  'title.notFound': 'Página não encontrada',
  'title.loading': 'A carregar',

  'common.loading': 'A carregar…',
  'common.skipToContent': 'Ir para o conteúdo principal',
  'common.retry': 'Tentar novamente',
  'common.yes': 'Sim',
  'common.no': 'Não',

  'nav.label': 'Navegação principal',
  'nav.home': 'Início',
  'nav.organisations': 'Organizações',
  'nav.checkDataset': 'Verificar um conjunto de dados',

  'header.organisation': 'Organização',
  'header.language': 'Idioma',
  'header.accountMenu': 'Menu da conta',
  'header.signedInAs': 'Sessão iniciada como',
  'header.signOut': 'Terminar sessão',
  'header.switched': 'Está agora a trabalhar para {organisation}.',
  'header.switchFailed': 'Não foi possível mudar de organização. {reason}',

  'signIn.heading': 'Iniciar sessão',
  'signIn.intro': 'Use a conta que a sua organização lhe deu.',
  'signIn.email': 'Endereço de e-mail',
  'signIn.password': 'Palavra-passe',
  'signIn.submit': 'Iniciar sessão',
  'signIn.submitting': 'A iniciar sessão…',
  'signIn.emailRequired': 'Introduza o seu endereço de e-mail.',
  'signIn.emailInvalid': 'Introduza um endereço de e-mail como nome@exemplo.org.',
  'signIn.passwordRequired': 'Introduza a sua palavra-passe.',
  'signIn.problem': 'Há um problema',
  'signIn.sessionEnded': 'A sua sessão terminou. Inicie sessão novamente para continuar.',
  'signIn.signedOut': 'Terminou a sessão.',
  'signIn.privacy': 'O Steward regista cada início de sessão no seu registo de auditoria.',

  'errors.invalid-credentials': 'O endereço de e-mail ou a palavra-passe não estão corretos.',
  'errors.account-locked': {
    one: 'Demasiadas tentativas falhadas. A sua conta está bloqueada durante mais {count} minuto.',
    many: 'Demasiadas tentativas falhadas. A sua conta está bloqueada durante mais {count} minutos.',
    other: 'Demasiadas tentativas falhadas. A sua conta está bloqueada durante mais {count} minutos.',
  },
  'errors.account-locked-soon': 'Demasiadas tentativas falhadas. A sua conta está bloqueada por pouco tempo.',
  'errors.account-disabled': 'Esta conta está desativada. Peça ajuda ao ponto focal da sua organização.',
  'errors.unauthenticated': 'A sua sessão terminou. Inicie sessão novamente.',
  'errors.forbidden': 'Não tem permissão para fazer isto.',
  'errors.not-found': 'Não encontrámos o que pediu.',
  'errors.validation': 'Parte da informação não é válida.',
  'errors.conflict': 'Isto entra em conflito com algo que já existe.',
  'errors.dia-required':
    'Primeiro é precisa uma avaliação de impacto aprovada. Inicie uma em Avaliações de impacto e depois indique-a aqui.',
  'errors.csrf': 'Esta página está desatualizada. Recarregue-a e tente novamente.',
  'errors.database-unavailable':
    'Não é possível aceder à base de dados neste momento. Tente novamente daqui a pouco.',
  'errors.payload-too-large': 'O que enviou é demasiado grande.',
  'errors.limit-exceeded': 'O ficheiro ultrapassa um dos limites de carregamento do Steward.',
  'errors.limit.fileBytes': 'O ficheiro tem mais de {max} bytes, o limite do Steward para um ficheiro.',
  'errors.limit.rows': 'O ficheiro tem mais de {max} linhas, o limite do Steward para este tipo de ficheiro.',
  'errors.limit.columns': 'O ficheiro tem mais de {max} colunas, o limite do Steward.',
  'errors.limit.cellChars':
    'Uma célula do ficheiro tem mais de {max} caracteres, o limite do Steward para uma célula.',
  'errors.limit.uncompressedBytes': 'O livro descomprimido ocupa mais de {max} bytes, o limite do Steward.',
  'errors.limit.compressionRatio':
    'Uma parte do livro descomprime-se para mais de {max} vezes o seu tamanho comprimido (uma «bomba zip»): acima do limite do Steward.',
  'errors.limit.errorsKept': 'Só são listados os primeiros {max} problemas.',
  'errors.limit.parseMemoryMb': 'Ler o ficheiro precisa de mais de {max} MB de memória, o limite do Steward.',
  'errors.limit.directoryImportServices':
    'O ficheiro contém mais de {max} serviços, o limite do Steward para uma importação: divida-o em vários ficheiros.',
  'errors.rate-limited': 'Demasiados pedidos. Aguarde um momento e tente novamente.',
  'errors.network': 'Não é possível contactar o Steward. Verifique a sua ligação e tente novamente.',
  'errors.unsupported-media-type': 'O Steward não conseguiu ler o que foi enviado.',
  'errors.internal':
    'O Steward encontrou um problema inesperado. Tente novamente; se continuar a acontecer, informe o seu administrador.',
  'errors.unknown': 'Algo correu mal. Tente novamente.',
  'errors.role-grant-refused': 'Esta mudança de função não é permitida.',
  'errors.reason.cannot-manage-members': 'A sua função não gere os membros de uma organização.',
  'errors.reason.not-own-organisation': 'Só pode gerir os membros da sua própria organização.',
  'errors.reason.cluster-role-outside-lead':
    'As funções do cluster (coordenador do cluster, IMO do cluster) só existem nas organizações líder ou colíder do cluster.',
  'errors.reason.role-above-own': 'Não pode atribuir uma função acima da sua.',
  'errors.reason.member-above-own': 'Não pode alterar nem remover alguém cuja função está acima da sua.',
  'errors.reason.no-figures':
    'Não há números aprovados para estes meses e filtros: nada a publicar. Escolha outros meses ou aprove primeiro os relatórios dos parceiros.',
  'errors.reason.last-coordinator':
    'Este é o último coordenador do cluster: nomeie primeiro outro coordenador.',

  'role.admin': 'Administrador do sistema',
  'role.cluster-coordinator': 'Coordenador do cluster',
  'role.cluster-imo': 'Oficial de gestão de informação do cluster',
  'role.partner-focal-point': 'Ponto focal do parceiro',
  'role.partner-im-officer': 'Oficial de gestão de informação do parceiro',
  'role.caseworker': 'Gestor de casos',
  'role.viewer': 'Leitor',
  'roleAbout.admin': 'Cuida desta instalação do Steward: contas, organizações e o registo de auditoria.',
  'roleAbout.cluster-coordinator':
    'Dirige o trabalho de responsabilidade pelos dados do cluster: o Protocolo de Partilha de Informação, os parceiros e os incidentes.',
  'roleAbout.cluster-imo':
    'Gere a informação do cluster: o registo de dados, os relatórios agregados e os painéis.',
  'roleAbout.partner-focal-point':
    'Representa a sua organização no cluster e decide o que ela partilha e com quem.',
  'roleAbout.partner-im-officer':
    'Gere os dados da sua organização: regista conjuntos de dados, verifica-os e partilha dados agregados.',
  'roleAbout.caseworker':
    'Trabalha com as pessoas que a sua organização apoia: encaminhamentos para serviços, sempre com consentimento.',
  'roleAbout.viewer': 'Pode ler o que a sua organização está autorizada a ver, sem o alterar.',

  'can.signIn': 'Iniciar sessão e alternar entre as suas organizações',
  'can.seeOrganisations': 'Ver as organizações que participam na resposta',
  'can.manageOrganisations': 'Adicionar organizações e indicar se são membros do cluster',
  'can.manageMembers': 'Dar acesso à sua organização e alterar as funções das pessoas',
  'can.manageTokens': 'Criar tokens de API pessoais para scripts e a linha de comandos',
  'can.verifyAudit': 'Verificar que o registo de auditoria não foi alterado',
  'can.read': 'Ler a informação da sua organização',

  'home.welcome': 'Bem-vindo/a, {name}',
  'home.signedInAs': 'Sessão iniciada como {email}',
  'home.organisationHeading': 'A sua organização',
  'home.roleIn': 'A sua função em {organisation}',
  'home.otherMemberships': {
    one: 'É também membro de mais {count} organização. Mude com o menu de organização no topo.',
    many: 'É também membro de mais {count} organizações. Mude com o menu de organização no topo.',
    other: 'É também membro de mais {count} organizações. Mude com o menu de organização no topo.',
  },
  'home.canHeading': 'O que pode fazer',
  'home.modulesHeading': 'Módulos',
  'home.modulesEmpty':
    'Os módulos aparecerão aqui à medida que forem ativados: o registo de dados, o Protocolo de Partilha de Informação, a verificação de conjuntos de dados, os relatórios, os encaminhamentos e os incidentes.',
  'home.activityHeading': 'Atividade recente',
  'home.activityEmpty':
    'Os conjuntos de dados, partilhas e encaminhamentos de {organisation} aparecerão aqui quando começar a usar os módulos.',
  'home.activityAll': 'Todo o registo de auditoria',
  'home.noMembership':
    'Ainda não é membro de nenhuma organização. Peça ao coordenador do cluster que o/a adicione.',
  'home.open': 'Abrir',
  'home.auditHeading': 'Cabeça do registo de auditoria',
  'home.auditEntries': {
    one: 'O registo de auditoria contém {count} entrada; a mais recente, de {date}, tem esta impressão digital:',
    many: 'O registo de auditoria contém {count} entradas; a mais recente, de {date}, tem esta impressão digital:',
    other:
      'O registo de auditoria contém {count} entradas; a mais recente, de {date}, tem esta impressão digital:',
  },
  'home.auditEmpty': 'O registo de auditoria está vazio.',
  'home.auditFailed': 'Não foi possível carregar a cabeça do registo de auditoria.',
  'home.auditWitness':
    'Todas as organizações veem esta impressão digital. Anote-a de vez em quando: uma posterior que não continue o mesmo registo mostra que o registo foi reescrito.',

  'module.checkDataset.description':
    'Meça o risco de reidentificação de um conjunto de dados e proteja-o antes de o partilhar. Os dados nunca saem do seu navegador.',

  'orgs.heading': 'Organizações',
  'orgs.intro': 'As organizações que participam nesta resposta, tal como lhe é permitido vê-las.',
  'orgs.count': {
    one: '{count} organização',
    many: '{count} de organizações',
    other: '{count} organizações',
  },
  'orgs.empty': 'Ainda não há organizações. Quando se juntarem à resposta, serão listadas aqui.',
  'orgs.loadFailed': 'Não foi possível carregar as organizações. {reason}',
  'orgs.col.name': 'Nome',
  'orgs.col.acronym': 'Sigla',
  'orgs.col.type': 'Tipo',
  'orgs.col.member': 'Membro do cluster',
  'orgs.col.status': 'Estado',
  'orgs.caption': 'Organizações da resposta',

  'orgType.cluster-lead': 'Líder do cluster',
  'orgType.cluster-co-lead': 'Colíder do cluster',
  'orgType.un-agency': 'Agência da ONU',
  'orgType.international-ngo': 'ONG internacional',
  'orgType.national-ngo': 'ONG nacional',
  'orgType.government': 'Governo',
  'orgType.other': 'Outra',
  'orgStatus.active': 'Ativa',
  'orgStatus.inactive': 'Inativa',
  'orgStatus.suspended': 'Suspensa',

  'notFound.heading': 'Página não encontrada',
  'notFound.body': 'Não há nenhuma página neste endereço. Verifique o endereço ou volte à página inicial.',
  'notFound.home': 'Ir para a página inicial',

  'boot.failed': 'Não foi possível iniciar o Steward. {reason}',

  'check.title': 'Verificar um conjunto de dados',
  'check.heading': 'Verificar um conjunto de dados',
  'check.intro':
    'Meça com que facilidade as pessoas de um conjunto de dados poderiam ser reidentificadas e proteja-o antes de o partilhar. O ficheiro é lido e processado apenas neste navegador: nunca é carregado.',
  'check.file.heading': 'O seu ficheiro',
  'check.file.drop': 'Largue aqui um ficheiro CSV ou Excel (XLSX), ou escolha um.',
  'check.file.choose': 'Escolher um ficheiro',
  'check.file.local': 'O ficheiro fica neste computador. O Steward não o envia para lado nenhum.',
  'check.file.loaded': '{name}: {records} registos, {columns} colunas',
  'check.step.reading': 'A ler o ficheiro…',
  'check.step.detecting': 'A procurar colunas identificativas…',
  'check.step.measuring': 'A medir o risco…',
  'check.step.suppressing': 'A suprimir valores…',
  'check.step.writing': 'A preparar o ficheiro protegido…',
  'check.roles.heading': 'Funções das colunas',
  'check.roles.intro':
    'O Steward propõe uma função para cada coluna. As variáveis-chave são factos que alguém poderia saber sobre uma pessoa (idade, sexo, local…). Verifique a proposta e corrija o que estiver errado.',
  'check.roles.caption': 'Colunas do ficheiro com as funções propostas',
  'check.roles.col.column': 'Coluna',
  'check.roles.col.finding': 'O que o Steward encontrou',
  'check.roles.col.role': 'Função',
  'check.roles.roleFor': 'Função de {column}',
  'check.roles.confirm': 'Confirmar as funções e medir o risco',
  'check.roles.noKeys': 'Escolha pelo menos uma variável-chave para medir o risco.',
  'check.role.key': 'Variável-chave',
  'check.role.direct-identifier': 'Identificador direto',
  'check.role.sensitive': 'Variável sensível',
  'check.role.weight': 'Peso amostral',
  'check.role.household': 'Id. do agregado familiar',
  'check.role.numeric': 'Numérica',
  'check.role.other': 'Outra',
  'check.kind.person-name': 'Parecem nomes de pessoas',
  'check.kind.phone': 'Parecem números de telefone',
  'check.kind.email': 'Parecem endereços de e-mail',
  'check.kind.id-document': 'Parecem números de documentos de identificação',
  'check.kind.record-id': 'Um número único para cada registo',
  'check.kind.date-of-birth': 'Parecem datas de nascimento',
  'check.kind.date': 'Datas',
  'check.kind.gps-latitude': 'Latitude GPS',
  'check.kind.gps-longitude': 'Longitude GPS',
  'check.kind.gps-pair': 'Coordenadas GPS',
  'check.kind.free-text': 'Texto livre, que pode nomear pessoas',
  'check.kind.key-variable': 'Provavelmente uma variável-chave',
  'check.kind.sensitive': 'Uma variável sensível',
  'check.kind.weight': 'Um peso amostral',
  'check.kind.household-id': 'Um identificador do agregado familiar',
  'check.kind.numeric': 'Uma variável numérica',
  'check.kind.other': 'Nada identificativo encontrado',
  'check.kind.gpsPrecision': '({decimals} casas decimais, cerca de {metres} m)',
  'check.kind.confidence': 'confiança {confidence}',
  'check.report.heading': 'Relatório de risco',
  'check.report.keys': 'Variáveis-chave: {keys}',
  'check.report.records': 'Registos',
  'check.report.classes': 'Grupos de chaves idênticas',
  'check.report.uniques': 'Registos únicos',
  'check.report.violations': 'Registos em grupos com menos de {k}',
  'check.report.weightedViolations': 'Registos cujo grupo populacional estimado é menor do que {k}',
  'check.report.globalRisk': 'Risco médio de reidentificação',
  'check.report.globalRiskWeighted': 'Risco médio de reidentificação (ponderado por {weight})',
  'check.report.expected': 'Reidentificações esperadas',
  'check.report.highRisk': 'Registos de alto risco',
  'check.report.findings': 'Colunas que identificam diretamente pessoas',
  'check.report.was': '(era {value})',
  'check.treat.heading': 'Proteger o conjunto de dados',
  'check.treat.intro':
    'A supressão local apaga o menor número possível de valores-chave para que cada registo partilhe os seus valores-chave com pelo menos k − 1 outros.',
  'check.treat.k': 'Tamanho mínimo do grupo (k)',
  'check.treat.importance': 'Importância das variáveis-chave',
  'check.treat.importanceHint':
    'A primeira variável é a mais importante: os seus valores são apagados por último.',
  'check.treat.up': 'Subir {column}',
  'check.treat.down': 'Descer {column}',
  'check.treat.removeDirect': 'Remover os identificadores diretos ({columns})',
  'check.treat.apply': 'Proteger e preparar a transferência',
  'check.result.heading': 'Conjunto de dados protegido',
  'check.result.suppressions': {
    one: '{count} valor foi apagado.',
    many: '{count} de valores foram apagados.',
    other: '{count} valores foram apagados.',
  },
  'check.result.removed': 'Colunas removidas: {columns}',
  'check.result.after': 'Risco depois da proteção',
  'check.result.download': 'Transferir {name}',
  'check.error.empty-file': 'O ficheiro está vazio: não tem linhas de dados.',
  'check.error.encoding': 'O ficheiro não é texto UTF-8. Guarde-o como «CSV UTF-8» e tente novamente.',
  'check.error.ragged-rows': 'Algumas linhas não têm tantos campos como o cabeçalho, na(s) linha(s) {lines}.',
  'check.error.unterminated-quote': 'Um campo entre aspas que começa na linha {lines} nunca é fechado.',
  'check.error.duplicate-header': 'O cabeçalho nomeia duas vezes a coluna «{column}».',
  'check.error.invalid-xlsx': 'Não é possível ler o livro. Guarde-o como CSV UTF-8 e tente novamente.',
  'check.error.unsupported-xlsx':
    'Ainda não é possível ler ficheiros Excel aqui. Guarde a folha como CSV UTF-8 e tente novamente.',
  'check.error.sheet-not-found': 'O livro não tem nenhuma folha para ler.',
  'check.error.no-keys': 'Escolha pelo menos uma variável-chave.',
  'check.error.several-weights': 'Só uma coluna pode ser o peso amostral.',
  'check.error.unknown-column': 'A coluna «{column}» não está no ficheiro.',
  'check.error.invalid-option': 'Não é possível medir as funções escolhidas: {reason}',
  'check.error.bad-k': 'O tamanho mínimo do grupo tem de ser pelo menos 2.',
  'check.error.suppression-failed': 'Não foi possível proteger o conjunto de dados: {reason}',
  'check.error.no-file': 'Escolha primeiro um ficheiro.',
  'check.error.internal': 'Algo correu mal ao processar o ficheiro. {reason}',

  // ---- Registry, ISP, requests and agreements (messages in pages/*/i18n/pt.ts) ----
  ...registryPt,
  ...ispPt,
  ...membersPt,
  ...organisationsPt,
  ...tokensPt,
  ...directoryPt,
  ...cataloguePt,
  ...auditPt,
  ...sharingPt,
  ...checkEnginePt,
  ...accountPt,
  ...navigationPt,
  ...diagnosticPt,
  ...incidentsPt,
  ...assessmentsPt,
  ...componentsPt,
  ...reportingPt,
  ...figuresPt,
  ...dashboardsPt,
  ...guidancePt,
  ...retentionPt,
  ...publicationsPt,
  ...referralsPt,
  ...referralKeysPt,
  ...referralOverridePt,
};
