// The diagnostic end to end through the services and the database (PGlite, and the PostgreSQL
// server with TEST_DATABASE_URL): rounds, pre-filled evidence, scores, the cluster's aggregate
// view (suppressed below 3 members, named only with consent), comparison, action plan, and the
// tenant isolation row-level security enforces.
import { diagnosticResponses } from '@steward/db/schema/diagnostic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../errors';
import { aggregatedEntryInput, createWorld, system, type World } from '../test-support/fixtures';
import type { Actor } from '../types';
import { dbActor } from '../util';

let w: World;
let alice: Actor;
let bob: Actor;
let carol: Actor;
let coordinator: Actor;
let orgC: string;
let lead: string;

beforeAll(async () => {
  w = await createWorld({ twoFactorRequired: false });
  const s = w.services;
  lead = (await s.organisations.create(system, { name: 'Lead', acronym: 'LEAD', type: 'cluster-lead' })).id;
  orgC = (await s.organisations.create(system, { name: 'Org C', acronym: 'ORGC', type: 'national-ngo' })).id;
  const password = 'diagnostic-password-1';
  await s.users.create(system, {
    email: 'coord@example.org',
    displayName: 'Coordinator',
    password,
    memberships: [{ organisationId: lead, role: 'cluster-coordinator' }],
  });
  await s.users.create(system, {
    email: 'carol@example.org',
    displayName: 'Focal C',
    password,
    memberships: [{ organisationId: orgC, role: 'partner-focal-point' }],
  });
  const login = async (email: string, pw: string) => (await s.auth.login({ email, password: pw })).actor;
  alice = await login(w.alice.email, w.alice.password);
  bob = await login(w.bob.email, w.bob.password);
  carol = await login('carol@example.org', password);
  coordinator = await login('coord@example.org', password);
});

afterAll(async () => {
  await w.db.close();
});

const code = (e: unknown) => (e instanceof ServiceError ? e.code : String(e));

