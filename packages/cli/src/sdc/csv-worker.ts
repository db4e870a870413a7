/**
 * The second thread of a two-thread CSV read (csv-threads.ts): reads the file from `start` (the
 * beginning of a line) to `end` with a `CsvReader` in part mode and posts the part back, its typed
 * arrays transferred, not copied; null when the part has an error or a ragged row (the main thread
 * then reads those bytes itself and reports the error with its exact line). Bundled as its own
 * entry of the compiled `steward` (bin/compiled.js).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { CsvPart } from '@steward/core/sdc/io/byte-table-builder';
import { CsvReader } from '@steward/core/sdc/io/csv';

/** What the main thread asks of the worker. */
export interface PartJob {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly delimiter: string;
  readonly header: readonly string[];
  readonly naStrings?: readonly string[];
}

function readPart(job: PartJob): CsvPart | null {
  const reader = new CsvReader({
    delimiter: job.delimiter,
    part: { header: job.header, start: job.start },
    sizeHint: job.end - job.start,
    ...(job.naStrings ? { naStrings: job.naStrings } : {}),
  });
  const fd = openSync(job.path, 'r');
  try {
    const buffer = new Uint8Array(1 << 20);
    for (let at = job.start; at < job.end;) {
      const n = readSync(fd, buffer, 0, Math.min(buffer.length, job.end - at), at);
      if (n === 0) return null; // the file became shorter: let the main thread see it
      at += n;
      if (reader.push(buffer.subarray(0, n))) return null;
    }
  } finally {
    closeSync(fd);
  }
  return reader.finishPart();
}

// The thread is started before the job is known (its start overlaps the first MiB's reading):
// the job comes as the first message.
parentPort!.once('message', (job: PartJob) => {
  let part: CsvPart | null;
  try {
    part = readPart(job);
  } catch {
    part = null;
  }
  const transfer: ArrayBuffer[] = [];
  for (const c of part?.columns ?? []) {
    const buffer = (c.kind === 'numeric' ? c.values : c.codes).buffer;
    if (buffer instanceof ArrayBuffer && !transfer.includes(buffer)) transfer.push(buffer);
  }
  parentPort!.postMessage(part, transfer);
  parentPort!.close();
});
