/**
 * Retention schedules (principle 11; domain notes §13): due date from the trigger's date and the
 * period, and the schedule's status on a given day. Pure.
 */
export const RETENTION_TRIGGERS = ['collection', 'case-closure', 'agreement-end'] as const;
export type RetentionTrigger = (typeof RETENTION_TRIGGERS)[number];

/** Days after the due date without destruction before the task is escalated. */
export const ESCALATE_AFTER_DAYS = 30;

export type RetentionStatus = 'scheduled' | 'due' | 'overdue' | 'destroyed';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `date` (YYYY-MM-DD) plus whole months; the day is clamped to the month's end (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const m = ISO.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(Number(m[3]), last);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function retentionStatus(s: { dueOn: string; destroyedAt: unknown }, today: string): RetentionStatus {
  if (s.destroyedAt) return 'destroyed';
  if (today < s.dueOn) return 'scheduled';
  return daysBetween(s.dueOn, today) > ESCALATE_AFTER_DAYS ? 'overdue' : 'due';
}
