// every language registered (the app loads them on demand)
import '../i18n/all-locales';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/locales';
import { ApiError, createApiClient } from './client';
import { describeError } from './describe-error';
import { createIspClient } from './isp-client';

interface Call {
  url: string;
  init: RequestInit;
}

/** A stand-in for the network: records each request and answers with the given response. */
function network(respond: (call: Call) => Response) {
  const calls: Call[] = [];
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(input), init: init ?? {} };
    calls.push(call);
    return respond(call);
  }) as typeof fetch;
  return { calls, fetchFn };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('api client', () => {
  it('sends the CSRF token on writes, not on reads', async () => {
    const { calls, fetchFn } = network(() => json(200, { items: [] }));
    const api = createApiClient({ fetch: fetchFn, csrfToken: () => 'tok-1', onUnauthenticated: () => {} });
    await api.listOrganisations();
    await api.setActiveOrganisation('org-2');
    const headers = calls.map((c) => new Headers(c.init.headers).get('x-csrf-token'));
    expect(headers).toEqual([null, 'tok-1']);
    expect(calls[1]?.init.method).toBe('PUT');
    expect(JSON.parse(String(calls[1]?.init.body))).toEqual({ organisationId: 'org-2' });
  });

  it('turns an error body into an ApiError with code, fields and details', async () => {
    const { fetchFn } = network(() =>
      json(429, {
        error: { code: 'account-locked', message: 'Locked', details: { retryAfterSeconds: 125 } },
      }),
    );
    const api = createApiClient({ fetch: fetchFn, csrfToken: () => null, onUnauthenticated: () => {} });
    const error = await api.login('a@b.org', 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'account-locked', details: { retryAfterSeconds: 125 } });
  });

  it('reads the lockout time from Retry-After when the body has none', async () => {
    const { fetchFn } = network(() =>
      json(429, { error: { code: 'account-locked', message: 'Locked' } }, { 'retry-after': '61' }),
    );
    const api = createApiClient({ fetch: fetchFn, csrfToken: () => null, onUnauthenticated: () => {} });
    const error = await api.login('a@b.org', 'x').catch((e: unknown) => e);
    expect(describeError(createTranslator('en'), error)).toContain('2 more minutes');
  });

  it('calls onUnauthenticated for an ended session, but not for a wrong password or the first session check', async () => {
    let signals = 0;
    const { calls, fetchFn } = network((call) =>
      call.url.endsWith('/api/auth/login')
        ? json(401, { error: { code: 'invalid-credentials', message: 'Wrong' } })
        : call.url.endsWith('/api/session')
          ? json(200, { signedIn: false, session: null })
          : json(401, { error: { code: 'unauthenticated', message: 'Not signed in' } }),
    );
    const api = createApiClient({
      fetch: fetchFn,
      csrfToken: () => null,
      onUnauthenticated: () => signals++,
    });
    await expect(api.login('a@b.org', 'x')).rejects.toMatchObject({ code: 'invalid-credentials' });
    // Signed out is a 200 from /api/session: no failed request for the browser to log.
    await expect(api.me()).resolves.toBeNull();
    expect(calls.at(-1)?.url).toMatch(/\/api\/session$/);
    expect(signals).toBe(0);
    await expect(api.listOrganisations()).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(signals).toBe(1);
  });

  it('reports a network failure as code "network"', async () => {
    const fetchFn = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const api = createApiClient({ fetch: fetchFn, csrfToken: () => null, onUnauthenticated: () => {} });
    await expect(api.listOrganisations()).rejects.toMatchObject({ code: 'network', status: 0 });
  });

  it('derives a code from the status when the body is not JSON', async () => {
    const { fetchFn } = network(() => new Response('<html>Bad gateway</html>', { status: 503 }));
    const api = createApiClient({ fetch: fetchFn, csrfToken: () => null, onUnauthenticated: () => {} });
    await expect(api.listOrganisations()).rejects.toMatchObject({ code: 'database-unavailable' });
  });

  it('returns undefined for 204 No Content', async () => {
    const { fetchFn } = network(() => new Response(null, { status: 204 }));
    const api = createApiClient({ fetch: fetchFn, csrfToken: () => 'c', onUnauthenticated: () => {} });
    await expect(api.logout()).resolves.toBeUndefined();
  });
});

