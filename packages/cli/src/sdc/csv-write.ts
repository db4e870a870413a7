/** CSV text (RFC 4180: comma, CRLF-free "\n" lines, fields quoted when needed). */
import { cellText, type Dataset } from '@steward/core/sdc/dataset';

export function csvField(value: string): string {
  return /[",\n\r]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRows(rows: readonly (readonly string[])[]): string {
  let out = '';
  for (const row of rows) out += row.map(csvField).join(',') + '\n';
  return out;
}

/** A dataset as CSV; a missing value (NA, e.g. a suppressed key) is an empty field. */
export function datasetToCsv(dataset: Dataset): string {
  const cols = dataset.columns;
  const parts: string[] = [cols.map((c) => csvField(c.name)).join(',') + '\n'];
  let chunk = '';
  for (let r = 0; r < dataset.rowCount; r++) {
    let line = '';
    for (let j = 0; j < cols.length; j++) {
      if (j > 0) line += ',';
      const t = cellText(cols[j]!, r);
      if (t !== null) line += csvField(t);
    }
    chunk += line + '\n';
    if (chunk.length > 1 << 20) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}
