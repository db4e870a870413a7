// Issue 9, decisions 0017 §3 and addendum, 0025: `steward referral keys rotate` against a real
// server (demo loaded, real crypto). RCSN has three caseworkers holding its key. Only a partner focal
// point who holds the key rotates (core's permissions table, `referral.key-rotate`): a caseworker
// holder is refused by the server (403, `referral.focal_point_required`, said in words; nothing
// changed, no code file left). The focal point, granted the key, revokes a caseworker, which forces a
// rotation, and rotates from the CLI: the remaining holders get the new key, the revoked one does
// not, referrals RCSN received before stay readable (history), new referrals flow again, and the
// printed recovery code opens the new key's recovery copy. A second rotation writes the code to a
// file and keeps two generations of history readable.
import {
  createUserKey,
  grantOrgKey,
  openOrgKeyGrant,
  recoverOrgKey,
  unlockUserKey,
  type PassphraseWrapped,
  type SealedBox,
} from '@steward/core/referrals/index';
import { ownerSql } from '@steward/db/testing';
import { systemCaller, type Actor } from '@steward/services';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../remote/testing';

let server: TestServer;
let dir: string;
let rcsnId = '';
let firstKeyId = '';
let service = '';
let firstOrgPrivate = '';
const token: Record<string, string> = {};
const actor: Record<string, Actor> = {};
const pass: Record<string, string> = {};

const rcsnKeys = async () =>
  ownerSql<{ id: string; retired: boolean; flagged: boolean }>(
    server.db,
    `select id, retired_at is not null as retired, rotation_required_at is not null as flagged
       from referral_org_keys where organisation_id = '${rcsnId}' order by created_at`,
  );
const holdersOf = async (keyId: string) =>
  (
    await ownerSql<{ user_id: string }>(
      server.db,
      `select user_id from referral_org_key_copies where kind = 'member' and org_key_id = '${keyId}'`,
    )
  )
    .map((r) => r.user_id)
    .sort();
const as = (name: string, env: Record<string, string> = {}) => ({
  token: token[name]!,
  env: { STEWARD_KEY_PASSPHRASE: pass[name]!, ...env },
});
const inbox = async (name: string) => {
  const r = await server.run(['referral', 'inbox', '--json'], as(name));
  expect(r.stderr, name).toBe('');
  return new Map(
    (JSON.parse(r.stdout) as { id: string; payload: { caseCode: string } }[]).map((x) => [
      x.id,
      x.payload.caseCode,
    ]),
  );
};
function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}
const sendToRcsn = (caseCode: string) =>
  server.run(
    [
      'referral',
      'send',
      '--to',
      'RCSN',
      '--service',
      service,
      '--priority',
      'urgent',
      '--payload',
      file(`p-${caseCode}.json`, {
        caseCode,
        age: 29,
        sex: 'male',
        adm2: 'MZ0101',
        contact: { phone: '+258 84 000 0001' },
        reason: 'needs shelter',
      }),
      '--consent',
      file(`c-${caseCode}.json`, {
        givenBy: 'self',
        legalBasis: 'consent',
        purposes: ['referral'],
        scope: {
          organisations: ['RCSN'],
          services: [service],
          dataCategories: ['caseCode', 'age', 'sex', 'adm2', 'contact', 'reason'],
        },
        method: 'oral_recorded',
        obtainedAt: '2026-12-01',
        status: 'given',
      }),
      '--json',
    ],
    as('tri'),
  );

beforeAll(async () => {
  server = await startTestServer();
  dir = mkdtempSync(join(tmpdir(), 'steward-rotate-'));
  const system = systemCaller('test');
  rcsnId = (await server.services.organisations.list(system)).find((o) => o.acronym === 'RCSN')!.id;
  for (const n of ['2', '3'])
    await server.services.users.create(system, {
      email: `caseworker${n}.rcsn@e2e.example.org`,
      password: `cw${n}-${randomBytes(9).toString('hex')}`,
      displayName: `Caseworker ${n} RCSN`,
      memberships: [{ organisationId: rcsnId, role: 'caseworker' }],
    });
  for (const [name, email, acronym] of [
    ['cw', 'caseworker@demo.example.org', 'RCSN'],
    ['cw2', 'caseworker2.rcsn@e2e.example.org', 'RCSN'],
    ['cw3', 'caseworker3.rcsn@e2e.example.org', 'RCSN'],
    ['fp', 'focal-point.rcsn@demo.example.org', 'RCSN'],
    ['tri', 'caseworker.tri@demo.example.org', 'TRI'],
  ] as const) {
    token[name] = await server.tokenFor(email, acronym);
    actor[name] = (await server.services.auth.authenticateToken(`Bearer ${token[name]}`))!;
    const demo = server.credentials.find((c) => c.email === email)?.keyPassphrase;
    pass[name] = typeof demo === 'string' ? demo : `pass ${name} ${randomBytes(6).toString('hex')}`;
  }
  const referrals = server.services.referrals;
  // The demo's RCSN holder grants the key to two colleagues, who set up their own keys first.
  const status = await referrals.status(actor.cw!);
  firstKeyId = status.organisationKey!.keyId;
  const mine = await unlockUserKey(
    actor.cw!.userId,
    status.userKey!.wrappedPrivateKey as PassphraseWrapped,
    pass.cw!,
  );
  const copy = status.copies.find((c) => c.kind === 'member' && c.orgKeyId === firstKeyId)!;
  const orgPrivate = await openOrgKeyGrant(firstKeyId, actor.cw!.userId, mine, copy.box as SealedBox);
  firstOrgPrivate = orgPrivate;
  for (const name of ['cw2', 'cw3']) {
    const key = await createUserKey(actor[name]!.userId, pass[name]!);
    await referrals.setUserKey(actor[name]!, {
      publicKey: key.publicKey,
      wrappedPrivateKey: key.wrappedPrivateKey,
    });
    const grant = await grantOrgKey(firstKeyId, orgPrivate, {
      userId: actor[name]!.userId,
      publicKey: key.publicKey,
    });
    await referrals.grant(actor.cw!, { keyId: firstKeyId, userId: actor[name]!.userId, box: grant.sealed });
  }
  service = (await server.services.directory.listServicesAcceptingReferrals(system, 'RCSN')).find(
    (s) => s.referralMethod === 'steward',
  )!.id;
}, 180_000);
afterAll(async () => server?.close());

