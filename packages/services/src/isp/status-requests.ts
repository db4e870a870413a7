/**
 * The second person of the two-person rule (status.ts): a user with a cluster role other than the
 * requester approves — the successor then comes into force — or rejects a pending request. Audited with the requester's and the approver's ids; the
 * database refuses an approver equal to the requester (isp_status_requests_second_person).
 */
import { decideIspStatusRequest, findIspStatusRequest } from '@steward/db/repositories/isp';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';
import { ISP_EDITOR_ROLES, requireRole } from './roles';
import { bringIntoForce, requireEndorsable } from './status';
import { mustFindVersion, versionView, type IspVersionView } from './view';

async function pendingRequest(tx: Parameters<typeof findIspStatusRequest>[0], requestId: string) {
  const request = await findIspStatusRequest(tx, requestId);
  if (!request) throw new ServiceError('not-found', `There is no ISP status-change request ${requestId}.`);
  if (request.outcome !== null)
    throw new ServiceError('conflict', `This request was ${request.outcome} already.`, {
      reason: 'request-decided',
    });
  return request;
}

export async function approveStatusChange(
  ctx: Context,
  actor: Actor,
  requestId: string,
): Promise<IspVersionView> {
  requireRole(actor, ISP_EDITOR_ROLES, 'approve a change of the ISP in force');
  return ctx.db.withActor(dbActor(actor), async (tx) => {
    const request = await pendingRequest(tx, requestId);
    if (request.requestedBy === actor.userId) {
      throw new ServiceError(
        'forbidden',
        'This change lowers protection: a second person with a cluster role must approve it, not the person who asked for it.',
        { reason: 'second-person-required' },
      );
    }
    const row = await mustFindVersion(tx, request.ispVersionId);
    if (row.status !== 'draft' && row.status !== 'in-consultation')
      throw new ServiceError('conflict', `ISP version ${row.version} is ${row.status} now.`, {
        reason: 'not-a-transition',
      });
    await requireEndorsable(tx, row);
    const now = ctx.clock();
    await decideIspStatusRequest(tx, requestId, {
      decidedBy: actor.userId,
      decidedAt: now,
      outcome: 'approved',
    });
    await appendAuditAs(tx, now, actor, {
      action: 'isp.status-change-approved',
      targetType: 'isp-version',
      targetId: row.id,
      details: {
        requestId,
        version: row.version,
        to: request.toStatus,
        requestedBy: request.requestedBy,
        approvedBy: actor.userId,
      },
    });
    return versionView(tx, await bringIntoForce(tx, now, actor, row));
  });
}

export async function rejectStatusChange(
  ctx: Context,
  actor: Actor,
  requestId: string,
): Promise<IspVersionView> {
  requireRole(actor, ISP_EDITOR_ROLES, 'reject a change of the ISP in force');
  return ctx.db.withActor(dbActor(actor), async (tx) => {
    const request = await pendingRequest(tx, requestId);
    const now = ctx.clock();
    const row = await mustFindVersion(tx, request.ispVersionId);
    if (request.requestedBy === actor.userId) {
      throw new ServiceError(
        'conflict',
        'Ask another person with a cluster role to reject it, or leave it pending.',
        {
          reason: 'second-person-required',
        },
      );
    }
    await decideIspStatusRequest(tx, requestId, {
      decidedBy: actor.userId,
      decidedAt: now,
      outcome: 'rejected',
    });
    await appendAuditAs(tx, now, actor, {
      action: 'isp.status-change-rejected',
      targetType: 'isp-version',
      targetId: row.id,
      details: {
        requestId,
        version: row.version,
        to: request.toStatus,
        requestedBy: request.requestedBy,
        rejectedBy: actor.userId,
      },
    });
    return versionView(tx, row);
  });
}
