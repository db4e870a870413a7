/**
 * Test only: the API on a database of its own with the demo response loaded (createDemoTestDatabase),
 * and what API tests do with it: sign in as a demo user through POST /api/auth/login (session cookie
 * and CSRF token) and send requests as that user. Two-factor sign-in is off, so the demo's cluster
 * and admin logins sign in with a password (see account.db.test.ts for the 2FA flow itself).
 */
import { randomBytes } from 'node:crypto';
import { createServices, type Services } from '@steward/services';
import type { DemoCredential } from '@steward/services/demo/demo';
import { createDemoTestDatabase, type DemoTestDatabase } from '@steward/services/test-support/demo-database';
import { afterAll, beforeAll, expect } from 'vitest';
import { createApp, type StewardApp } from '../app';

export interface DemoApp {
  db: DemoTestDatabase['db'];
  services: Services;
  app: StewardApp;
  /** The demo's logins (random passwords per run). */
  credentials: DemoCredential[];
}

/** A signed-in session: its cookie and the CSRF token writes must carry. */
export interface Signed {
  cookie: string;
  csrf: string;
  /** The sign-in answer's memberships and active organisation. */
  session: {
    activeOrganisationId: string | null;
    memberships: { organisationId: string; acronym: string; role: string }[];
  };
}

/**
 * The demo as loaded at `at` (or at the run's first call), served by an app on the wall clock or on
 * `clock`; `bodyLimitBytes` as the server's option. Close `db` after the file's tests.
 */
export async function createDemoApp(
  options: { at?: Date; clock?: () => Date; bodyLimitBytes?: number } = {},
): Promise<DemoApp> {
  const { db, demo } = await createDemoTestDatabase(options.at ? { at: options.at } : {});
  const services = createServices({
    db,
    clock: options.clock ?? (() => new Date()),
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { twoFactorRequired: false },
  });
  const app = createApp({
    services,
    config: {
      webDist: null,
      ...(options.bodyLimitBytes === undefined ? {} : { bodyLimitBytes: options.bodyLimitBytes }),
    },
  });
  return { db, services, app, credentials: demo.credentials };
}

/**
 * The demo app of one test file: created before its tests (the demo loads in up to two minutes)
 * and its database closed after them. The fields are there once the file's tests run.
 */
export function demoAppForFile(options: Parameters<typeof createDemoApp>[0] = {}): DemoApp {
  const holder = {} as DemoApp;
  beforeAll(async () => {
    Object.assign(holder, await createDemoApp(options));
  }, 120_000);
  afterAll(async () => holder.db?.close());
  return holder;
}

/** Signs `who` in (the answer must be 200) and gives the session's cookie and CSRF token. */
export async function signInTo(
  app: StewardApp,
  who: Pick<DemoCredential, 'email' | 'password'>,
): Promise<Signed> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: who.email, password: who.password }),
  });
  expect(res.status, `sign-in of ${who.email}`).toBe(200);
  const session = (await res.json()) as Signed['session'] & { csrfToken: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: session.csrfToken, session };
}

/**
 * A request as `who` (cookie and CSRF header; none for `null`), with a JSON body when given (a
 * string is sent as it is: the malformed-body tests).
 */
export function sendAs(
  app: StewardApp,
  who: Signed | null,
  method: string,
  path: string,
  body?: unknown,
): Response | Promise<Response> {
  return app.request(path, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(who ? { cookie: who.cookie, 'x-csrf-token': who.csrf } : {}),
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
}
