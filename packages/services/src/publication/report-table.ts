/** The table a publication checks: as given, or computed from approved report values. */
import { tableHasCoordinates } from '@steward/core/assessments/index';
import type { Tx } from '@steward/db';
import { aggregateReportValues, findFrameworkByCode } from '@steward/db/repositories/reporting';
import { ServiceError } from '../errors';
import { frameworkView } from '../reporting/frameworks';
import type { PublishInput, ResolvedPublishInput } from './types';

/** Coordinates as declared, or seen in the table (a coordinates dimension, lat/lon codes). */
export function withCoordinates(input: ResolvedPublishInput): boolean {
  return input.includesCoordinates === true || tableHasCoordinates(input.table);
}

/**
 * The table to check: as given, or computed in the database from APPROVED report values with the
 * publisher's rights (RLS), one flat dimension per `by` (codes as found). With a report source the
 * framework's data type and the finest admin level of `by` are what the ISP is asked about.
 */
export async function resolveTable(tx: Tx, input: PublishInput): Promise<ResolvedPublishInput> {
  if (!input.report) return input as ResolvedPublishInput;
  const r = input.report;
  const row = await findFrameworkByCode(tx, r.framework);
  if (!row)
    throw new ServiceError('not-found', `There is no reporting framework with the code ${r.framework}.`);
  const framework = frameworkView(row);
  // A magnitude (unit other than people, e.g. items) is protected by the dominance rule on the
  // organisations' contributions; people by the small-count threshold. Never both in one sum.
  const selected = framework.indicators.filter((i) => r.indicator === undefined || i.id === r.indicator);
  const magnitude = selected.length > 0 && selected.every((i) => i.unit !== 'people');
  if (!magnitude && selected.some((i) => i.unit !== 'people'))
    throw new ServiceError(
      'validation',
      `The framework ${framework.code} mixes people and other units (${[...new Set(selected.map((i) => i.unit))].join(', ')}): publish one indicator at a time.`,
    );
  const rows = await aggregateReportValues(tx, {
    frameworkId: framework.id,
    periods: r.periods,
    // Magnitudes: one more group, the organisation, whose values are each cell's contributions.
    by: magnitude ? [...r.by, 'organisation'] : r.by,
    measure: r.measure ?? 'reached',
    ...(r.indicator ? { indicators: [r.indicator] } : {}),
    viewerOrganisationId: null,
  });
  const codes = r.by.map(() => new Set<string>());
  for (const v of rows) r.by.forEach((_, j) => codes[j]!.add(v.codes[j]!));
  const leaves = new Map<
    string,
    { codes: string[]; count: number; contributors: { id: string; value: number }[] }
  >();
  for (const v of rows) {
    const cell = v.codes.slice(0, r.by.length);
    const key = JSON.stringify(cell);
    const leaf = leaves.get(key) ?? { codes: cell, count: 0, contributors: [] };
    leaf.count += Number(v.count);
    if (magnitude) leaf.contributors.push({ id: v.codes[r.by.length]!, value: Number(v.count) });
    leaves.set(key, leaf);
  }
  return {
    ...input,
    dataType: framework.dataType,
    aggregation: r.by.includes('adm2') ? 'adm2' : r.by.includes('adm1') ? 'adm1' : 'adm0',
    table: {
      dimensions: r.by.map((name, j) => ({ name, codes: [...codes[j]!].sort().map((code) => ({ code })) })),
      rows: [...leaves.values()].map((l) => (magnitude ? l : { codes: l.codes, count: l.count })),
      ...(magnitude ? { magnitude: true } : {}),
    },
  };
}
