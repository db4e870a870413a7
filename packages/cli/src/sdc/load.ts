/**
 * Loading a data file for the disclosure commands: by extension (.csv/.tsv/.txt, .xlsx), streamed
 * from disk with a progress bar, every failure one clear CliError naming the file (and line).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { Dataset } from '@steward/core/sdc/dataset';
import { CsvReader } from '@steward/core/sdc/io/csv';
import type { ReadResult } from '@steward/core/sdc/io/errors';
import { CliError } from '../framework';
import { pushFileTwoThreads, useTwoThreads } from './csv-threads';
import type { Progress } from './progress';

export const DATA_EXTENSIONS = ['.csv', '.tsv', '.txt', '.xlsx'] as const;

export interface LoadedFile {
  readonly path: string;
  readonly name: string;
  readonly dataset: Dataset;
}

/** Checks the input file before any work: exists, is a file, has a known extension. */
export function inputPath(cwd: string, file: string): string {
  const path = resolve(cwd, file);
  if (!existsSync(path)) throw new CliError(`file not found: "${file}"`);
  if (!statSync(path).isFile()) throw new CliError(`not a file: "${file}"`);
  const ext = extname(path).toLowerCase();
  if (!(DATA_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new CliError(
      `cannot read "${file}": unknown file type "${ext || '(none)'}"; use ${DATA_EXTENSIONS.join(', ')}`,
    );
  }
  return path;
}

export async function loadDataFile(cwd: string, file: string, progress: Progress): Promise<LoadedFile> {
  const path = inputPath(cwd, file);
  const name = basename(path);
  const size = statSync(path).size;
  progress.step(`reading ${name}`);
  const ext = extname(path).toLowerCase();
  const result =
    ext === '.xlsx' ? await readXlsxFile(path, name) : await readCsvFile(path, name, size, progress, ext);
  progress.update(1);
  progress.done();
  if (!result.ok) throw new CliError(result.error.message);
  return { path, name, dataset: result.dataset };
}

async function readCsvFile(
  path: string,
  name: string,
  size: number,
  progress: Progress,
  ext: string,
): Promise<ReadResult> {
  const reader = new CsvReader({
    file: name,
    sizeHint: size,
    ...(ext === '.tsv' ? { delimiter: '\t' } : {}),
  });
  if (useTwoThreads(size)) {
    await pushFileTwoThreads(reader, path, size, progress);
    return reader.finish();
  }
  let seen = 0;
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      seen += chunk.length;
      const error = reader.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length));
      if (error) break;
      if (size > 0) progress.update(seen / size);
    }
  } finally {
    stream.destroy();
  }
  return reader.finish();
}

async function readXlsxFile(path: string, name: string): Promise<ReadResult> {
  const { readFileSync } = await import('node:fs');
  const { readXlsxBytes } = await import('./xlsx-bridge');
  return readXlsxBytes(new Uint8Array(readFileSync(path)), name);
}

/** Splits a comma list flag ("a,b, c") into names; empty entries are an error naming the flag. */
export function listFlag(value: string, flag: string): string[] {
  const items = value.split(',').map((s) => s.trim());
  if (items.some((s) => s === '')) throw new CliError(`flag --${flag} has an empty name in "${value}"`, 2);
  return items;
}

/** Unknown column → one line naming it and listing the available ones. */
export function requireColumns(dataset: Dataset, file: string, names: readonly string[]): void {
  const available = dataset.columns.map((c) => c.name);
  for (const n of names) {
    if (!available.includes(n)) {
      throw new CliError(`unknown column "${n}" in "${file}"; available columns: ${available.join(', ')}`);
    }
  }
}
