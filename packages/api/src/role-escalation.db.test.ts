// Issue 7 §1, through the HTTP API on the demo: a partner focal point could make itself cluster
// coordinator with one PATCH and then read the cluster's views. Each test is named after the hole
// it closes. Runs on PGlite and, with TEST_DATABASE_URL, on the PostgreSQL server.
import { createDemoTestDatabase } from '@steward/services/test-support/demo-database';
// eslint-disable-next-line no-restricted-imports -- the test reads the audit log as the system
import { listAuditEntries, type Database } from '@steward/db';
import { createServices, systemCaller, type Services } from '@steward/services';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type StewardApp } from './app';

type Credential = { email: string; password: string; role: string; organisationAcronym: string };

let app: StewardApp;
let services: Services;
let credentials: Credential[];
let orgId: (acronym: string) => string;
let db: Database;
let close: () => Promise<void>;
const bytes = (n: number) => new Uint8Array(randomBytes(n));
const jsonHeaders = { 'content-type': 'application/json' };

beforeAll(async () => {
  const demoDb = await createDemoTestDatabase();
  db = demoDb.db;
  close = () => db.close();
  // Two-factor sign-in off: the demo's cluster and admin logins sign in with a password (see routes/account.db.test.ts).
  services = createServices({
    db,
    clock: () => new Date(),
    randomBytes: bytes,
    config: { twoFactorRequired: false },
  });
  const demo = demoDb.demo;
  credentials = demo.credentials;
  const orgs = await services.organisations.list(systemCaller('test'));
  orgId = (acronym) => orgs.find((o) => o.acronym === acronym)!.id;
  app = createApp({ services, config: { webDist: null, bodyLimitBytes: 4096 } });
}, 120_000);
afterAll(async () => close?.());

interface Signed {
  cookie: string;
  csrf: string;
  userId: string;
  memberships: { organisationId: string; acronym: string; role: string }[];
}

async function signInAs(email: string, password: string): Promise<Signed> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as {
    csrfToken: string;
    user: { id: string };
    memberships: Signed['memberships'];
  };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
  return { cookie, csrf: body.csrfToken, userId: body.user.id, memberships: body.memberships };
}

function cred(role: string, acronym?: string): Credential {
  const c = credentials.find((x) => x.role === role && (!acronym || x.organisationAcronym === acronym));
  if (!c) throw new Error(`the demo has no ${role}`);
  return c;
}
const signIn = (role: string, acronym?: string) => {
  const c = cred(role, acronym);
  return signInAs(c.email, c.password);
};

const write = (s: Signed) => ({ cookie: s.cookie, 'x-csrf-token': s.csrf, ...jsonHeaders });

function patchRole(s: Signed, organisationId: string, userId: string, role: string) {
  return app.request(`/api/organisations/${organisationId}/members/${userId}`, {
    method: 'PATCH',
    headers: write(s),
    body: JSON.stringify({ role }),
  });
}

async function errorOf(res: Response): Promise<{ code: string; details?: Record<string, unknown> }> {
  return ((await res.json()) as { error: { code: string; details?: Record<string, unknown> } }).error;
}

