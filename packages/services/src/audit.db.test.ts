import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerSql } from '@steward/db/testing';
import { createWorld, system, type World } from './test-support/fixtures';

let w: World;
beforeAll(async () => {
  w = await createWorld();
  // a few more entries: sign-ins, a role change, a sensitive read
  const { actor } = await w.services.auth.login({
    email: w.alice.email,
    password: w.alice.password,
    ip: '10.9.0.1',
  });
  await w.services.users.changeRole(system, { userId: w.bob.id, organisationId: w.orgB, role: 'viewer' });
  await w.services.audit.recordSensitiveRead(actor, {
    targetType: 'case',
    targetId: 'case-1',
    organisationId: w.orgA,
  });
});
afterAll(async () => w?.db.close());

/** Owner-level tampering: the trigger must be disabled first (only an owner can). */
async function tamper(statements: string[]): Promise<void> {
  await ownerSql(w.db, `alter table audit_log disable trigger user`);
  try {
    for (const s of statements) await ownerSql(w.db, s);
  } finally {
    await ownerSql(w.db, `alter table audit_log enable trigger user`);
  }
}

describe('audit chain', () => {
  it('records membership changes and sensitive reads with ids only', async () => {
    const rows = await ownerSql<{
      action: string;
      details: Record<string, unknown>;
      organisation_id: string | null;
    }>(w.db, `select action, details, organisation_id from audit_log order by sequence`);
    expect(rows.map((r) => r.action)).toEqual([
      'organisation.create',
      'organisation.create',
      'user.create',
      'membership.add',
      'user.create',
      'membership.add',
      'auth.login',
      'membership.change-role',
      'sensitive.read',
    ]);
    expect(rows[7]).toEqual({
      action: 'membership.change-role',
      details: { from: 'partner-focal-point', to: 'viewer', system: 'test' },
      organisation_id: w.orgB,
    });
  });

  it('verifies an intact chain', async () => {
    expect(await w.services.audit.verify()).toEqual({ ok: true, entries: 9 });
  });

  it('detects an edited row at that row', async () => {
    await tamper([`update audit_log set outcome = 'failure' where sequence = 4`]);
    expect(await w.services.audit.verify()).toMatchObject({
      ok: false,
      entries: 3,
      brokenAt: { sequence: 4, reason: expect.stringMatching(/hash/) },
    });
    await tamper([`update audit_log set outcome = 'success' where sequence = 4`]);
    expect(await w.services.audit.verify()).toEqual({ ok: true, entries: 9 });
  });

  it('detects an edited hash at the next row', async () => {
    const [row] = await ownerSql<{ hash: string }>(w.db, `select hash from audit_log where sequence = 6`);
    await tamper([`update audit_log set hash = repeat('0', 64) where sequence = 6`]);
    const result = await w.services.audit.verify();
    expect(result).toMatchObject({ ok: false, brokenAt: { sequence: 6 } });
    await tamper([`update audit_log set hash = '${row!.hash}' where sequence = 6`]);
    expect((await w.services.audit.verify()).ok).toBe(true);
  });

  it('detects a deleted row at the row after it', async () => {
    await tamper([
      `create table audit_saved as select * from audit_log where sequence = 5`,
      `delete from audit_log where sequence = 5`,
    ]);
    expect(await w.services.audit.verify()).toMatchObject({
      ok: false,
      entries: 4,
      brokenAt: { sequence: 6, reason: expect.stringMatching(/sequence 5 is missing/) },
    });
    // deleting and renumbering to hide the gap is caught by the hash
    await tamper([
      `update audit_log set sequence = -(sequence - 1) where sequence > 5`,
      `update audit_log set sequence = -sequence where sequence < 0`,
    ]);
    expect(await w.services.audit.verify()).toMatchObject({
      ok: false,
      entries: 4,
      brokenAt: { sequence: 5, reason: expect.stringMatching(/hash/) },
    });
    await tamper([
      `update audit_log set sequence = -sequence where sequence >= 5`,
      `update audit_log set sequence = -sequence + 1 where sequence < 0`,
      `insert into audit_log select * from audit_saved`,
      `drop table audit_saved`,
    ]);
    expect(await w.services.audit.verify()).toEqual({ ok: true, entries: 9 });
  });

  it('detects reordered rows at the first moved row', async () => {
    await tamper([
      `update audit_log set sequence = -1 where sequence = 7`,
      `update audit_log set sequence = 7 where sequence = 8`,
      `update audit_log set sequence = 8 where sequence = -1`,
    ]);
    expect(await w.services.audit.verify()).toMatchObject({
      ok: false,
      entries: 6,
      brokenAt: { sequence: 7 },
    });
    await tamper([
      `update audit_log set sequence = -1 where sequence = 7`,
      `update audit_log set sequence = 7 where sequence = 8`,
      `update audit_log set sequence = 8 where sequence = -1`,
    ]);
    expect(await w.services.audit.verify()).toEqual({ ok: true, entries: 9 });
  });

  it('keeps the chain intact under concurrent appends', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        w.services.users.create(system, {
          email: `c${i}@example.org`,
          password: 'concurrent-pass-1',
          displayName: `C${i}`,
        }),
      ),
    );
    expect(await w.services.audit.verify()).toEqual({ ok: true, entries: 17 });
  });
});
