// The incident register on a real test database (PGlite, or the server named by
// TEST_DATABASE_URL): the short report, severity from the linked assets, the state machine with
// the closing rule on agreements, notices to the agreement's partner (no detail), the cluster's
// anonymised summary, sharing with the cluster and withdrawing it, the cluster's own records, and row-level
// security between organisations in SQL.
import { appRoleSql } from '@steward/db/testing';
import { insertIspVersion } from '@steward/db/repositories/isp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIsp } from '../demo/registry-demo';
import type { Actor } from '../types';
import {
  aggregatedEntryInput,
  createWorld,
  signedOffDia,
  system,
  type World,
} from '../test-support/fixtures';

let w: World;
let alice: Actor; // focal point of A
let bob: Actor; // focal point of B
let dave: Actor; // caseworker of A
let carol: Actor; // cluster coordinator
let entryId: string;
let agreement: { id: string; reference: string; sensitivity: string };
let orgC: string;

const login = async (email: string, password: string) =>
  (await w.services.auth.login({ email, password, ip: null, userAgent: null })).actor;

beforeAll(async () => {
  w = await createWorld({ twoFactorRequired: false });
  await w.db.asSystem('test', (tx) => {
    const isp = demoIsp(w.clock.now);
    return insertIspVersion(tx, {
      version: isp.version,
      status: 'endorsed',
      context: isp.context,
      reviewDue: isp.reviewDue,
      document: isp,
      basedOnId: null,
      createdAt: w.clock.now,
      createdBy: null,
      updatedAt: w.clock.now,
      endorsedAt: w.clock.now,
    });
  });
  orgC = (
    await w.services.organisations.create(system, { name: 'Cluster', acronym: 'PC', type: 'cluster-lead' })
  ).id;
  await w.services.users.create(system, {
    email: 'carol@example.org',
    password: 'carol-password-123',
    displayName: 'Coordinator',
    memberships: [{ organisationId: orgC, role: 'cluster-coordinator' }],
  });
  await w.services.users.create(system, {
    email: 'dave@example.org',
    password: 'dave-password-1234',
    displayName: 'Caseworker A',
    memberships: [{ organisationId: w.orgA, role: 'caseworker' }],
  });
  alice = await login(w.alice.email, w.alice.password);
  bob = await login(w.bob.email, w.bob.password);
  dave = await login('dave@example.org', 'dave-password-1234');
  carol = await login('carol@example.org', 'carol-password-123');
  entryId = (await w.services.registry.create(alice, aggregatedEntryInput({ sharedWithCluster: true }))).id;
  const req = await w.services.sharing.createRequest(bob, {
    registryEntryId: entryId,
    purpose: 'Joint analysis of needs by district.',
    intendedUse: 'Aggregated outputs in the cluster bulletin.',
    recipients: 'B IM team',
    requestedDurationDays: 30,
    contactEmail: 'im@b.example.org',
  });
  // A new partner flow: A's DIA covers it (decision 0024).
  await signedOffDia(w, alice, [entryId]);
  agreement = await w.services.sharing.approve(alice, req.id, {
    conditions: [],
    startsOn: '2026-03-01',
    expiresOn: '2026-03-31',
    signatories: [{ name: 'Focal A', role: 'Provider', organisation: 'ORGA', signedOn: '2026-03-01' }],
  });
}, 120_000);
afterAll(async () => w?.db.close());

