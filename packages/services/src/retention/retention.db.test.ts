// Retention and destruction on a real test database: schedule → reminder/escalation → owner
// approval → `run` destroys the stored file AND its per-file key (crypto-shredding): the
// download refuses, a copy of the old ciphertext (as a backup would hold) cannot be decrypted
// with the installation key, the file row stays as a tombstone and the audit log records
// what/when/who/how with the content hash.
import { createHash } from 'node:crypto';
import { ownerSql } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyResolver, decryptFile } from '../registry/crypto';
import type { Actor } from '../types';
import { aggregatedEntryInput, createWorld, system, type World } from '../test-support/fixtures';

let w: World;
let alice: Actor;
let bob: Actor;
let entryId: string;
let fileId: string;
const content = 'district,households\nA,120\nB,80\n';

const login = async (email: string, password: string) =>
  (await w.services.auth.login({ email, password, ip: null, userAgent: null })).actor;

beforeAll(async () => {
  w = await createWorld({ twoFactorRequired: false });
  alice = await login(w.alice.email, w.alice.password);
  bob = await login(w.bob.email, w.bob.password);
  entryId = (await w.services.registry.create(alice, aggregatedEntryInput({ title: 'Old assessment' }))).id;
  fileId = (
    await w.services.registry.uploadFile(alice, entryId, {
      name: 'old.csv',
      bytes: new TextEncoder().encode(content),
    })
  ).id;
}, 120_000);
afterAll(async () => w?.db.close());

describe('retention and destruction', () => {
  let scheduleId: string;

  it('the owner sets a schedule (period, trigger, method); others cannot see or set it', async () => {
    await expect(
      w.services.retention.setSchedule(alice, {
        registryEntryId: entryId,
        periodMonths: 12,
        trigger: 'later',
      }),
    ).rejects.toMatchObject({ code: 'validation', details: { fields: [{ path: 'trigger' }] } });
    await expect(
      w.services.retention.setSchedule(bob, {
        registryEntryId: entryId,
        periodMonths: 12,
        trigger: 'collection',
        triggerOn: '2024-01-15',
        destructionMethod: 'Crypto-shredding',
      }),
    ).rejects.toMatchObject({ code: 'validation', details: { fields: [{ path: 'registryEntryId' }] } });
    const s = await w.services.retention.setSchedule(alice, {
      registryEntryId: entryId,
      periodMonths: 12,
      trigger: 'collection',
      triggerOn: '2024-01-15',
      destructionMethod: 'Crypto-shredding',
    });
    scheduleId = s.id;
    // Due 2025-01-15; the world's clock is 2026-03-01: overdue.
    expect(s).toMatchObject({
      dueOn: '2025-01-15',
      status: 'overdue',
      approved: false,
      target: 'Old assessment',
    });
    expect(await w.services.retention.list(bob)).toEqual([]);
    expect(await w.services.retention.counts(alice)).toEqual({ due: 0, overdue: 1 });
  });

  it('an unapproved overdue schedule is escalated, never destroyed', async () => {
    const dry = await w.services.retention.run(system, { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, destroyed: [], escalated: [scheduleId] });
    const run = await w.services.retention.run(system, { dryRun: false });
    expect(run.escalated).toEqual([scheduleId]);
    expect(run.destroyed).toEqual([]);
    const notes = await w.services.sharing.notifications(alice);
    expect(notes.some((n) => n.kind === 'retention-overdue')).toBe(true);
    // Escalated once only.
    expect((await w.services.retention.run(system, { dryRun: false })).escalated).toEqual([]);
    expect((await w.services.registry.downloadFile(alice, entryId, fileId)).bytes.length).toBe(
      content.length,
    );
  });

  it('after approval the run destroys the file and its key; the tombstone and the audit log prove it', async () => {
    await expect(w.services.retention.approve(bob, scheduleId)).rejects.toMatchObject({ code: 'not-found' });
    await w.services.retention.approve(alice, scheduleId);
    const sha = createHash('sha256').update(content).digest('hex');
    const dry = await w.services.retention.run(system, { dryRun: true });
    expect(dry.destroyed).toEqual([
      expect.objectContaining({
        scheduleId,
        registryEntryId: entryId,
        method: 'Crypto-shredding',
        files: [expect.objectContaining({ fileId, sha256: sha, keyDestroyed: true })],
      }),
    ]);
    // A dry run changes nothing.
    expect((await w.services.registry.downloadFile(alice, entryId, fileId)).bytes.length).toBe(
      content.length,
    );
    // What a backup taken now would hold.
    const [before] = await ownerSql<{
      iv: Uint8Array;
      auth_tag: Uint8Array;
      ciphertext: Uint8Array;
      key_id: string;
    }>(w.db, `select iv, auth_tag, ciphertext, key_id from registry_files where id = '${fileId}'`);
    const run = await w.services.retention.run(system, { dryRun: false });
    expect(run.destroyed.map((d) => d.files.map((f) => f.fileId))).toEqual([[fileId]]);

    await expect(w.services.registry.downloadFile(alice, entryId, fileId)).rejects.toMatchObject({
      code: 'not-found',
      details: { reason: 'destroyed' },
    });
    const [after] = await ownerSql<{
      ciphertext: Uint8Array;
      data_key: Uint8Array | null;
      name: string;
      sha256: string;
    }>(
      w.db,
      `select ciphertext, data_key, name, sha256, destroyed_at from registry_files where id = '${fileId}'`,
    );
    expect(after!.ciphertext.length).toBe(0);
    expect(after!.data_key).toBeNull();
    expect(after).toMatchObject({ name: 'old.csv', sha256: sha });
    // The old ciphertext cannot be decrypted without its (destroyed) data key.
    const keys = createKeyResolver({
      db: w.db,
      randomBytes: () => new Uint8Array(32),
      clock: () => w.clock.now,
    });
    const master = await keys.keyById(before!.key_id);
    expect(() =>
      decryptFile(
        master,
        { iv: before!.iv, authTag: before!.auth_tag, ciphertext: before!.ciphertext },
        entryId,
        1,
      ),
    ).toThrow();

    const audit = await ownerSql<{ action: string; details: Record<string, unknown>; occurred_at: Date }>(
      w.db,
      `select action, details, occurred_at from audit_log where target_id = '${fileId}' and action = 'retention.file-destroyed'`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({
      entryId,
      sha256: sha,
      method: 'Crypto-shredding',
      approvedBy: w.alice.id,
      system: 'test',
    });
    // The entry keeps its record; the schedule is done; a second run destroys nothing.
    expect((await w.services.registry.get(alice, entryId)).title).toBe('Old assessment');
    expect((await w.services.retention.list(alice))[0]).toMatchObject({ status: 'destroyed' });
    expect((await w.services.retention.run(system, { dryRun: false })).destroyed).toEqual([]);
    await expect(w.services.retention.run(alice, { dryRun: true })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
