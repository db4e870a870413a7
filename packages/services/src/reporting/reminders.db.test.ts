/**
 * Reporting deadlines and reminders (issue 10): partners who have not submitted a period's report
 * get an in-app notice before the deadline and once it has passed, once per stage (a second run
 * creates nothing), audited; those who submitted get none.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@steward/db';
import { ownerSql } from '@steward/db/testing';
import { createDemoTestDatabase } from '../test-support/demo-database';
import { createServices, type Actor, type Services } from '../index';
import { candidatePeriods, reportReminderStage } from './reminders';
import { demoActor } from '../test-support/fixtures';

let db: Database;
let services: Services;
let tri: Actor;
const now = new Date('2026-11-15T09:00:00Z');

const actorFor = (email: string, acronym: string) => demoActor(services, email, acronym);

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
});
afterAll(async () => db?.close());

describe('reporting reminders', () => {
  it('stages: due soon 5 days before the deadline, overdue after it', () => {
    expect(reportReminderStage('2026-12-10', '2026-12-04')).toBeNull();
    expect(reportReminderStage('2026-12-10', '2026-12-05')).toBe('soon');
    expect(reportReminderStage('2026-12-10', '2026-12-10')).toBe('soon');
    expect(reportReminderStage('2026-12-10', '2026-12-11')).toBe('overdue');
    expect(candidatePeriods('2026-02-03')).toEqual(['2026-02', '2026-01', '2025-12', '2025-11', '2025-10']);
  });

  it('reminds those who have not submitted, once: the demo month 2026-10 (due 2026-11-10) is overdue for AMD (draft) and RCSN (none)', async () => {
    const run = await services.reporting.sendReportReminders(now);
    const late = run.created.filter((r) => r.period === '2026-10').map((r) => r.organisation);
    expect(late).toEqual(expect.arrayContaining(['AMD', 'RCSN']));
    for (const submitted of ['TRI', 'FUDA', 'BCSA']) expect(late).not.toContain(submitted);
    expect(run.created.every((r) => r.stage === 'overdue')).toBe(true);
    expect(run.created.filter((r) => r.period === '2026-10').every((r) => r.dueOn === '2026-11-10')).toBe(
      true,
    );
    // Organisations that reported every demo month are reminded of nothing.
    expect(run.created.some((r) => r.organisation === 'TRI')).toBe(false);
    expect(run.due).toBe(run.created.length);
    const again = await services.reporting.sendReportReminders(now);
    expect(again.created).toEqual([]);
    expect(again.due).toBe(run.due);
    const audit = await ownerSql<{ n: string }>(
      db,
      "select count(*)::text as n from audit_log where action = 'reporting.reminder'",
    );
    expect(audit[0]?.n).toBe(String(run.created.length));
  });

  it('before the next deadline every partner without a submitted report is told it is due soon, in its notifications', async () => {
    const day = new Date('2026-12-06T07:00:00Z');
    const run = await services.reporting.sendReportReminders(day);
    const soon = run.created.filter((r) => r.stage === 'soon');
    expect(soon.map((r) => r.organisation)).toEqual(expect.arrayContaining(['TRI', 'AMD', 'RCSN']));
    expect(soon.every((r) => r.period === '2026-11' && r.dueOn === '2026-12-10')).toBe(true);
    // 2026-10 stays reminded once (overdue), not again.
    expect(run.created.some((r) => r.period === '2026-10')).toBe(false);
    const notices = await services.sharing.notifications(tri);
    const notice = notices.find((n) => n.kind === 'reporting-deadline-soon');
    expect(notice).toMatchObject({
      params: { framework: '5w', period: '2026-11', date: '2026-12-10' },
      link: '/reporting',
    });
    expect(notice?.text).toMatch(/your 5w report for 2026-11 is due on 2026-12-10/);
    expect((await services.reporting.sendReportReminders(day)).created).toEqual([]);
  });
});
