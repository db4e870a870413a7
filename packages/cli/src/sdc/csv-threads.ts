/**
 * Reading a large CSV file on two threads: a worker (csv-worker.ts) reads the second part of the
 * file while this thread reads the first, and this thread's reader then absorbs the worker's part
 * (`CsvReader.absorb`: columns appended, dictionaries merged by remapping codes). The result is the
 * one-thread result exactly, errors included: the part begins just after a line feed, and when
 * that line feed turns out to be inside quotes, or the worker's part has an error or a ragged row,
 * or the worker fails, this thread reads the second part itself (so an error's line is exact).
 *
 * Only the compiled `steward` has the worker's file (bin/compiled.js bundles it as its own entry);
 * run from the sources, the read stays on one thread. By default the second thread is used for a
 * file of at least 8 MiB when a core looks free (`wantTwoThreads`); `STEWARD_READ_THREADS=1` turns
 * it off, `STEWARD_READ_THREADS=2` uses it whatever the file's size and the load (tests).
 */
import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CsvPart } from '@steward/core/sdc/io/byte-table-builder';
import { nextLineStart, type CsvReader } from '@steward/core/sdc/io/csv';
import type { PartJob } from './csv-worker';
import type { Progress } from './progress';
import { phase } from './timings';

/** Below this size a second thread costs more (its start) than it saves. */
const MIN_BYTES = 8 << 20;
/** Share of the file the worker reads: it starts later (a thread and its module to load). */
const WORKER_SHARE = 0.42;
const CHUNK = 1 << 20;
/** The least read before the split: enough for the delimiter's detection sample. */
const FIRST_MIN = 128 << 10;
/** How far past the split point a line feed is looked for before giving up on a second thread. */
const PROBE = 1 << 20;

/** The worker's compiled file, when this is the compiled `steward`. */
function workerFile(): string | null {
  const dir = (import.meta as { dirname?: string }).dirname;
  if (typeof dir !== 'string') return null;
  const file = join(dir, 'csv-worker.js');
  return existsSync(file) ? file : null;
}

/**
 * Whether a CSV file of `size` bytes is worth a second thread: `STEWARD_READ_THREADS` decides
 * when set (1 or 2); otherwise a file of at least 8 MiB, when a core looks free (the 1-minute load
 * average below the cores). On a busy machine the second thread only adds its start and the join
 * (≈ 0.2 s of CPU on 1M rows) and competes with the first: measured at load 8–10 on 2 cores, the
 * whole `steward check` was slower with it.
 */
export function wantTwoThreads(
  size: number,
  env: NodeJS.ProcessEnv,
  load: number = loadavg()[0] ?? 0,
  cores: number = availableParallelism(),
): boolean {
  const setting = env.STEWARD_READ_THREADS;
  if (setting === '1') return false;
  if (setting === '2') return true;
  return size >= MIN_BYTES && cores >= 2 && load < cores;
}

/** Whether to read a CSV file of `size` bytes on two threads (only the compiled CLI can). */
export function useTwoThreads(size: number, env: NodeJS.ProcessEnv = process.env): boolean {
  return wantTwoThreads(size, env) && workerFile() !== null;
}

/**
 * Pushes the whole file into `reader` (not finished), the second part through a worker thread
 * when that works out; the same bytes reach the same columns either way.
 */
export async function pushFileTwoThreads(
  reader: CsvReader,
  path: string,
  size: number,
  progress: Progress,
  naStrings?: readonly string[],
): Promise<void> {
  const t = performance.now();
  const fd = openSync(path, 'r');
  const opened = fstatSync(fd);
  // Started first: the thread's own start (~0.05–0.1 s) overlaps reading the first MiB here.
  const file = workerFile();
  let worker: Worker | null = file === null ? null : new Worker(file);
  try {
    const buffer = new Uint8Array(CHUNK);
    let at = 0;
    /** Pushes [at, end); false when the reader stopped on an error. */
    const pushTo = (end: number): boolean => {
      while (at < end) {
        const n = readSync(fd, buffer, 0, Math.min(CHUNK, end - at), at);
        if (n === 0) return true;
        at += n;
        if (reader.push(buffer.subarray(0, n))) return false;
        progress.update(at / size);
      }
      return true;
    };
    // The first bytes (a MiB, less in a small file): the delimiter and the header are known
    // after them (the delimiter is detected on the first 64 Ki characters).
    if (!pushTo(Math.min(size, CHUNK, Math.max(FIRST_MIN, Math.floor(size / 4))))) return;
    phase('read: worker started, first MiB read', t);
    const delimiter = reader.detectedDelimiter;
    const header = reader.columnNames;
    let start = -1;
    if (delimiter !== null && header !== null && worker !== null) {
      const target = Math.max(at, Math.floor(size * (1 - WORKER_SHARE)));
      const probe = new Uint8Array(Math.min(PROBE, size - target));
      const n = probe.length > 0 ? readSync(fd, probe, 0, probe.length, target) : 0;
      const lineStart = nextLineStart(probe.subarray(0, n), 0);
      if (lineStart > 0 && target + lineStart < size) start = target + lineStart;
    }
    if (start > 0 && worker !== null) {
      const job: PartJob = {
        path,
        start,
        end: size,
        delimiter: delimiter!,
        header: header!,
        ...(naStrings ? { naStrings } : {}),
      };
      const w = worker;
      const part = new Promise<CsvPart | null>((resolve) => {
        w.once('message', (m: CsvPart | null) => resolve(m));
        w.once('error', () => resolve(null));
        w.once('exit', () => resolve(null));
      });
      w.postMessage(job);
      const t0 = performance.now();
      if (!pushTo(start)) return;
      phase('read: first part on this thread', t0);
      const received = await part;
      phase('read: second part received from the worker', t0);
      const t1 = performance.now();
      // A file that changed while read (appended, truncated, rewritten) is read on to its end here,
      // as one thread reads it: the worker's part holds the bytes up to the size seen at the start.
      const now = fstatSync(fd);
      const unchanged = now.size === size && opened.size === size && now.mtimeMs === opened.mtimeMs;
      if (received && unchanged && reader.absorb(received)) {
        phase('read: second part absorbed', t1);
        progress.update(1);
        return;
      }
      phase('read: second part read again on this thread (no usable part)', t1);
    } else if (worker !== null) {
      void worker.terminate();
      worker = null;
    }
    // To the end of the file, not to `size`: one thread reads what a file appended since its size
    // was taken holds, and so must this.
    pushTo(Number.POSITIVE_INFINITY);
  } finally {
    closeSync(fd);
    if (worker) void worker.terminate();
  }
}
