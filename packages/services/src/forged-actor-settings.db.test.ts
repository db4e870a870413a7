// Attack review (review2), decision 0010 addendum: every row-level security policy trusted the
// settings app.user_id / app.organisation_id / app.admin / app.today, which any role — steward_app
// included — may set in its own transaction, so SQL injected into a request could read as another
// user. Fixed by decision 0033: the database honours the settings only with the application's
// HMAC over them (key steward_app cannot read), issued within minutes. Real database: PGlite, or the
// server named by TEST_DATABASE_URL.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorSettingsText, APP_ROLE, queryRows, type Database, type Tx } from '@steward/db';
import { actorKeyOf, backendPidOf, createTestDatabase, ownerSql, signedActorSql } from '@steward/db/testing';
import { createServices } from './index';

let db: Database;
let partner: { user: string; org: string };
let coordinator: string;
let admin: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const services = createServices({
    db,
    clock: () => new Date('2026-12-07T09:00:00.000Z'),
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { twoFactorRequired: false },
  });
  await services.demo.load();
  const rows = await ownerSql<{ id: string; email: string; org: string }>(
    db,
    `select u.id::text, u.email, m.organisation_id::text as org from users u join memberships m on m.user_id = u.id
      where u.email in ('focal-point@demo.example.org', 'coordinator@demo.example.org')
        and m.role in ('partner-focal-point', 'cluster-coordinator')`,
  );
  const fp = rows.find((r) => r.email.startsWith('focal-point'))!;
  partner = { user: fp.id, org: fp.org };
  coordinator = rows.find((r) => r.email.startsWith('coordinator'))!.id;
  admin = (
    await ownerSql<{ id: string }>(db, `select id::text from users where is_admin and not disabled limit 1`)
  )[0]!.id;
}, 180_000);
afterAll(async () => db?.close());

/** How the partner's actor is set before `forge` runs: signed by the application, stale, or unsigned. */
type Start = 'signed' | 'stale' | 'unsigned';

/** The registry entries steward_app sees for the partner, after running `forge` (SQL) itself. */
async function entriesSeen(forge: string | null, start: Start = 'signed'): Promise<string[]> {
  const actor = { userId: partner.user, organisationId: partner.org, today: '2026-12-07' };
  return db.asSystem('test', async (tx) => {
    const settings =
      start === 'unsigned'
        ? `select set_config('app.user_id', '${partner.user}', true), set_config('app.organisation_id', '${partner.org}', true), set_config('app.today', '2026-12-07', true)`
        : await signedActorSql(db, actor, tx, start === 'stale' ? Date.now() - 6 * 60_000 : undefined);
    await tx.execute(sql.raw(`SET LOCAL ROLE ${APP_ROLE}`));
    await tx.execute(sql.raw(settings));
    if (forge) await tx.execute(sql.raw(forge));
    const rows = await queryRows<{ id: string }>(tx, sql`select id::text from registry_entries order by 1`);
    return rows.map((r) => r.id);
  });
}

/** The entries a forged actor sees that the real one does not. */
async function gained(forge: string): Promise<string[]> {
  const own = await entriesSeen(null);
  const forged = await entriesSeen(forge);
  return forged.filter((id) => !own.includes(id));
}

