// The engine behind the "Check a dataset" page, run in Node on the reference files.
import { readCsvBytes, writeXlsx } from '@steward/core/sdc/io/index';
import { checkReport } from '@steward/core/sdc/risk/index';
import { describe, expect, it } from 'vitest';
import { measure, readDataset, summarise, treat } from './check-engine';
import type { Roles } from './protocol';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The reference data kept in the repository (test-data/sdc/README.md).
const free1Csv = readFileSync(
  fileURLToPath(new URL('../../../../test-data/sdc/free1.csv', import.meta.url)),
  'utf8',
);

const FREE1_KEYS = ['REGION', 'SEX', 'AGE', 'MARSTAT', 'KINDPERS', 'NUMYOUNG', 'NUMOLD', 'AGEYOUNG'];
const noProgress = () => {};

async function load(text: string | Uint8Array<ArrayBuffer>, name = 'data.csv') {
  const r = await readDataset(new Blob([text]), name, noProgress);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function free1Roles(columns: readonly string[]): Roles {
  const roles: Record<string, string> = {};
  for (const c of columns) roles[c] = FREE1_KEYS.includes(c) ? 'key' : c === 'WEIGHT' ? 'weight' : 'other';
  return roles as Roles;
}

describe('check engine', () => {
  it('reads a file with progress, proposes roles, and measures exactly what the core measures', async () => {
    const bytes = new TextEncoder().encode(free1Csv);
    const steps: number[] = [];
    const read = await readDataset(new Blob([bytes]), 'free1.csv', (_s, f) => steps.push(f));
    if (!read.ok) throw new Error(read.error.message);
    expect(steps.at(-1)).toBe(1);
    const loaded = summarise(read.value);
    expect(loaded.records).toBe(4000);
    expect(loaded.columns).toHaveLength(34);
    expect(loaded.roles.WEIGHT).toBe('weight');
    const report = measure(read.value, free1Roles(loaded.columns.map((c) => c.name)));
    if (!report.ok) throw new Error(report.error.message);
    expect(report.value.classes).toBe(3818);
    expect(report.value.violations).toEqual({ '2': 3663, '3': 3933, '5': 3994 });
    expect(report.value.expectedReidentifications).toBeCloseTo(94.226953, 5);
  });

  it('protects to k with importance, removes direct identifiers, and the CSV reads back to the same risk', async () => {
    const rows = ['name,region,sex,age,weight'];
    const regions = ['North', 'South', 'East'];
    let seed = 12345;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let i = 0; i < 300; i++)
      rows.push(`Person ${i},${regions[next(3)]},${next(2) ? 'F' : 'M'},${18 + next(40)},${100 + next(13)}`);
    const ds = await load(rows.join('\n') + '\n');
    const roles = {
      name: 'direct-identifier',
      region: 'key',
      sex: 'key',
      age: 'key',
      weight: 'weight',
    } as Roles;
    const result = treat(
      ds,
      'people.csv',
      roles,
      { k: 3, importance: ['region', 'sex', 'age'], removeDirectIdentifiers: true },
      noProgress,
    );
    if (!result.ok) throw new Error(result.error.message);
    const t = result.value;
    expect(t.before.violations['3']).toBeGreaterThan(0);
    expect(t.after.violations['3']).toBe(0);
    expect(t.removedColumns).toEqual(['name']);
    expect(t.fileName).toBe('people-protected.csv');
    expect(t.suppressions.total).toBe(Object.values(t.suppressions.perKey).reduce((a, b) => a + b, 0));
    expect(t.suppressions.total).toBeGreaterThan(0);
    // age (least important) gives up more values than region (most important).
    expect(t.suppressions.perKey.age!).toBeGreaterThanOrEqual(t.suppressions.perKey.region!);
    const text = await t.csv.text();
    expect(text.split('\n')[0]).toBe('region,sex,age,weight');
    expect(text).not.toContain('Person');
    const back = readCsvBytes(new TextEncoder().encode(text));
    if (!back.ok) throw new Error(back.error.message);
    const again = checkReport(back.dataset, { keys: ['region', 'sex', 'age'], weight: 'weight' });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.report.violations).toEqual(t.after.violations);
    expect(again.report.globalRisk).toBeCloseTo(t.after.globalRisk, 12);
  });

  it('reads an XLSX workbook to the same dataset as its CSV', async () => {
    const csv = readCsvBytes(new TextEncoder().encode(free1Csv));
    if (!csv.ok) throw new Error(csv.error.message);
    const read = await readDataset(
      new Blob([new Uint8Array(writeXlsx(csv.dataset))]),
      'free1.xlsx',
      noProgress,
    );
    if (!read.ok) throw new Error(read.error.message);
    const roles = free1Roles(read.value.columns.map((c) => c.name));
    const a = measure(read.value, roles);
    const b = measure(csv.dataset, roles);
    expect(a.ok && b.ok && a.value.expectedReidentifications).toBe(b.ok && b.value.expectedReidentifications);
    expect(a.ok && a.value.classes).toBe(3818);
  });

  it('reports bad input as codes with line numbers', async () => {
    const ragged = await readDataset(new Blob(['a,b\n1,2\n3\n4,5,6\n']), 'r.csv', noProgress);
    expect(ragged.ok).toBe(false);
    if (!ragged.ok) {
      expect(ragged.error.code).toBe('ragged-rows');
      expect(ragged.error.lines).toEqual([3, 4]);
    }
    const empty = await readDataset(new Blob(['']), 'e.csv', noProgress);
    expect(!empty.ok && empty.error.code).toBe('empty-file');
    const xlsx = await readDataset(new Blob(['PK']), 'e.xlsx', noProgress);
    expect(!xlsx.ok && xlsx.error.code).toBe('invalid-xlsx');
    const ds = await load('a,b\n1,2\n');
    const none = measure(ds, { a: 'other', b: 'other' });
    expect(!none.ok && none.error.code).toBe('no-keys');
    const badK = treat(
      ds,
      'x.csv',
      { a: 'key', b: 'other' },
      { k: 1, importance: [], removeDirectIdentifiers: false },
      noProgress,
    );
    expect(!badK.ok && badK.error.code).toBe('bad-k');
  });
  it('proposes at most 8 confident keys on free1, and measures far fewer uniques than all 28 guesses', async () => {
    const ds = await load(free1Csv, 'free1.csv');
    const loaded = summarise(ds);
    const keys = Object.keys(loaded.roles).filter((c) => loaded.roles[c] === 'key');
    expect(keys).toEqual(['REGION', 'SEX', 'AGE', 'MARSTAT', 'KINDPERS', 'NUMYOUNG', 'NUMOLD', 'AGEYOUNG']);
    expect(loaded.keyProposal).toMatchObject({ proposed: keys, cap: 8, minConfidence: 0.7 });
    for (const k of keys) {
      expect(loaded.findings.find((f) => f.column === k)!.confidence, k).toBeGreaterThanOrEqual(0.7);
    }
    expect(loaded.keyProposal.notProposed).toHaveLength(20);
    const proposed = measure(ds, loaded.roles);
    const everyGuess = { ...loaded.roles } as Record<string, string>;
    for (const c of loaded.keyProposal.notProposed) everyGuess[c] = 'key';
    const all = measure(ds, everyGuess as Roles);
    if (!proposed.ok || !all.ok) throw new Error('measure failed');
    expect(all.value.keys).toHaveLength(28);
    expect(all.value.sampleUniques).toBe(3972); // the figure reported in issue 8
    expect(proposed.value.sampleUniques).toBe(3663);
  });

  it('explains a report where every record is at risk 100 % and none counts as high-risk', async () => {
    const rows = ['village,age'];
    for (let i = 0; i < 50; i++) rows.push(`V${i},${20 + i}`);
    const ds = await load(rows.join('\n') + '\n');
    const r = measure(ds, { village: 'key', age: 'key' } as Roles);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.globalRisk).toBe(1);
    expect(r.value.sampleUniques).toBe(50);
    // High-risk is relative (median + 3·MAD, at least 0.1): here the threshold is 100 %, none above.
    expect(r.value.highRiskRecords).toBe(0);
    expect(r.value.highRiskThreshold).toBe(1);
    // One outlier among safe records stands out above a 10 % floor.
    const mixed = ['region'];
    for (let i = 0; i < 60; i++) mixed.push(i === 0 ? 'Alone' : `R${i % 3}`);
    const m = measure(await load(mixed.join('\n') + '\n'), { region: 'key' } as Roles);
    if (!m.ok) throw new Error(m.error.message);
    expect(m.value.highRiskRecords).toBe(1);
    expect(m.value.highRiskThreshold).toBeCloseTo(0.1, 10);
  });
});
