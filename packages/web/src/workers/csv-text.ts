/** A dataset as CSV text (comma, "\n", fields quoted when needed; missing values empty). */
import { cellText, type Dataset } from '@steward/core/sdc/dataset';

function field(value: string): string {
  return /[",\n\r]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Returns the CSV as chunks of text (a Blob can be made of them without one huge string). */
export function datasetCsvChunks(dataset: Dataset): string[] {
  const cols = dataset.columns;
  const parts: string[] = [cols.map((c) => field(c.name)).join(',') + '\n'];
  let chunk = '';
  for (let r = 0; r < dataset.rowCount; r++) {
    let line = '';
    for (let j = 0; j < cols.length; j++) {
      if (j > 0) line += ',';
      const t = cellText(cols[j]!, r);
      if (t !== null) line += field(t);
    }
    chunk += line + '\n';
    if (chunk.length > 1 << 20) {
      parts.push(chunk);
      chunk = '';
    }
  }
  if (chunk !== '') parts.push(chunk);
  return parts;
}
