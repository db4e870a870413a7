/**
 * The access rule for shared data, as pure logic: on what basis an actor may see another
 * organisation's registry entry or one of its files, from the agreements naming the actor's
 * organisation, today's date and whether the actor sees the entry as the cluster. The services'
 * one access path (services/src/access) applies it with the ISP's decide() for every use case
 * that gives entry metadata or file content; the database's row-level security applies the same
 * dates and pinned files (migration 0007).
 */

export type AgreementStatus = 'pending' | 'active' | 'expired' | 'revoked';

/** Status from the clock: revoked wins; before startsOn → pending; after expiresOn → expired. */
export function agreementStatus(
  a: { revokedAt: Date | null; startsOn: string; expiresOn: string },
  today: string,
): AgreementStatus {
  if (a.revokedAt) return 'revoked';
  if (today > a.expiresOn) return 'expired';
  if (today < a.startsOn) return 'pending';
  return 'active';
}

/** What an agreement says about access (a subset of the stored agreement). */
export interface AgreementTerms {
  readonly id: string;
  readonly revokedAt: Date | null;
  readonly startsOn: string;
  readonly expiresOn: string;
  /** The file version approved; null when the entry had no released file then. */
  readonly fileId: string | null;
  /** Newer uploads are given without a new approval. */
  readonly includesLaterVersions: boolean;
}

/** Whether the agreement gives this file: the one approved, or any when it includes later versions. */
export function agreementGivesFile(a: AgreementTerms, fileId: string): boolean {
  return a.includesLaterVersions || a.fileId === fileId;
}

export type AccessBasis =
  | { readonly kind: 'owner' }
  | { readonly kind: 'agreement'; readonly agreement: AgreementTerms }
  | { readonly kind: 'cluster' };

export type AccessRefusal =
  /** No agreement names the actor's organisation, and the cluster view does not apply. */
  | 'no-access'
  /** Agreements exist but none is in force (each expired, revoked or not yet started). */
  | 'agreement-expired'
  | 'agreement-revoked'
  | 'agreement-pending'
  /** An agreement is in force but did not approve this file version. */
  | 'file-not-approved';

export interface AccessQuestion {
  /** The entry belongs to the actor's (active) organisation. */
  readonly own: boolean;
  /** The actor holds a cluster role and the owner shares the entry with the cluster. */
  readonly clusterView: boolean;
  /** Agreements on this entry naming the actor's organisation as recipient. */
  readonly agreements: readonly AgreementTerms[];
  readonly today: string;
  /** Asked for one file (download); absent for the entry's metadata. */
  readonly fileId?: string;
  /** Only this agreement counts (a download named by its agreement). */
  readonly onlyAgreementId?: string;
}

/**
 * The basis of access, or why there is none. The owner always; then an agreement in force that
 * gives the file asked for (a bilateral share the ISP decides with an active agreement); then the
 * cluster view (the ISP decides for the cluster). The ISP still decides every non-owner basis.
 */
export function accessBasis(q: AccessQuestion): { basis: AccessBasis } | { refused: AccessRefusal } {
  if (q.own && q.onlyAgreementId === undefined) return { basis: { kind: 'owner' } };
  const named = q.onlyAgreementId ? q.agreements.filter((a) => a.id === q.onlyAgreementId) : q.agreements;
  const active = named.filter((a) => agreementStatus(a, q.today) === 'active');
  const giving = q.fileId === undefined ? active : active.filter((a) => agreementGivesFile(a, q.fileId!));
  const chosen = giving[0];
  if (chosen) return { basis: { kind: 'agreement', agreement: chosen } };
  if (q.clusterView && q.onlyAgreementId === undefined) return { basis: { kind: 'cluster' } };
  if (active.length > 0) return { refused: 'file-not-approved' };
  const statuses = named.map((a) => agreementStatus(a, q.today));
  if (statuses.includes('pending')) return { refused: 'agreement-pending' };
  if (statuses.includes('expired')) return { refused: 'agreement-expired' };
  if (statuses.includes('revoked')) return { refused: 'agreement-revoked' };
  return { refused: 'no-access' };
}
