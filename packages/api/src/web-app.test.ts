import { Hono } from 'hono';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { webAppHandler } from './web-app';

let dist: string;
const BIG_JS = Array.from({ length: 400 }, (_, i) => `export const value${i} = ${i} * 2;`).join('\n');
const BIG_CSS = Array.from({ length: 200 }, (_, i) => `.c${i} { margin: ${i}px; }`).join('\n');
const PRECOMPRESSED_CSS = Buffer.from(BIG_CSS.replace('.c0', '.from-the-br-file'));

function appFor(dir: string | null) {
  const app = new Hono();
  app.onError((e, c) => c.json({ code: e instanceof ApiError ? e.code : 'other' }, 404));
  app.get('*', webAppHandler(dir));
  return app;
}

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'steward-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dist, 'assets', 'app-1a2b.js'), 'console.log(1)');
  writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
  writeFileSync(join(dist, 'assets', 'big-9f8e.js'), BIG_JS);
  writeFileSync(join(dist, 'assets', 'big-9f8e.js.map'), '{"version":3,"sources":["secret-source.ts"]}');
  writeFileSync(join(dist, 'assets', 'pre-77aa.css'), BIG_CSS);
  // A precompressed copy written at build time: served as is (its content proves it was used).
  writeFileSync(join(dist, 'assets', 'pre-77aa.css.br'), brotliCompressSync(PRECOMPRESSED_CSS));
  writeFileSync(join(tmpdir(), 'steward-secret.txt'), 'secret');
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('serving the built web app', () => {
  it('serves files with their type; hashed assets are cached for a year', async () => {
    const res = await appFor(dist).request('/assets/app-1a2b.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/javascript');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(await res.text()).toBe('console.log(1)');
    const svg = await appFor(dist).request('/favicon.svg');
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    // The favicon is cacheable (was no-cache: a request on every page).
    expect(svg.headers.get('cache-control')).toBe('public, max-age=86400');
    expect((await appFor(dist).request('/')).headers.get('cache-control')).toBe('no-cache');
  });

  it('sends text files brotli- or gzip-compressed as the client accepts, identical once decoded', async () => {
    const br = await appFor(dist).request('/assets/big-9f8e.js', {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toContain('Accept-Encoding');
    const brBytes = new Uint8Array(await br.arrayBuffer());
    expect(brBytes.byteLength).toBeLessThan(BIG_JS.length / 4);
    expect(brotliDecompressSync(brBytes).toString()).toBe(BIG_JS);

    const gz = await appFor(dist).request('/assets/big-9f8e.js', {
      headers: { 'Accept-Encoding': 'gzip, br;q=0' },
    });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(new Uint8Array(await gz.arrayBuffer())).toString()).toBe(BIG_JS);

    const plain = await appFor(dist).request('/assets/big-9f8e.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(BIG_JS);
    // Too small to be worth it: sent as it is.
    const small = await appFor(dist).request('/assets/app-1a2b.js', { headers: { 'Accept-Encoding': 'br' } });
    expect(small.headers.get('content-encoding')).toBeNull();
  });

  it("uses the build's precompressed file when there is one", async () => {
    const res = await appFor(dist).request('/assets/pre-77aa.css', { headers: { 'Accept-Encoding': 'br' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toContain('text/css');
    const text = brotliDecompressSync(new Uint8Array(await res.arrayBuffer())).toString();
    expect(text).toContain('.from-the-br-file');
  });

  it('never serves source maps or the precompressed copies by name', async () => {
    for (const path of ['/assets/big-9f8e.js.map', '/assets/pre-77aa.css.br']) {
      const res = await appFor(dist).request(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('secret-source');
    }
  });

  it('answers any app path with index.html (SPA fallback)', async () => {
    for (const path of ['/', '/organisations', '/a/b/c?x=1']) {
      const res = await appFor(dist).request(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(await res.text()).toContain('id="root"');
    }
  });

  it('gives 404 for a missing file and never leaves the dist folder', async () => {
    expect((await appFor(dist).request('/assets/missing.js')).status).toBe(404);
    const escape = await appFor(dist).request('/..%2Fsteward-secret.txt');
    expect(await escape.text()).not.toContain('secret');
    expect((await appFor(dist).request('/%E0%A4%A')).status).toBe(404);
  });

  it('leaves /api paths to the API (not-found error, never index.html)', async () => {
    const res = await appFor(dist).request('/api/nothing-here');
    expect(await res.json()).toEqual({ code: 'not-found' });
  });

  it('says how to build when there is no build', async () => {
    for (const dir of [null, join(dist, 'nope')]) {
      const res = await appFor(dir).request('/');
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run build');
    }
  });
});
