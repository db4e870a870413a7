// What an authenticated read costs the database (issue 7, "Speed of the API"), measured in what
// does not depend on the machine: transactions per request, rows rewritten by a read. Speed
// itself is in `npm run bench` (scripts/bench/cases/api-load.ts), never in a timed test.
// Real services on a real test database (PGlite, or the server named by TEST_DATABASE_URL).
// eslint-disable-next-line no-restricted-imports -- tests need a database; the API code itself never imports db
import { type Database, execBatch } from '@steward/db';
// eslint-disable-next-line no-restricted-imports -- tests need a database; the API code itself never imports db
import { appRoleSql, ownerSql } from '@steward/db/testing';
import { createDemoTestDatabase } from '@steward/services/test-support/demo-database';
import { createServices, systemCaller, type Services } from '@steward/services';
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type StewardApp } from './app';

type Credential = { email: string; password: string; role: string; organisationAcronym: string };

let db: Database;
let app: StewardApp;
let services: Services;
let credentials: Credential[];
let now = new Date();
let transactions = 0;
const bytes = (n: number) => new Uint8Array(randomBytes(n));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The id the database gave the last authentication transaction (see counting). */
let heldXact: string | null = null;

/**
 * The test database, counting the transactions the application opens. A `withActor` that goes on
 * in the request's authentication transaction (decision 0013, thirteenth round) is not a transaction
 * of its own: told by the database, not by the code under test (the authentication transaction is
 * given an id, `pg_current_xact_id()`, which the work's transaction must then have).
 */
function counting(inner: Database): Database {
  return {
    ...inner,
    withActor(actor, fn) {
      transactions += 1;
      return inner.withActor(actor, async (tx) => {
        const [rows] = await execBatch(tx, 'select pg_current_xact_id_if_assigned()::text as x');
        const x = rows?.[0]?.x;
        if (x && x === heldXact) transactions -= 1;
        return fn(tx);
      });
    },
    async batchHeld(statements) {
      transactions += 1;
      const out = await inner.batchHeld([...statements, 'select pg_current_xact_id()::text as x']);
      heldXact = (out.rows.at(-1)?.[0]?.x as string | undefined) ?? null;
      return { rows: out.rows.slice(0, -1), held: out.held };
    },
    withAnonymous(fn) {
      transactions += 1;
      return inner.withAnonymous(fn);
    },
    asSystem(reason, fn) {
      transactions += 1;
      return inner.asSystem(reason, fn);
    },
    batch(actor, statements) {
      transactions += 1;
      return inner.batch(actor, statements);
    },
  };
}

beforeAll(async () => {
  const demoDb = await createDemoTestDatabase();
  db = demoDb.db;
  // Two-factor sign-in off: the demo's cluster logins sign in with a password (see routes/account.db.test.ts).
  services = createServices({
    db: counting(db),
    clock: () => now,
    randomBytes: bytes,
    config: { twoFactorRequired: false },
  });
  credentials = demoDb.demo.credentials;
  app = createApp({ services, config: { webDist: null } });
});
afterAll(async () => db?.close());

async function signIn(role: string): Promise<{ cookie: string; userId: string; organisationId: string }> {
  const c = credentials.find((x) => x.role === role)!;
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: c.email, password: c.password }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { user: { id: string }; activeOrganisationId: string };
  return {
    cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!,
    userId: body.user.id,
    organisationId: body.activeOrganisationId,
  };
}

async function transactionsOf(request: () => Response | Promise<Response>): Promise<number> {
  const before = transactions;
  const res = await request();
  expect(res.status).toBe(200);
  await res.arrayBuffer();
  return transactions - before;
}

/** The row version of a row: it changes whenever the row is rewritten. */
async function rowVersion(table: 'sessions' | 'api_tokens', id: string): Promise<string> {
  const [row] = await ownerSql<{ v: string }>(db, `select xmin::text as v from ${table} where id = '${id}'`);
  return row!.v;
}

