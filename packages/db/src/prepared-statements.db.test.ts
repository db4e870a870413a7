// Named (prepared) statements on the server's application connections (decision 0013, fourth
// round): a repeated statement is parsed and planned once per connection (on PGlite, its one
// backend), and every execution still sees only what its own actor may see. PGlite and, with
// TEST_DATABASE_URL, the server.
import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from './database';
import { MAX_NAMED_STATEMENTS, statementNames } from './prepared';
import { memberships } from './schema/index';
import { createTestDatabase, seedTwoOrganisations, signedActorSql } from './testing';

const at = new Date('2026-01-01T00:00:00Z');
let db: Database;
let orgA: string;
let orgB: string;
let userA: string;
let userB: string;

beforeAll(async () => {
  db = await createTestDatabase();
  ({ orgA, orgB, userA, userB } = await seedTwoOrganisations(db, at));
}, 60_000);
afterAll(async () => db?.close());

const visibleMemberships = (userId: string, organisationId: string) =>
  db.withActor({ userId, organisationId }, (tx) =>
    tx
      .select({ organisationId: memberships.organisationId })
      .from(memberships)
      .orderBy(asc(memberships.organisationId)),
  );

describe('statement names', () => {
  it('names a text from its second use, the same name every time, and never a text with a semicolon', () => {
    const names = statementNames();
    expect(names.nameFor('select 1')).toBeUndefined();
    const name = names.nameFor('select 1');
    expect(name).toMatch(/^steward_[0-9a-f]{24}$/);
    expect(names.nameFor('select 1')).toBe(name);
    expect(statementNames().nameFor('select 2')).toBeUndefined();
    names.nameFor('select 1; select 2');
    expect(names.nameFor('select 1; select 2')).toBeUndefined();
  });

  it(`names at most ${MAX_NAMED_STATEMENTS} texts`, () => {
    const names = statementNames(3);
    for (const text of ['a', 'b', 'c', 'd']) names.nameFor(text);
    const given = ['a', 'b', 'c', 'd'].map((text) => names.nameFor(text));
    expect(given.filter(Boolean)).toHaveLength(3);
    expect(given[3]).toBeUndefined();
    expect(names.size).toBe(3);
  });
});

describe('a repeated statement', () => {
  it('gives each actor only its own rows, however often it runs and whoever ran it before', async () => {
    // More runs than PostgreSQL's five custom plans before it may settle on a generic one.
    for (let i = 0; i < 12; i++) {
      const [a, b] = await Promise.all([visibleMemberships(userA, orgA), visibleMemberships(userB, orgB)]);
      expect(a).toEqual([{ organisationId: orgA }]);
      expect(b).toEqual([{ organisationId: orgB }]);
      expect(await visibleMemberships(userA, orgA)).toEqual([{ organisationId: orgA }]);
    }
  });

  it('is prepared once on the connection, and the actor is still read when it runs', async () => {
    const rows = await db.withActor({ userId: userA, organisationId: orgA }, async (tx) => {
      const select = () => tx.select({ organisationId: memberships.organisationId }).from(memberships);
      await select();
      await select();
      await select();
      const prepared = await queryRows<{ name: string; statement: string }>(
        tx,
        sql`select name, statement from pg_prepared_statements where name like 'steward\_%' and statement like '%from "memberships"%'`,
      );
      // The same statement, as another actor in the same transaction: the plan is reused, the
      // rows are that actor's.
      await queryRows(tx, sql.raw(await signedActorSql(db, { userId: userB, organisationId: orgB }, tx)));
      return { prepared, asB: await select() };
    });
    expect(rows.prepared.length).toBeGreaterThanOrEqual(1);
    expect(rows.prepared[0]!.name).toMatch(/^steward_[0-9a-f]{24}$/);
    expect(rows.asB).toEqual([{ organisationId: orgB }]);
  });
  it('fails only its own transaction when it fails, and runs again afterwards', async () => {
    const asUuid = (value: string) =>
      db.withActor({ userId: userA, organisationId: orgA }, (tx) =>
        queryRows<{ u: string }>(tx, sql`select ${value}::uuid as u`),
      );
    for (let i = 0; i < 3; i++) await expect(asUuid('not-a-uuid')).rejects.toMatchObject({ code: '22P02' });
    expect(await asUuid(orgB)).toEqual([{ u: orgB }]);
    expect(await visibleMemberships(userA, orgA)).toEqual([{ organisationId: orgA }]);
  });
});
