// The HTTP API against real services on a real test database (PGlite, or the server named by
// TEST_DATABASE_URL), through app.request(): no port is opened.
import { can, type Action } from '@steward/core/auth/permissions';
import { createDemoTestDatabase } from '@steward/services/test-support/demo-database';
import { createServices, systemCaller, type Services } from '@steward/services';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, routeTable, type StewardApp } from './app';

type Credential = { email: string; password: string; role: string; organisationAcronym: string };

let app: StewardApp;
let services: Services;
let credentials: Credential[];
let close: () => Promise<void>;
const bytes = (n: number) => new Uint8Array(randomBytes(n));

beforeAll(async () => {
  const demoDb = await createDemoTestDatabase();
  const db = demoDb.db;
  close = () => db.close();
  // Two-factor sign-in off so the demo's cluster and admin logins sign in with a password here;
  // routes/account.db.test.ts tests the sign-in with it required.
  services = createServices({
    db,
    clock: () => new Date(),
    randomBytes: bytes,
    config: { twoFactorRequired: false },
  });
  const demo = demoDb.demo;
  credentials = demo.credentials;
  app = createApp({ services, config: { webDist: null, bodyLimitBytes: 4096 } });
});
afterAll(async () => close?.());

const jsonHeaders = { 'content-type': 'application/json' };

function cred(role: string): Credential {
  const c = credentials.find((x) => x.role === role);
  if (!c) throw new Error(`the demo has no ${role}`);
  return c;
}

interface Signed {
  cookie: string;
  csrf: string;
  session: {
    activeOrganisationId: string | null;
    memberships: { organisationId: string; acronym: string; role: string }[];
  };
}

async function signIn(role: string): Promise<Signed> {
  const c = cred(role);
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify({ email: c.email, password: c.password }),
  });
  expect(res.status).toBe(200);
  const setCookie = res.headers.get('set-cookie') ?? '';
  const session = (await res.json()) as Signed['session'] & { csrfToken: string };
  return { cookie: setCookie.split(';')[0] as string, csrf: session.csrfToken, session };
}

const as = (s: Signed, extra: Record<string, string> = {}) => ({ cookie: s.cookie, ...extra });
const write = (s: Signed) => ({ cookie: s.cookie, 'x-csrf-token': s.csrf, ...jsonHeaders });

interface ErrorJson {
  code: string;
  message: string;
  fields?: { path: string; message: string }[];
  details?: Record<string, unknown>;
}
async function errorOf(res: Response): Promise<ErrorJson> {
  return ((await res.json()) as { error: ErrorJson }).error;
}

