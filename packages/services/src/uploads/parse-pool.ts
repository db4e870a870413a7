/**
 * Runs CPU-heavy parsing of uploads (registry import, file scan) in a worker thread, so that the
 * event loop keeps answering other requests (`/api/health` included) during any import. One
 * worker, started on first use, runs the jobs one after the other (the machine has few cores);
 * its heap is capped (UPLOAD_LIMITS.parseMemoryMb): a parse that runs out of memory ends the
 * worker, not the server, and its upload gets `limit-exceeded` naming that limit. The worker does
 * not keep the process alive when idle.
 */
import { Worker } from 'node:worker_threads';
import { UPLOAD_LIMITS } from '@steward/core/limits';
import type { ParseJob, ParseOutput } from './parse-tasks';
import type { WorkerReply, WorkerRequest } from './parse-worker';
import { limitExceeded } from './read-errors';

interface Pending {
  job: ParseJob;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

export interface ParsePoolActivity {
  /** Jobs handed to the worker so far. */
  started: number;
  /** Jobs finished (result, error or worker lost). */
  finished: number;
}

export interface ParsePool {
  run<J extends ParseJob>(job: J): Promise<ParseOutput<J>>;
  readonly activity: Readonly<ParsePoolActivity>;
  /** Ends the worker (tests, shutdown); a later job starts a new one. */
  close(): Promise<void>;
}

const BOOT = new URL('./parse-worker-boot.mjs', import.meta.url);

export function createParsePool(memoryMb: number = UPLOAD_LIMITS.parseMemoryMb): ParsePool {
  let worker: Worker | null = null;
  let current: (Pending & { id: number }) | null = null;
  const queue: Pending[] = [];
  let nextId = 1;
  const activity: ParsePoolActivity = { started: 0, finished: 0 };

  function finish(): void {
    current = null;
    activity.finished++;
    pump();
  }

  function lost(error: unknown): void {
    const w = worker;
    worker = null;
    w?.removeAllListeners();
    const job = current;
    if (!job) return;
    const oom = (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    job.reject(
      oom
        ? limitExceeded(
            'parseMemoryMb',
            memoryMb,
            `"${job.job.name}" needs more than ${memoryMb} MB of memory to read: limit "parseMemoryMb" is ${memoryMb}.`,
            { file: job.job.name },
          )
        : new Error('The parse worker stopped unexpectedly.'),
    );
    finish();
  }

  function start(): Worker {
    const w = new Worker(BOOT, { resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
    w.on('message', (reply: WorkerReply) => {
      const job = current;
      if (!job || reply.id !== job.id) return;
      if (reply.ok) job.resolve(reply.result);
      else job.reject(new Error(`Parsing failed in the worker (${reply.message}).`));
      finish();
    });
    w.on('error', lost);
    w.on('exit', (code) => {
      if (worker === w) lost({ code: code === 0 ? 'exit' : 'ERR_WORKER_EXITED' });
    });
    return w;
  }

  function pump(): void {
    if (current) return;
    const next = queue.shift();
    if (!next) {
      worker?.unref();
      return;
    }
    worker ??= start();
    worker.ref();
    current = { ...next, id: nextId++ };
    activity.started++;
    worker.postMessage({ id: current.id, job: next.job } satisfies WorkerRequest);
  }

  return {
    activity,
    run<J extends ParseJob>(job: J): Promise<ParseOutput<J>> {
      return new Promise<ParseOutput<J>>((resolve, reject) => {
        queue.push({ job, resolve: resolve as (v: unknown) => void, reject });
        pump();
      });
    },
    async close(): Promise<void> {
      const w = worker;
      worker = null;
      current?.reject(new Error('The parse worker was closed.'));
      current = null;
      if (w) {
        w.removeAllListeners();
        await w.terminate();
      }
    },
  };
}

let shared: ParsePool | null = null;

/** The process's parse pool. */
export function sharedParsePool(): ParsePool {
  shared ??= createParsePool();
  return shared;
}
