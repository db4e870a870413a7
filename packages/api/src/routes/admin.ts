/**
 * Organisations, memberships, users, API tokens and the audit check. Each route declares the
 * action of the permissions table (@steward/core/auth/permissions) it needs; the services
 * authorise each call again and row-level security bounds what the database shows.
 */
import { z } from '@hono/zod-openapi';
import type { Actor } from '@steward/services';
import type { Context } from 'hono';
import { actingFor } from '../permissions';
import type { Router } from '../routing';
import type { AppEnv } from '../types';
import {
  AddMembershipBodySchema,
  AuditEntryListSchema,
  AuditHeadSchema,
  AuditQuerySchema,
  AuditVerifySchema,
  ChangeRoleBodySchema,
  CreatedTokenSchema,
  CreateOrganisationBodySchema,
  CreateTokenBodySchema,
  CreateUserBodySchema,
  MemberListSchema,
  MemberParamsSchema,
  MemberSchema,
  OrganisationListSchema,
  OrganisationOverviewListSchema,
  OrganisationParamsSchema,
  OrganisationSchema,
  TokenListSchema,
  TokenParamsSchema,
  UpdateOrganisationBodySchema,
  UserSchema,
} from '../schemas';
import { ApiError } from '../errors';
import { requireActor } from './session';

const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { 'application/json': { schema } },
});
const iso = (d: Date | string | null | undefined): string | null =>
  d == null ? null : d instanceof Date ? d.toISOString() : d;

/** The signed-in actor acting for the organisation named in the path. */
function actorFor(c: Context<AppEnv>, organisationId: string): Actor {
  return actingFor(requireActor(c), organisationId);
}

