/** What the incident register's use cases share: running as the actor, roles, ids, notices. */
import type { MembershipRole } from '@steward/core/auth/permissions';
import type { Tx } from '@steward/db';
import { listOrganisations } from '@steward/db/repositories/organisations';
import { findIncident, type IncidentRow } from '@steward/db/repositories/incidents';
import { ServiceError } from '../errors';
import { activeRole, CLUSTER_ROLES } from '../isp/roles';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';

/**
 * Who classifies, changes severity and moves an incident through its states: the organisation's
 * focal point (and, for the cluster's own incidents, the cluster coordinator and IMO).
 */
export const INCIDENT_MANAGER_ROLES: readonly MembershipRole[] = [
  'partner-focal-point',
  'cluster-coordinator',
  'cluster-imo',
];

export interface IncidentDeps {
  ctx: Context;
  asActor<T>(actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T>;
  today(): string;
  newId(): string;
  acronyms(tx: Tx): Promise<Map<string, string>>;
  mustFind(tx: Tx, id: string): Promise<IncidentRow>;
  /** The actor belongs to the incident's organisation (active) — else forbidden. */
  requireOwner(actor: Actor, row: IncidentRow, what: string): void;
  /** …and holds a manager role there. */
  requireManager(actor: Actor, row: IncidentRow, what: string): void;
  isClusterRole(actor: Actor): boolean;
}

export function createIncidentDeps(ctx: Context): IncidentDeps {
  const deps: IncidentDeps = {
    ctx,
    asActor: (actor, fn) => ctx.db.withActor(dbActor(actor, ctx.clock()), fn),
    today: () => ctx.clock().toISOString().slice(0, 10),
    newId() {
      const b = Buffer.from(ctx.randomBytes(16));
      b[6] = (b[6]! & 0x0f) | 0x40;
      b[8] = (b[8]! & 0x3f) | 0x80;
      const h = b.toString('hex');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    },
    async acronyms(tx) {
      return new Map((await listOrganisations(tx)).map((o) => [o.id, o.acronym]));
    },
    async mustFind(tx, id) {
      const row = await findIncident(tx, id);
      if (!row) throw new ServiceError('not-found', `There is no incident ${id} that you can see.`);
      return row;
    },
    requireOwner(actor, row, what) {
      if (row.organisationId !== actor.activeOrganisationId || !activeRole(actor))
        throw new ServiceError('forbidden', `Only the reporting organisation may ${what}.`);
    },
    requireManager(actor, row, what) {
      deps.requireOwner(actor, row, what);
      const role = activeRole(actor);
      if (!role || !INCIDENT_MANAGER_ROLES.includes(role))
        throw new ServiceError('forbidden', `Only the organisation's focal point may ${what}.`);
    },
    isClusterRole(actor) {
      const role = activeRole(actor);
      return role !== null && CLUSTER_ROLES.includes(role);
    },
  };
  return deps;
}
