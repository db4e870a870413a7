/**
 * Sign-in throttling: a progressive delay per account identifier and per client address, never a
 * hard lock of the owner, and the same answers whether an account exists or not.
 *
 * - Counters are kept under `id:<sha-256 of the lower-cased e-mail typed>` (known and unknown
 *   e-mails alike) and `ip:<sha-256 of the address>`; no e-mail or address is stored in clear.
 * - Failures are answered at once ("wrong e-mail or password"). From the `maxFailuresPerAccount`th
 *   (5th) failure of an identifier, or the `maxFailuresPerIp`th (20th) of an address, each failure
 *   makes the next attempt wait: `firstDelaySeconds` (30 s), doubling with each further failure,
 *   at most `lockoutMinutes` (15 min).
 * - An attempt during a wait is refused (`account-locked`, 429, Retry-After) without checking
 *   the password and without counting as a failure, so the wait never grows on its own.
 * - A counter is forgotten `failureWindowMinutes` (15 min) after its wait ends with no new
 *   failure; a successful sign-in clears the identifier's counter (not the address's).
 */
import { getLoginAttempt, saveLoginAttempt, type Tx } from '@steward/db';
import type { ServicesConfig } from '../types';
import { sha256Hex } from '../util';
import { minutes } from './types';

export function ipKey(ip: string | null | undefined): string {
  return `ip:${sha256Hex(ip ?? 'unknown')}`;
}

/** The counter key of an e-mail as typed: the same rule whether an account has it or not. */
export function identifierKey(email: string): string {
  return `id:${sha256Hex(email.trim().toLowerCase())}`;
}

/** Seconds left of a wait, 0 when none. */
export function waitRemaining(until: Date | null | undefined, now: Date): number {
  return until && until > now ? Math.ceil((until.getTime() - now.getTime()) / 1000) : 0;
}

export async function waitRemainingFor(tx: Tx, key: string, now: Date): Promise<number> {
  return waitRemaining((await getLoginAttempt(tx, key))?.lockedUntil, now);
}

/** The wait after `failures` failures when the `threshold`th starts the delays (0 = none). */
export function delaySecondsAfter(cfg: ServicesConfig, failures: number, threshold: number): number {
  const over = failures - threshold + 1;
  if (over <= 0) return 0;
  const max = cfg.lockoutMinutes * 60;
  return Math.min(max, cfg.firstDelaySeconds * 2 ** Math.min(over - 1, 30));
}

/** Counts one failure under `key`; returns the wait it imposes in seconds (0 = none). */
export async function registerFailure(
  tx: Tx,
  cfg: ServicesConfig,
  key: string,
  now: Date,
  threshold: number,
): Promise<number> {
  const current = await getLoginAttempt(tx, key);
  const last = current ? latest(current.lockedUntil, current.updatedAt ?? current.windowStartedAt) : null;
  const fresh = current && last && now.getTime() - last.getTime() < minutes(cfg.failureWindowMinutes);
  const failures = (fresh ? current.failures : 0) + 1;
  const delay = delaySecondsAfter(cfg, failures, threshold);
  await saveLoginAttempt(
    tx,
    {
      key,
      failures,
      windowStartedAt: fresh ? current.windowStartedAt : now,
      lockedUntil: delay > 0 ? new Date(now.getTime() + delay * 1000) : null,
    },
    now,
  );
  return delay;
}

function latest(a: Date | null, b: Date): Date {
  return a && a > b ? a : b;
}

export function lockedMessage(retryAfterSeconds: number): string {
  const mins = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many failed sign-in attempts. Try again in ${mins} minute${mins === 1 ? '' : 's'}.`;
}
