/**
 * The web form's save (entries validated exactly as an upload), a report's figures (own; cluster
 * roles once submitted, audited), the gazetteer for the p-code picker, and the upload read in the
 * parse worker with problems carrying stable codes and parameters.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@steward/db';
import { ownerSql } from '@steward/db/testing';
import { createDemoTestDatabase } from '../test-support/demo-database';
import { createServices, type Actor, type Services } from '../index';
import { demoActor, serviceFailure } from '../test-support/fixtures';

let db: Database;
let services: Services;
let imo: Actor;
let tri: Actor;
const now = new Date('2026-11-15T09:00:00Z');
const PERIOD = '2025-03';

const actorFor = (email: string, acronym: string) => demoActor(services, email, acronym);

const failure = serviceFailure;

beforeAll(async () => {
  const demoDb = await createDemoTestDatabase({ at: now });
  db = demoDb.db;
  services = createServices({
    db,
    clock: () => now,
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { twoFactorRequired: false },
  });
  imo = await actorFor('imo@demo.example.org', 'DPCCU');
  tri = await actorFor('focal-point@demo.example.org', 'TRI');
});
afterAll(async () => db?.close());

const cells = {
  '#reached+f+children': 4,
  '#reached+m+children': 6,
  '#reached+f+adults': 10,
  '#reached+m+adults': 20,
};
const targets = {
  '#targeted+f+children': 5,
  '#targeted+m+children': 6,
  '#targeted+f+adults': 12,
  '#targeted+m+adults': 20,
};

describe('reports from the web form', () => {
  it('lists the admin-1 and admin-2 areas of the framework, each admin-2 inside an admin-1', async () => {
    const areas = await services.reporting.frameworkAreas(tri, '5w');
    const adm1 = new Set(areas.filter((a) => a.level === 1).map((a) => a.pcode));
    const adm2 = areas.filter((a) => a.level === 2);
    expect(adm1.size).toBeGreaterThan(5);
    expect(adm2.length).toBeGreaterThan(50);
    expect(adm2.every((a) => a.parentPcode !== null && adm1.has(a.parentPcode))).toBe(true);
  });

  it('refuses entries with problems by row and hashtag (codes + parameters) and stores nothing', async () => {
    const areas = await services.reporting.frameworkAreas(tri, '5w');
    const a2 = areas.find((a) => a.level === 2)!;
    const other = areas.find((a) => a.level === 1 && a.pcode !== a2.parentPcode)!;
    const e = await failure(
      services.reporting.saveEntries(tri, {
        framework: '5w',
        period: PERIOD,
        entries: [
          { indicator: 'pm-people', adm1: a2.parentPcode!, adm2: a2.pcode, cells: { ...cells, ...targets } },
          { indicator: 'pm-people', adm1: other.pcode, adm2: a2.pcode, cells: { ...cells, ...targets } },
          {
            indicator: 'pss-people',
            adm1: a2.parentPcode!,
            adm2: a2.pcode,
            cells: { ...cells, '#reached+total': 41, '#targeted+f+adults': 3 },
          },
        ],
      }),
    );
    expect(e.code).toBe('validation');
    const problems = (
      e.details as { problems: { row: number; column: string; code: string; params: object }[] }
    ).problems;
    expect(problems).toContainEqual(
      expect.objectContaining({
        row: 3,
        column: '#adm2+code',
        code: 'adm2-not-in-adm1',
        params: expect.objectContaining({ adm2: a2.pcode, adm1: other.pcode, parent: a2.parentPcode }),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        row: 4,
        column: '#reached+total',
        code: 'sum-mismatch',
        params: { sum: 40, total: 41 },
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ row: 4, column: '#reached+f+adults', code: 'reached-above-targeted' }),
    );
    const [n] = await ownerSql<{ n: string }>(
      db,
      `select count(*)::text as n from reports where period = '${PERIOD}'`,
    );
    expect(n?.n).toBe('0');
  });

  it('an unknown hashtag is a validation error naming the field', async () => {
    const e = await failure(
      services.reporting.saveEntries(tri, {
        framework: '5w',
        period: PERIOD,
        entries: [{ indicator: 'pm-people', adm1: 'MZ01', adm2: 'MZ0101', cells: { '#reached+x': 1 } }],
      }),
    );
    expect(e.code).toBe('validation');
    expect(e.details).toEqual({ field: 'cells' });
  });

  it('saves a draft the cluster cannot see; once submitted the IMO reads its figures, audited', async () => {
    const areas = await services.reporting.frameworkAreas(tri, '5w');
    const a2 = areas.find((a) => a.level === 2)!;
    const saved = await services.reporting.saveEntries(tri, {
      framework: '5w',
      period: PERIOD,
      entries: [
        { indicator: 'pm-people', adm1: a2.parentPcode!, adm2: a2.pcode, cells: { ...cells, ...targets } },
      ],
    });
    expect(saved.report.state).toBe('draft');
    expect(saved.values).toBe(8);
    const own = await services.reporting.reportValues(tri, saved.report.id);
    expect(own.values.filter((v) => v.measure === 'reached').reduce((s, v) => s + v.value, 0)).toBe(40);
    expect((await failure(services.reporting.reportValues(imo, saved.report.id))).code).toBe('not-found');

    await services.reporting.submitReport(tri, saved.report.id);
    const seen = await services.reporting.reportValues(imo, saved.report.id);
    expect(seen.report.organisation).toBe('TRI');
    expect(seen.values).toHaveLength(8);
    const audit = await ownerSql<{ action: string }>(
      db,
      `select action from audit_log where target_id = '${saved.report.id}' order by sequence`,
    );
    expect(audit.map((a) => a.action)).toContain('reporting.report.view');
    // The owner's own reads are not audited as a cluster view.
    expect(audit.filter((a) => a.action === 'reporting.report.view')).toHaveLength(1);
  });

  it('an uploaded file is read in the parse worker; a bad p-code names row, column and a suggestion', async () => {
    const areas = await services.reporting.frameworkAreas(tri, '5w');
    const a2 = areas.find((a) => a.level === 2)!;
    const header = [
      '#org',
      '#indicator+code',
      '#adm1+code',
      '#adm2+code',
      '#date',
      '#reached+total',
      '#reached+f+adults',
      '#reached+m+adults',
      '#reached+f+children',
      '#reached+m+children',
    ];
    const csv = [
      header.join(','),
      ['TRI', 'doc-people', a2.parentPcode, a2.pcode, '2025-04-03', '12', '3', '3', '3', '3'].join(','),
      [
        'TRI',
        'doc-people',
        a2.parentPcode,
        a2.pcode.toLowerCase().replace(/^mz0/, 'moz'),
        '2025-04-03',
        '7',
        '1',
        '2',
        '2',
        '2',
      ].join(','),
    ].join('\n');
    const e = await failure(
      services.reporting.importReport(tri, {
        framework: '5w',
        period: '2025-04',
        name: 'april.csv',
        bytes: new TextEncoder().encode(csv),
      }),
    );
    const problems = (
      e.details as { problems: { row: number; column: string; code: string; params: object }[] }
    ).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        row: 3,
        column: '#adm2+code',
        code: 'unknown-pcode-suggest',
        params: expect.objectContaining({ level: 2, pcode: a2.pcode }),
      }),
    ]);
    const fixed = csv.replace(
      /\n([^\n]*)$/,
      `\nTRI,doc-people,${a2.parentPcode},${a2.pcode},2025-04-03,7,1,2,2,2`,
    );
    const dup = await failure(
      services.reporting.importReport(tri, {
        framework: '5w',
        period: '2025-04',
        name: 'a.csv',
        bytes: new TextEncoder().encode(fixed),
      }),
    );
    expect((dup.details as { problems: { code: string }[] }).problems.map((p) => p.code)).toEqual([
      'duplicate',
    ]);
  });
});
