/** The registry list: entries the actor may see, with their ISP sensitivity, filtered and sorted. */
import { SENSITIVITY_LEVELS, type SensitivityLevel } from '@steward/core/vocabulary/index';
import { together, type Tx } from '@steward/db';
import { listAssessments } from '@steward/db/repositories/assessments';
import { listRegistryEntriesWithFileCounts } from '@steward/db/repositories/registry';
import { accessBases, agreementsOfActor, recipientFor } from '../access/entry-access';
import { evaluateEntryVerdict, loadActiveIsp, recordDecisionBatch } from '../isp/decision-point';
import type { Actor } from '../types';
import type { RegistryDeps } from './deps';
import { entryGate } from './dia';
import type { RegistryFilters, RegistrySummary } from './types';
import { reviewStatus } from './views';

export async function registrySummaries(
  deps: RegistryDeps,
  tx: Tx,
  actor: Actor,
  filters: RegistryFilters,
  record: boolean,
): Promise<RegistrySummary[]> {
  const { ctx } = deps;
  // The four reads are independent: asked together, they leave in one write and are answered in one
  // round trip on the server (see `together`); PGlite runs them one after the other.
  const [isp, listed, agreements, assessments] = await together(tx, () =>
    Promise.all([
      loadActiveIsp(tx),
      // Only entries the one access path gives a basis for (own, agreement in force, cluster view);
      // row-level security already hides the others, this is the same rule in code.
      listRegistryEntriesWithFileCounts(tx),
      agreementsOfActor(tx, actor),
      // The actor's own DIAs (row-level security shows the organisation's), for the missing-DIA flag.
      listAssessments(tx),
    ]),
  );
  const visible = listed.map((l) => l.entry);
  const listedById = new Map(listed.map((l) => [l.entry.id, l]));
  const bases = await accessBases(tx, actor, visible, deps.today(), agreements);
  const rows = visible.filter((r) => bases.get(r.id));
  const t = deps.today();
  const dias = assessments.filter((d) => d.organisationId === actor.activeOrganisationId);
  const decided = rows.map((r) => {
    const basis = bases.get(r.id)!;
    return {
      row: r,
      owner: basis.kind === 'owner',
      // The verdict only: the list shows the sensitivity and records the outcome, never the
      // explanation (GET /api/registry/{id} gives it), so none is built (decision 0013, eighth round).
      decision: evaluateEntryVerdict(isp, r, {
        recipient: basis.kind === 'owner' ? 'cluster' : recipientFor(basis),
        activeAgreement: basis.kind === 'agreement',
      }),
    };
  });
  if (record) {
    await recordDecisionBatch(
      tx,
      ctx.clock(),
      actor,
      'registry-list',
      decided
        .filter((d) => d.row.organisationId !== actor.activeOrganisationId)
        .map((d) => ({ id: d.row.id, organisationId: d.row.organisationId, decision: d.decision })),
      isp,
    );
  }
  let items: RegistrySummary[] = decided.map(({ row, owner, decision }) => {
    const counts = listedById.get(row.id)!;
    return {
      id: row.id,
      title: row.title,
      organisationId: row.organisationId,
      organisationAcronym: counts.organisationAcronym ?? '?',
      dataTypes: row.dataTypes,
      aggregationLevel: row.aggregationLevel,
      containsPersonalData: row.containsPersonalData,
      includesNames: row.includesNames,
      includesCoordinates: row.includesCoordinates,
      sensitivity: decision.sensitivity,
      nextReviewOn: row.nextReviewOn,
      reviewStatus: reviewStatus(row.nextReviewOn, t),
      sharedWithCluster: row.sharedWithCluster,
      updatedAt: row.updatedAt.toISOString(),
      fileCount: counts.fileCount,
      quarantinedFiles: counts.quarantinedFiles,
      own: row.organisationId === actor.activeOrganisationId,
      status: row.status,
      // On the owner basis `decision` is the entry's verdict for the cluster without an agreement,
      // the DIA trigger's own call: not decided a second time (decision 0013, tenth round).
      diaMissing:
        row.organisationId === actor.activeOrganisationId &&
        entryGate(isp, row, dias, t, owner ? decision : undefined).blocked,
    };
  });
  if (filters.dataType) items = items.filter((i) => i.dataTypes.includes(filters.dataType!));
  if (filters.sensitivity) items = items.filter((i) => i.sensitivity === filters.sensitivity);
  if (filters.owner) {
    const o = filters.owner.toLowerCase();
    items = items.filter(
      (i) => i.organisationId === filters.owner || i.organisationAcronym.toLowerCase() === o,
    );
  }
  if (filters.dia === 'missing') items = items.filter((i) => i.diaMissing);
  if (filters.status) items = items.filter((i) => i.status === filters.status);
  if (filters.reviewDue === 'overdue') items = items.filter((i) => i.reviewStatus === 'overdue');
  if (filters.reviewDue === 'soon') items = items.filter((i) => i.reviewStatus !== 'ok');
  if (filters.q) {
    const q = filters.q.toLowerCase();
    const text = new Map(rows.map((r) => [r.id, `${r.title} ${r.description} ${r.purpose}`.toLowerCase()]));
    items = items.filter((i) => text.get(i.id)!.includes(q));
  }
  const sort = filters.sort ?? 'title';
  const rank = (s: SensitivityLevel) => SENSITIVITY_LEVELS.ids.indexOf(s);
  const key = (i: RegistrySummary): string | number =>
    sort === 'sensitivity' ? rank(i.sensitivity) : sort === 'title' ? i.title.toLowerCase() : i[sort];
  items.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return (
      (ka < kb ? -1 : ka > kb ? 1 : a.title.localeCompare(b.title)) * (filters.order === 'desc' ? -1 : 1)
    );
  });
  return items;
}
