/**
 * Data impact assessments (issue 11 §3): list, start, read (with the data-flow map), change,
 * the 11 steps, the risk register, sign-off by a second person, and the registry entries that
 * lack a required DIA. Classified for the ISP enforcement test (./isp.ts): an assessment is the
 * owning organisation's record; cluster roles read only those an owner shares (audited).
 * Static paths are registered before `/api/assessments/{id}`.
 */
import { z } from '@hono/zod-openapi';
import type { Router } from '../routing';
import { UuidSchema } from '../schemas';
import {
  AssessmentInputSchema,
  AssessmentListSchema,
  AssessmentSchema,
  RequirementListSchema,
  RiskInputSchema,
  StepInputSchema,
} from './assessments-schemas';
import { IdParams, body, dataRoute, json } from './isp';
import { requireActor } from './session';

const OWN =
  "The actor's organisation's assessments, and those their owners chose to share with the cluster (reads by others audited).";
const CHANGE = "Changes the actor's organisation's assessment only.";
const RiskParams = z.object({ id: UuidSchema, riskId: UuidSchema });
const StepParams = z.object({ id: UuidSchema, step: z.string().max(40) });

export function registerAssessmentRoutes(router: Router): void {
  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'get',
      path: '/api/assessments',
      tags: ['assessments'],
      summary: 'Impact assessments the actor can see',
      responses: { 200: json(AssessmentListSchema, 'Assessments') },
    },
    async (c) => c.json({ items: await c.get('services').assessments.list(requireActor(c)) }, 200),
  );

  dataRoute(
    router,
    'owner-only',
    "Starts an assessment of the actor's organisation, linked to its own entries and agreements.",
    'signed-in',
    {
      method: 'post',
      path: '/api/assessments',
      tags: ['assessments'],
      summary: 'Start an impact assessment',
      request: { body: body(AssessmentInputSchema) },
      responses: { 201: json(AssessmentSchema, 'Assessment') },
    },
    async (c) =>
      c.json(await c.get('services').assessments.create(requireActor(c), c.req.valid('json')), 201),
  );

  dataRoute(
    router,
    'owner-only',
    "The actor's own organisation's registry entries that need a DIA, and whether they have one.",
    'signed-in',
    {
      method: 'get',
      path: '/api/assessments/required',
      tags: ['assessments'],
      summary: 'Registry entries that need a DIA (personal data, high or severe level)',
      responses: { 200: json(RequirementListSchema, 'Entries that need a DIA') },
    },
    async (c) => c.json({ items: await c.get('services').assessments.required(requireActor(c)) }, 200),
  );

  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'get',
      path: '/api/assessments/{id}',
      tags: ['assessments'],
      summary: 'One assessment with its steps, risks, links and data-flow map',
      request: { params: IdParams },
      responses: { 200: json(AssessmentSchema, 'Assessment') },
    },
    async (c) =>
      c.json(await c.get('services').assessments.get(requireActor(c), c.req.valid('param').id), 200),
  );

  dataRoute(
    router,
    'owner-only',
    CHANGE,
    'signed-in',
    {
      method: 'patch',
      path: '/api/assessments/{id}',
      tags: ['assessments'],
      summary: 'Change title, scope, links, review date or sharing (a signed-off assessment re-opens)',
      request: { params: IdParams, body: body(AssessmentInputSchema) },
      responses: { 200: json(AssessmentSchema, 'Assessment') },
    },
    async (c) =>
      c.json(
        await c
          .get('services')
          .assessments.update(requireActor(c), c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );

  dataRoute(
    router,
    'owner-only',
    CHANGE,
    'signed-in',
    {
      method: 'put',
      path: '/api/assessments/{id}/steps/{step}',
      tags: ['assessments'],
      summary: "Record a step's completion state and answer",
      request: { params: StepParams, body: body(StepInputSchema) },
      responses: { 200: json(AssessmentSchema, 'Assessment') },
    },
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await c.get('services').assessments.setStep(requireActor(c), p.id, p.step, c.req.valid('json')),
        200,
      );
    },
  );

  dataRoute(
    router,
    'owner-only',
    CHANGE,
    'signed-in',
    {
      method: 'post',
      path: '/api/assessments/{id}/risks',
      tags: ['assessments'],
      summary: 'Add a risk to the register (rated by likelihood × severity, precautionary rule)',
      request: { params: IdParams, body: body(RiskInputSchema) },
      responses: { 201: json(AssessmentSchema, 'Assessment') },
    },
    async (c) =>
      c.json(
        await c
          .get('services')
          .assessments.addRisk(requireActor(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
  );

  dataRoute(
    router,
    'owner-only',
    CHANGE,
    'signed-in',
    {
      method: 'put',
      path: '/api/assessments/{id}/risks/{riskId}',
      tags: ['assessments'],
      summary: 'Replace a risk (measures, residual rating…)',
      request: { params: RiskParams, body: body(RiskInputSchema) },
      responses: { 200: json(AssessmentSchema, 'Assessment') },
    },
    async (c) => {
      const p = c.req.valid('param');
      return c.json(
        await c.get('services').assessments.updateRisk(requireActor(c), p.id, p.riskId, c.req.valid('json')),
        200,
      );
    },
  );

  dataRoute(
    router,
    'owner-only',
    CHANGE,
    'signed-in',
    {
      method: 'delete',
      path: '/api/assessments/{id}/risks/{riskId}',
      tags: ['assessments'],
      summary: 'Remove a risk',
      request: { params: RiskParams },
      responses: { 200: json(AssessmentSchema, 'Assessment') },
    },
    async (c) => {
      const p = c.req.valid('param');
      return c.json(await c.get('services').assessments.removeRisk(requireActor(c), p.id, p.riskId), 200);
    },
  );

  dataRoute(
    router,
    'owner-only',
    "A second person of the actor's organisation signs its assessment off.",
    'signed-in',
    {
      method: 'post',
      path: '/api/assessments/{id}/sign-off',
      tags: ['assessments'],
      summary: 'Sign off (a second person; refusals list every problem as codes)',
      request: { params: IdParams },
      responses: { 200: json(AssessmentSchema, 'Assessment') },
    },
    async (c) =>
      c.json(await c.get('services').assessments.signOff(requireActor(c), c.req.valid('param').id), 200),
  );
}
