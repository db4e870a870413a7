/**
 * Every value the reference-data README (sections 1.1, 1.2, 3.1–3.3) asserts for the risk
 * measures, reproduced table by table. Files are read with Steward's own CSV reader.
 */
import { describe, expect, it } from 'vitest';
import { columnsOf, expectClose, numbers, numericDataset } from '../test-support/build';
import { loadReferenceCsv } from '../test-support/reference-data';
import { frequencies, globalRisk, individualRisk, kAnonymityViolations, lDiversity } from './index';
import type { Dataset } from '../dataset';

const WEIGHTS = [18, 45.5, 39, 17, 92, 8, 123.5, 51];

function freq(ds: Dataset, keys: string[], weight?: string) {
  return frequencies(columnsOf(ds, keys), { weights: weight ? numbers(ds, weight) : null });
}

describe('freqCalc (README 3.1)', () => {
  const noNA = loadReferenceCsv('fixtures/freqCalc_fixture_noNA.csv');
  const withNA = loadReferenceCsv('fixtures/freqCalc_fixture_withNA.csv');
  const cases: {
    name: string;
    ds: Dataset;
    keys: string[];
    Fk: number[];
    fk: number[];
    n1: number;
    n2: number;
  }[] = [
    {
      name: 'fixture without NA',
      ds: noNA,
      keys: ['A', 'B', 'C'],
      Fk: [108, 45.5, 108, 17, 100, 100, 123.5, 108],
      fk: [3, 1, 3, 1, 2, 2, 1, 3],
      n1: 3,
      n2: 2,
    },
    {
      name: 'fixture with NA',
      ds: withNA,
      keys: ['A', 'B', 'C'],
      Fk: [108, 45.5, 125, 56, 100, 100, 123.5, 108],
      fk: [3, 1, 4, 2, 2, 2, 1, 3],
      n1: 2,
      n2: 3,
    },
    {
      name: 'C all NA',
      ds: numericDataset({
        A: [2, 3, null, 2, 3, 3, 1, 2],
        B: [3, 3, null, 3, 3, 3, 4, 3],
        C: [null, null, null, null, null, null, null, null],
        weight: WEIGHTS,
      }),
      keys: ['A', 'B', 'C'],
      Fk: [125, 184.5, 394, 125, 184.5, 184.5, 162.5, 125],
      fk: [4, 4, 8, 4, 4, 4, 2, 4],
      n1: 0,
      n2: 1,
    },
    {
      name: 'one key',
      ds: numericDataset({ A: [2, 3, null, 2, 1, null, 1, 2], weight: WEIGHTS }),
      keys: ['A'],
      Fk: [133, 92.5, 394, 133, 262.5, 394, 262.5, 133],
      fk: [5, 3, 8, 5, 4, 8, 4, 5],
      n1: 0,
      n2: 0,
    },
    (() => {
      const v = [2, 3, null, 2, 3, 3, 1, null, 3, 3, null, 3, 3, 2, 2, 3, null, null, 1, 2, null, null, 4, 4];
      const cols: Record<string, (number | null)[]> = {};
      'ABCDEFGH'.split('').forEach((name, j) => (cols[name] = v.slice(3 * j, 3 * j + 3)));
      cols.weight = [18, 45.5, 122];
      return {
        name: '3 rows x 8 keys',
        ds: numericDataset(cols),
        keys: 'ABCDEFGH'.split(''),
        Fk: [18, 167.5, 167.5],
        fk: [1, 2, 2],
        n1: 1,
        n2: 2,
      };
    })(),
  ];
  for (const c of cases) {
    it(`${c.name}: weighted Fk, fk, n1, n2`, () => {
      const f = freq(c.ds, c.keys, 'weight');
      expect(Array.from(f.fk)).toEqual(c.fk);
      expectClose(f.Fk, c.Fk, 10);
      expect([f.n1, f.n2]).toEqual([c.n1, c.n2]);
    });
    it(`${c.name}: unweighted Fk = fk`, () => {
      const f = freq(c.ds, c.keys);
      expect(Array.from(f.Fk)).toEqual(c.fk);
      expect(Array.from(f.fk)).toEqual(c.fk);
      expect([f.n1, f.n2]).toEqual([c.n1, c.n2]);
    });
  }
});

