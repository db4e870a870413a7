// Issue 7, speed of the API (decision 0013, eleventh round): migration 0065 rewrote the helpers behind
// the policies of registry_entries and registry_files to run fewer queries. The rule must not move:
// for every actor of the demo (every user in each of their organisations, in all of them at once,
// and in an organisation they do not belong to) and for dates around every agreement's start and
// expiry, the entries, files and agreements visible under row-level security equal the rule of migrations
// 0003 and 0007, written out here as plain SQL run by the owner. Real database (PGlite, or the
// server named by TEST_DATABASE_URL).
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROLE, queryRows, type Database } from '@steward/db';
import { listRegistryEntriesWithFileCounts } from '@steward/db/repositories/registry';
import { createTestDatabase, ownerSql, signedActorSql } from '@steward/db/testing';
import { createServices } from '../index';

let db: Database;
interface Actor {
  label: string;
  user: string;
  org: string | null;
}
const actors: Actor[] = [];
const days = [
  '2026-05-20',
  '2026-05-21',
  '2026-11-17',
  '2026-11-18',
  '2026-12-07',
  '2026-12-18',
  '2027-06-06',
];

/** The rule of 0003 (entries) and 0007 (files) for one actor and day, as the owner computes it. */
function oracle(a: Actor, today: string, table: 'entries' | 'files' | 'agreements'): string {
  const org = a.org ? `'${a.org}'::uuid` : 'null::uuid';
  const ctes = `with orgs as (
      select m.organisation_id as id from memberships m join users u on u.id = m.user_id
        join organisations o on o.id = m.organisation_id
       where m.user_id = '${a.user}' and not u.disabled and o.status = 'active'
         and (${org} is null or m.organisation_id = ${org})),
    cluster as (
      select exists (select 1 from memberships m where m.user_id = '${a.user}'
         and m.organisation_id in (select id from orgs) and m.role in ('cluster-coordinator', 'cluster-imo')) as yes),
    visible_entries as (
      select e.id, e.shared_with_cluster from registry_entries e
       where e.organisation_id in (select id from orgs)
          or (e.shared_with_cluster and (select yes from cluster))
          or e.id in (select a.registry_entry_id from agreements a where a.revoked_at is null
                       and a.expires_on >= '${today}' and a.recipient_organisation_id in (select id from orgs)))`;
  if (table === 'entries') return `${ctes} select id::text from visible_entries order by 1`;
  if (table === 'agreements') {
    return `${ctes} select a.id::text from agreements a
       where a.provider_organisation_id in (select id from orgs)
          or a.recipient_organisation_id in (select id from orgs) or (select yes from cluster)
       order by 1`;
  }
  return `${ctes} select f.id::text from registry_files f
     where f.organisation_id in (select id from orgs)
        or (not f.quarantined
            and (f.id in (select f2.id from agreements a join registry_files f2 on f2.entry_id = a.registry_entry_id
                           where a.revoked_at is null and a.starts_on <= '${today}' and a.expires_on >= '${today}'
                             and a.recipient_organisation_id in (select id from orgs)
                             and (a.includes_later_versions or a.file_id = f2.id))
                 or ((select yes from cluster)
                     and f.entry_id in (select id from visible_entries where shared_with_cluster))))
     order by 1`;
}

/** Runs `fn` as the application would: steward_app, the actor's settings and the day. */
function asApp<T>(a: Actor, today: string, fn: Parameters<Database['asSystem']>[1]): Promise<T> {
  return db.asSystem('test', async (tx) => {
    await tx.execute(sql.raw(`SET LOCAL ROLE ${APP_ROLE}`));
    await tx.execute(
      sql.raw(await signedActorSql(db, { userId: a.user, organisationId: a.org ?? null, today }, tx)),
    );
    return fn(tx) as Promise<T>;
  });
}

