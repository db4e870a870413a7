import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveLp, solveLpObjectives, type LinearProgram, type LpObjective, type LpOptions } from './lp';

const rules: LpOptions[] = [{ pivotRule: 'dantzig' }, { pivotRule: 'bland' }];

function optimum(lp: LinearProgram, options: LpOptions): { value: number; x: number[] } {
  const r = solveLp(lp, options);
  if (r.status !== 'optimal') throw new Error(`expected optimal, got ${r.status}`);
  return { value: r.objective, x: [...r.x] };
}

describe.each(rules)('solveLp ($pivotRule)', (options) => {
  it('Wyndor Glass (Hillier & Lieberman): max 3x + 5y → 36 at (2, 6)', () => {
    const r = optimum(
      {
        variables: 2,
        sense: 'max',
        objective: [3, 5],
        constraints: [
          { terms: [[0, 1]], op: '<=', rhs: 4 },
          { terms: [[1, 2]], op: '<=', rhs: 12 },
          {
            terms: [
              [0, 3],
              [1, 2],
            ],
            op: '<=',
            rhs: 18,
          },
        ],
      },
      options,
    );
    expect(r.value).toBeCloseTo(36, 9);
    expect(r.x[0]).toBeCloseTo(2, 9);
    expect(r.x[1]).toBeCloseTo(6, 9);
  });

  it('≥ constraints (diet-style): min 2x + 3y, x + y ≥ 4, x + 3y ≥ 6 → 9 at (3, 1)', () => {
    const r = optimum(
      {
        variables: 2,
        sense: 'min',
        objective: [2, 3],
        constraints: [
          {
            terms: [
              [0, 1],
              [1, 1],
            ],
            op: '>=',
            rhs: 4,
          },
          {
            terms: [
              [0, 1],
              [1, 3],
            ],
            op: '>=',
            rhs: 6,
          },
        ],
      },
      options,
    );
    expect(r.value).toBeCloseTo(9, 9);
    expect(r.x).toEqual([expect.closeTo(3, 9), expect.closeTo(1, 9)]);
  });

  it('equalities with a redundant row', () => {
    const r = optimum(
      {
        variables: 2,
        sense: 'min',
        objective: [1, -1],
        constraints: [
          {
            terms: [
              [0, 1],
              [1, 1],
            ],
            op: '=',
            rhs: 2,
          },
          {
            terms: [
              [0, 2],
              [1, 2],
            ],
            op: '=',
            rhs: 4,
          },
        ],
      },
      options,
    );
    expect(r.value).toBeCloseTo(-2, 9);
  });

  it("Beale's cycling example terminates at −1/20", () => {
    const r = optimum(
      {
        variables: 4,
        sense: 'min',
        objective: [-0.75, 150, -0.02, 6],
        constraints: [
          {
            terms: [
              [0, 0.25],
              [1, -60],
              [2, -0.04],
              [3, 9],
            ],
            op: '<=',
            rhs: 0,
          },
          {
            terms: [
              [0, 0.5],
              [1, -90],
              [2, -0.02],
              [3, 3],
            ],
            op: '<=',
            rhs: 0,
          },
          { terms: [[2, 1]], op: '<=', rhs: 1 },
        ],
      },
      options,
    );
    expect(r.value).toBeCloseTo(-0.05, 9);
    expect(r.x[0]).toBeCloseTo(0.04, 9);
    expect(r.x[2]).toBeCloseTo(1, 9);
  });

  it('Klee–Minty cube (n = 3) → 10000', () => {
    const r = optimum(
      {
        variables: 3,
        sense: 'max',
        objective: [100, 10, 1],
        constraints: [
          { terms: [[0, 1]], op: '<=', rhs: 1 },
          {
            terms: [
              [0, 20],
              [1, 1],
            ],
            op: '<=',
            rhs: 100,
          },
          {
            terms: [
              [0, 200],
              [1, 20],
              [2, 1],
            ],
            op: '<=',
            rhs: 10000,
          },
        ],
      },
      options,
    );
    expect(r.value).toBeCloseTo(10000, 6);
  });

  it('bounded, negative-bounded and free variables', () => {
    const boxed = optimum(
      {
        variables: 2,
        sense: 'max',
        objective: [1, 1],
        constraints: [
          {
            terms: [
              [0, 1],
              [1, 1],
            ],
            op: '<=',
            rhs: 4,
          },
        ],
        upper: [3, 2],
      },
      options,
    );
    expect(boxed.value).toBeCloseTo(4, 9);
    const negative = optimum(
      { variables: 1, sense: 'min', objective: [1], constraints: [], lower: [-3], upper: [2] },
      options,
    );
    expect(negative.value).toBeCloseTo(-3, 9);
    const free = optimum(
      {
        variables: 2,
        sense: 'min',
        objective: [1, 0],
        constraints: [
          {
            terms: [
              [0, 1],
              [1, -1],
            ],
            op: '>=',
            rhs: -5,
          },
        ],
        lower: [-Infinity, 0],
        upper: [Infinity, 0],
      },
      options,
    );
    expect(free.value).toBeCloseTo(-5, 9);
    const upperOnly = optimum(
      { variables: 1, sense: 'max', objective: [1], constraints: [], lower: [-Infinity], upper: [7] },
      options,
    );
    expect(upperOnly.value).toBeCloseTo(7, 9);
  });

  it('detects infeasible and unbounded problems', () => {
    expect(
      solveLp(
        {
          variables: 2,
          sense: 'min',
          objective: [1, 1],
          constraints: [
            {
              terms: [
                [0, 1],
                [1, 1],
              ],
              op: '<=',
              rhs: 1,
            },
            {
              terms: [
                [0, 1],
                [1, 1],
              ],
              op: '>=',
              rhs: 2,
            },
          ],
        },
        options,
      ).status,
    ).toBe('infeasible');
    expect(
      solveLp(
        {
          variables: 2,
          sense: 'max',
          objective: [1, 1],
          constraints: [
            {
              terms: [
                [0, 1],
                [1, -1],
              ],
              op: '<=',
              rhs: 1,
            },
          ],
        },
        options,
      ).status,
    ).toBe('unbounded');
    expect(
      solveLp(
        { variables: 1, sense: 'min', objective: [1], constraints: [], lower: [2], upper: [1] },
        options,
      ).status,
    ).toBe('infeasible');
  });
});

