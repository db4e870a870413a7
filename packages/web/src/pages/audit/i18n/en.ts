import { auditActionsEn } from './actions-en';

/** English messages of the audit log viewer (spread into `src/i18n/en.ts`). */
export const auditEn = {
  ...auditActionsEn,
  'nav.audit': 'Audit log',
  'module.audit.description':
    'Who did what, when, in your organisation: filter the tamper-evident audit log, check the chain and export it.',
  'audit.title': 'Audit log',
  'audit.heading': 'Audit log',
  'audit.intro':
    'Every action on your organisation’s data, and your own, newest first. Entries hold ids and codes only.',
  'audit.filters': 'Filter',
  'audit.filter.actor': 'Person',
  'audit.filter.anyActor': 'Anyone',
  'audit.filter.action': 'Action (e.g. auth.login, or registry. for all registry actions)',
  'audit.filter.targetType': 'Target type',
  'audit.filter.targetId': 'Target id',
  'audit.filter.from': 'From (date)',
  'audit.filter.to': 'Until (date, inclusive)',
  'audit.filter.apply': 'Apply filters',
  'audit.filter.clear': 'Clear',
  'audit.export': 'Export as CSV',
  'audit.col.sequence': 'No.',
  'audit.col.time': 'When',
  'audit.col.actor': 'Who',
  'audit.col.action': 'Action',
  'audit.col.target': 'Target',
  'audit.col.outcome': 'Outcome',
  'audit.anonymous': 'Not signed in',
  'audit.someone': 'Another organisation’s user',
  'audit.outcome.success': 'Success',
  'audit.outcome.failure': 'Failure',
  'audit.outcome.denied': 'Denied',
  'audit.empty': 'No entry matches these filters.',
  'audit.failed': 'The audit log could not be loaded.',
  'audit.shown': {
    one: '{count} entry shown (newest first).',
    other: '{count} entries shown (newest first, at most 200).',
  },
  'audit.chain': 'Chain check',
  'audit.verify': 'Check the whole chain',
  'audit.verifyOk': {
    one: 'The chain is intact: {count} entry verified.',
    other: 'The chain is intact: {count} entries verified.',
  },
  'audit.verifyBroken': 'The chain is broken at entry {sequence}: {reason}',
  'audit.verifyAdminOnly': 'Only a system administrator can check the whole chain (steward audit verify).',
} as const;
