import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { feasibilityIntervals } from './audit';
import { dimensionFromEdges, flatDimension, isLeaf, type Dimension, type HierarchyEdge } from './dimension';
import { initialState, markPrimary, primarySuppression } from './primary';
import { protectTable } from './protect';
import { relationsOfCells, verifyCertificate } from './secondary';
import { cellCoordinates, tableFromAggregates, tableRelations, type Table } from './table';

function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** Dimension shape: group sizes; [n] is flat with n leaves, [a, b, …] is total → groups → leaves. */
function dimensionOf(name: string, groups: number[], hierarchical: boolean): Dimension {
  if (!hierarchical)
    return unwrap(
      flatDimension(
        name,
        'T',
        groups.map((_, i) => `${name}${i}`),
      ),
    );
  const edges: HierarchyEdge[] = [];
  groups.forEach((size, g) => {
    edges.push({ code: `${name}${g}`, parent: 'T' });
    for (let l = 0; l < size; l++) edges.push({ code: `${name}${g}.${l}`, parent: `${name}${g}` });
  });
  return unwrap(dimensionFromEdges(name, 'T', edges));
}

const leafCodes = (dim: Dimension): string[] => dim.codes.filter((_, i) => isLeaf(dim, i));

function tableArb(): fc.Arbitrary<Table> {
  const dimArb = fc.record({
    hierarchical: fc.boolean(),
    groups: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 3 }),
  });
  return fc
    .record({
      dims: fc.array(dimArb, { minLength: 2, maxLength: 3 }),
      seedCounts: fc.array(fc.nat({ max: 9 }), { minLength: 400, maxLength: 400 }),
    })
    .map(({ dims, seedCounts }) => {
      const dimensions = dims.map((d, i) =>
        dimensionOf(`d${i}`, d.groups, d.hierarchical && dims.length === 2),
      );
      const leaves = dimensions.map(leafCodes);
      const rows: Array<{ codes: string[]; freq: number }> = [];
      const rec = (d: number, codes: string[]): void => {
        if (d === leaves.length) {
          rows.push({ codes, freq: seedCounts[rows.length % seedCounts.length]! });
          return;
        }
        for (const c of leaves[d]!) rec(d + 1, [...codes, c]);
      };
      rec(0, []);
      return unwrap(tableFromAggregates(dimensions, rows));
    });
}