describe('sessions', () => {
  it('signs in with a httpOnly SameSite=Strict cookie, Secure only under https', async () => {
    const c = cred('viewer');
    const body = JSON.stringify({ email: c.email, password: c.password });
    const plain = await app.request('/api/auth/login', { method: 'POST', headers: jsonHeaders, body });
    const cookie = plain.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^steward_session=[^;]+;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Secure');
    const https = await app.request('https://steward.example/api/auth/login', {
      method: 'POST',
      headers: jsonHeaders,
      body,
    });
    expect(https.headers.get('set-cookie')).toContain('Secure');
  });

  it('rejects a wrong password with 401 invalid-credentials', async () => {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: jsonHeaders,
      body: JSON.stringify({ email: cred('viewer').email, password: 'not the password' }),
    });
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('invalid-credentials');
  });

  it('issue 7: known and unknown e-mails get the same statuses; the owner is delayed (429, Retry-After), not told the account exists', async () => {
    const lead = (await services.organisations.list(systemCaller('test'))).find(
      (o) => o.acronym === 'DPCCU',
    )!;
    const password = 'the-right-password-42';
    await services.users.create(systemCaller('test'), {
      email: 'lockout@demo.example.org',
      displayName: 'Lockout Test',
      password,
      memberships: [{ organisationId: lead.id, role: 'viewer' }],
    });
    // app.request() has no client address: every attempt counts against the same one (13 < 20 here)
    const attempt = (email: string, pw: string) =>
      app.request('/api/auth/login', {
        method: 'POST',
        headers: jsonHeaders,
        body: JSON.stringify({ email, password: pw }),
      });
    const statuses = async (email: string, pw: (i: number) => string) => {
      const out: number[] = [];
      for (let i = 0; i < 6; i++) out.push((await attempt(email, pw(i))).status);
      return out;
    };
    const known = await statuses('lockout@demo.example.org', (i) => (i < 5 ? `wrong-${i}` : password));
    const unknown = await statuses('nobody-here@demo.example.org', (i) => `wrong-${i}`);
    // Before the fix: known [401, 401, 401, 401, 429, 429], unknown [401, 401, 401, 401, 401, 401].
    expect(known).toEqual([401, 401, 401, 401, 401, 429]);
    expect(unknown).toEqual(known);
    const delayed = await attempt('lockout@demo.example.org', password);
    expect(delayed.status).toBe(429);
    const retryAfter = Number(delayed.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(30);
    const error = await errorOf(delayed);
    expect(error.code).toBe('account-locked');
    expect(error.message).toMatch(/Too many failed sign-in attempts\. Try again in \d+ minutes?\./);
    expect(error.details?.retryAfterSeconds).toBe(retryAfter);
    expect(delayed.headers.get('set-cookie')).toBeNull();
    const unknownDelayed = await attempt('nobody-here@demo.example.org', password);
    expect(unknownDelayed.status).toBe(429);
    expect(Object.keys((await errorOf(unknownDelayed)) as object).sort()).toEqual(Object.keys(error).sort());
  });

  it('GET /api/me returns the session body, 401 without a cookie', async () => {
    const s = await signIn('caseworker');
    const me = await app.request('/api/me', { headers: as(s) });
    expect(me.status).toBe(200);
    const body = (await me.json()) as { user: { email: string }; csrfToken: string; memberships: unknown[] };
    expect(body.user.email).toBe(cred('caseworker').email);
    expect(body.csrfToken).toBe(s.csrf);
    expect(body.memberships.length).toBeGreaterThan(0);
    const anonymous = await app.request('/api/me');
    expect(anonymous.status).toBe(401);
    expect((await errorOf(anonymous)).code).toBe('unauthenticated');
  });

  it('logout needs the CSRF token, then ends the session', async () => {
    const s = await signIn('viewer');
    const noCsrf = await app.request('/api/auth/logout', { method: 'POST', headers: as(s) });
    expect(noCsrf.status).toBe(403);
    expect((await errorOf(noCsrf)).code).toBe('csrf');
    const wrong = await app.request('/api/auth/logout', {
      method: 'POST',
      headers: as(s, { 'x-csrf-token': 'nope' }),
    });
    expect(wrong.status).toBe(403);
    const out = await app.request('/api/auth/logout', {
      method: 'POST',
      headers: as(s, { 'x-csrf-token': s.csrf }),
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/steward_session=;/);
    expect((await app.request('/api/me', { headers: as(s) })).status).toBe(401);
  });

  it('switches the active organisation only to one the user belongs to', async () => {
    const s = await signIn('partner-focal-point');
    const own = s.session.memberships[0]!.organisationId;
    const ok = await app.request('/api/me/active-organisation', {
      method: 'PUT',
      headers: write(s),
      body: JSON.stringify({ organisationId: own }),
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { activeOrganisationId: string }).activeOrganisationId).toBe(own);
    const orgs = (await (
      await app.request('/api/organisations', { headers: as(await signIn('admin')) })
    ).json()) as {
      items: { id: string }[];
    };
    const other = orgs.items.find((o) => !s.session.memberships.some((m) => m.organisationId === o.id))!;
    const denied = await app.request('/api/me/active-organisation', {
      method: 'PUT',
      headers: write(s),
      body: JSON.stringify({ organisationId: other.id }),
    });
    expect(denied.status).toBe(403);
  });
});

describe('request validation and errors', () => {
  it('malformed JSON is 400', async () => {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: jsonHeaders,
      body: '{"email":',
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('validation');
  });

  it('wrong types and unknown fields are 400 naming each field', async () => {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: jsonHeaders,
      body: JSON.stringify({ email: 42, password: 'x', remember: true }),
    });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.fields?.map((f) => f.path).sort()).toEqual(['email', 'remember']);
  });

  it('a body over the limit is 413', async () => {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: jsonHeaders,
      body: JSON.stringify({ email: 'a@example.org', password: 'x'.repeat(5000) }),
    });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload-too-large');
  });

  it('the registry upload routes take bodies over the general limit (their service caps files)', async () => {
    const big = 'x'.repeat(20_000);
    const upload = await app.request('/api/registry/00000000-0000-4000-8000-000000000000/files', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: big,
    });
    expect(upload.status).not.toBe(413);
    expect(upload.status).toBe(401);
    const other = await app.request('/api/registry', {
      method: 'POST',
      headers: jsonHeaders,
      body: JSON.stringify({ title: big }),
    });
    expect(other.status).toBe(413);
  });

  it('an unknown /api route is 404 JSON; other paths get the web app', async () => {
    const res = await app.request('/api/does-not-exist');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect((await errorOf(res)).code).toBe('not-found');
    const page = await app.request('/organisations');
    expect(page.headers.get('content-type')).toContain('text/html');
  });

  it('sets the security headers', async () => {
    const res = await app.request('/api/health');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('health reports the database and migrations', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'ok', migrations: 'current' });
  });
});

