/**
 * Session expiry, in one place: an idle timeout (sliding, renewed at most once a minute), an
 * absolute lifetime from sign-in however active the session is, and a short fixed time to finish
 * a pending sign-in step (no renewal meanwhile).
 */
import { touchSession, type Tx } from '@steward/db';
import type { ServicesConfig, SessionPending } from '../types';
import { minutes } from './types';

/** The session row fields the renewal rule reads. */
export interface RenewableSession {
  sessionId: string;
  createdAt: Date;
  lastSeenAt: Date;
  pending: SessionPending | null;
}

/** When a session seen at `now` expires. */
export function expiryAt(
  cfg: ServicesConfig,
  session: { createdAt: Date; pending: SessionPending | null },
  now: Date,
): Date {
  if (session.pending) return new Date(session.createdAt.getTime() + minutes(cfg.pendingStepMinutes));
  const idle = now.getTime() + minutes(cfg.sessionIdleMinutes);
  const absolute = session.createdAt.getTime() + minutes(cfg.sessionAbsoluteMinutes);
  return new Date(Math.min(idle, absolute));
}

/** Whether the session is past its absolute lifetime (whatever its stored expiry says). */
export function pastAbsolute(cfg: ServicesConfig, session: { createdAt: Date }, now: Date): boolean {
  return now.getTime() >= session.createdAt.getTime() + minutes(cfg.sessionAbsoluteMinutes);
}

/** Whether a use at `now` renews the session: at most once a minute, never while a step is pending. */
export function renewalDue(session: RenewableSession, now: Date): boolean {
  return !session.pending && now.getTime() - session.lastSeenAt.getTime() >= 60_000;
}

/** Sliding expiry: renews the session when used, written at most once a minute; pending sessions are not renewed. */
export async function renewSession(
  tx: Tx,
  cfg: ServicesConfig,
  session: RenewableSession,
  now: Date,
): Promise<void> {
  if (renewalDue(session, now)) {
    await touchSession(tx, session.sessionId, now, expiryAt(cfg, session, now));
  }
}
