/** The action plan: gaps become items with an owner, a due date and a status. Audited. */
import { ACTION_PLAN_STATUSES } from '@steward/db/schema/diagnostic';
import {
  insertAction,
  listActions,
  updateAction,
  type DiagnosticActionRow,
} from '@steward/db/repositories/diagnostic';
import { itemsFor } from '@steward/core/diagnostic/index';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';
import { requireParty, type Party } from './roles';
import { mustFindRound } from './rounds';

export type ActionStatus = (typeof ACTION_PLAN_STATUSES)[number];

export interface ActionView {
  id: string;
  roundId: string;
  party: Party;
  organisationId: string;
  itemId: string;
  title: string;
  owner: string;
  dueOn: string;
  status: ActionStatus;
  /** Not done and the due date has passed: the reminder shown to the owner organisation. */
  overdue: boolean;
}

function view(r: DiagnosticActionRow, today: string): ActionView {
  return {
    id: r.id,
    roundId: r.roundId,
    party: r.party,
    organisationId: r.organisationId,
    itemId: r.itemId,
    title: r.title,
    owner: r.owner,
    dueOn: r.dueOn,
    status: r.status,
    overdue: r.status !== 'done' && r.dueOn < today,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function check(input: { title?: string; owner?: string; dueOn?: string; status?: string }): void {
  const issues: { path: string; message: string }[] = [];
  if (input.title !== undefined && (input.title.trim() === '' || input.title.length > 500))
    issues.push({ path: 'title', message: 'Required, at most 500 characters' });
  if (input.owner !== undefined && (input.owner.trim() === '' || input.owner.length > 200))
    issues.push({ path: 'owner', message: 'Required, at most 200 characters' });
  if (input.dueOn !== undefined && !DATE.test(input.dueOn))
    issues.push({ path: 'dueOn', message: 'A date YYYY-MM-DD' });
  if (input.status !== undefined && !(ACTION_PLAN_STATUSES as readonly string[]).includes(input.status))
    issues.push({ path: 'status', message: ACTION_PLAN_STATUSES.join(', ') });
  if (issues.length > 0)
    throw new ServiceError('validation', 'The action-plan item is not valid.', { issues });
}

/** The action plan of a round visible to the actor: their organisation's items and the cluster's. */
export function listPlan(ctx: Context, actor: Actor, roundId: string): Promise<ActionView[]> {
  const today = ctx.clock().toISOString().slice(0, 10);
  return ctx.db.withActor(dbActor(actor), async (tx) => {
    await mustFindRound(tx, roundId);
    return (await listActions(tx, roundId)).map((r) => view(r, today));
  });
}

export function addAction(
  ctx: Context,
  actor: Actor,
  roundId: string,
  input: { party: Party; itemId: string; title: string; owner: string; dueOn: string },
): Promise<ActionView> {
  const org = requireParty(actor, input.party, true);
  check(input);
  const now = ctx.clock();
  return ctx.db.withActor(dbActor(actor), async (tx) => {
    const { set } = await mustFindRound(tx, roundId);
    if (!itemsFor(set.items, input.party).some((i) => i.id === input.itemId))
      throw new ServiceError('validation', 'Not an item of this round.', {
        issues: [{ path: 'itemId', message: 'Unknown item' }],
      });
    const row = await insertAction(tx, {
      roundId,
      organisationId: org,
      party: input.party,
      itemId: input.itemId,
      title: input.title.trim(),
      owner: input.owner.trim(),
      dueOn: input.dueOn,
      status: 'open',
      createdAt: now,
      updatedAt: now,
    });
    await appendAuditAs(tx, now, actor, {
      action: 'diagnostic.action.created',
      targetType: 'diagnostic-action',
      targetId: row.id,
      organisationId: org,
      details: { roundId, itemId: input.itemId },
    });
    return view(row, now.toISOString().slice(0, 10));
  });
}

export function changeAction(
  ctx: Context,
  actor: Actor,
  id: string,
  patch: { title?: string; owner?: string; dueOn?: string; status?: ActionStatus },
): Promise<ActionView> {
  check(patch);
  const now = ctx.clock();
  return ctx.db.withActor(dbActor(actor), async (tx) => {
    const row = await updateAction(tx, id, { ...patch, updatedAt: now });
    if (!row) throw new ServiceError('not-found', 'There is no such action-plan item in your organisation.');
    requireParty(actor, row.party, true);
    await appendAuditAs(tx, now, actor, {
      action: 'diagnostic.action.updated',
      targetType: 'diagnostic-action',
      targetId: id,
      organisationId: row.organisationId,
      details: { fields: Object.keys(patch) },
    });
    return view(row, now.toISOString().slice(0, 10));
  });
}
