/** Test helpers: the sdcTable test problem built from the shared reference microdata. */
import { loadReferenceCsv } from '../../test-support/reference-data';
import { buildTable, type Table } from '../table';

/** sdcTable's `sdc_testproblem()`: region total→{A,B,C,D} × gender total→{male,female}, value `val`. */
export function testProblem(): Table {
  const data = loadReferenceCsv('sdcTable_microdata1.csv', { numericOnly: ['val'] });
  const built = buildTable(data, {
    dimensions: [
      {
        variable: 'region',
        total: 'total',
        hierarchy: ['A', 'B', 'C', 'D'].map((code) => ({ code, parent: 'total' })),
      },
      {
        variable: 'gender',
        total: 'total',
        hierarchy: ['male', 'female'].map((code) => ({ code, parent: 'total' })),
      },
    ],
    value: 'val',
  });
  if (!built.ok) throw new Error(built.error);
  return built.value;
}
