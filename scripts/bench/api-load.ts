/**
 * API load benchmark (issue 7, "Speed of the API"): `steward serve` on the demo response, once on
 * embedded PGlite and once on the PostgreSQL server (when one answers on 127.0.0.1), loaded with
 * autocannon (closed loop) and by scripts/bench/open-loop.ts (a rate offered) from this process over
 * 127.0.0.1 only, bounded in time.
 *
 *   npm run bench -- api                 the load cases only (rewrites their section of docs/benchmarks.md)
 *   BENCH_API_SECONDS=10                 length of each measured run (default 10; warm-up 3 s)
 *   BENCH_API_CONNECTIONS=50             concurrent connections (default 50)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres
 *                                        server used to create (and drop) a scratch database
 *   BENCH_API_CHECKOUT=/path/to/checkout serve another checkout of Steward (an A/B with an older
 *                                        commit under the same load); default this one
 *
 * Two measurements per case and database, one row each in the table:
 * - "max": closed loop, each of the 50 connections sends its next request when the last one is
 *   answered; gives the highest rate the server sustains, but its latency is about connections ÷
 *   throughput (a queue the load generator itself keeps full), so it cannot show a p99 target.
 * - "offered": the target's rate offered open loop (`openLoop`, scripts/bench/open-loop.ts: request
 *   i due at i ÷ rate, over at most the same 50 connections, each latency counted from when the
 *   request was due); gives the latency at that rate, the honest reading of "N req/s with p99 ≤
 *   M ms". Met only when the rate was also achieved. (Not autocannon's `overallRate`: it sends each
 *   second's requests in a burst in the first fifth of the second, so its p99 measures the burst;
 *   see open-loop.ts and decision 0013, seventh round.)
 *
 * Besides req/s and latency, each run records the CPU time the server process (and, on the
 * server, the PostgreSQL backends of the scratch database) spent per request, read from /proc:
 * the machine is shared, and CPU per request moves much less with the neighbours than req/s.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { REPO_ROOT } from './make-data';
import { openLoop } from './open-loop';

export interface LoadCase {
  name: string;
  /** The request loaded (GET, authenticated with the session cookie of `role`). */
  path: string;
  role: string;
  /** Targets per database. */
  targets: Record<DatabaseKind, { minRps: number; maxP99Ms?: number }>;
}

type DatabaseKind = 'pglite' | 'postgres';

/** Closed loop at the highest rate, or the target's rate offered (see the header). */
export type LoadMode = 'max' | 'offered';

export interface LoadResult {
  bench: LoadCase;
  mode: LoadMode;
  /** The rate offered (mode 'offered'). */
  offeredRps?: number;
  database: DatabaseKind;
  databaseLabel: string;
  runs: LoadFigures[];
  notes: string[];
}

interface LoadFigures {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  failures: number;
  serverCpuMsPerRequest: number | null;
  databaseCpuMsPerRequest: number | null;
  load1: number;
}

export const loadCases: LoadCase[] = [
  {
    name: 'GET /api/registry as a partner (focal point)',
    path: '/api/registry',
    role: 'partner-focal-point',
    targets: { postgres: { minRps: 500, maxP99Ms: 50 }, pglite: { minRps: 200 } },
  },
];

const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_API_CONNECTIONS ?? 50);
const WARM_UP_SECONDS = 3;
const RUNS = 3;
/** The checkout whose `steward` is served (BENCH_API_CHECKOUT for an A/B), default this one. */
const CHECKOUT = process.env.BENCH_API_CHECKOUT || REPO_ROOT;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

interface Server {
  child: ChildProcess;
  url: string;
  credentials: { email: string; password: string; role: string }[];
  /** Pids whose CPU counts as the database's (PostgreSQL backends), if any. */
  databasePids(): Promise<number[]>;
  stop(): Promise<void>;
}

