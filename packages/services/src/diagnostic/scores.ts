/**
 * Scores of a round (the CLI's `steward diagnostic score`) and the cluster's view of members:
 * the aggregate of all members (suppressed below MIN_MEMBERS_FOR_AGGREGATE answers) and, by name,
 * only the members that consented (share_named; enforced by row-level security).
 */
import {
  compareRounds,
  itemsFor,
  meanScore,
  scoreRound,
  ACTIONS,
  PRINCIPLES,
  type RoundScore,
  type TrendRow,
  type Action,
  type Principle,
} from '@steward/core/diagnostic/index';
import { listOrganisations } from '@steward/db';
import { listResponses, memberAnswersForAggregate } from '@steward/db/repositories/diagnostic';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { CLUSTER_ROLES, hasRole } from '../isp/roles';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';
import { getResponse } from './responses';
import type { Party } from './roles';
import { mustFindRound } from './rounds';

/** Fewer member answers than this and the aggregate is not shown (small numbers; Steward's choice). */
export const MIN_MEMBERS_FOR_AGGREGATE = 3;

export interface ScoreResult {
  round: string;
  party: Party;
  overall: number | null;
  byAction: Record<Action, number | null>;
  byPrinciple: Record<Principle, number | null>;
  answered: number;
  items: number;
}

export function flat(roundId: string, party: Party, s: RoundScore): ScoreResult {
  return {
    round: roundId,
    party,
    overall: s.overall.score,
    byAction: Object.fromEntries(ACTIONS.map((a) => [a, s.byAction[a].score])) as Record<
      Action,
      number | null
    >,
    byPrinciple: Object.fromEntries(PRINCIPLES.map((p) => [p, s.byPrinciple[p].score])) as Record<
      Principle,
      number | null
    >,
    answered: s.overall.answered,
    items: s.overall.items,
  };
}

export async function roundScore(
  ctx: Context,
  actor: Actor,
  roundId: string,
  party: Party,
): Promise<ScoreResult> {
  const view = await getResponse(ctx, actor, roundId, party);
  return flat(roundId, party, view.score);
}

export interface MembersView {
  round: string;
  /** Members that answered (a count; names only below). */
  responded: number;
  /** The mean member score per action, principle and overall; null when suppressed. */
  aggregate: {
    overall: number | null;
    byAction: Record<Action, number | null>;
    byPrinciple: Record<Principle, number | null>;
  } | null;
  suppressed: boolean;
  /** Members that consented to be named. */
  named: { organisationId: string; acronym: string; score: ScoreResult }[];
}

export function membersView(ctx: Context, actor: Actor, roundId: string): Promise<MembersView> {
  if (!hasRole(actor, CLUSTER_ROLES))
    throw new ServiceError('forbidden', "Only cluster roles see members' diagnostic scores.");
  return ctx.db.withActor(dbActor(actor), async (tx) => {
    const { set } = await mustFindRound(tx, roundId);
    const items = itemsFor(set.items, 'member');
    const all = (await memberAnswersForAggregate(tx, roundId)).map((a) => scoreRound(items, a));
    const suppressed = all.length < MIN_MEMBERS_FOR_AGGREGATE;
    const aggregate = suppressed
      ? null
      : {
          overall: meanScore(all.map((s) => s.overall.score)),
          byAction: Object.fromEntries(
            ACTIONS.map((a) => [a, meanScore(all.map((s) => s.byAction[a].score))]),
          ) as Record<Action, number | null>,
          byPrinciple: Object.fromEntries(
            PRINCIPLES.map((p) => [p, meanScore(all.map((s) => s.byPrinciple[p].score))]),
          ) as Record<Principle, number | null>,
        };
    const orgs = new Map((await listOrganisations(tx)).map((o) => [o.id, o.acronym]));
    const named = (await listResponses(tx, roundId))
      .filter((r) => r.party === 'member' && r.shareNamed)
      .map((r) => ({
        organisationId: r.organisationId,
        acronym: orgs.get(r.organisationId) ?? '?',
        score: flat(roundId, 'member', scoreRound(items, r.answers)),
      }));
    await appendAuditAs(tx, ctx.clock(), actor, {
      action: 'diagnostic.members.read',
      targetType: 'diagnostic-round',
      targetId: roundId,
      ...(actor.activeOrganisationId ? { organisationId: actor.activeOrganisationId } : {}),
      details: { responded: all.length, suppressed, named: named.length },
    });
    return { round: roundId, responded: all.length, aggregate, suppressed, named };
  });
}

export interface Comparison {
  rounds: { id: string; title: string; openedOn: string }[];
  overall: TrendRow<'overall'>;
  byAction: TrendRow<Action>[];
  byPrinciple: TrendRow<Principle>[];
}

/** The party's scores in several rounds side by side (oldest first as given). */
export async function compare(
  ctx: Context,
  actor: Actor,
  roundIds: string[],
  party: Party,
): Promise<Comparison> {
  if (roundIds.length < 1 || roundIds.length > 10)
    throw new ServiceError('validation', 'Compare 1 to 10 rounds.', {
      issues: [{ path: 'rounds', message: '1 to 10 round ids' }],
    });
  const views = [];
  for (const id of roundIds) views.push(await getResponse(ctx, actor, id, party));
  const cmp = compareRounds(views.map((v) => v.score));
  return {
    rounds: views.map((v) => ({ id: v.round.id, title: v.round.title, openedOn: v.round.openedOn })),
    ...cmp,
  };
}
