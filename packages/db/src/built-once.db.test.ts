// builtOnce (decision 0013, sixth round): a query whose text is built on its first call only gives,
// call after call, exactly what the same query freshly built gives (rows, column mapping, joins
// that may be null), with each call's own placeholder values, in each call's own transaction and
// under each call's own actor (row-level security). PGlite and, with TEST_DATABASE_URL, the server.
// Also: transaction handles are made without the relational schema (one builder per table per
// transaction, unused).
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtOnce } from './built-once';
import type { Database, Tx } from './database';
import { insertMembership, insertOrganisation, insertUser } from './repositories/index';
import { memberships, organisations, users } from './schema/index';
import { createTestDatabase } from './testing';

const at = new Date('2026-01-01T00:00:00Z');
let db: Database;
const org: Record<string, string> = {};
const user: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  await db.asSystem('test', async (tx) => {
    for (const [key, type] of [
      ['a', 'national-ngo'],
      ['b', 'international-ngo'],
    ] as const)
      org[key] = (await insertOrganisation(tx, { name: `Org ${key}`, acronym: key.toUpperCase(), type })).id;
    for (const key of ['a', 'b', 'ab'])
      user[key] = (
        await insertUser(tx, { email: `${key}@example.org`, displayName: key, passwordHash: 'x' }, at)
      ).id;
    await insertMembership(tx, { userId: user.a!, organisationId: org.a!, role: 'partner-focal-point' }, at);
    await insertMembership(tx, { userId: user.b!, organisationId: org.b!, role: 'viewer' }, at);
    await insertMembership(tx, { userId: user.ab!, organisationId: org.a!, role: 'viewer' }, at);
    await insertMembership(tx, { userId: user.ab!, organisationId: org.b!, role: 'viewer' }, at);
  });
}, 60_000);
afterAll(async () => db?.close());

/** Memberships of one user, with the organisation (left join: may be null) and the user's e-mail. */
const fresh = (tx: Tx, userId: string) =>
  tx
    .select({
      membership: memberships,
      organisation: { name: organisations.name, acronym: organisations.acronym },
      email: users.email,
      label: sql<string>`${organisations.acronym} || ':' || ${memberships.role}`,
    })
    .from(memberships)
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name));

describe('builtOnce', () => {
  it('builds once and gives what the freshly built query gives, with each call’s values and actor', async () => {
    let builds = 0;
    const once = builtOnce<Awaited<ReturnType<typeof fresh>>, { userId: string }>((tx) => {
      builds += 1;
      return fresh(tx, sql.placeholder('userId') as unknown as string);
    });
    // The actor is the multi-organisation user; RLS shows them their own organisations' memberships.
    const actors = [
      { userId: user.ab!, organisationId: org.a! },
      { userId: user.a!, organisationId: org.a! },
      { userId: user.b!, organisationId: org.b! },
    ];
    for (let round = 0; round < 4; round++) {
      for (const actor of actors) {
        for (const target of Object.values(user)) {
          const [got, expected] = await db.withActor(actor, async (tx) => [
            await once(tx, { userId: target }),
            await fresh(tx, target),
          ]);
          expect(got, `${actor.userId} reads ${target}`).toEqual(expected);
        }
      }
    }
    expect(builds).toBe(1);
    // The rows really differ by value and by actor (so the comparison above says something).
    const own = await db.withActor(actors[1]!, (tx) => once(tx, { userId: user.a! }));
    expect(own).toHaveLength(1);
    expect(own[0]!.membership.createdAt).toBeInstanceOf(Date);
    expect(own[0]!.organisation).toEqual({ name: 'Org a', acronym: 'A' });
    expect(own[0]!.label).toBe('A:partner-focal-point');
    const asB = await db.withActor(actors[2]!, (tx) => once(tx, { userId: user.a! }));
    expect(asB).toEqual([]);
  });

  it('runs in the caller’s transaction: a row written earlier in it is read, and gone after a rollback', async () => {
    const once = builtOnce<{ acronym: string }[], { name: string }>((tx) =>
      tx
        .select({ acronym: organisations.acronym })
        .from(organisations)
        .where(eq(organisations.name, sql.placeholder('name'))),
    );
    await db.asSystem('test', (tx) => once(tx, { name: 'warm-up' }));
    await expect(
      db.asSystem('test', async (tx) => {
        await insertOrganisation(tx, { name: 'Temporary', acronym: 'TMP', type: 'national-ngo' });
        expect(await once(tx, { name: 'Temporary' })).toEqual([{ acronym: 'TMP' }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await db.asSystem('test', (tx) => once(tx, { name: 'Temporary' }))).toEqual([]);
  });
});

describe('transaction handles', () => {
  it('carry no relational query builders (the query builder is made without the schema)', async () => {
    const builders = (tx: Tx) => Object.keys((tx as unknown as { query?: object }).query ?? {});
    expect(
      await db.withActor({ userId: user.a!, organisationId: org.a! }, async (tx) => builders(tx)),
    ).toEqual([]);
    expect(await db.withAnonymous(async (tx) => builders(tx))).toEqual([]);
    expect(await db.asSystem('test', async (tx) => builders(tx))).toEqual([]);
  });
});
