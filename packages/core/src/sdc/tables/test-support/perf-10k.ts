/**
 * Ad-hoc timing (not a test): secondary suppression of a 3-D hierarchical table of 10,000 cells.
 * Run: `npx tsx packages/core/src/sdc/tables/test-support/perf-10k.ts`.
 * Exported `tenThousandCellTable` for a benchmark suite.
 */
import { seededRandom } from '../../../random';
import { dimensionFromEdges, isLeaf, type Dimension, type HierarchyEdge } from '../dimension';
import { copyState, primarySuppression, type SuppressionState } from '../primary';
import { protectTable } from '../protect';
import { cellCosts, hypercubeSuppression } from '../secondary';
import { tableFromAggregates, type Table } from '../table';

function dim(name: string, groups: number, per: number): Dimension {
  const edges: HierarchyEdge[] = [];
  for (let g = 0; g < groups; g++) {
    edges.push({ code: `${name}${g}`, parent: 'T' });
    for (let l = 0; l < per; l++) edges.push({ code: `${name}${g}.${l}`, parent: `${name}${g}` });
  }
  const r = dimensionFromEdges(name, 'T', edges);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** 25 × 16 × 25 codes (admin 4×5, age 3×4, group 4×5), ~15 % small counts; primaries by freq(3). */
export function tenThousandCellTable(seed = 11): { table: Table; primary: SuppressionState } {
  const dims = [dim('adm', 4, 5), dim('age', 3, 4), dim('grp', 4, 5)];
  const rnd = seededRandom(seed);
  const leaves = dims.map((d) => d.codes.filter((_, i) => isLeaf(d, i)));
  const rows: Array<{ codes: string[]; freq: number }> = [];
  for (const a of leaves[0]!)
    for (const b of leaves[1]!)
      for (const c of leaves[2]!)
        rows.push({ codes: [a, b, c], freq: rnd.next() < 0.15 ? rnd.int(3) : 3 + rnd.int(40) });
  const t = tableFromAggregates(dims, rows);
  if (!t.ok) throw new Error(t.error);
  const p = primarySuppression(t.value, [{ kind: 'freq', n: 3 }]);
  if (!p.ok) throw new Error(p.error);
  return { table: t.value, primary: p.value };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { table, primary } = tenThousandCellTable();
  const cost = cellCosts(table, 'measure');
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    hypercubeSuppression(table, copyState(primary), cost);
    times.push(performance.now() - t0);
  }
  const t0 = performance.now();
  const res = protectTable(table, primary);
  const full = performance.now() - t0;
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      cells: table.cellCount,
      primaries: res.primaryCount,
      secondary: res.secondaryCount,
      hypercubeMs: { first: times[0], median: sorted[3], min: sorted[0], max: sorted[6] },
      protectTableMs: full,
      safe: res.safe,
    }),
  );
}
