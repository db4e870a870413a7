/**
 * The parse worker thread (started by parse-pool.ts through parse-worker-boot.mjs): runs one job
 * at a time and posts back its result. Never logs file contents or names.
 */
import { parentPort } from 'node:worker_threads';
import { runParseJob, transferOf, type ParseJob } from './parse-tasks';

export interface WorkerRequest {
  id: number;
  job: ParseJob;
}
export type WorkerReply =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string };

const port = parentPort;
if (port) {
  port.on('message', (msg: WorkerRequest) => {
    runParseJob(msg.job).then(
      (result) =>
        port.postMessage({ id: msg.id, ok: true, result } satisfies WorkerReply, transferOf(msg.job, result)),
      (error: unknown) =>
        port.postMessage({
          id: msg.id,
          ok: false,
          message: error instanceof Error ? error.name : 'Error',
        } satisfies WorkerReply),
    );
  });
}