describe('issue 7 §1: privilege escalation through memberships', () => {
  it('a partner focal point cannot make itself cluster coordinator', async () => {
    const focal = await signIn('partner-focal-point', 'TRI');
    const tri = orgId('TRI');
    const res = await patchRole(focal, tri, focal.userId, 'cluster-coordinator');
    expect(res.status).toBe(403);
    expect(await errorOf(res)).toMatchObject({
      code: 'role-grant-refused',
      details: { reason: 'cluster-role-outside-lead' },
    });

    // Signed in again, the focal point is still a focal point and the cluster views stay closed.
    const again = await signIn('partner-focal-point', 'TRI');
    expect(again.memberships.find((m) => m.organisationId === tri)?.role).toBe('partner-focal-point');
    const agreements = await app.request('/api/cluster/agreements', { headers: { cookie: again.cookie } });
    expect(agreements.status).toBe(403);
    const isp = await app.request('/api/isp/versions', {
      method: 'POST',
      headers: write(again),
      body: JSON.stringify({ from: 'template' }),
    });
    expect(isp.status).toBe(403);
  });

  it('a partner focal point cannot give a cluster role in its partner organisation to anyone else', async () => {
    const focal = await signIn('partner-focal-point', 'BCSA');
    const bcsa = orgId('BCSA');
    const list = await app.request(`/api/organisations/${bcsa}/members`, {
      headers: { cookie: focal.cookie },
    });
    expect(list.status).toBe(200);
    const colleague = await services.users.create(systemCaller('test'), {
      email: 'colleague.bcsa@demo.example.org',
      displayName: 'Colleague BCSA',
      password: 'colleague-password-1',
      memberships: [{ organisationId: bcsa, role: 'viewer' }],
    });
    for (const role of ['cluster-coordinator', 'cluster-imo']) {
      const res = await patchRole(focal, bcsa, colleague.id, role);
      expect(res.status).toBe(403);
      expect((await errorOf(res)).details).toMatchObject({ reason: 'cluster-role-outside-lead' });
    }
    const add = await app.request(`/api/organisations/${bcsa}/members`, {
      method: 'POST',
      headers: write(focal),
      body: JSON.stringify({ email: cred('viewer').email, role: 'cluster-imo' }),
    });
    // The viewer's account is not visible to BCSA (404) or the role is refused (403): never 201.
    expect([403, 404]).toContain(add.status);
    // Within the rules the change goes through.
    expect((await patchRole(focal, bcsa, colleague.id, 'partner-im-officer')).status).toBe(200);
  });

  it('a focal point in the cluster lead organisation cannot grant a cluster role above its own', async () => {
    const dpccu = orgId('DPCCU');
    await services.users.create(systemCaller('test'), {
      email: 'focal.dpccu@demo.example.org',
      displayName: 'Focal DPCCU',
      password: 'focal-dpccu-password-1',
      memberships: [{ organisationId: dpccu, role: 'partner-focal-point' }],
    });
    const focal = await signInAs('focal.dpccu@demo.example.org', 'focal-dpccu-password-1');
    const res = await patchRole(focal, dpccu, focal.userId, 'cluster-coordinator');
    expect(res.status).toBe(403);
    expect((await errorOf(res)).details).toMatchObject({ reason: 'role-above-own' });
    // Nor demote the coordinator above them.
    const coordinator = await signIn('cluster-coordinator');
    const demote = await patchRole(focal, dpccu, coordinator.userId, 'viewer');
    expect(demote.status).toBe(403);
    expect((await errorOf(demote)).details).toMatchObject({ reason: 'member-above-own' });
  });

  it('the last cluster coordinator cannot be removed or demoted', async () => {
    const coordinator = await signIn('cluster-coordinator');
    const dpccu = orgId('DPCCU');
    const demote = await patchRole(coordinator, dpccu, coordinator.userId, 'viewer');
    expect(demote.status).toBe(403);
    expect((await errorOf(demote)).details).toMatchObject({ reason: 'last-coordinator' });
    const remove = await app.request(`/api/organisations/${dpccu}/members/${coordinator.userId}`, {
      method: 'DELETE',
      headers: write(coordinator),
    });
    expect(remove.status).toBe(403);
    expect((await errorOf(remove)).details).toMatchObject({ reason: 'last-coordinator' });
  });

  it('every refused grant is recorded in the audit log', async () => {
    const log = await db.asSystem('test', (tx) => listAuditEntries(tx, 500));
    const refused = log.filter((e) => e.action === 'membership.grant-refused');
    expect(refused.length).toBeGreaterThanOrEqual(4);
    expect(refused.map((e) => (e.details as { reason?: string }).reason)).toEqual(
      expect.arrayContaining([
        'cluster-role-outside-lead',
        'role-above-own',
        'member-above-own',
        'last-coordinator',
      ]),
    );
  });
});
