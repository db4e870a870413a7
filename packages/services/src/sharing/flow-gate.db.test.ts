// The DIA gate before a new partner-to-partner flow (issue 11 §3, domain notes §9.2, decision
// 0024): approving a member's request for a data type that never went from the provider to that
// member waits for a signed-off, in-date DIA of the provider linking the entry (or named as
// assessmentId); the refusal is audited and changes nothing; an existing flow (an earlier
// agreement, expired ones included) needs none, a revoked one does; an outside requester is not a
// partner. Real database (PGlite, or the server named by TEST_DATABASE_URL), movable clock.
import { insertIspVersion } from '@steward/db/repositories/isp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIsp } from '../demo/registry-demo';
import { aggregatedEntryInput, createWorld, signedOffDia, type World } from '../test-support/fixtures';
import type { Actor } from '../types';

let w: World;
let alice: Actor;
let bob: Actor;
let needs: string;
let contacts: string;

const login = async (email: string, password: string) =>
  (await w.services.auth.login({ email, password, ip: null, userAgent: null })).actor;
const at = (day: string) => {
  w.clock.now = new Date(`${day}T09:00:00.000Z`);
};

const ask = (entryId: string) =>
  w.services.sharing.createRequest(bob, {
    registryEntryId: entryId,
    purpose: 'Joint analysis of needs by district.',
    intendedUse: 'Aggregated outputs in the cluster bulletin.',
    recipients: 'B IM team',
    requestedDurationDays: 30,
    contactEmail: 'im@b.example.org',
  });

const terms = (startsOn: string, expiresOn: string, more: Record<string, unknown> = {}) => ({
  conditions: [],
  startsOn,
  expiresOn,
  signatories: [{ name: 'Focal A', role: 'Provider', organisation: 'ORGA', signedOn: startsOn }],
  ...more,
});

const auditOf = async (targetId: string) =>
  (await w.services.audit.list(alice, { limit: 500 })).filter((e) => e.targetId === targetId);

beforeAll(async () => {
  w = await createWorld();
  const isp = demoIsp(w.clock.now);
  await w.db.asSystem('test', (tx) =>
    insertIspVersion(tx, {
      version: isp.version,
      status: 'endorsed' as const,
      context: isp.context,
      reviewDue: isp.reviewDue,
      document: isp,
      basedOnId: null,
      createdAt: w.clock.now,
      createdBy: null,
      updatedAt: w.clock.now,
      endorsedAt: w.clock.now,
    }),
  );
  alice = await login(w.alice.email, w.alice.password);
  bob = await login(w.bob.email, w.bob.password);
  needs = (await w.services.registry.create(alice, aggregatedEntryInput({ sharedWithCluster: true }))).id;
  contacts = (
    await w.services.registry.create(
      alice,
      aggregatedEntryInput({
        title: 'Partner contact sheet (aggregated)',
        dataTypes: ['needs-assessment', 'service-mapping'],
        sharedWithCluster: true,
      }),
    )
  ).id;
}, 120_000);
afterAll(async () => w?.db.close());

