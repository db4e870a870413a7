/**
 * CPU per authenticated read (issue 7, "Speed of the API"), measured with a fixed number of
 * requests and `process.cpuUsage()` instead of req/s: the machine is shared, and the CPU a request
 * costs moves much less with the neighbours than the rate does. The HTTP application runs in this
 * process on the demo (`app.request`, no socket: the response's one write is the same in every
 * variant), on embedded PGlite (whose backend runs in this process, so its CPU is counted) or on
 * the PostgreSQL server (Node's CPU only; `steward serve` under `npm run bench -- api` also reads
 * the backends' CPU from /proc).
 *
 *   node packages/cli/bin/run-ts.js scripts/bench/api-cpu.ts [pglite|postgres] [requests] [concurrency]
 *
 * Prints the CPU (user + system) per request of each of 3 rounds after a warm-up round, and their
 * median. Not part of `npm run bench`: a tool for A/B comparisons of a change.
 */
import { randomBytes } from 'node:crypto';
import { createApp } from '@steward/api';
import { createTestDatabase } from '@steward/db/testing';
import { createServices } from '@steward/services';

const kind = process.argv[2] ?? 'pglite';
const REQUESTS = Number(process.argv[3] ?? 400);
const CONCURRENCY = Number(process.argv[4] ?? 10);
const PATH = process.env.BENCH_API_PATH ?? '/api/registry';
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

if (kind === 'postgres') process.env.TEST_DATABASE_URL = SERVER;
else delete process.env.TEST_DATABASE_URL;
const db = await createTestDatabase();
const services = createServices({
  db,
  clock: () => new Date(),
  randomBytes: (n) => new Uint8Array(randomBytes(n)),
  config: { twoFactorRequired: false },
});
const demo = await services.demo.load();
const app = createApp({ services, config: { webDist: null, bodyLimitBytes: 1024 * 1024 } });
const login = demo.credentials.find((c) => c.role === 'partner-focal-point')!;
const res = await app.request('/api/auth/login', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: login.email, password: login.password }),
});
if (res.status !== 200) throw new Error(`login: ${res.status} ${await res.text()}`);
const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;

async function round(n: number): Promise<{ cpuMs: number; wallMs: number }> {
  let next = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < n) {
        next++;
        const r = await app.request(PATH, { headers: { cookie, 'accept-encoding': 'gzip, br' } });
        if (r.status !== 200) throw new Error(`${PATH}: ${r.status} ${await r.text()}`);
        await r.arrayBuffer();
      }
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  return { cpuMs: (cpu.user + cpu.system) / 1000 / n, wallMs: (performance.now() - t0) / n };
}

await round(Math.ceil(REQUESTS / 2)); // warm-up: named statements prepared, JIT warm
const rounds: number[] = [];
for (let i = 0; i < 3; i++) {
  const r = await round(REQUESTS);
  rounds.push(r.cpuMs);
  console.log(
    `${kind} ${PATH} round ${i + 1}: ${r.cpuMs.toFixed(2)} ms CPU/request (wall ${r.wallMs.toFixed(2)} ms)`,
  );
}
const median = [...rounds].sort((a, b) => a - b)[1]!;
console.log(
  `${kind} ${PATH}: median ${median.toFixed(2)} ms CPU per request (${REQUESTS} requests × 3, ${CONCURRENCY} at once)`,
);
await db.close();