describe('indivRisk (README 3.2)', () => {
  const noNA = loadReferenceCsv('fixtures/freqCalc_fixture_noNA.csv');
  const naVariant = numericDataset({
    A: [2, 3, 2, 2, 3, 3, 1, null],
    B: [3, 3, 3, 3, 3, 3, 4, 3],
    C: [1, 3, null, 2, 1, 1, null, 1],
    weight: WEIGHTS,
  });
  const tables = [
    {
      name: 'no NA',
      ds: noNA,
      fk: [3, 1, 3, 1, 2, 2, 1, 3],
      rows: [
        [
          'approx',
          1,
          [0.01369863, 0.08579129, 0.01369863, 0.17707583, 0.01877883, 0.01877883, 0.03931625, 0.01369863],
        ],
        [
          'approx',
          2,
          [0.02739726, 0.17158258, 0.02739726, 0.35415167, 0.03755767, 0.03755767, 0.07863251, 0.02739726],
        ],
        [
          'exact',
          1,
          [0.01355297, 0.08579129, 0.01355297, 0.17707583, 0.01877883, 0.01877883, 0.03931625, 0.01355297],
        ],
        [
          'exact',
          2,
          [0.02710594, 0.17158258, 0.02710594, 0.35415167, 0.03755767, 0.03755767, 0.07863251, 0.02710594],
        ],
      ] as const,
      survey: [0.33333, 1, 0.33333, 1, 0.5, 0.5, 1, 0.33333],
    },
    {
      name: 'NA variant',
      ds: naVariant,
      fk: [3, 1, 4, 2, 3, 3, 1, 5],
      rows: [
        [
          'approx',
          1,
          [
            0.01369863, 0.085791288, 0.01055409, 0.032466112, 0.009836066, 0.009836066, 0.039316254,
            0.005973716,
          ],
        ],
        [
          'approx',
          2,
          [0.02739726, 0.17158258, 0.02110818, 0.06493222, 0.01967213, 0.01967213, 0.07863251, 0.01194743],
        ],
        [
          'exact',
          1,
          [
            0.013552968, 0.085791288, 0.010504889, 0.032466112, 0.009756889, 0.009756889, 0.039316254,
            0.005962551,
          ],
        ],
        [
          'exact',
          2,
          [0.02710594, 0.17158258, 0.02100978, 0.06493222, 0.01951378, 0.01951378, 0.07863251, 0.0119251],
        ],
      ] as const,
      survey: [0.33333, 1, 0.25, 0.5, 0.33333, 0.33333, 1, 0.2],
    },
  ];
  for (const t of tables) {
    const f = freq(t.ds, ['A', 'B', 'C'], 'weight');
    it(`${t.name}: fk`, () => expect(Array.from(f.fk)).toEqual(t.fk));
    for (const [method, qual, expected] of t.rows) {
      it(`${t.name}: ${method}, qual ${qual}`, () => {
        expectClose(individualRisk(f.fk, f.Fk, { method, qual }), [...expected], 8);
      });
    }
    for (const method of ['approx', 'exact'] as const) {
      for (const qual of [1, 2]) {
        it(`${t.name}: survey = FALSE, ${method}, qual ${qual} gives 1/fk`, () => {
          expectClose(individualRisk(f.fk, f.Fk, { method, qual, survey: false }), t.survey, 5);
        });
      }
    }
  }
  it('unweighted, survey = TRUE: qual/fk for both methods', () => {
    const f = freq(noNA, ['A', 'B', 'C']);
    for (const method of ['approx', 'exact'] as const) {
      expectClose(
        individualRisk(f.fk, f.Fk, { method, qual: 1 }),
        [0.33333, 1, 0.33333, 1, 0.5, 0.5, 1, 0.33333],
        5,
      );
      expectClose(
        individualRisk(f.fk, f.Fk, { method, qual: 2 }),
        [0.66667, 2, 0.66667, 2, 1, 1, 2, 0.66667],
        5,
      );
    }
  });
});

describe('calcRisks (README 3.3)', () => {
  const cases = [
    {
      file: 'fixtures/calcRisks_fixture1.csv',
      keys: ['Var4', 'Var5', 'Var6'],
      risk: 0.8,
      riskER: 8,
      rk: [0.5, 1, 0.5, 1, 1, 0.5, 1, 0.5, 1, 1],
      fk: [2, 1, 2, 1, 1, 2, 1, 2, 1, 1],
    },
    {
      file: 'fixtures/calcRisks_fixture2_withNA.csv',
      keys: ['Var6', 'Var7', 'Var8', 'Var9', 'Var10', 'Var11'],
      risk: 0.4375,
      riskER: 1.75,
      rk: [0.5, 0.5, 0.25, 0.5],
      fk: [2, 2, 4, 2],
    },
  ];
  for (const c of cases) {
    it(c.file, () => {
      const f = freq(loadReferenceCsv(c.file), c.keys);
      expect(Array.from(f.fk)).toEqual(c.fk);
      expect(Array.from(f.Fk)).toEqual(c.fk);
      const rk = individualRisk(f.fk, f.Fk);
      expectClose(rk, c.rk, 12);
      const g = globalRisk(rk, { threshold: true });
      expect(g.risk).toBeCloseTo(c.risk, 12);
      expect(g.expectedReidentifications).toBeCloseTo(c.riskER, 12);
      expect(g.riskPct).toBeCloseTo(c.risk * 100, 10);
      expect(g.threshold).toBe(0);
      expect(g.maxRisk).toBe(0.01);
    });
  }
});

