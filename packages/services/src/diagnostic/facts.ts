/** The facts Steward reads from its own data to pre-fill a party's diagnostic (core prefill). */
import type { DiagnosticFacts } from '@steward/core/diagnostic/index';
import { findEndorsedIsp, listOrganisations, schema, type Tx } from '@steward/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { Party } from './roles';

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * For a member: its own registry entries, its agreements as provider. For the cluster: the
 * entries members describe in the cluster catalogue and every member organisation. Incidents and
 * retention stay undefined (answered by hand) until those modules exist.
 */
export async function readFacts(
  tx: Tx,
  organisationId: string,
  party: Party,
  today: string,
): Promise<DiagnosticFacts> {
  const isp = await findEndorsedIsp(tx);
  const entries = await tx
    .select({
      organisationId: schema.registryEntries.organisationId,
      nextReviewOn: schema.registryEntries.nextReviewOn,
      personal: schema.registryEntries.containsPersonalData,
      dia: schema.registryEntries.impactAssessmentRef,
    })
    .from(schema.registryEntries)
    .where(
      party === 'member'
        ? eq(schema.registryEntries.organisationId, organisationId)
        : eq(schema.registryEntries.sharedWithCluster, true),
    );
  const agreements = await tx
    .select({ expiresOn: schema.agreements.expiresOn })
    .from(schema.agreements)
    .where(
      party === 'member'
        ? and(
            eq(schema.agreements.providerOrganisationId, organisationId),
            isNull(schema.agreements.revokedAt),
          )
        : isNull(schema.agreements.revokedAt),
    );
  const active = agreements.filter((a) => a.expiresOn >= today);
  const soon = addDays(today, 30);
  const personal = entries.filter((e) => e.personal);
  const registry: NonNullable<DiagnosticFacts['registry']> =
    party === 'member'
      ? { entries: entries.length, overdueReviews: entries.filter((e) => e.nextReviewOn < today).length }
      : {
          entries: entries.length,
          overdueReviews: entries.filter((e) => e.nextReviewOn < today).length,
          membersWithEntries: new Set(entries.map((e) => e.organisationId)).size,
          members: (await listOrganisations(tx)).filter((o) => o.isClusterMember && o.status === 'active')
            .length,
        };
  return {
    isp: isp ? { version: isp.version, endorsed: isp.status === 'endorsed', reviewDue: isp.reviewDue } : null,
    registry,
    agreements: {
      active: active.length,
      expiringWithin30Days: active.filter((a) => a.expiresOn <= soon).length,
    },
    dia: {
      required: personal.length,
      missing: personal.filter((e) => e.dia === null || e.dia.trim() === '').length,
    },
  };
}
