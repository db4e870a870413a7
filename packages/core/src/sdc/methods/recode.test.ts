import { describe, expect, it } from 'vitest';
import { cellText, column, datasetFromColumns, categoricalFromStrings, numericFromValues } from '../dataset';
import {
  computeBreaks,
  recodeCategorical,
  recodeNumeric,
  removeIdentifiers,
  topBottomCoding,
} from './recode';
import { loadReferenceCsv } from '../test-support/reference-data';

const texts = (ds: Parameters<typeof column>[0], name: string): (string | null)[] =>
  Array.from({ length: ds.rowCount }, (_, i) => cellText(column(ds, name), i));

describe('global recoding of numeric variables', () => {
  it('reproduces the fixture ageG = cut(age, 5) (R cut: range/1000 padding, right-closed)', () => {
    const ds = loadReferenceCsv('fixtures/testdata2_with_ageG.csv', { numericOnly: ['age'] });
    const r = recodeNumeric(ds, {
      column: 'age',
      breaks: 5,
      method: 'cut',
      labels: ['AG1', 'AG2', 'AG3', 'AG4', 'AG5'],
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(texts(r.value, 'age')).toEqual(texts(ds, 'ageG'));
    const counts = ['AG1', 'AG2', 'AG3', 'AG4', 'AG5'].map(
      (l) => texts(r.value, 'age').filter((v) => v === l).length,
    );
    expect(counts).toEqual([45, 23, 15, 6, 4]);
    const age = column(ds, 'age');
    if (age.kind !== 'numeric') throw new Error('numeric expected');
    const cuts = computeBreaks(age.values, 5, 'cut');
    [-0.08, 16, 32, 48, 64, 80.08].forEach((c, i) => expect(cuts[i]).toBeCloseTo(c, 10));
  });

  it('explicit breaks: (a, b] intervals, a value equal to the first cut point is NA, default labels', () => {
    const ds = datasetFromColumns([numericFromValues('x', [0, 1, 5, 10, 11, null])]);
    const r = recodeNumeric(ds, { column: 'x', breaks: [0, 5, 10] });
    if (!r.ok) throw new Error(r.error.message);
    expect(texts(r.value, 'x')).toEqual([null, '(0,5]', '(0,5]', '(5,10]', null, null]);
  });

  it('equidistant breaks: seq(min − 1, max + 1), rounded, lowest value included', () => {
    const ds = datasetFromColumns([numericFromValues('x', [1, 2, 3, 10])]);
    const x = column(ds, 'x');
    if (x.kind !== 'numeric') throw new Error('numeric expected');
    expect(computeBreaks(x.values, 2, 'equidistant')).toEqual([0, 6, 11]);
    const r = recodeNumeric(ds, { column: 'x', breaks: 2, labels: ['low', 'high'] });
    if (!r.ok) throw new Error(r.error.message);
    expect(texts(r.value, 'x')).toEqual(['low', 'low', 'low', 'high']);
    expect(computeBreaks(x.values, 2, 'equalAmount')).toEqual([1, 2.5, 10]);
  });

  it('returns error values naming the field', () => {
    const ds = datasetFromColumns([numericFromValues('x', [1, 2]), categoricalFromStrings('s', ['a', 'b'])]);
    expect(recodeNumeric(ds, { column: 'y', breaks: 2 })).toMatchObject({
      ok: false,
      error: { field: 'recode.column' },
    });
    expect(recodeNumeric(ds, { column: 's', breaks: 2 })).toMatchObject({
      ok: false,
      error: { field: 'recode.column' },
    });
    expect(recodeNumeric(ds, { column: 'x', breaks: [3, 1] })).toMatchObject({
      ok: false,
      error: { field: 'recode.breaks' },
    });
    expect(recodeNumeric(ds, { column: 'x', breaks: [0, 1, 2], labels: ['a'] })).toMatchObject({
      ok: false,
      error: { field: 'recode.labels' },
    });
  });
});

describe('categorical grouping, top/bottom coding, identifier removal', () => {
  const ds = datasetFromColumns([
    categoricalFromStrings('marital', ['single', 'married', 'widowed', null, 'divorced']),
    numericFromValues('hh', [1, 12, 5, 9, 10]),
    categoricalFromStrings('name', ['a', 'b', 'c', 'd', 'e']),
  ]);
  it('groups values and keeps unlisted ones and NA', () => {
    const r = recodeCategorical(ds, {
      column: 'marital',
      groups: { 'not married': ['single', 'widowed', 'divorced'] },
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(texts(r.value, 'marital')).toEqual(['not married', 'married', 'not married', null, 'not married']);
    expect(recodeCategorical(ds, { column: 'marital', groups: { a: ['single'], b: ['single'] } }).ok).toBe(
      false,
    );
  });
  it('top coding replaces values strictly greater; bottom strictly less', () => {
    const top = topBottomCoding(ds, { column: 'hh', kind: 'top', value: 10, replacement: 10 });
    if (!top.ok) throw new Error(top.error.message);
    expect(texts(top.value.dataset, 'hh')).toEqual(['1', '10', '5', '9', '10']);
    expect(top.value.changed).toBe(1);
    const bottom = topBottomCoding(ds, { column: 'hh', kind: 'bottom', value: 5, replacement: 5 });
    if (!bottom.ok) throw new Error(bottom.error.message);
    expect(texts(bottom.value.dataset, 'hh')).toEqual(['5', '12', '5', '9', '10']);
  });
  it('removes direct identifiers, naming an unknown one', () => {
    const r = removeIdentifiers(ds, ['name']);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.columns.map((c) => c.name)).toEqual(['marital', 'hh']);
    expect(removeIdentifiers(ds, ['name', 'nope'])).toMatchObject({
      ok: false,
      error: { field: 'removeIdentifiers[1]' },
    });
  });
});
