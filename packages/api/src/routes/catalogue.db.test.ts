// The cluster catalogue over HTTP (issue 8), on the demo response: a partner sees other members'
// shared entries as metadata with the ISP's answer, not what the ISP keeps with its owner nor
// entries kept from the cluster; every role of a member may read it; no session → 401; bad
// filters → 400 naming the field.
// eslint-disable-next-line no-restricted-imports -- tests need a database; the API code itself never imports db
import { ownerSql } from '@steward/db/testing';
import { describe, expect, it } from 'vitest';
import { demoAppForFile, sendAs, signInTo, type Signed } from '../test-support/demo-app';

type Item = { title: string; organisationAcronym: string; access: string; canRequest: boolean; own: boolean };
type Page = { items: Item[]; total: number; pages: number; page: number; ispVersion: string | null };
const demo = demoAppForFile();
const session = (email: string) =>
  signInTo(
    demo.app,
    demo.credentials.find((x) => x.email === email)!,
  );
const cookieOf = async (email: string) => (await session(email)).cookie;

const get = (cookie: string | null, query = '') =>
  demo.app.request(`/api/catalogue${query}`, { headers: cookie ? { cookie } : {} });

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

describe('POST /api/requests applies the catalogue rule', () => {
  const request = (s: Signed, registryEntryId: string) =>
    sendAs(demo.app, s, 'POST', '/api/requests', {
      registryEntryId,
      purpose: 'Joint analysis.',
      intendedUse: 'Aggregated figures.',
      recipients: 'IM team',
      requestedDurationDays: 30,
      contactEmail: 'im-officer@demo.example.org',
    });
  const idOf = async (title: string) =>
    (await ownerSql<{ id: string }>(demo.db, `select id from registry_entries where title = '${title}'`))[0]!
      .id;

  it('answers 404 for an entry the catalogue hides, as for an unknown id, and files one it shows', async () => {
    const fuda = await session('im-officer@demo.example.org');
    const hidden = await idOf('Protection monitoring household survey — raw responses');
    // Shared with the cluster (so it was requestable by id before), but the ISP keeps it with TRI.
    const [shared] = await ownerSql<{ s: boolean }>(
      demo.db,
      `select shared_with_cluster as s from registry_entries where id = '${hidden}'`,
    );
    expect(shared?.s).toBe(true);
    const refused = await request(fuda, hidden);
    expect(refused.status).toBe(404);
    const unknown = await request(fuda, '00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    const body = await refused.text();
    expect(body).toBe(await unknown.text());
    expect(body).not.toContain('household survey');
    const [{ n } = { n: 0 }] = await ownerSql<{ n: number }>(
      demo.db,
      `select count(*)::int as n from data_requests where registry_entry_id = '${hidden}'`,
    );
    expect(n).toBe(0);
    const shown = await request(fuda, await idOf('Protection monitoring dashboard — provincial figures'));
    expect(shown.status).toBe(201);
  });
});
