import { lintIsp, type LintIssue } from './lint';
import type { Isp } from './model';

export interface MemberOrganisation {
  readonly organisationId: string;
  readonly name?: string;
}

/** One organisation's endorsement of one ISP version: who, when, which version. */
export interface Endorsement {
  readonly organisationId: string;
  readonly ispVersion: string;
  /** The person who endorsed for the organisation (a user id or name). */
  readonly endorsedBy: string;
  /** ISO date or date-time. */
  readonly endorsedOn: string;
}

export interface EndorsementStatus {
  readonly ispVersion: string;
  /** Members who endorsed this version (the latest endorsement each). */
  readonly endorsed: readonly (MemberOrganisation & { readonly endorsement: Endorsement })[];
  /** Members who have not endorsed this version. */
  readonly pending: readonly MemberOrganisation[];
  /** Pending members who endorsed another version (they must endorse again). */
  readonly endorsedOtherVersion: readonly (MemberOrganisation & { readonly endorsement: Endorsement })[];
  /** Endorsements of this version by organisations that are not members (ignored). */
  readonly ignored: readonly Endorsement[];
  /** Every member endorsed this version. */
  readonly complete: boolean;
  /** Lint errors that block endorsement (e.g. an unclassified data type). */
  readonly blockers: readonly LintIssue[];
  /** May members endorse this version? (no blocking lint error, not superseded, not a template) */
  readonly canEndorse: boolean;
  /** May the ISP become the endorsed, active one? (complete and endorsable) */
  readonly readyToActivate: boolean;
  /** Plain-English summary. */
  readonly summary: string;
}

/**
 * Endorsement state of an ISP version given the cluster's member organisations and the recorded
 * endorsements (of any version). An endorsement counts only for the exact version; the latest
 * one (by `endorsedOn`) per organisation is shown.
 */
export function endorsementStatus(
  isp: Isp,
  members: readonly MemberOrganisation[],
  endorsements: readonly Endorsement[],
): EndorsementStatus {
  const memberIds = new Set(members.map((m) => m.organisationId));
  const latest = (orgId: string, sameVersion: boolean): Endorsement | undefined =>
    endorsements
      .filter((e) => e.organisationId === orgId && (e.ispVersion === isp.version) === sameVersion)
      .sort((x, y) => (x.endorsedOn < y.endorsedOn ? 1 : x.endorsedOn > y.endorsedOn ? -1 : 0))[0];

  const endorsed: (MemberOrganisation & { endorsement: Endorsement })[] = [];
  const pending: MemberOrganisation[] = [];
  const endorsedOtherVersion: (MemberOrganisation & { endorsement: Endorsement })[] = [];
  for (const m of members) {
    const e = latest(m.organisationId, true);
    if (e) {
      endorsed.push({ ...m, endorsement: e });
    } else {
      pending.push(m);
      const other = latest(m.organisationId, false);
      if (other) endorsedOtherVersion.push({ ...m, endorsement: other });
    }
  }
  const ignored = endorsements.filter(
    (e) => e.ispVersion === isp.version && !memberIds.has(e.organisationId),
  );
  const blockers = lintIsp(isp).issues.filter((i) => i.severity === 'error');
  const canEndorse = blockers.length === 0 && isp.status !== 'superseded' && !isp.isTemplate;
  const complete = members.length > 0 && pending.length === 0;
  const readyToActivate = complete && canEndorse;

  const name = (m: MemberOrganisation) => m.name ?? m.organisationId;
  const parts = [
    `Version ${isp.version}: ${endorsed.length} of ${members.length} member organisations endorsed.`,
  ];
  if (pending.length > 0) parts.push(`Waiting for: ${pending.map(name).join(', ')}.`);
  if (isp.isTemplate) parts.push('This is the default template: adapt it before it can be endorsed.');
  if (isp.status === 'superseded') parts.push('This version is superseded and can no longer be endorsed.');
  if (blockers.length > 0)
    parts.push(`Blocked by ${blockers.length} error(s): ${blockers.map((b) => b.message).join(' ')}`);
  if (readyToActivate) parts.push('Every member endorsed it: it can become the endorsed ISP.');

  return {
    ispVersion: isp.version,
    endorsed,
    pending,
    endorsedOtherVersion,
    ignored,
    complete,
    blockers,
    canEndorse,
    readyToActivate,
    summary: parts.join(' '),
  };
}