export function registerAdminRoutes(router: Router): void {
  router.route(
    { action: 'organisation.list' },
    {
      method: 'get',
      path: '/api/organisations',
      tags: ['organisations'],
      summary: 'Organisations the actor may see',
      responses: { 200: json(OrganisationListSchema, 'Organisations') },
    },
    async (c) => {
      const items = await c.get('services').organisations.list(requireActor(c));
      return c.json({ items: items.map(organisationBody) }, 200);
    },
  );

  router.route(
    { action: 'organisation.create' },
    {
      method: 'post',
      path: '/api/organisations',
      tags: ['organisations'],
      summary: 'Create an organisation (admin)',
      request: { body: body(CreateOrganisationBodySchema) },
      responses: { 201: json(OrganisationSchema, 'Created'), 409: json(z.any(), 'Acronym already in use') },
    },
    async (c) => {
      const created = await c.get('services').organisations.create(requireActor(c), c.req.valid('json'));
      return c.json(organisationBody(created), 201);
    },
  );

  router.route(
    { action: 'organisation.list' },
    {
      method: 'get',
      path: '/api/organisations/overview',
      tags: ['organisations'],
      summary:
        "Organisations with their focal points (name, e-mail) and current referral key fingerprint: the cluster's contact list",
      responses: { 200: json(OrganisationOverviewListSchema, 'Organisations') },
    },
    async (c) => {
      const items = await c.get('services').organisations.overview(requireActor(c));
      return c.json(
        {
          items: items.map((o) => ({
            ...organisationBody(o),
            focalPoints: o.focalPoints,
            referralKey: o.referralKey
              ? { fingerprint: o.referralKey.fingerprint, createdAt: o.referralKey.createdAt.toISOString() }
              : null,
          })),
        },
        200,
      );
    },
  );

  router.route(
    { action: 'organisation.update' },
    {
      method: 'patch',
      path: '/api/organisations/{organisationId}',
      tags: ['organisations'],
      summary:
        "Edit an organisation's name, acronym, type or cluster membership (admin, cluster coordinator)",
      request: { params: OrganisationParamsSchema, body: body(UpdateOrganisationBodySchema) },
      responses: {
        200: json(OrganisationSchema, 'Changed'),
        404: json(z.any(), 'No such organisation'),
        409: json(z.any(), 'Acronym already in use, or cluster roles held'),
      },
    },
    async (c) => {
      const { organisationId } = c.req.valid('param');
      const input = c.req.valid('json');
      const changed = await c.get('services').organisations.update(requireActor(c), organisationId, {
        ...(input.name === undefined ? {} : { name: input.name }),
        ...(input.acronym === undefined ? {} : { acronym: input.acronym }),
        ...(input.type === undefined ? {} : { type: input.type }),
        ...(input.isClusterMember === undefined ? {} : { isClusterMember: input.isClusterMember }),
      });
      return c.json(organisationBody(changed), 200);
    },
  );

  for (const step of ['deactivate', 'reactivate'] as const) {
    router.route(
      { action: 'organisation.update' },
      {
        method: 'post',
        path: `/api/organisations/{organisationId}/${step}`,
        tags: ['organisations'],
        summary:
          step === 'deactivate'
            ? 'Deactivate an organisation: its members no longer act for it and its API tokens stop working (admin, cluster coordinator)'
            : 'Reactivate a deactivated organisation (admin, cluster coordinator)',
        request: { params: OrganisationParamsSchema },
        responses: {
          200: json(OrganisationSchema, step === 'deactivate' ? 'Deactivated' : 'Reactivated'),
          404: json(z.any(), 'No such organisation'),
          409: json(z.any(), "Refused: the organisation you act for, or the cluster's last coordinator's"),
        },
      },
      async (c) => {
        const { organisationId } = c.req.valid('param');
        const organisations = c.get('services').organisations;
        const row = await organisations[step](requireActor(c), organisationId);
        return c.json(organisationBody(row), 200);
      },
    );
  }

  router.route(
    { action: 'user.list', organisationParam: 'organisationId' },
    {
      method: 'get',
      path: '/api/organisations/{organisationId}/members',
      tags: ['memberships'],
      summary: 'Members of an organisation and their roles',
      request: { params: OrganisationParamsSchema },
      responses: { 200: json(MemberListSchema, 'Members'), 404: json(z.any(), 'No such organisation') },
    },
    async (c) => {
      const { organisationId } = c.req.valid('param');
      const items = await c.get('services').users.listMembers(actorFor(c, organisationId), organisationId);
      return c.json({ items: items.map(memberBody) }, 200);
    },
  );

  router.route(
    { action: 'membership.manage', organisationParam: 'organisationId' },
    {
      method: 'post',
      path: '/api/organisations/{organisationId}/members',
      tags: ['memberships'],
      summary: 'Add an existing user (by email) to an organisation with a role',
      request: { params: OrganisationParamsSchema, body: body(AddMembershipBodySchema) },
      responses: {
        201: json(MemberSchema, 'Added'),
        404: json(z.any(), 'No such organisation or user'),
        409: json(z.any(), 'Already a member'),
      },
    },
    async (c) => {
      const { organisationId } = c.req.valid('param');
      const { email, role } = c.req.valid('json');
      const actor = actorFor(c, organisationId);
      const services = c.get('services');
      const user = await services.users.findByEmail(actor, email);
      if (!user)
        throw new ApiError('not-found', 'There is no user with this email address that you can see.', [
          { path: 'email', message: 'No such user' },
        ]);
      await services.users.addMembership(actor, { userId: user.id, organisationId, role });
      return c.json(
        memberBody({
          userId: user.id,
          email: user.email,
          displayName: user.displayName,
          organisationId,
          role,
        }),
        201,
      );
    },
  );

  router.route(
    { action: 'membership.manage', organisationParam: 'organisationId' },
    {
      method: 'patch',
      path: '/api/organisations/{organisationId}/members/{userId}',
      tags: ['memberships'],
      summary: "Change a member's role",
      request: { params: MemberParamsSchema, body: body(ChangeRoleBodySchema) },
      responses: { 200: json(MemberSchema, 'Changed'), 404: json(z.any(), 'No such membership') },
    },
    async (c) => {
      const { organisationId, userId } = c.req.valid('param');
      const { role } = c.req.valid('json');
      const actor = actorFor(c, organisationId);
      const services = c.get('services');
      await services.users.changeRole(actor, { organisationId, userId, role });
      const user = await services.users.get(actor, userId);
      return c.json(
        memberBody({ userId, email: user.email, displayName: user.displayName, organisationId, role }),
        200,
      );
    },
  );

  router.route(
    { action: 'membership.manage', organisationParam: 'organisationId' },
    {
      method: 'delete',
      path: '/api/organisations/{organisationId}/members/{userId}',
      tags: ['memberships'],
      summary: 'Remove a member from an organisation',
      request: { params: MemberParamsSchema },
      responses: { 204: { description: 'Removed' }, 404: json(z.any(), 'No such membership') },
    },
    async (c) => {
      const { organisationId, userId } = c.req.valid('param');
      await c.get('services').users.removeMembership(actorFor(c, organisationId), { organisationId, userId });
      return c.body(null, 204);
    },
  );

  router.route(
    { action: 'user.create' },
    {
      method: 'post',
      path: '/api/users',
      tags: ['users'],
      summary: 'Create a user account (admin), optionally with memberships',
      request: { body: body(CreateUserBodySchema) },
      responses: { 201: json(UserSchema, 'Created'), 409: json(z.any(), 'Email already in use') },
    },
    async (c) => {
      const user = await c.get('services').users.create(requireActor(c), c.req.valid('json'));
      return c.json(
        { id: user.id, email: user.email, displayName: user.displayName, isAdmin: user.isAdmin },
        201,
      );
    },
  );

  router.route(
    { action: 'token.manage-own' },
    {
      method: 'get',
      path: '/api/tokens',
      tags: ['tokens'],
      summary: "The signed-in user's API tokens (never the token values)",
      responses: { 200: json(TokenListSchema, 'Tokens') },
    },
    async (c) => {
      const items = await c.get('services').tokens.list(requireActor(c));
      return c.json({ items: items.map(tokenBody) }, 200);
    },
  );

  router.route(
    { action: 'token.manage-own' },
    {
      method: 'post',
      path: '/api/tokens',
      tags: ['tokens'],
      summary: 'Create a personal API token scoped to one organisation; the value is returned once',
      request: { body: body(CreateTokenBodySchema) },
      responses: { 201: json(CreatedTokenSchema, 'Created') },
    },
    async (c) => {
      const actor = requireActor(c);
      const input = c.req.valid('json');
      const organisationId = input.organisationId ?? actor.activeOrganisationId;
      if (!organisationId) {
        throw new ApiError('validation', 'Choose the organisation the token is for.', [
          { path: 'organisationId', message: 'Required: you have no active organisation' },
        ]);
      }
      const created = await c.get('services').tokens.create(actor, {
        name: input.name,
        organisationId,
        ...(input.expiresInDays === undefined ? {} : { expiresInDays: input.expiresInDays }),
      });
      return c.json({ id: created.id, token: created.token }, 201);
    },
  );

  router.route(
    { action: 'token.manage-own' },
    {
      method: 'delete',
      path: '/api/tokens/{tokenId}',
      tags: ['tokens'],
      summary: 'Revoke one of your API tokens',
      request: { params: TokenParamsSchema },
      responses: { 204: { description: 'Revoked' }, 404: json(z.any(), 'No such token of yours') },
    },
    async (c) => {
      await c.get('services').tokens.revoke(requireActor(c), c.req.valid('param').tokenId);
      return c.body(null, 204);
    },
  );

  router.route(
    { action: 'audit.verify' },
    {
      method: 'get',
      path: '/api/audit/verify',
      tags: ['audit'],
      summary: 'Walk the audit hash chain and report the first broken link (admin)',
      responses: { 200: json(AuditVerifySchema, 'Result of the check (ok false when broken)') },
    },
    async (c) => {
      const result = await c.get('services').audit.verify();
      return c.json(result.ok ? { ok: true, entries: result.entries } : result, 200);
    },
  );

  router.route(
    'signed-in',
    {
      method: 'get',
      path: '/api/audit/head',
      tags: ['audit'],
      summary:
        'The audit chain head (entry count and newest hash), shown to every organisation so partners can witness it',
      responses: { 200: json(AuditHeadSchema, 'The head; a later head must extend it') },
    },
    async (c) => {
      const head = await c.get('services').audit.head(requireActor(c));
      return c.json(
        { sequence: head.sequence, hash: head.hash, occurredAt: head.occurredAt?.toISOString() ?? null },
        200,
      );
    },
  );

  router.route(
    { action: 'audit.read' },
    {
      method: 'get',
      path: '/api/audit',
      tags: ['audit'],
      summary:
        "Audit log entries of the actor's organisations (and the actor's own), newest first, filtered by actor, action (exact, or a prefix ending in '.'), target and time",
      request: { query: AuditQuerySchema },
      responses: { 200: json(AuditEntryListSchema, 'Entries') },
    },
    async (c) => {
      const items = await c.get('services').audit.search(requireActor(c), auditQuery(c.req.valid('query')));
      return c.json({ items: items.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString() })) }, 200);
    },
  );

  router.route(
    { action: 'audit.read' },
    {
      method: 'get',
      path: '/api/audit/export',
      tags: ['audit'],
      summary: 'The same entries as CSV (at most 10,000; the export is audited)',
      request: { query: AuditQuerySchema },
      responses: { 200: { description: 'CSV file', content: { 'text/csv': { schema: z.string() } } } },
    },
    async (c) => {
      const out = await c.get('services').audit.exportCsv(requireActor(c), auditQuery(c.req.valid('query')));
      return c.body(out.csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="steward-audit-log.csv"',
      }) as never;
    },
  );
}

