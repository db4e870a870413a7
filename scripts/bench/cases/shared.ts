/** Helpers shared by the benchmark cases: reading files with Steward's own readers, timings. */
import { createReadStream, readFileSync } from 'node:fs';
import type { Dataset } from '@steward/core/sdc/dataset';
import { readCsv, readCsvBytes, type CsvReadOptions } from '@steward/core/sdc/io/index';

export async function readCsvFile(path: string, options: CsvReadOptions = {}): Promise<Dataset> {
  const result = await readCsv(
    createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Uint8Array>,
    options,
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.dataset;
}

export function readSmallCsv(path: string, options: CsvReadOptions = {}): Dataset {
  const result = readCsvBytes(new Uint8Array(readFileSync(path)), options);
  if (!result.ok) throw new Error(result.error.message);
  return result.dataset;
}

/** Timings (seconds) that a case records for another case to compare with. */
export const timings = new Map<string, number[]>();

export function record(name: string, seconds: number): void {
  const list = timings.get(name) ?? [];
  list.push(seconds);
  timings.set(name, list);
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}
