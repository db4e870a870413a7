import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { dueBy, openLoop, percentile } from './open-loop';

let server: http.Server | undefined;
afterEach(
  () =>
    new Promise<void>((done) => {
      if (!server) return done();
      server.close(() => done());
      server.closeAllConnections();
    }),
);

/** A server on 127.0.0.1 that notes when each request arrived and answers after `delayMs`. */
function listen(delayMs: number): Promise<{ url: string; arrivals: number[] }> {
  const arrivals: number[] = [];
  server = http.createServer((_req, res) => {
    arrivals.push(performance.now());
    setTimeout(() => res.end('ok'), delayMs);
  });
  return new Promise((resolve) =>
    server!.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/x`, arrivals }),
    ),
  );
}

describe('open-loop load generator (decision 0013, seventh round)', () => {
  it('schedules request i at i ÷ rate and takes nearest-rank percentiles', () => {
    expect([0, 1, 1.99, 2, 999].map((ms) => dueBy(ms, 500))).toEqual([1, 1, 1, 2, 500]);
    expect(dueBy(-1, 500)).toBe(0);
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([50, 90, 99, 100].map((p) => percentile(values, p))).toEqual([50, 90, 99, 100]);
    expect(percentile([], 99)).toBe(0);
  });

  it('spreads the requests over the run instead of sending each second in a burst', async () => {
    const { url, arrivals } = await listen(0);
    const start = performance.now();
    const result = await openLoop({ url, rate: 200, seconds: 2, connections: 50 });
    expect(result.offered).toBe(400);
    expect(result.completed + result.failures).toBe(400);
    expect(arrivals).toHaveLength(400);
    // Eight windows of 250 ms: a burst model (autocannon's overallRate sends a second's share in its
    // first ~200 ms) leaves windows empty; a steady rate fills each with about 50.
    const windows = Array.from({ length: 8 }, () => 0);
    for (const t of arrivals) windows[Math.min(7, Math.floor((t - start) / 250))]!++;
    for (const n of windows) {
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThan(200);
    }
  });

  it('counts latency from when a request was due, including the wait for a free connection', async () => {
    // Answers take 50 ms and only 2 connections are allowed: at 100/s the requests queue, and each
    // waits for a connection; that wait is part of its latency (no coordinated omission).
    const { url } = await listen(50);
    const result = await openLoop({ url, rate: 100, seconds: 1, connections: 2 });
    expect(result.completed).toBe(100);
    expect(result.p50).toBeGreaterThanOrEqual(50);
    // 100 requests over 2 connections at ≥ 50 ms each take ≥ 2.5 s: the last waited ≥ 1.5 s past its due time.
    expect(result.max).toBeGreaterThanOrEqual(1400);
    expect(result.rps).toBeLessThan(100);
  });

  it('is bounded in time: what is still waiting timeoutMs after the last request was due fails', async () => {
    const { url } = await listen(60_000); // never answers within the test
    const start = performance.now();
    const result = await openLoop({ url, rate: 10, seconds: 1, connections: 2, timeoutMs: 500 });
    const tookMs = performance.now() - start;
    expect(result).toMatchObject({ offered: 10, completed: 0, failures: 10 });
    // The last request was due at 0.9 s; everything was abandoned 0.5 s later.
    expect(tookMs).toBeGreaterThanOrEqual(1300);
    expect(tookMs).toBeLessThan(10_000);
  });

  it('loads 127.0.0.1 only', async () => {
    await expect(
      openLoop({ url: 'http://example.org/', rate: 1, seconds: 1, connections: 1 }),
    ).rejects.toThrow(/127\.0\.0\.1 only/);
  });
});
