import { describe, expect, it } from 'vitest';
import { MEMBERSHIP_ROLES, ROLES, type MembershipRole, type Role } from './permissions';
import {
  decideRoleGrant,
  grantableRoles,
  organisationKindOf,
  type OrganisationKind,
  type RoleGrantRefusal,
} from './role-grants';

// The expected answers are written out by hand (not computed from the policy), one row per
// granter role, one column per target role in MEMBERSHIP_ROLES order:
// cluster-coordinator, cluster-imo, partner-focal-point, partner-im-officer, caseworker, viewer.
type Cell = 'ok' | RoleGrantRefusal;
const ok = 'ok';
const M = 'cannot-manage-members';
const O = 'not-own-organisation';
const C = 'cluster-role-outside-lead';
const R = 'role-above-own';

type Place =
  | 'own cluster-lead organisation'
  | 'own partner organisation'
  | 'other cluster-lead organisation'
  | 'other partner organisation';
const PLACES: Record<Place, { target: 'own' | 'other'; targetKind: OrganisationKind }> = {
  'own cluster-lead organisation': { target: 'own', targetKind: 'cluster-lead' },
  'own partner organisation': { target: 'own', targetKind: 'partner' },
  'other cluster-lead organisation': { target: 'other', targetKind: 'cluster-lead' },
  'other partner organisation': { target: 'other', targetKind: 'partner' },
};

const GRANT_TABLE: Record<Role, Record<Place, readonly Cell[]>> = {
  admin: {
    'own cluster-lead organisation': [ok, ok, ok, ok, ok, ok],
    'own partner organisation': [C, C, ok, ok, ok, ok],
    'other cluster-lead organisation': [ok, ok, ok, ok, ok, ok],
    'other partner organisation': [C, C, ok, ok, ok, ok],
  },
  'cluster-coordinator': {
    'own cluster-lead organisation': [ok, ok, ok, ok, ok, ok],
    'own partner organisation': [C, C, ok, ok, ok, ok],
    'other cluster-lead organisation': [O, O, O, O, O, O],
    'other partner organisation': [O, O, O, O, O, O],
  },
  'cluster-imo': {
    'own cluster-lead organisation': [M, M, M, M, M, M],
    'own partner organisation': [M, M, M, M, M, M],
    'other cluster-lead organisation': [M, M, M, M, M, M],
    'other partner organisation': [M, M, M, M, M, M],
  },
  'partner-focal-point': {
    'own cluster-lead organisation': [R, R, ok, ok, ok, ok],
    'own partner organisation': [C, C, ok, ok, ok, ok],
    'other cluster-lead organisation': [O, O, O, O, O, O],
    'other partner organisation': [O, O, O, O, O, O],
  },
  'partner-im-officer': {
    'own cluster-lead organisation': [M, M, M, M, M, M],
    'own partner organisation': [M, M, M, M, M, M],
    'other cluster-lead organisation': [M, M, M, M, M, M],
    'other partner organisation': [M, M, M, M, M, M],
  },
  caseworker: {
    'own cluster-lead organisation': [M, M, M, M, M, M],
    'own partner organisation': [M, M, M, M, M, M],
    'other cluster-lead organisation': [M, M, M, M, M, M],
    'other partner organisation': [M, M, M, M, M, M],
  },
  viewer: {
    'own cluster-lead organisation': [M, M, M, M, M, M],
    'own partner organisation': [M, M, M, M, M, M],
    'other cluster-lead organisation': [M, M, M, M, M, M],
    'other partner organisation': [M, M, M, M, M, M],
  },
};

const answer = (d: ReturnType<typeof decideRoleGrant>): Cell => (d.allowed ? ok : d.reason);

describe('role-grant policy: granting a new membership', () => {
  for (const granterRole of ROLES) {
    for (const [place, where] of Object.entries(PLACES) as [Place, (typeof PLACES)[Place]][]) {
      MEMBERSHIP_ROLES.forEach((role, i) => {
        const expected = GRANT_TABLE[granterRole][place][i];
        it(`${granterRole} gives ${role} in their ${place}: ${expected}`, () => {
          expect(
            answer(
              decideRoleGrant({ granterRole, ...where, change: { kind: 'add', role }, otherCoordinators: 0 }),
            ),
          ).toBe(expected);
        });
      });
    }
  }
});

