// The ISP in force is parsed once per row version (findEndorsedIspCached, decision 0013): never a
// stale document after a change — an edit of the version in force, a successor endorsed, a change
// rolled back, a row changed twice in one transaction — and never another database's document.
// PGlite and, with TEST_DATABASE_URL, the PostgreSQL server.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from './database';
import {
  findEndorsedIsp,
  findEndorsedIspCached,
  insertMembership,
  insertOrganisation,
  insertUser,
} from './repositories/index';
import { createTestDatabase, ownerSql } from './testing';

const at = new Date('2026-01-01T00:00:00Z');
let db: Database;
let other: Database;
/** The coordinator and their organisation, per database. */
const people = new Map<Database, { coordinator: string; lead: string }>();

const insertVersion = async (target: Database, label: string, status: string, marker: string) =>
  (
    await ownerSql<{ id: string }>(
      target,
      `insert into isp_versions (version, status, context, review_due, document, created_at, updated_at, endorsed_at)
       values ('${label}', '${status}', 'Test', '2027-01-01', '{"marker": "${marker}", "rules": [{"id": "r1"}]}'::jsonb,
               now(), now(), ${status === 'endorsed' ? 'now()' : 'null'}) returning id`,
    )
  )[0]!.id;

/** The marker of the ISP in force, as a request of the coordinator reads it. */
const inForce = (target: Database = db) =>
  target.withActor(actorIn(target), async (tx) => {
    const row = await findEndorsedIspCached(tx);
    return row ? { id: row.id, marker: (row.document as unknown as { marker: string }).marker, row } : null;
  });

const actorIn = (target: Database) => {
  const { coordinator, lead } = people.get(target)!;
  return { userId: coordinator, organisationId: lead };
};

beforeAll(async () => {
  db = await createTestDatabase();
  other = await createTestDatabase();
  for (const target of [db, other])
    await target.asSystem('test', async (tx) => {
      const lead = (await insertOrganisation(tx, { name: 'Lead', acronym: 'LD', type: 'cluster-lead' })).id;
      const coordinator = (
        await insertUser(tx, { email: 'c@example.org', displayName: 'C', passwordHash: 'x' }, at)
      ).id;
      await insertMembership(
        tx,
        { userId: coordinator, organisationId: lead, role: 'cluster-coordinator' },
        at,
      );
      people.set(target, { coordinator, lead });
    });
}, 60_000);
afterAll(async () => {
  await db?.close();
  await other?.close();
});

describe('the cached ISP in force', () => {
  it('is none while no version is endorsed, then the endorsed one', async () => {
    expect(await inForce()).toBeNull();
    await insertVersion(db, '1.0', 'endorsed', 'one');
    expect((await inForce())?.marker).toBe('one');
  });

  it('is parsed once: the next read gives the same frozen row, equal to the uncached read', async () => {
    const first = await inForce();
    const second = await inForce();
    expect(second!.row).toBe(first!.row);
    expect(Object.isFrozen(second!.row.document)).toBe(true);
    expect(Object.isFrozen((second!.row.document as unknown as { rules: object[] }).rules[0])).toBe(true);
    const uncached = await db.withActor(actorIn(db), (tx) => findEndorsedIsp(tx));
    expect(second!.row).toEqual(uncached);
  });

  it('gives the new document on the very next read after the version in force is edited', async () => {
    const before = await inForce();
    await ownerSql(
      db,
      `update isp_versions set document = jsonb_set(document, '{marker}', '"one-edited"') where id = '${before!.id}'`,
    );
    const after = await inForce();
    expect(after?.marker).toBe('one-edited');
    expect(after!.row).not.toBe(before!.row);
  });

  it('gives the successor on the very next read after it is endorsed', async () => {
    const previous = await inForce();
    const next = await insertVersion(db, '2.0', 'in-consultation', 'two');
    await ownerSql(
      db,
      `with a as (update isp_versions set status = 'superseded', superseded_at = now() where id = '${previous!.id}' returning 1)
       update isp_versions set status = 'endorsed', endorsed_at = now() + interval '1 second' where id = '${next}'`,
    );
    const now = await inForce();
    expect(now).toMatchObject({ id: next, marker: 'two' });
  });

  it('never keeps a document read inside a transaction that was rolled back', async () => {
    const { id } = (await inForce())!;
    // A change read (and cached) by its own transaction, which then rolls back.
    await expect(
      db.asSystem('test', async (tx) => {
        await tx.execute(
          sql.raw(
            `update isp_versions set document = jsonb_set(document, '{marker}', '"uncommitted"') where id = '${id}'`,
          ),
        );
        expect((await findEndorsedIspCached(tx))?.document).toMatchObject({ marker: 'uncommitted' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await inForce())?.marker).toBe('two');
  });

  it('never keeps an intermediate version of a row changed twice in one transaction', async () => {
    const { id } = (await inForce())!;
    await db.asSystem('test', async (tx) => {
      for (const marker of ['first-change', 'second-change']) {
        await tx.execute(
          sql.raw(
            `update isp_versions set document = jsonb_set(document, '{marker}', '"${marker}"') where id = '${id}'`,
          ),
        );
        expect((await findEndorsedIspCached(tx))?.document).toMatchObject({ marker });
      }
    });
    expect((await inForce())?.marker).toBe('second-change');
    const [stored] = await queryRowsOwner<{ marker: string }>(
      `select document->>'marker' as marker from isp_versions where id = '${id}'`,
    );
    expect(stored?.marker).toBe('second-change');
  });

  it('is kept per database: another database with its own version in force reads its own', async () => {
    await insertVersion(other, '1.0', 'endorsed', 'other-database');
    expect((await inForce(other))?.marker).toBe('other-database');
    expect((await inForce())?.marker).toBe('second-change');
    expect((await inForce(other))?.marker).toBe('other-database');
  });
});

function queryRowsOwner<T>(text: string): Promise<T[]> {
  return db.asSystem('test', (tx) => queryRows<T>(tx, sql.raw(text)));
}
