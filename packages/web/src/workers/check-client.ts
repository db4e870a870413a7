/**
 * The page's handle on the check worker: one request at a time, answered by a promise; progress
 * through a callback. Vite bundles the worker from the `new URL(…, import.meta.url)` below.
 */
import type { MissingCodes } from '@steward/core/sdc/missing/index';
import type { CheckReport } from '@steward/core/sdc/risk/index';
import type {
  EngineError,
  Loaded,
  ProgressStep,
  Roles,
  Treated,
  TreatmentOptions,
  WorkerResponse,
} from './protocol';

export type OnProgress = (step: ProgressStep, fraction: number) => void;

export class EngineFailure extends Error {
  constructor(readonly error: EngineError) {
    super(error.message);
    this.name = 'EngineFailure';
  }
}

export class CheckClient {
  private readonly worker: Worker;
  private nextId = 1;
  private pending = new Map<
    number,
    { resolve: (r: WorkerResponse) => void; reject: (e: unknown) => void; onProgress?: OnProgress }
  >();

  constructor() {
    this.worker = new Worker(new URL('./check-dataset.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      const entry = this.pending.get(message.id);
      if (!entry) return;
      if (message.type === 'progress') return entry.onProgress?.(message.step, message.fraction);
      this.pending.delete(message.id);
      if (message.type === 'error') entry.reject(new EngineFailure(message.error));
      else entry.resolve(message);
    };
    this.worker.onerror = (event) => {
      const failure = new EngineFailure({
        code: 'internal',
        message: event.message || 'The worker stopped.',
      });
      for (const entry of this.pending.values()) entry.reject(failure);
      this.pending.clear();
    };
  }

  private request(
    build: (id: number) => Parameters<Worker['postMessage']>[0],
    onProgress?: OnProgress,
  ): Promise<WorkerResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
      this.worker.postMessage(build(id));
    });
  }

  async load(file: File, onProgress?: OnProgress): Promise<Loaded> {
    const r = await this.request((id) => ({ type: 'load', id, file, name: file.name }), onProgress);
    if (r.type !== 'loaded') throw new Error(`unexpected answer ${r.type}`);
    return r.result;
  }

  async check(roles: Roles, onProgress?: OnProgress, missing?: MissingCodes): Promise<CheckReport> {
    const r = await this.request(
      (id) => ({ type: 'check', id, roles, ...(missing ? { missing } : {}) }),
      onProgress,
    );
    if (r.type !== 'report') throw new Error(`unexpected answer ${r.type}`);
    return r.report;
  }

  async treat(
    roles: Roles,
    treatment: TreatmentOptions,
    onProgress?: OnProgress,
    missing?: MissingCodes,
  ): Promise<Treated> {
    const r = await this.request(
      (id) => ({ type: 'treat', id, roles, treatment, ...(missing ? { missing } : {}) }),
      onProgress,
    );
    if (r.type !== 'treated') throw new Error(`unexpected answer ${r.type}`);
    return r.result;
  }

  dispose(): void {
    this.worker.terminate();
    for (const entry of this.pending.values()) entry.reject(new Error('disposed'));
    this.pending.clear();
  }
}
