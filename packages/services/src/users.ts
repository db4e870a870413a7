import type { MembershipRole } from '@steward/core/auth/permissions';
import {
  findUserByEmail,
  findUserById,
  insertMembership,
  insertUser,
  listUsers,
  type UserRow,
} from '@steward/db';
import { appendAuditAs } from './audit';
import { checkNewPassword, hashPassword } from './auth/index';
import { ServiceError } from './errors';
import type { Caller, Context } from './types';
import { isUniqueViolation, requireAllowed, runAs, validateEmail } from './util';
import { listOrganisationMembers, type OrganisationMember } from './members/list-members';
import {
  addMembership,
  changeRole,
  checkRole,
  removeMembership,
  type MembershipInput,
} from './members/memberships';
import { databaseRefusal, decideGrant, roleGrantRefused } from './members/role-grant';

export type { UserRow };

export interface NewUserInput {
  email: string;
  displayName: string;
  password: string;
  isAdmin?: boolean;
  memberships?: { organisationId: string; role: MembershipRole }[];
}

export type { MembershipInput };

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
      checkNewPassword(ctx.config, input.password ?? '', email);
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
            const refusal = await decideGrant(
              tx,
              caller,
              { userId: user.id, organisationId: m.organisationId },
              { kind: 'add', role: m.role },
            );
            if (refusal) throw roleGrantRefused(refusal);
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
        const refusal = databaseRefusal(error);
        if (refusal) throw roleGrantRefused(refusal);
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

    /** Adds a membership under the role-grant policy (members/memberships.ts). Audited. */
    addMembership(caller: Caller, input: MembershipInput): Promise<void> {
      return addMembership(ctx, caller, input);
    },

    /** Changes a member's role under the role-grant policy. Audited with the old and new role. */
    changeRole(caller: Caller, input: MembershipInput): Promise<void> {
      return changeRole(ctx, caller, input);
    },

    /** Removes a membership under the role-grant policy (never the cluster's last coordinator). Audited. */
    removeMembership(caller: Caller, input: { userId: string; organisationId: string }): Promise<void> {
      return removeMembership(ctx, caller, input);
    },
  };
}
