// JSON API responses go out compressed when the client accepts it; session responses (which carry
// the CSRF token) never do. Real app, real services on a real database, real zlib.
// eslint-disable-next-line no-restricted-imports -- tests need a database; the API code itself never imports db
import { createTestDatabase } from '@steward/db/testing';
import { createServices } from '@steward/services';
import { Hono } from 'hono';
import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type StewardApp } from './app';
import { chooseEncoding, jsonCompression } from './compression';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let app: StewardApp;

beforeAll(async () => {
  db = await createTestDatabase();
  const services = createServices({
    db,
    clock: () => new Date(),
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
  });
  app = createApp({ services, config: { webDist: null } });
});
afterAll(() => db.close());

describe('compressed JSON responses', () => {
  it('sends the OpenAPI document brotli- or gzip-compressed, the same JSON once decoded', async () => {
    const plain = await app.request('/api/openapi.json');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const json = await plain.text();
    expect(JSON.parse(json)).toHaveProperty('openapi');

    const br = await app.request('/api/openapi.json', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toContain('Accept-Encoding');
    expect(br.headers.get('cache-control')).toBe('no-store');
    const brBytes = new Uint8Array(await br.arrayBuffer());
    expect(Number(br.headers.get('content-length'))).toBe(brBytes.byteLength);
    expect(brBytes.byteLength).toBeLessThan(json.length / 4);
    expect(brotliDecompressSync(brBytes).toString()).toBe(json);

    const gz = await app.request('/api/openapi.json', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(new Uint8Array(await gz.arrayBuffer())).toString()).toBe(json);
  });

  it('keeps error bodies and status, and leaves small bodies as they are', async () => {
    const res = await app.request('/api/no-such-route', { headers: { 'Accept-Encoding': 'br' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not-found');
  });

  it('never compresses session responses (they carry the CSRF token)', async () => {
    const probe = new Hono();
    probe.use('/api/*', jsonCompression());
    const body = { csrfToken: 'secret-token', padding: 'x'.repeat(2000) };
    for (const path of [
      '/api/me',
      '/api/session',
      '/api/me/active-organisation',
      '/api/auth/login',
      '/api/registry',
    ])
      probe.get(path, (c) => c.json(body));
    const encodingOf = async (path: string) =>
      (await probe.request(path, { headers: { 'Accept-Encoding': 'br' } })).headers.get('content-encoding');
    expect(await encodingOf('/api/me')).toBeNull();
    expect(await encodingOf('/api/session')).toBeNull();
    expect(await encodingOf('/api/me/active-organisation')).toBeNull();
    expect(await encodingOf('/api/auth/login')).toBeNull();
    expect(await encodingOf('/api/registry')).toBe('br');
  });
});

describe('chooseEncoding', () => {
  it('prefers brotli, honours q=0 and *, and refuses what is not offered', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip, br;q=0')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*, br;q=0')).toBe('gzip');
    expect(chooseEncoding(undefined)).toBeNull();
  });
});

describe('GET /api/session', () => {
  it('answers 200 signed out (no failed request for the browser to log), 401 for a bad token', async () => {
    const res = await app.request('/api/session');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ signedIn: false, session: null });
    const bad = await app.request('/api/session', { headers: { authorization: 'Bearer stw_nope' } });
    expect(bad.status).toBe(401);
  });
});
