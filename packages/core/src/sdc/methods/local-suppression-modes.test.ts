/**
 * Local suppression's two modes against sdcMicro, key by key. sdcMicro's counts come from
 * `sdcMicroSuppress` (test-support), its algorithm written from the published description, which
 * first has to reproduce the upstream test expectations (README 1.1 and 3.4) exactly.
 */
import { describe, expect, it } from 'vitest';
import { categoricalFromStrings, datasetFromColumns, type Dataset } from '../dataset';
import { loadReferenceCsv } from '../test-support/reference-data';
import { keyCodes } from './encode';
import { defaultImportance, localSuppression, type LocalSuppressionMode } from './local-suppression';
import { naiveFk } from './test-support/check';
import { applyTreatment } from './treatment';
import { sdcMicroSuppress } from './test-support/sdcmicro-greedy';

const T2_KEYS = ['urbrur', 'roof', 'walls', 'water', 'electcon', 'relat', 'sex'];

function sdcMicro(
  ds: Dataset,
  keys: readonly string[],
  k: number,
  importance: readonly number[],
  strata?: string,
) {
  const cols = keyCodes(ds, keys).codes.map((c) => Int32Array.from(c));
  const per = new Array<number>(keys.length).fill(0);
  const all = [...Array(ds.rowCount).keys()];
  const groups = strata ? keyCodes(ds, [strata]).codes[0]! : null;
  const ids = groups ? [...new Set(groups)] : [0];
  for (const g of ids) {
    const rows = groups ? all.filter((i) => groups[i] === g) : all;
    sdcMicroSuppress(cols, rows, k, importance).forEach((v, q) => (per[q]! += v));
  }
  return {
    total: per.reduce((a, b) => a + b, 0),
    perKey: Object.fromEntries(keys.map((n, q) => [n, per[q]!])),
  };
}

