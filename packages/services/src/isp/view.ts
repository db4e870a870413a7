/** What the ISP service shows of a version: lint, endorsement status, endorsements, pending changes. */
import {
  endorsementStatus,
  lintIsp,
  type EndorsementStatus,
  type Isp,
  type IspStatus,
  type LintResult,
  type Relaxation,
} from '@steward/core/isp/index';
import type { Tx } from '@steward/db';
import {
  findIspVersion,
  listEndorsements,
  listPendingIspStatusRequests,
  type IspStatusRequestRow,
  type IspVersionRow,
} from '@steward/db/repositories/isp';
import { listOrganisations } from '@steward/db/repositories/organisations';
import { ServiceError } from '../errors';

export interface IspVersionSummary {
  id: string;
  version: string;
  status: IspStatus;
  createdAt: string;
  endorsements: number;
}

/** A status change that lowers protection, waiting for a second person with a cluster role. */
export interface PendingStatusChange {
  id: string;
  toStatus: IspStatus;
  /** User id of the requester (the approver must be someone else). */
  requestedBy: string;
  requestedAt: string;
  /** How the version protects less than the one in force (the first ones). */
  relaxations: Relaxation[];
}

export interface IspVersionView {
  id: string;
  version: string;
  status: IspStatus;
  context: string;
  reviewDue: string;
  isp: Isp;
  lint: LintResult;
  endorsement: EndorsementStatus;
  endorsements: { organisationId: string; acronym: string; userName: string; at: string; version: string }[];
  pendingChanges: PendingStatusChange[];
}

export function pendingChange(row: IspStatusRequestRow): PendingStatusChange {
  return {
    id: row.id,
    toStatus: row.toStatus,
    requestedBy: row.requestedBy,
    requestedAt: row.requestedAt.toISOString(),
    relaxations: (row.relaxations as Relaxation[]).slice(0, 20),
  };
}

export async function mustFindVersion(tx: Tx, id: string): Promise<IspVersionRow> {
  const row = await findIspVersion(tx, id);
  if (!row) throw new ServiceError('not-found', `There is no ISP version ${id}.`);
  return row;
}

export async function versionView(tx: Tx, row: IspVersionRow): Promise<IspVersionView> {
  const isp: Isp = { ...row.document, id: row.id, version: row.version, status: row.status };
  const orgs = await listOrganisations(tx);
  const members = orgs
    .filter((o) => o.isClusterMember && o.status === 'active')
    .map((o) => ({ organisationId: o.id, name: o.acronym }));
  const all = await listEndorsements(tx);
  const acronym = new Map(orgs.map((o) => [o.id, o.acronym]));
  const endorsement = endorsementStatus(
    isp,
    members,
    all.map((e) => ({
      organisationId: e.organisationId,
      ispVersion: e.version,
      endorsedBy: e.userName,
      endorsedOn: e.endorsedAt.toISOString(),
    })),
  );
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    context: row.context,
    reviewDue: row.reviewDue,
    isp,
    lint: lintIsp(isp),
    endorsement,
    endorsements: all
      .filter((e) => e.ispVersionId === row.id)
      .map((e) => ({
        organisationId: e.organisationId,
        acronym: acronym.get(e.organisationId) ?? '?',
        userName: e.userName,
        at: e.endorsedAt.toISOString(),
        version: e.version,
      })),
    pendingChanges: (await listPendingIspStatusRequests(tx, row.id)).map(pendingChange),
  };
}
