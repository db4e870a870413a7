import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DbActor } from './database';
import {
  findReferral,
  insertReferral,
  insertReferralEvent,
  insertReferralOrgKey,
  insertReferralOrgKeyCopies,
  insertUser,
  listReferralEvents,
  listReferralOrgKeyCopies,
  referralCounts,
  upsertReferralUserKey,
  findReferralUserKeys,
  listKeyHolders,
} from './repositories/index';
import { eq } from 'drizzle-orm';
import { services } from './schema/directory';
import { referralOrgKeys } from './schema/referrals';
import { appRoleSql, createTestDatabase, seedOrganisationsWithMembers } from './testing';

const at = new Date('2026-12-01T10:00:00Z');
let db: Database;
let org: Record<string, string> = {};
let user: Record<string, string> = {};
const keyId: Record<string, string> = {};
const referralId = randomUUID();
let serviceId = '';
const box = { enc: 'x', ct: 'y' };

const as = (name: string, organisationId?: string, admin = false): DbActor => ({
  userId: user[name]!,
  organisationId: organisationId ?? null,
  admin,
});

beforeAll(async () => {
  db = await createTestDatabase();
  ({ org, user } = await seedOrganisationsWithMembers(
    db,
    at,
    { A: 'national-ngo', B: 'international-ngo', C: 'national-ngo', CL: 'cluster-lead' },
    [
      ['caseA', 'A', 'caseworker'],
      ['caseB', 'B', 'caseworker'],
      ['caseB2', 'B', 'partner-focal-point'],
      ['caseB3', 'B', 'caseworker'],
      ['viewerB', 'B', 'viewer'],
      ['imoB', 'B', 'partner-im-officer'],
      ['caseC', 'C', 'caseworker'],
      ['coord', 'CL', 'cluster-coordinator'],
    ],
  ));
  await db.asSystem('test', async (tx) => {
    const [service] = await tx
      .insert(services)
      .values({
        organizationId: org.B!,
        name: 'Legal aid',
        serviceType: 'legal',
        referralMethod: 'steward',
        assuredDate: '2026-12-01',
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    serviceId = service!.id;
    user.admin = (
      await insertUser(
        tx,
        { email: 'admin@example.org', displayName: 'admin', passwordHash: 'x', isAdmin: true },
        at,
      )
    ).id;
  });
  // Keys, created by each organisation's caseworker under RLS.
  for (const [name, o] of [
    ['caseA', 'A'],
    ['caseB', 'B'],
  ] as const) {
    await db.withActor(as(name), async (tx) => {
      await upsertReferralUserKey(tx, {
        userId: user[name]!,
        publicKey: `pub-${name}`,
        wrappedPrivateKey: box,
        fingerprint: 'f',
        createdAt: at,
      });
      keyId[o] = randomUUID();
      await insertReferralOrgKey(tx, {
        id: keyId[o]!,
        organisationId: org[o]!,
        publicKey: `org-${o}`,
        fingerprint: 'f',
        createdBy: user[name]!,
        createdAt: at,
      });
      await insertReferralOrgKeyCopies(tx, [
        {
          orgKeyId: keyId[o]!,
          organisationId: org[o]!,
          kind: 'member',
          userId: user[name]!,
          box,
          createdAt: at,
        },
        { orgKeyId: keyId[o]!, organisationId: org[o]!, kind: 'recovery', box, createdAt: at },
      ]);
    });
  }
  await db.withActor(as('caseA'), async (tx) => {
    await insertReferral(tx, {
      id: referralId,
      reference: 'R-TEST-1',
      senderOrganisationId: org.A!,
      receiverOrganisationId: org.B!,
      serviceId,
      serviceType: 'legal',
      priority: 'emergency',
      state: 'sent',
      adm1: 'MZ01',
      adm2: 'MZ0101',
      content: { v: 1 },
      senderKeyId: keyId.A!,
      receiverKeyId: keyId.B!,
      createdBy: user.caseA!,
      sentAt: at,
      dueBy: new Date(at.getTime() + 86_400_000),
      updatedAt: at,
    });
    await insertReferralEvent(tx, {
      referralId,
      senderOrganisationId: org.A!,
      receiverOrganisationId: org.B!,
      version: 1,
      toState: 'sent',
      actorUserId: user.caseA!,
      actorOrganisationId: org.A!,
      at,
    });
  });
});
afterAll(async () => db?.close());

describe('referral row-level security', () => {
  it('sender and receiver referral members see the referral and its history', async () => {
    for (const name of ['caseA', 'caseB']) {
      const seen = await db.withActor(
        as(name),
        async (tx) => [await findReferral(tx, referralId), await listReferralEvents(tx, referralId)] as const,
      );
      expect(seen[0]?.id).toBe(referralId);
      expect(seen[1]).toHaveLength(1);
    }
  });

  it('other partners, members without the referral role, cluster roles and admins see no row', async () => {
    for (const actor of [as('caseC'), as('viewerB'), as('imoB'), as('coord'), as('admin', undefined, true)]) {
      const seen = await db.withActor(
        actor,
        async (tx) => [await findReferral(tx, referralId), await listReferralEvents(tx, referralId)] as const,
      );
      expect(seen[0]).toBeNull();
      expect(seen[1]).toHaveLength(0);
    }
  });

  it('only the sending organisation can insert as sender; a third party cannot forge', async () => {
    await expect(
      db.withActor(as('caseC'), (tx) =>
        insertReferral(tx, {
          id: randomUUID(),
          reference: 'R-FORGED',
          senderOrganisationId: org.A!,
          receiverOrganisationId: org.B!,
          serviceId,
          serviceType: 'legal',
          priority: 'normal',
          state: 'sent',
          adm1: 'MZ01',
          adm2: 'MZ0101',
          content: {},
          senderKeyId: keyId.A!,
          receiverKeyId: keyId.B!,
          sentAt: at,
          dueBy: at,
          updatedAt: at,
        }),
      ),
    ).rejects.toThrow();
  });

  it('key copies: own member copy only (recovery for focal points); colleagues read user public keys', async () => {
    const copies = await db.withActor(as('caseB'), (tx) => listReferralOrgKeyCopies(tx, org.B!));
    expect(copies.map((c) => c.kind).sort()).toEqual(['member']);
    expect(await db.withActor(as('caseC'), (tx) => listReferralOrgKeyCopies(tx, org.B!))).toHaveLength(0);
    expect(await db.withActor(as('coord'), (tx) => listReferralOrgKeyCopies(tx, org.B!))).toHaveLength(0);
    const keys = await db.withActor(as('viewerB'), (tx) =>
      findReferralUserKeys(tx, [user.caseB!, user.caseA!]),
    );
    expect(keys).toHaveLength(0); // viewer holds no referral role
    const colleague = await db.withActor(as('caseB'), (tx) =>
      findReferralUserKeys(tx, [user.caseB!, user.caseA!]),
    );
    expect(colleague.map((k) => k.userId)).toEqual([user.caseB]);
  });

  it('counts only for cluster roles, with no identifiers', async () => {
    const counts = await db.withActor(as('coord'), (tx) => referralCounts(tx));
    expect(counts).toEqual([
      {
        serviceType: 'legal',
        state: 'sent',
        priority: 'emergency',
        month: '2026-12',
        adm1: 'MZ01',
        adm2: 'MZ0101',
        receiverType: 'international-ngo',
        count: 1,
      },
    ]);
    await expect(db.withActor(as('caseA'), (tx) => referralCounts(tx))).rejects.toThrow();
  });

  it('key holders: colleagues see who holds their key (ids only); nobody else does', async () => {
    // caseB2 sets a user key and caseB (a holder) grants them the organisation key; caseB3 has no grant.
    for (const name of ['caseB2', 'caseB3']) {
      await db.withActor(as(name), (tx) =>
        upsertReferralUserKey(tx, {
          userId: user[name]!,
          publicKey: `pub-${name}`,
          wrappedPrivateKey: box,
          fingerprint: 'f',
          createdAt: at,
        }),
      );
    }
    await db.withActor(as('caseB'), (tx) =>
      insertReferralOrgKeyCopies(tx, [
        {
          orgKeyId: keyId.B!,
          organisationId: org.B!,
          kind: 'member',
          userId: user.caseB2!,
          box,
          createdAt: at,
        },
      ]),
    );
    const expected = [user.caseB!, user.caseB2!].sort();
    for (const name of ['caseB', 'caseB2', 'caseB3']) {
      const holders = await db.withActor(as(name), (tx) => listKeyHolders(tx, keyId.B!));
      expect(holders.sort()).toEqual(expected);
    }
    // The sealed boxes of colleagues stay hidden: each member still sees only their own copy.
    const copies = await db.withActor(as('caseB2'), (tx) => listReferralOrgKeyCopies(tx, org.B!));
    expect(copies.filter((c) => c.kind === 'member').map((c) => c.userId)).toEqual([user.caseB2]);
    // Other organisations, members without the referral role, cluster roles and admins: nothing.
    for (const actor of [
      as('caseA'),
      as('caseC'),
      as('viewerB'),
      as('imoB'),
      as('coord'),
      as('admin', undefined, true),
    ]) {
      expect(await db.withActor(actor, (tx) => listKeyHolders(tx, keyId.B!))).toEqual([]);
    }
    expect(await db.withActor(as('caseB'), (tx) => listKeyHolders(tx, keyId.A!))).toEqual([]);
  });

  it('recovery copy: only partner focal points of its organisation, in plain SQL as steward_app (0053)', async () => {
    const recoveryRows = (name: string, organisationId?: string) =>
      appRoleSql<{ kind: string }>(
        db,
        user[name]!,
        `select kind from referral_org_key_copies where kind = 'recovery'`,
        organisationId,
      );
    expect(await recoveryRows('caseB2', org.B)).toEqual([{ kind: 'recovery' }]);
    expect(await recoveryRows('caseB2')).toEqual([{ kind: 'recovery' }]);
    for (const name of ['caseB', 'caseB3', 'viewerB', 'imoB', 'caseA', 'caseC', 'coord', 'admin'])
      expect(await recoveryRows(name), name).toEqual([]);
    // A caseworker cannot delete it either (the statement matches no row).
    await appRoleSql(db, user.caseB!, `delete from referral_org_key_copies where kind = 'recovery'`);
    expect(await recoveryRows('caseB2')).toHaveLength(1);
    // Recovery challenges: a focal point's own rows only; a caseworker cannot add one.
    const challenge = randomUUID();
    await appRoleSql(
      db,
      user.caseB2!,
      `insert into referral_recovery_challenges (id, org_key_id, organisation_id, user_id, answer_hash, created_at, expires_at)
       values ('${challenge}', '${keyId.B}', '${org.B}', '${user.caseB2}', 'h', now(), now() + interval '10 minutes')`,
    );
    const seen = (name: string) => appRoleSql(db, user[name]!, `select id from referral_recovery_challenges`);
    expect(await seen('caseB2')).toHaveLength(1);
    for (const name of ['caseB', 'caseA', 'coord', 'admin']) expect(await seen(name)).toEqual([]);
    await expect(
      appRoleSql(
        db,
        user.caseB!,
        `insert into referral_recovery_challenges (id, org_key_id, organisation_id, user_id, answer_hash, created_at, expires_at)
         values ('${randomUUID()}', '${keyId.B}', '${org.B}', '${user.caseB}', 'h', now(), now())`,
      ),
    ).rejects.toThrow();
    // Nor for another organisation's key, nor in a colleague's name.
    await expect(
      appRoleSql(
        db,
        user.caseB2!,
        `insert into referral_recovery_challenges (id, org_key_id, organisation_id, user_id, answer_hash, created_at, expires_at)
         values ('${randomUUID()}', '${keyId.A}', '${org.A}', '${user.caseB2}', 'h', now(), now())`,
      ),
    ).rejects.toThrow();
    await expect(
      appRoleSql(
        db,
        user.caseB2!,
        `insert into referral_recovery_challenges (id, org_key_id, organisation_id, user_id, answer_hash, created_at, expires_at)
         values ('${randomUUID()}', '${keyId.B}', '${org.B}', '${user.caseB}', 'h', now(), now())`,
      ),
    ).rejects.toThrow();
    // Deleting (migration 0054, the cleanup of stale challenges): anyone else's statement matches
    // no row; the focal point deletes their own.
    for (const name of ['caseB', 'caseA', 'coord', 'admin'])
      await appRoleSql(db, user[name]!, `delete from referral_recovery_challenges`);
    expect(await seen('caseB2')).toHaveLength(1);
    await appRoleSql(db, user.caseB2!, `delete from referral_recovery_challenges where id = '${challenge}'`);
    expect(await seen('caseB2')).toEqual([]);
  });
  it('retiring the current key (rotation): a partner focal point who holds it, nobody else (0058)', async () => {
    const retire = (name: string, id = keyId.B!) =>
      appRoleSql<{ id: string }>(
        db,
        user[name]!,
        // A no-op retirement (null stays null) that says whether the policy lets the row through.
        `update referral_org_keys set retired_at = null where id = '${id}' returning id`,
      );
    // B's focal point holds the key (granted in the test above): they may; not another organisation's.
    expect(await retire('caseB2')).toEqual([{ id: keyId.B }]);
    expect(await retire('caseB2', keyId.A)).toEqual([]);
    // B's caseworker holds it but is not a focal point; other roles and organisations, the cluster
    // and admins reach no row.
    for (const name of ['caseB', 'caseB3', 'viewerB', 'imoB', 'caseA', 'caseC', 'coord', 'admin'])
      expect(await retire(name), name).toEqual([]);
    expect(
      await appRoleSql(
        db,
        user.caseB!,
        `update referral_org_keys set retired_at = now() where id = '${keyId.B}' returning id`,
      ),
    ).toEqual([]);
    // Without a copy, the focal point may not either.
    await appRoleSql(
      db,
      user.caseB2!,
      `delete from referral_org_key_copies where kind = 'member' and user_id = '${user.caseB2}'`,
    );
    expect(await retire('caseB2')).toEqual([]);
    const [current] = await db.asSystem('test', (tx) =>
      tx.select().from(referralOrgKeys).where(eq(referralOrgKeys.id, keyId.B!)),
    );
    expect(current!.retiredAt).toBeNull();
  });
});
