/**
 * Publishing a table for an audience (cluster roles of the active organisation): the ISP decision
 * and disclosure control, then a DIA when finer than admin-2 or with coordinates (§9.2), then the
 * frozen snapshot with area names, audited. A refusal is audited and thrown after the commit.
 */
import { adminLevelOf } from '@steward/core/assessments/index';
import { insertPublication } from '@steward/db/repositories/publication';
import { checkDia } from '../assessments/gate';
import { appendAuditAs } from '../audit';
import { CLUSTER_ROLES, requireRole } from '../isp/roles';
import type { Actor } from '../types';
import { randomToken, sha256Hex } from '../util';
import { withAreaNames } from './area-names';
import { checkTable, refusal } from './check';
import type { PublicationDeps } from './deps';
import { publishInput } from './input';
import { resolveTable, withCoordinates } from './report-table';
import { PUBLICATION_AUDIT, type PublishResult } from './types';
import { publicationView } from './views';

export interface PublicationPublishing {
  /** Publishes a table for an audience (cluster roles of the active organisation). */
  publish(actor: Actor, raw: unknown): Promise<PublishResult>;
}

export function createPublicationPublishing(deps: PublicationDeps): PublicationPublishing {
  const { ctx, asActor } = deps;
  return {
    async publish(actor: Actor, raw: unknown): Promise<PublishResult> {
      const org = requireRole(actor, CLUSTER_ROLES, 'publish');
      const given = publishInput(raw);
      // A refusal must leave its audit entries: checked in one transaction, refused after it commits.
      const outcome = await asActor(actor, async (tx) => {
        const input = await resolveTable(tx, given);
        const { result, decision } = await checkTable(ctx, tx, actor, org, input, null);
        if (!result.ok) return { error: await refusal(ctx, tx, actor, org, null, input, result, decision) };
        // Finer than admin-2 or with coordinates: a signed-off DIA of the publisher's organisation first (§9.2).
        const coordinates = withCoordinates(input);
        const dia = await checkDia(
          tx,
          ctx.clock(),
          actor,
          org,
          { kind: 'publication', adminLevel: adminLevelOf(input.aggregation), coordinates },
          given.assessmentId ? [given.assessmentId] : [],
          { targetType: 'publication', targetId: null },
        );
        if (dia.error) return { error: dia.error };
        const token = input.audience === 'public' ? randomToken(ctx) : null;
        const snapshot = await withAreaNames(tx, result.snapshot);
        const row = await insertPublication(
          tx,
          {
            organisationId: org,
            kind: input.kind ?? 'table',
            title: input.title,
            dataType: input.dataType,
            aggregation: input.aggregation,
            audience: input.audience,
            audienceOrganisationId: input.audienceOrganisationId ?? null,
            status: 'published',
            version: 1,
            snapshot: snapshot as unknown as Record<string, unknown>,
            checks: result.checks as unknown as Record<string, unknown>,
            publicTokenHash: token ? sha256Hex(token) : null,
            includesCoordinates: coordinates,
            assessmentId: dia.assessmentId,
            publishedAt: ctx.clock(),
            publishedBy: actor.userId,
          },
          given.report
            ? { report: given.report }
            : { table: input.table as unknown as Record<string, unknown> },
        );
        await appendAuditAs(tx, ctx.clock(), actor, {
          action: PUBLICATION_AUDIT.published,
          targetType: 'publication',
          targetId: row.id,
          organisationId: org,
          outcome: 'success',
          details: {
            title: input.title,
            audience: input.audience,
            version: 1,
            checks: result.checks,
            ...(dia.assessmentId ? { assessment: dia.assessmentId } : {}),
          },
        });
        return { value: { publication: publicationView(row), publicToken: token } };
      });
      if ('error' in outcome) throw outcome.error;
      return outcome.value;
    },
  };
}
