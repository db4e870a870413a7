/// <reference lib="webworker" />
/**
 * The disclosure-control engine in a Web Worker: the page stays responsive while a large file is
 * read and measured. The dataset stays in this worker's memory; only summaries, reports and the
 * treated file go back to the page, and nothing is sent over the network.
 */
import type { Dataset } from '@steward/core/sdc/dataset';
import { measure, readDataset, summarise, treat } from './check-engine';
import type { ProgressStep, WorkerRequest, WorkerResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

let current: { dataset: Dataset; name: string } | null = null;

function post(message: WorkerResponse): void {
  self.postMessage(message);
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  const id = request.id;
  let lastSent = 0;
  const progress = (step: ProgressStep, fraction: number) => {
    const now = performance.now();
    if (fraction < 1 && fraction > 0 && now - lastSent < 50) return;
    lastSent = now;
    post({ type: 'progress', id, step, fraction });
  };
  try {
    switch (request.type) {
      case 'load': {
        current = null;
        const read = await readDataset(request.file, request.name, progress);
        if (!read.ok) return post({ type: 'error', id, error: read.error });
        progress('detecting', 0);
        current = { dataset: read.value, name: request.name };
        return post({ type: 'loaded', id, result: summarise(read.value) });
      }
      case 'check': {
        if (!current)
          return post({ type: 'error', id, error: { code: 'no-file', message: 'No file is loaded.' } });
        progress('measuring', 0);
        const report = measure(current.dataset, request.roles, request.missing);
        return post(
          report.ok
            ? { type: 'report', id, report: report.value }
            : { type: 'error', id, error: report.error },
        );
      }
      case 'treat': {
        if (!current)
          return post({ type: 'error', id, error: { code: 'no-file', message: 'No file is loaded.' } });
        const result = treat(
          current.dataset,
          current.name,
          request.roles,
          request.treatment,
          progress,
          request.missing,
        );
        return post(
          result.ok
            ? { type: 'treated', id, result: result.value }
            : { type: 'error', id, error: result.error },
        );
      }
    }
  } catch (error) {
    post({
      type: 'error',
      id,
      error: { code: 'internal', message: error instanceof Error ? error.message : String(error) },
    });
  }
};
