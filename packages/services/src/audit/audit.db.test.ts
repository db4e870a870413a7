import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { auditChainPage, type AuditRow } from '@steward/db';
import { ownerSql } from '@steward/db/testing';
import { createWorld, system, type World } from '../test-support/fixtures';
import { appendAudit, auditHash } from './chain';
import { keyIdOf, openCheckpoint, signCheckpoint, type AuditCheckpoint } from './checkpoint';

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
    expect(await w.services.audit.verify()).toMatchObject({ ok: true, entries: 9 });
  });

  it('detects an edited row at that row', async () => {
    await tamper([`update audit_log set outcome = 'failure' where sequence = 4`]);
    expect(await w.services.audit.verify()).toMatchObject({
      ok: false,
      entries: 3,
      brokenAt: { sequence: 4, reason: expect.stringMatching(/hash/) },
    });
    await tamper([`update audit_log set outcome = 'success' where sequence = 4`]);
    expect(await w.services.audit.verify()).toMatchObject({ ok: true, entries: 9 });
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
    expect(await w.services.audit.verify()).toMatchObject({ ok: true, entries: 9 });
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
    expect(await w.services.audit.verify()).toMatchObject({ ok: true, entries: 9 });
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
    expect(await w.services.audit.verify()).toMatchObject({ ok: true, entries: 17 });
  });
});

/** Rows as the owner reads them, for rewriting the chain like a database superuser would. */
async function chainRows(): Promise<AuditRow[]> {
  return w.db.asSystem('test', (tx) => auditChainPage(tx, 0, 10_000));
}

const quote = (value: unknown) => `'${String(value).replace(/'/g, "''")}'`;

