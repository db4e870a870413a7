/**
 * Reading assessments: the actor's organisation's (and, for cluster roles, the ones owners
 * shared), one in full with its flow map, and which registry entries lack a required DIA.
 */
import { diaGate, type DiaReason, type Severity } from '@steward/core/assessments/index';
import { listAllAssessmentRisks, listAssessments } from '@steward/db/repositories/assessments';
import { listRegistryEntries } from '@steward/db/repositories/registry';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { evaluateEntry, loadActiveIsp } from '../isp/decision-point';
import { requireActiveOrganisation } from '../isp/roles';
import type { Actor } from '../types';
import type { AssessmentDeps } from './deps';
import { isUuid } from './validation';
import type { AssessmentListItem, AssessmentStatus, AssessmentView } from './views';

/** A registry entry of the actor's organisation for which Steward asks a DIA. */
export interface DiaRequirement {
  entryId: string;
  title: string;
  personalData: boolean;
  level: Severity;
  reasons: DiaReason[];
  /** The assessments that link the entry (any status). */
  assessments: { id: string; title: string; status: AssessmentStatus; reviewDue: string | null }[];
  /** The signed-off, in-date assessment that satisfies the requirement, or null. */
  satisfiedBy: string | null;
  /** No linked assessment satisfies it: the entry lacks its DIA. */
  missing: boolean;
}

export function createAssessmentRead(deps: AssessmentDeps) {
  const { ctx } = deps;
  return {
    async list(actor: Actor): Promise<AssessmentListItem[]> {
      requireActiveOrganisation(actor);
      return deps.asActor(actor, async (tx) => {
        const acronyms = await deps.acronyms(tx);
        const risks = await listAllAssessmentRisks(tx);
        const today = deps.today();
        return (await listAssessments(tx)).map((row) =>
          deps.listItem(
            row,
            risks.filter((r) => r.assessmentId === row.id),
            acronyms,
            actor.activeOrganisationId,
            today,
          ),
        );
      });
    },

    /** One assessment in full; a read by another organisation (shared with the cluster) is audited. */
    async get(actor: Actor, id: string): Promise<AssessmentView> {
      requireActiveOrganisation(actor);
      if (!isUuid(id))
        throw new ServiceError('not-found', `There is no impact assessment ${id} that you can see.`);
      return deps.asActor(actor, async (tx) => {
        const row = await deps.mustFind(tx, id);
        if (row.organisationId !== actor.activeOrganisationId)
          await appendAuditAs(tx, ctx.clock(), actor, {
            action: 'assessment.viewed',
            targetType: 'impact-assessment',
            targetId: row.id,
            organisationId: row.organisationId,
          });
        return deps.view(tx, actor, row);
      });
    },

    /** The active organisation's registry entries that need a DIA, and whether they have one. */
    async required(actor: Actor): Promise<DiaRequirement[]> {
      const organisationId = requireActiveOrganisation(actor);
      return deps.asActor(actor, async (tx) => {
        const isp = await loadActiveIsp(tx);
        const dias = await listAssessments(tx);
        const today = deps.today();
        const out: DiaRequirement[] = [];
        for (const e of await listRegistryEntries(tx)) {
          if (e.organisationId !== organisationId) continue;
          const level = evaluateEntry(isp, e, { recipient: 'cluster' }).sensitivity as Severity;
          const linked = dias.filter((d) => d.organisationId === organisationId && d.entryIds.includes(e.id));
          const gate = diaGate(
            { kind: 'registry_entry', personalData: e.containsPersonalData, level },
            linked,
            today,
          );
          if (gate.reasons.length === 0) continue;
          out.push({
            entryId: e.id,
            title: e.title,
            personalData: e.containsPersonalData,
            level,
            reasons: [...gate.reasons],
            assessments: linked.map((d) => ({
              id: d.id,
              title: d.title,
              status: d.status as AssessmentStatus,
              reviewDue: d.reviewDue,
            })),
            satisfiedBy: gate.satisfiedBy,
            missing: gate.blocked,
          });
        }
        return out;
      });
    },
  };
}
