// THE ENFORCEMENT TEST (issue 4). Every API route is walked from the app's route table:
// - a route of the registry/ISP/sharing modules must carry a data-release classification
//   (dataRoute in ./isp.ts); a foundation route must be listed below as carrying no data asset;
//   a new route that is neither fails here, so nothing can bypass the ISP silently;
// - every `isp-decision` route is called and must append an `isp.decision` audit entry.
// Runs on PGlite, or the server named by TEST_DATABASE_URL, with the demo loaded.
// eslint-disable-next-line no-restricted-imports -- tests need a database; the API code itself never imports db
import { ownerSql } from '@steward/db/testing';
import { createDemoTestDatabase } from '@steward/services/test-support/demo-database';
import { createServices, systemCaller, type Services } from '@steward/services';
import { encryptContent } from '@steward/core/referrals/index';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, routeTable, type StewardApp } from '../app';
import { dataRoutes } from './isp';

/** Foundation routes: accounts, sessions, the organisation directory, system. No data assets. */
const NO_DATA_ASSET: Readonly<Record<string, string>> = {
  'GET /api/health': 'system status',
  'GET /api/openapi.json': 'API description',
  'GET /*': 'the web app files',
  'POST /api/auth/login': 'session',
  'POST /api/auth/logout': 'session',
  'GET /api/me': 'session',
  'GET /api/session': 'session (signed in or not)',
  'PUT /api/me/active-organisation': 'session',
  'PUT /api/me/language': "the actor's own settings",
  'POST /api/auth/second-factor': 'session',
  'GET /api/me/two-factor': "the actor's own sign-in settings",
  'POST /api/me/two-factor/enrolment': "the actor's own sign-in settings",
  'POST /api/me/two-factor/confirmation': "the actor's own sign-in settings",
  'POST /api/me/two-factor/disable': "the actor's own sign-in settings",
  'PUT /api/me/password': "the actor's own sign-in settings",
  'GET /api/me/sessions': "the actor's own sessions",
  'POST /api/me/sessions/end-others': "the actor's own sessions",
  'DELETE /api/me/sessions/:sessionId': "the actor's own sessions",
  'POST /api/admin/users/:userId/password-reset': 'account administration',
  'POST /api/admin/users/:userId/two-factor-reset': 'account administration',
  'GET /api/organisations': 'the cluster directory (names, acronyms)',
  'POST /api/organisations': 'directory administration',
  'GET /api/organisations/overview':
    "the cluster's contact list (organisations, focal points, key fingerprints)",
  'PATCH /api/organisations/:organisationId': 'directory administration',
  'POST /api/organisations/:organisationId/deactivate': 'directory administration',
  'POST /api/organisations/:organisationId/reactivate': 'directory administration',
  'GET /api/organisations/:organisationId/members': 'account administration',
  'POST /api/organisations/:organisationId/members': 'account administration',
  'PATCH /api/organisations/:organisationId/members/:userId': 'account administration',
  'DELETE /api/organisations/:organisationId/members/:userId': 'account administration',
  'POST /api/users': 'account administration',
  'GET /api/tokens': "the actor's own API tokens",
  'POST /api/tokens': "the actor's own API tokens",
  'DELETE /api/tokens/:tokenId': "the actor's own API tokens",
  'POST /api/audit/verify': 'hash-chain check (counts only)',
  'GET /api/audit/verify': 'hash-chain check (counts only)',
  'GET /api/audit/head': 'the audit chain head (sequence and hash only), for witnessing',
  'GET /api/audit': 'the audit log (ids and codes only), under row-level security',
  'GET /api/audit/export': 'the audit log as CSV (ids and codes only), under row-level security',
};

type Credential = { email: string; password: string; role: string };
let db: Awaited<ReturnType<typeof createDemoTestDatabase>>['db'];
let app: StewardApp;
let credentials: Credential[];
let services: Services;
const bytes = (n: number) => new Uint8Array(randomBytes(n));

beforeAll(async () => {
  const demoDb = await createDemoTestDatabase();
  db = demoDb.db;
  // Two-factor sign-in off: the demo's cluster logins sign in with a password (see account.db.test.ts).
  services = createServices({
    db,
    clock: () => new Date(),
    randomBytes: bytes,
    config: { twoFactorRequired: false },
  });
  credentials = demoDb.demo.credentials;
  app = createApp({ services, config: { webDist: null, bodyLimitBytes: 1024 * 1024 } });
}, 120_000);
afterAll(async () => db?.close());

