import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerSql } from '@steward/db/testing';
import { ServiceError } from '../errors';
import { createWorld, system, type World } from '../test-support/fixtures';

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

describe('sign-in', () => {
  it('signs in with the right password (any e-mail case) and returns a session actor', async () => {
    const result = await w.services.auth.login({
      email: 'ALICE@example.org',
      password: w.alice.password,
      ip: '10.0.0.1',
      userAgent: 'test',
    });
    expect(result.actor).toMatchObject({
      userId: w.alice.id,
      via: 'session',
      activeOrganisationId: w.orgA,
      isAdmin: false,
    });
    expect(result.actor.memberships).toEqual([
      {
        organisationId: w.orgA,
        organisationName: 'Organisation A',
        acronym: 'ORGA',
        role: 'partner-focal-point',
      },
    ]);
    expect(result.sessionToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.csrfToken).not.toBe(result.sessionToken);
    const actor = await w.services.auth.authenticateSession(result.sessionToken);
    expect(actor).toMatchObject({
      userId: w.alice.id,
      csrfToken: result.csrfToken,
      sessionId: result.actor.sessionId,
    });
    // only the hash is stored
    const stored = await ownerSql<{ token_hash: string }>(
      w.db,
      `select token_hash from sessions where id = '${result.actor.sessionId}'`,
    );
    expect(stored[0]?.token_hash).not.toBe(result.sessionToken);
    expect(stored[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects a wrong password or unknown account with the same error, and audits both without the e-mail', async () => {
    expect(
      (await errorOf(w.services.auth.login({ email: w.alice.email, password: 'wrong', ip: '10.0.0.2' })))
        .code,
    ).toBe('invalid-credentials');
    expect(
      (
        await errorOf(
          w.services.auth.login({ email: 'nobody@example.org', password: 'wrong', ip: '10.0.0.2' }),
        )
      ).code,
    ).toBe('invalid-credentials');
    const rows = await ownerSql<{
      target_id: string | null;
      outcome: string;
      details: Record<string, unknown>;
    }>(
      w.db,
      `select target_id, outcome, details from audit_log where action = 'auth.login' and outcome = 'failure' order by sequence`,
    );
    expect(rows).toEqual([
      { target_id: w.alice.id, outcome: 'failure', details: { reason: 'bad-password' } },
      { target_id: null, outcome: 'failure', details: { reason: 'unknown-account' } },
    ]);
    const all = JSON.stringify(await ownerSql(w.db, `select * from audit_log`));
    expect(all).not.toContain('example.org');
    expect(all).not.toContain('wrong');
    const successes = await ownerSql(
      w.db,
      `select 1 from audit_log where action = 'auth.login' and outcome = 'success' and actor_user_id = '${w.alice.id}'`,
    );
    expect(successes.length).toBeGreaterThan(0);
  });

  it('issue 7: known and unknown e-mails get the same answers, with the same progressive delays', async () => {
    await w.services.users.create(system, {
      email: 'known7@example.org',
      password: 'known7-password-123',
      displayName: 'Known',
      memberships: [{ organisationId: w.orgA, role: 'viewer' }],
    });
    // Each address tries from its own IP so only the account identifier rule applies.
    async function run(email: string, ipBase: string): Promise<string[]> {
      const seen: string[] = [];
      const start = w.clock.now;
      for (let i = 0; i < 9; i++) {
        const e = await errorOf(
          w.services.auth.login({ email, password: `nope-${i}`, ip: `${ipBase}.${i}` }),
        );
        seen.push(`${e.code}:${String(e.details?.retryAfterSeconds ?? '')}`);
        // wait out each delay
        if (e.details?.retryAfterSeconds)
          w.clock.now = new Date(w.clock.now.getTime() + Number(e.details.retryAfterSeconds) * 1000);
      }
      w.clock.now = start;
      return seen;
    }
    const known = await run('known7@example.org', '10.7.1');
    const unknown = await run('unknown7@example.org', '10.7.2');
    expect(known).toEqual(unknown);
    expect(known).toEqual([
      'invalid-credentials:',
      'invalid-credentials:',
      'invalid-credentials:',
      'invalid-credentials:',
      'invalid-credentials:', // the fifth failure starts the delays
      'account-locked:30', // waited out
      'invalid-credentials:',
      'account-locked:60', // doubled
      'invalid-credentials:',
    ]);
  });

  it('issue 7: the owner is delayed, not locked out; the delay doubles up to 15 minutes and is then forgotten', async () => {
    const email = 'lock@example.org';
    const password = 'lock-password-123';
    await w.services.users.create(system, {
      email,
      password,
      displayName: 'Lock',
      memberships: [{ organisationId: w.orgA, role: 'viewer' }],
    });
    for (let i = 0; i < 5; i++) {
      expect(
        (await errorOf(w.services.auth.login({ email, password: 'nope', ip: `10.1.0.${i}` }))).code,
      ).toBe('invalid-credentials');
    }
    const waiting = await errorOf(w.services.auth.login({ email, password, ip: '10.1.0.9' }));
    expect(waiting.code).toBe('account-locked');
    expect(waiting.details?.retryAfterSeconds).toBe(30);
    expect(waiting.message).toBe('Too many failed sign-in attempts. Try again in 1 minute.');
    // 30 seconds later the owner signs in (was: locked for 15 minutes)
    w.clock.now = new Date(w.clock.now.getTime() + 30_000);
    expect((await w.services.auth.login({ email, password, ip: '10.1.0.10' })).actor.email).toBe(email);

    // an attacker keeps failing: 30 s, 60 s, 120 s … at most 15 minutes between attempts
    const delays: number[] = [];
    for (let i = 0; i < 17; i++) {
      const e = await errorOf(w.services.auth.login({ email, password: 'nope', ip: `10.1.1.${i}` }));
      if (e.code === 'account-locked') {
        const seconds = Number(e.details?.retryAfterSeconds);
        delays.push(seconds);
        w.clock.now = new Date(w.clock.now.getTime() + seconds * 1000);
      }
    }
    expect(delays).toEqual([30, 60, 120, 240, 480, 900]);
    // attempts during a wait do not lengthen it
    await errorOf(w.services.auth.login({ email, password: 'nope', ip: '10.1.2.1' }));
    const during = await errorOf(w.services.auth.login({ email, password: 'nope', ip: '10.1.2.2' }));
    expect(during.code).toBe('account-locked');
    expect(during.details?.retryAfterSeconds).toBe(900);
    // 15 minutes after the wait ends without a failure the counter is forgotten
    w.clock.now = new Date(w.clock.now.getTime() + 30 * 60_000);
    expect((await errorOf(w.services.auth.login({ email, password: 'nope', ip: '10.1.2.3' }))).code).toBe(
      'invalid-credentials',
    );
    expect((await w.services.auth.login({ email, password, ip: '10.1.2.4' })).actor.email).toBe(email);
  });

  it('delays an IP address that fails against many accounts', async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < 20; i++) {
      expect(
        (await errorOf(w.services.auth.login({ email: `nobody${i}@example.org`, password: 'x', ip }))).code,
      ).toBe('invalid-credentials');
    }
    const delayed = await errorOf(
      w.services.auth.login({ email: w.bob.email, password: w.bob.password, ip }),
    );
    expect(delayed.code).toBe('account-locked');
    expect(delayed.details?.retryAfterSeconds).toBe(30);
    // another address is not affected
    expect(
      (await w.services.auth.login({ email: w.bob.email, password: w.bob.password, ip: '192.0.2.78' })).actor
        .userId,
    ).toBe(w.bob.id);
  });

  it('refuses a disabled account', async () => {
    const email = 'disabled@example.org';
    const password = 'disabled-password';
    const user = await w.services.users.create(system, {
      email,
      password,
      displayName: 'Off',
      memberships: [{ organisationId: w.orgA, role: 'viewer' }],
    });
    const session = await w.services.auth.login({ email, password, ip: '10.2.0.1' });
    await ownerSql(w.db, `update users set disabled = true where id = '${user.id}'`);
    expect((await errorOf(w.services.auth.login({ email, password, ip: '10.2.0.1' }))).code).toBe(
      'account-disabled',
    );
    expect(await w.services.auth.authenticateSession(session.sessionToken)).toBeNull();
  });
});

