// The database going away under a running server: every request that needs it answers 503
// `database-unavailable` with a clear message, the server keeps answering, and (on a
// PostgreSQL server, reached here through a TCP relay that the test stops and restarts) the
// next request after the database is back succeeds again. On embedded PGlite the database is
// closed under the app; it cannot come back, so the test shows the server still answering.
// eslint-disable-next-line no-restricted-imports -- tests need a database; the API code itself never imports db
import { createDatabase, type Database } from '@steward/db';
// eslint-disable-next-line no-restricted-imports -- as above
import { createTestDatabase } from '@steward/db/testing';
import { createServices } from '@steward/services';
import { randomBytes } from 'node:crypto';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { startServer, type RunningServer } from './server';

const bytes = (n: number) => new Uint8Array(randomBytes(n));
/** Run last-registered first: the server, then the database, then what it stands on. */
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
});

/** A TCP relay to host:port that can be stopped (refusing connections, cutting open ones) and started again. */
function relay(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  const start = () =>
    new Promise<number>((resolve, reject) => {
      server = createServer((client) => {
        const upstream = connect(target.port, target.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as { port: number }).port;
        resolve(port);
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      if (server) server.close(() => resolve());
      else resolve();
      server = null;
    });
  return { start, stop };
}

interface Breakable {
  db: Database;
  breakIt(): Promise<void>;
  /** Null when the database cannot come back (embedded PGlite closed under the app). */
  restore: (() => Promise<void>) | null;
}

async function breakableDatabase(): Promise<Breakable> {
  const testDb = await createTestDatabase();
  cleanups.push(() => testDb.close());
  if (testDb.kind === 'pglite') {
    return { db: testDb, breakIt: () => testDb.close(), restore: null };
  }
  // The test database's URL (no password in test setups) with the relay in between.
  const direct = new URL(testDb.location);
  const r = relay({ host: direct.hostname, port: Number(direct.port || 5432) });
  const relayed = new URL(direct);
  relayed.hostname = '127.0.0.1';
  relayed.port = String(await r.start());
  cleanups.push(() => r.stop());
  const db = await createDatabase({ url: relayed.toString(), poolSize: 2 });
  cleanups.push(() => db.close());
  return {
    db,
    breakIt: () => r.stop(),
    restore: async () => {
      await r.start();
    },
  };
}

describe('database unavailable under a live server', () => {
  it('answers 503 database-unavailable with a clear message and keeps serving', async () => {
    const target = await breakableDatabase();
    const services = createServices({ db: target.db, clock: () => new Date(), randomBytes: bytes });
    const { credentials } = await services.demo.load({ randomBytes: bytes });
    const viewer = credentials.find((c) => c.role === 'viewer')!;
    const app = createApp({ services, config: { webDist: null } });
    const server: RunningServer = await startServer(app, { port: 0, host: '127.0.0.1' });
    cleanups.push(() => server.close());
    const login = () =>
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: viewer.email, password: viewer.password }),
      });

    const signedIn = await login();
    expect(signedIn.status).toBe(200);
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect((await fetch(`${server.url}/api/me`, { headers: { cookie } })).status).toBe(200);

    await target.breakIt();

    const me = await fetch(`${server.url}/api/me`, { headers: { cookie } });
    expect(me.status).toBe(503);
    const body = (await me.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('database-unavailable');
    expect(body.error.message).toMatch(/database cannot be reached right now/);
    expect((await login()).status).toBe(503);
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'unavailable', database: 'unreachable' });
    // The server itself keeps running: what needs no database still answers.
    expect((await fetch(`${server.url}/api/openapi.json`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/me`, { headers: { cookie } })).status).toBe(503);

    if (target.restore) {
      await target.restore();
      expect((await fetch(`${server.url}/api/me`, { headers: { cookie } })).status).toBe(200);
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    }
  });
});
