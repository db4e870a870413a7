// Sign-in steps through HTTP (issue 7, ASVS level 2), with two-factor sign-in required for
// administrators and cluster roles (the default): the demo's cluster coordinator must enrol before
// any other route answers, then signs in with a code; sessions list; password change; admin reset.
import { createDemoTestDatabase } from '@steward/services/test-support/demo-database';
import { createServices, systemCaller, type Services } from '@steward/services';
import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type StewardApp } from '../app';

type Credential = { email: string; password: string; role: string };
let app: StewardApp;
let services: Services;
let credentials: Credential[];
let close: () => Promise<void>;
const bytes = (n: number) => new Uint8Array(randomBytes(n));
const jsonHeaders = { 'content-type': 'application/json' };

beforeAll(async () => {
  const demoDb = await createDemoTestDatabase();
  const db = demoDb.db;
  close = () => db.close();
  services = createServices({ db, clock: () => new Date(), randomBytes: bytes });
  credentials = demoDb.demo.credentials;
  app = createApp({ services, config: { webDist: null } });
});
afterAll(async () => close?.());

/** The demo administrator's TOTP secret, once enrolled (the password reset test). */
let adminSecret = '';

const cred = (role: string) => credentials.find((c) => c.role === role)!;

interface Signed {
  cookie: string;
  csrf: string;
  body: { pending: string | null; csrfToken: string; user: { displayName: string } };
}

function signedFrom(res: Response, body: Signed['body']): Signed {
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: body.csrfToken, body };
}

async function login(email: string, password: string): Promise<Signed> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  return signedFrom(res, (await res.json()) as Signed['body']);
}

const get = (s: Signed, path: string) => app.request(path, { headers: { cookie: s.cookie } });
const send = (s: Signed, method: string, path: string, body?: unknown) =>
  app.request(path, {
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...jsonHeaders },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const codeNow = (secret: string, offsetSteps = 0) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + offsetSteps * 30_000 });

describe('two-factor sign-in required for cluster roles', () => {
  let secret = '';
  let recoveryCodes: string[] = [];

  it('a cluster coordinator must enrol before any other route answers', async () => {
    const c = cred('cluster-coordinator');
    const s = await login(c.email, c.password);
    expect(s.body.pending).toBe('enrol-totp');
    const blocked = await get(s, '/api/organisations');
    expect(blocked.status).toBe(403);
    expect(((await blocked.json()) as { error: { code: string; details: unknown } }).error).toMatchObject({
      code: 'sign-in-step-required',
      details: { pending: 'enrol-totp' },
    });
    expect((await get(s, '/api/me')).status).toBe(200);
    expect(
      (await send(s, 'PUT', '/api/me/password', { newPassword: 'another-long-password-1' })).status,
    ).toBe(403);
    const enrol = await send(s, 'POST', '/api/me/two-factor/enrolment');
    expect(enrol.status).toBe(200);
    const e = (await enrol.json()) as { secret: string; uri: string; qrSvg: string };
    expect(e.qrSvg.startsWith('<svg')).toBe(true);
    secret = e.secret;
    const wrong = await send(s, 'POST', '/api/me/two-factor/confirmation', { code: '000000' });
    expect(wrong.status).toBe(400);
    const ok = await send(s, 'POST', '/api/me/two-factor/confirmation', { code: codeNow(secret) });
    expect(ok.status).toBe(200);
    recoveryCodes = ((await ok.json()) as { recoveryCodes: string[] }).recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect((await get(s, '/api/organisations')).status).toBe(200);
    const me = (await (await get(s, '/api/me')).json()) as Signed['body'];
    expect(me.pending).toBeNull();
  });

  it('then signs in with the password and a code; the password alone opens nothing', async () => {
    const c = cred('cluster-coordinator');
    const half = await login(c.email, c.password);
    expect(half.body.pending).toBe('totp');
    expect(half.body.user.displayName).toBe('');
    expect((await get(half, '/api/organisations')).status).toBe(403);
    expect((await get(half, '/api/me/sessions')).status).toBe(403);
    // the confirmation used the current step: the next one is the first unused code
    const res = await send(half, 'POST', '/api/auth/second-factor', { code: codeNow(secret, 1) });
    expect(res.status).toBe(200);
    const full = signedFrom(res, (await res.json()) as Signed['body']);
    expect(full.body.pending).toBeNull();
    expect(full.cookie).not.toBe(half.cookie);
    expect((await get(full, '/api/organisations')).status).toBe(200);
    expect((await get(half, '/api/organisations')).status).toBe(401);
    // a recovery code instead of an app code
    const other = await login(c.email, c.password);
    const viaRecovery = await send(other, 'POST', '/api/auth/second-factor', { code: recoveryCodes[0] });
    expect(viaRecovery.status).toBe(200);
    const status = (await (await get(full, '/api/me/two-factor')).json()) as Record<string, unknown>;
    expect(status).toEqual({ enabled: true, required: true, recoveryCodesLeft: 9 });
    expect((await send(full, 'POST', '/api/me/two-factor/disable', { password: c.password })).status).toBe(
      403,
    );
  });
});

