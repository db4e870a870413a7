import type { AuditAction } from '@steward/core/audit/actions';
/**
 * Writing an assessment: create (linked to registry entries and agreements), change its details,
 * complete the 11 steps, keep the risk register, sign off by a second person. A change to a
 * signed-off assessment re-opens it as a draft (it must be signed off again), and says so in the
 * audit log.
 */
import { signOffProblems } from '@steward/core/assessments/index';
import type { Tx } from '@steward/db';
import {
  deleteAssessmentRisk,
  insertAssessment,
  insertAssessmentRisk,
  listAssessmentRisks,
  updateAssessment,
  updateAssessmentRisk,
  type AssessmentRow,
  type NewAssessment,
} from '@steward/db/repositories/assessments';
import { findRegistryEntry } from '@steward/db/repositories/registry';
import { findAgreement } from '@steward/db/repositories/sharing';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { DATA_MANAGER_ROLES, requireRole } from '../isp/roles';
import type { Actor } from '../types';
import type { AssessmentDeps } from './deps';
import { coreRisk, stepStates, type AssessmentView } from './views';
import { assessmentInput, fieldError, isUuid, riskInput, stepInput, type RiskInput } from './validation';

export function createAssessmentWrite(deps: AssessmentDeps) {
  const { ctx } = deps;

  /** Entries must be the organisation's own; agreements ones it is a party to. */
  async function checkLinks(tx: Tx, organisationId: string, entryIds?: string[], agreementIds?: string[]) {
    for (const [i, id] of (entryIds ?? []).entries()) {
      const e = await findRegistryEntry(tx, id);
      if (!e || e.organisationId !== organisationId)
        throw fieldError(`entryIds.${i}`, `there is no registry entry ${id} of your organisation`);
    }
    for (const [i, id] of (agreementIds ?? []).entries()) {
      const a = await findAgreement(tx, id);
      if (!a || (a.providerOrganisationId !== organisationId && a.recipientOrganisationId !== organisationId))
        throw fieldError(`agreementIds.${i}`, `your organisation is not a party to agreement ${id}`);
    }
  }

  /** Saves a change; a signed-off assessment goes back to draft. */
  async function save(
    tx: Tx,
    actor: Actor,
    row: AssessmentRow,
    patch: Partial<NewAssessment>,
    what: string,
  ): Promise<AssessmentRow> {
    const now = ctx.clock();
    const reopen = row.status === 'signed_off';
    const out = await updateAssessment(tx, row.id, {
      ...patch,
      ...(reopen ? { status: 'draft', signedOffBy: null, signedOffName: null, signedOffAt: null } : {}),
      updatedAt: now,
    });
    if (!out)
      throw new ServiceError('not-found', `There is no impact assessment ${row.id} that you can see.`);
    if (reopen)
      await appendAuditAs(tx, now, actor, {
        action: 'assessment.reopened',
        targetType: 'impact-assessment',
        targetId: row.id,
        organisationId: row.organisationId,
        details: { change: what },
      });
    return out;
  }

  function riskColumns(r: RiskInput) {
    return {
      principles: r.principles,
      threat: r.threat,
      vulnerability: r.vulnerability,
      likelihood: r.likelihood,
      severity: r.severity,
      existingControls: r.existingControls,
      measures: r.measures,
      residualLikelihood: r.residualLikelihood,
      residualSeverity: r.residualSeverity,
    };
  }

  async function audit(
    tx: Tx,
    actor: Actor,
    row: AssessmentRow,
    action: AuditAction,
    details?: Record<string, unknown>,
  ) {
    await appendAuditAs(tx, ctx.clock(), actor, {
      action,
      targetType: 'impact-assessment',
      targetId: row.id,
      organisationId: row.organisationId,
      ...(details ? { details } : {}),
    });
  }

  return {
    /** Starts an assessment of the actor's organisation (data manager roles). */
    async create(actor: Actor, input: unknown): Promise<AssessmentView> {
      const organisationId = requireRole(actor, DATA_MANAGER_ROLES, 'start impact assessments');
      const body = assessmentInput(input, true);
      return deps.asActor(actor, async (tx) => {
        await checkLinks(tx, organisationId, body.entryIds, body.agreementIds);
        const now = ctx.clock();
        const row = await insertAssessment(tx, {
          organisationId,
          title: body.title!,
          scope: body.scope ?? '',
          status: 'draft',
          steps: {},
          entryIds: body.entryIds ?? [],
          agreementIds: body.agreementIds ?? [],
          reviewDue: body.reviewDue ?? null,
          authorId: actor.userId,
          authorName: actor.displayName,
          sharedWithCluster: body.sharedWithCluster ?? false,
          createdAt: now,
          updatedAt: now,
        });
        await audit(tx, actor, row, 'assessment.created', {
          entries: row.entryIds,
          agreements: row.agreementIds,
        });
        return deps.view(tx, actor, row);
      });
    },

    /** Changes title, scope, links, review date or sharing (only the fields given). */
    async update(actor: Actor, id: string, input: unknown): Promise<AssessmentView> {
      const body = assessmentInput(input, false);
      return deps.asActor(actor, async (tx) => {
        const row = await deps.mustFind(tx, id);
        deps.requireEditor(actor, row, 'change this assessment');
        await checkLinks(tx, row.organisationId, body.entryIds, body.agreementIds);
        const onlySharing = Object.keys(body).every((k) => k === 'sharedWithCluster');
        const out = onlySharing
          ? ((await updateAssessment(tx, row.id, { ...body, updatedAt: ctx.clock() })) ?? row)
          : await save(tx, actor, row, body, 'details');
        await audit(tx, actor, row, 'assessment.updated', { fields: Object.keys(body) });
        return deps.view(tx, actor, out);
      });
    },

    /** Records one step's completion state and answer. */
    async setStep(actor: Actor, id: string, step: string, input: unknown): Promise<AssessmentView> {
      const s = stepInput(step, input);
      return deps.asActor(actor, async (tx) => {
        const row = await deps.mustFind(tx, id);
        deps.requireEditor(actor, row, 'complete its steps');
        const steps = { ...row.steps, [s.step]: { state: s.state, answer: s.answer } };
        const out = await save(tx, actor, row, { steps }, `step ${s.step}`);
        await audit(tx, actor, row, 'assessment.step-recorded', { step: s.step, state: s.state });
        return deps.view(tx, actor, out);
      });
    },

    async addRisk(actor: Actor, id: string, input: unknown): Promise<AssessmentView> {
      const r = riskInput(input);
      return deps.asActor(actor, async (tx) => {
        const row = await deps.mustFind(tx, id);
        deps.requireEditor(actor, row, 'add risks');
        const existing = await listAssessmentRisks(tx, row.id);
        if (existing.length >= 100) throw fieldError('(body)', 'at most 100 risks per assessment');
        const risk = await insertAssessmentRisk(tx, {
          assessmentId: row.id,
          organisationId: row.organisationId,
          position: Math.max(0, ...existing.map((x) => x.position)) + 1,
          ...riskColumns(r),
          createdAt: ctx.clock(),
        });
        const out = await save(tx, actor, row, {}, 'risk added');
        await audit(tx, actor, row, 'assessment.risk-added', {
          risk: risk.id,
          likelihood: r.likelihood,
          severity: r.severity,
        });
        return deps.view(tx, actor, out);
      });
    },

    async updateRisk(actor: Actor, id: string, riskId: string, input: unknown): Promise<AssessmentView> {
      const r = riskInput(input);
      return deps.asActor(actor, async (tx) => {
        const row = await deps.mustFind(tx, id);
        deps.requireEditor(actor, row, 'change risks');
        const risk = isUuid(riskId)
          ? (await listAssessmentRisks(tx, row.id)).find((x) => x.id === riskId)
          : undefined;
        if (!risk) throw new ServiceError('not-found', `This assessment has no risk ${riskId}.`);
        await updateAssessmentRisk(tx, risk.id, riskColumns(r));
        const out = await save(tx, actor, row, {}, 'risk changed');
        await audit(tx, actor, row, 'assessment.risk-changed', {
          risk: risk.id,
          likelihood: r.likelihood,
          severity: r.severity,
        });
        return deps.view(tx, actor, out);
      });
    },

    async removeRisk(actor: Actor, id: string, riskId: string): Promise<AssessmentView> {
      return deps.asActor(actor, async (tx) => {
        const row = await deps.mustFind(tx, id);
        deps.requireEditor(actor, row, 'remove risks');
        const risk = isUuid(riskId)
          ? (await listAssessmentRisks(tx, row.id)).find((x) => x.id === riskId)
          : undefined;
        if (!risk) throw new ServiceError('not-found', `This assessment has no risk ${riskId}.`);
        await deleteAssessmentRisk(tx, risk.id);
        const out = await save(tx, actor, row, {}, 'risk removed');
        await audit(tx, actor, row, 'assessment.risk-removed', { risk: risk.id });
        return deps.view(tx, actor, out);
      });
    },

    /**
     * Sign-off by a second person of the owning organisation (data manager roles, not the author):
     * every step done but the update step, a review date, every risk with a residual rating and a
     * measure with an owner. Refusals name every problem (codes the page translates).
     */
    async signOff(actor: Actor, id: string): Promise<AssessmentView> {
      return deps.asActor(actor, async (tx) => {
        const row = await deps.mustFind(tx, id);
        deps.requireEditor(actor, row, 'sign off this assessment');
        if (row.status === 'signed_off')
          throw new ServiceError('conflict', 'This assessment is already signed off.', {
            reason: 'dia.sign_off.already',
          });
        const risks = (await listAssessmentRisks(tx, row.id)).map(coreRisk);
        const problems = signOffProblems(
          { steps: stepStates(row), risks, authorId: row.authorId ?? '', reviewDue: row.reviewDue },
          actor.userId,
        );
        if (problems.length > 0)
          throw new ServiceError(
            'conflict',
            `The assessment cannot be signed off yet: ${problems.join(', ')}.`,
            {
              reason: problems[0],
              problems,
            },
          );
        const now = ctx.clock();
        const out = (await updateAssessment(tx, row.id, {
          status: 'signed_off',
          signedOffBy: actor.userId,
          signedOffName: actor.displayName,
          signedOffAt: now,
          updatedAt: now,
        }))!;
        await audit(tx, actor, row, 'assessment.signed-off', {
          reviewDue: row.reviewDue,
          risks: risks.length,
        });
        return deps.view(tx, actor, out);
      });
    },
  };
}
