// Issue 9: `steward referral send|inbox|show|update|stats` against a real server (demo loaded, keys
// generated with the real crypto), the marker test (the server never holds referral content in any
// byte it stores, logs or notifies) and the failure cases (nothing half-sent).
import { ownerSql, rawDatabaseBytes } from '@steward/db/testing';
import { createUserKey, grantOrgKey, openOrgKeyGrant, unlockUserKey } from '@steward/core/referrals/index';
import { systemCaller } from '@steward/services';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from '../remote/testing';

let server: TestServer;
let dir: string;
const marker = `MARKER${randomBytes(12).toString('hex')}`;
const reasonMarker = `NOTE${randomBytes(12).toString('hex')}`;
const logged: string[] = [];
let amdLegal: string;
const cw: Record<string, { token: string; passphrase: string }> = {};

const payload = (extra: Record<string, unknown> = {}) => ({
  caseCode: `MZ-${marker}`,
  age: 34,
  sex: 'female',
  adm2: 'MZ0101',
  contact: { phone: '+258 84 000 0000' },
  reason: `needs legal help ${marker}`,
  ...extra,
});
const consent = (over: Record<string, unknown> = {}, scope: Record<string, unknown> = {}) => ({
  givenBy: 'self',
  legalBasis: 'consent',
  purposes: ['referral'],
  scope: {
    organisations: ['AMD'],
    services: [amdLegal],
    dataCategories: ['caseCode', 'age', 'sex', 'adm2', 'contact', 'reason'],
    ...scope,
  },
  method: 'oral_recorded',
  obtainedAt: '2026-12-01',
  status: 'given',
  ...over,
});
function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}
const referralCount = async () =>
  Number((await ownerSql<{ n: string }>(server.db, 'select count(*) as n from referrals'))[0]!.n);
const as = (who: string, extraEnv: Record<string, string> = {}) => ({
  token: cw[who]!.token,
  env: { STEWARD_KEY_PASSPHRASE: cw[who]!.passphrase, ...extraEnv },
});

beforeAll(async () => {
  for (const method of ['log', 'error', 'warn', 'info'] as const)
    vi.spyOn(console, method).mockImplementation(
      (...args: unknown[]) => void logged.push(args.map(String).join(' ')),
    );
  server = await startTestServer();
  dir = mkdtempSync(join(tmpdir(), 'steward-referral-'));
  for (const acronym of ['TRI', 'AMD', 'RCSN']) {
    const c = server.credentials.find((x) => x.role === 'caseworker' && x.organisationAcronym === acronym)!;
    expect(typeof c.keyPassphrase).toBe('string');
    cw[acronym] = { token: await server.tokenFor(c.email, acronym), passphrase: c.keyPassphrase as string };
  }
  const services = await server.services.directory.listServicesAcceptingReferrals(
    systemCaller('test'),
    'AMD',
  );
  amdLegal = services.find((s) => s.serviceType === 'legal')!.id;
});
afterAll(async () => {
  vi.restoreAllMocks();
  await server?.close();
});

