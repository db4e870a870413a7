/** A member organisation's endorsement of an ISP version (who, when, which version). Audited. */
import { upsertEndorsement } from '@steward/db/repositories/isp';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';
import { ENDORSING_ROLES, requireRole } from './roles';
import { mustFindVersion, versionView, type IspVersionView } from './view';

/** A member organisation's focal point (or coordinator) endorses this version for their organisation. */
export async function endorse(ctx: Context, actor: Actor, id: string): Promise<IspVersionView> {
  const organisationId = requireRole(actor, ENDORSING_ROLES, 'endorse the ISP for their organisation');
  return ctx.db.withActor(dbActor(actor), async (tx) => {
    const row = await mustFindVersion(tx, id);
    const v = await versionView(tx, row);
    if (row.status !== 'in-consultation') {
      // Members endorse the text put to them for consultation; a draft may still change.
      throw new ServiceError(
        'conflict',
        `ISP version ${row.version} is ${row.status}: members endorse a version only while it is in consultation.`,
        { reason: 'endorse-not-in-consultation' },
      );
    }
    if (!v.endorsement.canEndorse) {
      throw new ServiceError(
        'conflict',
        `ISP version ${row.version} cannot be endorsed. ${v.endorsement.summary}`,
        {
          lint: v.endorsement.blockers,
        },
      );
    }
    if (
      !v.endorsement.endorsed.some((e) => e.organisationId === organisationId) &&
      !v.endorsement.pending.some((p) => p.organisationId === organisationId)
    ) {
      throw new ServiceError('forbidden', 'Only cluster member organisations endorse the ISP.');
    }
    const now = ctx.clock();
    await upsertEndorsement(tx, {
      ispVersionId: id,
      version: row.version,
      organisationId,
      userId: actor.userId,
      userName: actor.displayName,
      endorsedAt: now,
    });
    await appendAuditAs(tx, now, actor, {
      action: 'isp.endorsed',
      targetType: 'isp-version',
      targetId: id,
      organisationId,
      details: { version: row.version },
    });
    return versionView(tx, row);
  });
}
