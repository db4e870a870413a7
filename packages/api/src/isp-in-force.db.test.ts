// Issue 7 §1, the ISP half, through the HTTP API on the demo: the endorsed ISP could be set to
// `superseded`, leaving the cluster with no ISP, and one person could replace it by a version that
// protects less. Each test is named after the hole it closes. PGlite and, with TEST_DATABASE_URL,
// the PostgreSQL server.
import { createDemoTestDatabase } from '@steward/services/test-support/demo-database';
// eslint-disable-next-line no-restricted-imports -- the test reads the audit log as the system
import { listAuditEntries, type Database } from '@steward/db';
import { createServices, type Services } from '@steward/services';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type StewardApp } from './app';

type Credential = { email: string; password: string; role: string; organisationAcronym: string };
interface Version {
  id: string;
  version: string;
  status: string;
  isp: { rules: { id: string; sharing: string; sensitivity: string }[] } & Record<string, unknown>;
  endorsement: { pending: { organisationId: string; name: string }[] };
  pendingChanges: { id: string; requestedBy: string }[];
  requestedChange?: { id: string; requestedBy: string; relaxations: { kind: string }[] };
}

let app: StewardApp;
let services: Services;
let db: Database;
let credentials: Credential[];
let close: () => Promise<void>;
const bytes = (n: number) => new Uint8Array(randomBytes(n));
const jsonHeaders = { 'content-type': 'application/json' };

beforeAll(async () => {
  const demoDb = await createDemoTestDatabase();
  db = demoDb.db;
  close = () => db.close();
  // Two-factor sign-in off: the demo's cluster logins sign in with a password (see routes/account.db.test.ts).
  services = createServices({
    db,
    clock: () => new Date(),
    randomBytes: bytes,
    config: { twoFactorRequired: false },
  });
  credentials = demoDb.demo.credentials;
  app = createApp({ services, config: { webDist: null, bodyLimitBytes: 1_000_000 } });
}, 120_000);
afterAll(async () => close?.());

