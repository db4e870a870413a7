/**
 * Adding, changing and removing memberships under the role-grant policy. Every change is audited
 * (`membership.add`, `membership.change-role`, `membership.remove`); every refusal too
 * (`membership.grant-refused`, outcome `denied`, with the reason code), committed before the
 * refusal is thrown so that the evidence survives.
 */
import { isMembershipRole, type MembershipRole } from '@steward/core/auth/permissions';
import type { RoleGrantChange, RoleGrantRefusal } from '@steward/core/auth/role-grants';
import {
  deleteMembership,
  findMembership,
  insertMembership,
  updateMembershipRole,
  type Tx,
} from '@steward/db';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Caller, Context } from '../types';
import { isUniqueViolation, runAs } from '../util';
import { databaseRefusal, decideGrant, precheckGrant, roleGrantRefused } from './role-grant';

export interface MembershipInput {
  userId: string;
  organisationId: string;
  role: MembershipRole;
}

export function checkRole(role: unknown): asserts role is MembershipRole {
  if (!isMembershipRole(role))
    throw new ServiceError('validation', 'role: not a membership role', { field: 'role' });
}

/** The caller acting for the organisation concerned (RLS narrows a session to one at a time). */
function actingFor(caller: Caller, organisationId: string): Caller {
  if (caller.via !== 'session') return caller;
  return caller.memberships.some((m) => m.organisationId === organisationId)
    ? { ...caller, activeOrganisationId: organisationId }
    : caller;
}

async function recordRefusal(
  tx: Tx,
  ctx: Context,
  caller: Caller,
  target: { userId: string; organisationId: string },
  change: RoleGrantChange | { kind: RoleGrantChange['kind'] },
  reason: RoleGrantRefusal,
): Promise<void> {
  await appendAuditAs(tx, ctx.clock(), caller, {
    action: 'membership.grant-refused',
    targetType: 'user',
    targetId: target.userId,
    organisationId: target.organisationId,
    outcome: 'denied',
    details: {
      reason,
      change: change.kind,
      ...('from' in change ? { from: change.from } : {}),
      ...('role' in change ? { to: change.role } : {}),
    },
  });
}

/**
 * Runs one membership change: the pre-check (role and organisation), then in one transaction the
 * policy with what the database knows, and `apply`. A refusal is committed to the audit log and
 * then thrown as `role-grant-refused`.
 */
async function underPolicy(
  ctx: Context,
  caller: Caller,
  target: { userId: string; organisationId: string },
  kind: RoleGrantChange['kind'],
  describe: (tx: Tx) => Promise<RoleGrantChange>,
  apply: (tx: Tx, change: RoleGrantChange) => Promise<void>,
): Promise<void> {
  const acting = actingFor(caller, target.organisationId);
  const early = precheckGrant(acting, target.organisationId);
  if (early) {
    await runAs(ctx, acting, (tx) => recordRefusal(tx, ctx, acting, target, { kind }, early));
    throw roleGrantRefused(early);
  }
  let refusal: RoleGrantRefusal | null;
  try {
    refusal = await runAs(ctx, acting, async (tx) => {
      const change = await describe(tx);
      const reason = await decideGrant(tx, acting, target, change);
      if (reason) {
        await recordRefusal(tx, ctx, acting, target, change, reason);
        return reason;
      }
      await apply(tx, change);
      return null;
    });
  } catch (error) {
    const fromDatabase = databaseRefusal(error);
    if (fromDatabase) throw roleGrantRefused(fromDatabase);
    throw error;
  }
  if (refusal) throw roleGrantRefused(refusal);
}

async function currentRole(tx: Tx, userId: string, organisationId: string): Promise<MembershipRole> {
  const current = await findMembership(tx, userId, organisationId);
  if (!current) throw new ServiceError('not-found', 'No such membership.');
  return current.role;
}

/** Adds a membership (role-grant policy). Audited. */
export async function addMembership(ctx: Context, caller: Caller, input: MembershipInput): Promise<void> {
  checkRole(input.role);
  try {
    await underPolicy(
      ctx,
      caller,
      input,
      'add',
      async () => ({ kind: 'add', role: input.role }),
      async (tx) => {
        const now = ctx.clock();
        await insertMembership(tx, input, now);
        await appendAuditAs(tx, now, caller, {
          action: 'membership.add',
          targetType: 'user',
          targetId: input.userId,
          organisationId: input.organisationId,
          details: { role: input.role },
        });
      },
    );
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ServiceError('conflict', 'This user is a member of that organisation already.');
    if ((error as { code?: unknown }).code === '23503')
      throw new ServiceError('not-found', 'No such user or organisation.');
    throw error;
  }
}

/** Changes a member's role (role-grant policy). Audited with the old and new role. */
export async function changeRole(ctx: Context, caller: Caller, input: MembershipInput): Promise<void> {
  checkRole(input.role);
  await underPolicy(
    ctx,
    caller,
    input,
    'change',
    async (tx) => ({
      kind: 'change',
      from: await currentRole(tx, input.userId, input.organisationId),
      role: input.role,
    }),
    async (tx, change) => {
      const changed = await updateMembershipRole(tx, input.userId, input.organisationId, input.role);
      if (changed === 0) throw new ServiceError('not-found', 'No such membership.');
      await appendAuditAs(tx, ctx.clock(), caller, {
        action: 'membership.change-role',
        targetType: 'user',
        targetId: input.userId,
        organisationId: input.organisationId,
        details: { from: change.kind === 'add' ? null : change.from, to: input.role },
      });
    },
  );
}

/** Removes a membership (role-grant policy). Audited. */
export async function removeMembership(
  ctx: Context,
  caller: Caller,
  input: { userId: string; organisationId: string },
): Promise<void> {
  await underPolicy(
    ctx,
    caller,
    input,
    'remove',
    async (tx) => ({ kind: 'remove', from: await currentRole(tx, input.userId, input.organisationId) }),
    async (tx, change) => {
      const removed = await deleteMembership(tx, input.userId, input.organisationId);
      if (removed === 0) throw new ServiceError('not-found', 'No such membership.');
      await appendAuditAs(tx, ctx.clock(), caller, {
        action: 'membership.remove',
        targetType: 'user',
        targetId: input.userId,
        organisationId: input.organisationId,
        details: { role: change.kind === 'add' ? null : change.from },
      });
    },
  );
}