describe('incident register', () => {
  let id: string;

  it('anyone in a member organisation reports with the short form; severity starts at the asset level', async () => {
    await expect(
      w.services.incidents.report(dave, { title: 'Laptop stolen', type: 'theft', personalData: true }),
    ).rejects.toMatchObject({ code: 'validation', details: { fields: [{ path: 'type' }] } });
    await expect(
      w.services.incidents.report(dave, { title: 'Laptop stolen', type: 'loss-or-theft' }),
    ).rejects.toMatchObject({ code: 'validation', details: { fields: [{ path: 'personalData' }] } });
    const inc = await w.services.incidents.report(dave, {
      title: 'Laptop stolen',
      type: 'loss-or-theft',
      personalData: true,
      assetIds: [entryId],
    });
    id = inc.id;
    expect(inc).toMatchObject({ state: 'notified', severity: agreement.sensitivity, organisation: 'ORGA' });
    // The agreement on the asset is linked; its partner (B) has a duty and an in-app notice.
    expect(inc.duties).toEqual([
      expect.objectContaining({ agreementReference: agreement.reference, partner: 'ORGB', done: false }),
    ]);
    const notes = await w.services.sharing.notifications(bob);
    const note = notes.find((n) => n.kind === 'incident-agreement');
    expect(note?.text).toContain(agreement.reference);
    expect(note?.text).not.toContain('Laptop');
    expect(await w.services.incidents.notices(bob)).toEqual([
      expect.objectContaining({ reporter: 'ORGA', agreementReference: agreement.reference, done: false }),
    ]);
    // B sees no incident detail.
    await expect(w.services.incidents.get(bob, id)).rejects.toMatchObject({ code: 'not-found' });
    expect(await w.services.incidents.list(bob)).toEqual([]);
  });

  it('the focal point classifies; severity is raised freely and lowered only with a reason', async () => {
    await expect(w.services.incidents.moveTo(dave, id, { state: 'classified' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(w.services.incidents.moveTo(bob, id, { state: 'classified' })).rejects.toMatchObject({
      code: 'not-found',
    });
    expect((await w.services.incidents.moveTo(alice, id, { state: 'classified' })).state).toBe('classified');
    expect((await w.services.incidents.setSeverity(alice, id, { severity: 'severe' })).severity).toBe(
      'severe',
    );
    await expect(w.services.incidents.setSeverity(alice, id, { severity: 'low' })).rejects.toMatchObject({
      code: 'validation',
      details: { fields: [{ path: 'reason' }] },
    });
    expect(
      (
        await w.services.incidents.setSeverity(alice, id, {
          severity: 'high',
          reason: 'Drive was encrypted.',
        })
      ).severity,
    ).toBe('high');
  });

  it('a personal-data incident closes only after the duty of every linked agreement is done', async () => {
    await expect(w.services.incidents.moveTo(alice, id, { state: 'closed' })).rejects.toMatchObject({
      code: 'conflict',
      details: { reason: 'invalid-transition' },
    });
    const treated = await w.services.incidents.recordFacts(dave, id, {
      threatSource: 'Criminal',
      threatEvent: 'Theft from a vehicle',
      vulnerability: 'Laptop left in a car',
      adverseImpact: 'Possible exposure of household lists',
      impactKind: 'potential',
      treatment: [{ action: 'Remote wipe', owner: 'IT', dueOn: '2026-03-02' }],
      notificationsMade: [{ recipient: 'dpo', on: '2026-03-01', channel: 'e-mail' }],
    });
    expect(treated.treatment).toEqual([expect.objectContaining({ action: 'Remote wipe', doneOn: null })]);
    await w.services.incidents.moveTo(alice, id, { state: 'in_treatment' });
    await expect(w.services.incidents.moveTo(alice, id, { state: 'closed' })).rejects.toMatchObject({
      details: { reason: 'field-required' },
    });
    await w.services.incidents.recordFacts(alice, id, { closureRationale: 'Device wiped; no access seen.' });
    await expect(w.services.incidents.moveTo(alice, id, { state: 'closed' })).rejects.toMatchObject({
      code: 'conflict',
      details: { reason: 'notification-duty-open', pending: [agreement.reference] },
    });
    const before = await w.services.incidents.get(alice, id);
    const marked = await w.services.incidents.markDutyDone(alice, id, before.duties[0]!.id, {
      channel: 'phone',
    });
    expect(marked.duties[0]).toMatchObject({ done: true, channel: 'phone' });
    expect((await w.services.incidents.notices(bob))[0]!.done).toBe(true);
    expect((await w.services.incidents.moveTo(alice, id, { state: 'closed' })).state).toBe('closed');
    await expect(
      w.services.incidents.moveTo(alice, id, { state: 'learning_recorded' }),
    ).rejects.toMatchObject({
      details: { reason: 'field-required' },
    });
    await w.services.incidents.recordFacts(alice, id, { lessons: 'No data on laptops outside the office.' });
    const done = await w.services.incidents.moveTo(alice, id, { state: 'learning_recorded' });
    expect(done).toMatchObject({
      state: 'learning_recorded',
      lessons: 'No data on laptops outside the office.',
    });
    expect(done.closedAt).not.toBeNull();
  });

  it('the cluster sees an anonymised summary with small numbers suppressed, detail only when shared', async () => {
    for (let i = 0; i < 12; i++) {
      const type = i % 2 ? 'misuse' : 'unauthorised-access';
      await w.services.incidents.report(bob, { title: `B incident ${i}`, type, personalData: false });
    }
    await w.services.incidents.report(bob, {
      title: 'Near miss at B',
      type: 'near-miss',
      personalData: false,
    });
    await expect(w.services.incidents.summary(alice)).rejects.toMatchObject({ code: 'forbidden' });
    const summary = await w.services.incidents.summary(carol);
    const text = JSON.stringify(summary);
    expect(text).not.toMatch(/Laptop|B incident|Near miss|ORGA|ORGB/);
    const byType = summary.tables.find((t) => t.dimension === 'type')!;
    expect(byType.total.count).toBe(14);
    // What is hidden adds up to at least the threshold, so no hidden count can be worked back.
    const published = byType.cells.reduce((n, c) => n + (c.count ?? 0), 0);
    expect(14 - published).toBeGreaterThanOrEqual(summary.threshold);
    expect(byType.cells.filter((c) => c.count === 6).length).toBeGreaterThanOrEqual(1);
    // 1 and 1: both primary-suppressed, never shown.
    expect(byType.cells.find((c) => c.code === 'near-miss')).toMatchObject({
      count: null,
      status: 'primary',
    });
    expect(byType.cells.find((c) => c.code === 'loss-or-theft')).toMatchObject({ count: null });
    // Not shared: the cluster cannot read A's incident; once shared it can (audited).
    expect(await w.services.incidents.list(carol)).toEqual([]);
    await expect(w.services.incidents.get(carol, id)).rejects.toMatchObject({ code: 'not-found' });
    await expect(w.services.incidents.shareWithCluster(dave, id)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await w.services.incidents.shareWithCluster(alice, id);
    expect((await w.services.incidents.get(carol, id)).title).toBe('Laptop stolen');
    const audit = await w.services.audit.list(alice, { limit: 1000 });
    expect(audit.filter((e) => e.action === 'incident.viewed').map((e) => e.targetId)).toContain(id);
  });

  it('sharing is revocable: once withdrawn the cluster sees the incident only in the summary', async () => {
    const shared = await w.services.incidents.get(alice, id);
    expect(shared).toMatchObject({ sharedWithCluster: true });
    expect(shared.sharedAt).not.toBeNull();
    const asCluster = (q: string) => appRoleSql<{ title: string }>(w.db, carol.userId, q, orgC);
    expect(await asCluster(`select title from incidents where id = '${id}'`)).toEqual([
      { title: 'Laptop stolen' },
    ]);
    const before = (await w.services.incidents.summary(carol)).tables.find((t) => t.dimension === 'type')!;
    // Only the reporting organisation's focal point withdraws; the cluster cannot.
    await expect(w.services.incidents.withdrawFromCluster(dave, id)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(w.services.incidents.withdrawFromCluster(carol, id)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const withdrawn = await w.services.incidents.withdrawFromCluster(alice, id);
    expect(withdrawn).toMatchObject({ sharedWithCluster: false, sharedAt: null });
    await expect(w.services.incidents.withdrawFromCluster(alice, id)).rejects.toMatchObject({
      code: 'conflict',
      details: { reason: 'not-shared' },
    });
    // The service, the list and SQL under row-level security: the row is gone for the cluster…
    await expect(w.services.incidents.get(carol, id)).rejects.toMatchObject({ code: 'not-found' });
    expect((await w.services.incidents.list(carol)).map((i) => i.id)).not.toContain(id);
    expect(await asCluster(`select title from incidents where id = '${id}'`)).toEqual([]);
    // …and it cannot share it back itself.
    expect(
      await asCluster(`update incidents set shared_with_cluster = true where id = '${id}' returning id`),
    ).toEqual([]);
    // …but it still counts in the anonymised summary.
    const after = (await w.services.incidents.summary(carol)).tables.find((t) => t.dimension === 'type')!;
    expect(after.total.count).toBe(before.total.count);
    const audit = await w.services.audit.list(alice, { limit: 1000 });
    const entry = audit.find((e) => e.action === 'incident.share-withdrawn' && e.targetId === id);
    expect(entry).toBeDefined();
    // Shared again later, the cluster reads it again.
    await w.services.incidents.shareWithCluster(alice, id);
    expect((await w.services.incidents.get(carol, id)).title).toBe('Laptop stolen');
    await w.services.incidents.withdrawFromCluster(alice, id);
  });

  it("the cluster's own incidents and learning are read by every member", async () => {
    const own = await w.services.incidents.report(carol, {
      title: 'Cluster mailing list exposed',
      type: 'unauthorised-disclosure',
      personalData: false,
    });
    expect(own.clusterRecord).toBe(true);
    expect((await w.services.incidents.list(bob)).map((i) => i.id)).toContain(own.id);
    expect((await w.services.incidents.get(dave, own.id)).title).toBe('Cluster mailing list exposed');
    await expect(w.services.incidents.recordFacts(bob, own.id, { lessons: 'x' })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('counts for the diagnostic', async () => {
    expect(await w.services.incidents.counts(bob)).toEqual({ open: 13, openPersonalData: 0 });
    expect(await w.services.incidents.counts(alice)).toEqual({ open: 0, openPersonalData: 0 });
  });

  it('row-level security: B reads none of A’s incidents in SQL, only its duty towards B, and cannot write', async () => {
    const rows = await appRoleSql(
      w.db,
      w.bob.id,
      `select title from incidents where title = 'Laptop stolen'`,
      w.orgB,
    );
    expect(rows).toEqual([]);
    const duties = await appRoleSql<{ agreement_reference: string }>(
      w.db,
      w.bob.id,
      `select agreement_reference from incident_agreement_duties`,
      w.orgB,
    );
    expect(duties.map((d) => d.agreement_reference)).toEqual([agreement.reference]);
    const updated = await appRoleSql(
      w.db,
      w.bob.id,
      `update incidents set title = 'x' where organisation_id = '${w.orgA}' returning id`,
      w.orgB,
    );
    expect(updated).toEqual([]);
    await expect(
      appRoleSql(w.db, w.bob.id, `delete from incidents where organisation_id = '${w.orgA}'`, w.orgB),
    ).rejects.toThrow(/permission denied/);
    // The summary function gives nothing to a non-cluster role.
    expect(
      await appRoleSql(w.db, w.bob.id, `select * from steward_incident_summary_records()`, w.orgB),
    ).toEqual([]);
  });

  it('the cluster coordinator adds incident types; reports, the summary and the database accept them', async () => {
    const labels = {
      en: 'Cyber attack',
      fr: 'Cyberattaque',
      es: 'Ciberataque',
      pt: 'Ciberataque',
      ar: 'هجوم إلكتروني',
    };
    await expect(w.services.incidents.addType(alice, { code: 'cyber-attack', labels })).rejects.toMatchObject(
      { code: 'forbidden' },
    );
    await expect(w.services.incidents.addType(carol, { code: 'misuse', labels })).rejects.toMatchObject({
      code: 'validation',
      details: { fields: [{ path: 'code' }] },
    });
    await expect(w.services.incidents.addType(carol, { code: 'Cyber Attack', labels })).rejects.toMatchObject(
      {
        code: 'validation',
        details: { fields: [{ path: 'code' }] },
      },
    );
    await expect(
      w.services.incidents.addType(carol, { code: 'cyber-attack', labels: { ...labels, ar: ' ' } }),
    ).rejects.toMatchObject({ code: 'validation', details: { fields: [{ path: 'labels.ar' }] } });
    // Before it exists, the type is refused with the list of valid ones.
    const refused = w.services.incidents.report(bob, {
      title: 'x',
      type: 'cyber-attack',
      personalData: false,
    });
    await expect(refused).rejects.toMatchObject({
      code: 'validation',
      details: { fields: [{ path: 'type' }] },
    });
    await expect(refused).rejects.toThrow(
      /"cyber-attack" is not an incident type; one of unauthorised-disclosure,/,
    );

    expect(await w.services.incidents.addType(carol, { code: 'cyber-attack', labels })).toEqual({
      code: 'cyber-attack',
      builtIn: false,
      labels,
    });
    await expect(w.services.incidents.addType(carol, { code: 'cyber-attack', labels })).rejects.toMatchObject(
      {
        code: 'conflict',
        details: { reason: 'type-exists' },
      },
    );
    const types = await w.services.incidents.types(dave);
    expect(types.map((t) => t.code)).toEqual([
      'unauthorised-disclosure',
      'loss-or-theft',
      'unauthorised-access',
      'misuse',
      'near-miss',
      'other',
      'cyber-attack',
    ]);
    const audit = await w.services.audit.list(carol, { limit: 1000 });
    expect(audit.find((e) => e.action === 'incident.type-added')).toBeDefined();

    // Any member reports with it; an unknown code lists the new one among the valid ones.
    const inc = await w.services.incidents.report(bob, {
      title: 'Phishing e-mail opened',
      type: 'cyber-attack',
      personalData: false,
    });
    expect(inc.type).toBe('cyber-attack');
    await expect(
      w.services.incidents.report(bob, { title: 'x', type: 'phishing', personalData: false }),
    ).rejects.toThrow(/one of .*other, cyber-attack/);
    // The summary counts by the new type, with the same suppression (one incident: hidden).
    const byType = (await w.services.incidents.summary(carol)).tables.find((t) => t.dimension === 'type')!;
    expect(byType.cells.find((c) => c.code === 'cyber-attack')).toMatchObject({
      count: null,
      status: 'primary',
    });
    for (let i = 0; i < 5; i++)
      await w.services.incidents.report(bob, {
        title: `Phish ${i}`,
        type: 'cyber-attack',
        personalData: false,
      });
    const after = (await w.services.incidents.summary(carol)).tables.find((t) => t.dimension === 'type')!;
    // Six: past the threshold, no longer primary-suppressed (published, or hidden only to protect
    // another cell).
    const cell = after.cells.find((c) => c.code === 'cyber-attack')!;
    expect(cell.status).not.toBe('primary');
    expect(cell.count === 6 || cell.status === 'secondary').toBe(true);
    expect(after.total.count).toBeGreaterThanOrEqual(6);

    // In SQL: members read the types, only the coordinator adds one, and an incident's type is
    // a built-in or added code whoever writes it.
    const asB = (q: string) => appRoleSql(w.db, w.bob.id, q, w.orgB);
    expect(await asB(`select code from incident_types`)).toEqual([{ code: 'cyber-attack' }]);
    await expect(
      asB(
        `insert into incident_types (code, labels, created_at) values ('spam', '{"en":"Spam","fr":"Spam","es":"Spam","pt":"Spam","ar":"Spam"}', now())`,
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(asB(`update incidents set type = 'phishing' where id = '${inc.id}'`)).rejects.toThrow(
      /unknown incident type phishing/,
    );
    await expect(
      appRoleSql(
        w.db,
        carol.userId,
        `insert into incident_types (code, labels, created_at) values ('spam', '{"en":"Spam"}', now())`,
        orgC,
      ),
    ).rejects.toThrow(/incident_types_labels_check/);

    // Cluster roles change an added type's labels (audited); the code never changes; nobody deletes.
    await expect(
      w.services.incidents.editTypeLabels(bob, 'cyber-attack', { labels: { fr: 'Piratage' } }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      w.services.incidents.editTypeLabels(carol, 'misuse', { labels: { fr: 'Abus' } }),
    ).rejects.toMatchObject({ code: 'conflict', details: { reason: 'type-built-in' } });
    await expect(
      w.services.incidents.editTypeLabels(carol, 'cyber-attack', { labels: { de: 'Cyberangriff' } }),
    ).rejects.toMatchObject({ code: 'validation', details: { fields: [{ path: 'labels.de' }] } });
    await expect(
      w.services.incidents.editTypeLabels(carol, 'cyber-attack', { labels: { ar: '  ' } }),
    ).rejects.toMatchObject({ code: 'validation', details: { fields: [{ path: 'labels.ar' }] } });
    await expect(
      w.services.incidents.editTypeLabels(carol, 'no-such', { labels: { fr: 'X' } }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(
      await w.services.incidents.editTypeLabels(carol, 'cyber-attack', { labels: { fr: ' Piratage ' } }),
    ).toEqual({ code: 'cyber-attack', builtIn: false, labels: { ...labels, fr: 'Piratage' } });
    expect((await w.services.incidents.types(dave)).find((t) => t.code === 'cyber-attack')?.labels?.fr).toBe(
      'Piratage',
    );
    const changed = (await w.services.audit.list(carol, { limit: 1000 })).find(
      (e) => e.action === 'incident.type-labels-changed',
    );
    expect(changed?.details).toMatchObject({
      code: 'cyber-attack',
      before: { fr: 'Cyberattaque' },
      after: { fr: 'Piratage' },
    });
    expect(
      await asB(
        `update incident_types set labels = labels || '{"fr":"X"}' where code = 'cyber-attack' returning code`,
      ),
    ).toEqual([]);
    await expect(
      appRoleSql(
        w.db,
        carol.userId,
        `update incident_types set code = 'cyber' where code = 'cyber-attack'`,
        orgC,
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      appRoleSql(w.db, carol.userId, `delete from incident_types where code = 'cyber-attack'`, orgC),
    ).rejects.toThrow(/permission denied/);
  });
});