describe('reference values from the definitions (README 1.2)', () => {
  it('francdat: fk, Fk, rk, risk_ER, global risk', () => {
    const ds = loadReferenceCsv('francdat.csv');
    const f = freq(ds, ['Key1', 'Key2', 'Key3', 'Key4'], 'w');
    expect(Array.from(f.fk)).toEqual([2, 2, 2, 1, 1, 1, 1, 2]);
    expectClose(f.Fk, [110, 84.5, 84.5, 17, 541, 8, 5, 110], 10);
    const rk = individualRisk(f.fk, f.Fk);
    expectClose(
      rk,
      [0.01714426, 0.02204233, 0.02204233, 0.17707583, 0.01165448, 0.29706308, 0.40235948, 0.01714426],
      8,
    );
    const g = globalRisk(rk);
    expect(g.expectedReidentifications).toBeCloseTo(0.966526, 6);
    expect(g.risk).toBeCloseTo(0.1208157556, 10);
    // README 1.1 (localSupp): the records above 0.15 are rows 4, 6 and 7.
    expect([...rk.keys()].filter((i) => rk[i]! > 0.15).map((i) => i + 1)).toEqual([4, 6, 7]);
  });
  it('testdata2: all unique, risk_ER, no weighted violations', () => {
    const ds = loadReferenceCsv('testdata2.csv');
    const keys = ['urbrur', 'roof', 'walls', 'water', 'electcon', 'relat', 'sex'];
    const f = freq(ds, keys, 'sampling_weight');
    expect(f.classes).toBe(93);
    for (const k of [2, 3, 5]) expect(kAnonymityViolations(f.fk, k)).toBe(93);
    for (const k of [2, 3, 5]) expect(kAnonymityViolations(f.Fk, k)).toBe(0);
    expect(Math.min(...f.Fk)).toBeGreaterThanOrEqual(100);
    const g = globalRisk(individualRisk(f.fk, f.Fk));
    expect(g.expectedReidentifications).toBeCloseTo(4.326069, 6);
    expect(g.risk).toBeCloseTo(0.0465168706, 10);
  });
  it('free1: classes, violations, risk_ER, smallest Fk', () => {
    const ds = loadReferenceCsv('free1.csv');
    const keys = ['REGION', 'SEX', 'AGE', 'MARSTAT', 'KINDPERS', 'NUMYOUNG', 'NUMOLD', 'AGEYOUNG'];
    const f = freq(ds, keys, 'WEIGHT');
    expect(f.classes).toBe(3818);
    expect([2, 3, 5].map((k) => kAnonymityViolations(f.fk, k))).toEqual([3663, 3933, 3994]);
    expect(kAnonymityViolations(f.Fk, 2)).toBe(0);
    expect(Math.min(...f.Fk)).toBeCloseTo(112.7, 8);
    const g = globalRisk(individualRisk(f.fk, f.Fk));
    expect(g.expectedReidentifications).toBeCloseTo(94.226953, 6);
    expect(g.risk).toBeCloseTo(0.0235567382, 10);
  });
  it('print.freqCalc: n1 violate 2-anonymity, n1 + n2 violate 3-anonymity', () => {
    const ds = loadReferenceCsv('free1.csv');
    const f = freq(ds, ['REGION', 'SEX', 'AGE', 'MARSTAT'], 'WEIGHT');
    expect(kAnonymityViolations(f.fk, 2)).toBe(f.n1);
    expect(kAnonymityViolations(f.fk, 3)).toBe(f.n1 + f.n2);
  });
});

describe('ldiversity (design note 1.6, upstream test_ldiversity.R)', () => {
  it('NA key grouped as its own value: distinct l = 3,3,3,2,2,2,2', () => {
    const ds = numericDataset({
      sex: [1, 1, 1, 2, 2, 2, 2],
      occupation: [null, null, null, 3, 3, 3, 3],
      ethnicity: [1, 1, 1, 1, 1, 1, 1],
      sens: [1, 0, 2, 1, 0, 0, 1],
    });
    const l = lDiversity(columnsOf(ds, ['sex', 'occupation', 'ethnicity']), columnsOf(ds, ['sens']));
    expect(Array.from(l.variables[0]!.distinct)).toEqual([3, 3, 3, 2, 2, 2, 2]);
  });
  it('(A, B, A) gives 2 and (X, Y, Z) gives 3', () => {
    const ds = numericDataset({ key: [1, 1, 1] });
    const cat = (name: string, v: string[]) => ({
      kind: 'categorical' as const,
      name,
      levels: [...new Set(v)],
      codes: Int32Array.from(v, (x) => [...new Set(v)].indexOf(x)),
    });
    const l = lDiversity(columnsOf(ds, ['key']), [
      cat('sens1', ['A', 'B', 'A']),
      cat('sens2', ['X', 'Y', 'Z']),
    ]);
    expect(l.variables[0]!.minDistinct).toBe(2);
    expect(l.variables[1]!.minDistinct).toBe(3);
    expect(l.variables[1]!.entropy[0]).toBeCloseTo(3, 12);
    expect(l.multiEntropy[0]).toBeCloseTo(
      Math.exp(-(2 / 3) * Math.log(2 / 3) - (1 / 3) * Math.log(1 / 3)),
      12,
    );
  });
});
