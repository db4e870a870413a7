/**
 * Republishing: the stored source re-checked under the ISP in force (and the DIA again), the
 * snapshot replaced behind the same link. A failed re-check withdraws the old snapshot.
 */
import { adminLevelOf } from '@steward/core/assessments/index';
import type { PublicationTableInput } from '@steward/core/publication/index';
import type { AggregationLevel } from '@steward/core/vocabulary/index';
import {
  findPublication,
  findPublicationSource,
  updatePublication,
} from '@steward/db/repositories/publication';
import { checkDia } from '../assessments/gate';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { CLUSTER_ROLES, requireRole } from '../isp/roles';
import type { Actor } from '../types';
import { randomToken, sha256Hex } from '../util';
import { withAreaNames } from './area-names';
import { checkTable, refusal } from './check';
import type { PublicationDeps } from './deps';
import { republishInput } from './input';
import { resolveTable, withCoordinates } from './report-table';
import { PUBLICATION_AUDIT, type PublishResult, type ReportSource } from './types';
import { publicationView } from './views';

export interface PublicationRepublishing {
  /** Re-checks the stored source under the ISP in force and replaces the snapshot (same link). */
  republish(actor: Actor, id: string, raw?: unknown): Promise<PublishResult>;
}

export function createPublicationRepublishing(deps: PublicationDeps): PublicationRepublishing {
  const { ctx, asActor, withdraw } = deps;
  return {
    async republish(actor: Actor, id: string, raw?: unknown): Promise<PublishResult> {
      const org = requireRole(actor, CLUSTER_ROLES, 'publish');
      const given = republishInput(raw);
      const outcome = await asActor(actor, async (tx) => {
        const row = await findPublication(tx, id);
        const source = row && row.organisationId === org ? await findPublicationSource(tx, id) : null;
        if (!row || !source)
          throw new ServiceError('not-found', 'No publication of your organisation has this id.');
        const input = await resolveTable(tx, {
          title: row.title,
          kind: row.kind,
          dataType: row.dataType,
          aggregation: row.aggregation as AggregationLevel,
          audience: row.audience,
          audienceOrganisationId: row.audienceOrganisationId,
          ...(source.report
            ? { report: source.report as unknown as ReportSource }
            : { table: source.table as unknown as PublicationTableInput }),
          ...(row.includesCoordinates ? { includesCoordinates: true } : {}),
        });
        const { result, decision } = await checkTable(ctx, tx, actor, org, input, id);
        if (!result.ok) {
          // The old snapshot must not stay out when the re-check fails: it is withdrawn.
          await withdraw(tx, actor, id);
          return { error: await refusal(ctx, tx, actor, org, id, input, result, decision) };
        }
        // The DIA is checked again (§9.2): one named now, else the one that covered it. A DIA that
        // is no longer signed off or in date withdraws the publication, like a failed ISP check.
        const coordinates = withCoordinates(input);
        const named = given.assessmentId ?? row.assessmentId;
        const dia = await checkDia(
          tx,
          ctx.clock(),
          actor,
          org,
          { kind: 'publication', adminLevel: adminLevelOf(input.aggregation), coordinates },
          named ? [named] : [],
          { targetType: 'publication', targetId: id },
        );
        if (dia.error) {
          if (row.status === 'published') await withdraw(tx, actor, id);
          return { error: dia.error };
        }
        const version = row.version + 1;
        const token = row.audience === 'public' && !row.publicTokenHash ? randomToken(ctx) : null;
        const updated = await updatePublication(tx, id, {
          status: 'published',
          version,
          snapshot: (await withAreaNames(tx, result.snapshot)) as unknown as Record<string, unknown>,
          checks: result.checks as unknown as Record<string, unknown>,
          publishedAt: ctx.clock(),
          publishedBy: actor.userId,
          unpublishedAt: null,
          unpublishedBy: null,
          includesCoordinates: coordinates,
          assessmentId: dia.assessmentId,
          ...(token ? { publicTokenHash: sha256Hex(token) } : {}),
        });
        await appendAuditAs(tx, ctx.clock(), actor, {
          action: PUBLICATION_AUDIT.published,
          targetType: 'publication',
          targetId: id,
          organisationId: org,
          outcome: 'success',
          details: {
            title: row.title,
            audience: row.audience,
            version,
            republished: true,
            checks: result.checks,
            ...(dia.assessmentId ? { assessment: dia.assessmentId } : {}),
          },
        });
        return { value: { publication: publicationView(updated!), publicToken: token } };
      });
      if ('error' in outcome) throw outcome.error;
      return outcome.value;
    },
  };
}
