// Issue 9, decision 0030: `steward referral keys recover` against a real server (demo loaded, real
// crypto). AMD loses its only key holder; its partner focal point restores access with the printed
// recovery code read from STEWARD_RECOVERY_CODE, then reads the referrals AMD received before. A
// wrong code changes nothing; the recovery route refuses caseworkers, viewers, other organisations'
// focal points (who get their own organisation's copy) and requests without a session.
import { createUserKey } from '@steward/core/referrals/index';
import { ownerSql } from '@steward/db/testing';
import { systemCaller, type Actor } from '@steward/services';
import { rotateWithKnownCode } from '@steward/services/test-support/referral-keys';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../remote/testing';

let server: TestServer;
const token: Record<string, string> = {};
const actor: Record<string, Actor> = {};
let recoveryCode = '';
let keyId = '';
let fingerprint = '';
const passFp = `fp amd ${randomBytes(6).toString('hex')}`;

const fpCopies = async () =>
  Number(
    (
      await ownerSql<{ n: string }>(
        server.db,
        `select count(*) as n from referral_org_key_copies where kind = 'member' and org_key_id = '${keyId}' and user_id = '${actor.fpAmd!.userId}'`,
      )
    )[0]!.n,
  );
const post = (path: string, bearer?: string) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: '{}',
  });

beforeAll(async () => {
  server = await startTestServer();
  const amd = (await server.services.organisations.list(systemCaller('test'))).find(
    (o) => o.acronym === 'AMD',
  )!;
  await server.services.users.create(systemCaller('test'), {
    email: 'caseworker2.amd@e2e.example.org',
    password: `cw2-${randomBytes(9).toString('hex')}`,
    displayName: 'Second caseworker AMD',
    memberships: [{ organisationId: amd.id, role: 'caseworker' }],
  });
  for (const [name, email, acronym] of [
    ['cwAmd', 'caseworker.amd@demo.example.org', 'AMD'],
    ['cw2Amd', 'caseworker2.amd@e2e.example.org', 'AMD'],
    ['fpAmd', 'focal-point.amd@demo.example.org', 'AMD'],
    ['viewerAmd', 'focal-point@demo.example.org', 'AMD'],
    ['fpTri', 'focal-point@demo.example.org', 'TRI'],
    ['coord', 'coordinator@demo.example.org', 'DPCCU'],
  ] as const) {
    token[name] = await server.tokenFor(email, acronym);
    actor[name] = (await server.services.auth.authenticateToken(`Bearer ${token[name]}`))!;
  }
  const referrals = server.services.referrals;
  // AMD's focal point rotates (so that this test knows the printed code); their own key below
  // replaces the throw-away one (their copies go); then the caseworker, the last holder, leaves AMD.
  const passCw = server.credentials.find((c) => c.email === 'caseworker.amd@demo.example.org')!
    .keyPassphrase as string;
  ({ keyId, fingerprint, recoveryCode } = await rotateWithKnownCode(
    server.services,
    { actor: actor.cwAmd!, passphrase: passCw },
    actor.fpAmd!,
  ));
  const fpKey = await createUserKey(actor.fpAmd!.userId, passFp);
  await referrals.setUserKey(actor.fpAmd!, {
    publicKey: fpKey.publicKey,
    wrappedPrivateKey: fpKey.wrappedPrivateKey,
  });
  await server.services.users.removeMembership(actor.fpAmd!, {
    organisationId: amd.id,
    userId: actor.cwAmd!.userId,
  });
}, 180_000);
afterAll(async () => server?.close());

describe('steward referral keys recover', () => {
  it('the recovery copy: focal points of the organisation only; no session, caseworkers, viewers, cluster: refused', async () => {
    expect((await post('/api/referrals/keys/recovery')).status).toBe(401);
    for (const name of ['cw2Amd', 'viewerAmd', 'coord']) {
      const res = await post('/api/referrals/keys/recovery', token[name]);
      expect(res.status, name).toBe(403);
      expect(await res.text()).not.toContain('"recovery"');
    }
    // Another organisation's focal point gets their own organisation's copy, never AMD's.
    const tri = (await (await post('/api/referrals/keys/recovery', token.fpTri)).json()) as { keyId: string };
    expect(tri.keyId).not.toBe(keyId);
    // No key listing carries a recovery copy any more.
    const listing = await fetch(`${server.url}/api/referrals/keys`, {
      headers: { authorization: `Bearer ${token.fpAmd}` },
    });
    expect(
      ((await listing.json()) as { copies: { kind: string }[] }).copies.map((c) => c.kind),
    ).not.toContain('recovery');
  });

  it('refuses a missing or wrong code, and a caseworker, changing nothing', async () => {
    const missing = await server.run(['referral', 'keys', 'recover', '--json'], { token: token.fpAmd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Set STEWARD_RECOVERY_CODE/);
    const wrong = await server.run(['referral', 'keys', 'recover', '--json'], {
      token: token.fpAmd,
      env: { STEWARD_RECOVERY_CODE: recoveryCode.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) },
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toContain(
      `does not open the recovery copy of your organisation's current key (fingerprint ${fingerprint})`,
    );
    expect(wrong.stderr).toContain('Nothing was changed.');
    const caseworker = await server.run(['referral', 'keys', 'recover'], {
      token: token.cw2Amd,
      env: { STEWARD_RECOVERY_CODE: recoveryCode },
    });
    expect(caseworker.code).toBe(1);
    expect(await fpCopies()).toBe(0);
    const recovered = await ownerSql(
      server.db,
      `select 1 from audit_log where action = 'referral.key.recovered'`,
    );
    expect(recovered).toHaveLength(0);
  });

  it('recovers with the printed code: the focal point then reads what AMD received before', async () => {
    const before = await server.run(['referral', 'inbox', '--json'], {
      token: token.fpAmd,
      env: { STEWARD_KEY_PASSPHRASE: passFp },
    });
    expect(before.code).toBe(1);
    expect(before.stderr).toMatch(/do not hold your organisation's referral key/);

    const done = await server.run(['referral', 'keys', 'recover', '--json'], {
      token: token.fpAmd,
      env: { STEWARD_RECOVERY_CODE: recoveryCode.toLowerCase() },
    });
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toEqual({ keyId, fingerprint, rotationRequired: true, historyKeys: 1 });
    expect(await fpCopies()).toBe(1);

    const inbox = await server.run(['referral', 'inbox', '--json'], {
      token: token.fpAmd,
      env: { STEWARD_KEY_PASSPHRASE: passFp },
    });
    expect(inbox.stderr).toBe('');
    const rows = JSON.parse(inbox.stdout) as { payload: { caseCode: string } }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => /^[A-Z]+-\d+$/.test(r.payload.caseCode))).toBe(true);

    // A second run: the focal point already holds the key (a clear conflict, nothing added).
    const again = await server.run(['referral', 'keys', 'recover'], {
      token: token.fpAmd,
      env: { STEWARD_RECOVERY_CODE: recoveryCode },
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already hold the current organisation key: there is nothing to recover/);
    expect(await fpCopies()).toBe(1);
    // Audited, without the code.
    const audit = await ownerSql<{ details: unknown }>(
      server.db,
      `select details from audit_log where action like 'referral.key.recover%'`,
    );
    expect(audit.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(audit)).not.toContain(recoveryCode.replace(/-/g, ''));
  });
});