function run(
  ds: Dataset,
  keys: readonly string[],
  k: number,
  importance: number[],
  mode: LocalSuppressionMode,
  strata?: string,
) {
  const r = localSuppression(ds, { keys, k, importance, mode, ...(strata ? { strata: [strata] } : {}) });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('the sdcMicro reference reproduces the upstream expectations', () => {
  const t2 = loadReferenceCsv('fixtures/testdata2_with_ageG.csv', { numericOnly: [] });
  const fixture = loadReferenceCsv('fixtures/localSuppression_fixture.csv', { numericOnly: [] });
  it('testdata2, 7 keys, k = 2: 97; with ageG strata: 109; the fixture: 2 and 10', () => {
    const imp = defaultImportance(keyCodes(t2, T2_KEYS).levels);
    expect(sdcMicro(t2, T2_KEYS, 2, imp).total).toBe(97);
    expect(sdcMicro(t2, T2_KEYS, 2, imp, 'ageG').total).toBe(109);
    const two = ['Var4', 'Var5'];
    expect(sdcMicro(fixture, two, 2, defaultImportance(keyCodes(fixture, two).levels)).total).toBe(2);
    expect(sdcMicro(fixture, ['Var3', 'Var4', 'Var5'], 2, [3, 2, 1]).total).toBe(10);
  });
});

describe('strict importance on the reference files', () => {
  const t2 = loadReferenceCsv('fixtures/testdata2_with_ageG.csv', { numericOnly: [] });
  const imp = defaultImportance(keyCodes(t2, T2_KEYS).levels);
  // The three keys the default ranking protects most (fewest categories): urbrur, electcon, sex.
  const protectedKeys = T2_KEYS.filter((_, q) => imp[q]! <= 3);

  const cases = [
    { name: 'k = 2', k: 2 },
    { name: 'k = 3', k: 3 },
    { name: 'k = 5', k: 5 },
    { name: 'k = 2, ageG strata', k: 2, strata: 'ageG' },
  ];
  for (const c of cases) {
    it(`testdata2, 7 keys, ${c.name}: no more suppressions than sdcMicro, protected keys kept as sdcMicro keeps them`, () => {
      const ref = sdcMicro(t2, T2_KEYS, c.k, imp, c.strata);
      const strict = run(t2, T2_KEYS, c.k, imp, 'strict-importance', c.strata);
      expect(strict.mode).toBe('strict-importance');
      expect(strict.newSuppressions).toBeLessThanOrEqual(ref.total);
      for (const key of T2_KEYS) {
        // A key sdcMicro never touches stays untouched.
        if (ref.perKey[key] === 0) expect(strict.newSuppressionsPerKey[key], key).toBe(0);
      }
      for (const key of protectedKeys) {
        expect(strict.newSuppressionsPerKey[key]!, key).toBeLessThanOrEqual(ref.perKey[key]!);
      }
      if (!c.strata) {
        const { fk } = naiveFk(strict.dataset, T2_KEYS);
        expect(fk.filter((f) => f < c.k)).toEqual([]);
      }
    });
  }

  it('k = 2 and 3: the two most protected keys are never blanked in strict mode, but are in minimum mode', () => {
    for (const k of [2, 3]) {
      const strict = run(t2, T2_KEYS, k, imp, 'strict-importance');
      const minimum = run(t2, T2_KEYS, k, imp, 'minimum');
      expect(strict.newSuppressionsPerKey['urbrur']).toBe(0);
      expect(strict.newSuppressionsPerKey['electcon']).toBe(0);
      expect(strict.newSuppressionsPerKey['sex']).toBe(0);
      expect(minimum.newSuppressionsPerKey['sex']).toBeGreaterThan(0);
      // Minimum mode makes the fewest suppressions.
      expect(minimum.newSuppressions).toBeLessThanOrEqual(strict.newSuppressions);
    }
  });

  it("the fixture with importance (3, 2, 1): at most sdcMicro's 10, the most important key untouched", () => {
    const fixture = loadReferenceCsv('fixtures/localSuppression_fixture.csv', { numericOnly: [] });
    const keys = ['Var3', 'Var4', 'Var5'];
    const strict = run(fixture, keys, 2, [3, 2, 1], 'strict-importance');
    expect(strict.newSuppressions).toBeLessThanOrEqual(10);
    expect(strict.newSuppressionsPerKey['Var5']).toBe(0);
  });
});

describe('the mode', () => {
  // Record 0 is unique; blanking "sex" (most important) alone makes it match records 1–2, while
  // keeping sex needs both "district" and "age" blanked.
  const ds = datasetFromColumns([
    categoricalFromStrings('sex', ['F', 'M', 'M', 'F', 'F', 'F', 'F']),
    categoricalFromStrings('district', ['D1', 'D1', 'D1', 'D2', 'D2', 'D3', 'D3']),
    categoricalFromStrings('age', ['30', '30', '30', '40', '40', '50', '50']),
  ]);
  const keys = ['sex', 'district', 'age'];
  it('strict importance blanks two less important keys rather than one more important', () => {
    const strict = run(ds, keys, 2, [1, 2, 3], 'strict-importance');
    expect(strict.newSuppressionsPerKey).toEqual({ sex: 0, district: 1, age: 1 });
    const minimum = run(ds, keys, 2, [1, 2, 3], 'minimum');
    expect(minimum.newSuppressionsPerKey).toEqual({ sex: 1, district: 0, age: 0 });
  });

  it('is strict when importance is given, minimum otherwise, and reported with the importance used', () => {
    const given = localSuppression(ds, { keys, k: 2, importance: [1, 2, 3] });
    expect(given.ok && given.value.mode).toBe('strict-importance');
    const none = localSuppression(ds, { keys, k: 2 });
    expect(none.ok && none.value.mode).toBe('minimum');
    expect(none.ok && Object.keys(none.value.importance)).toEqual(keys);
    const bad = localSuppression(ds, { keys, k: 2, mode: 'fewest' as LocalSuppressionMode });
    expect(bad).toMatchObject({ ok: false, error: { field: 'mode' } });
  });
});

describe("the treatment's localSuppression.mode", () => {
  const t2 = loadReferenceCsv('fixtures/testdata2_with_ageG.csv', { numericOnly: [] });
  const importance = { urbrur: 1, electcon: 2, sex: 3, walls: 4, roof: 5, relat: 6, water: 7 };
  it('reports the mode and the suppressions per key; strict by default with importance', () => {
    for (const mode of [undefined, 'strict-importance', 'minimum'] as const) {
      const r = applyTreatment(
        t2,
        { localSuppression: { keys: T2_KEYS, k: 3, importance, ...(mode ? { mode } : {}) } },
        { seed: 1 },
      );
      if (!r.ok) throw new Error(r.error.message);
      const step = r.value.steps[0]!;
      const used = mode ?? 'strict-importance';
      expect(step.details?.['mode']).toBe(used);
      expect(step.summary).toContain(`(${used} mode; per key: urbrur `);
      const perKey = step.details?.['perKey'] as Record<string, number>;
      expect(Object.keys(perKey)).toEqual(T2_KEYS);
      if (used === 'strict-importance') expect(perKey['sex']).toBe(0);
    }
    const bad = applyTreatment(
      t2,
      { localSuppression: { keys: T2_KEYS, k: 3, mode: 'least' as LocalSuppressionMode } },
      { seed: 1 },
    );
    expect(bad).toMatchObject({ ok: false, error: { field: 'localSuppression.mode' } });
  });
});
