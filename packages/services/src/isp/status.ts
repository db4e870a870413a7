/**
 * ISP status changes (issue 7 §1). draft ⇄ in-consultation → endorsed; the endorsed version (the
 * one in force) is never withdrawn or set back: it becomes superseded only when a successor is
 * endorsed. Endorsing a successor that protects less than the version in force (core
 * `protectionRelaxations`) needs a second person with a cluster role: the first call records a
 * request (`isp.status-change-requested`), a different user approves it
 * (`isp.status-change-approved`, status-requests.ts) and only then does the successor come into
 * force. Every step is audited with both user ids.
 */
import {
  ispStatusTransition,
  protectionRelaxations,
  type IspStatus,
  type Relaxation,
} from '@steward/core/isp/index';
import type { Tx } from '@steward/db';
import {
  findEndorsedIsp,
  insertIspStatusRequest,
  listEndorsements,
  listIspVersions,
  listPendingIspStatusRequests,
  updateIspVersion,
  type IspVersionRow,
} from '@steward/db/repositories/isp';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';
import { ISP_EDITOR_ROLES, requireRole } from './roles';
import {
  mustFindVersion,
  pendingChange,
  versionView,
  type IspVersionView,
  type PendingStatusChange,
} from './view';

/** The result of a status change: the version, and the request made when a second person must approve. */
export type StatusChangeResult = IspVersionView & { requestedChange?: PendingStatusChange };

/** Refuses a version that cannot come into force yet (lint errors, endorsements missing). */
export async function requireEndorsable(tx: Tx, row: IspVersionRow): Promise<void> {
  const v = await versionView(tx, row);
  if (v.lint.errorCount > 0) {
    const errors = v.lint.issues.filter((i) => i.severity === 'error');
    throw new ServiceError(
      'conflict',
      `ISP version ${row.version} cannot be endorsed: ${errors.map((i) => i.message).join(' ')}`,
      { lint: errors },
    );
  }
  if (!v.endorsement.readyToActivate) {
    throw new ServiceError(
      'conflict',
      `ISP version ${row.version} cannot be endorsed yet. ${v.endorsement.summary}`,
      { reason: 'endorsements-missing' },
    );
  }
}

/** How `row` protects less than the version in force (empty when nothing is in force). */
export async function relaxationsAgainstInForce(
  tx: Tx,
  row: IspVersionRow,
): Promise<{ inForce: IspVersionRow | null; relaxations: Relaxation[] }> {
  const inForce = await findEndorsedIsp(tx);
  if (!inForce || inForce.id === row.id) return { inForce, relaxations: [] };
  return { inForce, relaxations: protectionRelaxations(inForce.document, row.document) };
}

/** Brings `row` into force: the version in force becomes superseded in the same transaction. */
export async function bringIntoForce(
  tx: Tx,
  now: Date,
  actor: Actor,
  row: IspVersionRow,
): Promise<IspVersionRow> {
  const previous = (await listIspVersions(tx)).filter((r) => r.status === 'endorsed' && r.id !== row.id);
  for (const p of previous) {
    await updateIspVersion(tx, p.id, {
      status: 'superseded',
      supersededAt: now,
      document: { ...p.document, status: 'superseded' },
      updatedAt: now,
    });
    await appendAuditAs(tx, now, actor, {
      action: 'isp.status-changed',
      targetType: 'isp-version',
      targetId: p.id,
      details: { version: p.version, from: 'endorsed', to: 'superseded', successor: row.id },
    });
  }
  const updated = await updateIspVersion(tx, row.id, {
    status: 'endorsed',
    document: { ...row.document, status: 'endorsed' },
    updatedAt: now,
    endorsedAt: now,
  });
  await appendAuditAs(tx, now, actor, {
    action: 'isp.status-changed',
    targetType: 'isp-version',
    targetId: row.id,
    details: { version: row.version, from: row.status, to: 'endorsed' },
  });
  return updated!;
}

const REFUSALS = {
  'in-force-withdrawal': (version: string) =>
    `ISP version ${version} is the one in force: it is never withdrawn. Endorse a successor version instead; it supersedes this one.`,
  'not-a-transition': (version: string, from: IspStatus, to: IspStatus) =>
    `ISP version ${version} is ${from}; it cannot become ${to}.`,
};

export async function setStatus(
  ctx: Context,
  actor: Actor,
  id: string,
  status: IspStatus,
): Promise<StatusChangeResult> {
  requireRole(actor, ISP_EDITOR_ROLES, 'change the status of the ISP');
  return ctx.db.withActor(dbActor(actor), async (tx) => {
    const row = await mustFindVersion(tx, id);
    const transition = ispStatusTransition(row.status, status);
    if (!transition.allowed) {
      const message =
        transition.reason === 'in-force-withdrawal'
          ? REFUSALS['in-force-withdrawal'](row.version)
          : REFUSALS['not-a-transition'](row.version, row.status, status);
      throw new ServiceError('conflict', message, {
        reason: transition.reason,
        from: row.status,
        to: status,
      });
    }
    const now = ctx.clock();
    if (status !== 'endorsed') {
      // Back to draft clears the endorsements (trigger isp_versions_clear_endorsements).
      const endorsedBefore = (await listEndorsements(tx, id)).length;
      const updated = await updateIspVersion(tx, id, {
        status,
        document: { ...row.document, status },
        updatedAt: now,
      });
      const endorsementsCleared = endorsedBefore - (await listEndorsements(tx, id)).length;
      await appendAuditAs(tx, now, actor, {
        action: 'isp.status-changed',
        targetType: 'isp-version',
        targetId: id,
        details: {
          version: row.version,
          from: row.status,
          to: status,
          ...(endorsementsCleared > 0 ? { endorsementsCleared } : {}),
        },
      });
      return versionView(tx, updated!);
    }

    await requireEndorsable(tx, row);
    const { inForce, relaxations } = await relaxationsAgainstInForce(tx, row);
    if (relaxations.length === 0) return versionView(tx, await bringIntoForce(tx, now, actor, row));

    // Lowers protection: a second person with a cluster role must approve.
    const existing = (await listPendingIspStatusRequests(tx, id)).find((r) => r.toStatus === status);
    const request =
      existing ??
      (await insertIspStatusRequest(tx, {
        ispVersionId: id,
        toStatus: status,
        inForceId: inForce?.id ?? null,
        relaxations,
        requestedBy: actor.userId,
        requestedAt: now,
      }));
    if (!existing) {
      await appendAuditAs(tx, now, actor, {
        action: 'isp.status-change-requested',
        targetType: 'isp-version',
        targetId: id,
        details: {
          requestId: request.id,
          version: row.version,
          to: status,
          inForceVersion: inForce?.version ?? null,
          relaxations: relaxations.length,
          kinds: [...new Set(relaxations.map((r) => r.kind))],
          requestedBy: actor.userId,
        },
      });
    }
    return { ...(await versionView(tx, row)), requestedChange: pendingChange(request) };
  });
}
