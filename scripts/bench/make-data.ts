/**
 * Reproducible benchmark data: 1,000,000 records drawn from sdcMicro's free1 (μ-Argus demo file) by
 * seeded sampling with replacement, then perturbed so that the file has realistic numbers of unique
 * key combinations (plain resampling would make every combination appear ~250 times and k-anonymity
 * trivially true): AGE is jittered by up to ±7 years, NUMYOUNG/NUMOLD move by one in 20 % of records,
 * and the weight is jittered by ±10 %. A tenth column, DISTRICT, is text (one of 60 codes per
 * region), so that the file has 10 columns with one read through the category dictionary.
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '@steward/core/random';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The reference data kept in the repository (test-data/README.md). */
export const TEST_DATA = join(REPO_ROOT, 'test-data');
export const BENCH_DIR = join(REPO_ROOT, '.steward', 'bench');
export const RISK_KEYS = ['REGION', 'SEX', 'AGE', 'MARSTAT', 'KINDPERS', 'NUMYOUNG', 'NUMOLD'] as const;

function readFree1(): { header: string[]; rows: string[][] } {
  const text = readFileSync(join(TEST_DATA, 'sdc/free1.csv'), 'utf8').trim();
  const [head, ...lines] = text.split(/\r?\n/);
  const header = head!.split(',').map((h) => h.replace(/"/g, ''));
  return { header, rows: lines.map((l) => l.split(',')) };
}

/** Writes (once) and returns the path of the benchmark CSV with `rows` records. */
export async function benchmarkFile(rows = 1_000_000, seed = 20261123): Promise<string> {
  const path = join(BENCH_DIR, `free1-perturbed-10col-${rows}-${seed}.csv`);
  if (existsSync(path)) return path;
  mkdirSync(BENCH_DIR, { recursive: true });
  const { header, rows: source } = readFree1();
  const col = (name: string): number => header.indexOf(name);
  const iAge = col('AGE');
  const iYoung = col('NUMYOUNG');
  const iOld = col('NUMOLD');
  const iWeight = col('WEIGHT');
  const keep = [...RISK_KEYS.map(col), col('INCOME'), iWeight];
  const random = seededRandom(seed);
  const out = createWriteStream(path + '.tmp');
  out.write([...RISK_KEYS, 'INCOME', 'WEIGHT', 'DISTRICT'].join(',') + '\n');
  let buffer = '';
  for (let r = 0; r < rows; r++) {
    const rec = [...source[random.int(source.length)]!];
    rec[iAge] = String(Math.min(99, Math.max(15, Number(rec[iAge]) + random.int(15) - 7)));
    if (random.next() < 0.2)
      rec[iYoung] = String(Math.max(0, Number(rec[iYoung]) + (random.next() < 0.5 ? -1 : 1)));
    if (random.next() < 0.2)
      rec[iOld] = String(Math.max(0, Number(rec[iOld]) + (random.next() < 0.5 ? -1 : 1)));
    rec[iWeight] = (Number(rec[iWeight]) * (0.9 + 0.2 * random.next())).toFixed(1);
    // Derived from the row number, not drawn: the other columns stay as they were.
    const district = `D${rec[col('REGION')]}-${String((r * 7919) % 60).padStart(2, '0')}`;
    buffer += keep.map((i) => rec[i]).join(',') + ',' + district + '\n';
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise<void>((ok) => out.once('drain', () => ok()));
      buffer = '';
    }
  }
  out.write(buffer);
  await new Promise<void>((ok, fail) => out.end((err?: Error | null) => (err ? fail(err) : ok())));
  const { renameSync } = await import('node:fs');
  renameSync(path + '.tmp', path);
  return path;
}
