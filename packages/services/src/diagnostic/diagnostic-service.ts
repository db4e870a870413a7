/**
 * The data-responsibility diagnostic (issue 11 §1): the cluster's question set (versioned,
 * editable by cluster roles), rounds, each party's answers pre-filled from Steward's own data,
 * scores per action and principle, the cluster's aggregate view of members (named only with
 * consent), round comparison and the action plan. One small file per use case.
 */
import type { DiagnosticItem } from '@steward/core/diagnostic/index';
import type { Language } from '@steward/core/i18n/languages';
import type { Actor, Context } from '../types';
import { addAction, changeAction, listPlan, type ActionStatus } from './actions';
import { getQuestionSet, saveQuestionSet } from './question-set';
import { roundReport, roundWorkbook, type RoundExportFormat } from './export';
import { getResponse, saveResponse } from './responses';
import type { Party } from './roles';
import { closeRound, listRounds, openRound } from './rounds';
import { compare, membersView, roundScore } from './scores';

export type { ActionView } from './actions';
export type { RoundExportFormat, RoundReport } from './export';
export type { QuestionSetView } from './question-set';
export type { ResponseView } from './responses';
export type { RoundSummary } from './rounds';
export type { Comparison, MembersView, ScoreResult } from './scores';
export { MIN_MEMBERS_FOR_AGGREGATE } from './scores';
export type { Party } from './roles';

export function createDiagnosticService(ctx: Context) {
  return {
    questionSet: (actor: Actor) => getQuestionSet(ctx, actor),
    saveQuestionSet: (actor: Actor, items: DiagnosticItem[]) => saveQuestionSet(ctx, actor, items),
    rounds: (actor: Actor) => listRounds(ctx, actor),
    openRound: (actor: Actor, input: { title: string; openedOn?: string }) => openRound(ctx, actor, input),
    closeRound: (actor: Actor, id: string) => closeRound(ctx, actor, id),
    response: (actor: Actor, roundId: string, party: Party) => getResponse(ctx, actor, roundId, party),
    saveResponse: (
      actor: Actor,
      roundId: string,
      party: Party,
      input: { answers: unknown; shareNamed?: boolean },
    ) => saveResponse(ctx, actor, roundId, party, input),
    score: (actor: Actor, roundId: string, party: Party) => roundScore(ctx, actor, roundId, party),
    members: (actor: Actor, roundId: string) => membersView(ctx, actor, roundId),
    compare: (actor: Actor, roundIds: string[], party: Party) => compare(ctx, actor, roundIds, party),
    plan: (actor: Actor, roundId: string) => listPlan(ctx, actor, roundId),
    /** The round and its action plan for the printable report (audited as an export). */
    report: (actor: Actor, roundId: string, party: Party) =>
      roundReport(ctx, actor, roundId, party, 'report'),
    /**
     * The round and its action plan as an XLSX workbook (audited) in `language`: the one the
     * request asked for, else the user's chosen language, else English.
     */
    exportXlsx: async (actor: Actor, roundId: string, party: Party, language?: Language) => {
      const lang = language ?? actor.preferredLanguage ?? 'en';
      return roundWorkbook(
        await roundReport(ctx, actor, roundId, party, 'xlsx' satisfies RoundExportFormat, lang),
        lang,
      );
    },
    addAction: (
      actor: Actor,
      roundId: string,
      input: { party: Party; itemId: string; title: string; owner: string; dueOn: string },
    ) => addAction(ctx, actor, roundId, input),
    changeAction: (
      actor: Actor,
      id: string,
      patch: { title?: string; owner?: string; dueOn?: string; status?: ActionStatus },
    ) => changeAction(ctx, actor, id, patch),
  };
}

export type DiagnosticService = ReturnType<typeof createDiagnosticService>;