describe('secondary suppression properties (random small hierarchical tables)', () => {
  it('hypercube: published margins add up, every primary meets its protection by LP, certificates verify', () => {
    fc.assert(
      fc.property(tableArb(), fc.integer({ min: 2, max: 4 }), (table, n) => {
        const primary = unwrap(primarySuppression(table, [{ kind: 'freq', n }]));
        const res = protectTable(table, primary);
        // Suppressed cells are exported as null, never as a number.
        for (const c of res.cells) {
          if (c.status === 'u' || c.status === 'x') expect(c.value).toBeNull();
          else expect(c.value).toBe(table.freq[c.index]);
        }
        // Every relation whose cells are all published still adds up in the output.
        const rel = tableRelations(table);
        for (let r = 0; r < rel.count; r++) {
          const total = res.cells[rel.totals[r]!]!.value;
          const parts = Array.from(
            rel.parts.subarray(rel.offsets[r]!, rel.offsets[r + 1]!),
            (p) => res.cells[p]!.value,
          );
          if (total === null || parts.some((p) => p === null)) continue;
          expect(parts.reduce((a, b) => a! + b!, 0)).toBe(total);
        }
        // Every primary: the LP interval is at least n wide (Steward's frequency protection).
        expect(res.safe).toBe(true);
        for (const a of res.intervals) {
          expect(a.max - a.min).toBeGreaterThanOrEqual(n - 1e-7);
          expect(a.min).toBeLessThanOrEqual(a.value + 1e-7);
          expect(a.max).toBeGreaterThanOrEqual(a.value - 1e-7);
        }
        // Primaries are never published, z cells never suppressed.
        primary.status.forEach((s, i) => {
          if (s === 'u') expect(res.state.status[i]).toBe('u');
          if (s === 'z') expect(res.state.status[i]).toBe('z');
        });
        const relOf = relationsOfCells(table, rel);
        for (const cert of res.certificates)
          expect(verifyCertificate(table, res.state, rel, relOf, cert)).toBe(true);
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('LP attack-and-repair also yields safe patterns', () => {
    fc.assert(
      fc.property(tableArb(), (table) => {
        const primary = unwrap(primarySuppression(table, [{ kind: 'freq', n: 3 }]));
        const res = protectTable(table, primary, { method: 'lp' });
        expect(res.safe).toBe(true);
      }),
      { numRuns: 40, seed: 9 },
    );
  });
});

describe('audit versus brute force (tiny 2-D tables)', () => {
  it('LP feasibility intervals equal the integer min/max found by enumeration', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }),
        fc.integer({ min: 2, max: 3 }),
        fc.array(fc.nat({ max: 3 }), { minLength: 9, maxLength: 9 }),
        fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
        (nr, nc, vals, pick) => {
          const rows = unwrap(
            flatDimension(
              'r',
              'T',
              Array.from({ length: nr }, (_, i) => `r${i}`),
            ),
          );
          const cols = unwrap(
            flatDimension(
              'c',
              'T',
              Array.from({ length: nc }, (_, i) => `c${i}`),
            ),
          );
          const data: Array<{ codes: string[]; freq: number }> = [];
          for (let i = 0; i < nr; i++)
            for (let j = 0; j < nc; j++) data.push({ codes: [`r${i}`, `c${j}`], freq: vals[i * 3 + j]! });
          const table = unwrap(tableFromAggregates([rows, cols], data));
          // Random pattern; the grand total stays published (so all intervals are bounded);
          // at most 4 inner cells suppressed (to keep the enumeration small).
          const state = initialState(table, { allowZeros: true });
          const innerCells: number[] = [];
          for (let cell = 1; cell < table.cellCount; cell++) {
            const [a, b] = cellCoordinates(table, cell) as [number, number];
            const inner = a > 0 && b > 0;
            if (!pick[cell % 16]) continue;
            if (inner && innerCells.length >= 4) continue;
            if (inner) innerCells.push(cell);
            markPrimary(state, cell, 'random');
          }
          const suppressed = state.status.flatMap((s, i) => (s === 'u' ? [i] : []));
          if (suppressed.length === 0) return;
          const { intervals } = feasibilityIntervals(table, state.status, suppressed);
          // Brute force over the suppressed inner cells.
          const G = table.freq[0]!;
          const lo = new Map<number, number>(suppressed.map((c) => [c, Infinity]));
          const hi = new Map<number, number>(suppressed.map((c) => [c, -Infinity]));
          const trial = table.freq.slice();
          const enumerate = (k: number): void => {
            if (k < innerCells.length) {
              for (let v = 0; v <= G; v++) {
                trial[innerCells[k]!] = v;
                enumerate(k + 1);
              }
              return;
            }
            // Recompute margins from the inner cells and compare with what is published.
            const full = new Float64Array(table.cellCount);
            for (let i = 1; i <= nr; i++) {
              for (let j = 1; j <= nc; j++) {
                const v = trial[i * (nc + 1) + j]!;
                full[i * (nc + 1) + j] = v;
                full[i * (nc + 1)]! += v;
                full[j]! += v;
                full[0]! += v;
              }
            }
            for (let c = 0; c < table.cellCount; c++)
              if (state.status[c] !== 'u' && full[c] !== table.freq[c]) return;
            for (const c of suppressed) {
              lo.set(c, Math.min(lo.get(c)!, full[c]!));
              hi.set(c, Math.max(hi.get(c)!, full[c]!));
            }
          };
          enumerate(0);
          for (const iv of intervals) {
            expect(iv.min).toBeCloseTo(lo.get(iv.cell)!, 6);
            expect(iv.max).toBeCloseTo(hi.get(iv.cell)!, 6);
          }
        },
      ),
      { numRuns: 120, seed: 3 },
    );
  });
});