describe('audit chain can be rewritten (issue 7 §6): signed checkpoints catch it', () => {
  let checkpoint: AuditCheckpoint;
  const { privateKey } = generateKeyPairSync('ed25519');
  const other = generateKeyPairSync('ed25519');

  beforeAll(async () => {
    checkpoint = await w.services.audit.checkpoint(privateKey);
    await ownerSql(w.db, `create table audit_saved as select * from audit_log`);
  });

  /** Puts the saved, intact log back after each tampering. */
  async function restore(): Promise<void> {
    await tamper([`delete from audit_log`, `insert into audit_log select * from audit_saved`]);
    expect(await w.services.audit.verify({ checkpoint })).toMatchObject({ ok: true });
  }

  it('signs the head: sequence, hash, Ed25519 signature, the public key inside', async () => {
    const rows = await chainRows();
    const last = rows.at(-1)!;
    expect(checkpoint).toMatchObject({
      format: 'steward-audit-checkpoint/1',
      sequence: last.sequence,
      hash: last.hash,
      headOccurredAt: last.occurredAt.toISOString(),
      signedAt: w.clock.now.toISOString(),
      keyId: keyIdOf(createPublicKey(privateKey)),
    });
    expect(openCheckpoint(JSON.stringify(checkpoint), createPublicKey(privateKey))).toEqual(checkpoint);
    expect(await w.services.audit.verify({ checkpoint })).toEqual({
      ok: true,
      entries: last.sequence,
      head: { sequence: last.sequence, hash: last.hash },
      checkpoint: { sequence: last.sequence },
    });
  });

  it('refuses an altered or foreign checkpoint', async () => {
    await expect(
      w.services.audit.verify({ checkpoint: { ...checkpoint, sequence: checkpoint.sequence - 1 } }),
    ).rejects.toMatchObject({ code: 'validation', message: expect.stringMatching(/signature/) });
    const forged = signCheckpoint(
      { sequence: 1, hash: checkpoint.hash, occurredAt: null },
      other.privateKey,
      new Date(),
    );
    expect(openCheckpoint(forged).keyId).not.toBe(checkpoint.keyId);
    await expect(
      w.services.audit.verify({ checkpoint: forged, trustedPublicKey: createPublicKey(privateKey) }),
    ).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringMatching(/not by this installation's key/),
    });
    await expect(w.services.audit.verify({ checkpoint: 'not json' })).rejects.toMatchObject({
      code: 'validation',
    });
  });

  it('detects an edited row', async () => {
    await tamper([`update audit_log set outcome = 'failure' where sequence = 3`]);
    expect(await w.services.audit.verify({ checkpoint })).toMatchObject({
      ok: false,
      brokenAt: { sequence: 3 },
    });
    await restore();
  });

  it('detects a deleted row', async () => {
    await tamper([`delete from audit_log where sequence = 4`]);
    expect(await w.services.audit.verify({ checkpoint })).toMatchObject({
      ok: false,
      brokenAt: { sequence: 5 },
    });
    await restore();
  });

  it('detects reordered rows', async () => {
    await tamper([
      `update audit_log set sequence = -1 where sequence = 2`,
      `update audit_log set sequence = 2 where sequence = 3`,
      `update audit_log set sequence = 3 where sequence = -1`,
    ]);
    expect(await w.services.audit.verify({ checkpoint })).toMatchObject({
      ok: false,
      brokenAt: { sequence: 2 },
    });
    await restore();
  });

  it('detects a rewritten chain with every hash recomputed, which passes without a checkpoint', async () => {
    // A superuser edits entry 3 and deletes entry 6, then renumbers and rehashes the rest.
    const rows = (await chainRows()).filter((r) => r.sequence !== 6);
    let previous = '';
    const statements = [`delete from audit_log`];
    rows.forEach((row, i) => {
      const { hash: _old, ...entry } = row;
      const rewritten = { ...entry, sequence: i + 1, outcome: row.sequence === 3 ? 'failure' : row.outcome };
      const hash = auditHash(previous, rewritten);
      previous = hash;
      statements.push(
        `insert into audit_log (sequence, occurred_at, actor_user_id, actor_organisation_id, organisation_id, action, target_type, target_id, outcome, details, hash) values (${rewritten.sequence}, ${quote(rewritten.occurredAt.toISOString())}, ${rewritten.actorUserId ? quote(rewritten.actorUserId) : 'null'}, ${rewritten.actorOrganisationId ? quote(rewritten.actorOrganisationId) : 'null'}, ${rewritten.organisationId ? quote(rewritten.organisationId) : 'null'}, ${quote(rewritten.action)}, ${quote(rewritten.targetType)}, ${rewritten.targetId ? quote(rewritten.targetId) : 'null'}, ${quote(rewritten.outcome)}, ${quote(JSON.stringify(rewritten.details))}::jsonb, ${quote(hash)})`,
      );
    });
    // …and appends one more entry so the log is as long as before.
    const last = rows.at(-1)!;
    const extra = { ...last, sequence: rows.length + 1, action: 'auth.logout' };
    const { hash: _h, ...extraEntry } = extra;
    statements.push(
      `insert into audit_log (sequence, occurred_at, actor_user_id, actor_organisation_id, organisation_id, action, target_type, target_id, outcome, details, hash) values (${extra.sequence}, now(), ${extra.actorUserId ? quote(extra.actorUserId) : 'null'}, null, null, 'auth.logout', 'user', null, 'success', '{}'::jsonb, 'x')`,
    );
    await tamper(statements);
    // fix the extra entry's hash to match what was stored
    const [stored] = (await chainRows()).slice(-1);
    const { hash: _x, ...storedEntry } = stored!;
    await tamper([
      `update audit_log set hash = ${quote(auditHash(previous, storedEntry))} where sequence = ${extra.sequence}`,
    ]);
    expect(extraEntry.sequence).toBe(checkpoint.sequence);
    expect(await w.services.audit.verify()).toMatchObject({ ok: true, entries: checkpoint.sequence });
    expect(await w.services.audit.verify({ checkpoint })).toMatchObject({
      ok: false,
      brokenAt: {
        sequence: checkpoint.sequence,
        reason: expect.stringMatching(/differs from the signed checkpoint/),
      },
    });
    await restore();
  });

  it('detects a dropped tail, which passes without a checkpoint', async () => {
    await tamper([`delete from audit_log where sequence > ${checkpoint.sequence - 2}`]);
    expect(await w.services.audit.verify()).toMatchObject({ ok: true });
    expect(await w.services.audit.verify({ checkpoint })).toMatchObject({
      ok: false,
      entries: checkpoint.sequence - 2,
      brokenAt: { sequence: checkpoint.sequence - 1, reason: expect.stringMatching(/removed from the end/) },
    });
    await restore();
  });

  it('detects a truncated (emptied) log, which passes without a checkpoint', async () => {
    await tamper([`truncate audit_log`]);
    expect(await w.services.audit.verify()).toEqual({
      ok: true,
      entries: 0,
      head: { sequence: 0, hash: '' },
    });
    expect(await w.services.audit.verify({ checkpoint })).toMatchObject({
      ok: false,
      entries: 0,
      brokenAt: { sequence: 1, reason: expect.stringMatching(/removed from the end/) },
    });
    await restore();
  });

  it('accepts entries appended after the checkpoint', async () => {
    await w.services.audit.recordSensitiveRead(await signIn(), {
      targetType: 'case',
      targetId: 'c-9',
      organisationId: w.orgA,
    });
    expect(await w.services.audit.verify({ checkpoint })).toMatchObject({
      ok: true,
      entries: checkpoint.sequence + 2,
      checkpoint: { sequence: checkpoint.sequence },
    });
  });

  it('refuses to sign a broken chain', async () => {
    await tamper([`update audit_log set outcome = 'denied' where sequence = 2`]);
    await expect(w.services.audit.checkpoint(privateKey)).rejects.toMatchObject({ code: 'conflict' });
    await tamper([`delete from audit_log`, `insert into audit_log select * from audit_saved`]);
  });
});