// Changing a member's role in the granter's own cluster-lead organisation: rows = granter, then
// for each current role (rows of the inner table) the answer for each new role (columns).
const U = 'member-above-own';
const L = 'last-coordinator';
const CHANGE_TABLE: Partial<Record<Role, readonly (readonly Cell[])[]>> = {
  // With other coordinators present (otherCoordinators = 1).
  admin: [
    [ok, ok, ok, ok, ok, ok],
    [ok, ok, ok, ok, ok, ok],
    [ok, ok, ok, ok, ok, ok],
    [ok, ok, ok, ok, ok, ok],
    [ok, ok, ok, ok, ok, ok],
    [ok, ok, ok, ok, ok, ok],
  ],
  'cluster-coordinator': [
    [ok, ok, ok, ok, ok, ok],
    [ok, ok, ok, ok, ok, ok],
    [ok, ok, ok, ok, ok, ok],
    [ok, ok, ok, ok, ok, ok],
    [ok, ok, ok, ok, ok, ok],
    [ok, ok, ok, ok, ok, ok],
  ],
  'partner-focal-point': [
    [R, R, U, U, U, U],
    [R, R, U, U, U, U],
    [R, R, ok, ok, ok, ok],
    [R, R, ok, ok, ok, ok],
    [R, R, ok, ok, ok, ok],
    [R, R, ok, ok, ok, ok],
  ],
};

describe('role-grant policy: changing and removing a membership', () => {
  for (const [granterRole, rows] of Object.entries(CHANGE_TABLE) as [Role, readonly (readonly Cell[])[]][]) {
    MEMBERSHIP_ROLES.forEach((from, i) => {
      MEMBERSHIP_ROLES.forEach((role, j) => {
        const expected = rows[i]![j];
        it(`${granterRole} changes a ${from} to ${role} in their own cluster-lead organisation: ${expected}`, () => {
          expect(
            answer(
              decideRoleGrant({
                granterRole,
                target: 'own',
                targetKind: 'cluster-lead',
                change: { kind: 'change', from, role },
                otherCoordinators: 1,
              }),
            ),
          ).toBe(expected);
        });
      });
    });
  }

  it('keeps the last coordinator: nobody demotes or removes them, administrators included', () => {
    const last = { target: 'own', targetKind: 'cluster-lead', otherCoordinators: 0 } as const;
    for (const granterRole of ['admin', 'cluster-coordinator'] as const) {
      for (const role of MEMBERSHIP_ROLES.filter((r) => r !== 'cluster-coordinator')) {
        expect(
          answer(
            decideRoleGrant({
              ...last,
              granterRole,
              change: { kind: 'change', from: 'cluster-coordinator', role },
            }),
          ),
        ).toBe(L);
      }
      expect(
        answer(
          decideRoleGrant({ ...last, granterRole, change: { kind: 'remove', from: 'cluster-coordinator' } }),
        ),
      ).toBe(L);
      // Re-confirming the same role is not a demotion.
      expect(
        answer(
          decideRoleGrant({
            ...last,
            granterRole,
            change: { kind: 'change', from: 'cluster-coordinator', role: 'cluster-coordinator' },
          }),
        ),
      ).toBe(ok);
    }
    // With another coordinator, a coordinator may step down or be removed.
    expect(
      answer(
        decideRoleGrant({
          ...last,
          otherCoordinators: 1,
          granterRole: 'cluster-coordinator',
          change: { kind: 'remove', from: 'cluster-coordinator' },
        }),
      ),
    ).toBe(ok);
  });

  it('removes only members at or below the granter, in their own organisation', () => {
    const removal = (granterRole: Role, from: MembershipRole, target: 'own' | 'other' = 'own') =>
      answer(
        decideRoleGrant({
          granterRole,
          target,
          targetKind: 'cluster-lead',
          change: { kind: 'remove', from },
          otherCoordinators: 1,
        }),
      );
    expect(removal('partner-focal-point', 'cluster-imo')).toBe(U);
    expect(removal('partner-focal-point', 'partner-focal-point')).toBe(ok);
    expect(removal('partner-focal-point', 'viewer', 'other')).toBe(O);
    expect(removal('cluster-coordinator', 'cluster-imo')).toBe(ok);
    expect(removal('cluster-imo', 'viewer')).toBe(M);
    expect(removal('admin', 'cluster-coordinator', 'other')).toBe(ok);
  });
});

describe('organisation kinds and grantable roles', () => {
  it('treats cluster lead and co-lead organisations as the cluster, every other type as a partner', () => {
    expect(organisationKindOf('cluster-lead')).toBe('cluster-lead');
    expect(organisationKindOf('cluster-co-lead')).toBe('cluster-lead');
    for (const t of ['un-agency', 'international-ngo', 'national-ngo', 'government', 'other'])
      expect(organisationKindOf(t)).toBe('partner');
  });

  it('offers each granter only the roles they may give', () => {
    expect(grantableRoles('partner-focal-point', 'partner', MEMBERSHIP_ROLES)).toEqual([
      'partner-focal-point',
      'partner-im-officer',
      'caseworker',
      'viewer',
    ]);
    expect(grantableRoles('cluster-coordinator', 'cluster-lead', MEMBERSHIP_ROLES)).toEqual([
      ...MEMBERSHIP_ROLES,
    ]);
    expect(grantableRoles('admin', 'partner', MEMBERSHIP_ROLES)).not.toContain('cluster-coordinator');
    expect(grantableRoles('viewer', 'cluster-lead', MEMBERSHIP_ROLES)).toEqual([]);
  });
});
