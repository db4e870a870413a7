import { describe, expect, it } from 'vitest';
import { categoricalFromStrings, datasetFromColumns, numericFromValues } from '../dataset';
import { informationLoss } from './info-loss';

describe('information loss', () => {
  const original = datasetFromColumns([
    categoricalFromStrings('a', ['x', 'y', 'x', 'y']),
    categoricalFromStrings('b', ['p', 'q', 'r', 's']),
    numericFromValues('v', [1, 2, 3, 4]),
    categoricalFromStrings('id', ['1', '2', '3', '4']),
  ]);
  it('is zero for an untouched dataset', () => {
    const l = informationLoss(original, original, ['a', 'b']);
    expect(l.totalSuppressions).toBe(0);
    expect(l.changedShare).toBe(0);
    expect(l.entropyLoss.total).toBe(0);
  });
  it('counts suppressions, changes, removed columns and entropy (full suppression = n·H)', () => {
    const treated = datasetFromColumns([
      categoricalFromStrings('a', [null, null, null, null]),
      categoricalFromStrings('b', ['pq', 'pq', 'r', null]),
      numericFromValues('v', [1, 2, 3.5, 4]),
    ]);
    const l = informationLoss(original, treated, ['a', 'b']);
    expect(l.suppressionsPerKey).toEqual({ a: 4, b: 1 });
    expect(l.totalSuppressions).toBe(5);
    expect(l.changedPerColumn).toEqual({ a: 4, b: 3, v: 1 });
    expect(l.changedShare).toBeCloseTo(8 / 12, 12);
    expect(l.removedColumns).toEqual(['id']);
    // a: fully suppressed, 4 · H(x,y) = 4 bits. b: pq merges two → 2 · 1 bit; s suppressed → 2 bits.
    expect(l.entropyLoss.perKey['a']).toBeCloseTo(4, 12);
    expect(l.entropyLoss.perKey['b']).toBeCloseTo(4, 12);
    expect(l.entropyLoss.relative).toBeCloseTo(8 / (4 + 8), 12);
  });
});
