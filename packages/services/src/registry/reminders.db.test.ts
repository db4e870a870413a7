// Review-due reminders on a real test database (PGlite, or the server named by
// TEST_DATABASE_URL): a reminder when an entry's review becomes due soon, none on a second run,
// a new one when the review date changes or the review becomes overdue, and row-level security
// keeps another organisation from seeing them.
import { appRoleSql, ownerSql } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../types';
import { createWorld, system, type World } from '../test-support/fixtures';
import { REMINDER_SOON_DAYS, reminderStage } from './reminders';

let w: World;
let alice: Actor;
let bob: Actor;
let viewer: Actor;
let viewerId: string;
let dueId: string;
let laterId: string;

const entry = (over: Record<string, unknown>) => ({
  title: 'Protection monitoring dashboard',
  description: 'Monthly protection monitoring indicators.',
  purpose: 'Advocacy and response planning.',
  kind: 'asset',
  dataTypes: ['protection-monitoring'],
  containsPersonalData: false,
  containsDemographicData: false,
  dataSubjects: 'Households (aggregated)',
  collectionMethod: 'household-survey',
  storageLocation: 'Steward',
  accessDescription: 'IM team',
  aggregationLevel: 'adm2',
  includesNames: false,
  includesCoordinates: false,
  retentionPeriod: '2 years',
  destructionMethod: 'Secure deletion',
  focalPoint: 'IM officer',
  sharedWithCluster: false,
  ...over,
});

const at = (iso: string) => new Date(`${iso}T08:00:00.000Z`);
const reminderNotifications = async (actor: Actor) =>
  (await w.services.sharing.notifications(actor)).filter((n) => n.kind.startsWith('registry-review-'));

beforeAll(async () => {
  w = await createWorld();
  const login = async (email: string, password: string) =>
    (await w.services.auth.login({ email, password, ip: null, userAgent: null })).actor;
  alice = await login(w.alice.email, w.alice.password);
  bob = await login(w.bob.email, w.bob.password);
  viewerId = (
    await w.services.users.create(system, {
      email: 'viewer-a@example.org',
      password: 'viewer-a-pass-1',
      displayName: 'Viewer A',
      memberships: [{ organisationId: w.orgA, role: 'viewer' }],
    })
  ).id;
  viewer = await login('viewer-a@example.org', 'viewer-a-pass-1');
  // The world's clock is 2026-03-01.
  dueId = (await w.services.registry.create(alice, entry({ nextReviewOn: '2026-03-10' }))).id;
  laterId = (
    await w.services.registry.create(alice, entry({ title: 'Service mapping', nextReviewOn: '2026-06-30' }))
  ).id;
}, 120_000);
afterAll(async () => w?.db.close());

describe('reminderStage', () => {
  it('is soon from the review date minus the window up to the day itself, overdue after it', () => {
    expect(reminderStage('2026-03-01', '2026-03-01')).toBe('soon');
    expect(REMINDER_SOON_DAYS).toBe(14);
    expect(reminderStage('2026-03-15', '2026-03-01')).toBe('soon');
    expect(reminderStage('2026-03-16', '2026-03-01')).toBeNull();
    expect(reminderStage('2026-02-28', '2026-03-01')).toBe('overdue');
    // Across a month and a year end.
    expect(reminderStage('2027-01-10', '2026-12-30')).toBe('soon');
    expect(reminderStage('2026-12-31', '2027-01-01')).toBe('overdue');
  });
});