describe('diagnostic', () => {
  let round1: string;
  let round2: string;

  it('starts from the default set of at least 40 items, and only cluster roles open rounds', async () => {
    const set = await w.services.diagnostic.questionSet(alice);
    expect(set.isDefault).toBe(true);
    expect(set.items.length).toBeGreaterThanOrEqual(40);
    expect(code(await w.services.diagnostic.openRound(alice, { title: 'x' }).catch((e) => e))).toBe(
      'forbidden',
    );
    round1 = (
      await w.services.diagnostic.openRound(coordinator, { title: '2025 baseline', openedOn: '2025-03-01' })
    ).id;
    expect((await w.services.diagnostic.questionSet(alice)).isDefault).toBe(false);
  });

  it("pre-fills a member's answers from its registry with the evidence linked", async () => {
    await w.services.registry.create(alice, aggregatedEntryInput({ nextReviewOn: '2026-01-01' }));
    await w.services.registry.create(
      alice,
      aggregatedEntryInput({ title: 'Second', nextReviewOn: '2026-12-01' }),
    );
    const r = await w.services.diagnostic.response(alice, round1, 'member');
    expect(r.items.every((i) => i.scope !== 'cluster')).toBe(true);
    const coverage = r.prefill.find((p) => p.itemId === 'reg.coverage');
    expect(coverage).toMatchObject({
      status: 'in_place',
      link: '/registry',
      evidence: { params: { entries: 2 } },
    });
    // one of two entries is past its review date (2026-01-01 < 2026-03-01)
    expect(r.prefill.find((p) => p.itemId === 'reg.reviews')).toMatchObject({
      status: 'partial',
      evidence: { params: { overdue: 1, entries: 2 } },
    });
    expect(r.answers.find((a) => a.itemId === 'reg.coverage')?.status).toBe('in_place');
    // Bob's organisation has no entries: the same item is not in place for B
    const rb = await w.services.diagnostic.response(bob, round1, 'member');
    expect(rb.prefill.find((p) => p.itemId === 'reg.coverage')?.status).toBe('not_in_place');
  });

  it('saves answers, scores them per action and principle, and refuses bad input', async () => {
    const r = await w.services.diagnostic.response(alice, round1, 'member');
    const answers = r.items.map((i) => ({
      itemId: i.id,
      status: i.action === 'registry' ? 'in_place' : 'not_in_place',
    }));
    const saved = await w.services.diagnostic.saveResponse(alice, round1, 'member', { answers });
    expect(saved.score.byAction.registry.score).toBe(100);
    expect(saved.score.byAction.isp.score).toBe(0);
    expect(saved.score.byPrinciple.retention.score).not.toBeNull();
    const score = await w.services.diagnostic.score(alice, round1, 'member');
    expect(score.byAction.registry).toBe(100);
    expect(score.answered).toBe(r.items.length);
    const bad = await w.services.diagnostic
      .saveResponse(alice, round1, 'member', {
        answers: [
          { itemId: 'nope', status: 'in_place' },
          { itemId: 'reg.coverage', status: 'yes' },
        ],
      })
      .catch((e) => e);
    expect(code(bad)).toBe('validation');
    expect((bad as ServiceError).details?.issues).toEqual([
      { path: 'answers.0.itemId', message: 'Not an item of this round' },
      { path: 'answers.1.status', message: 'One of not_in_place, partial, in_place, not_applicable' },
    ]);
    expect((await w.services.diagnostic.score(alice, round1, 'member')).byAction.registry).toBe(100);
    // a member cannot answer for the cluster
    expect(
      code(
        await w.services.diagnostic.saveResponse(alice, round1, 'cluster', { answers: [] }).catch((e) => e),
      ),
    ).toBe('forbidden');
  });

  it('keeps each organisation inside its own answers (row-level security)', async () => {
    await w.services.diagnostic.saveResponse(bob, round1, 'member', {
      answers: [{ itemId: 'reg.coverage', status: 'partial' }],
    });
    const seen = await w.db.withActor(dbActor(bob), (tx) => tx.select().from(diagnosticResponses));
    expect(seen.map((r) => r.organisationId)).toEqual([w.orgB]);
    // writing a row for another organisation is refused by the database
    await expect(
      w.db.withActor(dbActor(bob), (tx) =>
        tx.insert(diagnosticResponses).values({
          roundId: round1,
          organisationId: w.orgA,
          party: 'member',
          answers: [],
          updatedAt: new Date(),
        }),
      ),
    ).rejects.toThrow();
    // the cluster does not see members' rows without consent
    const cluster = await w.db.withActor(dbActor(coordinator), (tx) => tx.select().from(diagnosticResponses));
    expect(cluster).toEqual([]);
  });

  it('shows the cluster an aggregate only from 3 members, and names only members who consent', async () => {
    expect(code(await w.services.diagnostic.members(alice, round1).catch((e) => e))).toBe('forbidden');
    let view = await w.services.diagnostic.members(coordinator, round1);
    expect(view).toMatchObject({ responded: 2, suppressed: true, aggregate: null, named: [] });
    await w.services.diagnostic.saveResponse(carol, round1, 'member', {
      answers: [{ itemId: 'reg.coverage', status: 'in_place' }],
    });
    await w.services.diagnostic.saveResponse(alice, round1, 'member', {
      answers: (await w.services.diagnostic.response(alice, round1, 'member')).answers,
      shareNamed: true,
    });
    view = await w.services.diagnostic.members(coordinator, round1);
    expect(view.responded).toBe(3);
    expect(view.suppressed).toBe(false);
    // registry: A 100, B 50 (one partial), C 100 → mean 83
    expect(view.aggregate?.byAction.registry).toBe(83);
    expect(view.named.map((n) => n.acronym)).toEqual(['ORGA']);
  });

  it('lets the cluster answer for the cluster and compares rounds side by side', async () => {
    await w.services.diagnostic.saveResponse(coordinator, round1, 'cluster', {
      answers: [{ itemId: 'isp.endorsed', status: 'not_in_place' }],
    });
    await w.services.diagnostic.closeRound(coordinator, round1);
    expect(
      code(
        await w.services.diagnostic.saveResponse(alice, round1, 'member', { answers: [] }).catch((e) => e),
      ),
    ).toBe('conflict');
    round2 = (await w.services.diagnostic.openRound(coordinator, { title: '2026 follow-up' })).id;
    await w.services.diagnostic.saveResponse(coordinator, round2, 'cluster', {
      answers: [{ itemId: 'isp.endorsed', status: 'in_place' }],
    });
    const cmp = await w.services.diagnostic.compare(coordinator, [round1, round2], 'cluster');
    expect(cmp.rounds.map((r) => r.title)).toEqual(['2025 baseline', '2026 follow-up']);
    expect(cmp.byAction.find((r) => r.key === 'isp')).toEqual({ key: 'isp', scores: [0, 100], change: 100 });
    // members read the cluster's own answers (transparency), not each other's
    const rounds = await w.services.diagnostic.rounds(bob);
    expect(rounds.map((r) => r.status)).toEqual(['closed', 'open']);
  });

  it('turns gaps into an action plan with owner, due date, status and an overdue reminder', async () => {
    const item = await w.services.diagnostic.addAction(alice, round2, {
      party: 'member',
      itemId: 'isp.agreements',
      title: 'Sign agreements for shared case data',
      owner: 'Focal A',
      dueOn: '2026-02-01',
    });
    expect(item).toMatchObject({ status: 'open', overdue: true, organisationId: w.orgA });
    expect(
      code(await w.services.diagnostic.changeAction(bob, item.id, { status: 'done' }).catch((e) => e)),
    ).toBe('not-found');
    const done = await w.services.diagnostic.changeAction(alice, item.id, { status: 'done' });
    expect(done.overdue).toBe(false);
    expect((await w.services.diagnostic.plan(bob, round2)).map((a) => a.id)).not.toContain(item.id);
    expect((await w.services.diagnostic.plan(alice, round2)).map((a) => a.id)).toEqual([item.id]);
    expect(
      code(
        await w.services.diagnostic
          .addAction(alice, round2, {
            party: 'member',
            itemId: 'isp.agreements',
            title: 't',
            owner: 'o',
            dueOn: 'soon',
          })
          .catch((e) => e),
      ),
    ).toBe('validation');
  });

  it('keeps edits of the question set as new versions, validated', async () => {
    const set = await w.services.diagnostic.questionSet(coordinator);
    const edited = [...set.items.slice(0, 40), { ...set.items[0]!, id: 'local.extra', text: 'Local item' }];
    expect(code(await w.services.diagnostic.saveQuestionSet(alice, edited).catch((e) => e))).toBe(
      'forbidden',
    );
    const saved = await w.services.diagnostic.saveQuestionSet(coordinator, edited);
    expect(saved.version).toBe(set.version + 1);
    expect(
      code(await w.services.diagnostic.saveQuestionSet(coordinator, [...edited, edited[0]!]).catch((e) => e)),
    ).toBe('validation');
    // rounds keep the version they were opened with
    expect((await w.services.diagnostic.rounds(alice)).map((r) => r.questionSetVersion)).toEqual([1, 1]);
  });
});
