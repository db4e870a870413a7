// Attack review (review2) of "a new month's sums added by its insert trigger" (f423276, decision
// 0029 ninth addendum): on the server a report with no values skips the replacement's beginning,
// which was what locked the report. Two imports of the same empty month at once (a double click,
// two officers) must still leave one import's values, not both, and exact sums. Real database:
// PGlite (one connection: one after the other), or the server named by TEST_DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database } from './database';
import { insertMembership, insertOrganisation, insertUser } from './repositories/index';
import {
  insertFramework,
  insertReport,
  replaceReportValues,
  type ReportValueCells,
} from './repositories/reporting';
import { reportCells } from './test-support/report-cells';
import { createTestDatabase, ownerSql } from './testing';

const at = new Date('2026-01-01T00:00:00Z');
let db: Database;
let actor: { userId: string; organisationId: string };
let reportId: string;
let report: Awaited<ReturnType<typeof insertReport>>;

const cells = (n: number): ReportValueCells[] => reportCells(n, { firstValue: 1 });

beforeAll(async () => {
  db = await createTestDatabase();
  await db.asSystem('test', async (tx) => {
    const org = (await insertOrganisation(tx, { name: 'Racer', acronym: 'RC', type: 'national-ngo' })).id;
    const user = (await insertUser(tx, { email: 'r@example.org', displayName: 'R', passwordHash: 'x' }, at))
      .id;
    await insertMembership(tx, { userId: user, organisationId: org, role: 'partner-im-officer' }, at);
    actor = { userId: user, organisationId: org };
    const fw = await insertFramework(tx, { code: 'race', name: 'Race', dataType: 'x', definition: {}, at });
    report = await insertReport(tx, {
      frameworkId: fw.id,
      organisationId: org,
      period: '2025-05',
      dueOn: '2025-06-05',
      at,
    });
    reportId = report.id;
  });
}, 60_000);
afterAll(async () => db?.close());

describe('two imports of an empty month at once', () => {
  it('leave the values of one of them and exact sums', async () => {
    let firstStored!: () => void;
    const stored = new Promise<void>((resolve) => (firstStored = resolve));
    const first = db.withActor(actor, async (tx) => {
      await replaceReportValues(tx, report, cells(7));
      firstStored();
      await new Promise((r) => setTimeout(r, 300)); // still open while the second begins
    });
    const second = (async () => {
      await stored;
      await db.withActor(actor, (tx) => replaceReportValues(tx, report, cells(9)));
    })();
    await Promise.all([first, second]);
    const [row] = await ownerSql<{ n: number; total: number; sums: number; rows: number }>(
      db,
      `select (select count(*)::int from report_values where report_id = '${reportId}') as n,
              (select coalesce(sum(value), 0)::int from report_values where report_id = '${reportId}') as total,
              (select coalesce(sum(value), 0)::int from report_value_sums where report_id = '${reportId}') as sums,
              (select coalesce(sum(rows), 0)::int from report_value_sums where report_id = '${reportId}') as rows`,
    );
    expect(row).toEqual({ n: 9, total: 45, sums: 45, rows: 9 });
  });
});
