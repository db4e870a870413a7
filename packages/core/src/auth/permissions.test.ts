import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  MEMBERSHIP_ROLES,
  PERMISSIONS,
  ROLES,
  can,
  isMembershipRole,
  isRole,
  landingMembership,
  membershipRolesAllowed,
  rolesAllowed,
} from './permissions';

describe('permissions table', () => {
  it('lists every role, and only known actions', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) {
      for (const action of PERMISSIONS[role]) expect(ACTIONS).toContain(action);
      expect(new Set(PERMISSIONS[role]).size).toBe(PERMISSIONS[role].length);
    }
  });

  it('gives admin every action and keeps system actions to admin', () => {
    for (const action of ACTIONS) expect(can('admin', action)).toBe(true);
    for (const action of ['organisation.create', 'organisation.update'] as const) {
      // The cluster coordinator keeps the cluster's directory of organisations (issue 8).
      expect(rolesAllowed(action)).toEqual(['admin', 'cluster-coordinator']);
    }
    for (const action of ['user.create', 'audit.verify', 'demo.load'] as const) {
      expect(rolesAllowed(action)).toEqual(['admin']);
    }
  });

  it('lets only coordinators and focal points manage memberships and read the audit log', () => {
    expect(rolesAllowed('membership.manage')).toEqual([
      'admin',
      'cluster-coordinator',
      'partner-focal-point',
    ]);
    expect(rolesAllowed('audit.read')).toEqual(['admin', 'cluster-coordinator', 'partner-focal-point']);
    expect(can('caseworker', 'membership.manage')).toBe(false);
    expect(can('viewer', 'user.list')).toBe(false);
  });

  it('keeps the ISP and the cluster views to cluster roles, endorsement to those who speak for an organisation', () => {
    expect(membershipRolesAllowed('isp.edit')).toEqual(['cluster-coordinator', 'cluster-imo']);
    expect(membershipRolesAllowed('cluster.view')).toEqual(['cluster-coordinator', 'cluster-imo']);
    expect(membershipRolesAllowed('isp.endorse')).toEqual(['cluster-coordinator', 'partner-focal-point']);
    expect(membershipRolesAllowed('registry.manage')).toEqual([
      'cluster-coordinator',
      'cluster-imo',
      'partner-focal-point',
      'partner-im-officer',
    ]);
    expect(can('caseworker', 'registry.manage')).toBe(false);
    expect(can('viewer', 'isp.endorse')).toBe(false);
    expect(membershipRolesAllowed('demo.load')).toEqual([]);
  });

  it('keeps the consent override to partner focal points (a caseworker requests nothing, a viewer never)', () => {
    expect(membershipRolesAllowed('referral.consent-override')).toEqual(['partner-focal-point']);
    expect(can('caseworker', 'referral.consent-override')).toBe(false);
    expect(can('viewer', 'referral.consent-override')).toBe(false);
  });

  it('keeps rotation of the organisation referral key to partner focal points (not caseworkers, who also hold keys)', () => {
    expect(membershipRolesAllowed('referral.key-rotate')).toEqual(['partner-focal-point']);
    expect(can('caseworker', 'referral.key-rotate')).toBe(false);
    expect(can('partner-im-officer', 'referral.key-rotate')).toBe(false);
    expect(can('cluster-coordinator', 'referral.key-rotate')).toBe(false);
  });

  it('lets every role see the directory and manage its own tokens', () => {
    for (const role of ROLES) {
      expect(can(role, 'organisation.list')).toBe(true);
      expect(can(role, 'token.manage-own')).toBe(true);
    }
  });

  it('separates the system role from membership roles', () => {
    expect(MEMBERSHIP_ROLES).not.toContain('admin');
    expect(isMembershipRole('admin')).toBe(false);
    expect(isRole('admin')).toBe(true);
    expect(isMembershipRole('caseworker')).toBe(true);
    expect(isRole('owner')).toBe(false);
    expect(isRole(3)).toBe(false);
  });
});

describe('landingMembership', () => {
  it('picks the most capable role, the first one among equals, nothing from nothing', () => {
    expect(landingMembership([])).toBeUndefined();
    expect(
      landingMembership([
        { org: 'AMD', role: 'viewer' as const },
        { org: 'TRI', role: 'partner-focal-point' as const },
      ])?.org,
    ).toBe('TRI');
    expect(
      landingMembership([
        { org: 'A', role: 'caseworker' as const },
        { org: 'B', role: 'caseworker' as const },
        { org: 'C', role: 'viewer' as const },
      ])?.org,
    ).toBe('A');
  });
});
