// Issue 7 §5 over HTTP, "an expired agreement still gives the file": the demo's agreement of
// FUDA's site list to TRI (ends in 10 days) is followed past its expiry with a movable clock.
// Before: GET /api/agreements/{id}/download refused, but GET /api/registry/{entry}/files/{file}/download
// gave the file (decision allow) and the entry stayed in TRI's list. Now both refuse and the entry
// is gone. Runs on PGlite, or the server named by TEST_DATABASE_URL.
// eslint-disable-next-line no-restricted-imports -- tests need a database; the API code itself never imports db
import { ownerSql } from '@steward/db/testing';
import { createDemoTestDatabase } from '@steward/services/test-support/demo-database';
import { createServices } from '@steward/services';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type StewardApp } from './app';

type Credential = { email: string; password: string; role: string; organisationAcronym: string };
let db: Awaited<ReturnType<typeof createDemoTestDatabase>>['db'];
let app: StewardApp;
let credentials: Credential[];
const clock = { now: new Date() };
const bytes = (n: number) => new Uint8Array(randomBytes(n));

beforeAll(async () => {
  const demoDb = await createDemoTestDatabase();
  db = demoDb.db;
  const services = createServices({ db, clock: () => clock.now, randomBytes: bytes, config: {} });
  credentials = demoDb.demo.credentials;
  app = createApp({ services, config: { webDist: null, bodyLimitBytes: 1024 * 1024 } });
}, 120_000);
afterAll(async () => db?.close());

async function signIn(acronym: string): Promise<string> {
  const c = credentials.find((x) => x.organisationAcronym === acronym && x.role === 'partner-focal-point')!;
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: c.email, password: c.password }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  // Act for the login's own organisation (the demo's first focal point may land in another).
  const session = (await res.json()) as {
    csrfToken: string;
    memberships: { organisationId: string; acronym: string }[];
  };
  const own = session.memberships.find((m) => m.acronym === acronym)!;
  const switched = await app.request('/api/me/active-organisation', {
    method: 'PUT',
    headers: { cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({ organisationId: own.organisationId }),
  });
  expect(switched.status).toBe(200);
  return cookie;
}

describe('hole: an expired agreement still gives the file (issue 7 §5), over HTTP', () => {
  it('at expiry both download routes refuse and the entry leaves the recipient’s list', async () => {
    const a = (
      await ownerSql<{ id: string; entry: string; file: string; expires_on: string }>(
        db,
        `select a.id, a.registry_entry_id as entry, a.file_id as file, a.expires_on from agreements a
           join registry_entries e on e.id = a.registry_entry_id where e.title like 'IDP site list%'`,
      )
    )[0]!;
    expect(a.file).toBeTruthy();
    const reach = async () => {
      const cookie = await signIn('TRI');
      const get = (path: string) => app.request(path, { headers: { cookie } });
      const list = (await (await get('/api/registry')).json()) as { items: { id: string }[] };
      return {
        listed: list.items.some((i) => i.id === a.entry),
        entry: (await get(`/api/registry/${a.entry}`)).status,
        registryDownload: (await get(`/api/registry/${a.entry}/files/${a.file}/download`)).status,
        agreementDownload: (await get(`/api/agreements/${a.id}/download`)).status,
      };
    };
    expect(await reach()).toEqual({
      listed: true,
      entry: 200,
      registryDownload: 200,
      agreementDownload: 200,
    });
    clock.now = new Date(`${a.expires_on}T12:00:00.000Z`); // the last day still counts
    expect((await reach()).registryDownload).toBe(200);
    clock.now = new Date(Date.parse(`${a.expires_on}T12:00:00.000Z`) + 86_400_000);
    expect(await reach()).toEqual({
      listed: false,
      entry: 404,
      registryDownload: 404,
      agreementDownload: 403,
    });
  });
});
