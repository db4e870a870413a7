/**
 * (issue 10, issue 7 §2) How long each call into embedded PGlite holds the event loop during a
 * report import: every synchronous call into the backend (`execProtocolRawSync`, one protocol
 * message or simple query) is timed and attributed to its statement's first words (never its
 * parameters or literals). Imports two new months of ROWS rows, then replaces the first.
 *
 *   node packages/cli/bin/run-ts.js scripts/bench/statement-times.ts [ROWS]
 *
 * PGlite runs in a data folder on disk, as `steward serve` runs it. Prints per import the wall and
 * CPU time, the calls' total, and the longest calls; wall times on the shared machine are noisy.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { ownerSql } from '@steward/db/testing';
import { FRAMEWORK, prepare } from './cases/report-import';
import { timedImport } from './timed-import';

const rows = Number(process.argv[2] ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'steward-stmt-'));
const ctx = await prepare(false, Math.ceil(rows / FRAMEWORK.indicators.length), 2, dir);
// A/B of a schema change, as in reimport-probe.ts: statements run as the owner before the imports.
for (const statement of (process.env.PROBE_OWNER_SQL ?? '').split(';').filter((s) => s.trim()))
  await ownerSql(ctx.db, statement);

/** A statement's first words, literals and parameters left out. */
function head(text: string): string {
  return text
    .replace(/'(?:[^']|'')*'/g, "'…'")
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 70);
}
const decoder = new TextDecoder();
let current = '?';
const named = new Map<string, string>();
let calls: { what: string; ms: number; cpu: number }[] = [];
const proto = PGlite.prototype as unknown as { execProtocolRawSync(m: Uint8Array): Uint8Array };
const original = proto.execProtocolRawSync;
proto.execProtocolRawSync = function (this: unknown, message: Uint8Array) {
  const type = String.fromCharCode(message[0] ?? 0);
  if (type === 'Q') current = head(decoder.decode(message.subarray(5, Math.min(message.length, 400))));
  else if (type === 'P') {
    // Parse: statement name\0 query\0 …
    const body = message.subarray(5, Math.min(message.length, 600));
    const nul = body.indexOf(0);
    const name = decoder.decode(body.subarray(0, nul));
    current = head(decoder.decode(body.subarray(nul + 1, body.indexOf(0, nul + 1))));
    if (name) named.set(name, current);
  } else if (type === 'B') {
    // Bind: portal\0 statement name\0 …
    const body = message.subarray(5, Math.min(message.length, 200));
    const nul = body.indexOf(0);
    const name = decoder.decode(body.subarray(nul + 1, body.indexOf(0, nul + 1)));
    if (name) current = named.get(name) ?? `prepared ${name}`;
  }
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  try {
    return original.call(this, message);
  } finally {
    const c = process.cpuUsage(c0);
    calls.push({ what: `${type} ${current}`, ms: performance.now() - t0, cpu: (c.user + c.system) / 1000 });
  }
};

for (const [label, f] of [
  ['new month', 0],
  ['new month', 1],
  ['month replaced', 0],
] as const) {
  // PROBE_IMPORTS=2: the two new months only.
  if (f === 0 && label === 'month replaced' && process.env.PROBE_IMPORTS === '2') break;
  calls = [];
  const { result: r, wall, cpu, longestWait: longest } = await timedImport(ctx, ctx.files[f]!);
  const total = calls.reduce((s, c) => s + c.ms, 0);
  console.log(
    `${label}: ${r.values} values, ${wall.toFixed(2)} s wall, CPU ${cpu.toFixed(2)} s; ` +
      `${calls.length} calls into PGlite, ${(total / 1000).toFixed(2)} s; longest event-loop wait ${longest.toFixed(0)} ms`,
  );
  const byWhat = new Map<string, { n: number; ms: number; max: number; cpu: number; maxCpu: number }>();
  for (const c of calls) {
    const s = byWhat.get(c.what) ?? { n: 0, ms: 0, max: 0, cpu: 0, maxCpu: 0 };
    s.n++;
    s.ms += c.ms;
    s.max = Math.max(s.max, c.ms);
    s.cpu += c.cpu;
    s.maxCpu = Math.max(s.maxCpu, c.cpu);
    byWhat.set(c.what, s);
  }
  for (const [what, s] of [...byWhat].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12))
    console.log(
      `  ${s.n.toString().padStart(5)} × total ${s.ms.toFixed(0).padStart(6)} ms (CPU ${s.cpu.toFixed(0).padStart(6)}), max ${s.max.toFixed(0).padStart(5)} ms (CPU ${s.maxCpu.toFixed(0).padStart(4)})  ${what}`,
    );
  const inserts = calls.filter((c) => c.what.includes('insert into report_values'));
  const deletes = calls.filter((c) => c.what.includes('delete from report_values'));
  for (const [name, list] of [
    ['inserts', inserts],
    ['deletes', deletes],
  ] as const) {
    if (list.length < 10) continue;
    const tenth = Math.max(1, Math.floor(list.length / 10));
    const avg = (xs: typeof list, k: 'ms' | 'cpu') =>
      (xs.reduce((s, c) => s + c[k], 0) / xs.length).toFixed(0);
    console.log(
      `  ${name}: first tenth ${avg(list.slice(0, tenth), 'ms')} ms a call (CPU ${avg(list.slice(0, tenth), 'cpu')}), last tenth ${avg(list.slice(-tenth), 'ms')} ms (CPU ${avg(list.slice(-tenth), 'cpu')})`,
    );
  }
  const over = calls.filter((c) => c.ms > 100).length;
  console.log(
    `  calls over 100 ms: ${over}; over 150 ms: ${calls.filter((c) => c.ms > 150).length}; CPU over 100 ms: ${calls.filter((c) => c.cpu > 100).length}`,
  );
}
await ctx.db.close();
rmSync(dir, { recursive: true, force: true });
