/**
 * (e) The 100,000-row check inside headless Chromium: the built web app's own worker
 * (packages/web/dist/assets/check-dataset.worker-*.js, as `npm run build` makes it) is driven from
 * a blank page served on 127.0.0.1. Each run hands the worker the file as a Blob (as the page does
 * with a picked file) and waits for the report: reading, parsing, detection, fk/Fk, risks.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { BenchCase } from '../cases';
import { benchmarkFile, REPO_ROOT, RISK_KEYS } from '../make-data';

const DIST = join(REPO_ROOT, 'packages/web/dist');
const CHROMIUM = '/usr/bin/chromium';

interface Ctx {
  server: Server;
  browser: Browser;
  page: Page;
}

/** Runs in the page: load the Blob in the worker, then ask for the report; returns the time. */
const IN_PAGE_CHECK = `(async () => {
  const b = window.bench;
  const ask = (message) => new Promise((resolve) => {
    const id = ++b.id;
    const on = (event) => {
      if (event.data.id !== id || event.data.type === 'progress') return;
      b.worker.removeEventListener('message', on);
      resolve(event.data);
    };
    b.worker.addEventListener('message', on);
    b.worker.postMessage({ ...message, id });
  });
  const t0 = performance.now();
  const loaded = await ask({ type: 'load', file: b.blob, name: 'bench.csv' });
  if (loaded.type !== 'loaded') throw new Error(loaded.error ? loaded.error.message : loaded.type);
  const roles = { WEIGHT: 'weight', INCOME: 'other' };
  for (const k of __KEYS__) roles[k] = 'key';
  const report = await ask({ type: 'check', roles });
  if (report.type !== 'report') throw new Error(report.error ? report.error.message : report.type);
  return { ms: performance.now() - t0, records: loaded.result.records, report: report.report };
})()`;

const SETUP_PAGE = `(async () => {
  const blob = await (await fetch('/data.csv')).blob();
  window.bench = { worker: new Worker('__WORKER__', { type: 'module' }), blob, id: 0 };
})()`;

export const browserCheck: BenchCase = {
  name: 'check of 100,000 rows in headless Chromium (Web Worker)',
  target: '≤ 2 s',
  targetSeconds: 2,
  peer: '— (no browser peer)',
  file: 'free1-perturbed-10col-100000 (100,000 rows; scripts/bench/make-data.ts)',
  comment:
    'Load (stream-parse the 100,000-row seeded perturbed CSV from a Blob), detect column roles, then the risk report with RISK_KEYS and WEIGHT, all in the built Web Worker; timed from the page (peak RSS is the Node process, not Chromium).',
  async setup(): Promise<Ctx> {
    const findWorker = () => {
      const assets = join(DIST, 'assets');
      return existsSync(assets)
        ? readdirSync(assets).find((f) => /^check-dataset\.worker-.*\.js$/.test(f))
        : undefined;
    };
    if (!findWorker()) {
      process.stderr.write('  building the web app (npm run build)…\n');
      spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'ignore' });
    }
    const worker = findWorker();
    if (!worker)
      throw new Error('The web app could not be built with the check worker: run `npm run build`.');
    const csv = readFileSync(await benchmarkFile(100_000));
    const server = createServer((req, res) => {
      const url = (req.url ?? '/').split('?')[0]!;
      if (url === '/data.csv') {
        res.setHeader('content-type', 'text/csv');
        return res.end(csv);
      }
      if (url.startsWith('/assets/') && existsSync(join(DIST, url))) {
        res.setHeader('content-type', 'text/javascript');
        return res.end(readFileSync(join(DIST, url)));
      }
      res.setHeader('content-type', 'text/html');
      res.end('<!doctype html><title>bench</title>');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate(SETUP_PAGE.replace('__WORKER__', `/assets/${worker}`));
    return { server, browser, page };
  },
  async run(ctx: Ctx, notes) {
    // A string, not a function: the TypeScript loader would add helpers the page does not have.
    const result = (await ctx.page.evaluate(
      IN_PAGE_CHECK.replace('__KEYS__', JSON.stringify(RISK_KEYS)),
    )) as {
      ms: number;
      records: number;
      report: Record<string, unknown>;
    };
    notes.push(
      `${result.records.toLocaleString('en-US')} records, ${String(result.report.classes)} classes, ${String(result.report.sampleUniques)} uniques`,
      `in-page time ${(result.ms / 1000).toFixed(3)} s`,
    );
  },
  async teardown(ctx: Ctx) {
    await ctx.browser.close();
    await new Promise((ok) => ctx.server.close(ok));
  },
};
