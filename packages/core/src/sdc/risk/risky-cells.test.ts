import { describe, expect, it } from 'vitest';
import { categoricalFromStrings, datasetFromColumns } from '../dataset';
import { loadReferenceCsv } from '../test-support/reference-data';
import { riskyCells } from './risky-cells';

const testdata2 = loadReferenceCsv('testdata2.csv');
const keys = testdata2.columns.slice(0, 6).map((c) => c.name);

describe('riskyCells (sdcMicro test_riskyCells.R, useIdentificationLevel = FALSE)', () => {
  it('thresholds per dimension 50/25/10/5, maxDim 4: urbrur alone has 1 unsafe cell (27 ≤ 50)', () => {
    const result = riskyCells(testdata2, { keys: keys.slice(0, 5), threshold: [50, 25, 10, 5], maxDim: 4 });
    if (!result.ok) throw new Error(result.error.message);
    const first = result.rows[0]!;
    expect(first.variables).toEqual(['urbrur']);
    expect(first.cells).toBe(2);
    expect(first.unsafeCells).toBe(1);
    // 5 singles + 10 pairs + 10 triples + 5 quadruples
    expect(result.rows).toHaveLength(30);
    expect(result.rows.at(-1)!.dimension).toBe(4);
  });

  it('one threshold 10, maxDim 3: urbrur alone has no unsafe cell', () => {
    const result = riskyCells(testdata2, { keys: keys.slice(0, 5), threshold: 10, maxDim: 3 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.rows[0]!.unsafeCells).toBe(0);
    expect(result.rows).toHaveLength(25);
  });

  it('counts cells with count ≤ threshold, skipping missing values, over observed cells only', () => {
    const a = categoricalFromStrings('a', ['x', 'x', 'y', 'y', 'y', null]);
    const b = categoricalFromStrings('b', ['1', '2', '1', '1', null, '1']);
    const result = riskyCells(datasetFromColumns([a, b]), { keys: ['a', 'b'], threshold: 1 });
    if (!result.ok) throw new Error(result.error.message);
    const byName = Object.fromEntries(result.rows.map((r) => [r.variables.join('*'), r]));
    expect(byName['a']).toMatchObject({ cells: 2, unsafeCells: 0 });
    expect(byName['b']).toMatchObject({ cells: 2, unsafeCells: 1 });
    // a*b observed: x1, x2, y1(2) → x1 and x2 unsafe
    expect(byName['a*b']).toMatchObject({ cells: 3, unsafeCells: 2 });
  });

  it('returns clear errors for bad options', () => {
    const r1 = riskyCells(testdata2, { keys: ['nope'], threshold: 3 });
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.error.message).toContain('Unknown column "nope"');
    const r2 = riskyCells(testdata2, { keys: keys.slice(0, 3), threshold: [1, 2], maxDim: 3 });
    expect(r2.ok).toBe(false);
    const r3 = riskyCells(testdata2, { keys: keys.slice(0, 3), threshold: 3, maxDim: 4 });
    expect(r3.ok).toBe(false);
  });
});
