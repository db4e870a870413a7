import type { PluralMessage } from '../../../i18n/format';
import { auditActionsPt } from './actions-pt';
import type { auditEn } from './en';

type Messages = {
  readonly [K in keyof typeof auditEn]: (typeof auditEn)[K] extends string ? string : PluralMessage;
};

/** Portuguese messages of the audit log viewer. */
export const auditPt: Messages = {
  ...auditActionsPt,
  'nav.audit': 'Registo de auditoria',
  'module.audit.description':
    'Quem fez o quê, e quando, na sua organização: filtre o registo de auditoria inviolável, verifique a cadeia e exporte-o.',
  'audit.title': 'Registo de auditoria',
  'audit.heading': 'Registo de auditoria',
  'audit.intro':
    'Cada ação sobre os dados da sua organização, e as suas próprias, da mais recente para a mais antiga. As entradas contêm apenas identificadores e códigos.',
  'audit.filters': 'Filtrar',
  'audit.filter.actor': 'Pessoa',
  'audit.filter.anyActor': 'Qualquer pessoa',
  'audit.filter.action': 'Ação (p. ex. auth.login, ou registry. para todas as ações do registo)',
  'audit.filter.targetType': 'Tipo de objeto',
  'audit.filter.targetId': 'Id. do objeto',
  'audit.filter.from': 'De (data)',
  'audit.filter.to': 'Até (data, inclusive)',
  'audit.filter.apply': 'Aplicar os filtros',
  'audit.filter.clear': 'Limpar',
  'audit.export': 'Exportar como CSV',
  'audit.col.sequence': 'N.º',
  'audit.col.time': 'Quando',
  'audit.col.actor': 'Quem',
  'audit.col.action': 'Ação',
  'audit.col.target': 'Objeto',
  'audit.col.outcome': 'Resultado',
  'audit.anonymous': 'Sem sessão iniciada',
  'audit.someone': 'Utilizador de outra organização',
  'audit.outcome.success': 'Sucesso',
  'audit.outcome.failure': 'Falha',
  'audit.outcome.denied': 'Recusado',
  'audit.empty': 'Nenhuma entrada corresponde a estes filtros.',
  'audit.failed': 'Não foi possível carregar o registo de auditoria.',
  'audit.shown': {
    one: '{count} entrada apresentada (a mais recente primeiro).',
    many: '{count} entradas apresentadas (as mais recentes primeiro, no máximo 200).',
    other: '{count} entradas apresentadas (as mais recentes primeiro, no máximo 200).',
  },
  'audit.chain': 'Verificação da cadeia',
  'audit.verify': 'Verificar toda a cadeia',
  'audit.verifyOk': {
    one: 'A cadeia está intacta: {count} entrada verificada.',
    many: 'A cadeia está intacta: {count} entradas verificadas.',
    other: 'A cadeia está intacta: {count} entradas verificadas.',
  },
  'audit.verifyBroken': 'A cadeia está quebrada na entrada {sequence}: {reason}',
  'audit.verifyAdminOnly':
    'Só um administrador do sistema pode verificar toda a cadeia (steward audit verify).',
};
