// Issue 7 §5, "an expired agreement still gives the file": one access path decides for every use
// case that gives an entry's metadata or a file (the agreement download and the registry file
// download, the entry list and the entry view) — agreement status from the clock, revocation, the
// ISP and row-level security — and an agreement gives the file version that was approved.
// Real database (PGlite, or the server named by TEST_DATABASE_URL), movable clock.
import { appRoleSql } from '@steward/db/testing';
import { insertIspVersion } from '@steward/db/repositories/isp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIsp } from '../demo/registry-demo';
import { aggregatedEntryInput, createWorld, signedOffDia, type World } from '../test-support/fixtures';
import type { Actor } from '../types';

let w: World;
let alice: Actor;
let bob: Actor;
let entryId: string;
let v1: string;

const entry = aggregatedEntryInput({ nextReviewOn: '2027-09-01', sharedWithCluster: true });
const csv = (text: string) => new TextEncoder().encode(text);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const at = (day: string) => {
  w.clock.now = new Date(`${day}T09:00:00.000Z`);
};
const login = async (email: string, password: string) =>
  (await w.services.auth.login({ email, password, ip: null, userAgent: null })).actor;

async function agreement(startsOn: string, expiresOn: string, more: Record<string, unknown> = {}) {
  const req = await w.services.sharing.createRequest(bob, {
    registryEntryId: entryId,
    purpose: 'Joint analysis of needs by district.',
    intendedUse: 'Aggregated outputs in the cluster bulletin.',
    recipients: 'B IM team',
    requestedDurationDays: 30,
    contactEmail: 'im@b.example.org',
  });
  return w.services.sharing.approve(alice, req.id, {
    conditions: [],
    startsOn,
    expiresOn,
    signatories: [{ name: 'Focal A', role: 'Provider', organisation: 'ORGA', signedOn: startsOn }],
    ...more,
  });
}

/** What B can reach of the entry through every path. */
async function bobReaches(fileId: string, agreementId: string) {
  const listed = (await w.services.registry.list(bob)).some((e) => e.id === entryId);
  const view = await w.services.registry.get(bob, entryId).catch((e: { code: string }) => e.code);
  const file = await w.services.registry
    .downloadFile(bob, entryId, fileId)
    .then((d) => text(d.bytes))
    .catch((e: { code: string }) => e.code);
  const viaAgreement = await w.services.sharing
    .download(bob, agreementId)
    .then((d) => text(d.bytes))
    .catch((e: { code: string }) => e.code);
  return { listed, view: typeof view === 'string' ? view : 'visible', file, viaAgreement };
}

/** Entry ids B's organisation sees as steward_app in SQL, on the database's own date. */
const bobSeesInSql = async () =>
  (await appRoleSql<{ id: string }>(w.db, w.bob.id, `select id from registry_entries`, w.orgB)).map(
    (r) => r.id,
  );

beforeAll(async () => {
  w = await createWorld();
  const isp = demoIsp(w.clock.now);
  await w.db.asSystem('test', (tx) =>
    insertIspVersion(tx, {
      version: isp.version,
      status: 'endorsed' as const,
      context: isp.context,
      reviewDue: isp.reviewDue,
      document: isp,
      basedOnId: null,
      createdAt: w.clock.now,
      createdBy: null,
      updatedAt: w.clock.now,
      endorsedAt: w.clock.now,
    }),
  );
  alice = await login(w.alice.email, w.alice.password);
  bob = await login(w.bob.email, w.bob.password);
  entryId = (await w.services.registry.create(alice, entry)).id;
  // Sharing it with B is a new partner flow: A's DIA covers it (decision 0024).
  await signedOffDia(w, alice, [entryId]);
  v1 = (
    await w.services.registry.uploadFile(alice, entryId, {
      name: 'needs.csv',
      bytes: csv('district,households\nPemba,120\nMetuge,80\n'),
    })
  ).id;
}, 120_000);
afterAll(async () => w?.db.close());

describe('hole: an expired agreement still gives the file (issue 7 §5)', () => {
  it('at expiry, as at revocation, both download paths refuse and the entry disappears from the recipient', async () => {
    at('2026-03-10');
    const a = await agreement('2026-03-01', '2026-03-31');
    expect(await bobReaches(v1, a.id)).toEqual({
      listed: true,
      view: 'visible',
      file: expect.stringContaining('Pemba,120'),
      viaAgreement: expect.stringContaining('Pemba,120'),
    });
    at('2026-03-31'); // the last day is still inside the agreement
    expect((await bobReaches(v1, a.id)).file).toContain('Pemba,120');

    at('2026-04-01');
    expect(await bobReaches(v1, a.id)).toEqual({
      listed: false,
      view: 'not-found',
      file: 'not-found',
      viaAgreement: 'forbidden',
    });
    // The database decides so too, on its own date, without the services.
    expect(await bobSeesInSql()).not.toContain(entryId);

    at('2026-04-02');
    const b = await agreement('2026-04-02', '2027-04-01');
    expect((await bobReaches(v1, b.id)).listed).toBe(true);
    expect(await bobSeesInSql()).toContain(entryId);
    await w.services.sharing.revoke(alice, b.id, { reason: 'Purpose fulfilled' });
    expect(await bobReaches(v1, b.id)).toEqual({
      listed: false,
      view: 'not-found',
      file: 'not-found',
      viaAgreement: 'forbidden',
    });
    expect(await bobSeesInSql()).not.toContain(entryId);
  });

  it('an agreement gives the file version approved: a newer upload needs a new approval unless the agreement includes later versions', async () => {
    at('2026-05-01');
    const pinned = await agreement('2026-05-01', '2027-04-30');
    expect(pinned).toMatchObject({ fileId: v1, includesLaterVersions: false });
    at('2026-05-02');
    const v2 = (
      await w.services.registry.uploadFile(alice, entryId, {
        name: 'needs.csv',
        bytes: csv('district,households\nPemba,150\nMetuge,95\n'),
      })
    ).id;
    // The newer upload is neither listed, downloadable nor given by the agreement.
    expect((await w.services.registry.get(bob, entryId)).files.map((f) => f.id)).toEqual([v1]);
    expect(await bobReaches(v2, pinned.id)).toMatchObject({
      file: 'not-found',
      viaAgreement: expect.stringContaining('Pemba,120'),
    });
    expect((await bobReaches(v1, pinned.id)).file).toContain('Pemba,120');
    const sql = await appRoleSql<{ id: string }>(w.db, w.bob.id, `select id from registry_files`, w.orgB);
    expect(sql.map((r) => r.id)).toEqual([v1]);

    // A new approval that includes later versions gives the newest file.
    const later = await agreement('2026-05-02', '2027-04-30', { includesLaterVersions: true });
    expect(later).toMatchObject({ fileId: v2, includesLaterVersions: true });
    expect(await bobReaches(v2, later.id)).toMatchObject({
      file: expect.stringContaining('Pemba,150'),
      viaAgreement: expect.stringContaining('Pemba,150'),
    });
    const v3 = (
      await w.services.registry.uploadFile(alice, entryId, {
        name: 'needs.csv',
        bytes: csv('district,households\nPemba,170\nMetuge,99\n'),
      })
    ).id;
    expect(await bobReaches(v3, later.id)).toMatchObject({
      file: expect.stringContaining('Pemba,170'),
      viaAgreement: expect.stringContaining('Pemba,170'),
    });
    // The pinned agreement still gives its own version only.
    expect((await bobReaches(v3, pinned.id)).viaAgreement).toContain('Pemba,120');
  });
});
