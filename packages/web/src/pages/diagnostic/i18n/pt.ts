import type { PluralMessage } from '../../../i18n/format';
import type { diagnosticEn } from './en';

type Messages = {
  readonly [K in keyof typeof diagnosticEn]: (typeof diagnosticEn)[K] extends string ? string : PluralMessage;
};

/** Mensagens em português do diagnóstico. */
export const diagnosticPt: Messages = {
  'nav.diagnostic': 'Diagnóstico',
  'module.diagnostic.description':
    'A autoavaliação da responsabilidade dos dados: responda a cada ronda, veja o que o Steward encontrou nos seus próprios dados, compare rondas e mantenha um plano de ação.',
  'diagnostic.title': 'Diagnóstico de responsabilidade dos dados',
  'diagnostic.intro':
    'Avalie cada afirmação para a sua organização. Quando o Steward pode verificar os seus próprios dados, a resposta vem preenchida e a evidência ligada; altere-a se souber mais.',
  'diagnostic.round': 'Ronda',
  'diagnostic.noRounds':
    'Ainda não há nenhuma ronda de diagnóstico aberta. A coordenação do cluster abre uma.',
  'diagnostic.party.member': 'Responder pela minha organização',
  'diagnostic.party.cluster': 'Responder pelo cluster',
  'diagnostic.status.not_in_place': 'Não implementado',
  'diagnostic.status.partial': 'Parcialmente implementado',
  'diagnostic.status.in_place': 'Implementado',
  'diagnostic.status.not_applicable': 'Não se aplica',
  'diagnostic.status.unanswered': 'Sem resposta',
  'diagnostic.action.diagnostic': '1. Diagnóstico',
  'diagnostic.action.registry': '2. Registo',
  'diagnostic.action.isp': '3. Protocolo de partilha de informação',
  'diagnostic.action.advisory': '4. Aconselhamento e apoio',
  'diagnostic.action.design': '5. Conceção para a responsabilidade dos dados',
  'diagnostic.action.incidents': '6. Incidentes de dados',
  'diagnostic.principles': 'Princípios',
  'diagnostic.guidance': 'Porque importa',
  'diagnostic.expected': 'Evidência esperada',
  'diagnostic.found': 'Encontrado pelo Steward',
  'diagnostic.shareNamed':
    'O cluster pode ver as nossas pontuações com o nosso nome (caso contrário, só no agregado de todos os membros)',
  'diagnostic.save': 'Guardar respostas',
  'diagnostic.saved': 'Respostas guardadas.',
  'diagnostic.closed': 'Esta ronda está fechada; as respostas já não podem mudar.',
  'diagnostic.scores': 'Pontuações',
  'diagnostic.byAction': 'Por ação',
  'diagnostic.byPrinciple': 'Por princípio',
  'diagnostic.overall': 'Global',
  'diagnostic.score': 'Pontuação',
  'diagnostic.noScore': '—',
  'diagnostic.compare': 'Rondas comparadas',
  'diagnostic.change': 'Variação',
  'diagnostic.evidence.no_isp': 'Nenhum ISP está em vigor.',
  'diagnostic.evidence.isp_endorsed': 'A versão {version} do ISP está em vigor, endossada pelos membros.',
  'diagnostic.evidence.isp_not_endorsed':
    'A versão {version} do ISP ainda não foi endossada por todos os membros.',
  'diagnostic.evidence.isp_no_review_date': 'O ISP não tem data de revisão.',
  'diagnostic.evidence.isp_review_due': 'A revisão do ISP está prevista para {date}.',
  'diagnostic.evidence.isp_review_overdue': 'A revisão do ISP venceu em {date}.',
  'diagnostic.evidence.registry_entries': 'Entradas do registo: {entries}.',
  'diagnostic.evidence.registry_members':
    '{withEntries} de {members} membros descrevem dados no catálogo do cluster ({entries} entradas).',
  'diagnostic.evidence.registry_overdue':
    '{overdue} de {entries} entradas do registo passaram a data de revisão.',
  'diagnostic.evidence.agreements_expiring': '{expiring} de {active} acordos em vigor terminam em 30 dias.',
  'diagnostic.evidence.incidents_open': '{open} incidentes abertos, {old} deles há mais de 30 dias.',
  'diagnostic.evidence.dia_missing':
    '{missing} de {required} entradas com dados pessoais não têm avaliação de impacto.',
  'diagnostic.evidence.retention_overdue': '{overdue} tarefas de conservação estão em atraso.',
  'diagnostic.principle.accountability': 'Responsabilização',
  'diagnostic.principle.confidentiality': 'Confidencialidade',
  'diagnostic.principle.coordination': 'Coordenação e colaboração',
  'diagnostic.principle.data_security': 'Segurança dos dados',
  'diagnostic.principle.purpose': 'Finalidade definida, necessidade e proporcionalidade',
  'diagnostic.principle.fairness': 'Equidade e legitimidade',
  'diagnostic.principle.human_rights': 'Abordagem baseada nos direitos humanos',
  'diagnostic.principle.people_centred': 'Centrado nas pessoas e inclusivo',
  'diagnostic.principle.personal_data_protection': 'Proteção de dados pessoais',
  'diagnostic.principle.quality': 'Qualidade',
  'diagnostic.principle.retention': 'Conservação e destruição',
  'diagnostic.principle.transparency': 'Transparência',
};
