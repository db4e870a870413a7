/**
 * The signed-in user's account security (`/api/auth/second-factor`, `/api/me/two-factor*`,
 * `/api/me/password`, `/api/me/sessions*`) and an administrator's password reset. Rules:
 * docs/security.md "Sign-in, lockout and sessions".
 */
import { z } from '@hono/zod-openapi';
import { ApiError } from '../errors';
import type { Router } from '../routing';
import { SessionSchema, UuidSchema } from '../schemas';
import { requireActor, sessionBody, setSessionCookie } from './session';

const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <S extends z.ZodType>(schema: S) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});

const CodeBodySchema = z
  .strictObject({ code: z.string().trim().min(1, 'Enter the code').max(64) })
  .openapi('CodeRequest');
const PasswordBodySchema = z
  .strictObject({ password: z.string().min(1).max(1024) })
  .openapi('PasswordRequest');
const ChangePasswordBodySchema = z
  .strictObject({
    currentPassword: z.string().max(1024).optional(),
    newPassword: z.string().min(1, 'Enter the new password').max(1024),
  })
  .openapi('ChangePasswordRequest');
const TwoFactorStatusSchema = z
  .object({ enabled: z.boolean(), required: z.boolean(), recoveryCodesLeft: z.number().int() })
  .openapi('TwoFactorStatus');
const EnrolmentSchema = z
  .object({
    secret: z.string().openapi({ description: 'base32, for apps that cannot scan' }),
    uri: z.string().openapi({ description: 'otpauth:// URI held by the QR code' }),
    qrSvg: z.string().openapi({ description: 'The QR code, an SVG document' }),
  })
  .openapi('TotpEnrolment');
const SessionInfoSchema = z
  .object({
    id: z.string(),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    expiresAt: z.string(),
    userAgent: z.string().nullable(),
    current: z.boolean(),
  })
  .openapi('SessionInfo');