interface OrganisationLike {
  id: string;
  name: string;
  acronym: string;
  type: string;
  isClusterMember: boolean;
  status: string;
}
function organisationBody(o: OrganisationLike): z.infer<typeof OrganisationSchema> {
  return {
    id: o.id,
    name: o.name,
    acronym: o.acronym,
    type: o.type,
    isClusterMember: o.isClusterMember,
    status: o.status,
  };
}

interface MemberLike {
  userId: string;
  email: string;
  displayName: string;
  organisationId: string;
  role: z.infer<typeof MemberSchema>['role'];
}
function memberBody(m: MemberLike): z.infer<typeof MemberSchema> {
  return {
    userId: m.userId,
    email: m.email,
    displayName: m.displayName,
    organisationId: m.organisationId,
    role: m.role,
  };
}

interface TokenLike {
  id: string;
  name: string;
  organisationId: string;
  createdAt: Date | string;
  expiresAt: Date | string | null;
  lastUsedAt?: Date | string | null;
  revokedAt: Date | string | null;
}
function tokenBody(t: TokenLike): z.infer<typeof TokenListSchema>['items'][number] {
  return {
    id: t.id,
    name: t.name,
    organisationId: t.organisationId,
    createdAt: iso(t.createdAt) as string,
    expiresAt: iso(t.expiresAt),
    lastUsedAt: iso(t.lastUsedAt),
    revokedAt: iso(t.revokedAt),
  };
}

function auditQuery(q: z.infer<typeof AuditQuerySchema>) {
  return {
    ...(q.actor ? { actorUserId: q.actor } : {}),
    ...(q.action ? { action: q.action } : {}),
    ...(q.targetType ? { targetType: q.targetType } : {}),
    ...(q.targetId ? { targetId: q.targetId } : {}),
    ...(q.from ? { from: new Date(q.from) } : {}),
    ...(q.to ? { to: new Date(q.to) } : {}),
    ...(q.before ? { beforeSequence: q.before } : {}),
    ...(q.limit ? { limit: q.limit } : {}),
  };
}
