// The ISP service on a real test database: drafts from the template, lint blocking endorsement,
// endorsement by each member organisation (who, when, which version), status transitions,
// supersession, diff, ODRL export and recorded decisions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../types';
import { createWorld, system, type World } from '../test-support/fixtures';

let w: World;
let coordinator: Actor;
let alice: Actor;
let bob: Actor;

beforeAll(async () => {
  w = await createWorld();
  // Cluster roles exist only in a cluster lead organisation (role-grant policy). Not a member
  // organisation here, so that A and B alone endorse.
  const lead = await w.services.organisations.create(system, {
    name: 'Cluster Lead',
    acronym: 'LEAD',
    type: 'cluster-lead',
    isClusterMember: false,
  });
  await w.services.users.create(system, {
    email: 'coord@example.org',
    password: 'coordinator-pass-1',
    displayName: 'Coordinator',
    memberships: [{ organisationId: lead.id, role: 'cluster-coordinator' }],
  });
  const login = async (email: string, password: string) =>
    (await w.services.auth.login({ email, password, ip: null, userAgent: null })).actor;
  coordinator = await login('coord@example.org', 'coordinator-pass-1');
  alice = await login(w.alice.email, w.alice.password);
  bob = await login(w.bob.email, w.bob.password);
}, 120_000);
afterAll(async () => w?.db.close());

