/** Diagnostic rounds: opened and closed by cluster roles, pinned to a question-set version. */
import {
  findQuestionSet,
  findRound,
  insertRound,
  listRounds as listRoundRows,
  setRoundStatus,
  type DiagnosticRoundRow,
  type QuestionSetRow,
} from '@steward/db/repositories/diagnostic';
import type { Tx } from '@steward/db';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';
import { ensureQuestionSet } from './question-set';
import { requireCluster } from './roles';

export interface RoundSummary {
  id: string;
  title: string;
  openedOn: string;
  status: 'open' | 'closed';
  questionSetVersion: number;
}

export async function mustFindRound(
  tx: Tx,
  id: string,
): Promise<{ round: DiagnosticRoundRow; set: QuestionSetRow }> {
  const round = await findRound(tx, id);
  if (!round) throw new ServiceError('not-found', 'There is no such diagnostic round.');
  const set = await findQuestionSet(tx, round.questionSetId);
  if (!set) throw new ServiceError('not-found', 'The question set of this round is missing.');
  return { round, set };
}

export function listRounds(ctx: Context, actor: Actor): Promise<RoundSummary[]> {
  return ctx.db.withActor(dbActor(actor), async (tx) => {
    const rows = await listRoundRows(tx);
    const out: RoundSummary[] = [];
    for (const r of rows) {
      const set = await findQuestionSet(tx, r.questionSetId);
      out.push({
        id: r.id,
        title: r.title,
        openedOn: r.openedOn,
        status: r.status,
        questionSetVersion: set?.version ?? 0,
      });
    }
    return out;
  });
}

export function openRound(
  ctx: Context,
  actor: Actor,
  input: { title: string; openedOn?: string },
): Promise<RoundSummary> {
  const org = requireCluster(actor, 'open a diagnostic round');
  const title = input.title.trim();
  if (title === '' || title.length > 200)
    throw new ServiceError('validation', 'A round needs a title (at most 200 characters).', {
      issues: [{ path: 'title', message: 'Required, at most 200 characters' }],
    });
  const now = ctx.clock();
  const openedOn = input.openedOn ?? now.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(openedOn))
    throw new ServiceError('validation', 'openedOn is a date YYYY-MM-DD.', {
      issues: [{ path: 'openedOn', message: 'Not a date YYYY-MM-DD' }],
    });
  return ctx.db.withActor(dbActor(actor), async (tx) => {
    const set = await ensureQuestionSet(tx, now, actor);
    const round = await insertRound(tx, {
      title,
      questionSetId: set.id,
      openedOn,
      status: 'open',
      createdAt: now,
      createdBy: actor.userId,
    });
    await appendAuditAs(tx, now, actor, {
      action: 'diagnostic.round.opened',
      targetType: 'diagnostic-round',
      targetId: round.id,
      organisationId: org,
      details: { questionSetVersion: set.version },
    });
    return { id: round.id, title, openedOn, status: round.status, questionSetVersion: set.version };
  });
}

export function closeRound(ctx: Context, actor: Actor, id: string): Promise<RoundSummary> {
  const org = requireCluster(actor, 'close a diagnostic round');
  return ctx.db.withActor(dbActor(actor), async (tx) => {
    const { set } = await mustFindRound(tx, id);
    const row = await setRoundStatus(tx, id, 'closed');
    if (!row) throw new ServiceError('not-found', 'There is no such diagnostic round.');
    await appendAuditAs(tx, ctx.clock(), actor, {
      action: 'diagnostic.round.closed',
      targetType: 'diagnostic-round',
      targetId: id,
      organisationId: org,
    });
    return {
      id,
      title: row.title,
      openedOn: row.openedOn,
      status: row.status,
      questionSetVersion: set.version,
    };
  });
}