beforeAll(async () => {
  db = await createTestDatabase();
  const services = createServices({
    db,
    clock: () => new Date('2026-12-07T09:00:00.000Z'),
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { twoFactorRequired: false },
  });
  await services.demo.load();
  // More states than the demo has: a newer released and a newer quarantined version of every file;
  // each agreement again as revoked, as including later versions, and starting later; one entry
  // under agreement no longer shared with the cluster; a disabled user; an inactive organisation.
  await ownerSql(
    db,
    `insert into registry_files (entry_id, organisation_id, name, content_type, size, version, sha256, uploaded_at,
        uploaded_by, quarantined, findings, undeclared, key_id, iv, auth_tag, ciphertext, data_key)
     select entry_id, organisation_id, name, content_type, size, version + v, sha256, uploaded_at, uploaded_by,
        v = 2, findings, undeclared, key_id, iv, auth_tag, ciphertext, data_key
       from registry_files, (values (1), (2)) as t(v)`,
  );
  for (const [suffix, change] of [
    ['R', `revoked_at = now()`],
    ['L', `includes_later_versions = true`],
    ['S', `starts_on = '2026-12-08'`],
  ] as const) {
    const [{ n }] = (await ownerSql<{ n: number }>(
      db,
      `with copied as (
         insert into agreements (reference, registry_entry_id, entry_version, provider_organisation_id,
           recipient_organisation_id, purpose, conditions, data_types, sensitivity, starts_on, expires_on,
           signatories, created_at, created_by, file_id, includes_later_versions)
         select reference || '-${suffix}', registry_entry_id, entry_version, provider_organisation_id,
           recipient_organisation_id, purpose, conditions, data_types, sensitivity, starts_on, expires_on,
           signatories, created_at, created_by, file_id, includes_later_versions
           from agreements where reference not like '%-_'
         returning id)
       select count(*)::int as n from copied`,
    )) as [{ n: number }];
    expect(n).toBeGreaterThan(0);
    await ownerSql(db, `update agreements set ${change} where reference like '%-${suffix}'`);
  }
  await ownerSql(
    db,
    `update registry_entries set shared_with_cluster = false
      where id = (select registry_entry_id from agreements order by reference limit 1)`,
  );
  const members = await ownerSql<{ user_id: string; organisation_id: string; email: string; role: string }>(
    db,
    `select m.user_id, m.organisation_id, u.email, m.role from memberships m join users u on u.id = m.user_id
      order by u.email, m.role`,
  );
  const someOrg = members.find((m) => m.role === 'cluster-coordinator')!.organisation_id;
  await ownerSql(db, `update users set disabled = true where email = 'viewer@demo.example.org'`);
  await ownerSql(
    db,
    `update organisations set status = 'inactive'
      where id = (select organisation_id from memberships where user_id =
        (select id from users where email = 'caseworker.amd@demo.example.org') limit 1)`,
  );
  for (const m of members) {
    actors.push({ label: `${m.email} as ${m.role}`, user: m.user_id, org: m.organisation_id });
  }
  for (const user of new Set(members.map((m) => m.user_id))) {
    const email = members.find((m) => m.user_id === user)!.email;
    actors.push({ label: `${email} in all organisations`, user, org: null });
    if (!members.some((m) => m.user_id === user && m.organisation_id === someOrg)) {
      actors.push({ label: `${email} claiming the lead organisation`, user, org: someOrg });
    }
  }
}, 120_000);
afterAll(async () => db?.close());

