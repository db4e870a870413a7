// Attack review (review2), decision 0010 addendum: every row-level security policy trusts the
// settings app.user_id / app.organisation_id / app.today, which any role — steward_app included —
// may set in its own transaction. SQL injected into a request could therefore read as another user.
// NOT FIXED: this test states the rule the fix must make true and is marked `it.fails` until then
// (it passes while the hole is open; when the fix lands, remove `.fails`). Real database: PGlite,
// or the server named by TEST_DATABASE_URL.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLE, queryRows, type Database } from '@steward/db';
import { createTestDatabase, ownerSql } from '@steward/db/testing';
import { createServices } from './index';

let db: Database;
let partner: { user: string; org: string };
let coordinator: string;

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
}, 180_000);
afterAll(async () => db?.close());

/** The registry entries steward_app sees for the partner, after running `forge` (SQL) itself. */
function entriesSeen(forge: string | null): Promise<string[]> {
  return db.asSystem('test', async (tx) => {
    await tx.execute(sql.raw(`SET LOCAL ROLE ${APP_ROLE}`));
    await tx.execute(
      sql`select set_config('app.user_id', ${partner.user}, true), set_config('app.organisation_id', ${partner.org}, true), set_config('app.today', '2026-12-07', true)`,
    );
    if (forge) await tx.execute(sql.raw(forge));
    const rows = await queryRows<{ id: string }>(tx, sql`select id::text from registry_entries order by 1`);
    return rows.map((r) => r.id);
  });
}

describe('settings steward_app could forge (decision 0010, attack review)', () => {
  it('the partner as itself sees some entries, not all (the baseline)', async () => {
    const own = await entriesSeen(null);
    const all = await ownerSql<{ n: number }>(db, `select count(*)::int as n from registry_entries`);
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThan(all[0]!.n);
  });

  it.fails(
    'steward_app cannot widen what it sees by setting app.user_id to a coordinator (OPEN HOLE)',
    async () => {
      const own = await entriesSeen(null);
      const forged = await entriesSeen(
        `select set_config('app.user_id', '${coordinator}', true), set_config('app.organisation_id', '', true)`,
      );
      expect(forged.filter((id) => !own.includes(id))).toEqual([]);
    },
  );
});
