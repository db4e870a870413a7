/**
 * `npm run bench`: runs every benchmark case, medians of 5 after one warm-up run, and writes
 * docs/benchmarks.md with the machine's details. Targets are compared within this one run (the
 * machine is shared and noisy), and each case states the peer figure it is measured against.
 *
 *   npm run bench                 all cases
 *   npm run bench -- risk         only cases whose name contains "risk"
 *
 * A full run also writes docs/benchmarks.csv (one row per case with date, machine and file), kept in
 * the repository so that a regression shows in its diff.
 */
import { writeFileSync } from 'node:fs';
import { writeCsvRows } from '@steward/core/sdc/io/index';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './make-data';
import { cases, type BenchCase } from './cases';

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
  await bench.run(ctx, notes); // warm-up
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

async function main(): Promise<void> {
  const filter = process.argv[2];
  // The machine is shared: its load when the run starts says how far the figures can be trusted.
  const load = loadavg()[0]!;
  const selected = cases.filter((c) => !filter || c.name.includes(filter));
  const results: Result[] = [];
  for (const bench of selected) results.push(await measure(bench));
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
    writeFileSync(join(REPO_ROOT, 'docs/benchmarks.md'), lines.join('\n'));
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
