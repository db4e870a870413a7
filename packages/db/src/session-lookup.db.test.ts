// authenticateSessionByTokenHash (issue 7, speed of authenticated reads): the session, its user
// and the user's memberships in one round trip must be exactly what the three-step lookup gives
// (steward_auth_session, then findUserWithMemberships as that user under row-level security).
// Real database: PGlite, or the server named by TEST_DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { actAs, type Database, queryRows } from './database';
import {
  authenticateApiTokenByHash,
  authenticateSessionByTokenHash,
  insertApiToken,
  lookupApiTokenByHash,
  findUserWithMemberships,
  insertMembership,
  insertOrganisation,
  insertSession,
  insertUser,
  lookupSessionByTokenHash,
} from './repositories/index';
import { createTestDatabase, ownerSql } from './testing';

const at = new Date('2026-01-01T00:00:00Z');
let db: Database;
const users: Record<string, string> = {};
const hashes: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  await db.asSystem('test', async (tx) => {
    const lead = (await insertOrganisation(tx, { name: 'Lead', acronym: 'LD', type: 'cluster-lead' })).id;
    const a = (await insertOrganisation(tx, { name: 'Alpha', acronym: 'AL', type: 'national-ngo' })).id;
    const z = (await insertOrganisation(tx, { name: 'Zulu', acronym: 'ZU', type: 'national-ngo' })).id;
    const make = async (key: string, isAdmin = false) =>
      (users[key] = (
        await insertUser(
          tx,
          { email: `${key}@example.org`, displayName: key, passwordHash: 'x', isAdmin },
          at,
        )
      ).id);
    await make('two-orgs');
    await make('coordinator');
    await make('none');
    await make('admin', true);
    await make('disabled');
    await insertMembership(tx, { userId: users['two-orgs']!, organisationId: z, role: 'viewer' }, at);
    await insertMembership(
      tx,
      { userId: users['two-orgs']!, organisationId: a, role: 'partner-focal-point' },
      at,
    );
    await insertMembership(
      tx,
      { userId: users.coordinator!, organisationId: lead, role: 'cluster-coordinator' },
      at,
    );
    await insertMembership(tx, { userId: users.disabled!, organisationId: a, role: 'viewer' }, at);
    let n = 0;
    for (const [key, userId] of Object.entries(users)) {
      n += 1;
      hashes[key] = n.toString(16).padStart(64, 'a');
      await insertSession(tx, {
        userId,
        tokenHash: hashes[key]!,
        csrfToken: `csrf-${n}`,
        activeOrganisationId: null,
        createdAt: at,
        expiresAt: new Date('2026-01-02T00:00:00Z'),
        userAgent: null,
      });
    }
  });
  await ownerSql(db, `update users set disabled = true where id = '${users.disabled}'`);
}, 60_000);
afterAll(async () => db?.close());

describe('authenticateSessionByTokenHash', () => {
  it('gives the session, user and memberships that the three-step lookup gives, for every kind of user', async () => {
    for (const key of Object.keys(users)) {
      const hash = hashes[key]!;
      // Two transactions one after the other (PGlite has one connection: never nest them).
      const session = await db.withAnonymous((tx) => lookupSessionByTokenHash(tx, hash));
      const found = await db.withActor({ userId: session!.userId }, (tx) =>
        findUserWithMemberships(tx, session!.userId),
      );
      const expected = { session, found };
      const got = await authenticateSessionByTokenHash(db, hash);
      expect(got, key).toEqual({
        session: expected.session,
        user: expected.found!.user,
        memberships: expected.found!.memberships,
        held: expect.objectContaining({ open: true }),
      });
    }
    const two = await authenticateSessionByTokenHash(db, hashes['two-orgs']!);
    expect(two?.memberships.map((m) => m.acronym)).toEqual(['AL', 'ZU']);
  });

  it('finds nothing for an unknown or malformed token hash', async () => {
    expect(await authenticateSessionByTokenHash(db, 'f'.repeat(64))).toBeNull();
    expect(await authenticateSessionByTokenHash(db, `${hashes.admin!.slice(0, 63)}'`)).toBeNull();
    expect(await authenticateSessionByTokenHash(db, "' or true --")).toBeNull();
  });

  it('leaves no actor behind on the connection', async () => {
    await authenticateSessionByTokenHash(db, hashes.coordinator!);
    const [row] = await db.withAnonymous((tx) =>
      queryRows<{ u: string | null }>(tx, sql`select current_setting('app.user_id', true) as u`),
    );
    expect(row?.u ?? '').toBe('');
  });
});

