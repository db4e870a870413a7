import {
  ACTIONS,
  PRINCIPLES,
  type Action,
  type Answer,
  type AnswerStatus,
  type DiagnosticItem,
  type Principle,
} from './model';

/** Points per answer (Steward's choice): in place 2, partial 1, not in place 0. */
const POINTS: Readonly<Record<Exclude<AnswerStatus, 'not_applicable'>, number>> = {
  not_in_place: 0,
  partial: 1,
  in_place: 2,
};

export interface GroupScore {
  /** 0–100, rounded; `null` when no applicable item was answered. */
  readonly score: number | null;
  /** Items of the group (for the answering party's scope). */
  readonly items: number;
  readonly answered: number;
  readonly notApplicable: number;
  readonly inPlace: number;
  readonly partial: number;
  readonly notInPlace: number;
}

export interface RoundScore {
  readonly overall: GroupScore;
  readonly byAction: Readonly<Record<Action, GroupScore>>;
  readonly byPrinciple: Readonly<Record<Principle, GroupScore>>;
}

export interface Gap {
  readonly itemId: string;
  readonly status: 'not_in_place' | 'partial' | 'unanswered';
}

function empty(): { items: number; answered: number; na: number; yes: number; part: number; no: number } {
  return { items: 0, answered: 0, na: 0, yes: 0, part: 0, no: 0 };
}

function finish(t: ReturnType<typeof empty>): GroupScore {
  const applicable = t.yes + t.part + t.no;
  const score =
    applicable === 0
      ? null
      : Math.round(((t.yes * POINTS.in_place + t.part * POINTS.partial) / (applicable * 2)) * 100);
  return {
    score,
    items: t.items,
    answered: t.answered,
    notApplicable: t.na,
    inPlace: t.yes,
    partial: t.part,
    notInPlace: t.no,
  };
}

/**
 * Scores one party's answers: per action, per principle (an item counts towards every principle
 * it is tagged with) and overall. Unanswered items do not count in the score but show in
 * `items − answered`; not applicable items are left out.
 */
export function scoreRound(items: readonly DiagnosticItem[], answers: readonly Answer[]): RoundScore {
  const byId = new Map(answers.map((a) => [a.itemId, a]));
  const overall = empty();
  const actions = Object.fromEntries(ACTIONS.map((a) => [a, empty()])) as Record<
    Action,
    ReturnType<typeof empty>
  >;
  const principles = Object.fromEntries(PRINCIPLES.map((p) => [p, empty()])) as Record<
    Principle,
    ReturnType<typeof empty>
  >;
  for (const item of items) {
    const answer = byId.get(item.id);
    const groups = [overall, actions[item.action], ...new Set(item.principles)].map((g) =>
      typeof g === 'string' ? principles[g] : g,
    );
    for (const g of groups) {
      g.items += 1;
      if (answer === undefined) continue;
      g.answered += 1;
      if (answer.status === 'not_applicable') g.na += 1;
      else if (answer.status === 'in_place') g.yes += 1;
      else if (answer.status === 'partial') g.part += 1;
      else g.no += 1;
    }
  }
  return {
    overall: finish(overall),
    byAction: Object.fromEntries(ACTIONS.map((a) => [a, finish(actions[a])])) as Record<Action, GroupScore>,
    byPrinciple: Object.fromEntries(PRINCIPLES.map((p) => [p, finish(principles[p])])) as Record<
      Principle,
      GroupScore
    >,
  };
}

/** Items below `in_place` (and unanswered ones): the candidates for the action plan. */
export function gaps(items: readonly DiagnosticItem[], answers: readonly Answer[]): Gap[] {
  const byId = new Map(answers.map((a) => [a.itemId, a]));
  const out: Gap[] = [];
  for (const item of items) {
    const a = byId.get(item.id);
    if (a === undefined) out.push({ itemId: item.id, status: 'unanswered' });
    else if (a.status === 'not_in_place' || a.status === 'partial')
      out.push({ itemId: item.id, status: a.status });
  }
  return out;
}

/**
 * The mean of several parties' scores for one group (the cluster's aggregate view of members):
 * parties with no score are left out; `null` when none scored.
 */
export function meanScore(scores: readonly (number | null)[]): number | null {
  const present = scores.filter((s): s is number => s !== null);
  if (present.length === 0) return null;
  return Math.round(present.reduce((a, b) => a + b, 0) / present.length);
}

export interface TrendRow<K extends string> {
  readonly key: K;
  /** One score per round, in the order the rounds were given. */
  readonly scores: readonly (number | null)[];
  /** Last minus first score when both exist. */
  readonly change: number | null;
}

/** Rounds side by side: per action and per principle, the score in each round and the change. */
export function compareRounds(rounds: readonly RoundScore[]): {
  byAction: TrendRow<Action>[];
  byPrinciple: TrendRow<Principle>[];
  overall: TrendRow<'overall'>;
} {
  const row = <K extends string>(key: K, scores: (number | null)[]): TrendRow<K> => {
    const first = scores[0];
    const last = scores[scores.length - 1];
    return {
      key,
      scores,
      change:
        first === undefined || last === undefined || first === null || last === null ? null : last - first,
    };
  };
  return {
    byAction: ACTIONS.map((a) =>
      row(
        a,
        rounds.map((r) => r.byAction[a].score),
      ),
    ),
    byPrinciple: PRINCIPLES.map((p) =>
      row(
        p,
        rounds.map((r) => r.byPrinciple[p].score),
      ),
    ),
    overall: row(
      'overall',
      rounds.map((r) => r.overall.score),
    ),
  };
}

/** The items a party answers: members answer `member` and `both` items, the cluster `cluster` and `both`. */
export function itemsFor(items: readonly DiagnosticItem[], party: 'cluster' | 'member'): DiagnosticItem[] {
  return items.filter((i) => i.scope === 'both' || i.scope === party);
}
