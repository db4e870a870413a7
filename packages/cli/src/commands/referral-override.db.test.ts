// Issue 9: the consent override from the CLI against a real server (demo, real keys): a focal point
// sends without covering consent on another legal basis with a justification file; the referral
// waits as a draft the receiver cannot see; the requester and a caseworker cannot approve it; a
// second focal point of the same organisation reads the decrypted justification and approves it.
import { createUserKey, grantOrgKey, openOrgKeyGrant, unlockUserKey } from '@steward/core/referrals/index';
import { systemCaller } from '@steward/services';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../remote/testing';

let server: TestServer;
let dir: string;
let amdLegal = '';
const marker = `WHY${randomBytes(8).toString('hex')}`;
const people: Record<string, { token: string; passphrase: string }> = {};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers read field by field
type Json = any;

async function api(
  token: string,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<Json> {
  const res = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
}

function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

const payload = {
  caseCode: 'MZ-0099',
  age: 16,
  sex: 'female',
  adm2: 'MZ0101',
  contact: { phone: '+258 84 000 0001' },
  reason: 'Imminent risk at home.',
};
const consent = (over: Record<string, unknown> = {}) => ({
  givenBy: 'self',
  legalBasis: 'consent',
  purposes: ['referral'],
  scope: {
    organisations: ['AMD'],
    services: [amdLegal],
    dataCategories: ['caseCode', 'age', 'sex', 'adm2', 'contact', 'reason'],
  },
  method: 'oral_recorded',
  obtainedAt: '2026-12-01',
  status: 'given',
  ...over,
});
const as = (who: string) => ({
  token: people[who]!.token,
  env: { STEWARD_KEY_PASSPHRASE: people[who]!.passphrase },
});
const send = (who: string, c: unknown, override: string[]) =>
  server.run(
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
      file('p.json', payload),
      '--consent',
      file('c.json', c),
      ...override,
      '--json',
    ],
    as(who),
  );

beforeAll(async () => {
  server = await startTestServer();
  dir = mkdtempSync(join(tmpdir(), 'steward-override-'));
  const system = systemCaller('test');
  const tri = (await server.services.organisations.list(system)).find((o) => o.acronym === 'TRI')!;
  await server.services.users.create(system, {
    email: 'focal-point-2.tri@demo.example.org',
    password: 'second-focal-point-pass',
    displayName: 'Second Focal Point TRI',
    memberships: [{ organisationId: tri.id, role: 'partner-focal-point' }],
  });
  for (const [who, acronym] of [
    ['cwTri', 'TRI'],
    ['cwAmd', 'AMD'],
  ] as const) {
    const c = server.credentials.find((x) => x.role === 'caseworker' && x.organisationAcronym === acronym)!;
    people[who] = { token: await server.tokenFor(c.email, acronym), passphrase: c.keyPassphrase as string };
  }
  // Both focal points get a referral key, and TRI's caseworker (a holder) grants them the organisation key.
  const holder = await api(people.cwTri!.token, '/api/referrals/keys');
  const cwId = (await api(people.cwTri!.token, '/api/me')).user.id as string;
  const keyId = holder.organisationKey.keyId as string;
  const own = holder.copies.find(
    (c: { kind: string; orgKeyId: string }) => c.kind === 'member' && c.orgKeyId === keyId,
  );
  const orgPrivate = await openOrgKeyGrant(
    keyId,
    cwId,
    await unlockUserKey(cwId, holder.userKey.wrappedPrivateKey, people.cwTri!.passphrase),
    own.box,
  );
  for (const [who, email] of [
    ['fp1', 'focal-point@demo.example.org'],
    ['fp2', 'focal-point-2.tri@demo.example.org'],
  ] as const) {
    const token = await server.tokenFor(email, 'TRI');
    const passphrase = `${who} referral passphrase`;
    const userId = (await api(token, '/api/me')).user.id as string;
    const key = await createUserKey(userId, passphrase);
    await api(token, '/api/referrals/keys/user', {
      method: 'PUT',
      body: { publicKey: key.publicKey, wrappedPrivateKey: key.wrappedPrivateKey },
    });
    const grant = await grantOrgKey(keyId, orgPrivate, { userId, publicKey: key.publicKey });
    await api(people.cwTri!.token, '/api/referrals/keys/grants', {
      method: 'POST',
      body: { keyId, userId, box: grant.sealed },
    });
    people[who] = { token, passphrase };
  }
  const services = await server.services.directory.listServicesAcceptingReferrals(system, 'AMD');
  amdLegal = services.find((s) => s.serviceType === 'legal')!.id;
}, 120_000);
afterAll(async () => server?.close());

