/** What the impact-assessment use cases share: running as the actor, roles, the full view. */
import { buildFlowMap, signOffProblems } from '@steward/core/assessments/index';
import type { Severity } from '@steward/core/assessments/index';
import type { Tx } from '@steward/db';
import {
  findAssessment,
  listAssessmentRisks,
  type AssessmentRow,
} from '@steward/db/repositories/assessments';
import { listOrganisations } from '@steward/db/repositories/organisations';
import { findRegistryEntry } from '@steward/db/repositories/registry';
import { findAgreement } from '@steward/db/repositories/sharing';
import { DIA_STEPS, type StepState } from '@steward/core/assessments/index';
import { ServiceError } from '../errors';
import { evaluateEntry, loadActiveIsp } from '../isp/decision-point';
import { activeRole, DATA_MANAGER_ROLES } from '../isp/roles';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';
import {
  coreRisk,
  listItem,
  riskView,
  stepStates,
  type AssessmentStatus,
  type AssessmentView,
  type LinkedAgreementView,
  type LinkedEntryView,
} from './views';

/** The label of the data subjects in the flow map (the page translates it). */
export const SUBJECTS_LABEL = 'Affected people';

export interface AssessmentDeps {
  ctx: Context;
  asActor<T>(actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T>;
  today(): string;
  acronyms(tx: Tx): Promise<Map<string, string>>;
  mustFind(tx: Tx, id: string): Promise<AssessmentRow>;
  /** The actor edits for the owning organisation with a data manager role — else forbidden. */
  requireEditor(actor: Actor, row: Pick<AssessmentRow, 'organisationId'>, what: string): void;
  view(tx: Tx, actor: Actor, row: AssessmentRow): Promise<AssessmentView>;
  listItem: typeof listItem;
}

export function createAssessmentDeps(ctx: Context): AssessmentDeps {
  const deps: AssessmentDeps = {
    ctx,
    asActor: (actor, fn) => ctx.db.withActor(dbActor(actor, ctx.clock()), fn),
    today: () => ctx.clock().toISOString().slice(0, 10),
    async acronyms(tx) {
      return new Map((await listOrganisations(tx)).map((o) => [o.id, o.acronym]));
    },
    async mustFind(tx, id) {
      const row = await findAssessment(tx, id);
      if (!row) throw new ServiceError('not-found', `There is no impact assessment ${id} that you can see.`);
      return row;
    },
    requireEditor(actor, row, what) {
      const role = activeRole(actor);
      if (row.organisationId !== actor.activeOrganisationId || !role)
        throw new ServiceError('forbidden', `Only the organisation that owns the assessment may ${what}.`);
      if (!DATA_MANAGER_ROLES.includes(role))
        throw new ServiceError('forbidden', `Only ${DATA_MANAGER_ROLES.join(', ')} may ${what}.`);
    },
    async view(tx, actor, row) {
      const acronyms = await deps.acronyms(tx);
      const isp = await loadActiveIsp(tx);
      const risks = await listAssessmentRisks(tx, row.id);
      const entries: LinkedEntryView[] = [];
      const titles = new Map<string, string>();
      const mapEntries: Parameters<typeof buildFlowMap>[0]['entries'][number][] = [];
      for (const id of row.entryIds) {
        const e = await findRegistryEntry(tx, id);
        if (!e) {
          entries.push({ id, title: null, organisation: null, personalData: null, level: null });
          continue;
        }
        const level = evaluateEntry(isp, e, { recipient: 'cluster' }).sensitivity as Severity;
        const owner = acronyms.get(e.organisationId) ?? '?';
        titles.set(e.id, e.title);
        entries.push({
          id,
          title: e.title,
          organisation: owner,
          personalData: e.containsPersonalData,
          level,
        });
        mapEntries.push({ id, title: e.title, ownerName: owner, level });
      }
      const agreements: LinkedAgreementView[] = [];
      const mapAgreements: Parameters<typeof buildFlowMap>[0]['agreements'][number][] = [];
      for (const id of row.agreementIds) {
        const a = await findAgreement(tx, id);
        if (!a) {
          agreements.push({ id, reference: null, provider: null, recipient: null, level: null });
          continue;
        }
        const provider = acronyms.get(a.providerOrganisationId) ?? '?';
        const recipient = a.recipientOrganisationId
          ? (acronyms.get(a.recipientOrganisationId) ?? '?')
          : (a.recipientName ?? '?');
        const level = a.sensitivity as Severity;
        agreements.push({ id, reference: a.reference, provider, recipient, level });
        mapAgreements.push({
          id,
          entryTitle: titles.get(a.registryEntryId) ?? a.reference,
          fromName: provider,
          toName: recipient,
          level,
        });
      }
      const map = buildFlowMap({
        entries: mapEntries,
        agreements: mapAgreements,
        subjectsLabel: SUBJECTS_LABEL,
      });
      const core = risks.map(coreRisk);
      const states = stepStates(row);
      const item = deps.listItem(row, risks, acronyms, actor.activeOrganisationId, deps.today());
      return {
        id: row.id,
        organisationId: row.organisationId,
        organisation: item.organisation,
        title: row.title,
        scope: row.scope,
        status: row.status as AssessmentStatus,
        steps: DIA_STEPS.map((step) => ({
          step,
          state: states[step] as StepState,
          answer: row.steps[step]?.answer ?? '',
        })),
        completion: item.completion,
        risks: risks.map(riskView),
        rating: item.rating,
        residualRating: item.residualRating,
        entries,
        agreements,
        flowMap: {
          nodes: map.nodes.map((n) => ({ ...n })),
          flows: map.flows.map((f) => ({ ...f, source: { ...f.source } })),
        },
        reviewDue: row.reviewDue,
        reviewOverdue: item.reviewOverdue,
        author: row.authorName,
        authorId: row.authorId,
        signedOffBy: row.signedOffName,
        signedOffAt: row.signedOffAt?.toISOString() ?? null,
        sharedWithCluster: row.sharedWithCluster,
        signOffProblems:
          row.status === 'signed_off'
            ? []
            : signOffProblems(
                { steps: states, risks: core, authorId: row.authorId ?? '', reviewDue: row.reviewDue },
                actor.userId,
              ),
        own: item.own,
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      };
    },
    listItem,
  };
  return deps;
}
