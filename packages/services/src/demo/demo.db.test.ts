import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAdminAreas } from '@steward/db';
import { createTestDatabase, ownerSql } from '@steward/db/testing';
import type { Database } from '@steward/db';
import { seededRandom } from '@steward/core/random';
import { createServices, type Services } from '../index';
import { ServiceError } from '../errors';
import { ADMIN_AREAS_FILE, generatePassword, loadMozambiqueAdminAreas, parseAdminAreasCsv } from './demo';

const GAZETTEER = fileURLToPath(
  new URL('../../../../test-data/cod-pcodes/fixtures-download-global-pcodes-adm-1-2.csv', import.meta.url),
);

function seededBytes(seed: number): (n: number) => Uint8Array {
  const r = seededRandom(seed);
  return (n) => Uint8Array.from({ length: n }, () => r.int(256));
}

describe('Mozambique p-codes data file', () => {
  it("equals the OCHA gazetteer's MOZ rows (test-data/cod-pcodes)", () => {
    const text = readFileSync(GAZETTEER, 'utf8');
    const [header, ...lines] = text.split(/\r?\n/);
    const moz = parseAdminAreasCsv(
      [header, ...lines.filter((l) => l.startsWith('MOZ,'))].join('\n'),
      'gazetteer',
    );
    expect(loadMozambiqueAdminAreas()).toEqual(moz);
    expect(moz.filter((a) => a.level === 1)).toHaveLength(11);
    expect(moz.filter((a) => a.level === 2)).toHaveLength(159);
  });

  it('carries the source attribution', () => {
    expect(readFileSync(ADMIN_AREAS_FILE, 'utf8')).toMatch(
      /^# Source: OCHA, Common Operational Datasets via HDX/,
    );
  });

  it('reports a bad row by file and row', () => {
    expect(() =>
      parseAdminAreasCsv(
        'Location,Admin Level,P-Code,Name,Parent P-Code,Valid from date\nMOZ,3,X,Y,Z,',
        'f.csv',
      ),
    ).toThrow('f.csv: row 2');
  });
});

describe('generatePassword', () => {
  it('draws from the bytes given: different seeds, different passwords', () => {
    const a = generatePassword(seededBytes(1));
    expect(a).toMatch(/^[a-zA-Z2-9]{20}$/);
    expect(generatePassword(seededBytes(1))).toBe(a);
    expect(generatePassword(seededBytes(2))).not.toBe(a);
  });
});

