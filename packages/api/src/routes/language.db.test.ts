// The user's preferred language over HTTP (issue 8): null until chosen; PUT /api/me/language stores
// it and every session answer carries it (GET /api/me, GET /api/session, the next sign-in), so the
// web app can restore it in a fresh browser; another user's session does not see it; a language
// outside en/fr/es/pt/ar is refused with the field named and nothing stored.
// eslint-disable-next-line no-restricted-imports -- tests need a database; the API code itself never imports db
import { createTestDatabase } from '@steward/db/testing';
import { createServices, systemCaller } from '@steward/services';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type StewardApp } from '../app';

let app: StewardApp;
let close: () => Promise<void>;
const password = 'language-route-password-1';
const jsonHeaders = { 'content-type': 'application/json' };

beforeAll(async () => {
  const db = await createTestDatabase();
  close = () => db.close();
  const services = createServices({
    db,
    clock: () => new Date(),
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { twoFactorRequired: false },
  });
  const system = systemCaller('test');
  const org = await services.organisations.create(system, {
    name: 'Partner',
    acronym: 'PART',
    type: 'national-ngo',
  });
  for (const email of ['chooser@example.org', 'other@example.org'])
    await services.users.create(system, {
      email,
      displayName: email,
      password,
      memberships: [{ organisationId: org.id, role: 'viewer' }],
    });
  app = createApp({ services, config: { webDist: null } });
});
afterAll(async () => close?.());

interface SessionAnswer {
  csrfToken: string;
  user: { email: string; preferredLanguage: string | null };
}
async function login(email: string) {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify({ email, password }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as SessionAnswer;
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: body.csrfToken, body };
}
type Signed = Awaited<ReturnType<typeof login>>;
const get = async (s: Signed, path: string) => {
  const res = await app.request(path, { headers: { cookie: s.cookie } });
  expect(res.status).toBe(200);
  return res.json() as Promise<unknown>;
};
const putLanguage = (s: Signed, language: unknown) =>
  app.request('/api/me/language', {
    method: 'PUT',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...jsonHeaders },
    body: JSON.stringify({ language }),
  });

describe('the preferred language in the session', () => {
  it('is null until chosen, then returned by /api/me, /api/session and the next sign-in', async () => {
    const chooser = await login('chooser@example.org');
    expect(chooser.body.user.preferredLanguage).toBeNull();
    expect(((await get(chooser, '/api/me')) as SessionAnswer).user.preferredLanguage).toBeNull();

    const put = await putLanguage(chooser, 'fr');
    expect(put.status).toBe(200);
    expect(await put.json()).toEqual({ language: 'fr' });
    expect(((await get(chooser, '/api/me')) as SessionAnswer).user.preferredLanguage).toBe('fr');
    const state = (await get(chooser, '/api/session')) as { signedIn: boolean; session: SessionAnswer };
    expect(state.signedIn).toBe(true);
    expect(state.session.user.preferredLanguage).toBe('fr');

    // A new sign-in (a fresh browser) gets it at once, and so does every later request.
    const again = await login('chooser@example.org');
    expect(again.body.user.preferredLanguage).toBe('fr');
    expect((await putLanguage(again, 'ar')).status).toBe(200);
    expect(((await get(chooser, '/api/me')) as SessionAnswer).user.preferredLanguage).toBe('ar');

    // Another user's session knows nothing of it.
    const other = await login('other@example.org');
    expect(other.body.user.preferredLanguage).toBeNull();
    expect(((await get(other, '/api/me')) as SessionAnswer).user.preferredLanguage).toBeNull();
  });

  it('refuses a language it does not have, naming the field, and keeps the stored one', async () => {
    const chooser = await login('chooser@example.org');
    const before = chooser.body.user.preferredLanguage;
    const res = await putLanguage(chooser, 'de');
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain('language');
    expect(((await get(chooser, '/api/me')) as SessionAnswer).user.preferredLanguage).toBe(before);
  });
});
