// every language registered (the app loads them on demand)
import '../i18n/all-locales';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/locales';
import { ApiError } from './api-error';
import { describeError } from './describe-error';
import { createStewardClient, data } from './steward-client';

/** A stand-in for the network: records each request and answers with the given response. */
function network(respond: (request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetchFn = (async (input: RequestInfo | URL) => {
    const request = input as Request;
    requests.push(request);
    return respond(request);
  }) as typeof fetch;
  return { requests, fetchFn };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const base = 'http://steward.test';

describe('the typed API client (openapi-fetch + generated schema)', () => {
  it('sends the CSRF token on writes, not on reads, and JSON bodies as typed', async () => {
    const { requests, fetchFn } = network(() => json(200, { items: [] }));
    const api = createStewardClient({
      fetch: fetchFn,
      baseUrl: base,
      csrfToken: () => 'tok-1',
      onUnauthenticated: () => {},
    });
    await data(api.GET('/api/organisations'));
    await data(api.PUT('/api/me/active-organisation', { body: { organisationId: 'org-2' } }));
    expect(requests.map((r) => r.headers.get('x-csrf-token'))).toEqual([null, 'tok-1']);
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      `GET ${base}/api/organisations`,
      `PUT ${base}/api/me/active-organisation`,
    ]);
    expect(await requests[1]?.json()).toEqual({ organisationId: 'org-2' });
  });

  it('fills path parameters and query strings', async () => {
    const { requests, fetchFn } = network(() => json(200, { items: [] }));
    const api = createStewardClient({
      fetch: fetchFn,
      baseUrl: base,
      csrfToken: () => null,
      onUnauthenticated: () => {},
    });
    await data(
      api.GET('/api/organisations/{organisationId}/members', { params: { path: { organisationId: 'a/b' } } }),
    );
    await data(api.GET('/api/audit', { params: { query: { action: 'auth.login' } } }));
    expect(requests.map((r) => r.url)).toEqual([
      `${base}/api/organisations/a%2Fb/members`,
      `${base}/api/audit?action=auth.login`,
    ]);
  });

  it('returns the parsed body of a success, and undefined for 204', async () => {
    const { fetchFn } = network((r) =>
      r.method === 'DELETE' ? new Response(null, { status: 204 }) : json(200, { items: [{ id: 't1' }] }),
    );
    const api = createStewardClient({
      fetch: fetchFn,
      baseUrl: base,
      csrfToken: () => 'c',
      onUnauthenticated: () => {},
    });
    expect(await data(api.GET('/api/tokens'))).toEqual({ items: [{ id: 't1' }] });
    expect(
      await data(api.DELETE('/api/tokens/{tokenId}', { params: { path: { tokenId: 't1' } } })),
    ).toBeUndefined();
  });

  it('rejects a failed call with an ApiError (code, fields, details, Retry-After) that describeError translates', async () => {
    const { fetchFn } = network(() =>
      json(429, { error: { code: 'account-locked', message: 'Locked' } }, { 'retry-after': '61' }),
    );
    const api = createStewardClient({
      fetch: fetchFn,
      baseUrl: base,
      csrfToken: () => null,
      onUnauthenticated: () => {},
    });
    const error = await data(
      api.POST('/api/auth/login', { body: { email: 'a@b.org', password: 'x' } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'account-locked', details: { retryAfterSeconds: 61 } });
    expect(describeError(createTranslator('fr'), error)).not.toBe(
      describeError(createTranslator('en'), error),
    );
  });

  it('keeps the fields of a validation error', async () => {
    const { fetchFn } = network(() =>
      json(400, {
        error: {
          code: 'validation',
          message: 'bad',
          fields: [{ path: 'conditions.0', message: 'Expected string' }],
        },
      }),
    );
    const api = createStewardClient({
      fetch: fetchFn,
      baseUrl: base,
      csrfToken: () => 'c',
      onUnauthenticated: () => {},
    });
    const error = await data(
      api.POST('/api/requests/{id}/approve', {
        params: { path: { id: 'r1' } },
        body: { conditions: [], startsOn: '2026-01-01', expiresOn: '2026-12-31', signatories: [] },
      }),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, code: 'validation', fields: [{ path: 'conditions.0' }] });
  });

  it('signals an ended session, but not a wrong password or the first session check', async () => {
    let signals = 0;
    const { fetchFn } = network(() => json(401, { error: { code: 'unauthenticated', message: 'no' } }));
    const api = createStewardClient({
      fetch: fetchFn,
      baseUrl: base,
      csrfToken: () => null,
      onUnauthenticated: () => (signals += 1),
    });
    await data(api.POST('/api/auth/login', { body: { email: 'a@b.org', password: 'x' } })).catch(() => {});
    await data(api.GET('/api/session')).catch(() => {});
    expect(signals).toBe(0);
    await data(api.GET('/api/tokens')).catch(() => {});
    expect(signals).toBe(1);
  });

  it('turns an unreachable server into the code "network"', async () => {
    const fetchFn = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const api = createStewardClient({
      fetch: fetchFn,
      baseUrl: base,
      csrfToken: () => null,
      onUnauthenticated: () => {},
    });
    const error = await data(api.GET('/api/tokens')).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'network' });
  });
});