describe('registry.sendReviewReminders', () => {
  it('reminds the owner organisation once when a review becomes due soon, with a link to the entry', async () => {
    const run = await w.services.registry.sendReviewReminders(at('2026-03-01'));
    expect(run.checked).toBe(2);
    expect(run.due).toBe(1);
    expect(run.created).toEqual([
      { entryId: dueId, organisationId: w.orgA, stage: 'soon', nextReviewOn: '2026-03-10' },
    ]);
    const mine = await reminderNotifications(alice);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      kind: 'registry-review-reminder-soon',
      link: `/registry/${dueId}`,
      readAt: null,
      createdAt: at('2026-03-01').toISOString(),
    });
    expect(mine[0]!.text).toContain('"Protection monitoring dashboard"');
    expect(mine[0]!.text).toContain('2026-03-10');
    // The entry's history says so (this is what makes the next run idempotent).
    const history = (await w.services.registry.get(alice, dueId)).history;
    const reminders = history.filter((h) => h.action.startsWith('review-reminder'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      action: 'review-reminder-soon',
      actorName: 'Steward',
      changes: [{ field: 'nextReviewOn', from: null, to: '2026-03-10' }],
    });
  });

  it('creates nothing new when run again (the same day or later while still due soon)', async () => {
    expect((await w.services.registry.sendReviewReminders(at('2026-03-01'))).created).toEqual([]);
    const again = await w.services.registry.sendReviewReminders(at('2026-03-05'));
    expect(again.due).toBe(1);
    expect(again.created).toEqual([]);
    expect(await reminderNotifications(alice)).toHaveLength(1);
  });

  it('another organisation sees none of the reminders (services and RLS in SQL)', async () => {
    expect(await reminderNotifications(bob)).toEqual([]);
    const rows = await appRoleSql<{ id: string }>(
      w.db,
      w.bob.id,
      `select id from notifications where link like '/registry/%'`,
      w.orgB,
    );
    expect(rows).toEqual([]);
    const own = await appRoleSql<{ id: string }>(
      w.db,
      w.alice.id,
      `select id from notifications where link like '/registry/%'`,
      w.orgA,
    );
    expect(own).toHaveLength(1);
  });

  it('goes only to those who can act on it: not to a viewer of the same organisation (issue 8)', async () => {
    expect(await reminderNotifications(viewer)).toEqual([]);
    const rows = await appRoleSql<{ id: string }>(
      w.db,
      viewerId,
      `select id from notifications where link like '/registry/%'`,
      w.orgA,
    );
    expect(rows).toEqual([]);
    // …and it carries its code and parameters for the web app to render in the user's language.
    expect((await reminderNotifications(alice))[0]).toMatchObject({
      kind: 'registry-review-reminder-soon',
      params: { title: 'Protection monitoring dashboard', date: '2026-03-10' },
    });
  });

  it('reminds again, as overdue, after the review date is changed to a past date', async () => {
    w.clock.now = at('2026-03-06');
    await w.services.registry.update(alice, dueId, { nextReviewOn: '2026-03-04' });
    const run = await w.services.registry.sendReviewReminders(at('2026-03-06'));
    expect(run.created).toEqual([
      { entryId: dueId, organisationId: w.orgA, stage: 'overdue', nextReviewOn: '2026-03-04' },
    ]);
    const mine = await reminderNotifications(alice);
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatchObject({ kind: 'registry-review-reminder-overdue', link: `/registry/${dueId}` });
    expect(mine[0]!.text).toMatch(/^Review overdue: .*2026-03-04/);
    expect((await w.services.registry.sendReviewReminders(at('2026-03-07'))).created).toEqual([]);
    expect(await reminderNotifications(bob)).toEqual([]);
  });

  it('for one review date, reminds once when due soon and once more when it becomes overdue', async () => {
    const first = await w.services.registry.sendReviewReminders(at('2026-06-20'));
    expect(first.created).toEqual([
      { entryId: laterId, organisationId: w.orgA, stage: 'soon', nextReviewOn: '2026-06-30' },
    ]);
    const overdue = await w.services.registry.sendReviewReminders(at('2026-07-01'));
    expect(overdue.created).toEqual([
      { entryId: laterId, organisationId: w.orgA, stage: 'overdue', nextReviewOn: '2026-06-30' },
    ]);
    expect((await w.services.registry.sendReviewReminders(at('2026-08-01'))).created).toEqual([]);
    expect(await reminderNotifications(alice)).toHaveLength(4);
  });

  it('records each reminder in the audit log, which still verifies', async () => {
    const rows = await ownerSql<{ n: number }>(
      w.db,
      `select count(*)::int as n from audit_log where action = 'registry.review-reminder'`,
    );
    expect(rows[0]?.n).toBe(4);
    expect(await w.services.audit.verify()).toMatchObject({ ok: true });
  });
});