describe('ISP versions and endorsement', () => {
  it('drafts, refuses endorsement of the template or with lint errors, endorses per organisation, then activates', async () => {
    await expect(w.services.isp.createDraft(alice, { from: 'template' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    const draft = await w.services.isp.createDraft(coordinator, { from: 'template' });
    expect(draft).toMatchObject({ status: 'draft', version: '0.1' });
    expect(draft.endorsement.canEndorse).toBe(false); // still the template
    await expect(w.services.isp.endorse(alice, draft.id)).rejects.toMatchObject({ code: 'conflict' });

    // Adapt: not a template any more, but one data type left unclassified → lint error blocks.
    const { isTemplate: _t, ...adapted } = draft.isp;
    const missing = {
      ...adapted,
      version: '1.0',
      rules: adapted.rules.filter((r) => r.dataType !== 'distribution'),
    };
    const linted = await w.services.isp.updateDraft(coordinator, draft.id, missing);
    expect(
      linted.lint.issues.some((i) => i.code === 'unclassified-data-type' && i.severity === 'error'),
    ).toBe(true);
    await expect(w.services.isp.endorse(alice, draft.id)).rejects.toMatchObject({ code: 'conflict' });

    const fixed = await w.services.isp.updateDraft(coordinator, draft.id, { ...adapted, version: '1.0' });
    expect(fixed.lint.errorCount).toBe(0);
    await w.services.isp.setStatus(coordinator, draft.id, 'in-consultation');
    const one = await w.services.isp.endorse(alice, draft.id);
    expect(one.endorsements).toEqual([
      expect.objectContaining({ organisationId: w.orgA, userName: 'Focal A', version: '1.0' }),
    ]);
    await expect(w.services.isp.setStatus(coordinator, draft.id, 'endorsed')).rejects.toMatchObject({
      code: 'conflict',
    });
    await w.services.isp.endorse(bob, draft.id);
    const active = await w.services.isp.setStatus(coordinator, draft.id, 'endorsed');
    expect(active.status).toBe('endorsed');
    await expect(
      w.services.isp.updateDraft(coordinator, draft.id, { ...adapted, version: '1.0' }),
    ).rejects.toMatchObject({ code: 'conflict' });

    // A new version from it, changed, endorsed by both: the previous one is superseded.
    const next = await w.services.isp.createDraft(coordinator, { from: draft.id });
    expect(next.version).toBe('1.1');
    const changed = {
      ...next.isp,
      rules: next.isp.rules.map((r, i) => (i === 0 ? { ...r, sensitivity: 'severe' as const } : r)),
    };
    await w.services.isp.updateDraft(coordinator, next.id, changed);
    const diff = await w.services.isp.diff(alice, draft.id, next.id);
    expect(diff.changes.some((c) => c.kind === 'rule-changed' && c.field === 'sensitivity')).toBe(true);
    expect(diff.text).toContain(next.isp.rules[0]!.id);
    // Endorsement only in consultation: a draft may still change.
    await expect(w.services.isp.endorse(alice, next.id)).rejects.toMatchObject({
      code: 'conflict',
      details: { reason: 'endorse-not-in-consultation' },
    });
    await w.services.isp.setStatus(coordinator, next.id, 'in-consultation');
    await w.services.isp.endorse(alice, next.id);
    await w.services.isp.endorse(bob, next.id);
    await w.services.isp.setStatus(coordinator, next.id, 'endorsed');
    const overview = await w.services.isp.overview(bob);
    expect(overview.active?.version).toBe('1.1');
    expect(overview.versions.find((v) => v.id === draft.id)?.status).toBe('superseded');

    const odrl = await w.services.isp.odrl(bob, next.id, 'https://steward.example.org');
    expect(JSON.stringify(odrl.document)).toContain('http://www.w3.org/ns/odrl/2/');

    const decision = await w.services.isp.decide(bob, {
      facts: {
        dataType: 'referral-data',
        aggregation: 'individual',
        includesNames: true,
        includesCoordinates: false,
      },
      recipient: 'cluster',
    });
    expect(decision).toMatchObject({ decision: 'deny', sensitivity: 'severe', ispVersion: '1.1' });
    await expect(
      w.services.isp.decide(bob, {
        facts: { dataType: 'nope', aggregation: 'adm1', includesNames: false, includesCoordinates: false },
        recipient: 'public',
      }),
    ).rejects.toMatchObject({
      code: 'validation',
      details: { fields: [{ path: 'facts.dataType' }] },
    });
    expect((await w.services.audit.verify()).ok).toBe(true);
  }, 60_000);

  it('clears endorsements on any change: an edit in consultation, or back to draft (issue 8)', async () => {
    const active = (await w.services.isp.overview(bob)).active!;
    const next = await w.services.isp.createDraft(coordinator, { from: active.id });
    await w.services.isp.setStatus(coordinator, next.id, 'in-consultation');
    await w.services.isp.endorse(alice, next.id);
    const both = await w.services.isp.endorse(bob, next.id);
    expect(both.endorsements.map((e) => e.organisationId).sort()).toEqual([w.orgA, w.orgB].sort());
    expect(both.endorsement.readyToActivate).toBe(true);

    // An edit while in consultation (only the review date): every endorsement is gone.
    const edited = await w.services.isp.updateDraft(coordinator, next.id, {
      ...both.isp,
      reviewDue: '2031-01-31',
    });
    expect(edited.status).toBe('in-consultation');
    expect(edited.endorsements).toEqual([]);
    expect(edited.endorsement.readyToActivate).toBe(false);
    await expect(w.services.isp.setStatus(coordinator, next.id, 'endorsed')).rejects.toMatchObject({
      code: 'conflict',
      details: { reason: 'endorsements-missing' },
    });
    const audit = await w.services.audit.list(coordinator, { limit: 1000 });
    expect(audit.find((a) => a.action === 'isp.draft-updated' && a.targetId === next.id)?.details).toEqual({
      version: next.version,
      endorsementsCleared: 2,
    });

    // Saving the same text again changes nothing and clears nothing.
    await w.services.isp.endorse(alice, next.id);
    const same = await w.services.isp.updateDraft(coordinator, next.id, edited.isp);
    expect(same.endorsements.map((e) => e.organisationId)).toEqual([w.orgA]);

    // Back to draft: the endorsement is cleared, and a draft cannot be endorsed.
    const draft = await w.services.isp.setStatus(coordinator, next.id, 'draft');
    expect(draft.endorsements).toEqual([]);
    await expect(w.services.isp.endorse(alice, next.id)).rejects.toMatchObject({
      details: { reason: 'endorse-not-in-consultation' },
    });
    // Put to consultation again unchanged: members endorse anew.
    await w.services.isp.setStatus(coordinator, next.id, 'in-consultation');
    expect((await w.services.isp.endorse(bob, next.id)).endorsements.map((e) => e.organisationId)).toEqual([
      w.orgB,
    ]);
    expect((await w.services.audit.verify()).ok).toBe(true);
  }, 60_000);
});
