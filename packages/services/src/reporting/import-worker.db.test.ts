// Issue 7 §2: importReport and saveEntries validate in the parse worker — core parseReportUpload is
// never called on the main thread, and each import is one job of the process's parse pool. The
// KoboToolbox mapping step (inspectKobo) likewise reads and inspects the export in the worker:
// core's proposeKoboMapping and koboRepeatProblems are never called on the main thread.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '@steward/db';
import { createTestDatabase } from '@steward/db/testing';
import { createServices, type Actor, type Services } from '../index';
import { demoActor, serviceFailure } from '../test-support/fixtures';
import { sharedParsePool } from '../uploads/parse-pool';
import type * as CoreReporting from '@steward/core/reporting/index';

const mainThreadValidations = vi.hoisted(() => ({ count: 0, koboInspections: 0 }));
vi.mock('@steward/core/reporting/index', async (importOriginal) => {
  const core = await importOriginal<typeof CoreReporting>();
  return {
    ...core,
    parseReportUpload: (...args: Parameters<typeof core.parseReportUpload>) => {
      mainThreadValidations.count++;
      return core.parseReportUpload(...args);
    },
    proposeKoboMapping: (...args: Parameters<typeof core.proposeKoboMapping>) => {
      mainThreadValidations.koboInspections++;
      return core.proposeKoboMapping(...args);
    },
    koboRepeatProblems: (...args: Parameters<typeof core.koboRepeatProblems>) => {
      mainThreadValidations.koboInspections++;
      return core.koboRepeatProblems(...args);
    },
  };
});

const KOBO = 'protection-activities-2025-03';
const koboFile = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../test-data/kobo/${name}`, import.meta.url)));

let db: Database;
let services: Services;
let tri: Actor;

beforeAll(async () => {
  db = await createTestDatabase();
  services = createServices({
    db,
    clock: () => new Date('2026-11-15T09:00:00Z'),
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { twoFactorRequired: false },
  });
  await services.demo.load();
  tri = await demoActor(services, 'focal-point@demo.example.org', 'TRI');
});
afterAll(async () => db?.close());

describe('report import off the main thread', () => {
  it('validates the form and a file in the parse worker, the errors unchanged', async () => {
    expect(isMainThread).toBe(true);
    const areas = await services.reporting.frameworkAreas(tri, '5w');
    const a2 = areas.find((a) => a.level === 2)!;
    const entry = {
      indicator: 'pss-people',
      adm1: a2.parentPcode!,
      adm2: a2.pcode,
      cells: { '#reached+f+children': 4, '#reached+m+children': 6 },
    };
    const pool = sharedParsePool();
    const started = pool.activity.started;
    const saved = await services.reporting.saveEntries(tri, {
      framework: '5w',
      period: '2025-04',
      entries: [entry],
    });
    expect(saved).toMatchObject({ rows: 1, values: 2 });
    const e = await serviceFailure(
      services.reporting.saveEntries(tri, {
        framework: '5w',
        period: '2025-04',
        entries: [{ ...entry, adm2: 'XX' }],
      }),
    );
    expect(e.code).toBe('validation');
    expect(e.details?.['lines']).toEqual([
      expect.stringMatching(/^row 2, column .*"XX" — Not an admin-2 p-code/),
    ]);
    const file = await services.reporting.template(tri, {
      framework: '5w',
      period: '2025-05',
      example: true,
    });
    const imported = await services.reporting.importReport(tri, {
      framework: '5w',
      period: '2025-05',
      name: file.name,
      bytes: file.bytes,
    });
    expect(imported.values).toBeGreaterThan(0);
    // Three imports, three parse-worker jobs; not one validation on the main thread.
    expect(pool.activity.started - started).toBe(3);
    expect(mainThreadValidations.count).toBe(0);
  });

  it('inspects a KoboToolbox export in the parse worker, its answers and errors unchanged', async () => {
    const pool = sharedParsePool();
    const started = pool.activity.started;
    const csv = koboFile(`${KOBO}.csv`);
    const inspection = await services.reporting.inspectKobo(tri, {
      framework: '5w',
      name: `${KOBO}.csv`,
      bytes: csv,
    });
    expect(inspection).toMatchObject({ rows: 8, remembered: false });
    expect(inspection.proposal.columns['location/district']).toBe('#adm2+code');
    expect(inspection.columns.find((c) => c.name === 'activity_details/activity')?.answers).toEqual([
      'awareness',
      'civil_documentation',
      'protection_monitoring',
      'pss',
    ]);
    // A repeat group refuses the workbook, naming its sheet.
    const repeat = await serviceFailure(
      services.reporting.inspectKobo(tri, {
        framework: '5w',
        name: 'protection-activities-repeat-2025-03.xlsx',
        bytes: koboFile('protection-activities-repeat-2025-03.xlsx'),
      }),
    );
    expect(repeat.code).toBe('validation');
    expect(repeat.message).toMatch(/^Nothing was imported/);
    // The file is read before the framework is looked up: a read error comes first …
    const unreadable = await serviceFailure(
      services.reporting.inspectKobo(tri, {
        framework: 'no-such-framework',
        name: 'export.csv',
        bytes: new Uint8Array([0xff, 0xfe, 0x00, 0x41]),
      }),
    );
    expect(unreadable.code).not.toBe('not-found');
    expect(unreadable.message).toMatch(/export\.csv/);
    // … and a readable export gets the lookup's error.
    const unknown = await serviceFailure(
      services.reporting.inspectKobo(tri, {
        framework: 'no-such-framework',
        name: `${KOBO}.csv`,
        bytes: csv,
      }),
    );
    expect(unknown.code).toBe('not-found');
    // Four inspections, four parse-worker jobs; not one read, repeat check or proposal on the main thread.
    expect(pool.activity.started - started).toBe(4);
    expect(mainThreadValidations.koboInspections).toBe(0);
  });
});