async function signIn() {
  return (await w.services.auth.login({ email: w.alice.email, password: w.alice.password, ip: '10.9.0.2' }))
    .actor;
}

describe('the application role can insert an entry with no actor (issue 7 §6): refused by the database', () => {
  const entry = (over: Partial<Parameters<typeof appendAudit>[2]> = {}) => ({
    action: 'registry.entry-deleted' as const,
    targetType: 'registry-entry',
    targetId: 'e-1',
    organisationId: w.orgA,
    actorUserId: null,
    actorOrganisationId: null,
    ...over,
  });

  it('refuses a correctly chained entry without an actor from the application role', async () => {
    await expect(
      w.db.withActor({ userId: w.alice.id }, (tx) => appendAudit(tx, w.clock.now, entry())),
    ).rejects.toMatchObject({ code: '23502' });
    await expect(w.db.withAnonymous((tx) => appendAudit(tx, w.clock.now, entry()))).rejects.toMatchObject({
      code: '23502',
    });
  });

  it('refuses another user as actor, and system entries, from the application role', async () => {
    await expect(
      w.db.withActor({ userId: w.alice.id }, (tx) =>
        appendAudit(tx, w.clock.now, entry({ actorUserId: w.bob.id, actorOrganisationId: w.orgB })),
      ),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      w.db.withActor({ userId: w.alice.id }, (tx) =>
        appendAudit(tx, w.clock.now, entry({ actorUserId: w.alice.id, details: { system: 'cli' } })),
      ),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it('refuses an owner entry that names neither a user nor a system reason', async () => {
    await expect(w.db.asSystem('test', (tx) => appendAudit(tx, w.clock.now, entry()))).rejects.toMatchObject({
      code: '23502',
    });
  });

  it("still records the actor's own entries, system work and anonymous failed sign-ins", async () => {
    const before = (await w.services.audit.verify()).entries;
    await w.db.withActor({ userId: w.alice.id }, (tx) =>
      appendAudit(tx, w.clock.now, entry({ actorUserId: w.alice.id, actorOrganisationId: w.orgA })),
    );
    await w.db.asSystem('test', (tx) => appendAudit(tx, w.clock.now, entry({ details: { system: 'test' } })));
    await expect(
      w.services.auth.login({ email: 'nobody@example.org', password: 'wrong-password-1', ip: '10.9.0.3' }),
    ).rejects.toMatchObject({ code: 'invalid-credentials' });
    expect(await w.services.audit.verify()).toMatchObject({ ok: true, entries: before + 3 });
  });
});
