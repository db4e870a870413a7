// Sign-in to ASVS level 2: common-password check, password change, admin reset, sessions list,
// absolute lifetime, TOTP enrolment and the second sign-in step (issue 7).
import { TOTP, Secret } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerSql } from '@steward/db/testing';
import { ServiceError } from '../errors';
import { createWorld, system, type World } from '../test-support/fixtures';
import { isCommonPassword } from './common-passwords';

let w: World;
let lead = '';
beforeAll(async () => {
  w = await createWorld();
  // cluster roles are held in the cluster lead organisation only (role-grant policy)
  lead = (
    await w.services.organisations.create(system, { name: 'Lead', acronym: 'LEAD', type: 'cluster-lead' })
  ).id;
});
afterAll(async () => w?.db.close());

async function errorOf(p: Promise<unknown>): Promise<ServiceError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected a ServiceError');
}

const codeAt = (secret: string, at: Date) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at.getTime() });

let n = 0;
async function newUser(role: 'viewer' | 'cluster-coordinator' = 'viewer') {
  n++;
  const email = `user${n}@asvs.example.org`;
  const password = `user-${n}-password-xyz`;
  const user = await w.services.users.create(system, {
    email,
    password,
    displayName: `User ${n}`,
    memberships: [{ organisationId: role === 'viewer' ? w.orgA : lead, role }],
  });
  return { id: user.id, email, password };
}
const login = (u: { email: string; password: string }, ip = '10.9.0.1') =>
  w.services.auth.login({ email: u.email, password: u.password, ip, userAgent: 'test-agent' });

describe('new passwords', () => {
  it('ships a list of 10,000 common passwords and refuses them (any case), also for new accounts', async () => {
    expect(isCommonPassword('123qweasdzxc')).toBe(true);
    expect(isCommonPassword('1QAZ2WSX3EDC')).toBe(true);
    expect(isCommonPassword('a-rather-uncommon-passphrase')).toBe(false);
    const e = await errorOf(
      w.services.users.create(system, {
        email: 'common@asvs.example.org',
        password: '123qweasdzxc',
        displayName: 'Common',
      }),
    );
    expect(e.code).toBe('validation');
    expect(e.details).toMatchObject({ field: 'password', reason: 'password-common' });
  });

  it('changes the password with the current one, ends the other sessions, refuses common ones; audited', async () => {
    const u = await newUser();
    const first = await login(u);
    const second = await login(u, '10.9.0.2');
    const wrong = await errorOf(
      w.services.auth.changePassword(second.actor, {
        currentPassword: 'not-it',
        newPassword: 'a-new-long-password-1',
      }),
    );
    expect(wrong.details).toMatchObject({ field: 'currentPassword', reason: 'password-wrong' });
    const common = await errorOf(
      w.services.auth.changePassword(second.actor, {
        currentPassword: u.password,
        newPassword: 'q1w2e3r4t5y6',
      }),
    );
    expect(common.details).toMatchObject({ field: 'password', reason: 'password-common' });
    const short = await errorOf(
      w.services.auth.changePassword(second.actor, { currentPassword: u.password, newPassword: 'short' }),
    );
    expect(short.details).toMatchObject({ reason: 'password-too-short', minLength: 12 });
    const result = await w.services.auth.changePassword(second.actor, {
      currentPassword: u.password,
      newPassword: 'a-new-long-password-1',
    });
    expect(result.endedSessions).toBe(1);
    expect(await w.services.auth.authenticateSession(first.sessionToken)).toBeNull();
    expect(await w.services.auth.authenticateSession(second.sessionToken)).not.toBeNull();
    expect((await errorOf(login(u, '10.9.0.3'))).code).toBe('invalid-credentials');
    expect((await login({ email: u.email, password: 'a-new-long-password-1' })).actor.userId).toBe(u.id);
    const audit = await ownerSql<{ outcome: string; details: Record<string, unknown> }>(
      w.db,
      `select outcome, details from audit_log where action = 'auth.password-change' and target_id = '${u.id}' order by sequence`,
    );
    expect(audit).toEqual([
      { outcome: 'failure', details: { reason: 'password-wrong' } },
      { outcome: 'success', details: { forced: false, endedSessions: 1 } },
    ]);
    expect(JSON.stringify(await ownerSql(w.db, 'select * from audit_log'))).not.toContain(
      'a-new-long-password',
    );
  });
});