describe('an authenticated read', () => {
  it('GET /api/registry is ONE transaction (authentication and the list) with a session or a token', async () => {
    const partner = await signIn('partner-focal-point');
    const viaSession = await transactionsOf(() =>
      app.request('/api/registry', { headers: { cookie: partner.cookie } }),
    );
    expect(viaSession).toBe(1);
    const { token } = await services.tokens.create(systemCaller('cli'), {
      name: 'read-cost',
      userId: partner.userId,
      organisationId: partner.organisationId,
    });
    const viaToken = () =>
      transactionsOf(() => app.request('/api/registry', { headers: { authorization: `Bearer ${token}` } }));
    // The token's first use is recorded (in the authentication's transaction; the list then opens
    // its own, as after a session's renewal); then the token is looked up with its user in one
    // message and the list goes on in the same transaction, like a session.
    expect(await viaToken()).toBe(2);
    expect(await viaToken()).toBe(1);
  });

  it('does not rewrite the session or the token on every request, but still renews them after a minute', async () => {
    const partner = await signIn('partner-focal-point');
    const [session] = await ownerSql<{ id: string; expires_at: Date | string }>(
      db,
      `select id, expires_at from sessions where token_hash = '${sha256(partner.cookie.split('=')[1]!)}'`,
    );
    const { id: tokenId, token } = await services.tokens.create(systemCaller('cli'), {
      name: 'read-cost-2',
      userId: partner.userId,
      organisationId: partner.organisationId,
    });
    const read = async () => {
      expect((await app.request('/api/registry', { headers: { cookie: partner.cookie } })).status).toBe(200);
      const viaToken = await app.request('/api/me', { headers: { authorization: `Bearer ${token}` } });
      expect(viaToken.status).toBe(200);
    };
    await read(); // the token's first use is recorded
    const sessionVersion = await rowVersion('sessions', session!.id);
    const tokenVersion = await rowVersion('api_tokens', tokenId);
    for (let i = 0; i < 3; i++) {
      now = new Date(now.getTime() + 10_000);
      await read();
    }
    expect(await rowVersion('sessions', session!.id)).toBe(sessionVersion);
    expect(await rowVersion('api_tokens', tokenId)).toBe(tokenVersion);

    // A minute later: the idle expiry slides and the token's last use moves on.
    now = new Date(now.getTime() + 61_000);
    await read();
    expect(await rowVersion('sessions', session!.id)).not.toBe(sessionVersion);
    expect(await rowVersion('api_tokens', tokenId)).not.toBe(tokenVersion);
    const [renewed] = await ownerSql<{ expires_at: Date | string }>(
      db,
      `select expires_at from sessions where id = '${session!.id}'`,
    );
    expect(new Date(renewed!.expires_at).getTime()).toBeGreaterThan(new Date(session!.expires_at).getTime());
    const [used] = await ownerSql<{ last_used_at: Date | string }>(
      db,
      `select last_used_at from api_tokens where id = '${tokenId}'`,
    );
    expect(new Date(used!.last_used_at).getTime()).toBe(now.getTime());
  });

  it('lists the file counts and owners that the actor can see file by file (one statement for the list)', async () => {
    let filesSeen = 0;
    for (const role of ['partner-focal-point', 'cluster-coordinator']) {
      const who = await signIn(role);
      const res = await app.request('/api/registry', { headers: { cookie: who.cookie } });
      const { items } = (await res.json()) as {
        items: { id: string; organisationAcronym: string; fileCount: number; quarantinedFiles: number }[];
      };
      expect(items.length).toBeGreaterThan(0);
      // The same actor reading the file rows one by one under row-level security.
      const files = await appRoleSql<{ entry_id: string; quarantined: boolean }>(
        db,
        who.userId,
        `select entry_id, quarantined from registry_files`,
        who.organisationId,
      );
      const owners = await ownerSql<{ id: string; acronym: string }>(
        db,
        `select e.id, o.acronym from registry_entries e join organisations o on o.id = e.organisation_id`,
      );
      const acronym = new Map(owners.map((o) => [o.id, o.acronym]));
      for (const item of items) {
        const mine = files.filter((f) => f.entry_id === item.id);
        expect(item.organisationAcronym).toBe(acronym.get(item.id));
        expect(item.fileCount).toBe(mine.length);
        expect(item.quarantinedFiles).toBe(mine.filter((f) => f.quarantined).length);
        filesSeen += mine.length;
      }
    }
    expect(filesSeen).toBeGreaterThan(0);
  });
});