describe('API tokens', () => {
  it('a token authenticates without CSRF, is scoped to one organisation, and stops working when revoked', async () => {
    const s = await signIn('partner-im-officer');
    const created = await app.request('/api/tokens', {
      method: 'POST',
      headers: write(s),
      body: JSON.stringify({ name: 'script' }),
    });
    expect(created.status).toBe(201);
    const { id, token } = (await created.json()) as { id: string; token: string };
    const bearer = { authorization: `Bearer ${token}` };
    const me = await app.request('/api/me', { headers: bearer });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { activeOrganisationId: string }).activeOrganisationId).toBe(
      s.session.activeOrganisationId,
    );
    const list = (await (await app.request('/api/tokens', { headers: bearer })).json()) as {
      items: { id: string }[];
    };
    expect(list.items.map((t) => t.id)).toContain(id);
    expect(JSON.stringify(list)).not.toContain(token);
    const revoke = await app.request(`/api/tokens/${id}`, { method: 'DELETE', headers: bearer });
    expect(revoke.status).toBe(204);
    const after = await app.request('/api/me', { headers: bearer });
    expect(after.status).toBe(401);
  });
});

describe('memberships through the API', () => {
  it("a partner cannot list or change another organisation's members (403)", async () => {
    const s = await signIn('partner-focal-point');
    const orgs = (await (await app.request('/api/organisations', { headers: as(s) })).json()) as {
      items: { id: string }[];
    };
    expect(orgs.items.length).toBeGreaterThanOrEqual(7); // the directory is shared within the cluster
    const other = orgs.items.find((o) => !s.session.memberships.some((m) => m.organisationId === o.id))!;
    const list = await app.request(`/api/organisations/${other.id}/members`, { headers: as(s) });
    expect(list.status).toBe(403);
    expect((await errorOf(list)).code).toBe('forbidden');
    const add = await app.request(`/api/organisations/${other.id}/members`, {
      method: 'POST',
      headers: write(s),
      body: JSON.stringify({ email: cred('viewer').email, role: 'viewer' }),
    });
    expect(add.status).toBe(403);
  });

  it('a focal point lists the members of their own organisation; a viewer may not', async () => {
    const s = await signIn('partner-focal-point');
    // The focal point is partner-focal-point in one organisation and viewer in another.
    const own = s.session.memberships.find((m) => m.role === 'partner-focal-point')!.organisationId;
    const list = await app.request(`/api/organisations/${own}/members`, { headers: as(s) });
    expect(list.status).toBe(200);
    const items = ((await list.json()) as { items: { email: string; role: string }[] }).items;
    expect(items).toContainEqual(
      expect.objectContaining({ email: cred('partner-focal-point').email, role: 'partner-focal-point' }),
    );
    const viewer = await signIn('viewer');
    const denied = await app.request(`/api/organisations/${viewer.session.activeOrganisationId}/members`, {
      headers: as(viewer),
    });
    expect(denied.status).toBe(403);
  });

  it('a malformed id in the path is 400 naming the parameter', async () => {
    const admin = await signIn('admin');
    const res = await app.request('/api/organisations/not-a-uuid/members', { headers: as(admin) });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).fields?.map((f) => f.path)).toEqual(['organisationId']);
  });

  it('the admin can add, change and remove a membership, all audited', async () => {
    const admin = await signIn('admin');
    const viewer = cred('viewer');
    const orgs = (await (await app.request('/api/organisations', { headers: as(admin) })).json()) as {
      items: { id: string; acronym: string }[];
    };
    const target = orgs.items.find((o) => o.acronym !== viewer.organisationAcronym)!;
    const added = await app.request(`/api/organisations/${target.id}/members`, {
      method: 'POST',
      headers: write(admin),
      body: JSON.stringify({ email: viewer.email, role: 'viewer' }),
    });
    expect(added.status).toBe(201);
    const { userId } = (await added.json()) as { userId: string };
    const again = await app.request(`/api/organisations/${target.id}/members`, {
      method: 'POST',
      headers: write(admin),
      body: JSON.stringify({ email: viewer.email, role: 'viewer' }),
    });
    expect(again.status).toBe(409);
    const changed = await app.request(`/api/organisations/${target.id}/members/${userId}`, {
      method: 'PATCH',
      headers: write(admin),
      body: JSON.stringify({ role: 'caseworker' }),
    });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as { role: string; email: string }).role).toBe('caseworker');
    const members = (await (
      await app.request(`/api/organisations/${target.id}/members`, { headers: as(admin) })
    ).json()) as { items: { userId: string; role: string }[] };
    expect(members.items).toContainEqual(expect.objectContaining({ userId, role: 'caseworker' }));
    const removed = await app.request(`/api/organisations/${target.id}/members/${userId}`, {
      method: 'DELETE',
      headers: write(admin),
    });
    expect(removed.status).toBe(204);
    const gone = await app.request(`/api/organisations/${target.id}/members/${userId}`, {
      method: 'DELETE',
      headers: write(admin),
    });
    expect(gone.status).toBe(404);
    const verify = await app.request('/api/audit/verify', { headers: as(admin) });
    expect(verify.status).toBe(200);
    expect(await verify.json()).toMatchObject({ ok: true });
  });

  it('creating a user: admin only, duplicates 409, invalid fields 400 naming the field', async () => {
    const admin = await signIn('admin');
    const body = {
      email: 'new.person@demo.example.org',
      displayName: 'New Person',
      password: 'a-long-enough-password',
    };
    const coordinator = await signIn('cluster-coordinator');
    const denied = await app.request('/api/users', {
      method: 'POST',
      headers: write(coordinator),
      body: JSON.stringify(body),
    });
    expect(denied.status).toBe(403);
    const created = await app.request('/api/users', {
      method: 'POST',
      headers: write(admin),
      body: JSON.stringify({
        ...body,
        memberships: [{ organisationId: coordinator.session.activeOrganisationId, role: 'viewer' }],
      }),
    });
    expect(created.status).toBe(201);
    const dup = await app.request('/api/users', {
      method: 'POST',
      headers: write(admin),
      body: JSON.stringify({ ...body, email: 'NEW.person@demo.example.org' }),
    });
    expect(dup.status).toBe(409);
    const missing = await app.request('/api/users', {
      method: 'POST',
      headers: write(admin),
      body: JSON.stringify({ ...body, email: 'x@demo.example.org', displayName: '   ' }),
    });
    expect(missing.status).toBe(400);
    expect((await errorOf(missing)).fields?.map((f) => f.path)).toEqual(['displayName']);
  });
});

