// Issue 9: "Withdrawal blocks new referrals at once and flags open ones to both sides", known to
// the server without content: referrals carry an opaque consent reference (random, chosen on the
// device); withdrawing the consent of one referral records the reference, flags every open
// referral the organisation sent with it, and the service and the database refuse any new one.
// Demo data, real crypto; PGlite and the server (TEST_DATABASE_URL).
import { randomBytes, randomUUID } from 'node:crypto';
import { encryptContent } from '@steward/core/referrals/index';
import type { Database } from '@steward/db';
import { appRoleSql, ownerSql } from '@steward/db/testing';
import { createDemoTestDatabase } from '../test-support/demo-database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, systemCaller, type Actor, type Services } from '../index';
import { demoActor, serviceFailure } from '../test-support/fixtures';

const system = systemCaller('test');
let db: Database;
let services: Services;
const now = new Date('2026-12-06T09:00:00Z');
const who: Record<string, Actor> = {};
let amdLegal = '';
let amdId = '';

const actorFor = (email: string, acronym: string) => demoActor(services, email, acronym);

const failure = serviceFailure;

async function send(consentRef: string | undefined) {
  const id = randomUUID();
  const amd = await services.referrals.organisationKey(who.cwTri!, 'AMD');
  const tri = (await services.referrals.status(who.cwTri!)).organisationKey!;
  return services.referrals.send(who.cwTri!, {
    id,
    to: 'AMD',
    serviceId: amdLegal,
    priority: 'urgent',
    adm2: 'MZ0101',
    content: await encryptContent({ payload: { caseCode: 'CW-1' } }, id, 1, [
      { keyId: amd.keyId, publicKey: amd.publicKey },
      { keyId: tri.keyId, publicKey: tri.publicKey },
    ]),
    consentChecked: true,
    consentRef,
  });
}

const count = async (sql: string) => Number((await ownerSql<{ n: string }>(db, sql))[0]!.n);

beforeAll(async () => {
  const demoDb = await createDemoTestDatabase({ at: now });
  db = demoDb.db;
  services = createServices({
    db,
    clock: () => now,
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { twoFactorRequired: false },
  });
  who.cwTri = await actorFor('caseworker.tri@demo.example.org', 'TRI');
  who.cwAmd = await actorFor('caseworker.amd@demo.example.org', 'AMD');
  amdId = (await services.organisations.list(system)).find((o) => o.acronym === 'AMD')!.id;
  amdLegal = (await services.directory.listServicesAcceptingReferrals(system, 'AMD')).find(
    (s) => s.serviceType === 'legal',
  )!.id;
}, 120_000);
afterAll(async () => db?.close());

describe('consent withdrawal by opaque reference', () => {
  const ref = randomUUID();
  const other = randomUUID();
  const ids: Record<string, string> = {};

  it('a consent reference travels as plaintext metadata to the sender only; a malformed one is refused', async () => {
    ids.a = (await send(ref)).id;
    ids.b = (await send(ref)).id;
    ids.c = (await send(other)).id;
    const mine = await services.referrals.show(who.cwTri!, ids.a);
    expect(mine.consentRef).toBe(ref);
    const theirs = await services.referrals.show(who.cwAmd!, ids.a);
    expect(theirs.consentRef).toBeNull();
    const before = await count('select count(*) as n from referrals');
    for (const bad of ['short', 'MZ 0042 Maria', 'x'.repeat(65)])
      expect((await failure(send(bad))).details).toMatchObject({
        field: 'consentRef',
        code: 'referral.consent_ref_invalid',
      });
    expect(await count('select count(*) as n from referrals')).toBe(before);
  });

  it('withdrawing the consent of one referral flags every open referral with it, to both sides', async () => {
    const res = await services.referrals.withdrawConsent(who.cwTri!, ids.a!);
    expect(res.flagged.sort()).toEqual([ids.a, ids.b].sort());
    const received = new Map((await services.referrals.list(who.cwAmd!, 'received')).map((r) => [r.id, r]));
    expect(received.get(ids.a!)!.consentWithdrawn).toBe(true);
    expect(received.get(ids.b!)!.consentWithdrawn).toBe(true);
    expect(received.get(ids.c!)!.consentWithdrawn).toBe(false);
    const notices = await ownerSql<{ organisation_id: string; link: string }>(
      db,
      `select organisation_id, link from notifications where kind = 'referral.consent_withdrawn'`,
    );
    expect(
      notices
        .filter((n) => n.organisation_id === amdId)
        .map((n) => n.link)
        .sort(),
    ).toEqual([`/referrals/${ids.a}`, `/referrals/${ids.b}`].sort());
    expect(
      await count(`select count(*) as n from audit_log where action = 'referral.consent_withdrawn'`),
    ).toBe(2);
    // Again: nothing more to flag.
    expect((await services.referrals.withdrawConsent(who.cwTri!, ids.b!)).flagged).toEqual([]);
  });

  it('a new referral with the withdrawn consent is refused by the service and by the database; others go', async () => {
    const before = await count('select count(*) as n from referrals');
    const refused = await failure(send(ref));
    expect(refused.code).toBe('conflict');
    expect(refused.details).toMatchObject({ code: 'referral.consent_withdrawn', field: 'consentRef' });
    expect(await count('select count(*) as n from referrals')).toBe(before);
    await expect(
      ownerSql(
        db,
        `insert into referrals (id, reference, sender_organisation_id, receiver_organisation_id, service_id, service_type, priority, state, adm1, adm2, content, sender_key_id, receiver_key_id, sent_at, due_by, updated_at, consent_ref)
         select gen_random_uuid(), 'R-CW' || substr(md5(random()::text), 1, 6), sender_organisation_id, receiver_organisation_id, service_id, service_type, priority, 'sent', adm1, adm2, content, sender_key_id, receiver_key_id, sent_at, due_by, updated_at, '${ref}'
           from referrals where id = '${ids.c}'`,
      ),
    ).rejects.toThrow(/consent of this referral was withdrawn/);
    // The reference of a referral cannot be changed to dodge it, nor a withdrawal deleted by the app.
    await expect(
      appRoleSql(
        db,
        who.cwTri!.userId,
        `update referrals set consent_ref = '${randomUUID()}' where id = '${ids.a}'`,
      ),
    ).rejects.toThrow(/cannot change/);
    await expect(
      appRoleSql(
        db,
        who.cwTri!.userId,
        `delete from referral_consent_withdrawals where consent_ref = '${ref}'`,
      ),
    ).rejects.toThrow();
    // The receiving organisation does not see the sender's withdrawals (RLS).
    expect(
      await appRoleSql(db, who.cwAmd!.userId, 'select consent_ref from referral_consent_withdrawals', amdId),
    ).toEqual([]);
    // Another consent, and a referral without a reference (older clients), still go.
    expect((await send(randomUUID())).state).toBe('sent');
    expect((await send(undefined)).state).toBe('sent');
  });
});