describe('isp client', () => {
  it('sends its calls through the same request: CSRF on writes, field errors, the 401 signal', async () => {
    let signals = 0;
    const { calls, fetchFn } = network((call) =>
      call.init.method === 'GET'
        ? json(401, { error: { code: 'unauthenticated', message: 'Not signed in' } })
        : json(400, {
            error: { code: 'validation', message: 'Bad', fields: [{ path: 'title', message: 'Required' }] },
          }),
    );
    const isp = createIspClient({
      fetch: fetchFn,
      csrfToken: () => 'tok-2',
      onUnauthenticated: () => signals++,
    });
    await expect(isp.createIspVersion('v1')).rejects.toMatchObject({
      status: 400,
      code: 'validation',
      fields: [{ path: 'title', message: 'Required' }],
    });
    expect(signals).toBe(0);
    await expect(isp.getIsp()).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(signals).toBe(1);
    expect(calls.map((c) => [c.url, new Headers(c.init.headers).get('x-csrf-token')])).toEqual([
      ['/api/isp/versions', 'tok-2'],
      ['/api/isp', null],
    ]);
  });
});

describe('describeError', () => {
  const en = createTranslator('en');
  const fr = createTranslator('fr');
  const ar = createTranslator('ar');

  it('translates known codes', () => {
    const error = new ApiError(401, 'invalid-credentials', 'Invalid email or password.');
    expect(describeError(en, error)).toBe('The email address or password is not right.');
    expect(describeError(fr, error)).toBe('L’adresse e-mail ou le mot de passe est incorrect.');
  });

  it('falls back to the server message for an unknown code', () => {
    expect(describeError(fr, new ApiError(418, 'teapot', 'I am a teapot.'))).toBe('I am a teapot.');
  });

  it('says how many minutes a lockout lasts, rounded up, with plural forms', () => {
    const locked = (seconds: number) =>
      new ApiError(429, 'account-locked', 'Locked', [], { retryAfterSeconds: seconds });
    expect(describeError(en, locked(30))).toContain('1 more minute.');
    expect(describeError(en, locked(900))).toContain('15 more minutes.');
    expect(describeError(fr, locked(60))).toContain('1 minute.');
    expect(describeError(ar, locked(120))).toContain('دقيقتين');
    expect(describeError(en, new ApiError(429, 'account-locked', 'Locked'))).toBe(
      en.t('errors.account-locked-soon'),
    );
  });

  it('gives the rule of a refused role grant in each language, and the code’s sentence for an unknown rule', () => {
    const refused = (reason: string) => new ApiError(403, 'role-grant-refused', 'Refused.', [], { reason });
    expect(describeError(en, refused('cluster-role-outside-lead'))).toContain('cluster lead or co-lead');
    expect(describeError(fr, refused('last-coordinator'))).toContain('dernier coordinateur');
    expect(describeError(ar, refused('role-above-own'))).toBe('لا يمكنك منح دور أعلى من دورك.');
    expect(describeError(en, refused('no-such-rule'))).toBe('This role change is not allowed.');
  });

  it('names the upload limit that was exceeded, with its value, in each language (issue 7 §2)', () => {
    const over = (limit: string, max: number) =>
      new ApiError(413, 'limit-exceeded', 'over', [], { limit, max });
    expect(describeError(en, over('rows', 5000))).toBe(
      'The file has more than 5,000 rows, Steward’s limit for this kind of file.',
    );
    expect(describeError(fr, over('compressionRatio', 100))).toContain('100 fois');
    expect(describeError(ar, over('cellChars', 32767))).toContain('حد ستيوارد');
    for (const limit of [
      'fileBytes',
      'rows',
      'columns',
      'cellChars',
      'uncompressedBytes',
      'compressionRatio',
      'parseMemoryMb',
    ])
      for (const t of [en, fr, ar]) expect(t.tryT(`errors.limit.${limit}`, { max: 1 }), limit).toBeDefined();
    expect(describeError(en, over('unknown-limit', 1))).toBe(en.t('errors.limit-exceeded'));
  });

  it('uses a generic message for something that is not an API error', () => {
    expect(describeError(en, new Error('boom'))).toBe(en.t('errors.unknown'));
  });
});