describe('demo.load', () => {
  let db: Database;
  let services: Services;
  beforeAll(async () => {
    db = await createTestDatabase();
    services = createServices({
      db,
      clock: () => new Date('2026-05-01T08:00:00Z'),
      randomBytes: seededBytes(99),
    });
  });
  afterAll(async () => db?.close());

  it('loads the response once, with working logins for every role', async () => {
    expect(await services.demo.isLoaded()).toBe(false);
    const result = await services.demo.load({ randomBytes: seededBytes(7) });
    expect(result.adminAreas).toBe(170);
    expect(result.organisations).toHaveLength(7);
    expect(result.organisations.filter((o) => o.type === 'cluster-lead')).toHaveLength(1);
    expect(new Set(result.organisations.map((o) => o.type)).size).toBeGreaterThanOrEqual(5);
    expect([...new Set(result.credentials.map((c) => c.role))].sort()).toEqual(
      [
        'admin',
        'caseworker',
        'cluster-coordinator',
        'cluster-imo',
        'partner-focal-point',
        'partner-im-officer',
        'viewer',
      ].sort(),
    );
    // A focal point for every partner organisation (the cluster lead has its coordinator).
    const partners = result.organisations.filter((o) => o.type !== 'cluster-lead').map((o) => o.acronym);
    const focalPoints = result.credentials.filter((c) => c.role === 'partner-focal-point');
    expect(focalPoints.map((c) => c.organisationAcronym).sort()).toEqual([...partners].sort());
    expect(new Set(result.credentials.map((c) => c.password)).size).toBe(result.credentials.length);
    for (const c of result.credentials) expect(c.email).toMatch(/@demo\.example\.org$/);

    // Each printed login lands at sign-in in the printed organisation with the printed role
    // (issue 8: focal-point@ was printed as TRI focal point but landed in AMD as a viewer).
    for (const c of result.credentials) {
      const { actor } = await services.auth.login({ email: c.email, password: c.password, ip: '10.8.0.1' });
      const active = actor.memberships.find((m) => m.organisationId === actor.activeOrganisationId);
      expect({
        email: c.email,
        organisation: active?.acronym,
        role: actor.isAdmin ? 'admin' : active?.role,
      }).toEqual({
        email: c.email,
        organisation: c.organisationAcronym,
        role: c.role,
      });
    }
    expect(result.credentials.find((c) => c.email === 'focal-point@demo.example.org')).toMatchObject({
      role: 'partner-focal-point',
      organisationAcronym: 'TRI',
    });
    const multi = await ownerSql<{ n: number }>(
      db,
      `select count(*)::int as n from (select user_id from memberships group by user_id having count(*) > 1) x`,
    );
    expect(multi[0]?.n).toBeGreaterThanOrEqual(1);

    const areas = await db.withAnonymous((tx) => listAdminAreas(tx, 'MOZ'));
    expect(areas.find((a) => a.pcode === 'MZ01')?.name).toBe('Cabo Delgado');
    expect(await services.demo.isLoaded()).toBe(true);
    expect((await services.audit.verify()).ok).toBe(true);
  });

  it('contains signed-off DIAs (one with a precautionary risk, shared with the cluster; one covering a new partner flow; one due for review)', async () => {
    const dias = await ownerSql<{
      id: string;
      status: string;
      entries: number;
      agreements: number;
      shared: boolean;
    }>(
      db,
      `select id, status, jsonb_array_length(entry_ids)::int as entries, shared_with_cluster as shared,
              jsonb_array_length(agreement_ids)::int as agreements from impact_assessments order by created_at desc`,
    );
    expect(dias).toEqual([
      expect.objectContaining({ status: 'signed_off', entries: 2, agreements: 1, shared: true }),
      // FUDA's needs aggregates to partners: covers the pending request's new partner flow
      expect.objectContaining({ status: 'signed_off', entries: 1, agreements: 0, shared: false }),
      expect.objectContaining({ status: 'signed_off', entries: 1, agreements: 1, shared: false }),
    ]);
    const risks = await ownerSql<{ likelihood: string; severity: string }>(
      db,
      `select likelihood, severity from impact_assessment_risks
        where assessment_id = (select id from impact_assessments where shared_with_cluster) order by position`,
    );
    expect(risks[0]).toEqual({ likelihood: 'unknown', severity: 'severe' });
  });

  it('has one retention task, due, at a partner organisation whose focal point can act (the same file in every demo)', async () => {
    const tasks = await ownerSql<{ acronym: string; type: string; file: string; due_on: string }>(
      db,
      `select o.acronym, o.type::text as type, f.name as file, s.due_on::text as due_on
         from retention_schedules s
         join organisations o on o.id = s.organisation_id
         join registry_files f on f.entry_id = s.registry_entry_id`,
    );
    expect(tasks).toEqual([
      { acronym: 'AMD', type: expect.any(String), file: expect.any(String), due_on: '2026-04-28' },
    ]);
    expect(tasks[0]?.type).not.toMatch(/^cluster-/);
  });

  it('refuses a second load', async () => {
    await expect(services.demo.load()).rejects.toSatisfy(
      (e: unknown) => e instanceof ServiceError && e.code === 'conflict',
    );
  });

  it('gives other passwords in another install', async () => {
    const other = await createTestDatabase();
    try {
      const s = createServices({
        db: other,
        clock: () => new Date('2026-05-01T08:00:00Z'),
        randomBytes: seededBytes(1),
      });
      const a = await s.demo.load({ randomBytes: seededBytes(8) });
      const first = await ownerSql<{ n: number }>(other, `select count(*)::int as n from users`);
      expect(first[0]?.n).toBe(a.credentials.length);
      expect(a.credentials[0]?.password).not.toBe(generatePassword(seededBytes(7)));
    } finally {
      await other.close();
    }
  });
});
