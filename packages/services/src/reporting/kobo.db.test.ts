/**
 * KoboToolbox/ODK import (issue 10): the hand-written export in test-data/kobo read through a
 * mapping, all or nothing with the export's own lines and fields, the mapping remembered per
 * organisation and framework (row-level security: no other organisation sees it) and proposed
 * at the next export.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@steward/db';
import { appRoleSql, ownerSql } from '@steward/db/testing';
import { createDemoTestDatabase } from '../test-support/demo-database';
import type { KoboMapping } from '@steward/core/reporting/index';
import { createServices, type Actor, type Services } from '../index';
import { demoActor, serviceFailure } from '../test-support/fixtures';

let db: Database;
let services: Services;
let tri: Actor;
let fuda: Actor;
let imo: Actor;
const now = new Date('2026-11-15T09:00:00Z');
const PERIOD = '2025-03';
const NAME = 'protection-activities-2025-03.csv';
const XLSX = 'protection-activities-2025-03.xlsx';
const REPEAT_XLSX = 'protection-activities-repeat-2025-03.xlsx';
const bytes = new Uint8Array(readFileSync(new URL(`../../../../test-data/kobo/${NAME}`, import.meta.url)));

/** The export's mapping, shared with core's Kobo test (test-data/kobo). */
const MAPPING = JSON.parse(
  readFileSync(
    new URL(`../../../../test-data/kobo/${NAME.replace('.csv', '.mapping.json')}`, import.meta.url),
    'utf8',
  ),
) as KoboMapping;

const actorFor = (email: string, acronym: string) => demoActor(services, email, acronym);

const failure = serviceFailure;

const text = (file: Uint8Array) => new TextDecoder().decode(file);
const encode = (s: string) => new TextEncoder().encode(s);

beforeAll(async () => {
  const demoDb = await createDemoTestDatabase({ at: now });
  db = demoDb.db;
  services = createServices({
    db,
    clock: () => now,
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { twoFactorRequired: false },
  });
  tri = await actorFor('focal-point@demo.example.org', 'TRI');
  fuda = await actorFor('focal-point.fuda@demo.example.org', 'FUDA');
  imo = await actorFor('imo@demo.example.org', 'DPCCU');
});
afterAll(async () => db?.close());