describe('steward referral (exact CLI contract)', () => {
  let id = '';

  it('sends an encrypted referral; the receiver decrypts it in the inbox', async () => {
    const sent = await server.run(
      [
        'referral',
        'send',
        '--to',
        'AMD',
        '--service',
        amdLegal,
        '--priority',
        'emergency',
        '--payload',
        file('p.json', payload()),
        '--consent',
        file('c.json', consent()),
        '--json',
      ],
      as('TRI'),
    );
    expect(sent.stderr).toBe('');
    const result = JSON.parse(sent.stdout) as { id: string; state: string; dueBy: string };
    expect(Object.keys(result).sort()).toEqual(['dueBy', 'id', 'state']);
    expect(result.state).toBe('sent');
    id = result.id;
    const inbox = await server.run(['referral', 'inbox', '--json'], as('AMD'));
    expect(inbox.stderr).toBe('');
    const mine = (JSON.parse(inbox.stdout) as Record<string, unknown>[]).find((r) => r.id === id)!;
    expect(mine).toMatchObject({
      id,
      from: 'TRI',
      service: amdLegal,
      priority: 'emergency',
      state: 'sent',
      dueBy: result.dueBy,
    });
    expect(mine.payload).toEqual(payload());
  });

  it('the receiver accepts and closes with an encrypted reason; the sender sees the outcome and history', async () => {
    for (const args of [
      ['--state', 'accepted'],
      ['--state', 'in_service'],
      ['--state', 'closed', '--outcome', 'service_provided', '--reason', `seen ${reasonMarker}`],
    ]) {
      const r = await server.run(['referral', 'update', id, ...args], as('AMD'));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const shown = await server.run(['referral', 'show', id, '--json'], as('TRI'));
    expect(shown.stderr).toBe('');
    const r = JSON.parse(shown.stdout) as {
      state: string;
      outcome: string;
      history: { state: string; reason: string | null }[];
    };
    expect(r.state).toBe('closed');
    expect(r.outcome).toBe('service_provided');
    expect(r.history.map((h) => h.state)).toEqual(['sent', 'accepted', 'in_service', 'closed']);
    expect(r.history.at(-1)!.reason).toBe(`seen ${reasonMarker}`);
    const wrongSide = await server.run(['referral', 'update', id, '--state', 'accepted'], as('TRI'));
    expect(wrongSide.code).toBe(1);
  });

  it('bad payload, consent not covering, withdrawn consent, no key, wrong passphrase: clear errors and nothing sent', async () => {
    const before = await referralCount();
    const send = (p: unknown, c: unknown, who = 'TRI', to = 'AMD', extraEnv: Record<string, string> = {}) =>
      server.run(
        [
          'referral',
          'send',
          '--to',
          to,
          '--service',
          amdLegal,
          '--priority',
          'urgent',
          '--payload',
          file('bp.json', p),
          '--consent',
          file('bc.json', c),
          '--json',
        ],
        as(who, extraEnv),
      );
    const unknown = await send(payload({ name: 'Jane', religion: 'x' }), consent());
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/unknown field\(s\) name, religion/);
    const notCovered = await send(
      payload(),
      consent({}, { organisations: ['BCSA'], dataCategories: ['caseCode', 'age', 'sex', 'adm2', 'reason'] }),
    );
    expect(notCovered.stderr).toMatch(
      /consent does not cover organisation AMD; field\(s\) contact: nothing sent/,
    );
    const withdrawn = await send(payload(), consent({ status: 'withdrawn', withdrawnAt: '2026-12-02' }));
    expect(withdrawn.stderr).toMatch(/consent status is "withdrawn"/);
    const wrongPass = await send(payload(), consent(), 'TRI', 'AMD', {
      STEWARD_KEY_PASSPHRASE: 'not the passphrase',
    });
    expect(wrongPass.stderr).toMatch(/STEWARD_KEY_PASSPHRASE does not unlock your referral key/);
    const noKey = await server.run(
      [
        'referral',
        'send',
        '--to',
        'BCSA',
        '--service',
        amdLegal,
        '--priority',
        'urgent',
        '--payload',
        file('bp.json', payload()),
        '--consent',
        file('bc.json', consent({}, { organisations: ['BCSA'] })),
        '--json',
      ],
      as('TRI'),
    );
    expect(noKey.code).toBe(1);
    expect(noKey.stderr).toMatch(/BCSA has no referral key yet/);
    expect(await referralCount()).toBe(before);
  });

  it('the server refuses ciphertext not addressed to the current keys, and tampering is detected on decryption', async () => {
    const before = await referralCount();
    const res = await fetch(`${server.url}/api/referrals`, {
      method: 'POST',
      headers: { authorization: `Bearer ${cw.TRI!.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        id: crypto.randomUUID(),
        to: 'AMD',
        serviceId: amdLegal,
        priority: 'normal',
        adm2: 'MZ0101',
        consentChecked: true,
        content: { v: 1, suite: 'x' },
      }),
    });
    expect(res.status).toBe(400);
    expect(await referralCount()).toBe(before);
    await ownerSql(
      server.db,
      `update referrals set content = jsonb_set(content, '{ct}', to_jsonb('A' || substr(content->>'ct', 2))) where id = '${id}'`,
    );
    const inbox = await server.run(['referral', 'inbox', '--json'], as('AMD'));
    expect(inbox.code).toBe(1);
    expect(inbox.stderr).toMatch(/cannot be decrypted with your keys \(wrong key or tampered ciphertext\)/);
  });

  it('cluster roles get suppressed counts only; coordinator and admin get no content on any referral route', async () => {
    const coordinator = server.credentials.find((c) => c.role === 'cluster-coordinator')!;
    const token = await server.tokenFor(coordinator.email, coordinator.organisationAcronym);
    const stats = await server.run(['referral', 'stats', '--by', 'service,state,adm1', '--json'], { token });
    expect(stats.stderr).toBe('');
    const { cells } = JSON.parse(stats.stdout) as {
      cells: { service: string; state: string; adm1: string; count: number | null; status: string }[];
    };
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      expect(Object.keys(c).sort()).toEqual(['adm1', 'count', 'service', 'state', 'status']);
      if (c.count !== null) expect(c.count === 0 || c.count >= 5).toBe(true);
      expect(['published', 'suppressed-primary', 'suppressed-secondary']).toContain(c.status);
    }
    expect(cells.some((c) => c.status === 'suppressed-primary')).toBe(true);
    const admin = server.credentials.find((c) => c.role === 'admin')!;
    const adminToken = await server.tokenFor(admin.email, admin.organisationAcronym);
    for (const t of [token, adminToken]) {
      for (const path of [
        '/api/referrals',
        '/api/referrals?direction=all',
        `/api/referrals/${id}`,
        '/api/referrals/keys',
      ]) {
        const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${t}` } });
        const text = await res.text();
        expect(res.status, path).toBe(403);
        expect(text).not.toContain(marker);
      }
    }
    const caseCli = await server.run(['referral', 'inbox', '--json'], {
      token,
      env: { STEWARD_KEY_PASSPHRASE: 'x' },
    });
    expect(caseCli.code).toBe(1);
  });

  it('marker test: no byte of the database, notifications, audit log or server logs holds the content', async () => {
    const tables = await ownerSql<{ table_name: string }>(
      server.db,
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(['referrals', 'referral_events', 'notifications', 'audit_log']),
    );
    for (const { table_name } of tables) {
      for (const m of [marker, reasonMarker]) {
        const [hit] = await ownerSql<{ n: string }>(
          server.db,
          `select count(*) as n from "${table_name}" t where t::text like '%${m}%'`,
        );
        expect(Number(hit!.n), `${table_name} holds the marker`).toBe(0);
      }
    }
    const notes = await ownerSql<{ text: string }>(
      server.db,
      `select text from notifications where kind like 'referral.%'`,
    );
    expect(notes.length).toBeGreaterThan(0);
    for (const l of logged) {
      expect(l).not.toContain(marker);
      expect(l).not.toContain(reasonMarker);
    }
    // Every raw byte stored: PGlite's data folder (heap, indexes, WAL) or the server's pg_dump.
    const raw = Buffer.from(await rawDatabaseBytes(server.db));
    const references = await ownerSql<{ reference: string }>(server.db, 'select reference from referrals');
    expect(references.length).toBeGreaterThan(0);
    for (const { reference } of references) expect(raw.includes(reference), reference).toBe(true); // the search works
    expect(raw.includes(marker)).toBe(false);
    expect(raw.includes(reasonMarker)).toBe(false);
  });

  const api = async (token: string, path: string, init: { method?: string; body?: unknown } = {}) => {
    const call = () =>
      fetch(`${server.url}${path}`, {
        method: init.method ?? 'GET',
        // A fresh connection per call: the marker test above can stall this process (the server runs in it)
        // longer than the server's keep-alive timeout, and a pooled socket reused then is reset (ECONNRESET).
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          connection: 'close',
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
    // `connection: close` does not keep fetch from picking an idle socket the CLI commands left in the
    // shared pool (seen under load 30+): a socket reset before any answer is dropped and the call retried.
    let res: Response;
    for (let attempt = 1; ; attempt++) {
      try {
        res = await call();
        break;
      } catch (error) {
        const reset = (error as { cause?: { code?: string } }).cause?.code === 'ECONNRESET';
        if (!reset || attempt === 3) throw error;
      }
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers read field by field
    return { status: res.status, body: res.status === 204 ? null : ((await res.json()) as any) };
  };

  it('key grants: a colleague with a user key is pending until granted, then nobody is listed as pending', async () => {
    const fp = server.credentials.find(
      (c) => c.role === 'partner-focal-point' && c.organisationAcronym === 'TRI',
    )!;
    const fpToken = await server.tokenFor(fp.email, 'TRI');
    const userIdOf = async (token: string) => (await api(token, '/api/me')).body.user.id as string;
    const fpUserId = await userIdOf(fpToken);
    expect((await api(fpToken, '/api/referrals/keys')).body.userKey).toBeNull();
    const fpKey = await createUserKey(fpUserId, 'focal point passphrase');
    expect(
      (
        await api(fpToken, '/api/referrals/keys/user', {
          method: 'PUT',
          body: { publicKey: fpKey.publicKey, wrappedPrivateKey: fpKey.wrappedPrivateKey },
        })
      ).status,
    ).toBeLessThan(300);
    // The caseworker (a holder) sees the focal point as pending, and only them.
    const before = (await api(cw.TRI!.token, '/api/referrals/keys')).body;
    expect(before.pendingMembers.map((m: { publicKey: string }) => m.publicKey)).toEqual([fpKey.publicKey]);
    const pending = before.pendingMembers[0] as { userId: string; publicKey: string };
    const keyId = before.organisationKey.keyId as string;
    const own = before.copies.find(
      (c: { kind: string; orgKeyId: string }) => c.kind === 'member' && c.orgKeyId === keyId,
    );
    expect(pending.userId).toBe(fpUserId);
    const cwUserId = await userIdOf(cw.TRI!.token);
    const userPrivate = await unlockUserKey(cwUserId, before.userKey.wrappedPrivateKey, cw.TRI!.passphrase);
    const orgPrivate = await openOrgKeyGrant(keyId, cwUserId, userPrivate, own.box);
    const grant = await grantOrgKey(keyId, orgPrivate, pending);
    expect(
      (
        await api(cw.TRI!.token, '/api/referrals/keys/grants', {
          method: 'POST',
          body: { keyId, userId: pending.userId, box: grant.sealed },
        })
      ).status,
    ).toBe(204);
    // Holders' copies are private, yet neither holder is listed as pending to the other any more.
    expect((await api(cw.TRI!.token, '/api/referrals/keys')).body.pendingMembers).toEqual([]);
    const fpAfter = (await api(fpToken, '/api/referrals/keys')).body;
    expect(fpAfter.pendingMembers).toEqual([]);
    expect(fpAfter.copies.filter((c: { kind: string }) => c.kind === 'member')).toHaveLength(1);
    // A repeat grant is a conflict (and no longer suggested).
    expect(
      (
        await api(cw.TRI!.token, '/api/referrals/keys/grants', {
          method: 'POST',
          body: { keyId, userId: pending.userId, box: grant.sealed },
        })
      ).status,
    ).toBe(409);
  });

  it('key members, revocation by the focal point only, and a new key pair that drops the old copies', async () => {
    const fp = server.credentials.find(
      (c) => c.role === 'partner-focal-point' && c.organisationAcronym === 'TRI',
    )!;
    const fpToken = await server.tokenFor(fp.email, 'TRI');
    const fpUserId = (await api(fpToken, '/api/me')).body.user.id as string;
    const cwUserId = (await api(cw.TRI!.token, '/api/me')).body.user.id as string;
    // Every caseworker and focal point is listed with their key status; no sealed copy of others.
    const status = (await api(fpToken, '/api/referrals/keys')).body;
    const byId = new Map(
      (
        status.members as { userId: string; role: string; holdsCurrentKey: boolean; fingerprint: string }[]
      ).map((m) => [m.userId, m]),
    );
    expect(byId.get(cwUserId)).toMatchObject({ role: 'caseworker', holdsCurrentKey: true });
    expect(byId.get(fpUserId)).toMatchObject({ role: 'partner-focal-point', holdsCurrentKey: true });
    expect(byId.get(fpUserId)!.fingerprint).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    expect(JSON.stringify(status.members)).not.toMatch(/"box"|"enc"|"ct"/);
    // A caseworker cannot revoke a colleague; a focal point cannot revoke themselves.
    const refused = await api(cw.TRI!.token, `/api/referrals/keys/grants/${fpUserId}`, { method: 'DELETE' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.details.reason).toBe('referral.focal-point-required');
    expect((await api(fpToken, `/api/referrals/keys/grants/${fpUserId}`, { method: 'DELETE' })).status).toBe(
      400,
    );
    expect(
      (await api(cw.TRI!.token, '/api/referrals/keys')).body.members.find(
        (m: { userId: string }) => m.userId === fpUserId,
      ).holdsCurrentKey,
    ).toBe(true);
    // A new key pair (forgotten passphrase): the copy sealed to the old key goes, the member is pending again.
    const fresh = await createUserKey(fpUserId, 'a brand new focal point passphrase');
    const put = await api(fpToken, '/api/referrals/keys/user', {
      method: 'PUT',
      body: { publicKey: fresh.publicKey, wrappedPrivateKey: fresh.wrappedPrivateKey },
    });
    expect(put.body).toMatchObject({ replaced: true, removedCopies: 1 });
    const after = (await api(cw.TRI!.token, '/api/referrals/keys')).body;
    expect(after.pendingMembers.map((m: { userId: string }) => m.userId)).toEqual([fpUserId]);
    // The focal point revokes the caseworker: their copy is gone.
    const revoked = await api(fpToken, `/api/referrals/keys/grants/${cwUserId}`, { method: 'DELETE' });
    expect(revoked).toMatchObject({ status: 200, body: { removed: 1 } });
    expect(
      (await api(cw.TRI!.token, '/api/referrals/keys')).body.copies.filter(
        (c: { kind: string }) => c.kind === 'member',
      ),
    ).toEqual([]);
  });
});
