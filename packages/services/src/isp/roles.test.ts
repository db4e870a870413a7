// The services' role lists come from the core permissions table; the database's row-level
// security names the cluster roles itself, so the two are checked against each other here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLUSTER_ROLES, DATA_MANAGER_ROLES, ENDORSING_ROLES, ISP_EDITOR_ROLES, requireRole } from './roles';
import type { Actor } from '../types';

const RLS = new URL('../../../db/drizzle/0003_registry-isp-sharing-rls.sql', import.meta.url);

function actor(
  memberships: { organisationId: string; role: Actor['memberships'][number]['role'] }[],
  active: string,
) {
  return {
    userId: 'u',
    activeOrganisationId: active,
    memberships: memberships.map((m) => ({
      ...m,
      organisationName: m.organisationId,
      acronym: m.organisationId,
    })),
  } as unknown as Actor;
}

describe('service roles', () => {
  it('match the cluster roles of the row-level security', () => {
    const sql = readFileSync(RLS, 'utf8');
    const fn = /FUNCTION steward_actor_has_cluster_role\(\)[\s\S]*?m\.role IN \(([^)]*)\)/.exec(sql);
    expect(fn, 'steward_actor_has_cluster_role in 0003').not.toBeNull();
    const roles = [...fn![1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect([...roles].sort()).toEqual([...CLUSTER_ROLES].sort());
  });

  it('read the permissions table', () => {
    expect(ISP_EDITOR_ROLES).toEqual(['cluster-coordinator', 'cluster-imo']);
    expect(ENDORSING_ROLES).toEqual(['cluster-coordinator', 'partner-focal-point']);
    expect(DATA_MANAGER_ROLES).not.toContain('caseworker');
    expect(DATA_MANAGER_ROLES).not.toContain('viewer');
  });

  it('decide by the role in the active organisation, not any membership', () => {
    const both = [
      { organisationId: 'amd', role: 'viewer' as const },
      { organisationId: 'tri', role: 'partner-focal-point' as const },
    ];
    expect(requireRole(actor(both, 'tri'), ENDORSING_ROLES, 'endorse')).toBe('tri');
    expect(() => requireRole(actor(both, 'amd'), ENDORSING_ROLES, 'endorse')).toThrow(
      /Only cluster-coordinator, partner-focal-point may endorse/,
    );
  });
});
