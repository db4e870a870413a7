/**
 * The data-responsibility diagnostic routes (issue 11 §1): question set, rounds, a party's answers
 * with pre-filled evidence and scores, the cluster's view of members, comparison, action plan.
 * The services check roles; row-level security keeps each organisation's answers its own.
 */
import { z } from '@hono/zod-openapi';
import { LANGUAGES, negotiateLanguage } from '@steward/core/i18n/languages';
import { ApiError } from '../errors';
import type { Router } from '../routing';
import { UuidSchema } from '../schemas';
import { body, dataRoute, fileResponse, IdParams, json } from './isp';
import { requireActor } from './session';

const SET =
  "The question set and the list of rounds are the cluster's shared method; they hold no organisation's answers.";
const OWN =
  "The actor's own organisation's answers, scores and action plan (party=cluster: the cluster's own answers, readable by every member).";
const MEMBERS =
  "Members' scores only as an aggregate of at least 3 members without names, and by name only for members that consented (share_named, enforced by row-level security).";

const EXPORT =
  "The round as the actor may read it (own organisation's answers, scores and plan; party=cluster adds members' scores only as an aggregate of at least 3 members and by name only with consent). Audited as diagnostic.round.exported.";

const PartyQuery = z.object({ party: z.enum(['member', 'cluster']).default('member') });
const AnswerSchema = z.object({
  itemId: z.string().min(1).max(64),
  status: z.enum(['not_in_place', 'partial', 'in_place', 'not_applicable']),
  note: z.string().max(2000).optional(),
  evidence: z.string().max(2000).optional(),
});
const ItemSchema = z.object({
  id: z.string().min(1).max(64),
  action: z.enum(['diagnostic', 'registry', 'isp', 'advisory', 'design', 'incidents']),
  principles: z.array(z.string().max(40)).max(12),
  scope: z.enum(['cluster', 'member', 'both']),
  text: z.string().max(1000),
  guidance: z.string().max(4000),
  evidence: z.string().max(1000),
  autoCheck: z.string().max(40).optional(),
});

