/**
 * The service directory on the demo response: the referral list, and the row-level security of
 * the directory tables (signed-in members read all, the public only listed services and public
 * contacts, each organisation writes its own, cluster roles flag stale entries).
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@steward/db';
import { queryRows } from '@steward/db';
import {
  flagStaleService,
  listServiceContacts,
  listServiceLocations,
  listServices,
  updateService,
} from '@steward/db/repositories/directory';
import { createDemoTestDatabase } from '../test-support/demo-database';
import { createServices, type Actor, type DemoCredential, type Services } from '../index';
import { ServiceError } from '../errors';
import { dbActor } from '../util';

let db: Database;
let services: Services;
let credentials: DemoCredential[];
const now = new Date('2026-12-01T10:00:00Z');

async function actorFor(email: string): Promise<Actor> {
  const c = credentials.find((x) => x.email === email);
  if (!c) throw new Error(`no demo user ${email}`);
  const { sessionToken } = await services.auth.login({ email, password: c.password });
  const actor = await services.auth.authenticateSession(sessionToken);
  if (!actor) throw new Error('no session');
  return actor;
}

beforeAll(async () => {
  const demoDb = await createDemoTestDatabase({ at: now });
  db = demoDb.db;
  services = createServices({
    db,
    clock: () => now,
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { twoFactorRequired: false },
  });
  credentials = demoDb.demo.credentials;
});
afterAll(async () => db?.close());

describe('listServicesAcceptingReferrals', () => {
  it("lists the organisation's active services that take referrals, not those that do not", async () => {
    const caseworker = await actorFor('caseworker@demo.example.org');
    const tri = await services.directory.listServicesAcceptingReferrals(caseworker, 'tri');
    expect(tri).toEqual([
      {
        id: expect.any(String),
        name: 'Psychosocial support groups',
        serviceType: 'psychosocial',
        referralMethod: 'steward',
      },
    ]);
    const fuda = await services.directory.listServicesAcceptingReferrals(caseworker, 'FUDA');
    expect(fuda.map((s) => [s.name, s.referralMethod])).toEqual([
      ['Multipurpose cash assistance', 'steward'],
      ['Protection monitoring and counselling desk', 'email'],
    ]);
    expect(await services.directory.listServicesAcceptingReferrals(caseworker, 'DPCCU')).toEqual([]);
  });

  it('an unknown acronym is not-found, an empty one a validation error', async () => {
    const caseworker = await actorFor('caseworker@demo.example.org');
    await expect(services.directory.listServicesAcceptingReferrals(caseworker, 'NOPE')).rejects.toMatchObject(
      {
        code: 'not-found',
      },
    );
    await expect(services.directory.listServicesAcceptingReferrals(caseworker, ' ')).rejects.toBeInstanceOf(
      ServiceError,
    );
  });
});

describe('directory row-level security', () => {
  it('every partner of the demo has services; signed-in members read all of them', async () => {
    const viewer = await actorFor('viewer@demo.example.org');
    const rows = await db.withActor(dbActor(viewer), (tx) => listServices(tx));
    const acronyms = new Set(rows.map((r) => r.organisationAcronym));
    for (const a of ['FUDA', 'TRI', 'BCSA', 'AMD', 'RCSN', 'DPDSA']) expect(acronyms).toContain(a);
    expect(rows.some((r) => !r.service.isPublic)).toBe(true);
    const contacts = await db.withActor(dbActor(viewer), (tx) => listServiceContacts(tx));
    expect(contacts.some((c) => c.visibility === 'partner')).toBe(true);
  });

  it('without a session: only public services, their public contacts and their locations', async () => {
    const all = await db.asSystem('test', async (tx) => ({
      services: await listServices(tx),
      locations: await listServiceLocations(tx),
    }));
    const anon = await db.withAnonymous(async (tx) => ({
      services: await listServices(tx),
      contacts: await listServiceContacts(tx),
      locations: await listServiceLocations(tx),
    }));
    expect(anon.services.length).toBe(all.services.filter((r) => r.service.isPublic).length);
    expect(anon.services.every((r) => r.service.isPublic)).toBe(true);
    expect(anon.services.map((r) => r.service.name)).not.toContain('Emergency safe shelter');
    expect(anon.contacts.length).toBeGreaterThan(0);
    expect(anon.contacts.every((c) => c.visibility === 'public')).toBe(true);
    expect(anon.contacts.some((c) => c.phone === '+258 84 000 0101')).toBe(false);
    expect(anon.locations.length).toBeGreaterThan(0);
    expect(anon.locations.length).toBeLessThanOrEqual(all.locations.length);
  });

  it("a partner updates its own services, not another organisation's", async () => {
    const tri = await actorFor('focal-point@demo.example.org');
    const rows = await db.asSystem('test', (tx) => listServices(tx));
    const own = rows.find((r) => r.organisationAcronym === 'TRI')!.service;
    const other = rows.find((r) => r.organisationAcronym === 'BCSA')!.service;
    const actor = { ...dbActor(tri), organisationId: own.organizationId };
    const updated = await db.withActor(actor, (tx) =>
      updateService(tx, own.id, { alert: 'Closed on 25 Dec' }),
    );
    expect(updated?.alert).toBe('Closed on 25 Dec');
    const refused = await db.withActor(actor, (tx) => updateService(tx, other.id, { alert: 'hijacked' }));
    expect(refused).toBeNull();
    await expect(
      db.withActor(actor, (tx) =>
        tx.execute(sql`update services set organization_id = ${other.organizationId} where id = ${own.id}`),
      ),
    ).rejects.toThrow();
  });

  it('the public directory shows a new service at once and drops a deleted one (no stale cache)', async () => {
    const owner = credentials.find(
      (c) => c.role === 'partner-focal-point' && c.organisationAcronym === 'RCSN',
    )!;
    const tri = await actorFor(owner.email);
    const before = await services.directory.publicDirectory();
    const created = await services.directory.create(tri, {
      name: 'Walk-in legal desk',
      serviceType: 'legal',
      referralMethod: 'in-person',
      schedules: [{ byday: 'MO,TU', opens_at: '08:00', closes_at: '12:00' }],
      locations: [{ name: 'Market desk', adminPcode: 'MZ0701', accessibility: ['wheelchair'] }],
      contacts: [
        { phone: '+258 84 000 1111', visibility: 'public' },
        { email: 'desk.partner@demo.example.org', isReferralFocalPoint: true, visibility: 'partner' },
      ],
    });
    const after = await services.directory.publicDirectory();
    expect(after.services).toHaveLength(before.services.length + 1);
    const listed = after.services.find((x) => x.id === created.id)!;
    expect(listed.contacts.map((c) => c.phone ?? c.email)).toEqual(['+258 84 000 1111']);
    expect(listed.locations.map((l) => l.adminPcode)).toEqual(['MZ0701']);
    // The public reads the area's name with its code (walk2): the gazetteer's name of each p-code.
    const [area] = await db.asSystem('test', (tx) =>
      queryRows<{ name: string }>(tx, sql`select name from admin_areas where pcode = 'MZ0701'`),
    );
    expect(area?.name).toMatch(/\w/);
    expect(after.areaNames.MZ0701).toBe(area?.name);
    for (const p of after.services.flatMap((x) => x.coveragePcodes)) expect(after.areaNames[p]).toMatch(/\w/);
    await services.directory.remove(tri, created.id);
    expect((await services.directory.publicDirectory()).services.map((x) => x.id)).not.toContain(created.id);
  });

  it('only cluster roles flag a stale service', async () => {
    const rows = await db.asSystem('test', (tx) => listServices(tx));
    const stale = rows.find((r) => r.service.name === 'Family tracing and reunification')!.service;
    const partner = await actorFor('focal-point@demo.example.org');
    expect(await db.withActor(dbActor(partner), (tx) => flagStaleService(tx, stale.id, now))).toBe(false);
    const imo = await actorFor('imo@demo.example.org');
    expect(await db.withActor(dbActor(imo), (tx) => flagStaleService(tx, stale.id, now))).toBe(true);
    const [row] = await db.asSystem('test', (tx) =>
      queryRows<{ flagged: Date | string | null }>(
        tx,
        sql`select stale_flagged_at as flagged from services where id = ${stale.id}`,
      ),
    );
    expect(row?.flagged).not.toBeNull();
  });

  it('the default taxonomy is the §10.2 checklist; only cluster roles edit it', async () => {
    const caseworker = await actorFor('caseworker@demo.example.org');
    const terms = await db.withActor(dbActor(caseworker), (tx) =>
      queryRows<{ code: string }>(tx, sql`select code from service_taxonomy_terms order by position`),
    );
    expect(terms.map((t) => t.code)).toContain('psychosocial');
    expect(terms).toHaveLength(14);
    const changed = await db.withActor(dbActor(caseworker), (tx) =>
      queryRows<{ code: string }>(
        tx,
        sql`update service_taxonomy_terms set name = 'x' where code = 'cash' returning code`,
      ),
    );
    expect(changed).toEqual([]);
    const imo = await actorFor('imo@demo.example.org');
    const byImo = await db.withActor(dbActor(imo), (tx) =>
      queryRows<{ code: string }>(
        tx,
        sql`update service_taxonomy_terms set description = 'Cash and vouchers.' where code = 'cash' returning code`,
      ),
    );
    expect(byImo).toEqual([{ code: 'cash' }]);
  });

  it('a refused taxonomy term names each problem by code + params; nothing is written', async () => {
    const imo = await actorFor('imo@demo.example.org');
    const refused = async (body: unknown) => {
      const e = await services.directory.setTaxonomyTerm(imo, body).then(
        () => null,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(ServiceError);
      expect((e as ServiceError).code).toBe('validation');
      return ((e as ServiceError).details?.fields ?? []) as {
        path: string;
        code: string;
        params: Record<string, unknown>;
        message: string;
      }[];
    };
    const before = await services.directory.taxonomy(imo);
    const bad = await refused({
      code: 'Mine Action',
      name: 'x'.repeat(101),
      description: 'd'.repeat(501),
      position: 2.5,
    });
    expect(bad.map((p) => [p.path, p.code, p.params])).toEqual([
      ['code', 'not-term-code', { max: 40 }],
      ['name', 'too-long', { max: 100 }],
      ['description', 'too-long', { max: 500 }],
      ['position', 'not-whole-number', { min: 0, max: 10000 }],
    ]);
    expect(bad[0]!.message).toMatch(/lower-case letters, digits and dashes/);
    const missing = await refused({ code: '  ', name: '', description: 42 });
    expect(missing.map((p) => [p.path, p.code])).toEqual([
      ['code', 'required'],
      ['name', 'required'],
      ['description', 'not-text'],
    ]);
    expect((await refused({ code: '-lead', name: 'Lead dash' }))[0]?.code).toBe('not-term-code');
    expect((await refused({ code: 'a'.repeat(41), name: 'Too long a code' }))[0]?.code).toBe('not-term-code');
    expect(await services.directory.taxonomy(imo)).toEqual(before);
  });

  it('a cluster role adds a term (after the checklist) and renames it without moving it; a partner may not', async () => {
    const imo = await actorFor('imo@demo.example.org');
    const added = await services.directory.setTaxonomyTerm(imo, {
      code: 'mine-action',
      name: 'Mine action',
      description: 'Risk education and victim assistance.',
    });
    expect(added).toEqual({
      code: 'mine-action',
      name: 'Mine action',
      description: 'Risk education and victim assistance.',
      position: 100,
    });
    await services.directory.setTaxonomyTerm(imo, { code: 'mine-action', name: 'Mine action', position: 7 });
    const renamed = await services.directory.setTaxonomyTerm(imo, {
      code: 'mine-action',
      name: 'Humanitarian mine action',
      description: '',
    });
    expect(renamed).toEqual({
      code: 'mine-action',
      name: 'Humanitarian mine action',
      description: '',
      position: 7,
    });
    const partner = await actorFor('focal-point@demo.example.org');
    await expect(
      services.directory.setTaxonomyTerm(partner, { code: 'mine-action', name: 'Taken over' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const terms = await services.directory.taxonomy(partner);
    expect(terms.find((t) => t.code === 'mine-action')?.name).toBe('Humanitarian mine action');
    expect(terms).toHaveLength(15);
  });
});
