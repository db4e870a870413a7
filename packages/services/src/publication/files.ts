/** Files of a snapshot: CSV, HXL-tagged CSV (the HDX export) or XLSX, suppression kept. */
import { snapshotCsv, snapshotXlsx, type Snapshot } from '@steward/core/publication/index';
import type { SnapshotFile } from './types';

export function snapshotFile(snapshot: Snapshot, format: 'csv' | 'hxl' | 'xlsx'): SnapshotFile {
  if (format === 'xlsx')
    return {
      body: snapshotXlsx(snapshot),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      extension: 'xlsx',
    };
  return {
    body: snapshotCsv(snapshot, { hxl: format === 'hxl' }),
    contentType: 'text/csv; charset=utf-8',
    extension: format === 'hxl' ? 'hxl.csv' : 'csv',
  };
}
