import { describe, expect, it } from 'vitest';
import { categoricalFromStrings, datasetFromColumns } from '../dataset';
import { loadReferenceCsv } from '../test-support/reference-data';
import { checkReport } from './index';

const FREE1_KEYS = ['REGION', 'SEX', 'AGE', 'MARSTAT', 'KINDPERS', 'NUMYOUNG', 'NUMOLD', 'AGEYOUNG'];

describe('checkReport', () => {
  it('free1 with weight: README 1.2 figures, JSON-serialisable', () => {
    const r = checkReport(loadReferenceCsv('free1.csv'), { keys: FREE1_KEYS, weight: 'WEIGHT' });
    if (!r.ok) throw new Error(r.error.message);
    const rep = JSON.parse(JSON.stringify(r.report));
    expect(rep.records).toBe(4000);
    expect(rep.keys).toEqual(FREE1_KEYS);
    expect(rep.classes).toBe(3818);
    expect(rep.violations).toEqual({ '2': 3663, '3': 3933, '5': 3994 });
    expect(rep.weightedViolations).toEqual({ '2': 0, '3': 0, '5': 0 });
    expect(rep.expectedReidentifications).toBeCloseTo(94.226953, 6);
    expect(rep.globalRisk).toBeCloseTo(0.0235567382, 10);
    expect(rep.sampleUniques).toBe(3663);
    expect(rep.findings).toHaveLength(34);
    expect(rep.findings.find((f: { column: string }) => f.column === 'WEIGHT').role).toBe('weight');
  });

  it('without weight: globalRisk is the mean of 1/fk and there are no weighted violations', () => {
    const r = checkReport(loadReferenceCsv('fixtures/calcRisks_fixture1.csv'), {
      keys: ['Var4', 'Var5', 'Var6'],
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.report.globalRisk).toBeCloseTo(0.8, 12);
    expect(r.report.meanInverseFk).toBeCloseTo(0.8, 12);
    expect(r.report.expectedReidentifications).toBeCloseTo(8, 12);
    expect(r.report.weightedViolations).toBeUndefined();
    expect(r.report.violations).toEqual({ '2': 6, '3': 10, '5': 10 });
    expect(r.report.sampleUniques).toBe(6);
  });

  it('testdata2 with household and sensitive variables', () => {
    const ds = loadReferenceCsv('testdata2.csv');
    const r = checkReport(ds, {
      keys: ['urbrur', 'roof', 'walls', 'water', 'electcon', 'relat', 'sex'],
      weight: 'sampling_weight',
      household: 'ori_hid',
      sensitive: ['hhcivil'],
    });
    if (!r.ok) throw new Error(r.error.message);
    const { householdRisk, lDiversity } = r.report;
    const hid = ds.columns.find((c) => c.name === 'ori_hid')!;
    expect(hid.kind).toBe('numeric');
    expect(householdRisk!.households).toBe(new Set(hid.kind === 'numeric' ? hid.values : []).size);
    expect(householdRisk!.risk).toBeGreaterThanOrEqual(r.report.globalRisk);
    // Every record is unique on these keys, so each class has exactly one sensitive value.
    expect(lDiversity).toEqual([
      { sensitive: 'hhcivil', distinct: 1, entropy: 1, recursive: 1, recordsWithDistinctBelow2: 93 },
    ]);
  });

  it('unknown column: an error value naming it and listing the available ones', () => {
    const ds = datasetFromColumns([
      categoricalFromStrings('sex', ['F', 'M']),
      categoricalFromStrings('age', ['1', '2']),
    ]);
    const r = checkReport(ds, { keys: ['sex', 'region'] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'unknown-column', column: 'region', available: ['sex', 'age'] });
    expect(r.error.message).toContain('"region"');
    expect(r.error.message).toContain('sex, age');
  });

  it('rejects k < 2, alpha outside [0, 1] and non-numeric weights as values', () => {
    const ds = datasetFromColumns([
      categoricalFromStrings('sex', ['F', 'M']),
      categoricalFromStrings('w', ['a', 'b']),
    ]);
    expect(checkReport(ds, { keys: ['sex'], ks: [1] })).toMatchObject({
      ok: false,
      error: { code: 'invalid-option' },
    });
    expect(checkReport(ds, { keys: ['sex'], alpha: 2 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-option' },
    });
    expect(checkReport(ds, { keys: ['sex'], weight: 'w' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-option' },
    });
    expect(checkReport(ds, { keys: [] })).toMatchObject({ ok: false });
  });
});