describe('solveLp properties', () => {
  it('on random feasible LPs: the solution is feasible and no worse than a known feasible point; both pivot rules agree', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: -4, max: 6 }), { minLength: 25, maxLength: 25 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.constantFrom<'<=' | '=' | '>='>('<=', '=', '>='), { minLength: 5, maxLength: 5 }),
        (nv, nc, a, x0, cost, ops) => {
          const constraints = Array.from({ length: nc }, (_, i) => {
            const terms: Array<[number, number]> = Array.from({ length: nv }, (_, j) => [j, a[i * 5 + j]!]);
            const rhs = terms.reduce((s, [j, c]) => s + c * x0[j]!, 0);
            return { terms, op: ops[i]!, rhs };
          });
          // Box the variables so the minimum is bounded.
          const lp: LinearProgram = {
            variables: nv,
            sense: 'min',
            objective: cost.slice(0, nv),
            constraints,
            upper: Array(nv).fill(10),
          };
          const r1 = solveLp(lp);
          const r2 = solveLp(lp, { pivotRule: 'bland' });
          if (r1.status !== 'optimal' || r2.status !== 'optimal') return false;
          const known = cost.slice(0, nv).reduce((s, c, j) => s + c * x0[j]!, 0);
          if (r1.objective > known + 1e-7) return false;
          if (Math.abs(r1.objective - r2.objective) > 1e-7) return false;
          for (const c of constraints) {
            const lhs = c.terms.reduce((s, [j, v]) => s + v * r1.x[j]!, 0);
            if (c.op === '<=' && lhs > c.rhs + 1e-7) return false;
            if (c.op === '>=' && lhs < c.rhs - 1e-7) return false;
            if (c.op === '=' && Math.abs(lhs - c.rhs) > 1e-7) return false;
          }
          return [...r1.x].every((v) => v >= -1e-9 && v <= 10 + 1e-9);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  it('several objectives over one feasible set (warm-started) give the same optima as separate solves', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: -3, max: 4 }), { minLength: 24, maxLength: 24 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 6, maxLength: 6 }),
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 36, maxLength: 36 }),
        fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        (nv, nc, a, x0, costs, unboxed) => {
          // Equality rows through a known point, so the set is feasible; some variables unbounded above.
          const constraints = Array.from({ length: nc }, (_, i) => {
            const terms: Array<[number, number]> = Array.from({ length: nv }, (_, j) => [j, a[i * 6 + j]!]);
            return { terms, op: '=' as const, rhs: terms.reduce((s, [j, c]) => s + c * x0[j]!, 0) };
          });
          const upper = Array.from({ length: nv }, (_, j) => (unboxed[j] ? Number.POSITIVE_INFINITY : 8));
          const objectives: LpObjective[] = Array.from({ length: 6 }, (_, k) => ({
            sense: k % 2 === 0 ? 'min' : 'max',
            objective: costs.slice(k * 6, k * 6 + nv),
          }));
          const together = solveLpObjectives({ variables: nv, constraints, upper }, objectives);
          objectives.forEach((o, k) => {
            const alone = solveLp({ variables: nv, constraints, upper, ...o });
            const both = together[k]!;
            expect(both.status).toBe(alone.status);
            if (both.status === 'optimal' && alone.status === 'optimal') {
              expect(both.objective).toBeCloseTo(alone.objective, 7);
              for (const c of constraints) {
                const lhs = c.terms.reduce((s, [j, v]) => s + v * both.x[j]!, 0);
                expect(lhs).toBeCloseTo(c.rhs, 7);
              }
            }
          });
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });
});
