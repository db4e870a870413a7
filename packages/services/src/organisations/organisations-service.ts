import type { AuditAction } from '@steward/core/audit/actions';
/**
 * The cluster's directory of organisations: every signed-in user lists it (with focal points and
 * referral key fingerprints, the cluster's contact list); administrators and cluster coordinators
 * (acting for their cluster lead organisation) add, edit, deactivate and reactivate. Audited.
 * Row-level security (migration 0038) refuses the same writes to anybody else.
 */
import {
  findOrganisationById,
  insertOrganisation,
  listCurrentReferralKeyFingerprints,
  listFocalPoints,
  listOrganisations,
  updateOrganisation,
  type OrganisationChanges,
  type OrganisationRow,
  type OrganisationStatus,
  type OrganisationType,
  type Tx,
} from '@steward/db';
import type { Action } from '@steward/core/auth/permissions';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Caller, Context } from '../types';
import { allowed, isUniqueViolation, runAs } from '../util';
import { checkAcronym, checkName, checkType } from './validation';

export type { OrganisationRow };

export interface NewOrganisationInput {
  name: string;
  acronym: string;
  type: OrganisationType;
  isClusterMember?: boolean;
}

export interface OrganisationUpdateInput {
  name?: string;
  acronym?: string;
  type?: OrganisationType;
  isClusterMember?: boolean;
}

export interface FocalPoint {
  displayName: string;
  email: string;
  role: 'partner-focal-point' | 'cluster-coordinator';
}

/** One organisation with its focal points and current referral key (fingerprint only). */
export interface OrganisationOverview extends OrganisationRow {
  focalPoints: FocalPoint[];
  referralKey: { fingerprint: string; createdAt: Date } | null;
}

/** Why a deactivation is refused (stable codes, translated by the web app). */
export type DeactivationRefusal = 'own-organisation' | 'last-coordinator-organisation';

/**
 * Writes to the directory: the system, an administrator, or a member whose role allows `action`
 * in the organisation they act for now (row-level security checks the same organisation).
 */
function requireDirectoryWriter(caller: Caller, action: Action): void {
  if (caller.via === 'system') return;
  // Administrators anywhere; others by their role in the organisation they act for now.
  if (!allowed(caller, action, caller.activeOrganisationId ?? 'none'))
    throw new ServiceError('forbidden', `You are not allowed to do this (${action}).`);
}

function duplicateAcronym(acronym: string): ServiceError {
  return new ServiceError('conflict', `acronym: an organisation with the acronym ${acronym} exists already`, {
    field: 'acronym',
    reason: 'acronym-taken',
  });
}

