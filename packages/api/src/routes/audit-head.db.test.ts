// Issue 7 §6: the audit chain head is shown to every organisation so partners can witness it.
// eslint-disable-next-line no-restricted-imports -- tests need a database; the API code itself never imports db
import { createTestDatabase, ownerSql } from '@steward/db/testing';
import { createServices } from '@steward/services';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type StewardApp } from '../app';

type Credential = { email: string; password: string; role: string };
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let app: StewardApp;
let credentials: Credential[];
const bytes = (n: number) => new Uint8Array(randomBytes(n));

beforeAll(async () => {
  db = await createTestDatabase();
  const services = createServices({ db, clock: () => new Date(), randomBytes: bytes, config: {} });
  credentials = (await services.demo.load({ randomBytes: bytes })).credentials;
  app = createApp({ services, config: { webDist: null, bodyLimitBytes: 1024 * 1024 } });
}, 120_000);
afterAll(async () => db?.close());

async function cookieOf(c: Credential): Promise<string> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: c.email, password: c.password }),
  });
  expect(res.status).toBe(200);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

describe('GET /api/audit/head', () => {
  it('gives every signed-in role of every organisation the same head, which is the chain head', async () => {
    const heads = [];
    for (const c of credentials) {
      const cookie = await cookieOf(c);
      const res = await app.request('/api/audit/head', { headers: { cookie } });
      expect(res.status, c.role).toBe(200);
      heads.push((await res.json()) as { sequence: number; hash: string; occurredAt: string });
    }
    const [last] = await ownerSql<{ sequence: string; hash: string }>(
      db,
      `select a.sequence::text as sequence, a.hash from audit_log a order by a.sequence desc limit 1`,
    );
    // the last sign-in is the newest entry; every earlier answer is a prefix of the same chain
    expect(heads.at(-1)).toMatchObject({ sequence: Number(last!.sequence), hash: last!.hash });
    for (const head of heads) {
      const [row] = await ownerSql<{ hash: string }>(
        db,
        `select hash from audit_log where sequence = ${head.sequence}`,
      );
      expect(row?.hash).toBe(head.hash);
    }
    expect(new Set(credentials.map((c) => c.role)).size).toBeGreaterThanOrEqual(4);
  });

  it('is refused without signing in', async () => {
    expect((await app.request('/api/audit/head')).status).toBe(401);
  });
});
