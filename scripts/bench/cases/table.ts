/**
 * (d) Secondary suppression of a 3-dimensional hierarchical table of about 10,000 cells:
 * region (Total → 10 admin-1 → 10 admin-2 each: 111 codes) × sex (3) × age group (Total → 29
 * five-year groups: 30 codes) = 9,990 cells, from 60,000 seeded synthetic records with a skewed
 * geography so that many cells are small. freq(3) primary rule, hypercube secondary suppression,
 * and the audit (LP or certificate) of every primary cell.
 */
import { categoricalFromStrings, datasetFromColumns, type Dataset } from '@steward/core/sdc/dataset';
import { seededRandom } from '@steward/core/random';
import {
  buildTable,
  parseRule,
  primarySuppression,
  protectTable,
  type HierarchyEdge,
  type SuppressionState,
  type Table,
} from '@steward/core/sdc/tables/index';
import type { BenchCase } from '../cases';

function makeData(
  records: number,
  seed: number,
): { data: Dataset; regions: HierarchyEdge[]; ages: string[] } {
  const random = seededRandom(seed);
  const regions: HierarchyEdge[] = [];
  const leaves: string[] = [];
  for (let a = 1; a <= 10; a++) {
    regions.push({ code: `R${a}`, parent: 'Total' });
    for (let b = 1; b <= 10; b++) {
      regions.push({ code: `R${a}-${b}`, parent: `R${a}` });
      leaves.push(`R${a}-${b}`);
    }
  }
  const ages = Array.from({ length: 29 }, (_, i) => `${5 * i}-${5 * i + 4}`);
  const region: string[] = [];
  const sex: string[] = [];
  const age: string[] = [];
  for (let i = 0; i < records; i++) {
    // Skewed: a few large districts, a long tail of small ones; ages decline with age.
    const r = Math.floor(leaves.length * Math.pow(random.next(), 2.2));
    region.push(leaves[r]!);
    sex.push(random.next() < 0.52 ? 'f' : 'm');
    age.push(ages[Math.min(28, Math.floor(-Math.log(1 - random.next()) * 7))]!);
  }
  const data = datasetFromColumns([
    categoricalFromStrings('region', region),
    categoricalFromStrings('sex', sex),
    categoricalFromStrings('age', age),
  ]);
  return { data, regions, ages };
}

interface Ctx {
  table: Table;
  primary: SuppressionState;
}

export const hierarchicalTable: BenchCase = {
  name: 'secondary suppression, 3-D hierarchical table ~10,000 cells',
  target: '≤ 1 s',
  targetSeconds: 1,
  peer: '— (sdcTable hypercube: no published figure for this table)',
  comment:
    'region (111 codes, 2 levels) × sex (3) × age group (30) = 9,990 cells from 60,000 seeded synthetic records; freq(3); hypercube secondary suppression plus the audit proving every primary cell protected.',
  async setup(): Promise<Ctx> {
    const { data, regions, ages } = makeData(60_000, 20261124);
    const built = buildTable(data, {
      dimensions: [
        { variable: 'region', total: 'Total', hierarchy: regions },
        { variable: 'sex', total: 'Total' },
        { variable: 'age', total: 'Total', hierarchy: ages.map((code) => ({ code, parent: 'Total' })) },
      ],
    });
    if (!built.ok) throw new Error(built.error);
    const rule = parseRule('freq(3)');
    if (!rule.ok) throw new Error(rule.error);
    const primary = primarySuppression(built.value, [rule.value]);
    if (!primary.ok) throw new Error(primary.error);
    return { table: built.value, primary: primary.value };
  },
  run(ctx: Ctx, notes) {
    const r = protectTable(ctx.table, ctx.primary);
    const verified = [...r.verification.values()];
    notes.push(
      `${ctx.table.cellCount.toLocaleString('en-US')} cells, ${r.primaryCount} primary, ${r.secondaryCount} secondary`,
      `safe: ${r.safe ? 'yes' : `NO, ${r.unresolved.length} primary cells unproven`} (${verified.filter((v) => v === 'lp').length} by LP, ${verified.filter((v) => v === 'certificate').length} by certificate)`,
    );
  },
};