interface Signed {
  cookie: string;
  csrf: string;
  userId: string;
}
async function signIn(role: string): Promise<Signed> {
  const c = credentials.find((x) => x.role === role)!;
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify({ email: c.email, password: c.password }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { csrfToken: string; user: { id: string } };
  return {
    cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] as string,
    csrf: body.csrfToken,
    userId: body.user.id,
  };
}
const write = (s: Signed) => ({ cookie: s.cookie, 'x-csrf-token': s.csrf, ...jsonHeaders });
const post = (s: Signed, path: string, body?: unknown) =>
  app.request(path, {
    method: 'POST',
    headers: write(s),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const put = (s: Signed, path: string, body: unknown) =>
  app.request(path, { method: 'PUT', headers: write(s), body: JSON.stringify(body) });

async function active(s: Signed): Promise<Version | null> {
  const res = await app.request('/api/isp', { headers: { cookie: s.cookie } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { active: Version | null }).active;
}

/** Every member organisation endorses the version (their focal point, the coordinator for the lead). */
async function endorseByAll(versionId: string, pending: Version['endorsement']['pending']) {
  for (const org of pending) {
    const c =
      credentials.find((x) => x.organisationAcronym === org.name && x.role === 'partner-focal-point') ??
      credentials.find((x) => x.organisationAcronym === org.name && x.role === 'cluster-coordinator')!;
    const { actor } = await services.auth.login({ email: c.email, password: c.password });
    const member = actor.memberships.find((m) => m.acronym === org.name)!;
    await services.isp.endorse({ ...actor, activeOrganisationId: member.organisationId }, versionId);
  }
}

/** A successor of the version in force, changed by `change`, in consultation and endorsed by all. */
async function successor(
  coordinator: Signed,
  change: (isp: Version['isp']) => Version['isp'],
): Promise<Version> {
  const inForce = (await active(coordinator))!;
  const draftRes = await post(coordinator, '/api/isp/versions', { from: inForce.id });
  expect(draftRes.status).toBe(201);
  const draft = (await draftRes.json()) as Version;
  const saved = await put(coordinator, `/api/isp/versions/${draft.id}`, { isp: change(draft.isp) });
  expect(saved.status).toBe(200);
  expect(
    (await post(coordinator, `/api/isp/versions/${draft.id}/status`, { status: 'in-consultation' })).status,
  ).toBe(200);
  const view = (await (
    await app.request(`/api/isp/versions/${draft.id}`, { headers: { cookie: coordinator.cookie } })
  ).json()) as Version;
  await endorseByAll(draft.id, view.endorsement.pending);
  return view;
}

const auditActions = async () =>
  (await db.asSystem('test', (tx) => listAuditEntries(tx, 1000))).map((e) => ({
    action: e.action,
    actor: e.actorUserId,
    target: e.targetId,
    details: e.details as Record<string, unknown>,
  }));

describe('issue 7 §1: the ISP in force', () => {
  it('the endorsed ISP cannot be set to superseded, so the cluster is never left without an ISP', async () => {
    const coordinator = await signIn('cluster-coordinator');
    const inForce = (await active(coordinator))!;
    expect(inForce.status).toBe('endorsed');
    for (const status of ['superseded', 'draft', 'in-consultation']) {
      const res = await post(coordinator, `/api/isp/versions/${inForce.id}/status`, { status });
      expect(res.status).toBe(409);
      expect(((await res.json()) as { error: { details: { reason: string } } }).error.details.reason).toBe(
        'in-force-withdrawal',
      );
    }
    expect((await active(coordinator))?.id).toBe(inForce.id);
  });

  it('a successor that lowers protection comes into force only when a second person with a cluster role approves', async () => {
    const coordinator = await signIn('cluster-coordinator');
    const imo = await signIn('cluster-imo');
    const focal = await signIn('partner-focal-point');
    const before = (await active(coordinator))!;
    const relaxed = await successor(coordinator, (isp) => ({
      ...isp,
      rules: isp.rules.map((r) => (r.sharing === 'no-share' ? { ...r, sharing: 'coordination' } : r)),
    }));

    const asked = await post(coordinator, `/api/isp/versions/${relaxed.id}/status`, { status: 'endorsed' });
    expect(asked.status).toBe(202);
    const request = ((await asked.json()) as Version).requestedChange!;
    expect(request.requestedBy).toBe(coordinator.userId);
    expect(request.relaxations.map((r) => r.kind)).toContain('now-allowed');
    expect((await active(coordinator))?.id).toBe(before.id); // still the old one

    // Asking again does not make a second request; the requester cannot approve; nor can a partner.
    const again = await post(coordinator, `/api/isp/versions/${relaxed.id}/status`, { status: 'endorsed' });
    expect(((await again.json()) as Version).requestedChange?.id).toBe(request.id);
    const self = await post(coordinator, `/api/isp/status-requests/${request.id}/approve`);
    expect(self.status).toBe(403);
    expect(((await self.json()) as { error: { details: { reason: string } } }).error.details.reason).toBe(
      'second-person-required',
    );
    expect((await post(focal, `/api/isp/status-requests/${request.id}/approve`)).status).toBe(403);
    expect((await active(coordinator))?.id).toBe(before.id);

    const approved = await post(imo, `/api/isp/status-requests/${request.id}/approve`);
    expect(approved.status).toBe(200);
    expect(((await approved.json()) as Version).status).toBe('endorsed');
    expect((await active(coordinator))?.id).toBe(relaxed.id);
    const old = (await (
      await app.request(`/api/isp/versions/${before.id}`, { headers: { cookie: imo.cookie } })
    ).json()) as Version;
    expect(old.status).toBe('superseded');
    // Decided once only.
    expect((await post(imo, `/api/isp/status-requests/${request.id}/approve`)).status).toBe(409);

    const log = await auditActions();
    expect(log).toContainEqual(
      expect.objectContaining({
        action: 'isp.status-change-requested',
        actor: coordinator.userId,
        target: relaxed.id,
        details: expect.objectContaining({ requestId: request.id, requestedBy: coordinator.userId }),
      }),
    );
    expect(log).toContainEqual(
      expect.objectContaining({
        action: 'isp.status-change-approved',
        actor: imo.userId,
        details: expect.objectContaining({ requestedBy: coordinator.userId, approvedBy: imo.userId }),
      }),
    );
  }, 120_000);

  it('a successor that protects as much or more comes into force with one person', async () => {
    const coordinator = await signIn('cluster-coordinator');
    const stricter = await successor(coordinator, (isp) => ({
      ...isp,
      rules: isp.rules.map((r) => (r.sharing === 'coordination' ? { ...r, sharing: 'no-share' } : r)),
    }));
    const res = await post(coordinator, `/api/isp/versions/${stricter.id}/status`, { status: 'endorsed' });
    expect(res.status).toBe(200);
    expect((await active(coordinator))?.id).toBe(stricter.id);
  }, 120_000);

  it('a rejected request leaves the version in force', async () => {
    const coordinator = await signIn('cluster-coordinator');
    const imo = await signIn('cluster-imo');
    const before = (await active(coordinator))!;
    const relaxed = await successor(coordinator, (isp) => ({
      ...isp,
      rules: isp.rules.map((r) => (r.sharing === 'no-share' ? { ...r, sharing: 'public' } : r)),
    }));
    const asked = await post(imo, `/api/isp/versions/${relaxed.id}/status`, { status: 'endorsed' });
    expect(asked.status).toBe(202);
    const request = ((await asked.json()) as Version).requestedChange!;
    expect((await post(coordinator, `/api/isp/status-requests/${request.id}/reject`)).status).toBe(200);
    expect((await post(imo, `/api/isp/status-requests/${request.id}/approve`)).status).toBe(409);
    expect((await active(coordinator))?.id).toBe(before.id);
    expect((await auditActions()).map((e) => e.action)).toContain('isp.status-change-rejected');
  }, 120_000);
});

describe('decision 0013: the ISP in force is parsed once per version, never stale', () => {
  it('the next request after a successor comes into force decides with the successor', async () => {
    const coordinator = await signIn('cluster-coordinator');
    const focal = await signIn('partner-focal-point');
    const list = async () => {
      const res = await app.request('/api/registry', { headers: { cookie: focal.cookie } });
      expect(res.status).toBe(200);
      return ((await res.json()) as { items: { id: string; own: boolean; sensitivity: string }[] }).items;
    };
    const lastListDecision = async () =>
      (await auditActions())
        .filter((e) => e.action === 'isp.decision' && e.actor === focal.userId)
        .map((e) => e.details)[0]; // newest first
    // Twice with the version in force: the second answer comes from the parsed document kept.
    const before = (await active(coordinator))!;
    await list();
    const shared = (await list()).filter((i) => !i.own);
    expect(shared.length).toBeGreaterThan(0);
    expect(await lastListDecision()).toMatchObject({
      ispId: before.id,
      decisions: shared.map((i) => expect.objectContaining({ id: i.id, decision: 'allow' })),
    });

    // Nothing may be shared any more: a stricter successor, in force with one person.
    const closed = await successor(coordinator, (isp) => ({
      ...isp,
      rules: isp.rules.map((r) => ({ ...r, sharing: 'no-share' })),
    }));
    const res = await post(coordinator, `/api/isp/versions/${closed.id}/status`, { status: 'endorsed' });
    expect(res.status).toBe(200);

    const after = (await list()).filter((i) => !i.own);
    expect(after.map((i) => i.id)).toEqual(shared.map((i) => i.id));
    expect(await lastListDecision()).toMatchObject({
      ispId: closed.id,
      ispVersion: closed.version,
      decisions: shared.map((i) => expect.objectContaining({ id: i.id, decision: 'deny' })),
    });
  }, 120_000);
});