describe('sessions', () => {
  it('expire after the idle time and slide with use', async () => {
    const start = w.clock.now;
    const { sessionToken } = await w.services.auth.login({
      email: w.alice.email,
      password: w.alice.password,
      ip: '10.3.0.1',
    });
    w.clock.now = new Date(start.getTime() + 50 * 60_000);
    expect(await w.services.auth.authenticateSession(sessionToken)).not.toBeNull(); // slides to +110 min
    w.clock.now = new Date(start.getTime() + 100 * 60_000);
    expect(await w.services.auth.authenticateSession(sessionToken)).not.toBeNull(); // slides to +160 min
    w.clock.now = new Date(start.getTime() + 161 * 60_000);
    expect(await w.services.auth.authenticateSession(sessionToken)).toBeNull();
    expect(await w.services.auth.authenticateSession(sessionToken)).toBeNull(); // deleted
    expect(await w.services.auth.authenticateSession('not-a-token')).toBeNull();
    expect(await w.services.auth.authenticateSession('')).toBeNull();
  });

  it('ends at logout', async () => {
    const { sessionToken, actor } = await w.services.auth.login({
      email: w.alice.email,
      password: w.alice.password,
      ip: '10.3.0.2',
    });
    await w.services.auth.logout(actor);
    expect(await w.services.auth.authenticateSession(sessionToken)).toBeNull();
  });

  it('switches the active organisation only to one the user belongs to', async () => {
    await w.services.users.addMembership(system, {
      userId: w.alice.id,
      organisationId: w.orgB,
      role: 'viewer',
    });
    const { sessionToken, actor } = await w.services.auth.login({
      email: w.alice.email,
      password: w.alice.password,
      ip: '10.3.0.3',
    });
    expect(actor.memberships.map((m) => m.acronym)).toEqual(['ORGA', 'ORGB']);
    const switched = await w.services.auth.setActiveOrganisation(actor, w.orgB);
    expect(switched.activeOrganisationId).toBe(w.orgB);
    expect((await w.services.auth.authenticateSession(sessionToken))?.activeOrganisationId).toBe(w.orgB);
    const other = await w.services.organisations.create(system, {
      name: 'Organisation C',
      acronym: 'ORGC',
      type: 'other',
    });
    expect((await errorOf(w.services.auth.setActiveOrganisation(actor, other.id))).code).toBe('forbidden');
    await w.services.users.removeMembership(system, { userId: w.alice.id, organisationId: w.orgB });
    // the session falls back to a remaining membership
    expect((await w.services.auth.authenticateSession(sessionToken))?.activeOrganisationId).toBe(w.orgA);
  });
});

