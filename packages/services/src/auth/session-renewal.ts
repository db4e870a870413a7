import { touchSession, type Tx } from '@steward/db';
import type { ServicesConfig } from '../types';
import { minutes } from './types';

/** The session row fields the renewal rule reads. */
export interface RenewableSession {
  sessionId: string;
  lastSeenAt: Date;
}

/** Expiry of a session seen at `now`: the idle timeout from now. */
export function idleExpiry(cfg: ServicesConfig, now: Date): Date {
  return new Date(now.getTime() + minutes(cfg.sessionIdleMinutes));
}

/** Sliding expiry: renews the session when used, written at most once a minute. */
export async function renewSession(
  tx: Tx,
  cfg: ServicesConfig,
  session: RenewableSession,
  now: Date,
): Promise<void> {
  if (now.getTime() - session.lastSeenAt.getTime() >= 60_000) {
    await touchSession(tx, session.sessionId, now, idleExpiry(cfg, now));
  }
}
