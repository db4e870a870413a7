/** One registry entry as shown: fields, ISP decision, history and files (reads of others' entries recorded). */
import type { Tx } from '@steward/db';
import {
  listRegistryChanges,
  listRegistryFiles,
  type RegistryEntryRow,
} from '@steward/db/repositories/registry';
import { listAssessmentsForEntry } from '@steward/db/repositories/assessments';
import { agreementGivesFile } from '@steward/core/sharing/access';
import { decideEntryAccess } from '../access/entry-access';
import { evaluateEntry, loadActiveIsp } from '../isp/decision-point';
import type { Actor } from '../types';
import type { RegistryDeps } from './deps';
import { entryAssessments, entryGate, startFor } from './dia';
import type { RegistryEntryView } from './types';
import { decisionBody, entryInput, fileInfo, reviewStatus } from './views';

export async function entryView(
  deps: RegistryDeps,
  tx: Tx,
  actor: Actor,
  row: RegistryEntryRow,
): Promise<RegistryEntryView> {
  const { ctx } = deps;
  const isp = await loadActiveIsp(tx);
  const decision = evaluateEntry(isp, row, { recipient: 'cluster' });
  // Another organisation's entry, shown through an agreement in force or the cluster view: the
  // one access path decides and records it (the owner's own reads are not a share).
  const access = await decideEntryAccess(tx, actor, row, {
    form: 'share',
    today: deps.today(),
    now: ctx.clock(),
    target: { targetType: 'registry-entry', targetId: row.id, organisationId: row.organisationId },
  });
  if (!access.ok) throw access.error;
  const { basis } = access;
  const changes = await listRegistryChanges(tx, row.id);
  const files = (await listRegistryFiles(tx, [row.id])).filter(
    (f) => basis.kind !== 'agreement' || agreementGivesFile(basis.agreement, f.id),
  );
  const acr = await deps.acronyms(tx);
  let dia: RegistryEntryView['dia'] = null;
  if (row.organisationId === actor.activeOrganisationId) {
    const linked = entryAssessments(row, await listAssessmentsForEntry(tx, row.id));
    const gate = entryGate(isp, row, linked, deps.today());
    dia = {
      reasons: [...gate.reasons],
      satisfiedBy: gate.satisfiedBy,
      missing: gate.blocked,
      assessments: linked.map((d) => ({
        id: d.id,
        title: d.title,
        status: d.status,
        reviewDue: d.reviewDue,
      })),
      start: startFor(row.id),
    };
  }
  return {
    ...entryInput(row),
    id: row.id,
    organisationId: row.organisationId,
    organisationAcronym: acr.get(row.organisationId) ?? '?',
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    sensitivity: decision.sensitivity,
    reviewStatus: reviewStatus(row.nextReviewOn, deps.today()),
    decision: decisionBody(decision),
    history: changes.map((c) => ({
      at: c.at.toISOString(),
      actorName: c.actorName,
      action: c.action,
      changes: c.changes,
    })),
    files: files.map(fileInfo),
    status: row.status,
    dia,
  };
}
