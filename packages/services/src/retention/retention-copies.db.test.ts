// The owner's "destroy now" and the recipients' confirmations (issue 11 §4, domain notes §13), on a
// real test database: destroying an entry shared under an agreement asks the recipient to destroy
// its copy; only the recipient confirms (once, saying how); the owner sees the confirmation; the
// audit log records the request and the confirmation; other organisations see nothing.
import { appRoleSql, ownerSql } from '@steward/db/testing';
import { insertIspVersion } from '@steward/db/repositories/isp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIsp } from '../demo/registry-demo';
import type { Actor } from '../types';
import {
  aggregatedEntryInput,
  createWorld,
  signedOffDia,
  system,
  type World,
} from '../test-support/fixtures';

let w: World;
let alice: Actor;
let bob: Actor;
let entryId: string;
let fileId: string;
let agreementId: string;

const login = async (email: string, password: string) =>
  (await w.services.auth.login({ email, password, ip: null, userAgent: null })).actor;

beforeAll(async () => {
  w = await createWorld({ twoFactorRequired: false });
  // An endorsed ISP, so that the entry can be shared under an agreement.
  await w.db.asSystem('test', (tx) => {
    const isp = demoIsp(w.clock.now);
    return insertIspVersion(tx, {
      version: isp.version,
      status: 'endorsed',
      context: isp.context,
      reviewDue: isp.reviewDue,
      document: isp,
      basedOnId: null,
      createdAt: w.clock.now,
      createdBy: null,
      updatedAt: w.clock.now,
      endorsedAt: w.clock.now,
    });
  });
  alice = await login(w.alice.email, w.alice.password);
  bob = await login(w.bob.email, w.bob.password);
  entryId = (
    await w.services.registry.create(
      alice,
      aggregatedEntryInput({ title: 'Shared totals', sharedWithCluster: true }),
    )
  ).id;
  fileId = (
    await w.services.registry.uploadFile(alice, entryId, {
      name: 'totals.csv',
      bytes: new TextEncoder().encode('district,households\nA,120\nB,80\n'),
    })
  ).id;
  const req = await w.services.sharing.createRequest(bob, {
    registryEntryId: entryId,
    purpose: 'Joint analysis of needs by district.',
    intendedUse: 'Aggregated outputs in the cluster bulletin.',
    recipients: 'B IM team',
    requestedDurationDays: 30,
    contactEmail: 'im@b.example.org',
  });
  // A new partner flow: A's DIA covers it (decision 0024).
  await signedOffDia(w, alice, [entryId]);
  agreementId = (
    await w.services.sharing.approve(alice, req.id, {
      conditions: [],
      startsOn: '2026-03-01',
      expiresOn: '2026-03-31',
      signatories: [{ name: 'Focal A', role: 'Provider', organisation: 'ORGA', signedOn: '2026-03-01' }],
    })
  ).id;
}, 120_000);
afterAll(async () => w?.db.close());

