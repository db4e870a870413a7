// The organisation administration routes over HTTP (issue 8): a cluster coordinator adds (a bad
// or duplicate acronym answers with the field named), edits, deactivates; a partner focal point
// gets 403 on every write and reads the contact list; a token of a deactivated organisation stops.
// eslint-disable-next-line no-restricted-imports -- tests need a database; the API code itself never imports db
import { createTestDatabase } from '@steward/db/testing';
import { createServices, systemCaller, type Services } from '@steward/services';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type StewardApp } from '../app';

let app: StewardApp;
let services: Services;
let close: () => Promise<void>;
let partnerId = '';
const password = 'organisation-route-password-1';
const jsonHeaders = { 'content-type': 'application/json' };
const system = systemCaller('test');

beforeAll(async () => {
  const db = await createTestDatabase();
  close = () => db.close();
  services = createServices({
    db,
    clock: () => new Date(),
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { twoFactorRequired: false },
  });
  const lead = await services.organisations.create(system, {
    name: 'Lead',
    acronym: 'LEAD',
    type: 'cluster-lead',
  });
  partnerId = (
    await services.organisations.create(system, { name: 'Partner', acronym: 'PART', type: 'national-ngo' })
  ).id;
  await services.users.create(system, {
    email: 'coordinator@example.org',
    displayName: 'Coordinator',
    password,
    memberships: [{ organisationId: lead.id, role: 'cluster-coordinator' }],
  });
  await services.users.create(system, {
    email: 'focal@example.org',
    displayName: 'Focal Point',
    password,
    memberships: [{ organisationId: partnerId, role: 'partner-focal-point' }],
  });
  app = createApp({ services, config: { webDist: null } });
});
afterAll(async () => close?.());

interface Signed {
  cookie: string;
  csrf: string;
}
async function login(email: string): Promise<Signed> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { csrfToken: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: body.csrfToken };
}
const send = (s: Signed, method: string, path: string, body?: unknown) =>
  app.request(path, {
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...jsonHeaders },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
type ErrorBody = { error: { code: string; fields?: { path: string }[]; details?: Record<string, unknown> } };

describe('organisation administration over HTTP', () => {
  it('a coordinator adds, is told which field is wrong, edits and deactivates', async () => {
    const s = await login('coordinator@example.org');
    const bad = await send(s, 'POST', '/api/organisations', { name: 'New', acronym: 'A B', type: 'other' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.fields?.map((f) => f.path)).toEqual(['acronym']);
    const dup = await send(s, 'POST', '/api/organisations', { name: 'New', acronym: 'part', type: 'other' });
    expect(dup.status).toBe(409);
    const dupBody = ((await dup.json()) as ErrorBody).error;
    expect(dupBody.fields?.map((f) => f.path)).toEqual(['acronym']);
    expect(dupBody.details).toEqual({ reason: 'acronym-taken' });
    const created = await send(s, 'POST', '/api/organisations', {
      name: 'New',
      acronym: 'NEW',
      type: 'other',
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const edited = await send(s, 'PATCH', `/api/organisations/${id}`, { name: 'Renamed', type: 'un-agency' });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toMatchObject({ name: 'Renamed', type: 'un-agency', acronym: 'NEW' });
    const off = await send(s, 'POST', `/api/organisations/${id}/deactivate`);
    expect(off.status).toBe(200);
    expect(((await off.json()) as { status: string }).status).toBe('inactive');
    const on = await send(s, 'POST', `/api/organisations/${id}/reactivate`);
    expect(((await on.json()) as { status: string }).status).toBe('active');
  });

  it('a partner focal point reads the contact list and gets 403 on every write', async () => {
    const s = await login('focal@example.org');
    const list = await app.request('/api/organisations/overview', { headers: { cookie: s.cookie } });
    expect(list.status).toBe(200);
    const items = ((await list.json()) as { items: { acronym: string; focalPoints: { email: string }[] }[] })
      .items;
    expect(items.find((o) => o.acronym === 'PART')?.focalPoints.map((f) => f.email)).toEqual([
      'focal@example.org',
    ]);
    expect(
      (await send(s, 'POST', '/api/organisations', { name: 'X', acronym: 'X', type: 'other' })).status,
    ).toBe(403);
    expect((await send(s, 'PATCH', `/api/organisations/${partnerId}`, { name: 'Mine' })).status).toBe(403);
    expect((await send(s, 'POST', `/api/organisations/${partnerId}/deactivate`)).status).toBe(403);
  });

  it('a token of an organisation stops working while it is deactivated', async () => {
    const focal = await login('focal@example.org');
    const made = await send(focal, 'POST', '/api/tokens', { name: 'script', expiresInDays: 30 });
    expect(made.status).toBe(201);
    const { token } = (await made.json()) as { token: string };
    const use = () => app.request('/api/organisations', { headers: { authorization: `Bearer ${token}` } });
    expect((await use()).status).toBe(200);
    const s = await login('coordinator@example.org');
    expect((await send(s, 'POST', `/api/organisations/${partnerId}/deactivate`)).status).toBe(200);
    expect((await use()).status).toBe(401);
    expect((await send(s, 'POST', `/api/organisations/${partnerId}/reactivate`)).status).toBe(200);
    expect((await use()).status).toBe(200);
  });
});
