// The cluster catalogue over HTTP (issue 8), on the demo response: a partner sees other members'
// shared entries as metadata with the ISP's answer, not what the ISP keeps with its owner nor
// entries kept from the cluster; every role of a member may read it; no session → 401; bad
// filters → 400 naming the field.
// eslint-disable-next-line no-restricted-imports -- tests need a database; the API code itself never imports db
import { createTestDatabase } from '@steward/db/testing';
import { createServices } from '@steward/services';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type StewardApp } from '../app';

type Credential = { email: string; password: string; role: string };
type Item = { title: string; organisationAcronym: string; access: string; canRequest: boolean; own: boolean };
type Page = { items: Item[]; total: number; pages: number; page: number; ispVersion: string | null };
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let app: StewardApp;
let credentials: Credential[];

beforeAll(async () => {
  db = await createTestDatabase();
  const services = createServices({
    db,
    clock: () => new Date(),
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { twoFactorRequired: false },
  });
  credentials = (await services.demo.load()).credentials;
  app = createApp({ services, config: { webDist: null } });
}, 120_000);
afterAll(async () => db?.close());

async function cookieOf(email: string): Promise<string> {
  const c = credentials.find((x) => x.email === email)!;
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: c.email, password: c.password }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

const get = (cookie: string | null, query = '') =>
  app.request(`/api/catalogue${query}`, { headers: cookie ? { cookie } : {} });

async function page(cookie: string, query = ''): Promise<Page> {
  const res = await get(cookie, query);
  expect(res.status).toBe(200);
  return (await res.json()) as Page;
}

describe('GET /api/catalogue', () => {
  it("gives a partner other members' shared entries with the ISP's answer, and nothing the ISP keeps with its owner", async () => {
    const fuda = await cookieOf('im-officer@demo.example.org');
    const all = await page(fuda, '?pageSize=100');
    expect(all.ispVersion).not.toBeNull();
    const titles = all.items.map((i) => i.title);
    expect(titles).toContain('Protection monitoring dashboard — provincial figures');
    // Severe, not shared by the ISP: the raw household survey; kept from the cluster: legal aid cases.
    expect(titles).not.toContain('Protection monitoring household survey — raw responses');
    expect(titles).not.toContain('Legal aid case management');
    const dashboard = all.items.find((i) => i.title.startsWith('Protection monitoring dashboard'))!;
    expect(dashboard).toMatchObject({ organisationAcronym: 'TRI', access: 'on-request', canRequest: true });
    expect(
      all.items.filter((i) => i.own).every((i) => i.organisationAcronym === 'FUDA' && !i.canRequest),
    ).toBe(true);
    const raw = (await (await get(fuda, '?pageSize=100')).text()).toLowerCase();
    for (const field of ['"description"', '"purpose"', '"focalpoint"', '"storagelocation"'])
      expect(raw).not.toContain(field);

    const searched = await page(fuda, '?q=DASHBOARD&requestable=true');
    expect(searched.items.map((i) => i.title)).toEqual([
      'Protection monitoring dashboard — provincial figures',
    ]);
    const paged = await page(fuda, '?pageSize=2&page=2');
    expect(paged).toMatchObject({ page: 2, total: all.total });
    expect(paged.items).toHaveLength(2);
  });

  it('answers every role of a member organisation, the same entries', async () => {
    const viewer = await page(await cookieOf('viewer@demo.example.org'), '?pageSize=100');
    const caseworker = await page(await cookieOf('caseworker@demo.example.org'), '?pageSize=100');
    const others = (p: Page) => p.items.filter((i) => !i.own).map((i) => i.title);
    expect(others(viewer).length).toBeGreaterThan(3);
    expect(others(viewer)).not.toContain('Protection monitoring household survey — raw responses');
    expect(caseworker.items.filter((i) => !i.own).every((i) => i.canRequest)).toBe(true);
  });

  it('refuses without a session (401) and names a bad filter (400)', async () => {
    expect((await get(null)).status).toBe(401);
    const fuda = await cookieOf('im-officer@demo.example.org');
    for (const [query, field] of [
      ['?pageSize=1000', 'pageSize'],
      ['?owner=not-an-id', 'owner'],
      ['?sensitivity=extreme', 'sensitivity'],
      ['?page=0', 'page'],
    ] as const) {
      const res = await get(fuda, query);
      expect(res.status, query).toBe(400);
      expect(JSON.stringify(await res.json())).toContain(field);
    }
  });
});
