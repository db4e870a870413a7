// The cluster's adapted guidance texts on a real test database (PGlite, or the server named by
// TEST_DATABASE_URL): cluster roles adapt and revert an entry per language (audited), everyone
// signed in reads the adaptations, partners cannot write them (services and SQL as the app
// role), and bad input names its field; the same for the wording of checklist items.
import { appRoleSql, ownerSql } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../types';
import { createWorld, system, type World } from '../test-support/fixtures';

let w: World;
let alice: Actor; // focal point of A
let carol: Actor; // cluster coordinator
let ivan: Actor; // cluster IMO
let dave: Actor; // caseworker of A
let orgC: string;

const login = async (email: string, password: string) =>
  (await w.services.auth.login({ email, password, ip: null, userAgent: null })).actor;

beforeAll(async () => {
  w = await createWorld({ twoFactorRequired: false });
  orgC = (
    await w.services.organisations.create(system, { name: 'Cluster', acronym: 'PC', type: 'cluster-lead' })
  ).id;
  const users = [
    ['carol@example.org', 'carol-password-123', orgC, 'cluster-coordinator'],
    ['ivan@example.org', 'ivan-password-1234', orgC, 'cluster-imo'],
    ['dave@example.org', 'dave-password-1234', w.orgA, 'caseworker'],
  ] as const;
  for (const [email, password, organisationId, role] of users)
    await w.services.users.create(system, {
      email,
      password,
      displayName: email,
      memberships: [{ organisationId, role }],
    });
  alice = await login(w.alice.email, w.alice.password);
  carol = await login('carol@example.org', 'carol-password-123');
  ivan = await login('ivan@example.org', 'ivan-password-1234');
  dave = await login('dave@example.org', 'dave-password-1234');
}, 120_000);
afterAll(async () => w?.db.close());