function constraintOf(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const constraint = (current as { constraint?: unknown }).constraint;
    if (typeof constraint === 'string') return constraint;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

async function mustFind(tx: Tx, id: string): Promise<OrganisationRow> {
  const row = await findOrganisationById(tx, id);
  if (!row) throw new ServiceError('not-found', 'No such organisation.');
  return row;
}

export function createOrganisationsService(ctx: Context) {
  /** Applies `changes` to organisation `id` (already authorised and validated) and audits them. */
  async function change(
    caller: Caller,
    id: string,
    changes: OrganisationChanges,
    action: AuditAction,
    check?: (before: OrganisationRow) => void,
  ): Promise<OrganisationRow> {
    try {
      return await runAs(ctx, caller, async (tx) => {
        const before = await mustFind(tx, id);
        check?.(before);
        const changed = Object.keys(changes).filter(
          (k) => changes[k as keyof OrganisationChanges] !== before[k as keyof OrganisationRow],
        );
        const row = await updateOrganisation(tx, id, changes, ctx.clock());
        if (!row) throw new ServiceError('forbidden', 'You are not allowed to change this organisation.');
        await appendAuditAs(tx, ctx.clock(), caller, {
          action,
          targetType: 'organisation',
          targetId: id,
          organisationId: id,
          details: { fields: changed.sort() },
        });
        return row;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateAcronym(changes.acronym ?? '');
      const constraint = constraintOf(error);
      if (constraint === 'memberships_cluster_role_in_lead')
        throw new ServiceError(
          'conflict',
          'type: this organisation holds cluster roles, so it stays a cluster lead or co-lead',
          { field: 'type', reason: 'cluster-roles-held' },
        );
      if (constraint === 'organisations_last_coordinator')
        throw new ServiceError('conflict', "It holds the cluster's last coordinator.", {
          reason: 'last-coordinator-organisation',
        });
      throw error;
    }
  }

  async function setStatus(caller: Caller, id: string, status: OrganisationStatus): Promise<OrganisationRow> {
    requireDirectoryWriter(caller, 'organisation.update');
    return change(
      caller,
      id,
      { status },
      status === 'active' ? 'organisation.reactivate' : 'organisation.deactivate',
      (before) => {
        if (status === 'active' || before.status !== 'active') return;
        // Nobody deactivates the organisation they act for: they would lock themselves out.
        if (caller.via !== 'system' && caller.activeOrganisationId === id)
          throw new ServiceError('conflict', 'You cannot deactivate the organisation you act for.', {
            reason: 'own-organisation',
          });
        // The organisation of the cluster's last active coordinator: the database trigger
        // (organisations_keep_last_coordinator) refuses, as it sees every membership.
      },
    );
  }

  return {
    /** The cluster's directory of organisations (every signed-in user; shared within the cluster). */
    list(caller: Caller): Promise<OrganisationRow[]> {
      if (!allowed(caller, 'organisation.list'))
        throw new ServiceError('forbidden', 'You are not allowed to do this (organisation.list).');
      return runAs(ctx, caller, (tx) => listOrganisations(tx));
    },

    /** The directory with each organisation's focal points and current referral key fingerprint. */
    async overview(caller: Caller): Promise<OrganisationOverview[]> {
      if (!allowed(caller, 'organisation.list'))
        throw new ServiceError('forbidden', 'You are not allowed to do this (organisation.list).');
      return runAs(ctx, caller, async (tx) => {
        const [rows, focal, keys] = [
          await listOrganisations(tx),
          await listFocalPoints(tx),
          await listCurrentReferralKeyFingerprints(tx),
        ];
        return rows.map((o) => {
          const key = keys.find((k) => k.organisationId === o.id);
          return {
            ...o,
            focalPoints: focal
              .filter((f) => f.organisationId === o.id)
              .map((f) => ({ displayName: f.displayName, email: f.email, role: f.role })),
            referralKey: key ? { fingerprint: key.fingerprint, createdAt: key.createdAt } : null,
          };
        });
      });
    },

    async get(caller: Caller, id: string): Promise<OrganisationRow> {
      return runAs(ctx, caller, (tx) => mustFind(tx, id));
    },

    /**
     * Creates an organisation (administrators, cluster coordinators, the system). Audited. A
     * duplicate acronym (any letter case) is a `conflict` naming the field.
     */
    async create(caller: Caller, input: NewOrganisationInput): Promise<OrganisationRow> {
      requireDirectoryWriter(caller, 'organisation.create');
      const name = checkName(input.name);
      const acronym = checkAcronym(input.acronym);
      const type = checkType(input.type);
      try {
        return await runAs(ctx, caller, async (tx) => {
          const row = await insertOrganisation(tx, {
            name,
            acronym,
            type,
            isClusterMember: input.isClusterMember ?? true,
          });
          await appendAuditAs(tx, ctx.clock(), caller, {
            action: 'organisation.create',
            targetType: 'organisation',
            targetId: row.id,
            organisationId: row.id,
          });
          return row;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicateAcronym(acronym);
        throw error;
      }
    },

    /** Edits name, acronym, type or cluster membership (same writers as `create`). Audited with the fields changed. */
    async update(caller: Caller, id: string, input: OrganisationUpdateInput): Promise<OrganisationRow> {
      requireDirectoryWriter(caller, 'organisation.update');
      const changes: OrganisationChanges = {};
      if (input.name !== undefined) changes.name = checkName(input.name);
      if (input.acronym !== undefined) changes.acronym = checkAcronym(input.acronym);
      if (input.type !== undefined) changes.type = checkType(input.type);
      if (input.isClusterMember !== undefined) changes.isClusterMember = input.isClusterMember === true;
      if (Object.keys(changes).length === 0)
        throw new ServiceError('validation', 'Nothing to change.', { field: '(body)' });
      return change(caller, id, changes, 'organisation.update');
    },

    /**
     * Deactivates an organisation: its members no longer act for it (sessions move to another
     * of their organisations, its API tokens stop working, row-level security closes its data to
     * them); its entries, agreements and audit history stay. Refused for the organisation the
     * caller acts for and for the one holding the cluster's last active coordinator.
     */
    deactivate(caller: Caller, id: string): Promise<OrganisationRow> {
      return setStatus(caller, id, 'inactive');
    },

    /** Makes a deactivated organisation active again: its members act for it as before. */
    reactivate(caller: Caller, id: string): Promise<OrganisationRow> {
      return setStatus(caller, id, 'active');
    },
  };
}