describe('every route passes through authorisation', () => {
  it('the route table covers every route Hono knows', () => {
    const table = routeTable(app);
    const known = new Set(table.map((r) => `${r.method} ${r.path}`));
    const handlers = app.routes.filter((r) => r.method !== 'ALL');
    for (const r of handlers)
      expect(known, `${r.method} ${r.path} bypasses Router`).toContain(`${r.method} ${r.path}`);
    expect(table.filter((r) => r.permission !== 'public').length).toBeGreaterThan(8);
  });

  it('every non-public route answers 401 without credentials, and 403 to a role the permissions table refuses', async () => {
    const viewer = await signIn('viewer');
    const some = '00000000-0000-4000-8000-000000000000';
    let refused = 0;
    for (const r of routeTable(app)) {
      if (r.permission === 'public') continue;
      const path = r.path.replaceAll(/:(\w+)/g, some);
      const init = { method: r.method, headers: jsonHeaders, body: r.method === 'GET' ? undefined : '{}' };
      const anonymous = await app.request(path, init);
      expect(anonymous.status, `${r.method} ${r.path}`).toBe(401);
      const viewerMay =
        r.permission === 'signed-in' ||
        r.permission === 'sign-in-step' ||
        (typeof r.permission === 'object' &&
          !r.permission.organisationParam &&
          can('viewer', r.permission.action as Action));
      if (!viewerMay) {
        const res = await app.request(path, { ...init, headers: { ...write(viewer) } });
        expect(res.status, `${r.method} ${r.path}`).toBe(403);
        refused++;
      }
    }
    expect(refused).toBeGreaterThan(5);
  });

  it('the OpenAPI document lists every documented route with its permission', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { 'x-permission': string }>>;
    };
    expect(doc.openapi).toMatch(/^3\.1/);
    for (const r of routeTable(app).filter((x) => x.documented)) {
      const path = r.path.replaceAll(/:(\w+)/g, '{$1}');
      expect(
        doc.paths[path]?.[r.method.toLowerCase()]?.['x-permission'],
        `${r.method} ${path}`,
      ).toBeDefined();
    }
  });
});