describe('settings steward_app could forge (decisions 0010 and 0033, attack review)', () => {
  it('the partner as itself sees some entries, not all (the baseline)', async () => {
    const own = await entriesSeen(null);
    const all = await ownerSql<{ n: number }>(db, `select count(*)::int as n from registry_entries`);
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThan(all[0]!.n);
  });

  it('steward_app cannot widen what it sees by setting app.user_id to a coordinator', async () => {
    expect(
      await gained(
        `select set_config('app.user_id', '${coordinator}', true), set_config('app.organisation_id', '', true)`,
      ),
    ).toEqual([]);
  });

  it('steward_app cannot widen what it sees by setting app.organisation_id', async () => {
    const orgs = await ownerSql<{ id: string }>(db, `select id::text from organisations`);
    for (const org of orgs) {
      expect(await gained(`select set_config('app.organisation_id', '${org.id}', true)`)).toEqual([]);
    }
    expect(await gained(`select set_config('app.organisation_id', '', true)`)).toEqual([]);
  });

  it('steward_app cannot make itself an admin with app.admin (and an admin id)', async () => {
    expect(await gained(`select set_config('app.admin', 'on', true)`)).toEqual([]);
    expect(
      await gained(
        `select set_config('app.user_id', '${admin}', true), set_config('app.organisation_id', '', true), set_config('app.admin', 'on', true)`,
      ),
    ).toEqual([]);
  });

  it('steward_app cannot move today (agreements in force) with app.today', async () => {
    for (const day of ['2020-01-01', '2026-01-01', '2026-12-06', '2030-01-01']) {
      expect(await gained(`select set_config('app.today', '${day}', true)`)).toEqual([]);
    }
  });

  it('a signature issued more than 5 minutes before the transaction is refused: nothing is seen', async () => {
    expect(await entriesSeen(null, 'stale')).toEqual([]);
  });

  it('an actor set without a signature sees nothing', async () => {
    expect(await entriesSeen(null, 'unsigned')).toEqual([]);
    expect(
      await entriesSeen(
        `select set_config('app.actor_at', '${Date.now()}', true), set_config('app.actor_mac', '${'0'.repeat(64)}', true)`,
        'unsigned',
      ),
    ).toEqual([]);
  });

  it('a MAC that is not 64 lowercase hex digits is refused, without an error (migration 0070 decodes only a well-formed one)', async () => {
    // steward_actor() compares HMAC(key, expected) with HMAC(key, decode(given)); decode() would
    // raise on bad hex and turn the forgery into a failed statement instead of "no actor".
    for (const mac of ['zz' + '0'.repeat(62), 'abc', '0'.repeat(66), '']) {
      expect({ mac, seen: await entriesSeen(`select set_config('app.actor_mac', '${mac}', true)`) }).toEqual({
        mac,
        seen: [],
      });
    }
    // The same MAC in capitals is refused as before 0070; set back in small letters it works.
    const recased = (f: string) =>
      entriesSeen(`select set_config('app.actor_mac', ${f}(current_setting('app.actor_mac')), true)`);
    expect(await recased('upper')).toEqual([]);
    expect(await recased('lower')).toEqual(await entriesSeen(null));
    expect((await recased('lower')).length).toBeGreaterThan(0);
  });

  it('a signature cannot be moved to another actor: the MAC covers user, organisation, admin and today', async () => {
    const signed = await db.asSystem('test', (tx) =>
      signedActorSql(db, { userId: coordinator, today: '2026-12-07' }, tx),
    );
    const fromCoordinator = signed.match(/'app\.actor_mac', '([0-9a-f]{64})'/)![1]!;
    expect(await gained(`select set_config('app.actor_mac', '${fromCoordinator}', true)`)).toEqual([]);
  });
  it('a prelude signed for another connection is refused there (replay from pg_stat_activity), and works on its own', async () => {
    // Issue 7 §6 (task t7-replay): every application connection is steward_app, which sees the
    // current query (the signed prelude) of its other connections in pg_stat_activity. The MAC
    // covers pg_backend_pid() (migration 0069), so a prelude copied to another connection gains
    // nothing. On the server, A and B are two live connections at once; PGlite has one backend,
    // so there B stands for any other pid.
    const actor = { userId: partner.user, organisationId: partner.org, today: '2026-12-07' };
    const key = await actorKeyOf(db);
    const seenWith = async (tx: Tx, prelude: string) => {
      await tx.execute(sql.raw(`SET LOCAL ROLE ${APP_ROLE}`));
      await tx.execute(sql.raw(prelude));
      const rows = await queryRows<{ id: string }>(tx, sql`select id::text from registry_entries`);
      await tx.execute(sql.raw('RESET ROLE'));
      return rows.length;
    };
    if (db.kind === 'postgres') {
      const outcome = await db.asSystem('test', async (txA) => {
        const pidA = await backendPidOf(txA);
        const prelude = actorSettingsText(actor, key, pidA);
        const onB = await db.asSystem('test', async (txB) => {
          expect(await backendPidOf(txB)).not.toBe(pidA);
          return seenWith(txB, prelude);
        });
        return { onB, onA: await seenWith(txA, prelude) };
      });
      expect(outcome.onA).toBeGreaterThan(0);
      expect(outcome.onB).toBe(0);
    } else {
      await db.asSystem('test', async (tx) => {
        const pid = await backendPidOf(tx);
        expect(await seenWith(tx, actorSettingsText(actor, key, pid + 1))).toBe(0);
        expect(await seenWith(tx, actorSettingsText(actor, key, pid))).toBeGreaterThan(0);
      });
    }
  });

  it('steward_app can neither read the actor key nor have an actor of its choosing signed', async () => {
    for (const attempt of [
      `select key from steward_actor_key`,
      `select steward_vouch('${coordinator}', '')`,
      `select * from steward_auth_session_as_actor('${'f'.repeat(64)}')`,
    ]) {
      const outcome = await db
        .asSystem('test', async (tx) => {
          await tx.execute(sql.raw(`SET LOCAL ROLE ${APP_ROLE}`));
          return queryRows(tx, sql.raw(attempt));
        })
        .then(
          (rows) => ({ rows: rows.length }),
          (error: unknown) => ({
            code:
              (error as { cause?: { code?: string }; code?: string }).cause?.code ??
              (error as { code?: string }).code,
          }),
        );
      // The key and the signing function: permission denied. The session lookup: no such session.
      expect(outcome).toEqual(attempt.includes('_as_actor') ? { rows: 0 } : { code: '42501' });
    }
  });
});
