// `steward check` reading a CSV file on two threads (csv-threads.ts) prints what it prints on one:
// the same JSON on the reference file and on files whose split point falls inside quotes, the same
// error line for a bad row in the worker's half. STEWARD_TIMINGS shows which way the read went.
import { appendFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvReader } from '@steward/core/sdc/io/csv';
import { pushFileTwoThreads, wantTwoThreads } from './csv-threads';
import type { Progress } from './progress';
import { SDC_REFERENCE, steward, tempDir } from './test-support';

const enc = new TextEncoder();
const rows = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i));

// ~600 KB each: past the first 128 KiB read before the split, so the second thread is used.
const quoted = [
  'region,sex,age,note,weight',
  ...rows(12_000, (i) =>
    i % 3 === 0
      ? `R${i % 17},${i % 2 ? 'F' : 'M'},${20 + (i % 50)},"a note\nover two lines, ""quoted"" ${i}",${(1 + (i % 9) / 4).toFixed(2)}`
      : `R${i % 17},${i % 2 ? 'F' : 'M'},${20 + (i % 50)},Zoë – 日本 ${i % 5},${(1 + (i % 7) / 4).toFixed(2)}`,
  ),
].join('\r\n');
const plain = [
  'region,sex,age,weight',
  ...rows(40_000, (i) => `R${i % 23},${i % 2},${18 + (i % 61)},${i % 4}.5`),
];
const ragged = [...plain.slice(0, 30_000), 'R1,1,30', ...plain.slice(30_000)].join('\n');

const work = tempDir({
  'quoted.csv': new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(quoted)]),
  'plain.csv': plain.join('\n') + '\n',
  'ragged.csv': ragged,
});
afterAll(() => work.remove());

function check(file: string, keys: string, threads: '1' | '2', weight?: string) {
  return steward(
    ['check', file, '--keys', keys, ...(weight ? ['--weight', weight] : []), '--json'],
    work.dir,
    { STEWARD_READ_THREADS: threads, STEWARD_TIMINGS: '1' },
  );
}

describe('steward check, reading on two threads', () => {
  it('uses the second thread for a large file when a core is free, or when told', () => {
    const MiB = 1 << 20;
    expect(wantTwoThreads(30 * MiB, {}, 0.9, 2)).toBe(true);
    // A busy machine (load 8 on 2 cores), one core, a small file: one thread.
    expect(wantTwoThreads(30 * MiB, {}, 8, 2)).toBe(false);
    expect(wantTwoThreads(30 * MiB, {}, 0, 1)).toBe(false);
    expect(wantTwoThreads(MiB, {}, 0, 8)).toBe(false);
    expect(wantTwoThreads(MiB, { STEWARD_READ_THREADS: '2' }, 8, 2)).toBe(true);
    expect(wantTwoThreads(30 * MiB, { STEWARD_READ_THREADS: '1' }, 0, 8)).toBe(false);
  });

  it('free1 (the reference file): the same JSON as one thread, the second part absorbed', () => {
    const path = join(SDC_REFERENCE, 'free1.csv');
    expect(readFileSync(path).length).toBeGreaterThan(300_000);
    const keys = 'REGION,SEX,AGE,MARSTAT,KINDPERS,NUMYOUNG,NUMOLD,AGEYOUNG';
    const one = check(path, keys, '1', 'WEIGHT');
    const two = check(path, keys, '2', 'WEIGHT');
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(one.stderr).not.toContain('second part');
    expect(two.stderr).toContain('read: second part absorbed');
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(two.stdout).records).toBe(4000);
  });

  it('quoted line feeds, CRLF, a BOM and multi-byte text: the same JSON as one thread', () => {
    for (const file of ['quoted.csv', 'plain.csv']) {
      const keys = file === 'quoted.csv' ? 'region,sex,age,note' : 'region,sex,age';
      const one = check(file, keys, '1', 'weight');
      const two = check(file, keys, '2', 'weight');
      expect(one.code, file).toBe(0);
      expect(two.stdout, file).toBe(one.stdout);
      expect(two.stderr, file).toMatch(/read: second part (absorbed|read again)/);
    }
    expect(JSON.parse(check('plain.csv', 'region', '2').stdout).records).toBe(40_000);
  });

  it('a ragged row in the second half: the same error, with its line, as one thread', () => {
    const one = check('ragged.csv', 'region,sex', '1');
    const two = check('ragged.csv', 'region,sex', '2');
    expect(one.code).not.toBe(0);
    expect(one.stderr).toContain('line(s) 30001.');
    expect(two.code).toBe(one.code);
    expect(two.stderr).toContain('read again on this thread');
    // Without the timing lines ("steward: <phase> 0.123 s").
    const errorLine = (s: string) => s.split('\n').filter((l) => !/^steward: .* \d+\.\d{3} s$/.test(l));
    expect(errorLine(two.stderr)).toEqual(errorLine(one.stderr));
  });

  it('a file appended after its size was taken is read to its end, as one thread reads it (attack review)', async () => {
    const file = join(work.dir, 'growing.csv');
    appendFileSync(file, plain.slice(0, 1000).join('\n') + '\n');
    const size = statSync(file).size;
    // Rows written between the size's stat and the read.
    appendFileSync(file, plain.slice(1000, 1500).join('\n') + '\n');
    const reader = new CsvReader({ file: 'growing.csv', sizeHint: size });
    const quiet: Progress = { step() {}, update() {}, done() {} };
    await pushFileTwoThreads(reader, file, size, quiet);
    const result = reader.finish();
    expect(result.ok && result.dataset.rowCount).toBe(1499);
  });
});