describe('destroy now and shared copies', () => {
  let scheduleId: string;

  it('destroy now needs approval and a period that has ended', async () => {
    const future = await w.services.retention.setSchedule(alice, {
      registryEntryId: entryId,
      periodMonths: 120,
      trigger: 'collection',
      triggerOn: '2025-06-01',
      destructionMethod: 'Crypto-shredding',
    });
    await w.services.retention.approve(alice, future.id);
    await expect(w.services.retention.destroyNow(alice, future.id)).rejects.toMatchObject({
      code: 'conflict',
      details: { reason: 'not-due' },
    });
    // the schedule is replaced (due 2026-02-01, clock 2026-03-01): approval is asked again
    const due = await w.services.retention.setSchedule(alice, {
      registryEntryId: entryId,
      periodMonths: 8,
      trigger: 'collection',
      triggerOn: '2025-06-01',
      destructionMethod: 'Crypto-shredding',
    });
    scheduleId = due.id;
    expect(due).toMatchObject({ status: 'due', approved: false, copies: [], destroyedFiles: [] });
    await expect(w.services.retention.destroyNow(alice, scheduleId)).rejects.toMatchObject({
      code: 'conflict',
      details: { reason: 'not-approved' },
    });
    await expect(w.services.retention.destroyNow(bob, scheduleId)).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('the owner destroys: files and keys gone, tombstones shown, the recipient is asked to destroy its copy', async () => {
    await w.services.retention.approve(alice, scheduleId);
    const done = await w.services.retention.destroyNow(alice, scheduleId);
    expect(done).toMatchObject({
      status: 'destroyed',
      destroyedFiles: [expect.objectContaining({ name: 'totals.csv', version: 1 })],
      copies: [expect.objectContaining({ agreementId, recipient: 'ORGB', confirmedAt: null })],
    });
    await expect(w.services.registry.downloadFile(alice, entryId, fileId)).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(w.services.retention.destroyNow(alice, scheduleId)).rejects.toMatchObject({
      code: 'conflict',
    });
    const notes = await w.services.sharing.notifications(bob);
    expect(notes.some((n) => n.kind === 'retention-destroy-copy')).toBe(true);
    // the retention run finds nothing left to do for it
    expect((await w.services.retention.run(system, { dryRun: true })).destroyed).toEqual([]);
  });

  it('only the recipient confirms, once, saying how; the owner sees it; the audit log records both', async () => {
    const [copy] = await w.services.retention.copies(bob);
    expect(copy).toMatchObject({ agreementId, owner: 'ORGA', recipient: 'ORGB', confirmedAt: null });
    expect(await w.services.retention.copies(alice)).toEqual([]);
    await expect(
      w.services.retention.confirmCopy(alice, copy!.id, { method: 'Deleted' }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(w.services.retention.confirmCopy(bob, copy!.id, { method: ' ' })).rejects.toMatchObject({
      code: 'validation',
      details: { fields: [{ path: 'method' }] },
    });
    const confirmed = await w.services.retention.confirmCopy(bob, copy!.id, {
      method: 'Deleted from the shared drive and its backups',
    });
    expect(confirmed.confirmedAt).not.toBeNull();
    await expect(w.services.retention.confirmCopy(bob, copy!.id, { method: 'Again' })).rejects.toMatchObject({
      code: 'conflict',
    });
    const [owned] = await w.services.retention.list(alice);
    expect(owned!.copies).toEqual([
      expect.objectContaining({ recipient: 'ORGB', method: 'Deleted from the shared drive and its backups' }),
    ]);
    expect(owned!.copies[0]!.confirmedAt).not.toBeNull();
    expect(
      (await w.services.sharing.notifications(alice)).some((n) => n.kind === 'retention-copy-destroyed'),
    ).toBe(true);
    const audit = await ownerSql<{ action: string; organisation_id: string }>(
      w.db,
      `select action, organisation_id from audit_log where action in ('retention.destroyed', 'retention.file-destroyed', 'retention.copy-requested', 'retention.copy-destroyed') order by id`,
    );
    expect(audit.map((a) => a.action).sort()).toEqual([
      'retention.copy-destroyed',
      'retention.copy-requested',
      'retention.destroyed',
      'retention.file-destroyed',
    ]);
  });

  it('row-level security: the recipient sees the row but cannot ask on the owner’s behalf or confirm for others', async () => {
    const rows = await ownerSql<{ n: number }>(
      w.db,
      `select count(*)::int as n from retention_copy_confirmations`,
    );
    expect(rows[0]!.n).toBe(1);
    const seen = await appRoleSql<{ owner_organisation_id: string }>(
      w.db,
      w.bob.id,
      `select owner_organisation_id from retention_copy_confirmations`,
      w.orgB,
    );
    expect(seen).toEqual([{ owner_organisation_id: w.orgA }]);
    await expect(
      appRoleSql(
        w.db,
        w.bob.id,
        `insert into retention_copy_confirmations (schedule_id, agreement_id, owner_organisation_id, recipient_organisation_id, requested_at) values ('${scheduleId}', '${agreementId}', '${w.orgA}', '${w.orgB}', now())`,
        w.orgB,
      ),
    ).rejects.toThrow();
    // the owner cannot mark the recipient's copy destroyed
    const updated = await appRoleSql(
      w.db,
      w.alice.id,
      `update retention_copy_confirmations set method = 'forged' returning id`,
      w.orgA,
    );
    expect(updated).toEqual([]);
  });
});
