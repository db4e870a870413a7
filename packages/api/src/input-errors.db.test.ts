// Issue 7 §3, "a NUL byte gives 500": every route that takes a JSON body is walked from the route
// table; each string field of a realistic body (and each key) gets a NUL byte in turn and the
// answer must be 400 naming that field, with nothing printed to the log. Runs on PGlite, or the
// server named by TEST_DATABASE_URL, with the demo loaded.
// eslint-disable-next-line no-restricted-imports -- tests need a database; the API code itself never imports db
import { ownerSql } from '@steward/db/testing';
import { createDemoTestDatabase } from '@steward/services/test-support/demo-database';
import { createServices } from '@steward/services';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, routeTable, type StewardApp } from './app';

type Credential = { email: string; password: string; role: string };
type Signed = { cookie: string; csrf: string };
let db: Awaited<ReturnType<typeof createDemoTestDatabase>>['db'];
let app: StewardApp;
let credentials: Credential[];
const bytes = (n: number) => new Uint8Array(randomBytes(n));

beforeAll(async () => {
  const demoDb = await createDemoTestDatabase();
  db = demoDb.db;
  // Two-factor sign-in off: the demo's cluster and admin logins sign in with a password (see routes/account.db.test.ts).
  const services = createServices({
    db,
    clock: () => new Date(),
    randomBytes: bytes,
    config: { twoFactorRequired: false },
  });
  credentials = demoDb.demo.credentials;
  app = createApp({ services, config: { webDist: null, bodyLimitBytes: 1024 * 1024 } });
}, 120_000);
afterAll(async () => db?.close());

const cred = (role: string) => credentials.find((x) => x.role === role)!;

async function signIn(role: string): Promise<Signed> {
  const c = cred(role);
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

/** Every path to a string leaf (and every object key) of a JSON value, as the API names fields. */
function stringPaths(value: unknown, prefix: string[] = []): { path: string[]; key: boolean }[] {
  if (typeof value === 'string') return [{ path: prefix, key: false }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...prefix, String(i)]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => [
      { path: [...prefix, k], key: true },
      ...stringPaths(v, [...prefix, k]),
    ]);
  }
  return [];
}

/** A copy of `value` with a NUL byte put into the string (or the key) at `path`. */
function withNul(value: unknown, path: string[], key: boolean): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return `${value as string}\u0000x`;
  if (Array.isArray(value)) return value.map((v, i) => (String(i) === head ? withNul(v, rest, key) : v));
  const o = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(o).map(([k, v]) =>
      k === head ? (key && rest.length === 0 ? [`${k}\u0000`, v] : [k, withNul(v, rest, key)]) : [k, v],
    ),
  );
}

const keyOf = (r: { method: string; path: string }) => `${r.method} ${r.path}`;