describe('administrator password reset', () => {
  it('hands over a temporary password, ends the sessions, and the user must set a new one before anything else', async () => {
    const u = await newUser();
    const before = await login(u);
    const { temporaryPassword } = await w.services.auth.resetPassword(system, u.id);
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(16);
    expect(await w.services.auth.authenticateSession(before.sessionToken)).toBeNull();
    expect((await errorOf(login(u, '10.9.1.1'))).code).toBe('invalid-credentials');
    const signed = await login({ email: u.email, password: temporaryPassword });
    expect(signed.actor.pending).toBe('new-password');
    // a pending session can do nothing else in the auth services either
    expect((await errorOf(w.services.auth.listSessions(signed.actor))).code).toBe('sign-in-step-required');
    await w.services.auth.changePassword(signed.actor, { newPassword: 'my-own-new-password-9' });
    const after = await w.services.auth.authenticateSession(signed.sessionToken);
    expect(after?.pending).toBeNull();
    expect((await login({ email: u.email, password: 'my-own-new-password-9' })).actor.pending).toBeNull();
    const audit = await ownerSql<{ action: string; details: Record<string, unknown> }>(
      w.db,
      `select action, details from audit_log where target_id = '${u.id}' and action in ('user.password-reset', 'auth.password-change') order by sequence`,
    );
    expect(audit).toEqual([
      { action: 'user.password-reset', details: { endedSessions: 1, system: 'test' } },
      { action: 'auth.password-change', details: { forced: true, endedSessions: 0 } },
    ]);
  });

  it('is for system administrators only', async () => {
    const u = await newUser();
    const other = await newUser();
    const { actor } = await login(u);
    expect((await errorOf(w.services.auth.resetPassword(actor, other.id))).code).toBe('forbidden');
  });
});

describe('sessions', () => {
  it('lists the user’s sessions and ends the others', async () => {
    const u = await newUser();
    const a = await login(u);
    const b = await login(u, '10.9.2.2');
    const list = await w.services.auth.listSessions(b.actor);
    expect(list.map((s) => [s.id, s.current, s.userAgent])).toEqual(
      expect.arrayContaining([
        [a.actor.sessionId, false, 'test-agent'],
        [b.actor.sessionId, true, 'test-agent'],
      ]),
    );
    expect(list).toHaveLength(2);
    expect(await w.services.auth.endOtherSessions(b.actor)).toEqual({ ended: 1 });
    expect(await w.services.auth.authenticateSession(a.sessionToken)).toBeNull();
    expect(await w.services.auth.authenticateSession(b.sessionToken)).not.toBeNull();
    // another user's session cannot be ended (row-level security)
    const v = await newUser();
    const theirs = await login(v);
    expect((await errorOf(w.services.auth.endSession(b.actor, theirs.actor.sessionId!))).code).toBe(
      'not-found',
    );
    expect(await w.services.auth.authenticateSession(theirs.sessionToken)).not.toBeNull();
  });

  it('end at the absolute lifetime (12 hours) however active', async () => {
    const u = await newUser();
    const start = w.clock.now;
    const { sessionToken } = await login(u);
    for (let m = 50; m < 12 * 60; m += 50) {
      w.clock.now = new Date(start.getTime() + m * 60_000);
      expect(await w.services.auth.authenticateSession(sessionToken), `after ${m} min`).not.toBeNull();
    }
    w.clock.now = new Date(start.getTime() + 12 * 60 * 60_000);
    expect(await w.services.auth.authenticateSession(sessionToken)).toBeNull();
  });
});

