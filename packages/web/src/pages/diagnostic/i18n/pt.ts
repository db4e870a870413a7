import { diagnosticMessagesPt } from '@steward/core/diagnostic/texts/pt';
import type { PluralMessage } from '../../../i18n/format';
import type { diagnosticEn } from './en';

type Messages = {
  readonly [K in keyof typeof diagnosticEn]: (typeof diagnosticEn)[K] extends string ? string : PluralMessage;
};

/** Mensagens em português do diagnóstico. */
export const diagnosticPt: Messages = {
  // Action, principle and status names and the evidence sentences: one table with the XLSX export.
  ...diagnosticMessagesPt,
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
  'diagnostic.guidance': 'Porque importa',
  'diagnostic.expected': 'Evidência esperada',
  'diagnostic.shareNamed':
    'O cluster pode ver as nossas pontuações com o nosso nome (caso contrário, só no agregado de todos os membros)',
  'diagnostic.save': 'Guardar respostas',
  'diagnostic.saved': 'Respostas guardadas.',
  'diagnostic.closed': 'Esta ronda está fechada; as respostas já não podem mudar.',
  'diagnostic.scores': 'Pontuações',
  'diagnostic.byAction': 'Por ação',
  'diagnostic.byPrinciple': 'Por princípio',
  'diagnostic.score': 'Pontuação',
  'diagnostic.noScore': '—',
  'diagnostic.compare': 'Rondas comparadas',
  'diagnostic.change': 'Variação',
  'diagnostic.export.xlsx': 'Descarregar a ronda e o plano de ação (XLSX)',
  'diagnostic.export.report': 'Relatório para impressão',
  'diagnostic.report.heading': 'Relatório do diagnóstico',
  'diagnostic.report.meta': 'aberta em {date}, versão {version} do questionário',
  'diagnostic.report.prepared': 'Preparado em {date}',
  'diagnostic.report.answered': '{answered} de {items} afirmações respondidas',
  'diagnostic.report.print': 'Imprimir',
  'diagnostic.report.back': 'Voltar ao diagnóstico',
  'diagnostic.report.group': 'Ação ou princípio',
  'diagnostic.report.allMembers': 'Todos os membros ({responded} responderam)',
  'diagnostic.report.suppressed': 'Menos de 3 membros responderam a esta ronda: a média não é mostrada.',
  'diagnostic.report.namedNone':
    'Nenhum membro aceitou ser identificado; os membros aparecem apenas na média.',
  'diagnostic.report.plan': 'Plano de ação',
  'diagnostic.report.noPlan': 'Ainda não há ações para esta ronda.',
  'diagnostic.report.col.action': 'Ação a realizar',
  'diagnostic.report.col.owner': 'Responsável',
  'diagnostic.report.col.due': 'Prazo',
  'diagnostic.report.col.status': 'Estado',
  'diagnostic.report.overdue': 'em atraso',
  'diagnostic.report.answers': 'Respostas',
  'diagnostic.report.col.statement': 'Afirmação',
  'diagnostic.report.col.answer': 'Resposta',
  'diagnostic.trend.byAction': 'Pontuações por ação, ronda a ronda',
  'diagnostic.trend.byPrinciple': 'Pontuações por princípio, ronda a ronda',
  'diagnostic.trend.description':
    'Pontuações de 0 a 100 em cada ronda; sem barra onde nada aplicável foi respondido.',
  'diagnostic.trend.action': 'Ação',
  'diagnostic.trend.principle': 'Princípio',
};