describe('authenticateApiTokenByHash', () => {
  const tokens: Record<string, { hash: string; organisationId: string }> = {};
  const now = new Date('2026-01-01T12:00:00Z');

  beforeAll(async () => {
    const orgs = await ownerSql<{ id: string; acronym: string }>(db, 'select id, acronym from organisations');
    const org = (acronym: string) => orgs.find((o) => o.acronym === acronym)!.id;
    const cases: [string, string, string, { expiresAt?: Date; revokedAt?: Date }][] = [
      ['two-orgs-alpha', 'two-orgs', 'AL', {}],
      ['two-orgs-zulu', 'two-orgs', 'ZU', { expiresAt: new Date('2026-02-01T00:00:00Z') }],
      ['coordinator', 'coordinator', 'LD', {}],
      ['admin', 'admin', 'AL', {}],
      ['disabled', 'disabled', 'AL', {}],
      ['revoked', 'two-orgs', 'AL', { revokedAt: new Date('2026-01-01T06:00:00Z') }],
      ['expired', 'two-orgs', 'AL', { expiresAt: new Date('2026-01-01T11:59:59Z') }],
    ];
    await db.asSystem('test', async (tx) => {
      let n = 0;
      for (const [key, user, acronym, extra] of cases) {
        n += 1;
        const hash = n.toString(16).padStart(64, 'b');
        tokens[key] = { hash, organisationId: org(acronym) };
        await insertApiToken(tx, {
          userId: users[user]!,
          organisationId: org(acronym),
          name: key,
          tokenHash: hash,
          tokenPrefix: 'stw_test',
          createdAt: at,
          expiresAt: extra.expiresAt ?? null,
        });
        if (extra.revokedAt)
          await tx.execute(
            sql`update api_tokens set revoked_at = ${extra.revokedAt} where token_hash = ${hash}`,
          );
      }
    });
  });

  it('gives the token, user and memberships that the three-step lookup gives, as the user in the token’s organisation', async () => {
    for (const key of ['two-orgs-alpha', 'two-orgs-zulu', 'coordinator', 'admin', 'disabled']) {
      const { hash, organisationId } = tokens[key]!;
      const token = await db.withAnonymous((tx) => lookupApiTokenByHash(tx, hash));
      const found = await db.withAnonymous(async (tx) => {
        await actAs(tx, { userId: token!.userId, organisationId });
        return findUserWithMemberships(tx, token!.userId);
      });
      const got = await authenticateApiTokenByHash(db, hash, now);
      expect(got, key).toEqual({
        token,
        lastUsedAt: null,
        user: found!.user,
        memberships: found!.memberships,
        held: expect.objectContaining({ open: true }),
      });
    }
  });

  it('sets no actor for a revoked or expired token: its user and last use are not read', async () => {
    for (const key of ['revoked', 'expired']) {
      const got = await authenticateApiTokenByHash(db, tokens[key]!.hash, now);
      expect(got?.token.userId, key).toBe(users['two-orgs']);
      expect(got?.user, key).toBeNull();
      expect(got?.memberships, key).toEqual([]);
    }
    // The same token an instant before its expiry: valid.
    const before = await authenticateApiTokenByHash(
      db,
      tokens.expired!.hash,
      new Date('2026-01-01T11:59:58Z'),
    );
    expect(before?.user?.id).toBe(users['two-orgs']);
  });

  it('reads the last use as the token’s user', async () => {
    const { hash } = tokens['two-orgs-alpha']!;
    await ownerSql(
      db,
      `update api_tokens set last_used_at = '2026-01-01T11:00:00Z' where token_hash = '${hash}'`,
    );
    expect((await authenticateApiTokenByHash(db, hash, now))?.lastUsedAt).toEqual(
      new Date('2026-01-01T11:00:00Z'),
    );
  });

  it('finds nothing for an unknown or malformed token hash, and leaves no actor behind', async () => {
    expect(await authenticateApiTokenByHash(db, 'f'.repeat(64), now)).toBeNull();
    expect(await authenticateApiTokenByHash(db, "' or true --", now)).toBeNull();
    await authenticateApiTokenByHash(db, tokens.coordinator!.hash, now);
    const [row] = await db.withAnonymous((tx) =>
      queryRows<{ u: string | null; o: string | null }>(
        tx,
        sql`select current_setting('app.user_id', true) as u, current_setting('app.organisation_id', true) as o`,
      ),
    );
    expect(row?.u ?? '').toBe('');
    expect(row?.o ?? '').toBe('');
  });
});

