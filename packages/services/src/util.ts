import { createHash } from 'node:crypto';
import { can, type Action } from '@steward/core/auth/permissions';
import type { DbActor, Tx } from '@steward/db';
import { ServiceError } from './errors';
import { heldFor } from './request-transaction';
import type { Actor, Caller, Context } from './types';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function randomToken(ctx: Context, bytes = 32): string {
  return Buffer.from(ctx.randomBytes(bytes)).toString('base64url');
}

export function dbActor(actor: Actor, now?: Date): DbActor {
  const held = heldFor(actor);
  return {
    userId: actor.userId,
    organisationId: actor.activeOrganisationId,
    admin: actor.isAdmin && actor.via === 'session' && !actor.pending,
    ...(now ? { today: now.toISOString().slice(0, 10) } : {}),
    // The request's authentication transaction, while open: the work continues in it.
    ...(held ? { continues: held } : {}),
  };
}

/** Runs `fn` as the caller: the actor under RLS, or the system as the owner. */
export function runAs<T>(ctx: Context, caller: Caller, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return caller.via === 'system'
    ? ctx.db.asSystem('bootstrap', fn)
    : ctx.db.withActor(dbActor(caller, ctx.clock()), fn);
}

/** Whether the caller may perform `action` (in `organisationId` when given). System may do all. */
export function allowed(caller: Caller, action: Action, organisationId?: string): boolean {
  if (caller.via === 'system') return true;
  if (caller.isAdmin && caller.via === 'session' && can('admin', action)) return true;
  // A token actor's memberships hold only the token's organisation.
  return caller.memberships.some(
    (m) => (organisationId === undefined || m.organisationId === organisationId) && can(m.role, action),
  );
}

export function requireAllowed(caller: Caller, action: Action, organisationId?: string): void {
  if (!allowed(caller, action, organisationId))
    throw new ServiceError('forbidden', `You are not allowed to do this (${action}).`);
}

/** Actor id, organisation for audit entries. */
export function auditActor(caller: Caller): {
  actorUserId: string | null;
  actorOrganisationId: string | null;
  system?: string;
} {
  return caller.via === 'system'
    ? { actorUserId: null, actorOrganisationId: null, system: caller.reason }
    : { actorUserId: caller.userId, actorOrganisationId: caller.activeOrganisationId };
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function validateEmail(email: string): string {
  const trimmed = email.trim();
  if (!EMAIL.test(trimmed) || trimmed.length > 254)
    throw new ServiceError('validation', 'email: not a valid e-mail address', { field: 'email' });
  return trimmed;
}
