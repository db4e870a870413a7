/** Sign-in, sign-out and the signed-in user's session (`/api/auth/*`, `/api/me*`). */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import { ApiError } from '../errors';
import { optionalActor, SESSION_COOKIE, type Router } from '../routing';
import {
  ActiveOrganisationBodySchema,
  LanguageBodySchema,
  LoginBodySchema,
  SessionSchema,
  SessionStateSchema,
} from '../schemas';
import type { Actor, LoginResult } from '@steward/services';
import type { AppEnv } from '../types';

export function sessionBody(actor: Actor): z.infer<typeof SessionSchema> {
  // Before the second factor only the password is proven: show no more than the e-mail.
  const partial = actor.pending === 'totp';
  return {
    user: {
      id: actor.userId,
      email: actor.email,
      displayName: partial ? '' : actor.displayName,
      isAdmin: partial ? false : actor.isAdmin,
      preferredLanguage: partial ? null : (actor.preferredLanguage ?? null),
    },
    pending: actor.pending ?? null,
    memberships: (partial ? [] : actor.memberships).map((m) => ({
      organisationId: m.organisationId,
      organisationName: m.organisationName,
      acronym: m.acronym,
      role: m.role,
    })),
    activeOrganisationId: partial ? null : actor.activeOrganisationId,
    csrfToken: actor.csrfToken ?? null,
  };
}

const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.get('actor');
  if (!actor) throw new ApiError('unauthenticated', 'You are not signed in.');
  return actor;
}

export function clientIp(c: Context<AppEnv>): string | null {
  if (c.get('config').trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // no socket, e.g. app.request() in tests
  }
}

export function isHttps(c: Context<AppEnv>): boolean {
  const config = c.get('config');
  if (config.secureCookies === true) return true;
  if (config.secureCookies === false) return false;
  if (new URL(c.req.url).protocol === 'https:') return true;
  return Boolean(config.trustProxy) && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

export function setSessionCookie(c: Context<AppEnv>, result: LoginResult): void {
  setCookie(c, SESSION_COOKIE, result.sessionToken, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(c),
    path: '/',
    expires: result.expiresAt,
  });
}

export function registerSessionRoutes(router: Router): void {
  router.route(
    'public',
    {
      method: 'post',
      path: '/api/auth/login',
      tags: ['session'],
      summary:
        'Sign in with email and password; sets the session cookie. `pending` names a step still to finish (second factor, enrolment, new password)',
      request: { body: { required: true, content: { 'application/json': { schema: LoginBodySchema } } } },
      responses: {
        200: json(SessionSchema, 'Signed in'),
        401: json(z.any(), 'Wrong email or password (code invalid-credentials)'),
        429: json(z.any(), 'Too many failed attempts (code account-locked, details.retryAfterSeconds)'),
      },
    },
    async (c) => {
      const { email, password } = c.req.valid('json');
      const result = await c.get('services').auth.login({
        email,
        password,
        ip: clientIp(c),
        userAgent: c.req.header('user-agent') ?? null,
      });
      setSessionCookie(c, result);
      return c.json(sessionBody({ ...result.actor, csrfToken: result.csrfToken }), 200);
    },
  );

  router.route(
    'sign-in-step',
    {
      method: 'post',
      path: '/api/auth/logout',
      tags: ['session'],
      summary: 'Sign out: ends the session and clears the cookie',
      responses: { 204: { description: 'Signed out' } },
    },
    async (c) => {
      await c.get('services').auth.logout(requireActor(c));
      deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Strict', secure: isHttps(c) });
      return c.body(null, 204);
    },
  );

  router.route(
    'sign-in-step',
    {
      method: 'get',
      path: '/api/me',
      tags: ['session'],
      summary: 'The signed-in user, their memberships and the CSRF token',
      responses: { 200: json(SessionSchema, 'The current session') },
    },
    (c) => c.json(sessionBody(requireActor(c)), 200),
  );

  // The web app asks this at start: signed out is an ordinary answer (200), not a failed request
  // that the browser reports as an error on every signed-out page (GET /api/me says 401).
  router.route(
    'public',
    {
      method: 'get',
      path: '/api/session',
      tags: ['session'],
      summary: 'Whether the request is signed in, with the session when it is (200 either way)',
      responses: { 200: json(SessionStateSchema, 'Signed in with the session, or signed out') },
    },
    async (c) => {
      const actor = await optionalActor(c);
      return c.json(
        actor ? { signedIn: true, session: sessionBody(actor) } : { signedIn: false, session: null },
        200,
      );
    },
  );

  router.route(
    'signed-in',
    {
      method: 'put',
      path: '/api/me/active-organisation',
      tags: ['session'],
      summary: 'Switch the organisation the user acts for',
      request: {
        body: { required: true, content: { 'application/json': { schema: ActiveOrganisationBodySchema } } },
      },
      responses: { 200: json(SessionSchema, 'The updated session') },
    },
    async (c) => {
      const { organisationId } = c.req.valid('json');
      const actor = requireActor(c);
      const updated = await c.get('services').auth.setActiveOrganisation(actor, organisationId);
      return c.json(sessionBody({ ...updated, csrfToken: updated.csrfToken ?? actor.csrfToken }), 200);
    },
  );

  router.route(
    'signed-in',
    {
      method: 'put',
      path: '/api/me/language',
      tags: ['session'],
      summary:
        'Record the language the user chose in the web app: their notification e-mails are written in it',
      request: {
        body: { required: true, content: { 'application/json': { schema: LanguageBodySchema } } },
      },
      responses: { 200: json(LanguageBodySchema, 'The language recorded') },
    },
    async (c) => {
      const { language } = c.req.valid('json');
      const recorded = await c.get('services').auth.setPreferredLanguage(requireActor(c), language);
      return c.json({ language: recorded }, 200);
    },
  );
}
