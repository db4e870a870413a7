// `steward anonymise`, spawned on the reference files: outputs, report, determinism, bad input.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsvBytes, writeXlsx } from '@steward/core/sdc/io/index';
import { afterAll, describe, expect, it } from 'vitest';
import { expectOneLineError, parseCsv, SDC_REFERENCE, steward, tempDir } from '../sdc/test-support';

const FREE1 = join(SDC_REFERENCE, 'free1.csv');
const KEYS = ['REGION', 'SEX', 'AGE', 'MARSTAT', 'KINDPERS', 'NUMYOUNG', 'NUMOLD', 'AGEYOUNG'];
const work = tempDir({
  'k3.json': JSON.stringify({ localSuppression: { keys: KEYS, k: 3 }, weight: 'WEIGHT' }),
  'k1.json': JSON.stringify({ localSuppression: { keys: KEYS, k: 1 } }),
  'unknown-col.json': JSON.stringify({ localSuppression: { keys: ['REGION', 'PROVINCE'], k: 3 } }),
  'typo.json': JSON.stringify({ localSupression: { keys: KEYS, k: 3 } }),
  'broken.json': '{"localSuppression": {',
  'people.csv':
    'name,phone,region,age,disability\n' +
    Array.from(
      { length: 60 },
      (_, i) =>
        `Name${i},+2507${String(1000000 + i * 7919).slice(0, 7)},R${i % 4},${20 + ((i * 13) % 50)},${i % 5 === 0 ? 'yes' : 'no'}`,
    ).join('\n') +
    '\n',
  'mixed.json': JSON.stringify({
    removeIdentifiers: ['name', 'phone'],
    recode: [{ column: 'age', breaks: [0, 29, 49, 120], labels: ['-29', '30-49', '50+'] }],
    pram: { columns: ['disability'] },
    localSuppression: { keys: ['region', 'age'], k: 2 },
  }),
});
afterAll(() => work.remove());

function countMissing(csv: string, columns: readonly string[]): number {
  const [header, ...rows] = parseCsv(csv);
  const idx = columns.map((c) => header!.indexOf(c));
  return rows.reduce((n, row) => n + idx.filter((j) => row[j] === '').length, 0);
}

describe('steward anonymise', () => {
  it('local suppression of free1 to k = 3: k-anonymous output, fewer suppressions than sdcMicro, HTML report', () => {
    const r = steward(
      ['anonymise', FREE1, '--config', 'k3.json', '-o', 'safe.csv', '--report', 'report.html'],
      work.dir,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = readFileSync(join(work.dir, 'safe.csv'), 'utf8');
    const suppressed = countMissing(out, KEYS);
    expect(suppressed).toBeGreaterThan(0);
    expect(suppressed).toBeLessThan(4566); // sdcMicro localSuppression(k = 3) on the same keys
    expect(r.stdout).toContain(`${suppressed} value(s) suppressed`);
    // Every non-key column is untouched.
    const original = parseCsv(readFileSync(FREE1, 'utf8').replace(/"/g, ''));
    const treated = parseCsv(out);
    expect(treated[0]).toEqual(original[0]);
    const income = original[0]!.indexOf('INCOME');
    expect(treated.slice(1).map((row) => Number(row[income]))).toEqual(
      original.slice(1).map((row) => Number(row[income])),
    );
    // The output is 3-anonymous (missing values as wildcards), as `steward check` measures it.
    const check = steward(['check', 'safe.csv', '--keys', KEYS.join(','), '--json'], work.dir);
    expect(JSON.parse(check.stdout).violations['3']).toBe(0);
    // The report: before/after risk and the suppression count, self-contained.
    const html = readFileSync(join(work.dir, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<th scope="row">Records with fk &lt; 3</th><td>3,933</td><td>0</td>');
    expect(html).toContain(
      `<th scope="row">Suppressed values (total)</th><td>${suppressed.toLocaleString('en-US')}</td>`,
    );
    expect(html).not.toMatch(/<script|src=|href=|https?:/);
  });

  it('several steps with a seed: identifiers removed, recoded, PRAM, suppression; same seed, same file', () => {
    const args = (out: string, seed: string) => [
      'anonymise',
      'people.csv',
      '--config',
      'mixed.json',
      '-o',
      out,
      '--seed',
      seed,
    ];
    expect(steward(args('a.csv', '7'), work.dir).code).toBe(0);
    expect(steward(args('b.csv', '7'), work.dir).code).toBe(0);
    const a = readFileSync(join(work.dir, 'a.csv'), 'utf8');
    expect(readFileSync(join(work.dir, 'b.csv'), 'utf8')).toBe(a);
    const [header, ...rows] = parseCsv(a);
    expect(header).toEqual(['region', 'age', 'disability']);
    expect(rows).toHaveLength(60);
    expect(new Set(rows.map((row) => row[1]).filter((v) => v !== ''))).toEqual(
      new Set(['-29', '30-49', '50+']),
    );
    expect(a).not.toMatch(/Name\d|\+2507/);
  });

  it('reads XLSX and writes XLSX', () => {
    const csv = readCsvBytes(new Uint8Array(readFileSync(join(work.dir, 'people.csv'))));
    if (!csv.ok) throw new Error(csv.error.message);
    writeFileSync(join(work.dir, 'people.xlsx'), writeXlsx(csv.dataset));
    const r = steward(
      ['anonymise', 'people.xlsx', '--config', 'mixed.json', '-o', 'people-safe.xlsx', '--seed', '7'],
      work.dir,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const check = steward(['check', 'people-safe.xlsx', '--keys', 'region,age', '--json'], work.dir);
    expect(check.code).toBe(0);
    const report = JSON.parse(check.stdout);
    expect(report.records).toBe(60);
    expect(report.violations['2']).toBe(0);
  });

  it('progress as plain percentage lines when asked (no terminal control codes)', () => {
    const r = steward(['anonymise', FREE1, '--config', 'k3.json', '-o', 'p.csv'], work.dir, {
      STEWARD_PROGRESS: 'lines',
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('steward: reading free1.csv 100%\n');
    expect(r.stderr.includes('\r') || r.stderr.includes('\u001b')).toBe(false);
  });
});

describe('steward anonymise: bad input is one line, nothing written', () => {
  const before = () => work.files();
  it.each([
    [['missing.csv', '--config', 'k3.json'], 'file not found: "missing.csv"'],
    [[FREE1, '--config', 'nope.json'], 'config file not found: "nope.json"'],
    [[FREE1, '--config', 'broken.json'], 'config "broken.json" is not valid JSON'],
    [[FREE1, '--config', 'typo.json'], 'unknown field "localSupression"'],
    [[FREE1, '--config', 'k1.json'], 'localSuppression.k must be a whole number of at least 2 (got 1)'],
    [
      [FREE1, '--config', 'unknown-col.json'],
      'unknown column "PROVINCE" in "free1.csv"; available columns: REGION, SEX, AGE',
    ],
  ])('%j', (args, message) => {
    const files = before();
    const line = expectOneLineError(
      steward(['anonymise', ...(args as string[]), '-o', 'x.csv', '--report', 'x.html'], work.dir),
    );
    expect(line).toContain(message as string);
    expect(work.files()).toEqual(files);
    expect(existsSync(join(work.dir, 'x.csv')) || existsSync(join(work.dir, 'x.html'))).toBe(false);
  });
});
