import { describe, expect, it } from 'vitest';
import { asCategorical, column, hasColumn } from '../dataset';
import { applyTreatment, type Treatment, type TreatmentProgress } from './treatment';
import { naiveFk } from './test-support/check';
import { loadReferenceCsv, readReferenceText } from '../test-support/reference-data';

const KEYS = ['urbrur', 'roof', 'walls', 'water', 'electcon', 'relat', 'sex'];
const ds = loadReferenceCsv('testdata2.csv', {
  numericOnly: ['age', 'income', 'expend', 'savings'],
});

describe('applyTreatment', () => {
  const treatment: Treatment = {
    removeIdentifiers: ['ori_hid'],
    recode: [
      { column: 'age', breaks: [-1, 17, 59, 120], labels: ['0-17', '18-59', '60+'] },
      { column: 'water', groups: { piped: ['1', '2'] } },
    ],
    topBottom: [{ column: 'income', kind: 'top', value: 50_000_000, replacement: 50_000_000 }],
    microaggregation: { columns: ['expend', 'savings'], k: 3 },
    pram: { columns: ['hhcivil'] },
    localSuppression: { keys: [...KEYS, 'age'], k: 3 },
  };

  it('runs the steps in order, reports each, and the result is 3-anonymous', () => {
    const progress: TreatmentProgress[] = [];
    const r = applyTreatment(ds, treatment, { seed: 11, onProgress: (p) => progress.push(p) });
    if (!r.ok) throw new Error(`${r.error.field}: ${r.error.message}`);
    expect(r.value.steps.map((s) => s.step)).toEqual([
      'removeIdentifiers',
      'recode',
      'recode',
      'topBottom',
      'microaggregation',
      'pram',
      'localSuppression',
    ]);
    expect(progress.at(-1)).toEqual({ step: 'done', index: 7, total: 7 });
    expect(hasColumn(r.value.dataset, 'ori_hid')).toBe(false);
    const { fk } = naiveFk(r.value.dataset, [...KEYS, 'age']);
    expect(fk.filter((f) => f < 3)).toEqual([]);
    expect(asCategorical(column(r.value.dataset, 'age')).levels).toEqual(['0-17', '18-59', '60+']);
    const ls = r.value.steps.at(-1)!;
    expect(r.value.loss.totalSuppressions).toBe(ls.details!['newSuppressions']);
    expect(r.value.loss.removedColumns).toEqual(['ori_hid']);
    expect(r.value.loss.changedShare).toBeGreaterThan(0);
    // Deterministic for a seed.
    const again = applyTreatment(ds, treatment, { seed: 11 });
    if (!again.ok) throw new Error('failed');
    expect(asCategorical(column(again.value.dataset, 'hhcivil')).codes).toEqual(
      asCategorical(column(r.value.dataset, 'hhcivil')).codes,
    );
  });

  it('runs a generalisation over ARX-layout hierarchy text', () => {
    const adult = loadReferenceCsv('arx-adult/adult.csv', { delimiter: ';', numericOnly: [] });
    const keys = [
      'sex',
      'age',
      'race',
      'marital-status',
      'education',
      'native-country',
      'workclass',
      'salary-class',
    ];
    const hierarchies = Object.fromEntries(
      keys.map((k) => [k, readReferenceText(`arx-adult/adult_hierarchy_${k}.csv`)]),
    );
    const r = applyTreatment(adult, { generalisation: { keys, hierarchies, k: 5 } }, { seed: 1 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.steps[0]!.details!['transformation']).toEqual([1, 1, 1, 1, 3, 2, 2, 1]);
    expect(r.value.loss.entropyLoss.relative).toBeGreaterThan(0);
  });

  it('returns an error value naming the field for bad configuration', () => {
    expect(
      applyTreatment(ds, { localSuppression: { keys: ['urbrur', 'nope'], k: 3 } }, { seed: 1 }),
    ).toMatchObject({
      ok: false,
      error: { field: 'localSuppression.keys[1]' },
    });
    expect(applyTreatment(ds, { localSuppression: { keys: ['urbrur'], k: 1 } }, { seed: 1 })).toMatchObject({
      ok: false,
      error: { field: 'localSuppression.k' },
    });
    expect(applyTreatment(ds, { recode: [{ column: 'agee', breaks: 3 }] }, { seed: 1 })).toMatchObject({
      ok: false,
      error: { field: 'recode[0].column' },
    });
    // A key removed as an identifier no longer exists for later steps.
    expect(
      applyTreatment(
        ds,
        { removeIdentifiers: ['sex'], localSuppression: { keys: ['sex'], k: 2 } },
        { seed: 1 },
      ),
    ).toMatchObject({ ok: false, error: { field: 'localSuppression.keys[0]' } });
    expect(
      applyTreatment(
        ds,
        { generalisation: { keys: ['sex'], hierarchies: { sex: '1;*\n' }, k: 2 } },
        { seed: 1 },
      ),
    ).toMatchObject({ ok: false, error: { field: 'generalisation.hierarchies.sex' } });
  });
});
