// An administrator resets another user's two-factor sign-in (issue 7 remainder): authenticator and
// recovery codes removed, sessions ended, the user enrols again at next sign-in; audited; for
// administrators only (service and database); the operations CLI path runs as the system.
import { TOTP, Secret } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerSql } from '@steward/db/testing';
import { ServiceError } from '../errors';
import { createWorld, system, type World } from '../test-support/fixtures';
import type { Actor } from '../types';

let w: World;
beforeAll(async () => {
  w = await createWorld();
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
const later = () => {
  w.clock.now = new Date(w.clock.now.getTime() + 60_000);
};

let n = 0;
async function newUser(isAdmin = false) {
  n++;
  const email = `reset${n}@twofactor.example.org`;
  const password = `reset-${n}-password-xyz`;
  const user = await w.services.users.create(system, {
    email,
    password,
    displayName: `Reset ${n}`,
    isAdmin,
    memberships: isAdmin ? [] : [{ organisationId: w.orgA, role: 'viewer' }],
  });
  return { id: user.id, email, password };
}
const login = (u: { email: string; password: string }) =>
  w.services.auth.login({ email: u.email, password: u.password, ip: '10.8.0.1', userAgent: 'test' });

/** Signs in with the password, enrols or proves the second factor; a fully signed-in actor. */
async function enrolled(u: { email: string; password: string }): Promise<{ actor: Actor; secret: string }> {
  const first = await login(u);
  const e = await w.services.auth.startTotpEnrolment(first.actor);
  await w.services.auth.confirmTotpEnrolment(first.actor, codeAt(e.secret, w.clock.now));
  const actor = await w.services.auth.authenticateSession(first.sessionToken);
  if (!actor || actor.pending) throw new Error('not fully signed in');
  later();
  return { actor, secret: e.secret };
}

describe('administrator reset of two-factor sign-in', () => {
  it('removes the authenticator and codes, ends the sessions; the user must enrol again; audited', async () => {
    const admin = await enrolled(await newUser(true));
    const u = await newUser();
    const { secret } = await enrolled(u);
    const half = await login(u);
    expect(half.actor.pending).toBe('totp');
    const full = await w.services.auth.verifySecondFactor(half.actor, codeAt(secret, w.clock.now));
    later();

    expect(await w.services.auth.resetTwoFactor(admin.actor, u.id)).toEqual({
      hadTwoFactor: true,
      endedSessions: 2, // the enrolment session and the one signed in with a code
    });
    expect(await w.services.auth.authenticateSession(full.sessionToken)).toBeNull();
    const rows = await ownerSql(
      w.db,
      `select secret_encrypted, confirmed_at, reset_at from user_totp where user_id = '${u.id}'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ secret_encrypted: '', confirmed_at: null });
    expect(await ownerSql(w.db, `select 1 from recovery_codes where user_id = '${u.id}'`)).toHaveLength(0);

    // Next sign-in: the password, then enrolment (a viewer, for whom it is otherwise optional).
    const next = await login(u);
    expect(next.actor.pending).toBe('enrol-totp');
    expect((await errorOf(w.services.auth.listSessions(next.actor))).code).toBe('sign-in-step-required');
    const confirmEarly = await errorOf(w.services.auth.confirmTotpEnrolment(next.actor, '123456'));
    expect(confirmEarly.code).toBe('conflict');
    const e = await w.services.auth.startTotpEnrolment(next.actor);
    await w.services.auth.confirmTotpEnrolment(next.actor, codeAt(e.secret, w.clock.now));
    expect((await w.services.auth.authenticateSession(next.sessionToken))?.pending).toBeNull();
    later();
    expect((await login(u)).actor.pending).toBe('totp');

    const audit = await ownerSql(
      w.db,
      `select actor_user_id, details from audit_log where action = 'user.totp-reset' and target_id = '${u.id}'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_user_id: admin.actor.userId });
    expect(JSON.stringify(audit)).not.toContain(e.secret);
  });

  it('is for signed-in system administrators only; not one’s own; unknown users are not found', async () => {
    const admin = await enrolled(await newUser(true));
    const viewer = await newUser();
    const other = await newUser();
    const { actor } = await login(viewer);
    expect((await errorOf(w.services.auth.resetTwoFactor(actor, other.id))).code).toBe('forbidden');
    expect((await errorOf(w.services.auth.resetTwoFactor(admin.actor, admin.actor.userId))).code).toBe(
      'validation',
    );
    expect(
      (await errorOf(w.services.auth.resetTwoFactor(admin.actor, '00000000-0000-4000-8000-000000000000')))
        .code,
    ).toBe('not-found');
    // The database refuses a non-administrator too (the SECURITY DEFINER function checks).
    const refused = await w.db.withActor({ userId: viewer.id, organisationId: w.orgA, admin: false }, (tx) =>
      import('@steward/db').then(({ resetUserTotp }) => resetUserTotp(tx, other.id, w.clock.now)),
    );
    expect(refused).toBeNull();
  });

  it('runs as the system for the operations CLI (user without two-factor: still made to enrol)', async () => {
    const u = await newUser();
    const r = await w.services.auth.resetTwoFactor(system, u.id);
    expect(r).toEqual({ hadTwoFactor: false, endedSessions: 0 });
    expect((await login(u)).actor.pending).toBe('enrol-totp');
  });
});

describe('administrator password reset by a signed-in administrator (not the system)', () => {
  // Row-level security gives an administrator no SELECT on other users' sessions, so a plain
  // DELETE ended none of them; the reset now ends them through steward_end_user_sessions.
  it('ends every session of the user, and the database refuses a non-administrator', async () => {
    const admin = await enrolled(await newUser(true));
    const u = await newUser();
    const a = await login(u);
    const b = await login(u);
    const { temporaryPassword } = await w.services.auth.resetPassword(admin.actor, u.id);
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(16);
    expect(await w.services.auth.authenticateSession(a.sessionToken)).toBeNull();
    expect(await w.services.auth.authenticateSession(b.sessionToken)).toBeNull();
    const audit = await ownerSql<{ details: Record<string, unknown> }>(
      w.db,
      `select details from audit_log where action = 'user.password-reset' and target_id = '${u.id}'`,
    );
    expect(audit.map((r) => r.details)).toEqual([{ endedSessions: 2 }]);

    const viewer = await newUser();
    const victim = await newUser();
    const kept = await login(victim);
    const refused = await w.db.withActor({ userId: viewer.id, organisationId: w.orgA, admin: false }, (tx) =>
      import('@steward/db').then(({ endSessionsOfUserAsAdmin }) => endSessionsOfUserAsAdmin(tx, victim.id)),
    );
    expect(refused).toBeNull();
    expect(await w.services.auth.authenticateSession(kept.sessionToken)).not.toBeNull();
  });
});
