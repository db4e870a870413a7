/**
 * How the server delivers the app, checked in Debian's Chromium against the real `steward serve`:
 * signed-out pages log no console error (the session check is a 200, not a 401), the first load
 * goes out compressed within 150 KB, source maps are not public, the favicon is cacheable.
 */
import type { Browser, ConsoleMessage, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from './support';

const baseUrl = inject('baseUrl');
const FIRST_LOAD_BUDGET_BYTES = 150 * 1024;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** Console errors and failed responses (4xx/5xx) while `visit` runs on a fresh page. */
async function problemsDuring(visit: (page: Page) => Promise<void>): Promise<string[]> {
  const page = await newPage(browser);
  const problems: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r: Response) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  try {
    await visit(page);
  } finally {
    await page.context().close();
  }
  return problems;
}

describe('signed-out pages', () => {
  it('log no console error and no failed request (sign-in, the public request form, a deep link)', async () => {
    for (const path of ['/', '/sign-in', '/request', '/registry']) {
      const problems = await problemsDuring(async (page) => {
        await page.goto(`${baseUrl}${path}`);
        await page.waitForLoadState('networkidle');
        await page.locator('#root *').first().waitFor();
      });
      expect(problems, path).toEqual([]);
    }
  });
});

describe('delivery', () => {
  it('sends the first load brotli-compressed, within 150 KB as transferred', async () => {
    const page = await newPage(browser);
    const transferred: { path: string; encoding: string | undefined; bytes: number }[] = [];
    page.on('response', async (r: Response) => {
      const url = new URL(r.url());
      if (url.pathname.startsWith('/api/')) return;
      const sizes = await r.request().sizes();
      transferred.push({
        path: url.pathname,
        encoding: (await r.allHeaders())['content-encoding'],
        bytes: sizes.responseBodySize,
      });
    });
    await page.goto(`${baseUrl}/sign-in`);
    await page.waitForLoadState('networkidle');
    await page.context().close();
    const scripts = transferred.filter((t) => /\.(js|css)$/.test(t.path) || t.path === '/sign-in');
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    // files below the server's compression threshold (512 bytes, MIN_COMPRESS_BYTES) go as they are
    const compressible = scripts.filter((t) => t.encoding !== undefined || t.bytes >= 512);
    expect(compressible.length).toBeGreaterThanOrEqual(2);
    for (const t of compressible) expect(t.encoding, t.path).toBe('br');
    const total = transferred.reduce((n, t) => n + t.bytes, 0);
    expect(total).toBeGreaterThan(10 * 1024); // the app itself, not an error page
    expect(total).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
  });

  it('sends JSON compressed, and gzip to a client without brotli', async () => {
    const br = await fetch(`${baseUrl}/api/openapi.json`, { headers: { 'Accept-Encoding': 'br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    const gz = await fetch(`${baseUrl}/api/openapi.json`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    // fetch decodes the body: the same document either way.
    expect(await br.json()).toEqual(await gz.json());
  });

  it('does not serve source maps', async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    const entry = /<script[^>]+src="([^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    expect((await fetch(`${baseUrl}${entry}`)).status).toBe(200);
    const map = await fetch(`${baseUrl}${entry}.map`);
    expect(map.status).toBe(404);
    expect(await (await fetch(`${baseUrl}${entry}`)).text()).not.toContain('sourceMappingURL');
  });

  it('lets the browser cache the favicon; index.html is revalidated', async () => {
    const icon = await fetch(`${baseUrl}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('cache-control')).toMatch(/max-age=\d{4,}/);
    expect(icon.headers.get('cache-control')).not.toContain('no-cache');
    expect((await fetch(`${baseUrl}/`)).headers.get('cache-control')).toBe('no-cache');
  });
});