describe('two-factor sign-in (TOTP)', () => {
  it('enrols with a code, stores the secret encrypted and recovery codes hashed, then asks for a code at sign-in', async () => {
    const u = await newUser();
    const { actor } = await login(u);
    expect(actor.pending).toBeNull();
    expect(await w.services.auth.twoFactorStatus(actor)).toEqual({
      enabled: false,
      required: false,
      recoveryCodesLeft: 0,
    });
    const enrolment = await w.services.auth.startTotpEnrolment(actor);
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/Steward:.*secret=[A-Z2-7]+/);
    expect(enrolment.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    const wrong = await errorOf(w.services.auth.confirmTotpEnrolment(actor, '000000'));
    expect(wrong.details).toMatchObject({ field: 'code', reason: 'code-wrong' });
    const { recoveryCodes } = await w.services.auth.confirmTotpEnrolment(
      actor,
      codeAt(enrolment.secret, w.clock.now),
    );
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const c of recoveryCodes) expect(c).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    const stored = JSON.stringify(
      await ownerSql(w.db, `select * from user_totp, recovery_codes where user_totp.user_id = '${u.id}'`),
    );
    expect(stored).not.toContain(enrolment.secret);
    for (const c of recoveryCodes) expect(stored).not.toContain(c);
    expect(JSON.stringify(await ownerSql(w.db, 'select * from audit_log'))).not.toContain(enrolment.secret);

    // sign-in now needs a code; the password alone gives a pending session that can do nothing else
    w.clock.now = new Date(w.clock.now.getTime() + 60_000);
    const half = await login(u);
    expect(half.actor.pending).toBe('totp');
    expect((await errorOf(w.services.auth.listSessions(half.actor))).code).toBe('sign-in-step-required');
    const code = codeAt(enrolment.secret, w.clock.now);
    const full = await w.services.auth.verifySecondFactor(half.actor, code);
    expect(full.actor.pending).toBeNull();
    expect(full.sessionToken).not.toBe(half.sessionToken);
    expect(await w.services.auth.authenticateSession(half.sessionToken)).toBeNull();
    expect((await w.services.auth.authenticateSession(full.sessionToken))?.pending).toBeNull();

    // the same code cannot be used twice
    const again = await login(u);
    expect((await errorOf(w.services.auth.verifySecondFactor(again.actor, code))).code).toBe('validation');
    // a recovery code works once
    const rc = recoveryCodes[0]!;
    expect(
      (await w.services.auth.verifySecondFactor(again.actor, rc.toUpperCase())).actor.pending,
    ).toBeNull();
    const third = await login(u);
    expect((await errorOf(w.services.auth.verifySecondFactor(third.actor, rc))).code).toBe('validation');
    expect((await w.services.auth.twoFactorStatus(full.actor)).recoveryCodesLeft).toBe(9);

    // optional for a viewer: turned off with the password
    expect((await errorOf(w.services.auth.disableTotp(full.actor, 'wrong'))).code).toBe('validation');
    await w.services.auth.disableTotp(full.actor, u.password);
    expect((await login(u)).actor.pending).toBeNull();
  });

  it('wrong codes are delayed like passwords (5 free, then 30 s, doubling)', async () => {
    const u = await newUser();
    const { actor } = await login(u);
    const e = await w.services.auth.startTotpEnrolment(actor);
    await w.services.auth.confirmTotpEnrolment(actor, codeAt(e.secret, w.clock.now));
    w.clock.now = new Date(w.clock.now.getTime() + 60_000);
    const half = await login(u);
    for (let i = 0; i < 5; i++)
      expect((await errorOf(w.services.auth.verifySecondFactor(half.actor, '123456'))).code).toBe(
        'validation',
      );
    const delayed = await errorOf(
      w.services.auth.verifySecondFactor(half.actor, codeAt(e.secret, w.clock.now)),
    );
    expect(delayed.code).toBe('account-locked');
    expect(delayed.details?.retryAfterSeconds).toBe(30);
  });

  it('is required for cluster roles: enrolment first, then the session is fully signed in; cannot be turned off', async () => {
    const u = await newUser('cluster-coordinator');
    const first = await login(u);
    expect(first.actor.pending).toBe('enrol-totp');
    expect((await errorOf(w.services.auth.listSessions(first.actor))).code).toBe('sign-in-step-required');
    const e = await w.services.auth.startTotpEnrolment(first.actor);
    await w.services.auth.confirmTotpEnrolment(first.actor, codeAt(e.secret, w.clock.now));
    const now = await w.services.auth.authenticateSession(first.sessionToken);
    expect(now?.pending).toBeNull();
    expect(await w.services.auth.twoFactorStatus(now!)).toMatchObject({ enabled: true, required: true });
    const off = await errorOf(w.services.auth.disableTotp(now!, u.password));
    expect(off.code).toBe('forbidden');
    w.clock.now = new Date(w.clock.now.getTime() + 60_000);
    expect((await login(u)).actor.pending).toBe('totp');
  });

  it('a pending step expires after 15 minutes', async () => {
    const u = await newUser('cluster-coordinator');
    const start = w.clock.now;
    const first = await login(u);
    w.clock.now = new Date(start.getTime() + 14 * 60_000);
    expect(await w.services.auth.authenticateSession(first.sessionToken)).not.toBeNull();
    w.clock.now = new Date(start.getTime() + 15 * 60_000);
    expect(await w.services.auth.authenticateSession(first.sessionToken)).toBeNull();
  });
});
