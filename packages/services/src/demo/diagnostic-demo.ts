/**
 * The demo's data-responsibility diagnostic (issue 11 §1): the default question set, a previous
 * round (a year ago, closed) and the current round (opened two weeks ago), answered by the cluster
 * and by five members. TRI (the demo focal point's organisation) has not answered the current
 * round yet, so its pre-filled evidence shows. TRI and AMD consent to be named to the cluster.
 * Answers are made up for the demo, with the current round better than the previous one.
 */
import {
  DEFAULT_QUESTION_SET,
  itemsFor,
  type Answer,
  type AnswerStatus,
} from '@steward/core/diagnostic/index';
import { findOrganisationByAcronym, findUserByEmail, type Tx } from '@steward/db';
import {
  insertAction,
  insertQuestionSet,
  insertRound,
  upsertResponse,
} from '@steward/db/repositories/diagnostic';
import { demoAuditor } from './demo-audit';

const day = (now: Date, offset: number): string => {
  const d = new Date(now.getTime());
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

/** A fixed pattern: `level` 0..3 moves answers towards in place (no randomness in the demo). */
function answersFor(party: 'member' | 'cluster', seed: number, level: number): Answer[] {
  const statuses: AnswerStatus[] = ['not_in_place', 'partial', 'in_place'];
  return itemsFor(DEFAULT_QUESTION_SET.items, party).map((item, i) => {
    const v = (i * 7 + seed * 3) % 10;
    const status: AnswerStatus =
      v === 9 ? 'not_applicable' : (statuses[Math.min(2, Math.floor((v + level * 3) / 4))] ?? 'partial');
    return { itemId: item.id, status };
  });
}

export async function loadDiagnosticDemo(tx: Tx, now: Date): Promise<void> {
  const audit = demoAuditor(tx, now);
  const org = async (acronym: string) => {
    const o = await findOrganisationByAcronym(tx, acronym);
    if (!o) throw new Error(`demo: organisation ${acronym} missing`);
    return o.id;
  };
  const coordinator = await findUserByEmail(tx, 'coordinator@demo.example.org');
  const set = await insertQuestionSet(tx, {
    version: DEFAULT_QUESTION_SET.version,
    items: [...DEFAULT_QUESTION_SET.items],
    createdAt: now,
    createdBy: coordinator?.id ?? null,
  });
  const rounds = [
    { title: 'Baseline diagnostic', openedOn: day(now, -365), status: 'closed' as const, level: 0 },
    { title: 'Annual diagnostic', openedOn: day(now, -14), status: 'open' as const, level: 1 },
  ];
  const lead = await org('DPCCU');
  const members = ['FUDA', 'TRI', 'BCSA', 'AMD', 'RCSN'];
  const named = new Set(['TRI', 'AMD']);
  for (const [r, spec] of rounds.entries()) {
    const round = await insertRound(tx, {
      title: spec.title,
      questionSetId: set.id,
      openedOn: spec.openedOn,
      status: spec.status,
      createdAt: now,
      createdBy: coordinator?.id ?? null,
    });
    await audit('diagnostic.round.opened', 'diagnostic-round', round.id, lead, {
      questionSetVersion: set.version,
    });
    await upsertResponse(tx, {
      roundId: round.id,
      organisationId: lead,
      party: 'cluster',
      answers: answersFor('cluster', 0, spec.level),
      shareNamed: false,
      updatedAt: now,
      updatedBy: coordinator?.id ?? null,
    });
    for (const [i, acronym] of members.entries()) {
      if (spec.status === 'open' && acronym === 'TRI') continue; // left for the demo focal point
      await upsertResponse(tx, {
        roundId: round.id,
        organisationId: await org(acronym),
        party: 'member',
        answers: answersFor('member', i + 1, spec.level),
        shareNamed: named.has(acronym),
        updatedAt: now,
        updatedBy: null,
      });
    }
    if (r === 0) {
      await insertAction(tx, {
        roundId: round.id,
        organisationId: lead,
        party: 'cluster',
        itemId: 'isp.review',
        title: 'Set and keep a review date for the ISP',
        owner: 'Cluster coordinator',
        dueOn: day(now, -200),
        status: 'done',
        createdAt: now,
        updatedAt: now,
      });
      await insertAction(tx, {
        roundId: round.id,
        organisationId: await org('TRI'),
        party: 'member',
        itemId: 'reg.retention',
        title: 'Add retention periods to every registry entry',
        owner: 'TRI information management officer',
        dueOn: day(now, -30),
        status: 'in_progress',
        createdAt: now,
        updatedAt: now,
      });
    } else {
      await insertAction(tx, {
        roundId: round.id,
        organisationId: lead,
        party: 'cluster',
        itemId: 'inc.learning',
        title: 'Share an anonymised learning note after each incident',
        owner: 'Cluster information management officer',
        dueOn: day(now, 60),
        status: 'open',
        createdAt: now,
        updatedAt: now,
      });
    }
  }
}
