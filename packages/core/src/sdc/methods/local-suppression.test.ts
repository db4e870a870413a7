import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asCategorical,
  categoricalFromStrings,
  column,
  datasetFromColumns,
  MISSING_CODE,
  numericFromValues,
  type Dataset,
} from '../dataset';
import { localSuppByRisk, localSuppression } from './local-suppression';
import { approxRisk, naiveFk } from './test-support/check';
import { loadReferenceCsv } from '../test-support/reference-data';

const T2_KEYS = ['urbrur', 'roof', 'walls', 'water', 'electcon', 'relat', 'sex'];
const FREE1_KEYS = ['REGION', 'SEX', 'AGE', 'MARSTAT', 'KINDPERS', 'NUMYOUNG', 'NUMOLD', 'AGEYOUNG'];

function expectKAnonymous(ds: Dataset, keys: readonly string[], k: number, rows?: number[]): void {
  const { fk } = naiveFk(ds, keys);
  const bad = (rows ?? fk.map((_, i) => i)).filter((i) => fk[i]! < k);
  expect(bad).toEqual([]);
}

function countNa(ds: Dataset, keys: readonly string[]): number {
  let c = 0;
  for (const k of keys) for (const v of asCategorical(column(ds, k)).codes) if (v === MISSING_CODE) c++;
  return c;
}

describe('localSuppression on testdata2 (sdcMicro test_localSuppression.R)', () => {
  const ds = loadReferenceCsv('fixtures/testdata2_with_ageG.csv', { numericOnly: [] });

  it('7 keys, k = 2: at most sdcMicro’s 97 suppressions, and 2-anonymous afterwards', () => {
    const r = localSuppression(ds, { keys: T2_KEYS, k: 2 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.newSuppressions).toBeGreaterThan(0);
    expect(r.value.newSuppressions).toBeLessThanOrEqual(97);
    expect(countNa(r.value.dataset, T2_KEYS)).toBe(r.value.newSuppressions);
    expectKAnonymous(r.value.dataset, T2_KEYS, 2);
  });

  it('with ageG strata: at most 109, and 2-anonymous within every stratum', () => {
    const r = localSuppression(ds, { keys: T2_KEYS, k: 2, strata: ['ageG'] });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.newSuppressions).toBeLessThanOrEqual(109);
    const ageG = asCategorical(column(ds, 'ageG'));
    for (let g = 0; g < ageG.levels.length; g++) {
      const rows = [...ageG.codes.keys()].filter((i) => ageG.codes[i] === g);
      const sub = datasetFromColumns(
        T2_KEYS.map((k) => {
          const c = asCategorical(column(r.value.dataset, k));
          return { ...c, codes: Int32Array.from(rows.map((i) => c.codes[i]!)) };
        }),
      );
      expectKAnonymous(sub, T2_KEYS, 2);
    }
  });

  it('combs = 3 with k = 10 in ageG strata fails: k is larger than a stratum', () => {
    const r = localSuppression(ds, {
      keys: ['urbrur', 'roof', 'walls'],
      k: 10,
      combs: [3],
      strata: ['ageG'],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.field).toBe('strata');
  });

  it('combs 3:2 with k = (10, 20) makes every key subset k-anonymous', () => {
    const keys = ['urbrur', 'roof', 'walls'];
    const r = localSuppression(ds, { keys, k: [10, 20], combs: [3, 2] });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.newSuppressions).toBeGreaterThan(0);
    expectKAnonymous(r.value.dataset, keys, 10);
    for (const pair of [
      ['urbrur', 'roof'],
      ['urbrur', 'walls'],
      ['roof', 'walls'],
    ]) {
      expectKAnonymous(r.value.dataset, pair, 20);
    }
  });

  it('weighted object with the sampling weight column untouched', () => {
    const r = localSuppression(ds, { keys: T2_KEYS, k: 3 });
    if (!r.ok) throw new Error(r.error.message);
    expect(column(r.value.dataset, 'sampling_weight')).toBe(column(ds, 'sampling_weight'));
    expectKAnonymous(r.value.dataset, T2_KEYS, 3);
  });
});