describe('a new partner-to-partner flow needs a signed-off DIA (decision 0024)', () => {
  let dia = '';
  let first = '';

  it('refuses the approval with dia-required, its reason and where to start; audited; nothing written', async () => {
    at('2026-03-01');
    const req = await ask(needs);
    const err = await w.services.sharing
      .approve(alice, req.id, terms('2026-03-01', '2026-03-31'))
      .catch((e) => e);
    expect(err).toMatchObject({
      code: 'dia-required',
      details: {
        reason: 'dia.required.partner_flow',
        reasons: ['dia.required.partner_flow'],
        assessmentId: null,
        start: `/assessments?entry=${needs}`,
      },
    });
    expect(
      (await w.services.sharing.listRequests(alice, 'incoming')).find((r) => r.id === req.id),
    ).toMatchObject({
      status: 'pending',
      agreementId: null,
    });
    expect(await w.services.sharing.listAgreements(alice)).toEqual([]);
    expect(await auditOf(req.id)).toContainEqual(
      expect.objectContaining({
        action: 'assessment.required',
        outcome: 'denied',
        details: expect.objectContaining({ trigger: 'partner_flow', reasons: ['dia.required.partner_flow'] }),
      }),
    );
    first = req.id;
    // The provider sees it coming beside the request: the new data types and no DIA covering them.
    expect(
      (await w.services.sharing.listRequests(alice, 'incoming')).find((r) => r.id === req.id)?.flow,
    ).toEqual({
      newDataTypes: ['needs-assessment'],
      coveredBy: null,
    });
    // The requester does not.
    expect(
      (await w.services.sharing.listRequests(bob, 'outgoing')).find((r) => r.id === req.id)?.flow,
    ).toBeNull();
  });

  it('a draft, a lapsed or another organisation’s DIA does not cover it', async () => {
    // A draft linking the entry: named in the refusal as not signed off.
    const draft = await w.services.assessments.create(alice, { title: 'Draft', entryIds: [needs] });
    await expect(
      w.services.sharing.approve(alice, first, terms('2026-03-01', '2026-03-31')),
    ).rejects.toMatchObject({ code: 'dia-required', details: { assessmentId: draft.id } });
    // Signed off, but its review date has passed.
    const lapsed = await signedOffDia(w, alice, [needs], { reviewDue: '2026-02-28' });
    await expect(
      w.services.sharing.approve(
        alice,
        first,
        terms('2026-03-01', '2026-03-31', { assessmentId: lapsed.id }),
      ),
    ).rejects.toMatchObject({ code: 'dia-required' });
    // B's own signed-off DIA, named by A: not A's assessment, so it covers nothing of A's.
    const bobs = await signedOffDia(w, bob, []);
    await expect(
      w.services.sharing.approve(alice, first, terms('2026-03-01', '2026-03-31', { assessmentId: bobs.id })),
    ).rejects.toMatchObject({ code: 'dia-required' });
    // Not an id at all: a field error.
    await expect(
      w.services.sharing.approve(alice, first, terms('2026-03-01', '2026-03-31', { assessmentId: 'x' })),
    ).rejects.toMatchObject({ code: 'validation', details: { fields: [{ path: 'assessmentId' }] } });
  });

  it('a signed-off DIA linking the entry covers it: the agreement is made and the DIA links it', async () => {
    dia = (await signedOffDia(w, alice, [needs], { title: 'Sharing district needs with partners' })).id;
    expect(
      (await w.services.sharing.listRequests(alice, 'incoming')).find((r) => r.id === first)?.flow,
    ).toEqual({
      newDataTypes: ['needs-assessment'],
      coveredBy: dia,
    });
    const agreement = await w.services.sharing.approve(alice, first, terms('2026-03-01', '2026-03-31'));
    expect(agreement.status).toBe('active');
    expect((await w.services.assessments.get(alice, dia)).agreements.map((a) => a.id)).toEqual([
      agreement.id,
    ]);
    expect(await auditOf(agreement.id)).toContainEqual(
      expect.objectContaining({
        action: 'sharing.agreement-created',
        details: expect.objectContaining({ newFlow: ['needs-assessment'], assessmentId: dia }),
      }),
    );
  });

  it('an existing flow needs none — an expired agreement counts — and a new data type does', async () => {
    at('2026-05-01'); // the first agreement has expired
    const again = await ask(needs);
    const a = await w.services.sharing.approve(alice, again.id, terms('2026-05-01', '2026-05-31'));
    expect(a.status).toBe('active');
    expect(
      (await auditOf(a.id)).find((e) => e.action === 'sharing.agreement-created')?.details,
    ).not.toHaveProperty('newFlow');
    // The contact sheet adds service mapping, a type that never went from A to B: its own DIA.
    const more = await ask(contacts);
    await expect(
      w.services.sharing.approve(alice, more.id, terms('2026-05-01', '2026-05-31')),
    ).rejects.toMatchObject({ code: 'dia-required' });
    // Naming a DIA of A that covers it (it does not link the contact sheet) is enough.
    const b = await w.services.sharing.approve(
      alice,
      more.id,
      terms('2026-05-01', '2026-05-31', { assessmentId: dia }),
    );
    expect((await w.services.assessments.get(alice, dia)).agreements.map((x) => x.id)).toContain(b.id);
  });

  it('a revoked flow was stopped: sharing again is a new flow', async () => {
    for (const a of await w.services.sharing.listAgreements(alice))
      if (a.status === 'active') await w.services.sharing.revoke(alice, a.id, { reason: 'Flow stopped' });
    // The expired first agreement still counts for needs; revoke does not erase that history,
    // so only the revoked contact-sheet agreement's service mapping is new again.
    const req = await ask(contacts);
    const err = await w.services.sharing
      .approve(alice, req.id, terms('2026-05-02', '2026-05-31'))
      .catch((e: unknown) => e);
    // The DIA linking `needs` does not link the contact sheet and none is named.
    expect(err).toMatchObject({ code: 'dia-required' });
  });

  it('an outside requester (the public form) is not a partner: no flow gate', async () => {
    const { id } = await w.services.sharing.submitPublicRequest({
      registryEntryId: contacts,
      purpose: 'Academic study of needs by district.',
      intendedUse: 'Aggregated outputs in a report.',
      recipients: 'Research team',
      requestedDurationDays: 30,
      contactEmail: 'team@university.example.org',
      requesterName: 'A researcher',
      requesterOrganisation: 'University',
    });
    const a = await w.services.sharing.approve(alice, id, terms('2026-05-02', '2026-05-31'));
    expect(a.recipientOrganisationId).toBeNull();
  });
});