export function registerAccountRoutes(router: Router): void {
  router.route(
    'sign-in-step',
    {
      method: 'post',
      path: '/api/auth/second-factor',
      tags: ['session'],
      summary:
        'Second sign-in step: a 6-digit code from the authenticator app or an unused recovery code; replaces the session cookie',
      request: body(CodeBodySchema),
      responses: { 200: json(SessionSchema, 'Signed in'), 429: json(z.any(), 'Too many wrong codes') },
    },
    async (c) => {
      const { code } = c.req.valid('json');
      const result = await c
        .get('services')
        .auth.verifySecondFactor(requireActor(c), code, c.req.header('user-agent') ?? null);
      setSessionCookie(c, result);
      return c.json(sessionBody({ ...result.actor, csrfToken: result.csrfToken }), 200);
    },
  );

  router.route(
    'signed-in',
    {
      method: 'get',
      path: '/api/me/two-factor',
      tags: ['account'],
      summary: 'Whether two-factor sign-in is on, required for the role, and recovery codes left',
      responses: { 200: json(TwoFactorStatusSchema, 'Two-factor status') },
    },
    async (c) => c.json(await c.get('services').auth.twoFactorStatus(requireActor(c)), 200),
  );

  router.route(
    'sign-in-step',
    {
      method: 'post',
      path: '/api/me/two-factor/enrolment',
      tags: ['account'],
      summary: 'Start TOTP enrolment: a new secret, its otpauth URI and QR code (SVG)',
      responses: { 200: json(EnrolmentSchema, 'Scan the QR code, then confirm with a code') },
    },
    async (c) => c.json(await c.get('services').auth.startTotpEnrolment(requireActor(c)), 200),
  );

  router.route(
    'sign-in-step',
    {
      method: 'post',
      path: '/api/me/two-factor/confirmation',
      tags: ['account'],
      summary: 'Confirm TOTP enrolment with a code; returns the recovery codes, shown this once',
      request: body(CodeBodySchema),
      responses: { 200: json(z.object({ recoveryCodes: z.array(z.string()) }), 'Two-factor sign-in is on') },
    },
    async (c) => {
      const { code } = c.req.valid('json');
      return c.json(await c.get('services').auth.confirmTotpEnrolment(requireActor(c), code), 200);
    },
  );

  router.route(
    'signed-in',
    {
      method: 'post',
      path: '/api/me/two-factor/disable',
      tags: ['account'],
      summary: 'Turn two-factor sign-in off (not for roles that require it); needs the password',
      request: body(PasswordBodySchema),
      responses: { 204: { description: 'Turned off' } },
    },
    async (c) => {
      const { password } = c.req.valid('json');
      await c.get('services').auth.disableTotp(requireActor(c), password);
      return c.body(null, 204);
    },
  );

  router.route(
    'sign-in-step',
    {
      method: 'put',
      path: '/api/me/password',
      tags: ['account'],
      summary:
        "Change one's password (current password needed unless a new one is required after a reset); ends the other sessions",
      request: body(ChangePasswordBodySchema),
      responses: { 200: json(z.object({ endedSessions: z.number().int() }), 'Password changed') },
    },
    async (c) => {
      const input = c.req.valid('json');
      return c.json(await c.get('services').auth.changePassword(requireActor(c), input), 200);
    },
  );

  router.route(
    'signed-in',
    {
      method: 'get',
      path: '/api/me/sessions',
      tags: ['account'],
      summary: "The user's signed-in sessions (browser, start, last use); `current` marks this one",
      responses: { 200: json(z.array(SessionInfoSchema), 'Sessions') },
    },
    async (c) => {
      const rows = await c.get('services').auth.listSessions(requireActor(c));
      return c.json(
        rows.map((r) => ({
          ...r,
          createdAt: r.createdAt.toISOString(),
          lastSeenAt: r.lastSeenAt.toISOString(),
          expiresAt: r.expiresAt.toISOString(),
        })),
        200,
      );
    },
  );

  router.route(
    'signed-in',
    {
      method: 'post',
      path: '/api/me/sessions/end-others',
      tags: ['account'],
      summary: "End all the user's other sessions",
      responses: { 200: json(z.object({ ended: z.number().int() }), 'Ended') },
    },
    async (c) => c.json(await c.get('services').auth.endOtherSessions(requireActor(c)), 200),
  );

  router.route(
    'signed-in',
    {
      method: 'delete',
      path: '/api/me/sessions/{sessionId}',
      tags: ['account'],
      summary: "End one of the user's other sessions",
      request: { params: z.object({ sessionId: UuidSchema }) },
      responses: { 204: { description: 'Ended' } },
    },
    async (c) => {
      const { sessionId } = c.req.valid('param');
      await c.get('services').auth.endSession(requireActor(c), sessionId);
      return c.body(null, 204);
    },
  );

  router.route(
    'admin',
    {
      method: 'post',
      path: '/api/admin/users/{userId}/password-reset',
      tags: ['admin'],
      summary:
        "Reset a user's password: a temporary password to hand over (shown once); the user must choose a new one at next sign-in; their sessions end. Audited.",
      request: { params: z.object({ userId: UuidSchema }) },
      responses: { 200: json(z.object({ temporaryPassword: z.string() }), 'Reset') },
    },
    async (c) => {
      const { userId } = c.req.valid('param');
      const actor = requireActor(c);
      if (actor.via !== 'session')
        throw new ApiError('forbidden', 'Only a signed-in administrator may do this.');
      return c.json(await c.get('services').auth.resetPassword(actor, userId), 200);
    },
  );

  router.route(
    'admin',
    {
      method: 'post',
      path: '/api/admin/users/{userId}/two-factor-reset',
      tags: ['admin'],
      summary:
        "Reset a user's two-factor sign-in (lost authenticator and recovery codes): the authenticator and codes are removed, the user's sessions end, and the user must enrol again at next sign-in. Audited.",
      request: { params: z.object({ userId: UuidSchema }) },
      responses: {
        200: json(z.object({ hadTwoFactor: z.boolean(), endedSessions: z.number().int() }), 'Reset'),
      },
    },
    async (c) => {
      const { userId } = c.req.valid('param');
      const actor = requireActor(c);
      if (actor.via !== 'session')
        throw new ApiError('forbidden', 'Only a signed-in administrator may do this.');
      return c.json(await c.get('services').auth.resetTwoFactor(actor, userId), 200);
    },
  );
}
