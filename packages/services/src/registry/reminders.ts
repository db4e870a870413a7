/**
 * Review-due reminders for the data management registry. `sendReviewReminders(now)` looks at
 * every entry (as the installation itself: it runs from `steward serve` every few hours and from
 * `steward registry remind` under cron) and, for each entry whose next review date is within
 * REMINDER_SOON_DAYS or already past, creates an in-app notification for the owner organisation
 * (the notifications table addresses an organisation, and its registry managers act on it), with
 * a link to the entry.
 *
 * Once per entry, review date and stage: one reminder when the review becomes due soon and one
 * when it becomes overdue. Each reminder is written into the entry's own history (action
 * `review-reminder-soon` / `review-reminder-overdue`, the review date as the `nextReviewOn`
 * change), which is what makes a second run create nothing; a changed nextReviewOn is a new
 * review date, so it is reminded again. Every reminder is also recorded in the audit log.
 */
import type { Tx } from '@steward/db';
import {
  insertRegistryChange,
  listRegistryChanges,
  listRegistryEntries,
  type RegistryChangeRow,
} from '@steward/db/repositories/registry';
import { insertNotice, noticeText } from '../notifications/notices';
import { appendAuditAs } from '../audit';
import { systemCaller, type Context } from '../types';
import { runAs } from '../util';

/** A review due within this many days (today included) is "due soon". */
export const REMINDER_SOON_DAYS = 14;
/** How often `steward serve` sends reminders. */
export const REMINDER_INTERVAL_MS = 6 * 60 * 60 * 1000;

export type ReminderStage = 'soon' | 'overdue';

/** The history action (and notification kind, prefixed `registry-`) of each stage. */
export const REMINDER_ACTIONS: Readonly<Record<ReminderStage, string>> = {
  soon: 'review-reminder-soon',
  overdue: 'review-reminder-overdue',
};

/** Name shown as the author of reminder history rows. */
export const REMINDER_ACTOR_NAME = 'Steward';

const DAY_MS = 86_400_000;

/** The reminder stage of a review date on `today` (both YYYY-MM-DD), or null when not due yet. */
export function reminderStage(nextReviewOn: string, today: string): ReminderStage | null {
  if (nextReviewOn < today) return 'overdue';
  const limit = new Date(Date.parse(`${today}T00:00:00Z`) + REMINDER_SOON_DAYS * DAY_MS)
    .toISOString()
    .slice(0, 10);
  return nextReviewOn <= limit ? 'soon' : null;
}

/** Whether the history already holds a reminder of `stage` (or a later stage) for `reviewOn`. */
export function alreadyReminded(
  history: readonly Pick<RegistryChangeRow, 'action' | 'changes'>[],
  stage: ReminderStage,
  reviewOn: string,
): boolean {
  const covering =
    stage === 'soon' ? [REMINDER_ACTIONS.soon, REMINDER_ACTIONS.overdue] : [REMINDER_ACTIONS.overdue];
  return history.some(
    (h) =>
      covering.includes(h.action) && h.changes.some((c) => c.field === 'nextReviewOn' && c.to === reviewOn),
  );
}

export function reminderText(stage: ReminderStage, title: string, reviewOn: string): string {
  return noticeText(
    stage === 'overdue' ? 'registry-review-reminder-overdue' : 'registry-review-reminder-soon',
    { title, date: reviewOn },
  );
}

export interface ReviewReminder {
  entryId: string;
  organisationId: string;
  stage: ReminderStage;
  nextReviewOn: string;
}

export interface ReviewReminderRun {
  /** Entries looked at. */
  checked: number;
  /** Entries due soon or overdue on the day of `now`. */
  due: number;
  /** Reminders created by this run (none for entries reminded before). */
  created: ReviewReminder[];
}

export function createReviewReminders(ctx: Context) {
  const caller = systemCaller('registry-reminders');
  return {
    /** Sends the reminders due on the day of `now` (UTC). Idempotent. */
    async sendReviewReminders(now: Date): Promise<ReviewReminderRun> {
      const today = now.toISOString().slice(0, 10);
      return runAs(ctx, caller, async (tx: Tx) => {
        const entries = await listRegistryEntries(tx);
        const created: ReviewReminder[] = [];
        let due = 0;
        for (const entry of entries) {
          const stage = reminderStage(entry.nextReviewOn, today);
          if (!stage) continue;
          due += 1;
          if (alreadyReminded(await listRegistryChanges(tx, entry.id), stage, entry.nextReviewOn)) continue;
          const action = REMINDER_ACTIONS[stage];
          await insertRegistryChange(tx, {
            entryId: entry.id,
            organisationId: entry.organisationId,
            at: now,
            actorUserId: null,
            actorName: REMINDER_ACTOR_NAME,
            action,
            changes: [{ field: 'nextReviewOn', from: null, to: entry.nextReviewOn }],
          });
          await insertNotice(
            tx,
            {
              organisationId: entry.organisationId,
              kind:
                stage === 'overdue' ? 'registry-review-reminder-overdue' : 'registry-review-reminder-soon',
              params: { title: entry.title, date: entry.nextReviewOn },
              link: `/registry/${entry.id}`,
            },
            now,
          );
          await appendAuditAs(tx, now, caller, {
            action: 'registry.review-reminder',
            targetType: 'registry-entry',
            targetId: entry.id,
            organisationId: entry.organisationId,
            details: { stage, nextReviewOn: entry.nextReviewOn },
          });
          created.push({
            entryId: entry.id,
            organisationId: entry.organisationId,
            stage,
            nextReviewOn: entry.nextReviewOn,
          });
        }
        return { checked: entries.length, due, created };
      });
    },
  };
}

export type ReviewReminders = ReturnType<typeof createReviewReminders>;
