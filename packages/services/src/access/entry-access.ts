/**
 * THE access path for shared data. Every use case that gives another organisation's registry
 * entry (metadata) or one of its files asks `decideEntryAccess` (one entry) or `accessBases`
 * (a list): the basis of access from the agreements naming the actor's organisation (status from
 * the clock: expiry and revocation; the file version approved) and the cluster view
 * (`accessBasis` in @steward/core/sharing/access), then the ISP's decide() for that basis,
 * recorded in the audit log. Row-level security applies the same rule in the database (migration
 * 0007: agreements in force, pinned files), so a path that forgot to ask still sees nothing.
 */
import type { IspDecision } from '@steward/core/isp/index';
import {
  accessBasis,
  type AccessBasis,
  type AccessRefusal,
  type AgreementTerms,
} from '@steward/core/sharing/access';
import type { RecipientClass, ShareForm } from '@steward/core/vocabulary/index';
import type { Tx } from '@steward/db';
import type { RegistryEntryRow } from '@steward/db/repositories/registry';
import { listRecipientAgreementsOf, type AgreementRow } from '@steward/db/repositories/sharing';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import {
  DECISION_AUDIT_ACTION,
  decideEntryAndRecord,
  recordOwnerRelease,
  type DecisionTarget,
} from '../isp/decision-point';
import { isClusterActor } from '../isp/roles';
import type { Actor } from '../types';

export type { AccessBasis, AccessRefusal };

export interface EntryAccessRequest {
  readonly form: ShareForm;
  /** Today (YYYY-MM-DD) by the services' clock. */
  readonly today: string;
  readonly now: Date;
  readonly target: DecisionTarget;
  /** A file asked for (download): an agreement must have approved this version. */
  readonly fileId?: string;
  /** A download named by its agreement: only this agreement counts. */
  readonly agreement?: AgreementRow;
}

export type EntryAccess =
  | { readonly ok: true; readonly basis: AccessBasis; readonly decision: IspDecision | null }
  | { readonly ok: false; readonly error: ServiceError };

/** The ISP recipient class of a non-owner basis. */
export function recipientFor(basis: AccessBasis): RecipientClass {
  return basis.kind === 'agreement' ? 'bilateral' : 'cluster';
}

const REFUSAL_TEXT: Record<AccessRefusal, string> = {
  'no-access': 'No agreement in force gives your organisation this entry.',
  'agreement-expired': 'The agreement has expired.',
  'agreement-revoked': 'The agreement was revoked.',
  'agreement-pending': 'The agreement has not started yet.',
  'file-not-approved':
    'This file version was not approved under the agreement; the provider must approve it (a new agreement).',
};

function terms(a: AgreementRow): AgreementTerms {
  return {
    id: a.id,
    revokedAt: a.revokedAt,
    startsOn: a.startsOn,
    expiresOn: a.expiresOn,
    fileId: a.fileId,
    includesLaterVersions: a.includesLaterVersions,
  };
}

/**
 * Decides whether `actor` may have `entry` (or one of its files) now, records the decision and
 * says on what basis. A refusal is recorded too; the caller returns its error after committing.
 */
export async function decideEntryAccess(
  tx: Tx,
  actor: Actor,
  entry: RegistryEntryRow,
  request: EntryAccessRequest,
): Promise<EntryAccess> {
  const org = actor.activeOrganisationId;
  const own = entry.organisationId === org;
  const agreements = request.agreement
    ? [request.agreement]
    : own || !org
      ? []
      : await listRecipientAgreementsOf(tx, org, entry.id);
  const answer = accessBasis({
    own,
    clusterView: entry.sharedWithCluster && isClusterActor(actor),
    agreements: agreements.map(terms),
    today: request.today,
    ...(request.fileId ? { fileId: request.fileId } : {}),
    ...(request.agreement ? { onlyAgreementId: request.agreement.id } : {}),
  });
  if ('refused' in answer) {
    await appendAuditAs(tx, request.now, actor, {
      action: DECISION_AUDIT_ACTION,
      targetType: request.target.targetType,
      targetId: request.target.targetId,
      organisationId: request.target.organisationId,
      outcome: 'denied',
      details: {
        decision: 'deny',
        reason: answer.refused,
        rule: null,
        form: request.form,
        recipient: request.agreement ? 'bilateral' : 'organisation',
      },
    });
    const named = request.agreement;
    return {
      ok: false,
      error: named
        ? new ServiceError(
            'forbidden',
            `Agreement ${named.reference}: ${REFUSAL_TEXT[answer.refused]} Downloads are not allowed.`,
            { reason: answer.refused },
          )
        : new ServiceError(
            'not-found',
            `Not available to your organisation: ${REFUSAL_TEXT[answer.refused]}`,
            {
              reason: answer.refused,
            },
          ),
    };
  }
  const { basis } = answer;
  if (basis.kind === 'owner') {
    if (request.form !== 'share')
      await recordOwnerRelease(tx, request.now, actor, request.target, request.form);
    return { ok: true, basis, decision: null };
  }
  const decision = await decideEntryAndRecord(tx, request.now, actor, entry, {
    recipient: recipientFor(basis),
    form: request.form,
    activeAgreement: basis.kind === 'agreement',
    target: request.target,
  });
  return { ok: true, basis, decision };
}

/** The agreements naming the actor's active organisation as recipient (none without one). */
export function agreementsOfActor(tx: Tx, actor: Actor): Promise<AgreementRow[]> {
  const org = actor.activeOrganisationId;
  return org ? listRecipientAgreementsOf(tx, org) : Promise.resolve([]);
}

/**
 * The basis on which the actor sees each entry of a list (own, agreement in force, cluster view),
 * or null: entries without one are left out by the caller. One query for the agreements
 * (`recipientAgreements`: already read by the caller with agreementsOfActor).
 */
export async function accessBases(
  tx: Tx,
  actor: Actor,
  entries: readonly RegistryEntryRow[],
  today: string,
  recipientAgreements?: readonly AgreementRow[],
): Promise<Map<string, AccessBasis | null>> {
  const org = actor.activeOrganisationId;
  const agreements = recipientAgreements ?? (await agreementsOfActor(tx, actor));
  const cluster = isClusterActor(actor);
  return new Map(
    entries.map((e) => {
      const answer = accessBasis({
        own: e.organisationId === org,
        clusterView: e.sharedWithCluster && cluster,
        agreements: agreements.filter((a) => a.registryEntryId === e.id).map(terms),
        today,
      });
      return [e.id, 'basis' in answer ? answer.basis : null];
    }),
  );
}
