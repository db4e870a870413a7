import { describe, expect, it } from 'vitest';
import {
  MISSING_CODE,
  SdcUsageError,
  asCategorical,
  categoricalFromStrings,
  cellText,
  column,
  datasetFromColumns,
  hasColumn,
  numericFromValues,
  replaceColumn,
} from './dataset';

describe('dataset model', () => {
  it('dictionary-encodes strings in first-seen order, empty and null as missing', () => {
    const c = categoricalFromStrings('sex', ['F', 'M', '', null, 'F', undefined]);
    expect(c.levels).toEqual(['F', 'M']);
    expect(Array.from(c.codes)).toEqual([0, 1, MISSING_CODE, MISSING_CODE, 0, MISSING_CODE]);
    const ordered = categoricalFromStrings('sex', ['M'], ['F', 'M']);
    expect(Array.from(ordered.codes)).toEqual([1]);
  });
  it('numeric columns use NaN for missing and unparsable values', () => {
    const c = numericFromValues('age', [1, '2.5', '', null, 'x']);
    expect(Array.from(c.values).map((v) => (Number.isNaN(v) ? null : v))).toEqual([1, 2.5, null, null, null]);
  });
  it('asCategorical turns numbers into levels and keeps missing', () => {
    const c = asCategorical(numericFromValues('k', [2, 1, 2, null]));
    expect(c.levels).toEqual(['2', '1']);
    expect(Array.from(c.codes)).toEqual([0, 1, 0, MISSING_CODE]);
  });
  it('cellText, column lookup and replacement', () => {
    const ds = datasetFromColumns([
      categoricalFromStrings('a', ['x', null]),
      numericFromValues('b', [1, null]),
    ]);
    expect([
      cellText(column(ds, 'a'), 0),
      cellText(column(ds, 'a'), 1),
      cellText(column(ds, 'b'), 1),
    ]).toEqual(['x', null, null]);
    expect(hasColumn(ds, 'b')).toBe(true);
    expect(() => column(ds, 'zz')).toThrow(SdcUsageError);
    const ds2 = replaceColumn(ds, numericFromValues('a', [5, 6]));
    expect(cellText(column(ds2, 'a'), 1)).toBe('6');
    expect(cellText(column(ds, 'a'), 1)).toBeNull();
  });
  it('refuses columns of different lengths (misuse)', () => {
    expect(() => datasetFromColumns([numericFromValues('a', [1]), numericFromValues('b', [1, 2])])).toThrow(
      SdcUsageError,
    );
  });
});