describe('hole: a NUL byte gives 500 (issue 7 §3)', () => {
  it('every route that takes a JSON body answers 400 naming the field for a NUL in any string field or key, and logs nothing', async () => {
    const admin = await signIn('admin');
    const coordinator = await signIn('cluster-coordinator');
    const un = await signIn('partner-im-officer');
    const fuda = un; // the UN agency's IM officer manages its registry and its requests
    const org = await one<{ id: string }>(`select id from organisations where acronym = 'DPCCU'`);
    const member = await one<{ user_id: string }>(
      `select user_id from memberships where organisation_id = '${org.id}' limit 1`,
    );
    const own = await one<{ id: string; organisation_id: string }>(
      `select e.id, e.organisation_id from registry_entries e join memberships m on m.organisation_id = e.organisation_id join users u on u.id = m.user_id where u.email = '${cred('partner-im-officer').email}' limit 1`,
    );
    const shared = await one<{ id: string }>(
      `select id from registry_entries where shared_with_cluster and organisation_id <> '${own.organisation_id}' limit 1`,
    );
    // `one` gives undefined when no row matches: an entry without a file takes a made-up file id.
    const file = (await one<{ id: string; entry_id: string } | undefined>(
      `select f.id, f.entry_id from registry_files f where f.entry_id = '${own.id}' limit 1`,
    )) ?? { id: crypto.randomUUID(), entry_id: own.id };
    const isp = await one<{ id: string }>(`select id from isp_versions order by created_at desc limit 1`);
    const pending = await one<{ id: string }>(
      `select id from data_requests where status = 'pending' limit 1`,
    );
    const agreement = await one<{ id: string }>(`select id from agreements limit 1`);
    const fudaService = await one<{ id: string }>(
      `select s.id from services s join organisations o on o.id = s.organization_id where o.acronym = 'FUDA' limit 1`,
    );
    const serviceBody = {
      name: 'A service',
      serviceType: 'legal',
      referralMethod: 'steward',
      languages: ['pt'],
    };
    const incident = (await (
      await app.request('/api/incidents', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: un.cookie, 'x-csrf-token': un.csrf },
        body: JSON.stringify({ title: 'Fixture incident', type: 'other', personalData: false }),
      })
    ).json()) as { id: string };
    const dia = (await (
      await app.request('/api/assessments', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: un.cookie, 'x-csrf-token': un.csrf },
        body: JSON.stringify({ title: 'Fixture assessment' }),
      })
    ).json()) as { id: string };
    const riskBody = {
      principles: ['confidentiality'],
      threat: 'Seizure of a laptop',
      vulnerability: 'Unencrypted files',
      likelihood: 'unknown',
      severity: 'severe',
      existingControls: 'None',
      measures: [{ text: 'Encrypt disks', owner: 'IT', due: '2027-01-31' }],
      residualLikelihood: 'rare',
      residualSeverity: 'severe',
    };
    const diaRisk = (
      (await (
        await app.request(`/api/assessments/${dia.id}/risks`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: un.cookie, 'x-csrf-token': un.csrf },
          body: JSON.stringify(riskBody),
        })
      ).json()) as { risks: { id: string }[] }
    ).risks[0]!;
    const round = await one<{ id: string }>(`select id from diagnostic_rounds where status = 'open' limit 1`);
    const submitted = await one<{ id: string }>(`select id from reports where state = 'submitted' limit 1`);
    const plan = await one<{ id: string }>(
      `select id from diagnostic_actions where round_id = '${round.id}' limit 1`,
    );

    const entry = {
      title: 'Market monitoring',
      description: 'Prices of basic items',
      purpose: 'Plan cash assistance',
      kind: 'asset',
      dataTypes: ['3w-4w-5w'],
      dataSubjects: 'Traders',
      collectionMethod: 'survey',
      storageLocation: 'Shared drive',
      accessDescription: 'IM team',
      aggregationLevel: 'adm2',
      retentionPeriod: 'Two years',
      destructionMethod: 'Secure deletion',
      focalPoint: 'IM officer',
      nextReviewOn: '2027-01-01',
    };
    const request = {
      registryEntryId: shared.id,
      purpose: 'Plan the response in the province',
      intendedUse: 'Joint analysis with the cluster',
      recipients: 'Our IM team',
      requestedDurationDays: 90,
      contactEmail: 'im@un.example.org',
    };
    const calls: Record<string, { who: Signed | null; path: string; body: unknown }> = {
      'POST /api/auth/login': {
        who: null,
        path: '/api/auth/login',
        body: { email: cred('viewer').email, password: cred('viewer').password },
      },
      'PUT /api/me/active-organisation': {
        who: coordinator,
        path: '/api/me/active-organisation',
        body: { organisationId: org.id },
      },
      'PUT /api/me/language': { who: coordinator, path: '/api/me/language', body: { language: 'fr' } },
      'POST /api/auth/second-factor': {
        who: coordinator,
        path: '/api/auth/second-factor',
        body: { code: '123456' },
      },
      'POST /api/me/two-factor/confirmation': {
        who: coordinator,
        path: '/api/me/two-factor/confirmation',
        body: { code: '123456' },
      },
      'POST /api/me/two-factor/disable': {
        who: coordinator,
        path: '/api/me/two-factor/disable',
        body: { password: 'a password' },
      },
      'PUT /api/me/password': {
        who: coordinator,
        path: '/api/me/password',
        body: { currentPassword: 'a password', newPassword: 'a new long password' },
      },
      'POST /api/organisations': {
        who: admin,
        path: '/api/organisations',
        body: { name: 'New partner', acronym: 'NEWP', type: 'other' },
      },
      'PATCH /api/organisations/:organisationId': {
        who: admin,
        path: `/api/organisations/${org.id}`,
        body: { name: 'Renamed partner' },
      },
      'POST /api/organisations/:organisationId/members': {
        who: admin,
        path: `/api/organisations/${org.id}/members`,
        body: { email: cred('viewer').email, role: 'viewer' },
      },
      'PATCH /api/organisations/:organisationId/members/:userId': {
        who: admin,
        path: `/api/organisations/${org.id}/members/${member.user_id}`,
        body: { role: 'viewer' },
      },
      'POST /api/users': {
        who: admin,
        path: '/api/users',
        body: {
          email: 'new.user@demo.example.org',
          displayName: 'New User',
          password: 'a long enough password',
          memberships: [{ organisationId: org.id, role: 'viewer' }],
        },
      },
      'POST /api/tokens': { who: coordinator, path: '/api/tokens', body: { name: 'script' } },
      'POST /api/isp/versions': { who: coordinator, path: '/api/isp/versions', body: { from: isp.id } },
      'PUT /api/isp/versions/:id': {
        who: coordinator,
        path: `/api/isp/versions/${isp.id}`,
        body: { isp: { title: 'ISP', notes: ['a note'] } },
      },
      'POST /api/isp/versions/:id/status': {
        who: coordinator,
        path: `/api/isp/versions/${isp.id}/status`,
        body: { status: 'draft' },
      },
      'POST /api/isp/decide': {
        who: coordinator,
        path: '/api/isp/decide',
        body: {
          facts: {
            dataType: '3w-4w-5w',
            aggregation: 'adm1',
            includesNames: false,
            includesCoordinates: false,
          },
          recipient: 'public',
          purpose: 'coordination',
          form: 'share',
        },
      },
      'POST /api/registry': { who: un, path: '/api/registry', body: entry },
      'PATCH /api/registry/:id': {
        who: un,
        path: `/api/registry/${own.id}`,
        body: { title: 'Renamed entry' },
      },
      'POST /api/registry/:id/files/:fileId/confirm': {
        who: un,
        path: `/api/registry/${file.entry_id}/files/${file.id}/confirm`,
        body: { action: 'accept', justification: 'Checked by hand, nothing personal' },
      },
      'POST /api/requests': { who: un, path: '/api/requests', body: request },
      'POST /api/public/requests': {
        who: null,
        path: '/api/public/requests',
        body: { ...request, requesterName: 'A Researcher', requesterOrganisation: 'University' },
      },
      'POST /api/requests/:id/approve': {
        who: fuda,
        path: `/api/requests/${pending.id}/approve`,
        body: {
          conditions: ['Aggregated outputs only'],
          startsOn: '2026-01-01',
          expiresOn: '2030-12-31',
          signatories: [{ name: 'A', role: 'Provider', organisation: 'FUDA', signedOn: '2026-01-01' }],
        },
      },
      'POST /api/requests/:id/reject': {
        who: fuda,
        path: `/api/requests/${pending.id}/reject`,
        body: { reason: 'Not shareable now' },
      },
      'POST /api/incidents': {
        who: un,
        path: '/api/incidents',
        body: { title: 'Laptop lost', type: 'loss-or-theft', personalData: false },
      },
      'POST /api/incidents/types': {
        who: coordinator,
        path: '/api/incidents/types',
        body: {
          code: 'cyber-attack',
          labels: { en: 'Cyber', fr: 'Cyber', es: 'Ciber', pt: 'Ciber', ar: 'سيبراني' },
        },
      },
      'PATCH /api/incidents/types/:code': {
        who: coordinator,
        path: '/api/incidents/types/cyber-attack',
        body: { labels: { fr: 'Cyberattaque', ar: 'سيبراني' } },
      },
      'PUT /api/guidance/overrides/:id/:language': {
        who: coordinator,
        path: '/api/guidance/overrides/registry.sensitivity/fr',
        body: { title: 'Sensibilité', why: 'Texte du cluster' },
      },
      'PATCH /api/incidents/:id': {
        who: un,
        path: `/api/incidents/${incident.id}`,
        body: { description: 'More facts', treatment: [{ action: 'Wipe', owner: 'IT' }] },
      },
      'POST /api/incidents/:id/severity': {
        who: un,
        path: `/api/incidents/${incident.id}/severity`,
        body: { severity: 'high', reason: 'Raised' },
      },
      'POST /api/incidents/:id/state': {
        who: un,
        path: `/api/incidents/${incident.id}/state`,
        body: { state: 'classified' },
      },
      'POST /api/incidents/:id/duties/:dutyId/done': {
        who: un,
        path: `/api/incidents/${incident.id}/duties/${incident.id}/done`,
        body: { channel: 'phone' },
      },
      'POST /api/assessments': {
        who: un,
        path: '/api/assessments',
        body: { title: 'A DIA', scope: 'Case files', entryIds: [own.id], reviewDue: '2027-06-30' },
      },
      'PATCH /api/assessments/:id': {
        who: un,
        path: `/api/assessments/${dia.id}`,
        body: { title: 'A DIA', scope: 'Case files', reviewDue: '2027-06-30' },
      },
      'PUT /api/assessments/:id/steps/:step': {
        who: un,
        path: `/api/assessments/${dia.id}/steps/need`,
        body: { state: 'complete', answer: 'Personal data of survivors' },
      },
      'POST /api/assessments/:id/risks': {
        who: un,
        path: `/api/assessments/${dia.id}/risks`,
        body: riskBody,
      },
      'PUT /api/assessments/:id/risks/:riskId': {
        who: un,
        path: `/api/assessments/${dia.id}/risks/${diaRisk.id}`,
        body: riskBody,
      },
      'PUT /api/diagnostic/question-set': {
        who: coordinator,
        path: '/api/diagnostic/question-set',
        body: {
          items: [
            {
              id: 'x',
              action: 'isp',
              principles: ['quality'],
              scope: 'both',
              text: 'T',
              guidance: 'G',
              evidence: 'E',
            },
          ],
        },
      },
      'POST /api/diagnostic/rounds': {
        who: coordinator,
        path: '/api/diagnostic/rounds',
        body: { title: 'Round' },
      },
      'PUT /api/diagnostic/rounds/:id/response': {
        who: un,
        path: `/api/diagnostic/rounds/${round.id}/response`,
        body: { answers: [{ itemId: 'reg.coverage', status: 'in_place', note: 'A note' }] },
      },
      'POST /api/diagnostic/rounds/:id/actions': {
        who: un,
        path: `/api/diagnostic/rounds/${round.id}/actions`,
        body: { itemId: 'reg.coverage', title: 'Do it', owner: 'IM officer', dueOn: '2027-01-01' },
      },
      'PATCH /api/diagnostic/actions/:id': {
        who: coordinator,
        path: `/api/diagnostic/actions/${plan.id}`,
        body: { owner: 'Cluster IMO' },
      },
      'POST /api/directory/services': { who: un, path: '/api/directory/services', body: serviceBody },
      'PUT /api/directory/services/:id': {
        who: un,
        path: `/api/directory/services/${fudaService.id}`,
        body: serviceBody,
      },
      'POST /api/directory/import': {
        who: un,
        path: '/api/directory/import',
        body: { name: 'A service', status: 'active' },
      },
      'PUT /api/directory/taxonomy': {
        who: coordinator,
        path: '/api/directory/taxonomy',
        body: { code: 'mine-action', name: 'Mine action', description: 'Risk education' },
      },
      'POST /api/retention': {
        who: un,
        path: '/api/retention',
        body: {
          registryEntryId: own.id,
          periodMonths: 12,
          trigger: 'collection',
          triggerOn: '2026-01-01',
          destructionMethod: 'Crypto-shredding',
        },
      },
      'POST /api/retention/copies/:id/confirm': {
        who: un,
        path: `/api/retention/copies/${crypto.randomUUID()}/confirm`,
        body: { method: 'Deleted from the drive and its backups' },
      },
      'PUT /api/referrals/keys/user': {
        who: coordinator,
        path: '/api/referrals/keys/user',
        body: { publicKey: 'BAAA', wrappedPrivateKey: { kdf: 'PBKDF2-SHA256', salt: 'AA' } },
      },
      'POST /api/referrals/keys/organisation': {
        who: coordinator,
        path: '/api/referrals/keys/organisation',
        body: {
          keyId: crypto.randomUUID(),
          publicKey: 'BAAA',
          grants: [{ userId: member.user_id, box: { enc: 'A', ct: 'B' } }],
        },
      },
      'POST /api/referrals/keys/grants': {
        who: coordinator,
        path: '/api/referrals/keys/grants',
        body: { keyId: crypto.randomUUID(), userId: member.user_id, box: { enc: 'A', ct: 'B' } },
      },
      'POST /api/referrals/keys/recovery/complete': {
        who: coordinator,
        path: '/api/referrals/keys/recovery/complete',
        body: {
          keyId: crypto.randomUUID(),
          challengeId: crypto.randomUUID(),
          answer: 'AAAAAAAAAAAAAAAAAAAAAA',
          box: { enc: 'A', ct: 'B' },
        },
      },
      'POST /api/referrals': {
        who: coordinator,
        path: '/api/referrals',
        body: {
          id: crypto.randomUUID(),
          to: 'TRI',
          priority: 'normal',
          adm2: 'MZ0101',
          content: { iv: 'A', ct: 'B' },
        },
      },
      'PATCH /api/referrals/:id': {
        who: coordinator,
        path: `/api/referrals/${crypto.randomUUID()}`,
        body: { state: 'accepted', outcome: 'service_provided' },
      },
      'POST /api/referrals/:id/override-decision': {
        who: coordinator,
        path: `/api/referrals/${crypto.randomUUID()}/override-decision`,
        body: { decision: 'approved' },
      },
      'POST /api/agreements/:id/revoke': {
        who: fuda,
        path: `/api/agreements/${agreement.id}/revoke`,
        body: { reason: 'The purpose has ended' },
      },
      'POST /api/reporting/frameworks': {
        who: coordinator,
        path: '/api/reporting/frameworks',
        body: {
          code: 'nul-test',
          name: 'NUL test',
          dataType: '3w-4w-5w',
          countryIso3: 'MOZ',
          indicators: [],
        },
      },
      'PUT /api/reporting/frameworks/:code/reports/:period/entries': {
        who: coordinator,
        path: '/api/reporting/frameworks/5w/reports/2026-02/entries',
        body: {
          entries: [
            { indicator: 'pm-people', adm1: 'MZ01', adm2: 'MZ0101', cells: { '#reached+f+children': 3 } },
          ],
          reason: 'Corrected figures',
        },
      },
      'POST /api/reporting/reports/:id/return': {
        who: coordinator,
        path: `/api/reporting/reports/${submitted.id}/return`,
        body: { comment: 'Please check the figures' },
      },
      'POST /api/publications/:id/republish': {
        who: coordinator,
        path: `/api/publications/${crypto.randomUUID()}/republish`,
        body: { assessmentId: crypto.randomUUID() },
      },
      'POST /api/publications': {
        who: coordinator,
        path: '/api/publications',
        body: {
          title: 'Reached by province',
          dataType: '3w-4w-5w',
          aggregation: 'adm1',
          audience: 'cluster',
          table: {
            dimensions: [{ name: 'adm1', codes: [{ code: 'MZ01' }] }],
            rows: [{ codes: ['MZ01'], count: 9 }],
          },
        },
      },
    };

    const bodyRoutes = routeTable(app).filter((r) => r.jsonBody);
    expect(bodyRoutes.length).toBeGreaterThanOrEqual(Object.keys(calls).length);
    const logged: string[] = [];
    const spies = (['error', 'warn', 'log', 'info'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(' '));
      }),
    );
    const missing = bodyRoutes.map(keyOf).filter((k) => !calls[k]);
    expect(missing, 'JSON-body routes without a NUL fixture: add one for each').toEqual([]);
    const failures: string[] = [];
    try {
      for (const route of bodyRoutes) {
        const call = calls[keyOf(route)];
        expect(call, `no NUL fixture for the JSON-body route ${keyOf(route)}: add one`).toBeDefined();
        const paths = stringPaths(call!.body);
        expect(paths.length, `${keyOf(route)} fixture has no string field`).toBeGreaterThan(0);
        for (const { path, key } of paths) {
          const res = await app.request(call!.path, {
            method: route.method,
            headers: {
              'content-type': 'application/json',
              ...(call!.who ? { cookie: call!.who.cookie, 'x-csrf-token': call!.who.csrf } : {}),
            },
            body: JSON.stringify(withNul(call!.body, path, key)),
          });
          const text = await res.text();
          const named = path.join('.') || '(body)';
          const error = (JSON.parse(text) as { error?: { fields?: { path: string }[] } }).error;
          if (res.status !== 400 || !error?.fields?.some((f) => f.path === named))
            failures.push(
              `${keyOf(route)} ${key ? 'key' : 'field'} ${named}: ${res.status} ${text.slice(0, 160)}`,
            );
        }
      }
    } finally {
      for (const s of spies) s.mockRestore();
    }
    expect(failures).toEqual([]);
    expect(logged.filter((l) => l.includes('\u0000') || /x"?$/.test(l))).toEqual([]);
  }, 240_000);

  it('a NUL in a query parameter or an uploaded file name is a 400 naming it, not a 500', async () => {
    const un = await signIn('partner-im-officer');
    const list = await app.request(`/api/registry?q=${encodeURIComponent('abc\u0000')}`, {
      headers: { cookie: un.cookie },
    });
    expect(list.status).toBe(400);
    expect(((await list.json()) as { error: { fields: { path: string }[] } }).error.fields).toContainEqual(
      expect.objectContaining({ path: 'q' }),
    );
    const own = await one<{ id: string }>(
      `select e.id from registry_entries e join memberships m on m.organisation_id = e.organisation_id join users u on u.id = m.user_id where u.email = '${cred('partner-im-officer').email}' limit 1`,
    );
    const form = new FormData();
    form.append(
      'file',
      new File([new TextEncoder().encode('a,b\n1,2\n')], 'list\u0000.csv', { type: 'text/csv' }),
    );
    const upload = await app.request(`/api/registry/${own.id}/files`, {
      method: 'POST',
      headers: { cookie: un.cookie, 'x-csrf-token': un.csrf },
      body: form,
    });
    expect(upload.status, await upload.clone().text()).toBe(400);
    expect(((await upload.json()) as { error: { fields: { path: string }[] } }).error.fields).toContainEqual(
      expect.objectContaining({ path: 'file' }),
    );
  });

  // Attack review (attack, 2026-12-07 night): bytes that are not UTF-8 were decoded with U+FFFD in
  // their place and stored (POST /api/assessments answered 201 with a title of three U+FFFD).
  it('a JSON body that is not UTF-8 is a 400 naming the body on every JSON route, and nothing is stored', async () => {
    const tri = await signIn('partner-focal-point');
    const before = await one<{ n: number }>(`select count(*)::int as n from impact_assessments`);
    const bad = new Uint8Array([
      ...new TextEncoder().encode('{"title":"'),
      0xff,
      0xfe,
      0xc3,
      ...new TextEncoder().encode('","scope":"x","name":"x","email":"x@example.org","password":"x"}'),
    ]);
    const failures: string[] = [];
    for (const route of routeTable(app).filter((r) => r.jsonBody)) {
      const path = route.path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
      const res = await app.request(path, {
        method: route.method,
        headers: { cookie: tri.cookie, 'x-csrf-token': tri.csrf, 'content-type': 'application/json' },
        body: bad,
      });
      const text = await res.text();
      const fields =
        res.status === 400
          ? (JSON.parse(text) as { error: { fields?: { path: string }[] } }).error.fields
          : [];
      if (res.status !== 400 || !fields?.some((f) => f.path === '(body)'))
        failures.push(`${keyOf(route)}: ${res.status} ${text.slice(0, 160)}`);
    }
    expect(failures).toEqual([]);
    expect((await one<{ n: number }>(`select count(*)::int as n from impact_assessments`)).n).toBe(before.n);
    // Valid UTF-8 (and a byte order mark) still reaches the route.
    const ok = await app.request('/api/assessments', {
      method: 'POST',
      headers: {
        cookie: tri.cookie,
        'x-csrf-token': tri.csrf,
        'content-type': 'application/json; charset=utf-8',
      },
      body: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"title":"Évaluation ✓"}')]),
    });
    expect(ok.status, await ok.clone().text()).toBe(201);
    expect(((await ok.json()) as { title: string }).title).toBe('Évaluation ✓');
  });
});
