/** The cluster's question set: the latest stored version, else Steward's default set. Editable by cluster roles. */
import {
  DEFAULT_QUESTION_SET,
  validateQuestionSet,
  type DiagnosticItem,
} from '@steward/core/diagnostic/index';
import {
  insertQuestionSet,
  latestQuestionSet,
  type QuestionSetRow,
} from '@steward/db/repositories/diagnostic';
import type { Tx } from '@steward/db';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';
import { requireCluster } from './roles';

export interface QuestionSetView {
  id: string | null;
  version: number;
  items: DiagnosticItem[];
  /** True while the cluster has not edited Steward's default set. */
  isDefault: boolean;
}

export function questionSetView(row: QuestionSetRow | null): QuestionSetView {
  return row
    ? { id: row.id, version: row.version, items: row.items, isDefault: false }
    : {
        id: null,
        version: DEFAULT_QUESTION_SET.version,
        items: [...DEFAULT_QUESTION_SET.items],
        isDefault: true,
      };
}

/** The stored set in use, storing the default as version 1 the first time one is needed. */
export async function ensureQuestionSet(tx: Tx, now: Date, actor: Actor): Promise<QuestionSetRow> {
  const latest = await latestQuestionSet(tx);
  if (latest) return latest;
  return insertQuestionSet(tx, {
    version: DEFAULT_QUESTION_SET.version,
    items: [...DEFAULT_QUESTION_SET.items],
    createdAt: now,
    createdBy: actor.userId,
  });
}

export function getQuestionSet(ctx: Context, actor: Actor): Promise<QuestionSetView> {
  return ctx.db.withActor(dbActor(actor), async (tx) => questionSetView(await latestQuestionSet(tx)));
}

/** A cluster edit: validated, stored as the next version (open rounds keep theirs). Audited. */
export function saveQuestionSet(
  ctx: Context,
  actor: Actor,
  items: DiagnosticItem[],
): Promise<QuestionSetView> {
  const org = requireCluster(actor, 'edit the diagnostic question set');
  const issues = validateQuestionSet(items);
  if (items.length === 0 || issues.length > 0)
    throw new ServiceError('validation', 'The question set has problems; nothing was saved.', {
      issues: items.length === 0 ? [{ itemId: '', code: 'diagnostic.set.empty' }] : issues,
    });
  return ctx.db.withActor(dbActor(actor), async (tx) => {
    const now = ctx.clock();
    const latest = await latestQuestionSet(tx);
    const row = await insertQuestionSet(tx, {
      version: (latest?.version ?? 0) + 1,
      items,
      createdAt: now,
      createdBy: actor.userId,
    });
    await appendAuditAs(tx, now, actor, {
      action: 'diagnostic.question-set.saved',
      targetType: 'diagnostic-question-set',
      targetId: row.id,
      organisationId: org,
      details: { version: row.version, items: items.length },
    });
    return questionSetView(row);
  });
}
