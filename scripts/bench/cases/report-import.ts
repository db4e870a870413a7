/**
 * (issue 10) A 100,000-row partner report imported with validation: the CSV read in the parse
 * worker, every row checked (p-codes against the gazetteer, admin-2 within its admin-1,
 * disaggregations summing to the totals, reached ≤ targeted, duplicates, dates in the period),
 * then all values stored in one transaction (the report_value_sums triggers included).
 *
 * One data row is one indicator in one admin-2 area, so 100,000 valid rows need many areas and
 * indicators: a synthetic gazetteer (country ZZB: 100 admin-1, 5,000 admin-2 areas) and a monthly
 * framework with the demo's five indicators repeated four times (20, sex × age, reached and
 * targeted where the indicator has a target: 720,000 values a file). Each run imports a new month (a new report).
 *
 *   npm run bench -- "report import"
 *   npm run bench -- "health during"     the same imports while /api/health is polled every 20 ms
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { templateRows } from '@steward/core/reporting/index';
import { writeCsvRows } from '@steward/core/sdc/io/index';
import { createTestDatabase, ownerSql } from '@steward/db/testing';
import { createDatabase, migrate, type Database } from '@steward/db';
import { createServices, systemCaller, type Actor, type Services } from '@steward/services';
import { createApp, type StewardApp } from '@steward/api';
import { DEMO_5W_FRAMEWORK } from '@steward/services/reporting/demo-framework';
import type { BenchCase } from '../cases';

const ADM1 = 100;
const ADM2_PER_ADM1 = 50;
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface Ctx {
  db: Database;
  services: Services;
  partner: Actor;
  files: { period: string; bytes: Uint8Array }[];
  next: number;
  /** PGlite's data folder on disk, removed at teardown. */
  dataDir?: string;
}

export const FRAMEWORK = {
  ...DEMO_5W_FRAMEWORK,
  code: 'bench-5w',
  name: 'Bench: 20 indicators',
  countryIso3: 'ZZB',
  indicators: [1, 2, 3, 4].flatMap((k) =>
    DEMO_5W_FRAMEWORK.indicators.map((i) => ({ ...i, id: `${i.id}-${k}`, activity: `${i.activity} ${k}` })),
  ),
};

async function actorFor(services: Services, email: string, acronym: string): Promise<Actor> {
  const system = systemCaller('bench');
  const user = (await services.users.findByEmail(system, email))!;
  const org = (await services.organisations.list(system)).find((o) => o.acronym === acronym)!;
  const { token } = await services.tokens.create(system, {
    userId: user.id,
    organisationId: org.id,
    name: 'b',
  });
  return (await services.auth.authenticateToken(`Bearer ${token}`))!;
}

/**
 * A database with the demo, the synthetic gazetteer and the bench framework, and `files` report
 * files of `areas` × 20 rows each (5,000 areas: 100,000 rows). Also used by profile-report-import.ts.
 */
export async function prepare(
  server: boolean,
  areaCount = ADM1 * ADM2_PER_ADM1,
  fileCount = 8,
  /** PGlite in this data folder on disk (as `steward serve` runs it) rather than in memory. */
  dataDir?: string,
): Promise<Ctx> {
  const before = process.env.TEST_DATABASE_URL;
  if (server) process.env.TEST_DATABASE_URL = SERVER;
  else delete process.env.TEST_DATABASE_URL;
  const db = dataDir && !server ? await createDatabase({ dataDir }) : await createTestDatabase();
  if (dataDir && !server) await migrate(db);
  if (before === undefined) delete process.env.TEST_DATABASE_URL;
  else process.env.TEST_DATABASE_URL = before;
  const services = createServices({
    db,
    clock: () => new Date('2026-01-20T09:00:00Z'),
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { twoFactorRequired: false },
  });
  await services.demo.load();
  await ownerSql(
    db,
    `insert into admin_areas (country_iso3, pcode, name, level, parent_pcode)
     select 'ZZB', 'ZB' || lpad(a::text, 3, '0'), 'Bench province ' || a, 1, null from generate_series(1, ${ADM1}) a`,
  );
  await ownerSql(
    db,
    `insert into admin_areas (country_iso3, pcode, name, level, parent_pcode)
     select 'ZZB', 'ZB' || lpad(a::text, 3, '0') || lpad(b::text, 3, '0'), 'Bench district ' || a || '.' || b, 2,
            'ZB' || lpad(a::text, 3, '0')
       from generate_series(1, ${ADM1}) a cross join generate_series(1, ${ADM2_PER_ADM1}) b`,
  );
  const imo = await actorFor(services, 'imo@demo.example.org', 'DPCCU');
  await services.reporting.createFramework(imo, FRAMEWORK);
  const partner = await actorFor(services, 'focal-point@demo.example.org', 'TRI');
  const areas: { adm1: string; adm2: string }[] = [];
  for (let a = 1; a <= ADM1; a++)
    for (let b = 1; b <= ADM2_PER_ADM1; b++) {
      const adm1 = `ZB${String(a).padStart(3, '0')}`;
      areas.push({ adm1, adm2: `${adm1}${String(b).padStart(3, '0')}` });
    }
  const files = Array.from({ length: fileCount }, (_, i) => {
    const period = `2025-${String(i + 1).padStart(2, '0')}`;
    const rows = templateRows(FRAMEWORK, period, {
      organisation: 'TRI',
      areas: areas.slice(0, areaCount),
      seed: i + 1,
    });
    return { period, bytes: new TextEncoder().encode(writeCsvRows(rows)) };
  });
  return { db, services, partner, files, next: 0 };
}