describe('Database.batch (the one-message transaction under both lookups)', () => {
  it('runs its statements as one transaction: the actor for all of them, nothing left after', async () => {
    const [seen, later] = await db.batch({ userId: users.admin!, organisationId: null, admin: true }, [
      `select current_setting('app.user_id') as u, current_user as r, set_config('app.batch_probe', 'on', true) as p`,
      `select current_setting('app.batch_probe') as p, current_setting('app.admin') as a`,
    ]);
    expect(seen?.[0]).toMatchObject({ u: users.admin, r: 'steward_app' });
    expect(later?.[0]).toMatchObject({ p: 'on', a: 'on' });
    const [after] = await db.batch(null, [
      `select current_setting('app.batch_probe', true) as p, current_setting('app.user_id', true) as u`,
    ]);
    expect(after?.[0]?.['p'] ?? '').toBe('');
    expect(after?.[0]?.['u'] ?? '').toBe('');
  });

  it('gives a statement its values ($1 as often as it appears), whatever they hold', async () => {
    const tricky = `it's a \\ back'slash -- $2 ; select 1`;
    const [rows, plain] = await db.batch(null, [
      {
        text: 'select $1::text as a, $2::text as b, $1::text = $2::text as same, $3::text as n',
        values: [tricky, 'x', null],
      },
      'select 2 as two',
    ]);
    expect(rows).toEqual([{ a: tricky, b: 'x', same: false, n: null }]);
    expect(plain).toEqual([{ two: 2 }]);
    await expect(db.batch(null, [{ text: 'select $2::text as b', values: ['only one'] }])).rejects.toThrow();
  });

  it('on the server, parses and plans a statement with values once per connection (named)', async () => {
    if (db.kind !== 'postgres') return;
    const text = 'select $1::text as probe_value';
    const runs: Record<string, unknown>[][][] = [];
    // Sequential batches reuse the pool's most recently released connection.
    for (let i = 0; i < 4; i++)
      runs.push(
        await db.batch(null, [
          { text, values: [`v${i}`] },
          `select count(*)::int as named from pg_prepared_statements where name like 'steward\\_%' and statement = '${text}'`,
        ]),
      );
    expect(runs.map((r) => r[0])).toEqual([0, 1, 2, 3].map((i) => [{ probe_value: `v${i}` }]));
    expect(runs.at(-1)![1]).toEqual([{ named: 1 }]);
  });

  it('rolls every statement back when one fails, and leaves no transaction open', async () => {
    await expect(
      db.batch(null, [`select set_config('app.batch_probe', 'kept?', false) as p`, `select 1 / 0 as boom`]),
    ).rejects.toMatchObject({ code: '22012' });
    // A statement with values failing in the middle: its own error, the statements after it not run.
    await expect(
      db.batch(null, [
        { text: `select set_config('app.batch_probe', $1, false) as p`, values: ['kept?'] },
        { text: 'select $1::int as boom', values: ['not a number'] },
        `select set_config('app.batch_probe', 'after', false) as p`,
      ]),
    ).rejects.toMatchObject({ code: '22P02' });
    // The next work on the connection runs normally (no aborted transaction left behind) …
    const [rows] = await db.batch(null, [`select current_setting('app.batch_probe', true) as p`]);
    // … and on PGlite's one connection the failed batch's session-level setting was rolled back too.
    if (db.kind === 'pglite') expect(rows?.[0]?.['p'] ?? '').toBe('');
    expect(await db.withAnonymous((tx) => queryRows(tx, sql`select 1 as one`))).toEqual([{ one: 1 }]);
  });
});
