/**
 * Seeded sparse 3-D hierarchical frequency tables built from synthetic microdata, the shape of the
 * benchmark's table (scripts/bench/cases/table.ts) at any size: region (Total → `groups` admin-1
 * codes → `perGroup` admin-2 codes each) × sex (Total → f, m) × age group (Total → `ages`
 * five-year groups). The geography is skewed (a few large districts, a long tail of small ones)
 * and ages decline exponentially, so many cells are small and many are empty.
 */
import { seededRandom } from '../../../random';
import { categoricalFromStrings, datasetFromColumns, type Dataset } from '../../dataset';
import type { HierarchyEdge } from '../dimension';
import { primarySuppression, type SuppressionState } from '../primary';
import { buildTable, type Table } from '../table';

export interface SparseTableOptions {
  readonly groups: number;
  readonly perGroup: number;
  readonly ages: number;
  readonly records: number;
  readonly seed: number;
  /** Mean of the exponential age distribution, in age groups. Default ages / 4. */
  readonly ageScale?: number;
}

/**
 * The benchmark's table (scripts/bench/cases/table.ts): 111 regions × 3 × 30 = 9,990 cells from
 * 60,000 records.
 */
export const BENCHMARK_TABLE: SparseTableOptions = {
  groups: 10,
  perGroup: 10,
  ages: 29,
  records: 60_000,
  seed: 20261124,
  ageScale: 7,
};

export function sparseMicrodata(options: SparseTableOptions): {
  data: Dataset;
  regions: HierarchyEdge[];
  ages: string[];
} {
  const random = seededRandom(options.seed);
  const regions: HierarchyEdge[] = [];
  const leaves: string[] = [];
  for (let a = 1; a <= options.groups; a++) {
    regions.push({ code: `R${a}`, parent: 'Total' });
    for (let b = 1; b <= options.perGroup; b++) {
      regions.push({ code: `R${a}-${b}`, parent: `R${a}` });
      leaves.push(`R${a}-${b}`);
    }
  }
  const ages = Array.from({ length: options.ages }, (_, i) => `${5 * i}-${5 * i + 4}`);
  const scale = options.ageScale ?? options.ages / 4;
  const region: string[] = [];
  const sex: string[] = [];
  const age: string[] = [];
  for (let i = 0; i < options.records; i++) {
    region.push(leaves[Math.floor(leaves.length * Math.pow(random.next(), 2.2))]!);
    sex.push(random.next() < 0.52 ? 'f' : 'm');
    age.push(ages[Math.min(options.ages - 1, Math.floor(-Math.log(1 - random.next()) * scale))]!);
  }
  const data = datasetFromColumns([
    categoricalFromStrings('region', region),
    categoricalFromStrings('sex', sex),
    categoricalFromStrings('age', age),
  ]);
  return { data, regions, ages };
}

/** The table and its freq(n) primary suppression (default n = 3). */
export function sparseHierarchicalTable(
  options: SparseTableOptions,
  minFrequency = 3,
): { table: Table; primary: SuppressionState } {
  const { data, regions, ages } = sparseMicrodata(options);
  const built = buildTable(data, {
    dimensions: [
      { variable: 'region', total: 'Total', hierarchy: regions },
      { variable: 'sex', total: 'Total' },
      { variable: 'age', total: 'Total', hierarchy: ages.map((code) => ({ code, parent: 'Total' })) },
    ],
  });
  if (!built.ok) throw new Error(built.error);
  const primary = primarySuppression(built.value, [{ kind: 'freq', n: minFrequency }]);
  if (!primary.ok) throw new Error(primary.error);
  return { table: built.value, primary: primary.value };
}

/** The displacement groups of the humanitarian table, most frequent first. */
export const DISPLACEMENT_GROUPS = ['host community', 'IDP', 'returnee', 'refugee', 'migrant'];

export interface DisplacementTableOptions {
  /** Admin-1 areas (each with `perGroup` admin-2 areas). */
  readonly groups: number;
  readonly perGroup: number;
  readonly records: number;
  readonly seed: number;
}

/**
 * The 10,000-cell humanitarian benchmark table (issue 12 §4's shape at four times its 2,682 cells):
 * admin-2 within admin-1 (Total → 15 → 36 each: 556 codes) × sex (3) × displacement (Total → 5:
 * 6 codes) = 10,008 cells from 40,000 seeded records.
 */
export const DISPLACEMENT_TABLE: DisplacementTableOptions = {
  groups: 15,
  perGroup: 36,
  records: 40_000,
  seed: 20261207,
};

/**
 * A seeded admin-2 within admin-1 × sex × displacement frequency table and its freq(n) primary
 * suppression: skewed geography as `sparseMicrodata`, displacement groups with shares 50, 25, 13,
 * 8 and 4 % (an admin-1 area shifts them, as displacement clusters by area).
 */
export function displacementTable(
  options: DisplacementTableOptions,
  minFrequency = 3,
): { table: Table; primary: SuppressionState } {
  const random = seededRandom(options.seed);
  const regions: HierarchyEdge[] = [];
  const leaves: string[] = [];
  const groupOf: number[] = [];
  for (let a = 1; a <= options.groups; a++) {
    regions.push({ code: `A${a}`, parent: 'Total' });
    for (let b = 1; b <= options.perGroup; b++) {
      regions.push({ code: `A${a}-${b}`, parent: `A${a}` });
      leaves.push(`A${a}-${b}`);
      groupOf.push(a);
    }
  }
  const shares = [0.5, 0.25, 0.13, 0.08, 0.04];
  const region: string[] = [];
  const sex: string[] = [];
  const displacement: string[] = [];
  for (let i = 0; i < options.records; i++) {
    const leaf = Math.floor(leaves.length * Math.pow(random.next(), 2.2));
    region.push(leaves[leaf]!);
    sex.push(random.next() < 0.52 ? 'f' : 'm');
    // Rotate the shares by admin-1 area: in some areas IDPs or returnees are the largest group.
    const shift = groupOf[leaf]! % 3;
    let u = random.next();
    let g = 0;
    for (; g < shares.length - 1; g++) {
      u -= shares[g]!;
      if (u < 0) break;
    }
    displacement.push(DISPLACEMENT_GROUPS[(g + (g < 3 ? shift : 0)) % (g < 3 ? 3 : 5)]!);
  }
  const data = datasetFromColumns([
    categoricalFromStrings('region', region),
    categoricalFromStrings('sex', sex),
    categoricalFromStrings('displacement', displacement),
  ]);
  const built = buildTable(data, {
    dimensions: [
      { variable: 'region', total: 'Total', hierarchy: regions },
      { variable: 'sex', total: 'Total' },
      {
        variable: 'displacement',
        total: 'Total',
        hierarchy: DISPLACEMENT_GROUPS.map((code) => ({ code, parent: 'Total' })),
      },
    ],
  });
  if (!built.ok) throw new Error(built.error);
  const primary = primarySuppression(built.value, [{ kind: 'freq', n: minFrequency }]);
  if (!primary.ok) throw new Error(primary.error);
  return { table: built.value, primary: primary.value };
}
