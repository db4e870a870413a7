/**
 * Reading a file (issue 12 §1): the CSV reader alone on the 1,000,000-row × 10-column benchmark
 * file, and `steward check` on the same file as a whole process (start, read, measure, print),
 * with the bare start of the `steward` command measured beside it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { readCsvBytes } from '@steward/core/sdc/io/index';
import type { BenchCase } from '../cases';
import { benchmarkFile, REPO_ROOT, RISK_KEYS } from '../make-data';
import { median, record, timings } from './shared';

const FILE = 'free1-perturbed-10col-1000000 (1,000,000 rows × 10 columns, 29 MB; scripts/bench/make-data.ts)';

export const csvReader: BenchCase = {
  name: 'CSV reader alone, 1M rows × 10 columns',
  target: '≤ 0.5 s',
  targetSeconds: 0.5,
  peer: "R data.table::fread ≈ 0.3 s (issue 12's measurement of a 1M-row file on this machine type; not re-measured here)",
  file: FILE,
  comment:
    'Bytes already in memory → typed columns (9 numeric, 1 text): UTF-8 check, delimiter detection, type inference, number parsing and category dictionary, as `steward check` does after reading the file.',
  async setup() {
    return new Uint8Array(readFileSync(await benchmarkFile()));
  },
  run(bytes: Uint8Array, notes) {
    const t0 = performance.now();
    const r = readCsvBytes(bytes);
    record('csv-read', (performance.now() - t0) / 1000);
    if (!r.ok) throw new Error(r.error.message);
    const kinds = r.dataset.columns.map((c) => c.kind);
    notes.push(
      `${r.dataset.rowCount.toLocaleString('en-US')} rows, ${kinds.filter((k) => k === 'numeric').length} numeric + ${kinds.filter((k) => k === 'categorical').length} text columns`,
      `${(bytes.length / 2 ** 20).toFixed(1)} MiB`,
    );
  },
};

const BIN = join(REPO_ROOT, 'packages/cli/bin/steward.js');

function steward(args: readonly string[]): { seconds: number; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, STEWARD_PROGRESS: 'off' },
    maxBuffer: 64 << 20,
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`steward ${args[0]} failed: ${r.stderr}`);
  return { seconds, stdout: r.stdout };
}

export const checkWholeProcess: BenchCase = {
  name: 'steward check 1M rows, whole process',
  target: '≤ 1 s',
  targetSeconds: 1,
  peer: 'sdcMicro 5.8.1 in R (fread + createSdcObj + measure_risk) 6.28 s whole process (issue 12, same-machine measurement; not re-measured here)',
  file: FILE,
  comment:
    '`steward check FILE --keys <7 keys> --weight WEIGHT --json` spawned as a user runs it: process start (the esbuild-compiled CLI, see packages/cli/bin/compiled.js), read (the last 42 % on a second thread when a core is free, packages/cli/src/sdc/csv-threads.ts; STEWARD_READ_THREADS=1 or 2 in the environment decides), identifying-column detection, missing-value survey, risk report. The bare start (`steward --help`) is measured beside it.',
  async setup() {
    return benchmarkFile();
  },
  run(path: string, notes) {
    const check = steward(['check', path, '--keys', RISK_KEYS.join(','), '--weight', 'WEIGHT', '--json']);
    const start = steward(['--help']);
    const threads = process.env.STEWARD_READ_THREADS;
    record('check-process', check.seconds);
    record('process-start', start.seconds);
    const report = JSON.parse(check.stdout) as { records: number; classes: number };
    const read = median(timings.get('csv-read') ?? []);
    notes.push(
      `${report.records.toLocaleString('en-US')} records, ${report.classes.toLocaleString('en-US')} classes`,
      `bare start (steward --help) ${start.seconds.toFixed(3)} s`,
      `read threads: ${threads === '1' || threads === '2' ? threads : `auto (2 when the load average, here ${loadavg()[0]!.toFixed(2)}, is below the cores, ${availableParallelism()})`}`,
      ...(Number.isFinite(read) ? [`reader alone (median) ${read.toFixed(3)} s`] : []),
      `ratio to sdcMicro's 6.28 s: ${(check.seconds / 6.28).toFixed(2)}`,
    );
  },
};
