import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from './errors';
import { createWorld, system, type World } from './test-support/fixtures';
import type { Actor } from './types';

let w: World;
let alice: Actor;
beforeAll(async () => {
  w = await createWorld();
  alice = (await w.services.auth.login({ email: w.alice.email, password: w.alice.password })).actor;
});
afterAll(async () => w?.db.close());

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    if (error instanceof ServiceError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('users.listMembers', () => {
  it("lists an organisation's members with their roles, sorted by e-mail", async () => {
    const carol = await w.services.users.create(system, {
      email: 'carol@example.org',
      displayName: 'Viewer A',
      password: 'carol-password-123',
      memberships: [{ organisationId: w.orgA, role: 'viewer' }],
    });
    const members = await w.services.users.listMembers(alice, w.orgA);
    expect(members).toEqual([
      {
        userId: w.alice.id,
        email: 'alice@example.org',
        displayName: 'Focal A',
        organisationId: w.orgA,
        role: 'partner-focal-point',
      },
      {
        userId: carol.id,
        email: 'carol@example.org',
        displayName: 'Viewer A',
        organisationId: w.orgA,
        role: 'viewer',
      },
    ]);
    expect((await w.services.users.listMembers(system, w.orgB)).map((m) => m.email)).toEqual([
      'bob@example.org',
    ]);
  });

  it("refuses another organisation's members and a role without user.list", async () => {
    expect(await codeOf(w.services.users.listMembers(alice, w.orgB))).toBe('forbidden');
    const viewer = (
      await w.services.auth.login({ email: 'carol@example.org', password: 'carol-password-123' })
    ).actor;
    expect(await codeOf(w.services.users.listMembers(viewer, w.orgA))).toBe('forbidden');
  });

  it('an unknown organisation is not-found', async () => {
    expect(await codeOf(w.services.users.listMembers(system, '00000000-0000-4000-8000-000000000000'))).toBe(
      'not-found',
    );
  });
});
