/**
 * The directory's gaps (issue 10): services per district and service type, checked against a
 * direct SQL count written another way (correlated subqueries); a new service fills its gaps,
 * an inactive one fills none.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@steward/db';
import { ownerSql } from '@steward/db/testing';
import { createDemoTestDatabase } from '../test-support/demo-database';
import { createServices, type Actor, type DemoCredential, type Services } from '../index';

let db: Database;
let services: Services;
let credentials: DemoCredential[];
const now = new Date('2026-12-02T09:30:00Z');

async function actorFor(email: string): Promise<Actor> {
  const c = credentials.find((x) => x.email === email)!;
  const { sessionToken } = await services.auth.login({ email, password: c.password });
  const actor = (await services.auth.authenticateSession(sessionToken))!;
  const home = actor.memberships.find((m) => m.acronym === c.organisationAcronym)!;
  return { ...actor, activeOrganisationId: home.organisationId };
}

/** The same figures by direct SQL, written independently of the repository's query. */
async function expected(): Promise<Map<string, number>> {
  const rows = await ownerSql<{ pcode: string; type: string; n: number }>(
    db,
    `select a.pcode, t.code as type,
            (select count(*) from services s
              where s.status = 'active' and s.service_type = t.code
                and (s.coverage_pcodes ? a.pcode
                     or (a.parent_pcode is not null and s.coverage_pcodes ? a.parent_pcode)
                     or exists (select 1 from service_at_locations sal
                                  join service_locations l on l.id = sal.location_id
                                 where sal.service_id = s.id
                                   and l.admin_pcode in (a.pcode, a.parent_pcode))))::int as n
       from admin_areas a, service_taxonomy_terms t
      where a.country_iso3 = 'MOZ' and a.level = 2`,
  );
  return new Map(rows.map((r) => [`${r.pcode}|${r.type}`, r.n]));
}

const asMap = (items: { pcode: string; serviceType: string; services: number }[]) =>
  new Map(items.map((r) => [`${r.pcode}|${r.serviceType}`, r.services]));

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
}, 120_000);
afterAll(async () => db?.close());

describe('directory coverage (gaps)', () => {
  it('every district × service type, the same counts as direct SQL; covered areas and gaps both present', async () => {
    const imo = await actorFor('imo@demo.example.org');
    const caseworker = await actorFor('caseworker@demo.example.org');
    const want = await expected();
    for (const who of [imo, caseworker]) {
      const got = await services.directory.coverage(who);
      expect(got.country).toBe('MOZ');
      expect(asMap(got.items)).toEqual(want);
    }
    const values = [...want.values()];
    expect(values.filter((n) => n > 0).length).toBeGreaterThan(0);
    expect(values.filter((n) => n === 0).length).toBeGreaterThan(0);
    expect(new Set([...want.keys()].map((k) => k.split('|')[0])).size).toBe(159);
  });

  it('a new active service fills the gaps of its districts; an inactive one fills none', async () => {
    const tri = await actorFor('focal-point@demo.example.org');
    const before = asMap((await services.directory.coverage(tri, { serviceType: 'legal' })).items);
    // A district of Niassa (MZ02) with no legal service yet, and its neighbours in the province.
    const gap = [...before].find(([k, n]) => k.startsWith('MZ02') && n === 0)![0].split('|')[0]!;
    const inactive = await services.directory.create(tri, {
      name: 'Closed legal desk',
      serviceType: 'legal',
      status: 'inactive',
      referralMethod: 'in-person',
      coveragePcodes: [gap],
    });
    expect(asMap((await services.directory.coverage(tri, { serviceType: 'legal' })).items)).toEqual(before);
    const active = await services.directory.create(tri, {
      name: 'Mobile legal desk',
      serviceType: 'legal',
      referralMethod: 'in-person',
      locations: [{ name: 'Market desk', adminPcode: gap }],
    });
    const after = asMap((await services.directory.coverage(tri, { serviceType: 'legal' })).items);
    expect(after.get(`${gap}|legal`)).toBe(1);
    for (const [k, n] of before) if (k !== `${gap}|legal`) expect(after.get(k)).toBe(n);
    expect(after).toEqual(new Map([...(await expected())].filter(([k]) => k.endsWith('|legal'))));
    await services.directory.remove(tri, active.id);
    await services.directory.remove(tri, inactive.id);
  });
});