describe('localSuppression on localSuppression_fixture (sdcMicro)', () => {
  const ds = loadReferenceCsv('fixtures/localSuppression_fixture.csv', { numericOnly: [] });

  it('Var4, Var5, k = 2: at most 2 suppressions', () => {
    const r = localSuppression(ds, { keys: ['Var4', 'Var5'], k: 2 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.newSuppressions).toBeLessThanOrEqual(2);
    expectKAnonymous(r.value.dataset, ['Var4', 'Var5'], 2);
  });

  it('combs 1:2: at most 2; combs 3:2 is an error value ("combs too large")', () => {
    const r = localSuppression(ds, { keys: ['Var4', 'Var5'], k: 2, combs: [1, 2] });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.newSuppressions).toBeLessThanOrEqual(2);
    const bad = localSuppression(ds, { keys: ['Var4', 'Var5'], k: 2, combs: [3, 2] });
    expect(bad).toMatchObject({ ok: false, error: { field: 'combs' } });
  });

  it('Var3 (continuous), Var4, Var5 with importance (3, 2, 1): at most 10, all in Var3', () => {
    const keys = ['Var3', 'Var4', 'Var5'];
    const r = localSuppression(ds, { keys, k: 2, importance: [3, 2, 1] });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.newSuppressions).toBeLessThanOrEqual(10);
    // Importance 3 = suppressed first: Var3 carries most of the suppressions.
    const per = r.value.newSuppressionsPerKey;
    expect(per['Var3']!).toBeGreaterThan(per['Var4']! + per['Var5']!);
    expectKAnonymous(r.value.dataset, keys, 2);
    const c = localSuppression(ds, { keys, k: 2, importance: [3, 2, 1], combs: [3, 2] });
    if (!c.ok) throw new Error(c.error.message);
    expect(c.value.newSuppressions).toBeLessThanOrEqual(11);
    expectKAnonymous(c.value.dataset, keys, 2);
  });
});

describe('localSuppression on free1 (quality bar)', () => {
  it('8 keys, k = 3: fewer suppressions than sdcMicro’s 4,566, every record fk >= 3', () => {
    const ds = loadReferenceCsv('free1.csv', { numericOnly: ['AGE'] });
    const r = localSuppression(ds, { keys: FREE1_KEYS, k: 3 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.newSuppressions).toBeLessThan(4566);
    expect(countNa(r.value.dataset, FREE1_KEYS)).toBe(r.value.newSuppressions);
    const perKey = Object.values(r.value.newSuppressionsPerKey).reduce((a, b) => a + b, 0);
    expect(perKey).toBe(r.value.newSuppressions);
    expectKAnonymous(r.value.dataset, FREE1_KEYS, 3);
    // Numeric key columns stay numeric; suppressed cells become NaN.
    const age = column(r.value.dataset, 'AGE');
    expect(age.kind).toBe('numeric');
    if (age.kind === 'numeric')
      expect(age.values.filter(Number.isNaN).length).toBe(r.value.newSuppressionsPerKey['AGE']);
  });
});

describe('localSuppByRisk on francdat (sdcMicro test_localSupp.R)', () => {
  it('suppresses Key4 where rk > 0.15 (rows 4, 6, 7) and no record’s risk increases', () => {
    const ds = loadReferenceCsv('francdat.csv', { numericOnly: ['w'] });
    const keys = ['Key1', 'Key2', 'Key3', 'Key4'];
    const w = column(ds, 'w');
    if (w.kind !== 'numeric') throw new Error('w must be numeric');
    const before = naiveFk(ds, keys, w.values);
    const rk = before.fk.map((f, i) => approxRisk(f, before.Fk[i]!));
    const r = localSuppByRisk(ds, { keyVar: 'Key4', threshold: 0.15, risk: rk });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.suppressed).toBe(3);
    const key4 = asCategorical(column(r.value.dataset, 'Key4')).codes;
    expect([...key4.keys()].filter((i) => key4[i] === MISSING_CODE)).toEqual([3, 5, 6]);
    const after = naiveFk(r.value.dataset, keys, w.values);
    after.fk.forEach((f, i) => expect(approxRisk(f, after.Fk[i]!)).toBeLessThanOrEqual(rk[i]! + 1e-12));
  });
});