describe('registry row-level security after the helpers were rewritten (migration 0065)', () => {
  it('gives every actor, on every day, exactly the entries, files and agreements of the rule of 0003 and 0007', async () => {
    let seenEntries = 0;
    let seenFiles = 0;
    for (const a of actors) {
      for (const today of days) {
        const [entries, files, agreements] = await asApp<
          [{ id: string }[], { id: string }[], { id: string }[]]
        >(a, today, async (tx) => [
          await queryRows<{ id: string }>(tx, sql`select id::text from registry_entries order by 1`),
          await queryRows<{ id: string }>(tx, sql`select id::text from registry_files order by 1`),
          await queryRows<{ id: string }>(tx, sql`select id::text from agreements order by 1`),
        ]);
        const where = `${a.label} on ${today}`;
        expect({ where, entries }).toEqual({
          where,
          entries: await ownerSql(db, oracle(a, today, 'entries')),
        });
        expect({ where, files }).toEqual({ where, files: await ownerSql(db, oracle(a, today, 'files')) });
        expect({ where, agreements }).toEqual({
          where,
          agreements: await ownerSql(db, oracle(a, today, 'agreements')),
        });
        seenEntries += entries.length;
        seenFiles += files.length;
      }
    }
    // The fixture exercises the rule: something visible, something hidden.
    expect(seenEntries).toBeGreaterThan(0);
    expect(seenFiles).toBeGreaterThan(0);
    expect(actors.length).toBeGreaterThan(20);
  }, 120_000);

  it("counts in the registry list's statement the files the rule gives", async () => {
    for (const a of actors) {
      const today = '2026-12-07';
      const listed = await asApp<{ id: string; files: number }[]>(a, today, async (tx) =>
        (await listRegistryEntriesWithFileCounts(tx)).map((r) => ({ id: r.entry.id, files: r.fileCount })),
      );
      const expected = await ownerSql<{ id: string; files: number }>(
        db,
        `select f.entry_id::text as id, count(*)::int as files from registry_files f
          where f.id::text in (${oracle(a, today, 'files').replace(/ order by 1\s*$/, '')})
          group by 1`,
      );
      const byId = new Map(expected.map((e) => [e.id, e.files]));
      for (const row of listed)
        expect({ a: a.label, ...row }).toEqual({ a: a.label, id: row.id, files: byId.get(row.id) ?? 0 });
    }
  }, 120_000);

  it("runs each helper at most once per policy in the list's statement, and today's date inline", async () => {
    const a = actors.find((x) => x.label.startsWith('focal-point@demo.example.org as partner-focal-point'))!;
    const calls = await db.asSystem('test', async (tx) => {
      // Count function calls of this transaction (needs the owner), then act as the app would.
      await tx.execute(sql.raw(`SET LOCAL track_functions = 'all'`));
      await tx.execute(sql.raw(`SET LOCAL ROLE ${APP_ROLE}`));
      await tx.execute(
        sql.raw(await signedActorSql(db, { userId: a.user, organisationId: a.org, today: '2026-12-07' }, tx)),
      );
      expect((await listRegistryEntriesWithFileCounts(tx)).length).toBeGreaterThan(0);
      return queryRows<{ name: string; n: number }>(
        tx,
        sql`select p.proname as name, pg_stat_get_xact_function_calls(p.oid)::int as n from pg_proc p
             where p.proname like 'steward\_%' and pg_stat_get_xact_function_calls(p.oid) > 0 order by 1`,
      );
    });
    // Before 0065: organisation ids 4, cluster role 2, agreement entry and file ids 1 each,
    // steward_today 12 (once per agreement row), and a copy of the entries policy in the files policy.
    // Decision 0033: the actor's MAC is checked in steward_actor(), once per helper call (migration
    // 0070; before, once per getter call and per membership row: 47 checks on the demo's list, +0.37 ms
    // of the server's CPU a list): one for each helper above and one for the organisations joined.
    expect(calls).toEqual([
      { name: 'steward_actor', n: 6 },
      { name: 'steward_actor_agreement_entry_ids', n: 1 },
      { name: 'steward_actor_has_cluster_role', n: 1 },
      { name: 'steward_actor_organisation_ids', n: 2 },
      { name: 'steward_actor_received_file_ids', n: 1 },
    ]);
  });

  it('gives no quarantined file id from the helpers steward_app may call (cluster role, agreement recipient)', async () => {
    // Task t7-quarantine: called directly (as injected SQL would), the helpers returned the ids of
    // quarantined files; only the policy filtered them. Now they exclude them at the source.
    const quarantined = new Set(
      (await ownerSql<{ id: string }>(db, `select id::text from registry_files where quarantined`)).map(
        (r) => r.id,
      ),
    );
    expect(quarantined.size).toBeGreaterThan(0);
    let clusterIds = 0;
    let agreementIds = 0;
    for (const a of actors) {
      for (const today of days) {
        const [received, agreement] = await asApp<[{ id: string }[], { id: string }[]]>(
          a,
          today,
          async (tx) => [
            await queryRows<{ id: string }>(
              tx,
              sql`select id::text from steward_actor_received_file_ids() as r(id)`,
            ),
            await queryRows<{ id: string }>(
              tx,
              sql`select id::text from steward_actor_agreement_file_ids() as r(id)`,
            ),
          ],
        );
        const where = `${a.label} on ${today}`;
        expect({ where, leaked: received.filter((r) => quarantined.has(r.id)) }).toEqual({
          where,
          leaked: [],
        });
        expect({ where, leaked: agreement.filter((r) => quarantined.has(r.id)) }).toEqual({
          where,
          leaked: [],
        });
        if (a.label.includes('as cluster-')) clusterIds += received.length;
        agreementIds += agreement.length;
      }
    }
    // Both kinds of actor received something, so the assertion above was put to the test.
    expect(clusterIds).toBeGreaterThan(0);
    expect(agreementIds).toBeGreaterThan(0);
  }, 120_000);

  it('names no entry the catalogue hides through steward_requestable_entry (draft, no organisation)', async () => {
    // Task t7-quarantine: the function gave the owner and title of any entry shared with the
    // cluster, a draft too, and to an actor with no organisation (migration 0067).
    const [entry] = await ownerSql<{ id: string; org: string }>(
      db,
      `select e.id::text, e.organisation_id::text as org from registry_entries e
         join organisations o on o.id = e.organisation_id
        where e.shared_with_cluster and e.status = 'active' and o.status = 'active'
          and not exists (select 1 from retention_schedules r where r.registry_entry_id = e.id and r.destroyed_at is not null)
        order by e.id limit 1`,
    );
    const [member] = await ownerSql<{ user: string; org: string }>(
      db,
      `select m.user_id::text as user, m.organisation_id::text as org from memberships m
         join users u on u.id = m.user_id join organisations o on o.id = m.organisation_id
        where not u.disabled and o.status = 'active' and m.organisation_id <> '${entry!.org}'
        order by u.email limit 1`,
    );
    const requester: Actor = { label: 'requester', user: member!.user, org: member!.org };
    const nobody = actors.find((x) => x.label.includes('claiming the lead organisation'))!;
    const ask = (a: Actor) =>
      asApp<unknown[]>(a, '2026-12-07', (tx) =>
        queryRows(tx, sql`select * from steward_requestable_entry(${entry!.id}::uuid)`),
      );
    expect(await ask(requester)).toHaveLength(1);
    expect(await ask(nobody)).toEqual([]);
    await ownerSql(db, `update registry_entries set status = 'draft' where id = '${entry!.id}'`);
    try {
      expect(await ask(requester)).toEqual([]);
    } finally {
      await ownerSql(db, `update registry_entries set status = 'active' where id = '${entry!.id}'`);
    }
  });

  it('keeps the inlined parts of the helpers to the owner: steward_app cannot call them', async () => {
    const a = actors[0]!;
    for (const call of [
      `select * from steward_actor_organisation_ids_inline('${a.user}', null)`,
      `select * from steward_actor_cluster_memberships_inline('${a.user}', null)`,
      `select * from steward_actor_agreement_file_ids_inline('2999-01-01', '${a.user}', null)`,
    ]) {
      await expect(asApp(a, '2026-12-07', (tx) => queryRows(tx, sql.raw(call)))).rejects.toThrow(
        /permission denied/,
      );
    }
  });

  it('gives nothing to an organisation the user does not belong to (app.organisation_id is checked)', async () => {
    const a = actors.find((x) => x.label.includes('claiming the lead organisation'))!;
    const [entries, files, received] = await asApp<[unknown[], unknown[], unknown[]]>(
      a,
      '2026-12-07',
      async (tx) => [
        await queryRows(tx, sql`select id from registry_entries`),
        await queryRows(tx, sql`select id from registry_files`),
        await queryRows(tx, sql`select * from steward_actor_received_file_ids()`),
      ],
    );
    expect({ entries, files, received }).toEqual({ entries: [], files: [], received: [] });
  });
});