describe('steward referral keys rotate', () => {
  let received = new Map<string, string>();
  let secondKeyId = '';

  it('has help with an example; refuses a missing or wrong passphrase and a code file that exists, changing nothing', async () => {
    const help = await server.run(['referral', 'keys', 'rotate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('STEWARD_KEY_PASSPHRASE=… steward referral keys rotate');
    expect(help.stdout).toContain('--recovery-code-out FILE');
    expect(help.stdout).not.toMatch(/--passphrase/);

    const missing = await server.run(['referral', 'keys', 'rotate', '--json'], { token: token.cw });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Set STEWARD_KEY_PASSPHRASE/);
    const wrong = await server.run(
      ['referral', 'keys', 'rotate', '--json'],
      as('cw', { STEWARD_KEY_PASSPHRASE: `${pass.cw}x` }),
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/does not unlock your referral key/);
    const existing = join(dir, 'existing.txt');
    writeFileSync(existing, 'keep me');
    const exists = await server.run(
      ['referral', 'keys', 'rotate', '--recovery-code-out', existing],
      as('cw'),
    );
    expect(exists.code).toBe(1);
    expect(exists.stderr).toContain('already exists');
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
    // A member with a referral key but no copy of the organisation key (the focal point set up a
    // key and was never granted) cannot rotate.
    const fpKey = await createUserKey(actor.fp!.userId, pass.fp!);
    await server.services.referrals.setUserKey(actor.fp!, {
      publicKey: fpKey.publicKey,
      wrappedPrivateKey: fpKey.wrappedPrivateKey,
    });
    const notHolder = await server.run(['referral', 'keys', 'rotate'], as('fp'));
    expect(notHolder.code).toBe(1);
    expect(notHolder.stderr).toMatch(/do not hold your organisation's referral key/);
    expect(await rcsnKeys()).toEqual([{ id: firstKeyId, retired: false, flagged: false }]);
  });

  it('a caseworker who holds the key is refused by the server (403, referral.focal_point_required), in words; nothing changes', async () => {
    const codeFile = join(dir, 'cw-recovery.txt');
    const r = await server.run(['referral', 'keys', 'rotate', '--recovery-code-out', codeFile], as('cw'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Only a partner focal point of your organisation rotates its referral key/);
    expect(r.stderr).toMatch(/ask your focal point to rotate it/);
    expect(r.stderr).toContain('Nothing was changed. (referral.focal_point_required)');
    expect(existsSync(codeFile)).toBe(false);
    expect(await rcsnKeys()).toEqual([{ id: firstKeyId, retired: false, flagged: false }]);
    expect(await holdersOf(firstKeyId)).toEqual(
      [actor.cw!.userId, actor.cw2!.userId, actor.cw3!.userId].sort(),
    );
    // The API's answer itself: 403 with the stable code (what the web app and scripts read).
    const made = await createUserKey(actor.cw2!.userId, 'an unused passphrase');
    const api = await fetch(`${server.url}/api/referrals/keys/organisation`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token.cw2}` },
      body: JSON.stringify({
        keyId: randomUUID(),
        publicKey: made.publicKey,
        grants: [{ userId: actor.cw2!.userId, box: { enc: 'AAAA', ct: 'AAAA' } }],
        recovery: made.wrappedPrivateKey,
        history: [{ keyId: firstKeyId, box: { enc: 'AAAA', ct: 'AAAA' } }],
      }),
    });
    expect(api.status).toBe(403);
    expect(((await api.json()) as { error: { details: unknown } }).error.details).toMatchObject({
      code: 'referral.focal_point_required',
    });
    expect(await rcsnKeys()).toEqual([{ id: firstKeyId, retired: false, flagged: false }]);
    // The focal point (their user key set up above) is granted the key by a holder.
    const fpPublic = (await server.services.referrals.status(actor.fp!)).userKey!.publicKey;
    const grant = await grantOrgKey(firstKeyId, firstOrgPrivate, {
      userId: actor.fp!.userId,
      publicKey: fpPublic,
    });
    await server.services.referrals.grant(actor.cw!, {
      keyId: firstKeyId,
      userId: actor.fp!.userId,
      box: grant.sealed,
    });
  });

  it('after a revocation: the remaining holders get the new key, the revoked member does not; history stays readable', async () => {
    received = await inbox('cw2');
    expect(received.size).toBeGreaterThan(0);
    expect(await inbox('cw3')).toEqual(received);
    await server.services.referrals.revoke(actor.fp!, actor.cw3!.userId);
    expect(await rcsnKeys()).toEqual([{ id: firstKeyId, retired: false, flagged: true }]);
    const refused = await sendToRcsn('MZ-ROT-0');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/must rotate its referral key/);
    // The revoked member holds nothing any more: they cannot rotate either.
    const revoked = await server.run(['referral', 'keys', 'rotate'], as('cw3'));
    expect(revoked.code).toBe(1);

    const r = await server.run(['referral', 'keys', 'rotate', '--json'], as('fp'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      keyId: string;
      fingerprint: string;
      previousKeyId: string;
      grantedTo: { userId: string }[];
      historyKeys: number;
      recoveryCode: string;
    };
    expect(Object.keys(out).sort()).toEqual(
      ['fingerprint', 'grantedTo', 'historyKeys', 'keyId', 'previousKeyId', 'recoveryCode'].sort(),
    );
    secondKeyId = out.keyId;
    expect(out.previousKeyId).toBe(firstKeyId);
    expect(out.historyKeys).toBe(1);
    const expected = [actor.cw!.userId, actor.cw2!.userId, actor.fp!.userId].sort();
    expect(out.grantedTo.map((g) => g.userId).sort()).toEqual(expected);
    expect(await holdersOf(secondKeyId)).toEqual(expected);
    expect(await rcsnKeys()).toEqual([
      { id: firstKeyId, retired: true, flagged: true },
      { id: secondKeyId, retired: false, flagged: false },
    ]);
    // The printed code opens the new key's recovery copy (and only the new key's).
    const [recovery] = await ownerSql<{ box: PassphraseWrapped }>(
      server.db,
      `select box from referral_org_key_copies where kind = 'recovery' and org_key_id = '${secondKeyId}'`,
    );
    await expect(recoverOrgKey(secondKeyId, recovery!.box, out.recoveryCode)).resolves.toMatch(/\S/);
    const audit = await ownerSql<{ details: unknown }>(
      server.db,
      `select details from audit_log where action = 'referral.key.org-rotated' and target_id = '${secondKeyId}'`,
    );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(out.recoveryCode);

    // What RCSN received before still opens for the remaining holder; the revoked member reads nothing.
    expect(await inbox('cw2')).toEqual(received);
    const cw3 = await server.run(['referral', 'inbox', '--json'], as('cw3'));
    expect(cw3.code).toBe(1);
    expect(cw3.stderr).toMatch(/do not hold your organisation's referral key/);
    // Referrals flow again, to the new key.
    const sent = await sendToRcsn('MZ-ROT-1');
    expect(sent.stderr).toBe('');
    const id = (JSON.parse(sent.stdout) as { id: string }).id;
    expect((await inbox('cw2')).get(id)).toBe('MZ-ROT-1');
  });

  it('a second rotation writes the code to a new file (mode 600), not the output; two generations stay readable', async () => {
    const codeFile = join(dir, 'rcsn-recovery.txt');
    const r = await server.run(['referral', 'keys', 'rotate', '--recovery-code-out', codeFile], as('fp'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(statSync(codeFile).mode & 0o777).toBe(0o600);
    const text = readFileSync(codeFile, 'utf8');
    const code = /Recovery code: (\S+)/.exec(text)![1]!;
    expect(r.stdout).not.toContain(code);
    expect(r.stdout).toContain(`New recovery code written to ${codeFile}`);
    expect(r.stdout).toMatch(/2 older key\(s\) sealed into it/);
    const keys = await rcsnKeys();
    const third = keys.at(-1)!;
    expect(keys.map((k) => k.id).slice(0, 2)).toEqual([firstKeyId, secondKeyId]);
    expect(third).toMatchObject({ retired: false, flagged: false });
    expect(text).toContain('Organisation key fingerprint:');
    const [recovery] = await ownerSql<{ box: PassphraseWrapped }>(
      server.db,
      `select box from referral_org_key_copies where kind = 'recovery' and org_key_id = '${third.id}'`,
    );
    await expect(recoverOrgKey(third.id, recovery!.box, code)).resolves.toMatch(/\S/);
    expect(await holdersOf(third.id)).toEqual([actor.cw!.userId, actor.cw2!.userId, actor.fp!.userId].sort());
    // The demo holder reads the oldest referrals through two history hops.
    const all = await inbox('cw');
    for (const [id, caseCode] of received) expect(all.get(id)).toBe(caseCode);
  });
});
