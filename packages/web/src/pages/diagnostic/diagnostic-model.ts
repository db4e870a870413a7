/** The diagnostic's vocabulary as the pages use it (the lists come from core). */
export { ACTIONS, ANSWER_STATUSES as STATUSES, PRINCIPLES } from '@steward/core/diagnostic/model';
export type { Action, AnswerStatus as Status, Principle } from '@steward/core/diagnostic/model';
export type Party = 'member' | 'cluster';
