/**
 * (d) Secondary suppression of a 3-dimensional hierarchical table of about 10,000 cells:
 * region (Total → 10 admin-1 → 10 admin-2 each: 111 codes) × sex (3) × age group (Total → 29
 * five-year groups: 30 codes) = 9,990 cells, from 60,000 seeded synthetic records with a skewed
 * geography so that many cells are small. freq(3) primary rule, hypercube secondary suppression,
 * and the audit (LP or certificate) of every primary cell.
 */
import { protectTable, type SuppressionState, type Table } from '@steward/core/sdc/tables/index';
import { BENCHMARK_TABLE, sparseHierarchicalTable } from '@steward/core/sdc/tables/test-support/sparse-table';
import type { BenchCase } from '../cases';

interface Ctx {
  table: Table;
  primary: SuppressionState;
}

export const hierarchicalTable: BenchCase = {
  name: 'secondary suppression, 3-D hierarchical table ~10,000 cells',
  target: '≤ 1 s',
  targetSeconds: 1,
  peer: '— (sdcTable hypercube: no published figure for this table)',
  file: 'seeded synthetic microdata, 60,000 records (scripts/bench/cases/table.ts)',
  comment:
    'region (111 codes, 2 levels) × sex (3) × age group (30) = 9,990 cells from 60,000 seeded synthetic records; freq(3); hypercube secondary suppression plus the audit proving every primary cell protected.',
  async setup(): Promise<Ctx> {
    // Skewed geography (a few large districts, a long tail of small ones), ages declining with age.
    return sparseHierarchicalTable(BENCHMARK_TABLE);
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
