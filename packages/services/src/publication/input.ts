/** Checks of the publish and republish bodies: every wrong field named, nothing done. */
import {
  PUBLICATION_AUDIENCES,
  type PublicationAudience,
  type PublicationTableInput,
} from '@steward/core/publication/index';
import { isAggregateDimension } from '@steward/core/reporting/aggregate';
import { AGGREGATION_LEVELS, DATA_TYPES, type AggregationLevel } from '@steward/core/vocabulary/index';
import { ServiceError } from '../errors';
import { MAX_PUBLICATION_CELLS, type PublishInput, type ReportSource } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Validates a publish body: a table or a report source, the audience and the optional DIA. */
export function publishInput(input: unknown): PublishInput {
  const o = (input ?? {}) as Record<string, unknown>;
  const fields: { path: string; message: string }[] = [];
  const title = typeof o.title === 'string' ? o.title.trim() : '';
  if (title === '' || title.length > 200)
    fields.push({ path: 'title', message: 'A title of 1 to 200 characters' });
  // With a report source, the framework gives the data type and the dimensions the level.
  if (o.report === undefined) {
    if (typeof o.dataType !== 'string' || !DATA_TYPES.ids.includes(o.dataType as never))
      fields.push({ path: 'dataType', message: 'A data type of the vocabulary' });
    if (typeof o.aggregation !== 'string' || !AGGREGATION_LEVELS.ids.includes(o.aggregation as never))
      fields.push({ path: 'aggregation', message: 'An aggregation level (adm0, adm1, adm2, …)' });
  }
  if (!PUBLICATION_AUDIENCES.includes(o.audience as PublicationAudience))
    fields.push({ path: 'audience', message: 'public, cluster or organisation' });
  if (o.audience === 'organisation' && typeof o.audienceOrganisationId !== 'string')
    fields.push({ path: 'audienceOrganisationId', message: 'The organisation that receives it' });
  const kind = o.kind === undefined ? 'table' : o.kind;
  if (kind !== 'table' && kind !== 'dashboard') fields.push({ path: 'kind', message: 'table or dashboard' });
  const table = o.table as PublicationTableInput | undefined;
  const report = o.report as ReportSource | undefined;
  if (report !== undefined) {
    if (
      typeof report !== 'object' ||
      report === null ||
      typeof report.framework !== 'string' ||
      !Array.isArray(report.periods) ||
      report.periods.length === 0 ||
      report.periods.length > 24 ||
      !report.periods.every((p) => typeof p === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(p)) ||
      !Array.isArray(report.by) ||
      report.by.length === 0 ||
      report.by.length > 4 ||
      !report.by.every((d) => typeof d === 'string' && isAggregateDimension(d) && d !== 'organisation') ||
      (report.measure !== undefined && report.measure !== 'reached' && report.measure !== 'targeted') ||
      (report.indicator !== undefined && typeof report.indicator !== 'string')
    )
      fields.push({
        path: 'report',
        message:
          'A report source: { framework, periods: ["YYYY-MM", …], by: [adm1|adm2|month|sex|age|population-group|disability|indicator|activity, at most 4], measure?, indicator? }',
      });
  } else if (!table || !Array.isArray(table.dimensions) || !Array.isArray(table.rows))
    fields.push({ path: 'table', message: 'A table: { dimensions, rows }, or a report source' });
  else {
    const cells = table.dimensions.reduce(
      (n, d) => n * ((Array.isArray(d?.codes) ? d.codes.length : 0) + 1),
      1,
    );
    if (cells > MAX_PUBLICATION_CELLS)
      fields.push({
        path: 'table',
        message: `At most ${MAX_PUBLICATION_CELLS} cells (totals included), not ${cells}`,
      });
  }
  const assessmentId = o.assessmentId;
  if (assessmentId !== undefined && (typeof assessmentId !== 'string' || !UUID.test(assessmentId)))
    fields.push({ path: 'assessmentId', message: 'The id of a signed-off impact assessment' });
  if (o.includesCoordinates !== undefined && typeof o.includesCoordinates !== 'boolean')
    fields.push({ path: 'includesCoordinates', message: 'true or false' });
  if (fields.length > 0) throw new ServiceError('validation', 'The publication is not valid.', { fields });
  return {
    title,
    kind: kind as 'table' | 'dashboard',
    dataType: (o.dataType as string | undefined) ?? '',
    aggregation: (o.aggregation as AggregationLevel | undefined) ?? 'adm0',
    audience: o.audience as PublicationAudience,
    audienceOrganisationId: o.audience === 'organisation' ? (o.audienceOrganisationId as string) : null,
    ...(report !== undefined ? { report } : { table: table! }),
    ...(typeof assessmentId === 'string' ? { assessmentId } : {}),
    ...(o.includesCoordinates === true ? { includesCoordinates: true } : {}),
  };
}

/** Validates the optional body of a republication: { assessmentId? }. */
export function republishInput(raw: unknown): { assessmentId?: string } {
  if (raw === undefined || raw === null) return {};
  const o = raw as Record<string, unknown>;
  if (o.assessmentId === undefined) return {};
  if (typeof o.assessmentId !== 'string' || !UUID.test(o.assessmentId))
    throw new ServiceError('validation', 'The republication is not valid.', {
      fields: [{ path: 'assessmentId', message: 'The id of a signed-off impact assessment' }],
    });
  return { assessmentId: o.assessmentId };
}
