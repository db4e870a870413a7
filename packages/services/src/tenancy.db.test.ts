import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from './errors';
import { createWorld, system, type World } from './test-support/fixtures';
import type { Actor } from './types';

let w: World;
let alice: Actor;
let bobToken: string;
let bobTokenId: string;

beforeAll(async () => {
  w = await createWorld();
  alice = (await w.services.auth.login({ email: w.alice.email, password: w.alice.password, ip: '10.5.0.1' }))
    .actor;
  const bob = (await w.services.auth.login({ email: w.bob.email, password: w.bob.password, ip: '10.5.0.2' }))
    .actor;
  const t = await w.services.tokens.create(bob, { name: 'b', organisationId: w.orgB });
  bobToken = t.token;
  bobTokenId = t.id;
  await w.services.audit.recordSensitiveRead(bob, {
    targetType: 'case',
    targetId: 'b-case',
    organisationId: w.orgB,
  });
});
afterAll(async () => w?.db.close());

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (error) {
    if (error instanceof ServiceError) return error.code;
    throw error;
  }
}

describe("a user of organisation A, through the services, and organisation B's rows", () => {
  it('cannot read them', async () => {
    const users = await w.services.users.list(alice);
    expect(users.map((u) => u.id)).toEqual([w.alice.id]);
    expect(await codeOf(w.services.users.get(alice, w.bob.id))).toBe('not-found');
    expect(await w.services.users.findByEmail(alice, w.bob.email)).toBeNull();
    const audit = await w.services.audit.list(alice);
    expect(audit.filter((e) => e.organisationId === w.orgB || e.actorUserId === w.bob.id)).toEqual([]);
    expect(audit.length).toBeGreaterThan(0);
  });

  it('cannot update them', async () => {
    // the role check refuses; and forcing past it (as if A's focal point managed B) the database still refuses
    expect(
      await codeOf(
        w.services.users.changeRole(alice, { userId: w.bob.id, organisationId: w.orgB, role: 'viewer' }),
      ),
    ).toBe('forbidden');
    const forged: Actor = {
      ...alice,
      memberships: [
        ...alice.memberships,
        { organisationId: w.orgB, organisationName: 'B', acronym: 'ORGB', role: 'partner-focal-point' },
      ],
    };
    expect(
      await codeOf(
        w.services.users.changeRole(forged, { userId: w.bob.id, organisationId: w.orgB, role: 'viewer' }),
      ),
    ).toBe('not-found');
    expect(await codeOf(w.services.tokens.revoke(alice, bobTokenId))).toBe('not-found');
    expect(await w.services.auth.authenticateToken(bobToken)).not.toBeNull();
    expect(
      await codeOf(w.services.organisations.create(alice, { name: 'X', acronym: 'X', type: 'other' })),
    ).toBe('forbidden');
  });

  it('cannot delete them or join B', async () => {
    const forged: Actor = {
      ...alice,
      memberships: [
        ...alice.memberships,
        { organisationId: w.orgB, organisationName: 'B', acronym: 'ORGB', role: 'partner-focal-point' },
      ],
    };
    expect(
      await codeOf(w.services.users.removeMembership(alice, { userId: w.bob.id, organisationId: w.orgB })),
    ).toBe('forbidden');
    expect(
      await codeOf(w.services.users.removeMembership(forged, { userId: w.bob.id, organisationId: w.orgB })),
    ).toBe('not-found');
    await expect(
      w.services.users.addMembership(forged, { userId: w.alice.id, organisationId: w.orgB, role: 'viewer' }),
    ).rejects.toThrow(/row-level security/);
    const bobs = await w.services.users.list(system);
    expect(bobs.map((u) => u.id)).toContain(w.bob.id);
  });

  it('sees the shared organisation directory', async () => {
    expect((await w.services.organisations.list(alice)).map((o) => o.acronym)).toEqual(['ORGA', 'ORGB']);
  });
});

describe('permissions', () => {
  it('lets a focal point manage memberships of their own organisation only', async () => {
    const carol = await w.services.users.create(system, {
      email: 'carol@example.org',
      password: 'carol-password-1',
      displayName: 'C',
    });
    await w.services.users.addMembership(alice, {
      userId: carol.id,
      organisationId: w.orgA,
      role: 'caseworker',
    });
    await w.services.users.changeRole(alice, { userId: carol.id, organisationId: w.orgA, role: 'viewer' });
    await w.services.users.removeMembership(alice, { userId: carol.id, organisationId: w.orgA });
    expect(
      await codeOf(
        w.services.users.addMembership(alice, { userId: carol.id, organisationId: w.orgB, role: 'viewer' }),
      ),
    ).toBe('forbidden');
  });

  it('refuses membership management to a caseworker', async () => {
    await w.services.users.create(system, {
      email: 'dan@example.org',
      password: 'dan-password-12',
      displayName: 'D',
      memberships: [{ organisationId: w.orgA, role: 'caseworker' }],
    });
    const dan = (
      await w.services.auth.login({ email: 'dan@example.org', password: 'dan-password-12', ip: '10.5.0.3' })
    ).actor;
    expect(
      await codeOf(
        w.services.users.changeRole(dan, { userId: w.alice.id, organisationId: w.orgA, role: 'viewer' }),
      ),
    ).toBe('forbidden');
    expect(await codeOf(w.services.audit.list(dan))).toBe('forbidden');
  });

  it('validates input with the field named', async () => {
    await expect(
      w.services.users.create(system, { email: 'not-an-email', password: 'x'.repeat(12), displayName: 'E' }),
    ).rejects.toThrow(/^email:/);
    await expect(
      w.services.users.create(system, { email: 'e@example.org', password: 'short', displayName: 'E' }),
    ).rejects.toThrow(/^password:/);
    expect(
      await codeOf(
        w.services.users.create(system, {
          email: 'ALICE@example.org',
          password: 'x'.repeat(12),
          displayName: 'dup',
        }),
      ),
    ).toBe('conflict');
    expect(
      await codeOf(w.services.organisations.create(system, { name: 'dup', acronym: 'orga', type: 'other' })),
    ).toBe('conflict');
  });
});
