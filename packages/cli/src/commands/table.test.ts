// `steward table`, spawned on sdcTable's microdata1 and on generated hierarchical data.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectOneLineError, parseCsv, SDC_REFERENCE, steward, tempDir } from '../sdc/test-support';

const MICRODATA1 = join(SDC_REFERENCE, 'sdcTable_microdata1.csv');
const work = tempDir({ 'ragged.csv': 'region,sex\nA,f\nB\n', 'empty.csv': '' });
afterAll(() => work.remove());

/** Counts and sums of microdata1 computed here from the raw file, by (region, gender) and totals. */
function expectedCells(): Map<string, { freq: number; value: number }> {
  const rows = parseCsv(readFileSync(MICRODATA1, 'utf8')).slice(1);
  const cells = new Map<string, { freq: number; value: number }>();
  for (const [region, gender, val] of rows) {
    for (const r of [region!, 'Total'])
      for (const g of [gender!, 'Total']) {
        const c = cells.get(`${r}/${g}`) ?? { freq: 0, value: 0 };
        c.freq++;
        c.value += Number(val);
        cells.set(`${r}/${g}`, c);
      }
  }
  return cells;
}

describe('steward table', () => {
  it('protects a magnitude table: every cell, markers, reasons, published figures equal the data', () => {
    const r = steward(
      [
        'table',
        MICRODATA1,
        '--rows',
        'region',
        '--cols',
        'gender',
        '--value',
        'val',
        '--rule',
        'freq-le(2)',
        '--rule',
        'p(70)',
        '-o',
        'out.csv',
      ],
      work.dir,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/15 cells, 2 primary and \d+ secondary suppressions/);
    const [header, ...rows] = parseCsv(readFileSync(join(work.dir, 'out.csv'), 'utf8'));
    expect(header).toEqual(['region', 'gender', 'freq', 'value', 'status', 'reason']);
    expect(rows).toHaveLength(15);
    const expected = expectedCells();
    const byKey = new Map(rows.map((row) => [`${row[0]}/${row[1]}`, row]));
    expect([...byKey.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, row] of byKey) {
      const [, , freq, value, status, reason] = row;
      if (status === 'u' || status === 'x') {
        expect(freq).toBe('x');
        expect(value).toBe('x');
        expect(reason).not.toBe('');
      } else {
        expect(Number(freq)).toBe(expected.get(key)!.freq);
        expect(Number(value)).toBe(expected.get(key)!.value);
      }
    }
    // sdcTable's primary verdicts (README 4.1): freq ≤ 2 flags A/female, p70 flags it and D/male.
    expect(byKey.get('A/female')![4]).toBe('u');
    expect(byKey.get('D/male')![4]).toBe('u');
    // No suppressed cell alone in its row or column of the table (otherwise recomputable).
    for (const region of ['A', 'B', 'C', 'D']) {
      const n = ['female', 'male'].filter((g) => byKey.get(`${region}/${g}`)![4] !== 's').length;
      expect(n === 0 || n >= 2).toBe(true);
    }
    for (const gender of ['female', 'male']) {
      const n = ['A', 'B', 'C', 'D'].filter((g) => byKey.get(`${g}/${gender}`)![4] !== 's').length;
      expect(n === 0 || n >= 2).toBe(true);
    }
  });

  it('builds a hierarchical frequency table and keeps published margins additive', () => {
    const lines = ['province,district,sex'];
    const districts: Record<string, string[]> = { P1: ['D11', 'D12', 'D13'], P2: ['D21', 'D22'] };
    const sizes = [7, 1, 12, 9, 2, 15, 4, 8, 3, 11];
    let s = 0;
    for (const [p, ds] of Object.entries(districts))
      for (const d of ds)
        for (const sex of ['f', 'm'])
          for (let i = 0; i < sizes[s++ % sizes.length]!; i++) lines.push(`${p},${d},${sex}`);
    const hierarchy = 'code,parent\nP1,Total\nD11,P1\nD12,P1\nD13,P1\nP2,Total\nD21,P2\nD22,P2\n';
    const t = tempDir({ 'cases.csv': lines.join('\n') + '\n', 'h.csv': hierarchy });
    try {
      const r = steward(
        [
          'table',
          'cases.csv',
          '--rows',
          'district',
          '--cols',
          'sex',
          '--hierarchy',
          'district=h.csv',
          '--rule',
          'freq(3)',
          '-o',
          't.csv',
        ],
        t.dir,
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const [, ...rows] = parseCsv(readFileSync(join(t.dir, 't.csv'), 'utf8'));
      // Total, P1, D11, D12, D13, P2, D21, D22 × Total, f, m
      expect(rows.map((row) => row[0])).toEqual(
        ['Total', 'P1', 'D11', 'D12', 'D13', 'P2', 'D21', 'D22'].flatMap((c) => [c, c, c]),
      );
      const cell = new Map(rows.map((row) => [`${row[0]}/${row[1]}`, row]));
      const published = (k: string) => (cell.get(k)![4] === 's' ? Number(cell.get(k)![2]) : null);
      expect(published('Total/Total')).toBe(lines.length - 1);
      // Primary: counts 1 and 2 (freq(3) = Handbook "< 3").
      const primaries = rows.filter((row) => row[4] === 'u');
      expect(primaries.length).toBeGreaterThan(0);
      for (const row of primaries) expect(row[5]).toMatch(/frequency/);
      // Where a parent and all its children are published, they add up.
      const parents: Record<string, string[]> = { Total: ['P1', 'P2'], P1: districts.P1!, P2: districts.P2! };
      for (const sex of ['Total', 'f', 'm'])
        for (const [parent, kids] of Object.entries(parents)) {
          const values = kids.map((k) => published(`${k}/${sex}`));
          const p = published(`${parent}/${sex}`);
          if (p !== null && values.every((v) => v !== null))
            expect(values.reduce((a, b) => a! + b!, 0)).toBe(p);
          // Never exactly one child suppressed under a published parent.
          if (p !== null) expect(values.filter((v) => v === null).length).not.toBe(1);
        }
    } finally {
      t.remove();
    }
  });
});

describe('steward table: bad input is one line, nothing written', () => {
  it('unknown rule, k-like parameter out of range, unknown column, ragged rows, empty file', () => {
    const cases: [string[], string][] = [
      [['--rows', 'region', '--rule', 'mystery(3)'], 'Unknown rule "mystery"'],
      [['--rows', 'region', '--rule', 'nk(1,75)'], 'nk'],
      [['--rows', 'province', '--rule', 'freq(3)'], 'unknown column "province"'],
    ];
    for (const [args, message] of cases) {
      const line = expectOneLineError(steward(['table', MICRODATA1, ...args, '-o', 'bad.csv'], work.dir));
      expect(line).toContain(message);
      expect(existsSync(join(work.dir, 'bad.csv'))).toBe(false);
    }
    expect(
      expectOneLineError(
        steward(['table', 'ragged.csv', '--rows', 'region', '--rule', 'freq(3)', '-o', 'bad.csv'], work.dir),
      ),
    ).toContain('line(s) 3');
    expect(
      expectOneLineError(
        steward(['table', 'empty.csv', '--rows', 'region', '--rule', 'freq(3)', '-o', 'bad.csv'], work.dir),
      ),
    ).toContain('empty');
    expect(work.files().filter((f) => f.includes('bad') || f.endsWith('.tmp'))).toEqual([]);
  });

  it('an output folder that does not exist is refused before reading', () => {
    const line = expectOneLineError(
      steward(
        ['table', MICRODATA1, '--rows', 'region', '--rule', 'freq(3)', '-o', 'no/such/t.csv'],
        work.dir,
      ),
    );
    expect(line).toContain('folder "no/such" does not exist');
  });
});