describe('localSuppression configuration errors', () => {
  const ds = datasetFromColumns([categoricalFromStrings('a', ['1', '2', '3'])]);
  it('names the field', () => {
    expect(localSuppression(ds, { keys: ['a', 'zz'], k: 2 })).toMatchObject({
      ok: false,
      error: { field: 'keys[1]' },
    });
    expect(localSuppression(ds, { keys: ['a'], k: 1 })).toMatchObject({ ok: false, error: { field: 'k' } });
    expect(localSuppression(ds, { keys: ['a'], k: 2, importance: [2] })).toMatchObject({
      ok: false,
      error: { field: 'importance' },
    });
    expect(localSuppression(ds, { keys: ['a'], k: 4 })).toMatchObject({ ok: false, error: { field: 'k' } });
  });
});

describe('localSuppression properties (fast-check)', () => {
  const arbData = fc
    .record({
      n: fc.integer({ min: 3, max: 40 }),
      K: fc.integer({ min: 1, max: 4 }),
      card: fc.integer({ min: 1, max: 5 }),
      k: fc.integer({ min: 2, max: 4 }),
      seed: fc.integer(),
    })
    .chain(({ n, K, card, k }) =>
      fc.record({
        k: fc.constant(Math.min(k, n)),
        keys: fc.array(
          fc.array(fc.option(fc.integer({ min: 0, max: card - 1 }), { nil: null, freq: 8 }), {
            minLength: n,
            maxLength: n,
          }),
          {
            minLength: K,
            maxLength: K,
          },
        ),
        other: fc.array(fc.double({ noNaN: true }), { minLength: n, maxLength: n }),
      }),
    );

  it('k-anonymity holds, only key variables change, count = new NAs', () => {
    fc.assert(
      fc.property(arbData, ({ k, keys, other }) => {
        const names = keys.map((_, q) => `k${q}`);
        const ds = datasetFromColumns([
          ...keys.map((col, q) =>
            categoricalFromStrings(
              names[q]!,
              col.map((v) => (v === null ? null : `v${v}`)),
            ),
          ),
          numericFromValues('other', other),
        ]);
        const r = localSuppression(ds, { keys: names, k });
        if (!r.ok) return false;
        const out = r.value.dataset;
        expectKAnonymous(out, names, k);
        expect(column(out, 'other')).toBe(column(ds, 'other'));
        let newNa = 0;
        for (const name of names) {
          const a = asCategorical(column(ds, name)).codes;
          const b = asCategorical(column(out, name)).codes;
          for (let i = 0; i < a.length; i++) {
            if (b[i] !== a[i]) {
              expect(b[i]).toBe(MISSING_CODE);
              newNa++;
            }
          }
        }
        expect(newNa).toBe(r.value.newSuppressions);
        return true;
      }),
      { numRuns: 150 },
    );
  });
});

describe('localSuppression with many keys (candidate-set path, K > 12)', () => {
  it('13 keys: k-anonymous afterwards', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 25, maxLength: 25 }), {
          minLength: 13,
          maxLength: 13,
        }),
        fc.integer({ min: 2, max: 3 }),
        (cols, k) => {
          const names = cols.map((_, q) => `q${q}`);
          const ds = datasetFromColumns(cols.map((c, q) => categoricalFromStrings(names[q]!, c.map(String))));
          const r = localSuppression(ds, { keys: names, k });
          if (!r.ok) return false;
          expectKAnonymous(r.value.dataset, names, k);
          expect(countNa(r.value.dataset, names)).toBe(r.value.newSuppressions);
          return true;
        },
      ),
      { numRuns: 20 },
    );
  });
});
