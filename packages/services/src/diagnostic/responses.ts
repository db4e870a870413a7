/** One party's answers in a round: read with pre-filled evidence and scores, saved (audited). */
import {
  gaps,
  isAnswerStatus,
  itemsFor,
  prefill,
  scoreRound,
  type Answer,
  type DiagnosticItem,
  type Gap,
  type Prefill,
  type RoundScore,
} from '@steward/core/diagnostic/index';
import { findResponse, upsertResponse } from '@steward/db/repositories/diagnostic';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';
import { readFacts } from './facts';
import { requireParty, type Party } from './roles';
import { mustFindRound, type RoundSummary } from './rounds';

export interface ResponseView {
  round: RoundSummary;
  party: Party;
  organisationId: string;
  items: DiagnosticItem[];
  answers: Answer[];
  /** What Steward found in its own data (evidence linked); applied where no answer was saved. */
  prefill: Prefill[];
  shareNamed: boolean;
  updatedAt: string | null;
  score: RoundScore;
  gaps: Gap[];
}

/** Answers saved, else Steward's pre-filled answers (with the evidence as the note). */
function effectiveAnswers(saved: Answer[] | null, pre: Prefill[]): Answer[] {
  if (saved) return saved;
  return pre.map((p) => ({ itemId: p.itemId, status: p.status, evidence: p.link }));
}

export function getResponse(
  ctx: Context,
  actor: Actor,
  roundId: string,
  party: Party,
): Promise<ResponseView> {
  const org = requireParty(actor, party, false);
  const now = ctx.clock();
  const today = now.toISOString().slice(0, 10);
  return ctx.db.withActor(dbActor(actor, now), async (tx) => {
    const { round, set } = await mustFindRound(tx, roundId);
    const items = itemsFor(set.items, party);
    const saved = await findResponse(tx, roundId, org, party);
    const pre = prefill(items, await readFacts(tx, org, party, today), today);
    const answers = effectiveAnswers(saved?.answers ?? null, pre);
    return {
      round: {
        id: round.id,
        title: round.title,
        openedOn: round.openedOn,
        status: round.status,
        questionSetVersion: set.version,
      },
      party,
      organisationId: org,
      items,
      answers,
      prefill: pre,
      shareNamed: saved?.shareNamed ?? false,
      updatedAt: saved?.updatedAt.toISOString() ?? null,
      score: scoreRound(items, answers),
      gaps: gaps(items, answers),
    };
  });
}

const MAX_TEXT = 2000;

/** Checks answers against the round's items: known item, known status, bounded text. */
export function parseAnswers(raw: unknown, items: readonly DiagnosticItem[]): Answer[] {
  if (!Array.isArray(raw))
    throw new ServiceError('validation', 'answers must be a list.', {
      issues: [{ path: 'answers', message: 'Expected a list' }],
    });
  const ids = new Set(items.map((i) => i.id));
  const seen = new Set<string>();
  const issues: { path: string; message: string }[] = [];
  const out: Answer[] = [];
  raw.forEach((a: unknown, i) => {
    const path = `answers.${i}`;
    if (typeof a !== 'object' || a === null) return void issues.push({ path, message: 'Expected an object' });
    const { itemId, status, note, evidence } = a as Record<string, unknown>;
    if (typeof itemId !== 'string' || !ids.has(itemId))
      return void issues.push({ path: `${path}.itemId`, message: 'Not an item of this round' });
    if (seen.has(itemId)) return void issues.push({ path: `${path}.itemId`, message: 'Answered twice' });
    seen.add(itemId);
    if (typeof status !== 'string' || !isAnswerStatus(status))
      return void issues.push({
        path: `${path}.status`,
        message: 'One of not_in_place, partial, in_place, not_applicable',
      });
    for (const [k, v] of [
      ['note', note],
      ['evidence', evidence],
    ] as const)
      if (v !== undefined && (typeof v !== 'string' || v.length > MAX_TEXT))
        issues.push({ path: `${path}.${k}`, message: `Text of at most ${MAX_TEXT} characters` });
    out.push({
      itemId,
      status,
      ...(typeof note === 'string' && note !== '' ? { note } : {}),
      ...(typeof evidence === 'string' && evidence !== '' ? { evidence } : {}),
    });
  });
  if (issues.length > 0)
    throw new ServiceError('validation', 'Some answers are not valid; nothing was saved.', { issues });
  return out;
}

export function saveResponse(
  ctx: Context,
  actor: Actor,
  roundId: string,
  party: Party,
  input: { answers: unknown; shareNamed?: boolean },
): Promise<ResponseView> {
  const org = requireParty(actor, party, true);
  return ctx.db
    .withActor(dbActor(actor), async (tx) => {
      const { round, set } = await mustFindRound(tx, roundId);
      if (round.status !== 'open')
        throw new ServiceError('conflict', 'This round is closed; its answers can no longer change.');
      const answers = parseAnswers(input.answers, itemsFor(set.items, party));
      const now = ctx.clock();
      const previous = await findResponse(tx, roundId, org, party);
      const shareNamed = party === 'member' ? (input.shareNamed ?? previous?.shareNamed ?? false) : false;
      await upsertResponse(tx, {
        roundId,
        organisationId: org,
        party,
        answers,
        shareNamed,
        updatedAt: now,
        updatedBy: actor.userId,
      });
      await appendAuditAs(tx, now, actor, {
        action: 'diagnostic.answers.saved',
        targetType: 'diagnostic-round',
        targetId: roundId,
        organisationId: org,
        details: { party, answered: answers.length, shareNamed },
      });
    })
    .then(() => getResponse(ctx, actor, roundId, party));
}