export function registerDiagnosticRoutes(router: Router): void {
  dataRoute(
    router,
    'no-organisation-data',
    SET,
    'signed-in',
    {
      method: 'get',
      path: '/api/diagnostic/question-set',
      tags: ['diagnostic'],
      summary: "The cluster's diagnostic question set (Steward's default until edited)",
      responses: { 200: json(z.any(), 'Question set') },
    },
    async (c) => c.json(await c.get('services').diagnostic.questionSet(requireActor(c)), 200),
  );

  dataRoute(
    router,
    'no-organisation-data',
    SET,
    'signed-in',
    {
      method: 'put',
      path: '/api/diagnostic/question-set',
      tags: ['diagnostic'],
      summary: 'Save an edited question set as a new version (cluster roles)',
      request: { body: body(z.object({ items: z.array(ItemSchema).min(1).max(300) })) },
      responses: { 200: json(z.any(), 'The new version') },
    },
    async (c) =>
      c.json(
        await c
          .get('services')
          .diagnostic.saveQuestionSet(requireActor(c), c.req.valid('json').items as never),
        200,
      ),
  );

  dataRoute(
    router,
    'no-organisation-data',
    SET,
    'signed-in',
    {
      method: 'get',
      path: '/api/diagnostic/rounds',
      tags: ['diagnostic'],
      summary: 'Diagnostic rounds, oldest first',
      responses: { 200: json(z.any(), 'Rounds') },
    },
    async (c) => c.json({ items: await c.get('services').diagnostic.rounds(requireActor(c)) }, 200),
  );

  dataRoute(
    router,
    'no-organisation-data',
    SET,
    'signed-in',
    {
      method: 'post',
      path: '/api/diagnostic/rounds',
      tags: ['diagnostic'],
      summary: 'Open a round on the current question set (cluster roles)',
      request: {
        body: body(
          z.object({
            title: z.string().min(1).max(200),
            openedOn: z
              .string()
              .regex(/^\d{4}-\d{2}-\d{2}$/)
              .optional(),
          }),
        ),
      },
      responses: { 201: json(z.any(), 'Round opened') },
    },
    async (c) =>
      c.json(await c.get('services').diagnostic.openRound(requireActor(c), c.req.valid('json')), 201),
  );

  dataRoute(
    router,
    'no-organisation-data',
    SET,
    'signed-in',
    {
      method: 'post',
      path: '/api/diagnostic/rounds/{id}/close',
      tags: ['diagnostic'],
      summary: 'Close a round: its answers no longer change (cluster roles)',
      request: { params: IdParams },
      responses: { 200: json(z.any(), 'Round closed') },
    },
    async (c) =>
      c.json(await c.get('services').diagnostic.closeRound(requireActor(c), c.req.valid('param').id), 200),
  );

  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'get',
      path: '/api/diagnostic/rounds/{id}/response',
      tags: ['diagnostic'],
      summary:
        "The active organisation's (or, party=cluster, the cluster's) items, answers, pre-filled evidence, score and gaps",
      request: { params: IdParams, query: PartyQuery },
      responses: { 200: json(z.any(), 'Response') },
    },
    async (c) =>
      c.json(
        await c
          .get('services')
          .diagnostic.response(requireActor(c), c.req.valid('param').id, c.req.valid('query').party),
        200,
      ),
  );

  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'put',
      path: '/api/diagnostic/rounds/{id}/response',
      tags: ['diagnostic'],
      summary: 'Save the answers (all at once); shareNamed: the member consents to be named to the cluster',
      request: {
        params: IdParams,
        query: PartyQuery,
        body: body(z.object({ answers: z.array(AnswerSchema).max(300), shareNamed: z.boolean().optional() })),
      },
      responses: { 200: json(z.any(), 'Saved response') },
    },
    async (c) => {
      const { answers, shareNamed } = c.req.valid('json');
      return c.json(
        await c
          .get('services')
          .diagnostic.saveResponse(requireActor(c), c.req.valid('param').id, c.req.valid('query').party, {
            answers,
            ...(shareNamed === undefined ? {} : { shareNamed }),
          }),
        200,
      );
    },
  );

  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'get',
      path: '/api/diagnostic/rounds/{id}/score',
      tags: ['diagnostic'],
      summary: 'Scores per action and per principle (0–100; null when nothing applicable was answered)',
      request: { params: IdParams, query: PartyQuery },
      responses: { 200: json(z.any(), 'Scores') },
    },
    async (c) =>
      c.json(
        await c
          .get('services')
          .diagnostic.score(requireActor(c), c.req.valid('param').id, c.req.valid('query').party),
        200,
      ),
  );

  dataRoute(
    router,
    'no-organisation-data',
    MEMBERS,
    'signed-in',
    {
      method: 'get',
      path: '/api/diagnostic/rounds/{id}/members',
      tags: ['diagnostic'],
      summary:
        "Members' scores for the cluster: aggregate (suppressed below 3 answers) and named only with consent (cluster roles)",
      request: { params: IdParams },
      responses: { 200: json(z.any(), 'Members view') },
    },
    async (c) =>
      c.json(await c.get('services').diagnostic.members(requireActor(c), c.req.valid('param').id), 200),
  );

  dataRoute(
    router,
    'owner-only',
    EXPORT,
    'signed-in',
    {
      method: 'get',
      path: '/api/diagnostic/rounds/{id}/export',
      tags: ['diagnostic'],
      summary:
        "The round and its action plan as an XLSX workbook (scores, answers, action plan, members for the cluster; audited), in the language asked for (lang, else Accept-Language, else the user's chosen language, else English)",
      request: {
        params: IdParams,
        query: PartyQuery.extend({ lang: z.enum(LANGUAGES).optional() }),
      },
      responses: { 200: { description: 'The XLSX file' } },
    },
    async (c) => {
      const { party, lang } = c.req.valid('query');
      const language = lang ?? negotiateLanguage(c.req.header('accept-language')) ?? undefined;
      return fileResponse(
        c,
        await c
          .get('services')
          .diagnostic.exportXlsx(requireActor(c), c.req.valid('param').id, party, language),
      ) as never;
    },
  );

  dataRoute(
    router,
    'owner-only',
    EXPORT,
    'signed-in',
    {
      method: 'get',
      path: '/api/diagnostic/rounds/{id}/report',
      tags: ['diagnostic'],
      summary: 'The round and its action plan for the printable report (audited as an export)',
      request: { params: IdParams, query: PartyQuery },
      responses: { 200: json(z.any(), 'Report') },
    },
    async (c) =>
      c.json(
        await c
          .get('services')
          .diagnostic.report(requireActor(c), c.req.valid('param').id, c.req.valid('query').party),
        200,
      ),
  );

  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'get',
      path: '/api/diagnostic/compare',
      tags: ['diagnostic'],
      summary: 'Rounds side by side: scores per action and principle, and the change',
      request: {
        query: PartyQuery.extend({ rounds: z.string().min(1).max(400) }),
      },
      responses: { 200: json(z.any(), 'Comparison') },
    },
    async (c) => {
      const q = c.req.valid('query');
      const parsed = z.array(UuidSchema).min(1).max(10).safeParse(q.rounds.split(','));
      if (!parsed.success)
        throw new ApiError('validation', 'rounds: 1 to 10 round ids separated by commas.', [
          { path: 'rounds', message: 'Round ids (UUIDs) separated by commas' },
        ]);
      const ids = parsed.data;
      return c.json(await c.get('services').diagnostic.compare(requireActor(c), ids, q.party), 200);
    },
  );

  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'get',
      path: '/api/diagnostic/rounds/{id}/actions',
      tags: ['diagnostic'],
      summary: "The action plan: the organisation's items and the cluster's",
      request: { params: IdParams },
      responses: { 200: json(z.any(), 'Action plan') },
    },
    async (c) =>
      c.json(
        { items: await c.get('services').diagnostic.plan(requireActor(c), c.req.valid('param').id) },
        200,
      ),
  );

  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'post',
      path: '/api/diagnostic/rounds/{id}/actions',
      tags: ['diagnostic'],
      summary: 'Turn a gap into an action-plan item (owner, due date)',
      request: {
        params: IdParams,
        body: body(
          z.object({
            party: z.enum(['member', 'cluster']).default('member'),
            itemId: z.string().min(1).max(64),
            title: z.string().min(1).max(500),
            owner: z.string().min(1).max(200),
            dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
          }),
        ),
      },
      responses: { 201: json(z.any(), 'Action-plan item') },
    },
    async (c) =>
      c.json(
        await c
          .get('services')
          .diagnostic.addAction(requireActor(c), c.req.valid('param').id, c.req.valid('json')),
        201,
      ),
  );

  dataRoute(
    router,
    'owner-only',
    OWN,
    'signed-in',
    {
      method: 'patch',
      path: '/api/diagnostic/actions/{id}',
      tags: ['diagnostic'],
      summary: 'Change an action-plan item (owner, due date, status)',
      request: {
        params: IdParams,
        body: body(
          z.object({
            title: z.string().min(1).max(500).optional(),
            owner: z.string().min(1).max(200).optional(),
            dueOn: z
              .string()
              .regex(/^\d{4}-\d{2}-\d{2}$/)
              .optional(),
            status: z.enum(['open', 'in_progress', 'done']).optional(),
          }),
        ),
      },
      responses: { 200: json(z.any(), 'Action-plan item') },
    },
    async (c) => {
      const b = c.req.valid('json');
      const patch = Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined));
      return c.json(
        await c.get('services').diagnostic.changeAction(requireActor(c), c.req.valid('param').id, patch),
        200,
      );
    },
  );
}