describe('steward referral send --override-legal-basis / approve-override', () => {
  let id = '';

  it('documents the override in --help', async () => {
    const help = await server.run(['referral', 'send', '--help']);
    expect(help.stdout).toMatch(/--override-legal-basis CODE/);
    expect(help.stdout).toMatch(/--override-justification FILE/);
    const approve = await server.run(['referral', 'approve-override', '--help']);
    expect(approve.stdout).toMatch(/another partner focal point of the sending organisation/);
  });

  it('refuses an override that is not needed, consent as its basis, a short justification, and a half-given override', async () => {
    const why = file('why.txt', `Vital interest: ${marker}`);
    const notNeeded = await send('fp1', consent(), [
      '--override-legal-basis',
      'vital_interest',
      '--override-justification',
      why,
    ]);
    expect(notNeeded.code).toBe(1);
    expect(notNeeded.stderr).toMatch(/no override is needed/);
    const refused = consent({ status: 'refused' });
    const basis = await send('fp1', refused, [
      '--override-legal-basis',
      'consent',
      '--override-justification',
      why,
    ]);
    expect(basis.stderr).toMatch(/legal basis "consent" is not one of vital_interest/);
    const short = await send('fp1', refused, [
      '--override-legal-basis',
      'vital_interest',
      '--override-justification',
      file('short.txt', 'urgent'),
    ]);
    expect(short.stderr).toMatch(/justification of 10 to 2000 characters/);
    const half = await send('fp1', refused, ['--override-legal-basis', 'vital_interest']);
    expect(half.code).toBe(2);
    const none = await send('fp1', refused, []);
    expect(none.stderr).toMatch(/consent status is "refused".*consent override: see --help/);
    const caseworker = await send('cwTri', refused, [
      '--override-legal-basis',
      'vital_interest',
      '--override-justification',
      why,
    ]);
    expect(caseworker.code).toBe(1);
    expect(caseworker.stderr).toMatch(/consent-override permission/);
  });

  it('a focal point sends with an override: a draft the receiver does not see', async () => {
    const sent = await send('fp1', consent({ status: 'refused' }), [
      '--override-legal-basis',
      'vital_interest',
      '--override-justification',
      file('why.txt', `Vital interest: ${marker}`),
    ]);
    expect(sent.stderr).toBe('');
    const result = JSON.parse(sent.stdout) as { id: string; state: string };
    expect(result.state).toBe('draft');
    id = result.id;
    const inbox = JSON.parse((await server.run(['referral', 'inbox', '--json'], as('cwAmd'))).stdout) as {
      id: string;
    }[];
    expect(inbox.map((r) => r.id)).not.toContain(id);
  });

  it('the requester and a caseworker cannot approve; the second focal point reads the justification and approves', async () => {
    const self = await server.run(['referral', 'approve-override', id], as('fp1'));
    expect(self.code).toBe(1);
    expect(self.stderr).toMatch(/needs a second person/);
    const cw = await server.run(['referral', 'approve-override', id], as('cwTri'));
    expect(cw.code).toBe(1);
    expect(cw.stderr).toMatch(/consent-override permission/);
    const pending = JSON.parse(
      (await server.run(['referral', 'pending-overrides', '--json'], as('fp2'))).stdout,
    ) as {
      id: string;
      legalBasis: string;
      requestedBy: string;
      justification: string;
    }[];
    expect(pending.find((p) => p.id === id)).toMatchObject({
      legalBasis: 'vital_interest',
      requestedBy: 'Demo Partner Focal Point',
      justification: `Vital interest: ${marker}`,
    });
    const approved = await server.run(['referral', 'approve-override', id, '--json'], as('fp2'));
    expect(approved.stderr).toBe('');
    expect(JSON.parse(approved.stdout)).toMatchObject({ id, state: 'sent', override: 'approved' });
    const inbox = JSON.parse((await server.run(['referral', 'inbox', '--json'], as('cwAmd'))).stdout) as {
      id: string;
      state: string;
      payload: unknown;
      override: { legalBasis: string; status: string } | null;
    }[];
    expect(inbox.find((r) => r.id === id)).toMatchObject({
      state: 'sent',
      payload,
      override: {
        legalBasis: 'vital_interest',
        status: 'approved',
        justification: `Vital interest: ${marker}`,
      },
    });
    const again = await server.run(['referral', 'refuse-override', id], as('fp2'));
    expect(again.stderr).toMatch(/The consent override was approved already/);
  });

  it('cancel-override: only the requester cancels a pending override; it is never sent', async () => {
    const sent = await send('fp1', consent({ status: 'refused' }), [
      '--override-legal-basis',
      'vital_interest',
      '--override-justification',
      file('why.txt', `Vital interest: ${marker}`),
    ]);
    const { id: cancelId } = JSON.parse(sent.stdout) as { id: string };
    const other = await server.run(['referral', 'cancel-override', cancelId], as('fp2'));
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/Only the person who asked for a consent override can cancel it/);
    const help = await server.run(['referral', 'cancel-override', '--help']);
    expect(help.stdout).toMatch(/never leaves your organisation/);
    const cancelled = await server.run(['referral', 'cancel-override', cancelId, '--json'], as('fp1'));
    expect(cancelled.stderr).toBe('');
    expect(JSON.parse(cancelled.stdout)).toEqual({ id: cancelId, state: 'draft', override: 'cancelled' });
    const approve = await server.run(['referral', 'approve-override', cancelId], as('fp2'));
    expect(approve.stderr).toMatch(/The consent override was cancelled already/);
    const pending = JSON.parse(
      (await server.run(['referral', 'pending-overrides', '--json'], as('fp2'))).stdout,
    ) as { id: string }[];
    expect(pending.map((p) => p.id)).not.toContain(cancelId);
    const inbox = JSON.parse((await server.run(['referral', 'inbox', '--json'], as('cwAmd'))).stdout) as {
      id: string;
    }[];
    expect(inbox.map((r) => r.id)).not.toContain(cancelId);
  });

  it('withdraw-consent: open referrals with the same consent reference are flagged, and a new one with it is refused', async () => {
    const first = await send('cwTri', consent(), []);
    expect(first.stderr).toBe('');
    const sentA = JSON.parse(first.stdout) as { id: string; state: string };
    expect(sentA.state).toBe('sent');
    const shown = JSON.parse(
      (await server.run(['referral', 'show', sentA.id, '--json'], as('cwTri'))).stdout,
    ) as {
      consentRef: string;
      consent: { id: string };
    };
    expect(shown.consentRef).toMatch(/^[0-9a-f-]{36}$/);
    expect(shown.consent.id).toBe(shown.consentRef);
    const a = { id: sentA.id, consentRef: shown.consentRef };
    // The case-management system keeps the reference as the consent record's id for the next referral.
    const b = JSON.parse((await send('cwTri', consent({ id: a.consentRef }), [])).stdout) as { id: string };
    const withdrawn = await server.run(['referral', 'withdraw-consent', a.id, '--json'], as('cwTri'));
    expect(withdrawn.stderr).toBe('');
    expect((JSON.parse(withdrawn.stdout) as { flagged: string[] }).flagged.sort()).toEqual(
      [a.id, b.id].sort(),
    );
    const again = await send('cwTri', consent({ id: a.consentRef }), []);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/withdrew this consent/);
    const inbox = JSON.parse((await server.run(['referral', 'inbox', '--json'], as('cwAmd'))).stdout) as {
      id: string;
    }[];
    expect(inbox.filter((r) => r.id === a.id || r.id === b.id)).toHaveLength(2);
  });
});
