import { getLoginAttempt, saveLoginAttempt, type Tx } from '@steward/db';
import type { ServicesConfig } from '../types';
import { sha256Hex } from '../util';
import { minutes } from './types';

export function ipKey(ip: string | null | undefined): string {
  return `ip:${sha256Hex(ip ?? 'unknown')}`;
}

export function accountKey(userId: string): string {
  return `account:${userId}`;
}

/** Seconds left of a lock, 0 when none. */
export function lockRemaining(lockedUntil: Date | null | undefined, now: Date): number {
  return lockedUntil && lockedUntil > now ? Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000) : 0;
}

export async function lockRemainingFor(tx: Tx, key: string, now: Date): Promise<number> {
  return lockRemaining((await getLoginAttempt(tx, key))?.lockedUntil, now);
}

/** Counts one failure under `key`; `max` failures within the window lock it. */
export async function registerFailure(
  tx: Tx,
  cfg: ServicesConfig,
  key: string,
  now: Date,
  max: number,
): Promise<void> {
  const current = await getLoginAttempt(tx, key);
  const windowOpen =
    current && now.getTime() - current.windowStartedAt.getTime() < minutes(cfg.failureWindowMinutes);
  const failures = (windowOpen ? current.failures : 0) + 1;
  const lockedUntil = failures >= max ? new Date(now.getTime() + minutes(cfg.lockoutMinutes)) : null;
  await saveLoginAttempt(
    tx,
    {
      key,
      failures: lockedUntil ? 0 : failures,
      windowStartedAt: windowOpen ? current.windowStartedAt : now,
      lockedUntil,
    },
    now,
  );
}

export function lockedMessage(retryAfterSeconds: number): string {
  const mins = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many failed sign-in attempts. Try again in ${mins} minute${mins === 1 ? '' : 's'}.`;
}
