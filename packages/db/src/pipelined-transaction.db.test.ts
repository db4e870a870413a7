// Transactions whose BEGIN is not waited for and whose reads are asked for together (decision 0013,
// third round): on the server BEGIN, the actor and the first queries leave in one write and the
// queries asked together are pipelined; the results, the actor, the order and the all-or-nothing
// rule stay what they were. PGlite and, with TEST_DATABASE_URL, the PostgreSQL server.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, together, type Database } from './database';
import { insertMembership, insertOrganisation, insertUser } from './repositories/index';
import { createTestDatabase, ownerSql } from './testing';

const at = new Date('2026-01-01T00:00:00Z');
let db: Database;
let user: string;
let organisation: string;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.asSystem('test', async (tx) => {
    organisation = (await insertOrganisation(tx, { name: 'Partner', acronym: 'PA', type: 'national-ngo' }))
      .id;
    // An admin, so that the tests can write (organisations are written by admins).
    user = (
      await insertUser(tx, { email: 'p@example.org', displayName: 'P', passwordHash: 'x', isAdmin: true }, at)
    ).id;
    await insertMembership(
      tx,
      { userId: user, organisationId: organisation, role: 'partner-focal-point' },
      at,
    );
  });
}, 60_000);
afterAll(async () => db?.close());

const acronymsNamed = (name: string) =>
  ownerSql<{ acronym: string }>(db, `select acronym from organisations where name = '${name}'`);

describe('a transaction with its reads asked together', () => {
  it('gives each query its own rows, in order, as the actor', async () => {
    const [who, organisations, numbers, empty] = await db.withActor(
      { userId: user, organisationId: organisation },
      (tx) =>
        together(tx, () =>
          Promise.all([
            queryRows<{ user_id: string; org: string; role: string }>(
              tx,
              sql`select current_setting('app.user_id') as user_id, current_setting('app.organisation_id') as org, current_user as role`,
            ),
            queryRows<{ acronym: string }>(tx, sql`select acronym from organisations order by acronym`),
            queryRows<{ n: number }>(tx, sql`select generate_series(1, 3) as n`),
            queryRows<{ n: number }>(tx, sql`select 1 as n where false`),
          ]),
        ),
    );
    expect(who).toEqual([{ user_id: user, org: organisation, role: 'steward_app' }]);
    expect(organisations.map((o) => o.acronym)).toEqual(['PA']);
    expect(numbers.map((r) => Number(r.n))).toEqual([1, 2, 3]);
    expect(empty).toEqual([]);
  });

  it('keeps nothing when one of the queries asked together fails, and throws that query’s error', async () => {
    const failing = db.withActor({ userId: user, organisationId: organisation, admin: true }, (tx) =>
      together(tx, () =>
        Promise.all([
          queryRows(tx, sql`update organisations set name = 'Renamed' where id = ${organisation}`),
          queryRows(tx, sql`select 1 / 0 as boom`),
          queryRows(tx, sql`select 1 as after`),
        ]),
      ),
    );
    await expect(failing).rejects.toMatchObject({ code: '22012' });
    expect(await acronymsNamed('Renamed')).toEqual([]);
    // The connection is usable afterwards (rolled back, returned to the pool).
    const [row] = await db.withActor({ userId: user }, (tx) =>
      queryRows<{ ok: number }>(tx, sql`select 1 as ok`),
    );
    expect(Number(row?.ok)).toBe(1);
  });

  it('keeps nothing when the work throws before or after its first query', async () => {
    await expect(
      db.withActor({ userId: user, organisationId: organisation }, async () => {
        throw new Error('before any query');
      }),
    ).rejects.toThrow('before any query');
    await expect(
      db.withActor({ userId: user, organisationId: organisation, admin: true }, async (tx) => {
        await queryRows(tx, sql`update organisations set name = 'Renamed' where id = ${organisation}`);
        throw new Error('after a write');
      }),
    ).rejects.toThrow('after a write');
    expect(await acronymsNamed('Renamed')).toEqual([]);
  });

  it('commits work that sent no query, and work whose writes were asked together', async () => {
    expect(await db.withActor({ userId: user }, async () => 'nothing sent')).toBe('nothing sent');
    await db.withActor({ userId: user, organisationId: organisation, admin: true }, (tx) =>
      together(tx, () =>
        Promise.all([
          queryRows(tx, sql`update organisations set name = 'Renamed' where id = ${organisation}`),
          queryRows(tx, sql`select 1`),
        ]),
      ),
    );
    expect(await acronymsNamed('Renamed')).toEqual([{ acronym: 'PA' }]);
  });

  it('runs many transactions at once on the pool without mixing their actors', async () => {
    const other = await db.asSystem('test', async (tx) => {
      const id = (await insertOrganisation(tx, { name: 'Other', acronym: 'OT', type: 'national-ngo' })).id;
      const member = (
        await insertUser(tx, { email: 'o@example.org', displayName: 'O', passwordHash: 'x' }, at)
      ).id;
      await insertMembership(tx, { userId: member, organisationId: id, role: 'partner-focal-point' }, at);
      return { id, member };
    });
    const seen = await Promise.all(
      Array.from({ length: 40 }, (_, i) => {
        const actor =
          i % 2
            ? { userId: user, organisationId: organisation }
            : { userId: other.member, organisationId: other.id };
        return db.withActor(actor, (tx) =>
          together(tx, () =>
            Promise.all([
              queryRows<{ u: string }>(tx, sql`select current_setting('app.user_id') as u`),
              queryRows<{ id: string }>(
                tx,
                sql`select id from organisations where id = ${actor.organisationId}`,
              ),
            ]),
          ).then(([[u], [org]]) => ({
            expected: actor.userId,
            user: u?.u,
            org: org?.id,
            wanted: actor.organisationId,
          })),
        );
      }),
    );
    for (const s of seen) {
      expect(s.user).toBe(s.expected);
      expect(s.org).toBe(s.wanted);
    }
  });
});