function steward(args: string[], env: NodeJS.ProcessEnv): void {
  const run = spawnSync(process.execPath, ['packages/cli/bin/steward.js', ...args], {
    cwd: CHECKOUT,
    env,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`steward ${args[0]} failed: ${run.stderr || run.stdout}`);
}

/** Starts `steward serve` on a free port of 127.0.0.1 and waits for "Steward listening on …". */
function serve(env: NodeJS.ProcessEnv, extra: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['packages/cli/bin/steward.js', 'serve', '--host', '127.0.0.1', '--port', '0', ...extra],
    { cwd: CHECKOUT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`steward serve did not start:\n${out}`)), 180_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Steward listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        child.stderr?.resume();
        resolve({ child, url: match[1]! });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`steward serve exited (${code}):\n${out}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.DATABASE_APP_URL;
  delete env.STEWARD_DATA_DIR;
  return env;
}

async function startPglite(): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'steward-bench-'));
  const logins = join(dir, 'logins.json');
  const env = { ...baseEnv(), STEWARD_DATA_DIR: join(dir, 'data') };
  const { child, url } = await serve(env, ['--load-demo-if-empty', '--credentials-out', logins]);
  return {
    child,
    url,
    credentials: JSON.parse(readFileSync(logins, 'utf8')) as Server['credentials'],
    databasePids: async () => [],
    async stop() {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The server URL to use, or null with the reason when there is none on 127.0.0.1. */
async function serverUrl(): Promise<{ url: string | null; reason?: string }> {
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const host = new URL(url).hostname;
  if (!LOOPBACK.has(host))
    return { url: null, reason: `BENCH_DATABASE_URL must name 127.0.0.1 (got ${host})` };
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return { url };
  } catch (error) {
    return { url: null, reason: `no PostgreSQL server at ${host}: ${(error as Error).message}` };
  } finally {
    await client.end().catch(() => {});
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function startPostgres(adminUrl: string): Promise<Server> {
  const name = `steward_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const dir = mkdtempSync(join(tmpdir(), 'steward-bench-'));
  const logins = join(dir, 'logins.json');
  const env = { ...baseEnv(), DATABASE_URL: withDatabase(adminUrl, name) };
  const drop = async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    steward(['migrate'], env);
    steward(['demo', '--credentials-out', logins], env);
    const { child, url } = await serve(env, []);
    return {
      child,
      url,
      credentials: JSON.parse(readFileSync(logins, 'utf8')) as Server['credentials'],
      async databasePids() {
        const { rows } = await admin.query<{ pid: number }>(
          'select pid from pg_stat_activity where datname = $1',
          [name],
        );
        return rows.map((r) => r.pid);
      },
      async stop() {
        await stopChild(child);
        await drop();
      },
    };
  } catch (error) {
    await drop();
    throw error;
  }
}

/** User + system CPU time of a process in ms (Linux /proc), or null. */
function cpuMs(pid: number | undefined): number | null {
  if (!pid || !existsSync(`/proc/${pid}/stat`)) return null;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 1/100 s
}

async function signIn(server: Server, role: string): Promise<string> {
  const login = server.credentials.find((c) => c.role === role);
  if (!login) throw new Error(`the demo has no ${role}`);
  const res = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: login.email, password: login.password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${role} answered ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

async function loadOnce(
  server: Server,
  bench: LoadCase,
  cookie: string,
  seconds: number,
  overallRate?: number,
): Promise<LoadFigures> {
  const dbBefore = new Map((await server.databasePids()).map((pid) => [pid, cpuMs(pid) ?? 0]));
  const serverBefore = cpuMs(server.child.pid);
  const url = `${server.url}${bench.path}`;
  const figures = overallRate
    ? await openLoop({ url, rate: overallRate, seconds, connections: CONNECTIONS, headers: { cookie } }).then(
        (r) => ({
          rps: r.rps,
          p50: r.p50,
          p99: r.p99,
          requests: r.completed + r.failures,
          failures: r.failures,
        }),
      )
    : await autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: { cookie } }).then(
        (r) => ({
          rps: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          requests: r.requests.total,
          failures: r.non2xx + r.errors + r.timeouts,
        }),
      );
  const serverAfter = cpuMs(server.child.pid);
  // Backends opened during the run count from zero (a closed one is lost: the pool keeps them).
  const pidsAfter = await server.databasePids();
  const dbSpent = pidsAfter.length
    ? pidsAfter.reduce((sum, pid) => sum + (cpuMs(pid) ?? 0) - (dbBefore.get(pid) ?? 0), 0)
    : null;
  const requests = figures.requests;
  const perRequest = (before: number | null, after: number | null) =>
    before === null || after === null || requests === 0 ? null : (after - before) / requests;
  return {
    ...figures,
    serverCpuMsPerRequest: perRequest(serverBefore, serverAfter),
    databaseCpuMsPerRequest: dbSpent === null ? null : perRequest(0, dbSpent),
    load1: loadavg()[0]!,
  };
}

async function measureOn(database: DatabaseKind, server: Server, label: string, cases: LoadCase[]) {
  const results: LoadResult[] = [];
  for (const bench of cases) {
    process.stderr.write(`▸ ${bench.name} on ${label}\n`);
    const cookie = await signIn(server, bench.role);
    const probe = await fetch(`${server.url}${bench.path}`, { headers: { cookie } });
    const body = (await probe.json()) as { items?: unknown[] };
    if (probe.status !== 200) throw new Error(`${bench.path} answered ${probe.status}`);
    await loadOnce(server, bench, cookie, WARM_UP_SECONDS);
    const notes = [`${Array.isArray(body.items) ? body.items.length : '?'} items per response`];
    const offered = bench.targets[database].minRps;
    for (const mode of ['max', 'offered'] as const) {
      const rate = mode === 'offered' ? offered : undefined;
      const runs: LoadFigures[] = [];
      for (let i = 0; i < RUNS; i++) {
        const figures = await loadOnce(server, bench, cookie, SECONDS, rate);
        runs.push(figures);
        process.stderr.write(
          `  ${mode === 'max' ? 'max' : `offered ${offered} req/s`} run ${i + 1}/${RUNS}: ${figures.rps.toFixed(0)} req/s, p50 ${figures.p50} ms, p99 ${figures.p99} ms, load ${figures.load1.toFixed(1)}\n`,
        );
      }
      results.push({
        bench,
        mode,
        ...(rate ? { offeredRps: rate } : {}),
        database,
        databaseLabel: label,
        runs,
        notes,
      });
    }
  }
  return results;
}