describe('API tokens', () => {
  it('are stw_-prefixed, stored hashed, scoped to one organisation and revocable', async () => {
    await w.services.users.addMembership(system, {
      userId: w.bob.id,
      organisationId: w.orgA,
      role: 'viewer',
    });
    const { actor } = await w.services.auth.login({
      email: w.bob.email,
      password: w.bob.password,
      ip: '10.4.0.1',
    });
    const created = await w.services.tokens.create(actor, {
      name: 'cli',
      organisationId: w.orgB,
      expiresInDays: 30,
    });
    expect(created.token).toMatch(/^stw_[A-Za-z0-9_-]{43}$/);
    const stored = await ownerSql<{ token_hash: string }>(
      w.db,
      `select token_hash from api_tokens where id = '${created.id}'`,
    );
    expect(stored[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);

    const tokenActor = await w.services.auth.authenticateToken(`Bearer ${created.token}`);
    expect(tokenActor).toMatchObject({ via: 'token', activeOrganisationId: w.orgB, tokenId: created.id });
    expect(tokenActor?.memberships.map((m) => m.organisationId)).toEqual([w.orgB]);
    // scope holds in the database too: through the token Bob sees no membership of A
    const visible = await w.services.users.list(tokenActor!);
    expect(visible.map((u) => u.id).sort()).toEqual([w.bob.id]);
    expect((await errorOf(w.services.auth.setActiveOrganisation(tokenActor!, w.orgA))).code).toBe(
      'forbidden',
    );

    // not for an organisation one does not belong to
    const c = await w.services.organisations.create(system, {
      name: 'Organisation D',
      acronym: 'ORGD',
      type: 'other',
    });
    expect((await errorOf(w.services.tokens.create(actor, { name: 'x', organisationId: c.id }))).code).toBe(
      'forbidden',
    );

    expect((await w.services.tokens.list(actor)).map((t) => t.id)).toContain(created.id);
    await w.services.tokens.revoke(actor, created.id);
    expect(await w.services.auth.authenticateToken(created.token)).toBeNull();
    expect((await errorOf(w.services.tokens.revoke(actor, created.id))).code).toBe('not-found');
  });

  it('expire', async () => {
    const { actor } = await w.services.auth.login({
      email: w.bob.email,
      password: w.bob.password,
      ip: '10.4.0.2',
    });
    const created = await w.services.tokens.create(actor, {
      name: 'short',
      organisationId: w.orgB,
      expiresInDays: 1,
    });
    expect(await w.services.auth.authenticateToken(created.token)).not.toBeNull();
    w.clock.now = new Date(w.clock.now.getTime() + 86_400_000 + 1);
    expect(await w.services.auth.authenticateToken(created.token)).toBeNull();
    expect(await w.services.auth.authenticateToken('stw_unknown')).toBeNull();
    expect(await w.services.auth.authenticateToken('other')).toBeNull();
  });
});