async function run(ctx: Ctx, notes: string[]): Promise<void> {
  const file = ctx.files[ctx.next++ % ctx.files.length]!;
  const r = await ctx.services.reporting.importReport(ctx.partner, {
    framework: FRAMEWORK.code,
    period: file.period,
    name: 'bench.csv',
    bytes: file.bytes,
  });
  notes.push(
    `${r.rows.toLocaleString('en-US')} rows, ${r.values.toLocaleString('en-US')} values stored; file ${(file.bytes.length / 2 ** 20).toFixed(1)} MiB`,
  );
}

const common = {
  peer: '— (no published figure for ActivityInfo/ReportHub imports of this size)',
  file: '100,000-row HXL CSV from the upload template (20 indicators × 5,000 synthetic admin-2 areas; scripts/bench/cases/report-import.ts)',
  comment:
    'steward report import as the service runs it: read in the parse worker, validated against the framework and the gazetteer, 720,000 values stored in one transaction (a new month each run).',
  target: '≤ 10 s',
  targetSeconds: 10,
  run,
  async teardown(ctx: Ctx) {
    await ctx.db.close();
  },
};

export const reportImportServer: BenchCase = {
  name: 'report import, 100,000 rows, PostgreSQL server',
  ...common,
  setup: () => prepare(true),
};

/**
 * PGlite in a data folder on disk, as `steward serve` runs it: in memory (createTestDatabase) the
 * database's files live in the process, which then grows by the data imported (about 100 MB per
 * 144,000 values) — what the 4.1 GB peak measured, not the import (docs/benchmarks.md).
 */
const onDisk = (): string => mkdtempSync(join(tmpdir(), 'steward-bench-import-'));
const removeDataDir = async (ctx: Ctx) => {
  await ctx.db.close();
  if (ctx.dataDir) rmSync(ctx.dataDir, { recursive: true, force: true });
};

export const reportImportPglite: BenchCase = {
  name: 'report import, 100,000 rows, PGlite',
  ...common,
  setup: async () => {
    const dataDir = onDisk();
    return { ...(await prepare(false, ADM1 * ADM2_PER_ADM1, 8, dataDir)), dataDir };
  },
  teardown: removeDataDir,
};

/** Interval between two /api/health requests during an import. */
const HEALTH_EVERY_MS = 20;

interface HealthCtx extends Ctx {
  app: StewardApp;
  /** Latencies (ms) of every health request during the measured imports (warm-up included). */
  latencies: number[];
  failures: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function healthSummary(latencies: readonly number[], failures: number): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  return `/api/health ${sorted.length.toLocaleString('en-US')} requests: p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${(sorted.at(-1) ?? Number.NaN).toFixed(1)} ms, ${failures} not ok`;
}

/**
 * One import while /api/health is asked every HEALTH_EVERY_MS through the HTTP application (same
 * process, same Database). A request's latency runs from when it was due (20 ms after the previous
 * one was due, or when the previous one answered if later), not from when the timer fired: a
 * blocked event loop delays the timer too, and that delay is what a monitoring probe would see.
 */
async function runWithHealth(ctx: HealthCtx, notes: string[]): Promise<void> {
  let done = false;
  const latencies: number[] = [];
  let failures = 0;
  const poll = (async () => {
    let due = performance.now();
    // The request due when the import ends is still sent and counted: on a blocked event loop its
    // timer fires only then, and its wait is the longest one.
    for (;;) {
      const res = await ctx.app.request('/api/health');
      const body = (await res.json()) as { status?: string };
      const end = performance.now();
      latencies.push(end - due);
      if (res.status !== 200 || body.status !== 'ok') failures++;
      if (done) break;
      due = Math.max(due + HEALTH_EVERY_MS, end);
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  })();
  try {
    await run(ctx, notes);
  } finally {
    done = true;
    await poll;
  }
  ctx.latencies.push(...latencies);
  ctx.failures += failures;
  notes.push(`this run's ${healthSummary(latencies, failures)}`);
  notes.push(`all runs' ${healthSummary(ctx.latencies, ctx.failures)}`);
}

async function prepareWithHealth(server: boolean, dataDir?: string): Promise<HealthCtx> {
  const ctx = {
    ...(await prepare(server, ADM1 * ADM2_PER_ADM1, 3, dataDir)),
    ...(dataDir ? { dataDir } : {}),
  };
  const app = createApp({ services: ctx.services, config: { webDist: null, bodyLimitBytes: 1024 * 1024 } });
  return { ...ctx, app, latencies: [], failures: 0 };
}

const health = {
  ...common,
  file: common.file,
  comment:
    "The report import above while GET /api/health is asked every 20 ms through the HTTP application in the same process (on the same database); the time is the import's, the notes give the health latency (from when each request was due, so a blocked event loop counts) over this run and over all runs, warm-up included.",
  target: '≤ 10 s (import); /api/health p99 and max < 200 ms (issue 7 §2)',
  run: runWithHealth,
};

export const reportImportHealthServer: BenchCase = {
  ...health,
  name: 'health during report import, 100,000 rows, PostgreSQL server',
  setup: () => prepareWithHealth(true),
};

export const reportImportHealthPglite: BenchCase = {
  ...health,
  name: 'health during report import, 100,000 rows, PGlite',
  setup: () => prepareWithHealth(false, onDisk()),
  teardown: removeDataDir,
};
