import type { AuditEntry } from '../../api/session';
import type { Translator } from '../../i18n/locales';

/**
 * The action of an audit entry in words ("Signed in"), or its code when this version has no
 * label for it (an entry written by a newer or older Steward).
 */
export function auditActionLabel(t: Translator, code: string): string {
  return t.tryT(`auditAction.${code}`) ?? code;
}

/**
 * Whether Steward itself made the entry (demo load, reminders, scheduled runs, operations commands): the services mark
 * system callers with `details.system` (their reason) and no acting user. An entry with no actor
 * and no such mark is a real anonymous action (a failed sign-in, a public form).
 */
export function isSystemEntry(e: Pick<AuditEntry, 'actorUserId' | 'details'>): boolean {
  return e.actorUserId === null && typeof e.details.system === 'string';
}

/** Who made the entry, as the viewer may know it. */
export function auditActorLabel(
  t: Translator,
  e: Pick<AuditEntry, 'actorUserId' | 'actorName' | 'details'>,
): string {
  if (e.actorUserId) return e.actorName ?? t.t('audit.someone');
  if (!isSystemEntry(e)) return t.t('audit.anonymous');
  // 'cli': an operator's command on the server (bootstrap, accounts); the rest runs by itself
  return e.details.system === 'cli' ? t.t('audit.commandLine') : t.t('audit.automatic');
}
