// The cluster catalogue (issue 8) on a real database (PGlite, or the server named by
// TEST_DATABASE_URL): a partner sees other organisations' entries shared with the cluster as
// metadata, with what the ISP allows; not entries kept from the cluster, not what the ISP never lets
// leave the owner, not inactive organisations' or destroyed entries; the same for every role; the
// database function gives metadata only, and only to a signed-in member.
import { appRoleSql, ownerSql } from '@steward/db/testing';
import { insertIspVersion } from '@steward/db/repositories/isp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIsp } from '../demo/registry-demo';
import {
  aggregatedEntryInput,
  createWorld,
  signedOffDia,
  system,
  type World,
} from '../test-support/fixtures';
import type { Actor } from '../types';

let w: World;
let alice: Actor;
let bob: Actor;
let viewer: Actor;
let imo: Actor;
let orgC: string;
let orgCluster: string;
const ids: Record<string, string> = {};

const login = async (email: string, password: string) =>
  (await w.services.auth.login({ email, password, ip: null, userAgent: null })).actor;
const titles = (page: { items: { title: string }[] }) => page.items.map((i) => i.title);

beforeAll(async () => {
  w = await createWorld({ twoFactorRequired: false });
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
  orgC = (
    await w.services.organisations.create(system, {
      name: 'Organisation C',
      acronym: 'ORGC',
      type: 'un-agency',
    })
  ).id;
  orgCluster = (
    await w.services.organisations.create(system, {
      name: 'Cluster lead',
      acronym: 'CLST',
      type: 'cluster-lead',
    })
  ).id;
  const people = [
    { email: 'carol@example.org', org: orgC, role: 'partner-focal-point' as const },
    { email: 'val@example.org', org: w.orgB, role: 'viewer' as const },
    { email: 'imo@example.org', org: orgCluster, role: 'cluster-imo' as const },
  ];
  for (const p of people)
    await w.services.users.create(system, {
      email: p.email,
      password: 'a-long-password-123',
      displayName: p.email,
      memberships: [{ organisationId: p.org, role: p.role }],
    });
  alice = await login(w.alice.email, w.alice.password);
  bob = await login(w.bob.email, w.bob.password);
  viewer = await login('val@example.org', 'a-long-password-123');
  imo = await login('imo@example.org', 'a-long-password-123');
  const carol = await login('carol@example.org', 'a-long-password-123');
  const create = async (actor: Actor, key: string, over: Record<string, unknown>) => {
    ids[key] = (await w.services.registry.create(actor, aggregatedEntryInput(over))).id;
  };
  // A's entries: two shared, one kept from the cluster, one the ISP never lets leave A, one destroyed.
  await create(alice, 'needs', { title: 'District needs assessment', sharedWithCluster: true });
  await create(alice, 'sites', {
    title: 'IDP site list with coordinates',
    dataTypes: ['movement-locations'],
    aggregationLevel: 'site',
    includesNames: true,
    includesCoordinates: true,
    containsPersonalData: false,
    sharedWithCluster: true,
  });
  await create(alice, 'private', { title: 'Internal needs tracker', sharedWithCluster: false });
  await create(alice, 'noShare', {
    title: 'Referral log',
    dataTypes: ['referral-data'],
    aggregationLevel: 'individual',
    includesNames: true,
    containsPersonalData: true,
    legalBasis: 'vital-interest',
    sharedWithCluster: true,
  });
  await create(alice, 'destroyed', { title: 'Old needs assessment 2019', sharedWithCluster: true });
  await ownerSql(
    w.db,
    `insert into retention_schedules (organisation_id, registry_entry_id, period_months, trigger, trigger_on, due_on, destruction_method, destroyed_at, created_at, updated_at)
     values ('${w.orgA}', '${ids.destroyed}', 12, 'collection', '2019-01-01', '2020-01-01', 'Secure deletion', now(), now(), now())`,
  );
  // B's own entry, and C's, whose organisation then leaves the cluster.
  await create(bob, 'bobs', {
    title: 'Community perception survey',
    dataTypes: ['community-perception'],
    sharedWithCluster: true,
  });
  await create(carol, 'carols', { title: 'Needs of returnees', sharedWithCluster: true });
  await ownerSql(w.db, `update organisations set status = 'inactive' where id = '${orgC}'`);
  // Entries with personal data or a High/Severe level start as drafts until a signed-off DIA covers
  // them (issue 11, decision 0024): these stand for activated ones (their DIAs are not this test's
  // subject). One more stays a draft, and the catalogue leaves it out.
  await ownerSql(w.db, `update registry_entries set status = 'active'`);
  await create(alice, 'draft', {
    title: 'IDP site list — next round',
    dataTypes: ['movement-locations'],
    aggregationLevel: 'site',
    includesNames: true,
    includesCoordinates: true,
    containsPersonalData: false,
    sharedWithCluster: true,
  });
}, 120_000);
afterAll(async () => w?.db.close());