describe('guidance adapted by the cluster', () => {
  it('cluster roles adapt and revert an entry per language; everyone reads it; every change is audited', async () => {
    expect(await w.services.guidance.overrides(dave)).toEqual([]);
    const saved = await w.services.guidance.setOverride(carol, 'registry.sensitivity', 'fr', {
      why: '  Dans ce pays, les listes nominatives sont classées Sévère.  ',
    });
    expect(saved).toMatchObject({
      guidanceId: 'registry.sensitivity',
      language: 'fr',
      title: null,
      why: 'Dans ce pays, les listes nominatives sont classées Sévère.',
    });
    // The IMO replaces it (title too); a caseworker and a focal point read it.
    await w.services.guidance.setOverride(ivan, 'registry.sensitivity', 'fr', {
      title: 'Niveau de sensibilité (cluster)',
      why: 'Texte du cluster.',
    });
    await w.services.guidance.setOverride(ivan, 'referrals.consent', 'ar', { title: 'الموافقة' });
    for (const reader of [dave, alice])
      expect(
        (await w.services.guidance.overrides(reader)).map((o) => [o.guidanceId, o.language, o.title, o.why]),
      ).toEqual([
        ['referrals.consent', 'ar', 'الموافقة', null],
        ['registry.sensitivity', 'fr', 'Niveau de sensibilité (cluster)', 'Texte du cluster.'],
      ]);

    await w.services.guidance.revertOverride(carol, 'registry.sensitivity', 'fr');
    expect((await w.services.guidance.overrides(dave)).map((o) => o.guidanceId)).toEqual([
      'referrals.consent',
    ]);
    await expect(
      w.services.guidance.revertOverride(carol, 'registry.sensitivity', 'fr'),
    ).rejects.toMatchObject({
      code: 'not-found',
    });

    // The audit log (read as the owner: who, which id, which language, which parts), in order.
    const audit = await ownerSql<{
      action: string;
      actor_user_id: string;
      target_id: string;
      details: unknown;
    }>(
      w.db,
      `select action, actor_user_id, target_id, details from audit_log where action like 'guidance.%' order by sequence`,
    );
    expect(audit).toEqual([
      {
        action: 'guidance.adapted',
        actor_user_id: carol.userId,
        target_id: 'registry.sensitivity',
        details: { guidanceId: 'registry.sensitivity', language: 'fr', title: false, why: true },
      },
      {
        action: 'guidance.adapted',
        actor_user_id: ivan.userId,
        target_id: 'registry.sensitivity',
        details: { guidanceId: 'registry.sensitivity', language: 'fr', title: true, why: true },
      },
      {
        action: 'guidance.adapted',
        actor_user_id: ivan.userId,
        target_id: 'referrals.consent',
        details: { guidanceId: 'referrals.consent', language: 'ar', title: true, why: false },
      },
      {
        action: 'guidance.reverted',
        actor_user_id: carol.userId,
        target_id: 'registry.sensitivity',
        details: { guidanceId: 'registry.sensitivity', language: 'fr' },
      },
    ]);
  });

  it('partners and other roles cannot write; bad input names its field', async () => {
    for (const actor of [alice, dave]) {
      await expect(
        w.services.guidance.setOverride(actor, 'registry.purpose', 'en', { why: 'Ours' }),
      ).rejects.toMatchObject({ code: 'forbidden' });
      await expect(
        w.services.guidance.revertOverride(actor, 'referrals.consent', 'ar'),
      ).rejects.toMatchObject({
        code: 'forbidden',
      });
    }
    const field = (p: Promise<unknown>, path: string) =>
      expect(p).rejects.toMatchObject({ code: 'validation', details: { fields: [{ path }] } });
    await field(w.services.guidance.setOverride(carol, 'registry.nope', 'fr', { why: 'x' }), 'id');
    await field(w.services.guidance.setOverride(carol, 'registry.purpose', 'de', { why: 'x' }), 'language');
    await field(
      w.services.guidance.setOverride(carol, 'registry.purpose', 'fr', { why: ' ', title: '' }),
      'why',
    );
    await field(
      w.services.guidance.setOverride(carol, 'registry.purpose', 'fr', { why: 'x'.repeat(2001) }),
      'why',
    );
    await field(
      w.services.guidance.setOverride(carol, 'registry.purpose', 'fr', { title: 'x'.repeat(121) }),
      'title',
    );
    await field(w.services.guidance.setOverride(carol, 'registry.purpose', 'fr', { title: 3 }), 'title');
    await field(w.services.guidance.setOverride(carol, 'registry.purpose', 'fr', { body: 'x' }), 'body');
    await field(w.services.guidance.setOverride(carol, 'registry.purpose', 'fr', 'x'), '(body)');
    await field(w.services.guidance.revertOverride(carol, 'nope', 'fr'), 'id');
    // Nothing was written by the refused calls.
    expect((await w.services.guidance.overrides(carol)).map((o) => o.guidanceId)).toEqual([
      'referrals.consent',
    ]);
  });

  it('the database lets only cluster roles write, as themselves, within the limits (SQL as the app role)', async () => {
    const insert = (by: string, id = 'registry.purpose', why = "'Ours'") =>
      `insert into guidance_overrides (guidance_id, language, why, updated_at, updated_by) values ('${id}', 'en', ${why}, now(), '${by}')`;
    const asAlice = (q: string) => appRoleSql(w.db, alice.userId, q, w.orgA);
    const asCarol = (q: string) => appRoleSql(w.db, carol.userId, q, orgC);
    // A partner reads but cannot insert, change or delete.
    expect(await asAlice(`select guidance_id from guidance_overrides`)).toEqual([
      { guidance_id: 'referrals.consent' },
    ]);
    await expect(asAlice(insert(alice.userId))).rejects.toThrow(/row-level security/);
    expect(await asAlice(`update guidance_overrides set title = 'X' returning guidance_id`)).toEqual([]);
    expect(await asAlice(`delete from guidance_overrides returning guidance_id`)).toEqual([]);
    // No session reads nothing.
    expect(await appRoleSql(w.db, '', `select guidance_id from guidance_overrides`)).toEqual([]);
    // The coordinator writes only as herself, and within the checks.
    await expect(asCarol(insert(alice.userId))).rejects.toThrow(/row-level security/);
    await expect(asCarol(insert(carol.userId, 'Registry purpose'))).rejects.toThrow(
      /guidance_overrides_id_check/,
    );
    await expect(asCarol(insert(carol.userId, 'registry.purpose', `'   '`))).rejects.toThrow(
      /guidance_overrides_text_check/,
    );
    await expect(asCarol(insert(carol.userId, 'registry.purpose', 'null'))).rejects.toThrow(
      /guidance_overrides_text_check/,
    );
    await asCarol(insert(carol.userId));
    expect(
      await asCarol(
        `delete from guidance_overrides where guidance_id = 'registry.purpose' returning language`,
      ),
    ).toEqual([{ language: 'en' }]);
    expect((await w.services.guidance.overrides(dave)).map((o) => o.guidanceId)).toEqual([
      'referrals.consent',
    ]);
  });

  it('a checklist item is reworded per language, never removed; unknown items and titles are refused', async () => {
    const saved = await w.services.guidance.setOverride(carol, 'checklist.publish.2', 'fr', {
      why: '  Aucune localité plus fine que la province n’est publiée.  ',
    });
    expect(saved).toMatchObject({
      guidanceId: 'checklist.publish.2',
      language: 'fr',
      title: null,
      why: 'Aucune localité plus fine que la province n’est publiée.',
    });
    await w.services.guidance.setOverride(ivan, 'checklist.referral-no-consent.4', 'ar', {
      why: 'نص الكتلة',
    });
    expect((await w.services.guidance.overrides(dave)).map((o) => [o.guidanceId, o.language, o.why])).toEqual(
      [
        ['checklist.publish.2', 'fr', 'Aucune localité plus fine que la province n’est publiée.'],
        ['checklist.referral-no-consent.4', 'ar', 'نص الكتلة'],
        ['referrals.consent', 'ar', null],
      ],
    );
    // Partners cannot reword an item.
    for (const actor of [alice, dave])
      await expect(
        w.services.guidance.setOverride(actor, 'checklist.publish.1', 'fr', { why: 'x' }),
      ).rejects.toMatchObject({ code: 'forbidden' });
    const field = (p: Promise<unknown>, path: string) =>
      expect(p).rejects.toMatchObject({ code: 'validation', details: { fields: [{ path }] } });
    // Items beyond the count, unknown checklists, the checklist title: not ids.
    for (const id of [
      'checklist.publish.5',
      'checklist.publish.0',
      'checklist.destroy.4',
      'checklist.nope.1',
      'checklist.publish.title',
      'checklist.publish',
    ])
      await field(w.services.guidance.setOverride(carol, id, 'fr', { why: 'x' }), 'id');
    // An item has one text: its wording (why), at most 300 characters, not blank.
    await field(w.services.guidance.setOverride(carol, 'checklist.publish.1', 'fr', { title: 'x' }), 'title');
    await field(
      w.services.guidance.setOverride(carol, 'checklist.publish.1', 'fr', { title: 'x', why: 'y' }),
      'title',
    );
    await field(w.services.guidance.setOverride(carol, 'checklist.publish.1', 'fr', { why: '  ' }), 'why');
    await field(
      w.services.guidance.setOverride(carol, 'checklist.publish.1', 'fr', { why: 'x'.repeat(301) }),
      'why',
    );
    // The database admits the item shape (migration 0059) and still refuses other shapes.
    const insert = (id: string) =>
      `insert into guidance_overrides (guidance_id, language, why, updated_at, updated_by) values ('${id}', 'es', 'Nuestro', now(), '${carol.userId}')`;
    const asCarol = (q: string) => appRoleSql(w.db, carol.userId, q, orgC);
    await asCarol(insert('checklist.share-high.3'));
    for (const bad of ['checklist.publish.0', 'checklist.Publish.1', 'checklist.publish.x', 'checklist..1'])
      await expect(asCarol(insert(bad))).rejects.toThrow(/guidance_overrides_id_check/);
    await asCarol(`delete from guidance_overrides where guidance_id = 'checklist.share-high.3'`);
    // Reverting returns to Steward's wording; nothing else was written.
    await w.services.guidance.revertOverride(ivan, 'checklist.publish.2', 'fr');
    await w.services.guidance.revertOverride(ivan, 'checklist.referral-no-consent.4', 'ar');
    expect((await w.services.guidance.overrides(dave)).map((o) => o.guidanceId)).toEqual([
      'referrals.consent',
    ]);
  });
});
