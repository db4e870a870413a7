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
  'diagnostic.report.choose': 'Escolha a ronda do diagnóstico cujo relatório quer ver.',
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
  'diagnostic.plan.help':
    'Cada lacuna (um enunciado não implementado, implementado em parte ou sem resposta) pode tornar-se uma ação com um responsável e um prazo. Uma ação cujo prazo passou fica marcada como atrasada até ser concluída.',
  'diagnostic.plan.caption': 'Ações previstas para esta ronda',
  'diagnostic.plan.statusOf': 'Estado de «{title}»',
  'diagnostic.plan.statusSaved': 'Estado de «{title}» guardado.',
  'diagnostic.plan.readOnly':
    'Os pontos focais e os gestores de dados mantêm o plano de ação; pode consultá-lo.',
  'diagnostic.plan.add': 'Planear uma ação para uma lacuna',
  'diagnostic.plan.gap': 'Lacuna',
  'diagnostic.plan.choose': 'Escolha uma lacuna',
  'diagnostic.plan.titleHint': 'O que será feito, numa frase.',
  'diagnostic.plan.ownerHint':
    'Uma função ou equipa (por exemplo «IMO de proteção»), não os contactos de uma pessoa.',
  'diagnostic.plan.submit': 'Adicionar ao plano de ação',
  'diagnostic.plan.added': 'Ação adicionada ao plano.',
  'diagnostic.plan.noGaps': 'Nenhuma lacuna nesta ronda: cada enunciado aplicável está implementado.',
  'diagnostic.members.heading': 'Pontuações dos membros',
  'diagnostic.members.help':
    'O cluster só vê a média de todos os membros quando pelo menos 3 responderam, e as pontuações de um membro só se este aceitou ser nomeado. A exportação e o relatório imprimível seguem a mesma regra.',
  'diagnostic.members.caption': 'Pontuações dos membros por ação e por princípio',
  'diagnostic.members.none': 'Nenhum membro respondeu ainda a esta ronda.',
  'diagnostic.trend.byAction': 'Pontuações por ação, ronda a ronda',
  'diagnostic.trend.byPrinciple': 'Pontuações por princípio, ronda a ronda',
  'diagnostic.trend.description':
    'Pontuações de 0 a 100 em cada ronda; sem barra onde nada aplicável foi respondido.',
  'diagnostic.trend.action': 'Ação',
  'diagnostic.trend.principle': 'Princípio',
};
