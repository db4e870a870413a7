// Connections opened while the server is saturated are served in their turn (issue 7, "Speed of
// the API"; decision 0013, ninth and tenth rounds). On PGlite a turn of the event loop used to run
// every request already read (synchronous WebAssembly) before Node took up the next new connection,
// one per turn: a connection opened under load waited one such turn for every connection opened
// before it, while the connections already served went on (p99 4 s). Asserted without timing: a
// new connection's first answer comes before any older connection gets more than a few answers of
// its own meanwhile. Real server on 127.0.0.1, real HTTP, PGlite or the server (TEST_DATABASE_URL).
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './server';
import { demoAppForFile, signInTo } from './test-support/demo-app';

const demo = demoAppForFile();
let server: RunningServer;
beforeAll(async () => {
  server = await startServer(demo.app, { port: 0, host: '127.0.0.1', keepAliveTimeoutMs: 60_000 });
});
afterAll(async () => server?.close());

/** One kept-alive connection of its own (an agent with one socket). */
function connection(): { get(path: string, cookie: string): Promise<number>; close(): void } {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  return {
    get(path, cookie) {
      return new Promise((resolve, reject) => {
        const req = request(`${server.url}${path}`, { agent, headers: { cookie } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', reject);
        });
        req.on('error', reject);
        req.end();
      });
    },
    close: () => agent.destroy(),
  };
}

describe('new connections under load', () => {
  it('are answered in their turn while the connections already served keep the server busy', async () => {
    const partner = demo.credentials.find((c) => c.role === 'partner-focal-point')!;
    const { cookie } = await signInTo(demo.app, partner);
    const OLD = 16;
    const NEW = 16;
    const answers = new Array<number>(OLD).fill(0);
    const statuses = new Set<number>();
    let running = true;
    const old = Array.from({ length: OLD }, () => connection());
    const loops = old.map(async (c, i) => {
      while (running) {
        statuses.add(await c.get('/api/registry', cookie));
        answers[i]! += 1;
      }
    });
    // Saturated: every old connection has been answered twice and keeps asking.
    while (answers.some((n) => n < 2)) await new Promise((r) => setTimeout(r, 5));
    const opened = [...answers];
    const fresh = Array.from({ length: NEW }, () => connection());
    // For each new connection: the most answers one old connection got between its opening and its first answer.
    const overtaken = await Promise.all(
      fresh.map(async (c) => {
        statuses.add(await c.get('/api/registry', cookie));
        return Math.max(...answers.map((n, i) => n - opened[i]!));
      }),
    );
    running = false;
    await Promise.all(loops);
    for (const c of [...old, ...fresh]) c.close();
    expect([...statuses]).toEqual([200]);
    // Served in their turn: each new connection waits behind the requests queued before it (one
    // each of the old connections, and the new connections opened before it), not behind a turn of
    // the event loop per connection opened before it (before: 8 to 40 answers each).
    expect(
      Math.max(...overtaken),
      `answers of one old connection before a new one's first: ${overtaken.join(', ')}`,
    ).toBeLessThanOrEqual(4);
  }, 120_000);
});
