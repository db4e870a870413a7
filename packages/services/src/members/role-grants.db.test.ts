// The role-grant policy end to end through the real services and database: every granter role ×
// every target role × own / other / cluster organisation, adding a membership. The answer and the
// database state must both match the core policy (whose table is written out by hand in
// core/auth/role-grants.test.ts). PGlite and, with TEST_DATABASE_URL, the PostgreSQL server.
import { MEMBERSHIP_ROLES, type MembershipRole, type Role } from '@steward/core/auth/permissions';
import { decideRoleGrant, organisationKindOf } from '@steward/core/auth/role-grants';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../errors';
import { createWorld, system, type World } from '../test-support/fixtures';
import type { Actor } from '../types';

let w: World;
const orgs: Record<'lead' | 'coLead' | 'partner' | 'otherPartner', { id: string; type: string }> =
  {} as never;
const granters = new Map<string, Actor>();
const targets = new Map<MembershipRole, string>();

const PLACES = [
  { name: 'own cluster-lead organisation', home: 'lead', target: 'lead' },
  { name: 'own partner organisation', home: 'partner', target: 'partner' },
  { name: 'other cluster organisation', home: 'partner', target: 'coLead' },
  { name: 'other partner organisation', home: 'lead', target: 'otherPartner' },
] as const;

beforeAll(async () => {
  // Granters sign in with a password only: the two-factor step required of admins and cluster
  // roles is tested in auth/account-security.db.test.ts, not here.
  w = await createWorld({ twoFactorRequired: false });
  const org = async (
    acronym: string,
    type: 'cluster-lead' | 'cluster-co-lead' | 'national-ngo' | 'un-agency',
  ) => ({
    id: (await w.services.organisations.create(system, { name: acronym, acronym, type })).id,
    type,
  });
  orgs.lead = await org('LEAD', 'cluster-lead');
  orgs.coLead = await org('COLEAD', 'cluster-co-lead');
  orgs.partner = await org('PARTNER', 'national-ngo');
  orgs.otherPartner = await org('OTHER', 'un-agency');
  const password = 'matrix-password-123';
  // A standing coordinator so that no change below meets the last-coordinator rule.
  await w.services.users.create(system, {
    email: 'standing@example.org',
    displayName: 'Standing',
    password,
    memberships: [{ organisationId: orgs.coLead.id, role: 'cluster-coordinator' }],
  });
  const login = async (email: string) => (await w.services.auth.login({ email, password })).actor;
  for (const home of ['lead', 'partner'] as const) {
    for (const role of MEMBERSHIP_ROLES) {
      if (home === 'partner' && (role === 'cluster-coordinator' || role === 'cluster-imo')) continue;
      const email = `${role}.${home}@example.org`;
      await w.services.users.create(system, {
        email,
        displayName: email,
        password,
        memberships: [{ organisationId: orgs[home].id, role }],
      });
      granters.set(`${role}@${home}`, await login(email));
    }
  }
  await w.services.users.create(system, {
    email: 'admin@example.org',
    displayName: 'Admin',
    password,
    isAdmin: true,
  });
  granters.set('admin', await login('admin@example.org'));
  for (const role of MEMBERSHIP_ROLES) {
    const u = await w.services.users.create(system, {
      email: `target.${role}@example.org`,
      displayName: role,
      password,
    });
    targets.set(role, u.id);
  }
}, 300_000);
afterAll(async () => w?.db.close());

async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (error) {
    if (error instanceof ServiceError) return String(error.details?.reason ?? error.code);
    throw error;
  }
}

const rolesOf = async (userId: string, organisationId: string) =>
  (await w.services.users.listMembers(system, organisationId))
    .filter((m) => m.userId === userId)
    .map((m) => m.role);

describe('every granter role × every target role × own / other / cluster organisation', () => {
  const granterRoles: Role[] = ['admin', ...MEMBERSHIP_ROLES];
  for (const granterRole of granterRoles) {
    const clusterRole = granterRole === 'cluster-coordinator' || granterRole === 'cluster-imo';
    // Cluster roles exist only in the lead organisation: they have no "own partner organisation".
    const places = PLACES.filter((p) => !(clusterRole && p.home === 'partner' && p.target === 'partner')).map(
      (p) => (clusterRole ? { ...p, home: 'lead' as const } : p),
    );
    for (const place of places) {
      it(`${granterRole} adds each role in their ${place.name}`, async () => {
        const key = granterRole === 'admin' ? 'admin' : `${granterRole}@${place.home}`;
        const granter = granters.get(key)!;
        expect(granter, key).toBeDefined();
        const target = orgs[place.target];
        for (const role of MEMBERSHIP_ROLES) {
          const userId = targets.get(role)!;
          const expected = decideRoleGrant({
            granterRole,
            target: place.target === place.home || granterRole === 'admin' ? 'own' : 'other',
            targetKind: organisationKindOf(target.type),
            change: { kind: 'add', role },
            otherCoordinators: 1,
          });
          const got = await outcome(
            w.services.users.addMembership(granter, { userId, organisationId: target.id, role }),
          );
          const stored = await rolesOf(userId, target.id);
          expect(got, `${key} → ${role}`).toBe(expected.allowed ? 'ok' : expected.reason);
          expect(stored).toEqual(expected.allowed ? [role] : []);
          if (stored.length)
            await w.services.users.removeMembership(system, { userId, organisationId: target.id });
        }
      }, 60_000);
    }
  }
});
