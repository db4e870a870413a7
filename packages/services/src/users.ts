import { isMembershipRole, type MembershipRole } from '@steward/core/auth/permissions';
import {
  deleteMembership,
  findMembership,
  findUserByEmail,
  findUserById,
  insertMembership,
  insertUser,
  listUsers,
  updateMembershipRole,
  type UserRow,
} from '@steward/db';
import { appendAuditAs } from './audit';
import { hashPassword } from './auth/index';
import { ServiceError } from './errors';
import type { Caller, Context } from './types';
import { isUniqueViolation, requireAllowed, runAs, validateEmail } from './util';
import { listOrganisationMembers, type OrganisationMember } from './members';

export type { UserRow };

export interface NewUserInput {
  email: string;
  displayName: string;
  password: string;
  isAdmin?: boolean;
  memberships?: { organisationId: string; role: MembershipRole }[];
}

export interface MembershipInput {
  userId: string;
  organisationId: string;
  role: MembershipRole;
}

function checkRole(role: unknown): asserts role is MembershipRole {
  if (!isMembershipRole(role))
    throw new ServiceError('validation', 'role: not a membership role', { field: 'role' });
}

export function createUsersService(ctx: Context) {
  return {
    /** Creates a user (admin or system), with optional memberships. Audited. `conflict` if the e-mail exists (any case). */
    async create(caller: Caller, input: NewUserInput): Promise<UserRow> {
      requireAllowed(caller, 'user.create');
      const email = validateEmail(input.email ?? '');
      const displayName = input.displayName?.trim() ?? '';
      if (!displayName || displayName.length > 200)
        throw new ServiceError('validation', 'displayName: required, at most 200 characters', {
          field: 'displayName',
        });
      if ((input.password ?? '').length < ctx.config.minPasswordLength) {
        throw new ServiceError(
          'validation',
          `password: at least ${ctx.config.minPasswordLength} characters`,
          { field: 'password' },
        );
      }
      for (const m of input.memberships ?? []) checkRole(m.role);
      const passwordHash = await hashPassword(input.password);
      try {
        return await runAs(ctx, caller, async (tx) => {
          const now = ctx.clock();
          const user = await insertUser(
            tx,
            { email, displayName, passwordHash, isAdmin: input.isAdmin ?? false },
            now,
          );
          await appendAuditAs(tx, now, caller, {
            action: 'user.create',
            targetType: 'user',
            targetId: user.id,
            details: { isAdmin: user.isAdmin },
          });
          for (const m of input.memberships ?? []) {
            await insertMembership(
              tx,
              { userId: user.id, organisationId: m.organisationId, role: m.role },
              now,
            );
            await appendAuditAs(tx, now, caller, {
              action: 'membership.add',
              targetType: 'user',
              targetId: user.id,
              organisationId: m.organisationId,
              details: { role: m.role },
            });
          }
          return user;
        });
      } catch (error) {
        if (isUniqueViolation(error))
          throw new ServiceError('conflict', 'A user with this e-mail address exists already.');
        throw error;
      }
    },

    /** Users the caller may see (needs user.list). */
    list(caller: Caller): Promise<UserRow[]> {
      requireAllowed(caller, 'user.list');
      return runAs(ctx, caller, (tx) => listUsers(tx));
    },

    async get(caller: Caller, userId: string): Promise<UserRow> {
      const user = await runAs(ctx, caller, (tx) => findUserById(tx, userId));
      if (!user) throw new ServiceError('not-found', 'No such user.');
      return user;
    },

    /** Members of one organisation with their roles (user.list there). See members.ts. */
    listMembers(caller: Caller, organisationId: string): Promise<OrganisationMember[]> {
      return listOrganisationMembers(ctx, caller, organisationId);
    },

    /** A visible user by e-mail (any case), or null. */
    findByEmail(caller: Caller, email: string): Promise<UserRow | null> {
      return runAs(ctx, caller, (tx) => findUserByEmail(tx, email.trim()));
    },

    /** Adds a membership (membership.manage in that organisation). Audited. */
    async addMembership(caller: Caller, input: MembershipInput): Promise<void> {
      checkRole(input.role);
      requireAllowed(caller, 'membership.manage', input.organisationId);
      try {
        await runAs(ctx, caller, async (tx) => {
          const now = ctx.clock();
          await insertMembership(tx, input, now);
          await appendAuditAs(tx, now, caller, {
            action: 'membership.add',
            targetType: 'user',
            targetId: input.userId,
            organisationId: input.organisationId,
            details: { role: input.role },
          });
        });
      } catch (error) {
        if (isUniqueViolation(error))
          throw new ServiceError('conflict', 'This user is a member of that organisation already.');
        if ((error as { code?: unknown }).code === '23503')
          throw new ServiceError('not-found', 'No such user or organisation.');
        throw error;
      }
    },

    /** Changes a member's role (membership.manage in that organisation). Audited with the old and new role. */
    async changeRole(caller: Caller, input: MembershipInput): Promise<void> {
      checkRole(input.role);
      requireAllowed(caller, 'membership.manage', input.organisationId);
      await runAs(ctx, caller, async (tx) => {
        const current = await findMembership(tx, input.userId, input.organisationId);
        if (!current) throw new ServiceError('not-found', 'No such membership.');
        const changed = await updateMembershipRole(tx, input.userId, input.organisationId, input.role);
        if (changed === 0) throw new ServiceError('not-found', 'No such membership.');
        await appendAuditAs(tx, ctx.clock(), caller, {
          action: 'membership.change-role',
          targetType: 'user',
          targetId: input.userId,
          organisationId: input.organisationId,
          details: { from: current.role, to: input.role },
        });
      });
    },

    /** Removes a membership (membership.manage in that organisation). Audited. */
    async removeMembership(caller: Caller, input: { userId: string; organisationId: string }): Promise<void> {
      requireAllowed(caller, 'membership.manage', input.organisationId);
      await runAs(ctx, caller, async (tx) => {
        const removed = await deleteMembership(tx, input.userId, input.organisationId);
        if (removed === 0) throw new ServiceError('not-found', 'No such membership.');
        await appendAuditAs(tx, ctx.clock(), caller, {
          action: 'membership.remove',
          targetType: 'user',
          targetId: input.userId,
          organisationId: input.organisationId,
        });
      });
    },
  };
}