async function signIn(
  role: string,
  as?: { email: string; password: string },
): Promise<{ cookie: string; csrf: string }> {
  const c = as ?? credentials.find((x) => x.role === role)!;
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: c.email, password: c.password }),
  });
  expect(res.status).toBe(200);
  const session = (await res.json()) as { csrfToken: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: session.csrfToken };
}

const one = async <T>(q: string): Promise<T> => (await ownerSql<T>(db, q))[0]!;
const decisions = async () =>
  (await one<{ n: number }>(`select count(*)::int as n from audit_log where action = 'isp.decision'`)).n;

describe('ISP enforcement over the route table', () => {
  it('classifies every route: ISP-decided, owner-only, no organisation data, or a foundation route without data assets', () => {
    const classified = new Map(dataRoutes(app).map((r) => [`${r.method} ${r.path}`, r]));
    const unclassified = routeTable(app)
      .map((r) => `${r.method} ${r.path}`)
      .filter((k) => !classified.has(k) && !(k in NO_DATA_ASSET));
    expect(unclassified, 'routes that may return organisation data without an ISP classification').toEqual(
      [],
    );
    expect(
      [...classified.values()].filter((r) => r.release === 'isp-decision').length,
    ).toBeGreaterThanOrEqual(7);
  });

  it('every isp-decision route records a decision in the audit log when called', async () => {
    const imo = await signIn('cluster-imo');
    const fuda = await signIn('partner-im-officer');
    const pm = await one<{ id: string }>(
      `select e.id from registry_entries e where e.title like 'Protection monitoring household survey%'`,
    );
    const sites = await one<{ id: string; entry_id: string }>(
      `select f.id, f.entry_id from registry_files f join registry_entries e on e.id = f.entry_id where e.title like 'IDP site list%'`,
    );
    // The demo's first agreement: TRI's provincial figures to the cluster lead (the IMO's organisation).
    const agreement = await one<{ id: string }>(`select id from agreements order by reference limit 1`);
    const pending = await one<{ id: string }>(`select id from data_requests where status = 'pending'`);
    const service = await one<{ id: string }>(`select id from services order by name limit 1`);
    const publication = {
      title: 'Reached by province',
      dataType: '3w-4w-5w',
      aggregation: 'adm1',
      audience: 'cluster',
      table: {
        dimensions: [{ name: 'adm1', codes: [{ code: 'MZ01' }, { code: 'MZ02' }] }],
        rows: [
          { codes: ['MZ01'], count: 40 },
          { codes: ['MZ02'], count: 30 },
        ],
      },
    };
    const published = await app.request('/api/publications', {
      method: 'POST',
      headers: { cookie: imo.cookie, 'x-csrf-token': imo.csrf, 'content-type': 'application/json' },
      body: JSON.stringify(publication),
    });
    const publicationId = ((await published.json()) as { publication: { id: string } }).publication.id;
    const calls: Record<
      string,
      { who: { cookie: string; csrf: string }; path: string; method?: string; body?: unknown }
    > = {
      'GET /api/registry': { who: imo, path: '/api/registry' },
      'GET /api/catalogue': { who: fuda, path: '/api/catalogue' },
      'GET /api/registry/export': { who: imo, path: '/api/registry/export?format=csv' },
      'GET /api/registry/:id': { who: imo, path: `/api/registry/${pm.id}` },
      'GET /api/registry/:id/files/:fileId/download': {
        who: imo,
        path: `/api/registry/${sites.entry_id}/files/${sites.id}/download`,
      },
      'POST /api/isp/decide': {
        who: imo,
        path: '/api/isp/decide',
        method: 'POST',
        body: {
          facts: {
            dataType: '3w-4w-5w',
            aggregation: 'adm1',
            includesNames: false,
            includesCoordinates: false,
          },
          recipient: 'public',
        },
      },
      'POST /api/requests/:id/approve': {
        who: fuda,
        path: `/api/requests/${pending.id}/approve`,
        method: 'POST',
        body: {
          conditions: ['Aggregated outputs only'],
          startsOn: '2026-01-01',
          expiresOn: '2026-12-31',
          signatories: [{ name: 'A', role: 'Provider', organisation: 'FUDA', signedOn: '2026-01-01' }],
        },
      },
      'GET /api/agreements/:id/download': { who: imo, path: `/api/agreements/${agreement.id}/download` },
      'GET /api/reporting/frameworks/:code/table': {
        who: imo,
        path: '/api/reporting/frameworks/5w/table?period=2026-01&by=adm1,sex&audience=public',
      },
      'GET /api/directory/export': { who: imo, path: '/api/directory/export' },
      'GET /api/directory/export.zip': { who: imo, path: '/api/directory/export.zip' },
      'GET /api/directory/services': { who: imo, path: '/api/directory/services' },
      'GET /api/directory/services/:id': { who: imo, path: `/api/directory/services/${service.id}` },
      'POST /api/publications': { who: imo, path: '/api/publications', method: 'POST', body: publication },
      'POST /api/publications/:id/republish': {
        who: imo,
        path: `/api/publications/${publicationId}/republish`,
        method: 'POST',
      },
    };
    // A referral from the demo's RCSN caseworker to TRI, encrypted to both organisations' current keys.
    const keys = await ownerSql<{ acronym: string; id: string; public_key: string }>(
      db,
      `select o.acronym, k.id, k.public_key from referral_org_keys k join organisations o on o.id = k.organisation_id where k.retired_at is null and o.acronym in ('RCSN', 'TRI')`,
    );
    const triService = await one<{ id: string }>(
      `select s.id from services s join organisations o on o.id = s.organization_id where o.acronym = 'TRI' and s.referral_method = 'steward' limit 1`,
    );
    const referralId = crypto.randomUUID();
    calls['POST /api/referrals'] = {
      who: await signIn('caseworker'),
      path: '/api/referrals',
      method: 'POST',
      body: {
        id: referralId,
        to: 'TRI',
        serviceId: triService.id,
        priority: 'normal',
        adm2: 'MZ0101',
        consentChecked: true,
        content: await encryptContent(
          { payload: { caseCode: 'X-1' } },
          referralId,
          1,
          keys.map((k) => ({ keyId: k.id, publicKey: k.public_key })),
        ),
      },
    };
    // A consent override asked by TRI's focal point (a draft), for a second TRI focal point to approve.
    const amdTri = await ownerSql<{ id: string; public_key: string }>(
      db,
      `select k.id, k.public_key from referral_org_keys k join organisations o on o.id = k.organisation_id where k.retired_at is null and o.acronym in ('AMD', 'TRI')`,
    );
    const amdService = await one<{ id: string }>(
      `select s.id from services s join organisations o on o.id = s.organization_id where o.acronym = 'AMD' and s.referral_method = 'steward' limit 1`,
    );
    const draftId = crypto.randomUUID();
    const tri = (await services.organisations.list(systemCaller('test'))).find((o) => o.acronym === 'TRI')!;
    const [first, second] = [1, 2].map((n) => ({
      email: `focal-point-${n}.tri@demo.example.org`,
      password: `focal-point-${n}-password`,
    }));
    for (const who of [first!, second!])
      await services.users.create(systemCaller('test'), {
        ...who,
        displayName: who.email,
        memberships: [{ organisationId: tri.id, role: 'partner-focal-point' }],
      });
    const fp = await signIn('partner-focal-point', first);
    const asked = await app.request('/api/referrals', {
      method: 'POST',
      headers: { cookie: fp.cookie, 'x-csrf-token': fp.csrf, 'content-type': 'application/json' },
      body: JSON.stringify({
        id: draftId,
        to: 'AMD',
        serviceId: amdService.id,
        priority: 'urgent',
        adm2: 'MZ0101',
        consentChecked: true,
        consentCovered: false,
        override: { legalBasis: 'vital_interest' },
        content: await encryptContent(
          { payload: { caseCode: 'X-2' } },
          draftId,
          1,
          amdTri.map((k) => ({ keyId: k.id, publicKey: k.public_key })),
        ),
      }),
    });
    expect(asked.status, await asked.clone().text()).toBe(201);
    calls['POST /api/referrals/:id/override-decision'] = {
      who: await signIn('partner-focal-point', second),
      path: `/api/referrals/${draftId}/override-decision`,
      method: 'POST',
      body: { decision: 'approved' },
    };
    calls['GET /api/referrals/stats'] = {
      who: await signIn('cluster-coordinator'),
      path: '/api/referrals/stats?by=service,state',
    };
    const decided = dataRoutes(app).filter((r) => r.release === 'isp-decision');
    for (const route of decided) {
      const key = `${route.method} ${route.path}`;
      const call = calls[key];
      expect(call, `no call fixture for the isp-decision route ${key}: add one`).toBeDefined();
      const before = await decisions();
      const res = await app.request(call!.path, {
        method: call!.method ?? 'GET',
        headers: {
          cookie: call!.who.cookie,
          'x-csrf-token': call!.who.csrf,
          ...(call!.body ? { 'content-type': 'application/json' } : {}),
        },
        ...(call!.body ? { body: JSON.stringify(call!.body) } : {}),
      });
      expect([200, 201, 403], `${key} answered ${res.status}: ${await res.clone().text()}`).toContain(
        res.status,
      );
      expect(await decisions(), `${key} did not record an ISP decision`).toBeGreaterThan(before);
    }
  }, 120_000);
});
