/**
 * The one way to add a route to the API. `Router.route(permission, config, handler)` registers
 * the OpenAPI operation, puts the authorisation middleware for `permission` in front of the
 * handler, and records the route in the route table that tests walk to prove every route is
 * authorised. Adding a route with `app.get(...)` directly is caught by that test.
 *
 * Permissions:
 * - `'public'`      no credentials needed (login, health, the OpenAPI document, the web app);
 * - `'signed-in'`   any signed-in user or API token; the service decides what they may see;
 * - `'sign-in-step'` like signed-in, and also a session with a sign-in step still pending (second
 *                   factor, required enrolment, new password): only the routes that finish those
 *                   steps, /api/me and sign-out. Every other route refuses a pending session with
 *                   403 `sign-in-step-required` (details.pending);
 * - `'admin'`       the system administrator (signed in with a session) only;
 * - `{ action }`    the actor's role in the organisation concerned must allow `action` in the
 *                   permissions table of @steward/core (packages/core/src/auth/permissions.ts;
 *                   the organisation is the one named by the path parameter `organisationParam`,
 *                   else the actor's active organisation). An admin may do what the admin role may.
 *
 * Cookie-authenticated writes (POST/PUT/PATCH/DELETE) on non-public routes must carry the
 * session's CSRF token in the `x-csrf-token` header; Bearer-token requests need none.
 */
import { type OpenAPIHono, type RouteConfig, type RouteHandler, createRoute } from '@hono/zod-openapi';
import type { Context, Handler, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { timingSafeEqual } from 'node:crypto';
import { ApiError } from './errors';
import { errorResponses } from './schemas';
import type { Actor } from '@steward/services';
import type { AppEnv } from './types';
import { type Action, actorMay } from './permissions';

export type RoutePermission =
  'public' | 'signed-in' | 'sign-in-step' | 'admin' | { action: Action; organisationParam?: string };

export interface RouteEntry {
  readonly method: string;
  /** Hono path, e.g. `/api/organisations/:organisationId`. */
  readonly path: string;
  readonly permission: RoutePermission;
  /** Whether the route is described in the OpenAPI document. */
  readonly documented: boolean;
  /** Whether the route takes a JSON request body. */
  readonly jsonBody?: boolean;
}

export const SESSION_COOKIE = 'steward_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function describePermission(permission: RoutePermission): string {
  return typeof permission === 'string' ? permission : `action:${permission.action}`;
}

export class Router {
  readonly table: RouteEntry[] = [];

  constructor(readonly app: OpenAPIHono<AppEnv>) {}

  /** Adds a documented, validated route guarded by `permission`. */
  route<R extends RouteConfig>(
    permission: RoutePermission,
    config: R,
    handler: RouteHandler<R, AppEnv>,
  ): void {
    const hasBody = Boolean(config.request?.body);
    const route = createRoute({
      ...config,
      middleware: [authorize(permission)],
      security: securityFor(permission),
      'x-permission': describePermission(permission),
      responses: {
        ...errorResponses(permission, hasBody || Boolean(config.request?.params || config.request?.query)),
        ...config.responses,
      },
    } as R);
    this.app.openapi(route, handler as never);
    this.table.push({
      method: config.method.toUpperCase(),
      path: honoPath(config.path),
      permission,
      documented: true,
      jsonBody: Boolean(config.request?.body?.content['application/json']),
    });
  }

  /** Adds an undocumented route (the OpenAPI document itself, the web app's files). */
  raw(method: 'GET', path: string, permission: RoutePermission, handler: Handler<AppEnv>): void {
    this.app.on(method, path, authorize(permission), handler);
    this.table.push({ method, path, permission, documented: false });
  }
}

function honoPath(path: string): string {
  return path.replaceAll(/\{(.+?)\}/g, ':$1');
}

function securityFor(permission: RoutePermission): Record<string, string[]>[] {
  return permission === 'public' ? [] : [{ session: [] }, { bearer: [] }];
}

/**
 * Authenticates the request (Bearer token, else session cookie) and enforces the permission and
 * the CSRF rule. Sets `actor` on the context (null on public routes without credentials).
 */
export function authorize(permission: RoutePermission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (permission === 'public') {
      c.set('actor', null);
      return next();
    }
    const actor = await authenticate(c);
    if (!actor)
      throw new ApiError(
        'unauthenticated',
        'You are not signed in, or your session has expired. Sign in again.',
      );
    if (actor.via === 'session' && !SAFE_METHODS.has(c.req.method)) checkCsrf(c, actor);
    if (actor.pending && permission !== 'sign-in-step')
      throw new ApiError('sign-in-step-required', 'Finish signing in first.', undefined, {
        pending: actor.pending,
      });
    if (permission === 'admin') {
      if (!actor.isAdmin || actor.via !== 'session')
        throw new ApiError('forbidden', 'Only a system administrator, signed in, may do this.');
    } else if (typeof permission === 'object') {
      const organisationId = permission.organisationParam
        ? c.req.param(permission.organisationParam)
        : actor.activeOrganisationId;
      if (!actorMay(actor, permission.action, organisationId ?? null)) {
        throw new ApiError('forbidden', `Your role does not allow this action (${permission.action}).`);
      }
    }
    c.set('actor', actor);
    return next();
  };
}

/**
 * The actor of a request on a public route, or null when it carries no credentials (a malformed or
 * unknown API token is still an error). For `/api/session`, which answers signed-out requests too.
 */
export function optionalActor(c: Context<AppEnv>): Promise<Actor | null> {
  return authenticate(c);
}

async function authenticate(c: Context<AppEnv>): Promise<Actor | null> {
  const services = c.get('services');
  const authorization = c.req.header('authorization');
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match)
      throw new ApiError('unauthenticated', 'The Authorization header must be "Bearer <API token>".');
    const actor = await services.auth.authenticateToken(match[1] as string);
    if (!actor)
      throw new ApiError(
        'unauthenticated',
        'The API token is not valid: it may be mistyped, expired or revoked.',
      );
    return actor;
  }
  const token = getCookie(c, SESSION_COOKIE);
  if (!token) return null;
  return services.auth.authenticateSession(token);
}

function checkCsrf(c: Context<AppEnv>, actor: Actor): void {
  const sent = c.req.header(CSRF_HEADER);
  const expected = actor.csrfToken;
  if (!sent || !expected || !safeEqual(sent, expected)) {
    throw new ApiError(
      'csrf',
      `This request needs the ${CSRF_HEADER} header with the token from your session (GET /api/me returns it).`,
    );
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
