/**
 * The high-risk cut selected among the classes (weighted by their sizes) is the cut selected
 * among the records, to the last bit: random classes of random sizes and risks, odd and even
 * record counts, ties; and it declines (null) when the risks are not one a class. The individual
 * risks, the high-risk cut and count, and the k-anonymity violations computed once a class equal
 * the per-record ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frequencies } from './frequencies';
import { globalRisk, highRiskCut, highRiskCutByClass } from './global';
import { individualRisk } from './individual';
import { violationsByK, violationsByKOfClasses } from './k-anonymity';
import { MISSING_CODE } from '../dataset';

describe('highRiskCutByClass', () => {
  it('equals highRiskCut over the records for any classes and risks', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            risk: fc.oneof(
              fc.constantFrom(1, 0.5, 0.25, 0.1, 1 / 3),
              fc.double({ min: 0, max: 1, noNaN: true }),
            ),
            size: fc.integer({ min: 1, max: 40 }),
          }),
          { minLength: 1, maxLength: 60 },
        ),
        fc.integer(),
        (classes, seed) => {
          const of: number[] = [];
          classes.forEach((c, g) => {
            for (let k = 0; k < c.size; k++) of.push(g);
          });
          // Records of a class spread over the file.
          let x = seed | 0;
          for (let i = of.length - 1; i > 0; i--) {
            x = (Math.imul(x, 1103515245) + 12345) | 0;
            const j = (x >>> 0) % (i + 1);
            [of[i], of[j]] = [of[j]!, of[i]!];
          }
          const classOf = Int32Array.from(of);
          const rk = Float64Array.from(of, (g) => classes[g]!.risk);
          expect(highRiskCutByClass(rk, classOf, classes.length)).toBe(highRiskCut(rk));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("declines when a record's risk is not its class's, or is NaN", () => {
    const classOf = Int32Array.from([0, 0, 1]);
    expect(highRiskCutByClass(Float64Array.from([0.5, 0.4, 1]), classOf, 2)).toBeNull();
    expect(highRiskCutByClass(Float64Array.from([Number.NaN, Number.NaN, 1]), classOf, 2)).toBeNull();
    expect(highRiskCutByClass(Float64Array.from([0.5, 0.5, 1]), classOf, 2)).toBe(
      highRiskCut(Float64Array.from([0.5, 0.5, 1])),
    );
  });

  it('globalRisk with the classes of frequencies: the same figures, missing key values included', () => {
    const n = 3000;
    let x = 7;
    const next = (m: number) => ((x = (Math.imul(x, 1103515245) + 12345) | 0) >>> 0) % m;
    const key = (card: number) => ({
      kind: 'categorical' as const,
      name: `k${card}`,
      levels: Array.from({ length: card }, (_, i) => `v${i}`),
      codes: Int32Array.from({ length: n }, () => (next(50) === 0 ? MISSING_CODE : next(card))),
    });
    const weights = Float64Array.from({ length: n }, () => 1 + next(100) / 10);
    const f = frequencies([key(3), key(7), key(5)], { weights });
    const rk = individualRisk(f.fk, f.Fk);
    expect(globalRisk(rk, { classes: { of: f.classOf, count: f.classes } })).toEqual(globalRisk(rk));
  });
});

describe('risks and violations once a class', () => {
  it('risks, the high-risk cut and count, and violations from the classes equal the per-record figures (weights, wildcards, alpha)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer(),
        fc.constantFrom(0, 0.5, 1),
        fc.boolean(),
        fc.constantFrom<'approx' | 'exact'>('approx', 'exact'),
        (n, seed, alpha, weighted, method) => {
          let x = seed | 0;
          const next = (m: number) => ((x = (Math.imul(x, 1103515245) + 12345) | 0) >>> 0) % m;
          const key = (card: number) => ({
            kind: 'categorical' as const,
            name: `k${card}`,
            levels: Array.from({ length: card }, (_, i) => `v${i}`),
            codes: Int32Array.from({ length: n }, () => (next(20) === 0 ? MISSING_CODE : next(card))),
          });
          const weights = weighted ? Float64Array.from({ length: n }, () => 1 + next(300) / 7) : null;
          const f = frequencies([key(2), key(5), key(3)], { weights, alpha });
          for (const survey of [true, false]) {
            const options = { survey, method, qual: 0.9 };
            const perClass = individualRisk(f.classFk, f.classFkWeighted, options);
            const rk = individualRisk(f.fk, f.Fk, options);
            expect(Float64Array.from(f.classOf, (g) => perClass[g]!)).toEqual(rk);
            const classes = { of: f.classOf, count: f.classes };
            expect(globalRisk(rk, { classes: { ...classes, risks: perClass, sizes: f.classSize } })).toEqual(
              globalRisk(rk, { classes }),
            );
            expect(globalRisk(rk, { classes })).toEqual(globalRisk(rk));
          }
          const ks = [2, 3, 5, 1.5];
          expect(violationsByKOfClasses(f.classFk, f.classSize, ks)).toEqual(violationsByK(f.fk, ks));
          expect(violationsByKOfClasses(f.classFkWeighted, f.classSize, ks)).toEqual(violationsByK(f.Fk, ks));
        },
      ),
      { numRuns: 300 },
    );
  });
});