describe('KoboToolbox import', () => {
  it('without a mapping given or remembered, asks for one; the first inspection proposes common names', async () => {
    const e = await failure(
      services.reporting.importReport(tri, {
        framework: '5w',
        period: PERIOD,
        name: NAME,
        bytes,
        source: { kind: 'kobo' },
      }),
    );
    expect(e.code).toBe('validation');
    expect(e.message).toMatch(/no KoboToolbox mapping for 5w/);
    const inspection = await services.reporting.inspectKobo(tri, { framework: '5w', name: NAME, bytes });
    expect(inspection.remembered).toBe(false);
    expect(inspection.rows).toBe(8);
    expect(inspection.proposal.columns['location/district']).toBe('#adm2+code');
    expect(inspection.columns.find((c) => c.name === 'activity_details/activity')?.answers).toEqual([
      'awareness',
      'civil_documentation',
      'protection_monitoring',
      'pss',
    ]);
    expect(inspection.columns.find((c) => c.name === '_uuid')?.meta).toBe(true);
    expect(inspection.columns.find((c) => c.name === 'participants/girls')?.answers).toBeNull();
  });

  it('a bad line names the export line and field, imports nothing and remembers nothing', async () => {
    const bad = encode(text(bytes).replace('"MZ0106";"Mucojo"', '"MZ0199";"Mucojo"'));
    const e = await failure(
      services.reporting.importReport(tri, {
        framework: '5w',
        period: PERIOD,
        name: NAME,
        bytes: bad,
        source: { kind: 'kobo', mapping: MAPPING },
      }),
    );
    expect(e.code).toBe('validation');
    const details = e.details as { lines: string[]; problemCount: number };
    expect(details.problemCount).toBe(1);
    expect(details.lines[0]).toMatch(
      /^row 4, column location\/district \(#adm2\+code\): "MZ0199" — Not an admin-2 p-code of MOZ/,
    );
    expect(await services.reporting.koboMapping(tri, '5w')).toBeNull();
    expect(await services.reporting.listReports(tri, '5w', PERIOD)).toEqual([]);
  });

  it('imports the export through the mapping (submissions added up, "Not approved" left out) and remembers it', async () => {
    const r = await services.reporting.importReport(tri, {
      framework: '5w',
      period: PERIOD,
      name: NAME,
      bytes,
      source: { kind: 'kobo', mapping: MAPPING },
    });
    expect(r).toMatchObject({ rows: 7, values: 36, notApproved: 1 });
    const { values } = await services.reporting.reportValues(tri, r.report.id);
    const pm = values.filter(
      (v) => v.indicator === 'pm-people' && v.adm2 === 'MZ0104' && v.measure === 'reached',
    );
    expect(pm.reduce((s, v) => s + v.value, 0)).toBe(90); // 70 + 20, two submissions
    expect(values.some((v) => v.indicator === 'pss-people' && v.adm2 === 'MZ0112')).toBe(false);
    expect(await services.reporting.koboMapping(tri, '5w')).toEqual(MAPPING);
    // The next export is proposed with the remembered mapping, and imports without one given.
    const again = await services.reporting.inspectKobo(tri, { framework: '5w', name: NAME, bytes });
    expect(again.remembered).toBe(true);
    expect(again.proposal.columns).toEqual(MAPPING.columns);
    expect(again.proposal.choices['#activity']).toMatchObject(MAPPING.choices['#activity']!);
    const second = await services.reporting.importReport(tri, {
      framework: '5w',
      period: PERIOD,
      name: NAME,
      bytes,
      source: { kind: 'kobo' },
    });
    expect(second.values).toBe(36);
  });

  it('the mapping is the organisation’s own: other organisations and the cluster do not see it', async () => {
    expect(fuda.activeOrganisationId).not.toBe(tri.activeOrganisationId);
    expect(await services.reporting.koboMapping(fuda, '5w')).toBeNull();
    const [stored] = await ownerSql<{ n: string }>(
      db,
      'select count(*)::text as n from report_import_mappings',
    );
    expect(stored?.n).toBe('1');
    const asImo = await appRoleSql<{ n: string }>(
      db,
      imo.userId!,
      'select count(*)::text as n from report_import_mappings',
      imo.activeOrganisationId!,
    );
    expect(asImo[0]?.n).toBe('0');
    const asTri = await appRoleSql<{ n: string }>(
      db,
      tri.userId!,
      'select count(*)::text as n from report_import_mappings',
      tri.activeOrganisationId!,
    );
    expect(asTri[0]?.n).toBe('1');
  });

  it('refuses a mapping to columns the template does not have, or with a NUL byte', async () => {
    const e = await failure(
      services.reporting.importReport(tri, {
        framework: '5w',
        period: PERIOD,
        name: NAME,
        bytes,
        source: {
          kind: 'kobo',
          mapping: { columns: { partner: '#sector+name', 'a\u0000b': '#org' }, choices: {} },
        },
      }),
    );
    expect(e.code).toBe('validation');
    expect((e.details as { errors: string[] }).errors).toEqual([
      'columns["partner"]: "#sector+name" is not a column of the 5w template.',
      'columns: a field name has 1–200 characters, no control characters.',
    ]);
  });

  it('imports the XLSX export (test-data/kobo, same submissions) as the CSV one', async () => {
    const xlsx = new Uint8Array(readFileSync(new URL(`../../../../test-data/kobo/${XLSX}`, import.meta.url)));
    const inspection = await services.reporting.inspectKobo(fuda, {
      framework: '5w',
      name: XLSX,
      bytes: xlsx,
    });
    expect(inspection.rows).toBe(8);
    expect(inspection.proposal.columns['participants/girls']).toBe('#reached+f+children');
    // FUDA imports TRI's export under its own name: the partner column maps to FUDA.
    const mapping = { ...MAPPING, choices: { ...MAPPING.choices, '#org': { tri: 'FUDA' } } };
    const r = await services.reporting.importReport(fuda, {
      framework: '5w',
      period: PERIOD,
      name: XLSX,
      bytes: xlsx,
      source: { kind: 'kobo', mapping },
    });
    expect(r).toMatchObject({ rows: 7, values: 36, notApproved: 1 });
  });

  it('refuses an export with a repeat group (a sheet joined by _parent_index), naming the sheet; nothing imported', async () => {
    const repeat = new Uint8Array(
      readFileSync(new URL(`../../../../test-data/kobo/${REPEAT_XLSX}`, import.meta.url)),
    );
    const e = await failure(
      services.reporting.importReport(tri, {
        framework: '5w',
        period: '2025-04',
        name: REPEAT_XLSX,
        bytes: repeat,
        source: { kind: 'kobo', mapping: MAPPING },
      }),
    );
    expect(e.code).toBe('validation');
    const details = e.details as { lines: string[]; problems: { code: string; column: string }[] };
    expect(details.problems.map((p) => [p.code, p.column])).toEqual([['kobo-repeat-group', 'sessions']]);
    expect(details.lines[0]).toMatch(/sessions.*repeat group/);
    const inspect = await failure(
      services.reporting.inspectKobo(tri, { framework: '5w', name: REPEAT_XLSX, bytes: repeat }),
    );
    expect(inspect.code).toBe('validation');
    expect(await services.reporting.listReports(tri, '5w', '2025-04')).toEqual([]);
    // A repeat group's own file given as the export (Kobo CSV of the repeat, ODK Central's PARENT_KEY).
    const csvRepeat = encode('sessions/session_date;_index;_parent_index\n2025-03-03;1;1\n');
    const file = await failure(
      services.reporting.importReport(tri, {
        framework: '5w',
        period: '2025-04',
        name: 'sessions.csv',
        bytes: csvRepeat,
        source: { kind: 'kobo', mapping: MAPPING },
      }),
    );
    expect((file.details as { problems: { code: string }[] }).problems[0]?.code).toBe('kobo-repeat-file');
  });
});
