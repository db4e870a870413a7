import { Hono } from 'hono';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { webAppHandler } from './web-app';

let dist: string;

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
    expect(svg.headers.get('cache-control')).toBe('no-cache');
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
