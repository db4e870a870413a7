/**
 * An open-loop load generator (issue 7, "Speed of the API", decision 0013 seventh round): offers
 * requests at a steady rate, request i due at start + i ÷ rate, whether or not earlier ones were
 * answered, over at most `connections` kept-alive connections of 127.0.0.1; each latency counts
 * from when the request was DUE (a request waiting for a free connection, or sent late because
 * this process was busy, counts that wait: no coordinated omission).
 *
 * Why not autocannon's `overallRate`: autocannon 9 gives each connection a budget of rate ÷
 * connections requests per second, spends it closed-loop as fast as answers come, then pauses
 * until the next second. At 500/s over 50 connections it sends each second's 500 requests in the
 * first 150–250 ms (a burst of 50 in flight) and nothing for the rest; its correction for
 * coordinated omission uses an expected interval of ⌈1 ÷ rate⌉ = 1 ms. Against a Node server
 * that answers "ok" at once it reports p99 73–100 ms at "500/s offered"; this generator reports
 * p99 of a few ms for the same server.
 */
import { setMaxListeners } from 'node:events';
import http from 'node:http';

export interface OpenLoopOptions {
  /** http://127.0.0.1:PORT/path (loopback only). */
  url: string;
  /** Requests per second offered. */
  rate: number;
  seconds: number;
  connections: number;
  headers?: Record<string, string>;
  /**
   * A request not answered within this many ms counts as failed (default 10 s, as autocannon); and
   * the run ends at most this long after its last request was due: requests still waiting then
   * (for a connection, or for their answer) are abandoned and count as failed.
   */
  timeoutMs?: number;
}

export interface OpenLoopResult {
  /** Requests offered (due within the duration). */
  offered: number;
  /** Answered with a 2xx. */
  completed: number;
  /** Non-2xx answers, errors and timeouts. */
  failures: number;
  /** Completed requests per second of the run. */
  rps: number;
  /** Latency percentiles of completed requests, from when each was due (ms). */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** How late this process sent a request after it was due, at most (ms): the generator's own lag. */
  maxSendLagMs: number;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** How many requests are due by `elapsedMs` after the start at `rate` per second (0 at the start). */
export function dueBy(elapsedMs: number, rate: number): number {
  return elapsedMs < 0 ? 0 : Math.floor((elapsedMs * rate) / 1000) + 1;
}

/** Nearest-rank percentile of ascending values (0 for none). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export async function openLoop(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const url = new URL(options.url);
  if (url.protocol !== 'http:' || !LOOPBACK.has(url.hostname))
    throw new Error(`open-loop load goes to http://127.0.0.1 only (got ${options.url})`);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const total = Math.max(1, Math.round(options.rate * options.seconds));
  const latencies: number[] = [];
  let failures = 0;
  let sent = 0;
  let maxSendLagMs = 0;
  let lastAnswer = 0;
  const pending = new Set<Promise<void>>();
  const abandon = new AbortController();
  setMaxListeners(0, abandon.signal); // one listener per request in flight, each removed when it ends

  const send = (dueAt: number) => {
    const done = new Promise<void>((resolve) => {
      let finished = false;
      const finish = (ok: boolean) => {
        if (finished) return;
        finished = true;
        const now = performance.now();
        if (ok) latencies.push(now - dueAt);
        else failures++;
        lastAnswer = Math.max(lastAnswer, now);
        resolve();
      };
      const req = http.request(url, { agent, headers: options.headers, signal: abandon.signal }, (res) => {
        res.on('data', () => {});
        res.on('end', () => finish(res.statusCode !== undefined && res.statusCode < 300));
        res.on('error', () => finish(false));
      });
      req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
      req.on('error', () => finish(false));
      req.end();
    });
    pending.add(done);
    void done.then(() => pending.delete(done));
  };

  const start = performance.now();
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      const due = Math.min(total, dueBy(now - start, options.rate));
      for (; sent < due; sent++) {
        const dueAt = start + (sent * 1000) / options.rate;
        maxSendLagMs = Math.max(maxSendLagMs, now - dueAt);
        send(dueAt);
      }
      if (sent >= total) return resolve();
      const next = start + (sent * 1000) / options.rate;
      setTimeout(tick, Math.max(0, next - performance.now()));
    };
    tick();
  });
  // Bounded in time: whatever is still waiting `timeoutMs` after the last request was due is abandoned.
  const deadline = setTimeout(() => abandon.abort(), timeoutMs);
  await Promise.all(pending);
  clearTimeout(deadline);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  const elapsedS = Math.max(options.seconds, (lastAnswer - start) / 1000);
  return {
    offered: total,
    completed: latencies.length,
    failures,
    rps: latencies.length / elapsedS,
    p50: round(percentile(latencies, 50)),
    p90: round(percentile(latencies, 90)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? 0),
    maxSendLagMs: round(maxSendLagMs),
  };
}