/** Runs the load cases on PGlite, then on the PostgreSQL server when one answers on 127.0.0.1. */
export async function runLoadCases(cases: LoadCase[]): Promise<{ results: LoadResult[]; skipped: string[] }> {
  const results: LoadResult[] = [];
  const skipped: string[] = [];
  const pgliteVersion = (
    JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const embedded = await startPglite();
  try {
    results.push(...(await measureOn('pglite', embedded, `PGlite ${pgliteVersion} (embedded)`, cases)));
  } finally {
    await embedded.stop();
  }
  const { url, reason } = await serverUrl();
  if (!url) {
    skipped.push(`PostgreSQL server: skipped (${reason})`);
    return { results, skipped };
  }
  const server = await startPostgres(url);
  try {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const version = (await client.query<{ v: string }>(`select current_setting('server_version') as v`))
      .rows[0]!.v;
    await client.end();
    results.push(...(await measureOn('postgres', server, `PostgreSQL ${version} server (127.0.0.1)`, cases)));
  } finally {
    await server.stop();
  }
  return { results, skipped };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const fmt = (x: number | null, digits = 2) => (x === null ? '—' : x.toFixed(digits));

/** The generated section of docs/benchmarks.md for these results. */
export function loadSection(results: LoadResult[], skipped: string[]): string {
  const cpu = cpus();
  const lines = [
    `Written by \`npm run bench -- api\` (scripts/bench/api-load.ts) on ${new Date().toISOString().slice(0, 10)}: ` +
      `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
      `Node ${process.version}${CHECKOUT === REPO_ROOT ? '' : `, serving ${CHECKOUT}`}. ${CONNECTIONS} connections over 127.0.0.1, ${RUNS} runs of ` +
      `${SECONDS} s after a ${WARM_UP_SECONDS} s warm-up; medians, with the range of req/s. Load model: **max** = closed loop ` +
      `(each connection sends its next request when answered: the highest rate; latency ≈ connections ÷ throughput, so it ` +
      `checks only the req/s target); **offered N/s** = the target's rate offered open loop (scripts/bench/open-loop.ts: ` +
      `request i due at i ÷ rate, over at most the same connections, latency counted from when each request was due): ` +
      `checks the p99 target at that rate, met only when the rate was achieved (≥ 98 %). CPU per request: the ` +
      `server process, and the PostgreSQL backends of the scratch database (on PGlite the database runs inside ` +
      `the server process). Load = the machine's 1-minute load average during the runs (other work on the machine).`,
    '',
    '| Request | Database | Load model | req/s | req/s range | p50 (ms) | p99 (ms) | Target | Met | Server CPU/req (ms) | DB CPU/req (ms) | Load | Notes |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const rps = median(r.runs.map((x) => x.rps));
    const p50 = median(r.runs.map((x) => x.p50));
    const p99 = median(r.runs.map((x) => x.p99));
    const target = r.bench.targets[r.database];
    const offered = r.mode === 'offered' ? (r.offeredRps ?? target.minRps) : null;
    // max: the req/s target; offered: the rate achieved and, where the target has one, the p99.
    const met =
      offered === null
        ? rps >= target.minRps
        : rps >= offered * 0.98 && (target.maxP99Ms === undefined || p99 <= target.maxP99Ms);
    const targetText =
      offered === null
        ? `≥ ${target.minRps} req/s`
        : `${offered} req/s achieved${target.maxP99Ms === undefined ? '' : `, p99 ≤ ${target.maxP99Ms} ms`}`;
    const failures = r.runs.reduce((n, x) => n + x.failures, 0);
    const pick = (f: (x: LoadFigures) => number | null) => {
      const xs = r.runs.map(f).filter((x): x is number => x !== null);
      return xs.length ? median(xs) : null;
    };
    lines.push(
      `| ${r.bench.name} | ${r.databaseLabel} | ${offered === null ? 'max' : `offered ${offered}/s`} | ${rps.toFixed(0)} | ${Math.min(...r.runs.map((x) => x.rps)).toFixed(0)}–${Math.max(...r.runs.map((x) => x.rps)).toFixed(0)} | ${p50} | ${p99} | ${targetText} | ${met ? 'yes' : 'no'} | ${fmt(pick((x) => x.serverCpuMsPerRequest))} | ${fmt(pick((x) => x.databaseCpuMsPerRequest))} | ${r.runs.map((x) => x.load1.toFixed(1)).join(', ')} | ${[...r.notes, failures ? `${failures} failed requests` : 'no failed request'].join('; ')} |`,
    );
  }
  for (const s of skipped) lines.push('', `- ${s}`);
  return lines.join('\n');
}