describe('the cluster catalogue', () => {
  it("lists other organisations' shared entries with what the ISP allows, and the viewer's own", async () => {
    const page = await w.services.catalogue.list(bob);
    expect(titles(page)).toEqual([
      'Community perception survey',
      'District needs assessment',
      'IDP site list with coordinates',
    ]);
    expect(page).toMatchObject({ total: 3, page: 1, pages: 1, ispVersion: '1.0' });
    const [own, needs, sites] = page.items;
    expect(own).toMatchObject({ own: true, access: 'own', canRequest: false, organisationAcronym: 'ORGB' });
    expect(needs).toMatchObject({
      own: false,
      access: 'on-request',
      canRequest: true,
      organisationAcronym: 'ORGA',
      organisationName: 'Organisation A',
      dataTypes: ['needs-assessment'],
      aggregationLevel: 'adm2',
      sensitivity: 'moderate',
      decision: { decision: 'allow', ispVersion: '1.0' },
      agreement: null,
    });
    expect(needs!.decision.why.length).toBeGreaterThan(0);
    expect(sites).toMatchObject({ access: 'agreement', sensitivity: 'severe', canRequest: true });
    // Metadata only: no description, purpose, storage, focal point or files.
    expect(Object.keys(needs!)).not.toEqual(expect.arrayContaining(['description']));
    for (const k of ['description', 'purpose', 'storageLocation', 'focalPoint', 'files', 'dataSubjects'])
      expect(needs).not.toHaveProperty(k);
  });

  it('leaves out entries kept from the cluster, not shareable under the ISP, destroyed, drafts, or of inactive organisations', async () => {
    const all = titles(await w.services.catalogue.list(bob, { pageSize: 100 }));
    for (const hidden of [
      'Internal needs tracker',
      'Referral log',
      'Old needs assessment 2019',
      'Needs of returnees',
      'IDP site list — next round',
    ])
      expect(all).not.toContain(hidden);
    // The owner sees its own shared entries, the ISP's verdict on them notwithstanding (it owns them).
    const mine = titles(await w.services.catalogue.list(alice, { pageSize: 100 }));
    expect(mine).toContain('Referral log');
    expect(mine).not.toContain('Internal needs tracker');
    expect(mine).not.toContain('Old needs assessment 2019');
    expect(mine).not.toContain('IDP site list — next round');
  });

  it('searches titles and filters by owner, data type, level, sensitivity and "I can request", in pages', async () => {
    const list = (f: Parameters<typeof w.services.catalogue.list>[1]) => w.services.catalogue.list(bob, f);
    expect(titles(await list({ q: 'NEEDS' }))).toEqual(['District needs assessment']);
    expect(titles(await list({ q: '   ' }))).toHaveLength(3);
    expect(titles(await list({ owner: w.orgA }))).toEqual([
      'District needs assessment',
      'IDP site list with coordinates',
    ]);
    expect(titles(await list({ dataType: 'movement-locations' }))).toEqual([
      'IDP site list with coordinates',
    ]);
    expect(titles(await list({ aggregationLevel: 'site' }))).toEqual(['IDP site list with coordinates']);
    expect(titles(await list({ sensitivity: 'severe' }))).toEqual(['IDP site list with coordinates']);
    expect(titles(await list({ requestable: true }))).toEqual([
      'District needs assessment',
      'IDP site list with coordinates',
    ]);
    const p2 = await list({ pageSize: 2, page: 2 });
    expect(p2).toMatchObject({ total: 3, pages: 2, page: 2, pageSize: 2 });
    expect(titles(p2)).toEqual(['IDP site list with coordinates']);
    // A page past the end shows the last page.
    expect((await list({ pageSize: 2, page: 9 })).page).toBe(2);
    await expect(list({ owner: 'not-a-uuid' })).rejects.toMatchObject({ code: 'validation' });
    await expect(list({ pageSize: 1000 })).rejects.toMatchObject({ code: 'validation' });
    await expect(list({ page: 0 })).rejects.toMatchObject({ code: 'validation' });
  });

  it('gives every role of a member organisation the same catalogue; no organisation, no catalogue', async () => {
    expect(titles(await w.services.catalogue.list(viewer))).toEqual(
      titles(await w.services.catalogue.list(bob)),
    );
    const forImo = await w.services.catalogue.list(imo);
    expect(titles(forImo)).toEqual([
      'Community perception survey',
      'District needs assessment',
      'IDP site list with coordinates',
    ]);
    expect(forImo.items.every((i) => i.canRequest)).toBe(true);
    const noOrg: Actor = { ...bob, activeOrganisationId: null };
    await expect(w.services.catalogue.list(noOrg)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('records the decisions it shows as one audit batch, ids and codes only', async () => {
    await w.services.catalogue.list(bob);
    const [row] = await ownerSql<{ details: { decisions: { id: string; decision: string }[] } }>(
      w.db,
      `select details from audit_log where action = 'isp.decision' and target_type = 'catalogue' order by sequence desc limit 1`,
    );
    const decisions = new Map(row!.details.decisions.map((d) => [d.id, d.decision]));
    expect(decisions.get(ids.needs!)).toBe('allow');
    expect(decisions.get(ids.noShare!)).toBe('deny');
    expect(decisions.has(ids.bobs!)).toBe(false);
    expect(JSON.stringify(row)).not.toContain('District needs assessment');
  });

  it('shows an agreement in force, and a request filed from the catalogue names the entry', async () => {
    const [needs] = (await w.services.catalogue.list(bob, { q: 'district' })).items;
    const request = await w.services.sharing.createRequest(bob, {
      registryEntryId: needs!.id,
      purpose: 'Joint analysis of needs by district.',
      intendedUse: 'Aggregated outputs in the cluster bulletin.',
      recipients: 'B IM team',
      requestedDurationDays: 30,
      contactEmail: 'bob@example.org',
    });
    expect(request).toMatchObject({
      entryTitle: 'District needs assessment',
      provider: 'ORGA',
      status: 'pending',
    });
    // A new partner flow: A's DIA covers it (decision 0024).
    await signedOffDia(w, alice, [needs!.id]);
    await w.services.sharing.approve(alice, request.id, {
      conditions: [],
      startsOn: '2026-03-01',
      expiresOn: '2026-12-31',
      signatories: [{ name: 'Focal A', role: 'Provider', organisation: 'ORGA', signedOn: '2026-03-01' }],
    });
    const [after] = (await w.services.catalogue.list(bob, { q: 'district' })).items;
    expect(after!.agreement).toEqual({
      reference: expect.stringMatching(/^DSA-2026-/),
      expiresOn: '2026-12-31',
    });
  });

  it('in the database: metadata of shared, active entries to a signed-in member only; registry rows stay hidden', async () => {
    const call = `select * from steward_catalogue_entries(null, null, null, null)`;
    const rows = await appRoleSql<Record<string, unknown>>(w.db, w.bob.id, call, w.orgB);
    const got = rows.map((r) => r.title).sort();
    expect(got).toEqual([
      'Community perception survey',
      'District needs assessment',
      'IDP site list with coordinates',
      'Referral log',
    ]);
    expect(Object.keys(rows[0]!)).not.toContain('description');
    expect(Object.keys(rows[0]!)).not.toContain('focal_point');
    // The ISP's verdict is the services' (Referral log is left out there); RLS still hides A's rows.
    const direct = await appRoleSql<{ title: string }>(
      w.db,
      w.bob.id,
      `select title from registry_entries`,
      w.orgB,
    );
    expect(direct.map((r) => r.title)).not.toContain('Referral log');
    // No actor: nothing.
    expect(await appRoleSql(w.db, '', call)).toEqual([]);
    // Filters in SQL (title text any case, owner, data type, level).
    const q = (args: string) =>
      appRoleSql<{ title: string }>(
        w.db,
        w.bob.id,
        `select title from steward_catalogue_entries(${args})`,
        w.orgB,
      );
    expect((await q(`'DISTRICT', null, null, null`)).map((r) => r.title)).toEqual([
      'District needs assessment',
    ]);
    expect((await q(`null, '${w.orgB}', null, null`)).map((r) => r.title)).toEqual([
      'Community perception survey',
    ]);
    expect((await q(`null, null, 'referral-data', null`)).map((r) => r.title)).toEqual(['Referral log']);
    expect((await q(`null, null, null, 'site'`)).map((r) => r.title)).toEqual([
      'IDP site list with coordinates',
    ]);
  });

  it('refuses a request by id for every entry the catalogue hides, as for an unknown id (issue 8)', async () => {
    const ask = (registryEntryId: string) =>
      w.services.sharing.createRequest(bob, {
        registryEntryId,
        purpose: 'Joint analysis.',
        intendedUse: 'Aggregated outputs.',
        recipients: 'B IM team',
        requestedDurationDays: 30,
        contactEmail: 'bob@example.org',
      });
    const unknown = await ask('00000000-0000-4000-8000-000000000000').catch((e: unknown) => e);
    expect(unknown).toMatchObject({ code: 'not-found' });
    // Kept from the cluster, never shareable under the ISP, destroyed, of an inactive organisation, a draft.
    for (const key of ['private', 'noShare', 'destroyed', 'carols', 'draft']) {
      const err = await ask(ids[key]!).catch((e: unknown) => e);
      expect(err, key).toMatchObject({ code: 'not-found' });
      expect((err as Error).message, key).toBe((unknown as Error).message);
    }
    const [{ n } = { n: -1 }] = await ownerSql<{ n: number }>(
      w.db,
      `select count(*)::int as n from data_requests where registry_entry_id in ('${ids.noShare}', '${ids.destroyed}', '${ids.carols}', '${ids.draft}')`,
    );
    expect(n).toBe(0);
    // What the catalogue shows can be asked for, under an agreement too.
    await expect(ask(ids.sites!)).resolves.toMatchObject({ entryTitle: 'IDP site list with coordinates' });
  });
});
