/**
 * `npm run bench`: runs every benchmark case, medians of 5 after one warm-up run, and writes
 * docs/benchmarks.md with the machine's details. Targets are compared within this one run (the
 * machine is shared and noisy), and each case states the peer figure it is measured against.
 *
 *   npm run bench                 all cases
 *   npm run bench -- risk         only cases whose name contains "risk"
 *   npm run bench -- api          only the API load cases (api-load.ts); rewrites their section
 *
 * A full run also writes docs/benchmarks.csv (one row per case with date, machine and file), kept in
 * the repository so that a regression shows in its diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { writeCsvRows } from '@steward/core/sdc/io/index';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './make-data';
import { cases, type BenchCase } from './cases';
import { loadCases, loadSection, runLoadCases } from './api-load';

interface Result {
  bench: BenchCase;
  times: number[];
  peakRssMb: number;
  notes: string[];
}

const RUNS = 5;

async function measure(bench: BenchCase): Promise<Result> {
  process.stderr.write(`▸ ${bench.name}: preparing…\n`);
  const ctx = await bench.setup();
  const notes: string[] = [];
  for (let w = 0; w < (bench.warmups ?? 1); w++) await bench.run(ctx, notes); // warm-up
  const times: number[] = [];
  let peak = process.memoryUsage().rss;
  for (let i = 0; i < RUNS; i++) {
    const runNotes: string[] = [];
    const t0 = performance.now();
    await bench.run(ctx, runNotes);
    times.push((performance.now() - t0) / 1000);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (i === RUNS - 1) notes.splice(0, notes.length, ...runNotes);
    process.stderr.write(`  run ${i + 1}/${RUNS}: ${times[i]!.toFixed(3)} s\n`);
  }
  await bench.teardown?.(ctx);
  return { bench, times, peakRssMb: peak / 2 ** 20, notes };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const BENCHMARKS_MD = join(REPO_ROOT, 'docs/benchmarks.md');
/** docs/benchmarks.md from this heading on is the API load part: its generated section, then notes. */
const API_PART = '## API load';
const API_START = '<!-- api-load:start -->';
const API_END = '<!-- api-load:end -->';

/** The API part of docs/benchmarks.md, with its generated section replaced when `generated` is given. */
function apiPart(existing: string, generated: string | null): string {
  const at = existing.indexOf(API_PART);
  let part = at >= 0 ? existing.slice(at) : `${API_PART} (authenticated reads)\n\n${API_START}\n${API_END}\n`;
  if (generated !== null) {
    const start = part.indexOf(API_START);
    const end = part.indexOf(API_END);
    part =
      start >= 0 && end > start
        ? `${part.slice(0, start + API_START.length)}\n${generated}\n${part.slice(end)}`
        : `${part}\n${API_START}\n${generated}\n${API_END}\n`;
  }
  return part;
}

/**
 * The hand-written sections of docs/benchmarks.md between the generated table and the API part
 * (from the first `## ` heading on, e.g. how to read the figures, start and test-suite times): a
 * full run replaces only the generated head and keeps them.
 */
function handWritten(existing: string): string {
  const at = existing.indexOf('\n## ');
  if (at < 0) return '';
  const api = existing.indexOf(API_PART);
  return existing.slice(at + 1, api > at ? api : existing.length);
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  // The machine is shared: its load when the run starts says how far the figures can be trusted.
  const load = loadavg()[0]!;
  const selected = cases.filter((c) => !filter || c.name.includes(filter));
  const selectedLoad = loadCases.filter((c) => !filter || filter === 'api' || c.name.includes(filter));
  const results: Result[] = [];
  for (const bench of selected) results.push(await measure(bench));
  let generatedApi: string | null = null;
  if (selectedLoad.length > 0) {
    const run = await runLoadCases(selectedLoad);
    generatedApi = loadSection(run.results, run.skipped);
    console.log(generatedApi);
  }
  const existing = existsSync(BENCHMARKS_MD) ? readFileSync(BENCHMARKS_MD, 'utf8') : '';
  if (filter && generatedApi !== null && selected.length === 0) {
    // Only load cases ran: rewrite their section, keep the rest of the file.
    const at = existing.indexOf(API_PART);
    const head = at >= 0 ? existing.slice(0, at) : `${existing.trimEnd()}\n\n`;
    writeFileSync(BENCHMARKS_MD, head + apiPart(existing, generatedApi));
    return;
  }
  const cpu = cpus();
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${load.toFixed(1)} at start`;
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench). Each figure is the median of 5 runs after one warm-up run,',
    'with min and max; targets come from the disclosure-control issue, peers from published or measured figures.',
    '',
    `- Date: ${date}`,
    `- Machine: ${machine}`,
    `- Node ${process.version}, ${process.platform}/${process.arch}`,
    '',
    '| Benchmark | File | Median (s) | Min | Max | Peak RSS (MB) | Target | Met | Peer (and source) | Notes |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const m = median(r.times);
    const met = r.bench.targetSeconds === undefined ? '—' : m <= r.bench.targetSeconds ? 'yes' : 'no';
    lines.push(
      `| ${r.bench.name} | ${r.bench.file ?? '—'} | ${m.toFixed(3)} | ${Math.min(...r.times).toFixed(3)} | ${Math.max(...r.times).toFixed(3)} | ${r.peakRssMb.toFixed(0)} | ${r.bench.target} | ${met} | ${r.bench.peer} | ${r.notes.join('; ')} |`,
    );
  }
  lines.push(
    '',
    ...results.flatMap((r) => (r.bench.comment ? [`- **${r.bench.name}**: ${r.bench.comment}`] : [])),
    '',
  );
  if (!filter) {
    writeFileSync(
      BENCHMARKS_MD,
      `${lines.join('\n')}\n${handWritten(existing)}${apiPart(existing, generatedApi)}`,
    );
    const rows = results.map((r) => {
      const m = median(r.times);
      const met = r.bench.targetSeconds === undefined ? '' : m <= r.bench.targetSeconds ? 'yes' : 'no';
      return [
        date,
        machine,
        process.version,
        r.bench.name,
        r.bench.file ?? '',
        m.toFixed(3),
        Math.min(...r.times).toFixed(3),
        Math.max(...r.times).toFixed(3),
        r.peakRssMb.toFixed(0),
        r.bench.target,
        met,
        r.bench.peer,
        r.notes.join('; '),
      ];
    });
    const header = [
      'date',
      'machine',
      'node',
      'benchmark',
      'file',
      'median_s',
      'min_s',
      'max_s',
      'peak_rss_mb',
      'target',
      'met',
      'peer',
      'notes',
    ];
    writeFileSync(join(REPO_ROOT, 'docs/benchmarks.csv'), writeCsvRows([header, ...rows], { newline: '\n' }));
  }
  console.log(lines.join('\n'));
}

await main();