describe('sessions, password change and reset', () => {
  it('lists sessions, ends the others, changes the password', async () => {
    const c = cred('viewer');
    const a = await login(c.email, c.password);
    const b = await login(c.email, c.password);
    expect(b.body.pending).toBeNull();
    const list = (await (await get(b, '/api/me/sessions')).json()) as { id: string; current: boolean }[];
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.filter((x) => x.current)).toHaveLength(1);
    const ended = await send(b, 'POST', '/api/me/sessions/end-others');
    expect(await ended.json()).toEqual({ ended: list.length - 1 });
    expect((await get(a, '/api/me')).status).toBe(401);
    const common = await send(b, 'PUT', '/api/me/password', {
      currentPassword: c.password,
      newPassword: '1qaz2wsx3edc',
    });
    expect(common.status).toBe(400);
    const changed = await send(b, 'PUT', '/api/me/password', {
      currentPassword: c.password,
      newPassword: 'viewer-new-password-77',
    });
    expect(changed.status).toBe(200);
    c.password = 'viewer-new-password-77';
  });

  it('an administrator resets a password; the user must set a new one first', async () => {
    const admin = cred('admin');
    const half = await login(admin.email, admin.password);
    expect(half.body.pending).toBe('enrol-totp');
    const e = (await (await send(half, 'POST', '/api/me/two-factor/enrolment')).json()) as { secret: string };
    adminSecret = e.secret;
    expect(
      (await send(half, 'POST', '/api/me/two-factor/confirmation', { code: codeNow(e.secret) })).status,
    ).toBe(200);
    const caseworker = cred('caseworker');
    const target = (await services.users.findByEmail(systemCaller('test'), caseworker.email))!;
    const reset = await send(half, 'POST', `/api/admin/users/${target.id}/password-reset`);
    expect(reset.status).toBe(200);
    const { temporaryPassword } = (await reset.json()) as { temporaryPassword: string };
    const cw = await login(caseworker.email, temporaryPassword);
    expect(cw.body.pending).toBe('new-password');
    expect((await get(cw, '/api/organisations')).status).toBe(403);
    expect((await send(cw, 'PUT', '/api/me/password', { newPassword: 'caseworker-own-pass-5' })).status).toBe(
      200,
    );
    expect((await get(cw, '/api/organisations')).status).toBe(200);
    // not for other roles
    const viewer = await login(cred('viewer').email, cred('viewer').password);
    expect((await send(viewer, 'POST', `/api/admin/users/${target.id}/password-reset`)).status).toBe(403);
  });

  it('an administrator resets a user’s two-factor sign-in; the user is signed out and enrols again', async () => {
    const admin = cred('admin');
    const half = await login(admin.email, admin.password);
    expect(half.body.pending).toBe('totp');
    const caseworker = cred('caseworker');
    const cw = await login(caseworker.email, 'caseworker-own-pass-5');
    expect(cw.body.pending).toBeNull();
    const target = (await services.users.findByEmail(systemCaller('test'), caseworker.email))!;
    // Not before the administrator's own second factor.
    expect((await send(half, 'POST', `/api/admin/users/${target.id}/two-factor-reset`)).status).toBe(403);
    const viewer = await login(cred('viewer').email, cred('viewer').password);
    expect((await send(viewer, 'POST', `/api/admin/users/${target.id}/two-factor-reset`)).status).toBe(403);
    expect((await get(cw, '/api/organisations')).status).toBe(200);
    // With the second factor (the enrolment used the current step: the next one is unused).
    const second = await send(half, 'POST', '/api/auth/second-factor', { code: codeNow(adminSecret, 1) });
    expect(second.status).toBe(200);
    const adminFull = signedFrom(second, (await second.json()) as Signed['body']);
    const reset = await send(adminFull, 'POST', `/api/admin/users/${target.id}/two-factor-reset`);
    expect(reset.status).toBe(200);
    const result = (await reset.json()) as { hadTwoFactor: boolean; endedSessions: number };
    expect(result.hadTwoFactor).toBe(false);
    // this test's session and the one of the password change above
    expect(result.endedSessions).toBe(2);
    expect((await get(cw, '/api/organisations')).status).toBe(401);
    const again = await login(caseworker.email, 'caseworker-own-pass-5');
    expect(again.body.pending).toBe('enrol-totp');
    expect((await get(again, '/api/organisations')).status).toBe(403);
  });
});
