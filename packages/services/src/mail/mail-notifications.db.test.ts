// Sharing notifications by e-mail, on a real test database (PGlite, or the server named by
// TEST_DATABASE_URL) and a fake SMTP server in this process: after the commit, the people who
// handle sharing in the notified organisation get the message; a failed send is logged with ids
// and the SMTP code only, audited as mail.failed, and does not fail the action.
import { randomBytes } from 'node:crypto';
import { listAuditEntries, type Database } from '@steward/db';
import { insertIspVersion } from '@steward/db/repositories/isp';
import { createTestDatabase, ownerSql } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIsp } from '../demo/registry-demo';
import { createServices, systemCaller, type Actor, type Services } from '../index';
import { startFakeSmtpServer, type FakeSmtpServer } from './fake-smtp-server';
import { createSmtpMailer } from './mailer';
import { parseSmtpUrl } from './smtp';
import { aggregatedEntryInput, signedOffDia } from '../test-support/fixtures';

const system = systemCaller('test');
const now = new Date('2026-03-01T09:00:00.000Z');
let db: Database;
let plain: Services;
let orgA: string;
let orgB: string;
let entryId: string;

const people = {
  alice: { email: 'alice@a.example', password: 'alice-password-123', role: 'partner-focal-point' },
  bob: { email: 'bob@b.example', password: 'bob-password-1234', role: 'partner-focal-point' },
  imo: { email: 'imo@b.example', password: 'imo-password-1234', role: 'partner-im-officer' },
  viewer: { email: 'viewer@b.example', password: 'viewer-password-1', role: 'viewer' },
} as const;

function servicesWith(server: FakeSmtpServer, log: string[]): Services {
  const deps = { clock: () => now, randomBytes: (n: number) => new Uint8Array(randomBytes(n)) };
  return createServices({
    db,
    ...deps,
    mailer: createSmtpMailer(
      {
        ...parseSmtpUrl(`smtp://127.0.0.1:${server.port}`),
        timeoutMs: 5000,
        from: 'steward@cluster.example',
      },
      deps,
    ),
    log: (line) => log.push(line),
  });
}

const login = async (s: Services, who: { email: string; password: string }): Promise<Actor> =>
  (await s.auth.login({ email: who.email, password: who.password, ip: null, userAgent: null })).actor;

async function requestAndApprove(s: Services): Promise<{ requestId: string; agreementId: string }> {
  const bob = await login(s, people.bob);
  const alice = await login(s, people.alice);
  const req = await s.sharing.createRequest(bob, {
    registryEntryId: entryId,
    purpose: 'Joint analysis of needs by district.',
    intendedUse: 'Aggregated outputs in the cluster bulletin.',
    recipients: 'B IM team',
    requestedDurationDays: 30,
    contactEmail: 'im@b.example',
  });
  const agreement = await s.sharing.approve(alice, req.id, {
    conditions: [],
    startsOn: '2026-03-01',
    expiresOn: '2026-03-31',
    signatories: [{ name: 'Focal A', role: 'Provider', organisation: 'ORGA', signedOn: '2026-03-01' }],
  });
  return { requestId: req.id, agreementId: agreement.id };
}

beforeAll(async () => {
  db = await createTestDatabase();
  plain = createServices({ db, clock: () => now, randomBytes: (n) => new Uint8Array(randomBytes(n)) });
  orgA = (await plain.organisations.create(system, { name: 'Org A', acronym: 'ORGA', type: 'national-ngo' }))
    .id;
  orgB = (
    await plain.organisations.create(system, { name: 'Org B', acronym: 'ORGB', type: 'international-ngo' })
  ).id;
  for (const [key, p] of Object.entries(people)) {
    await plain.users.create(system, {
      email: p.email,
      password: p.password,
      displayName: key,
      memberships: [{ organisationId: key === 'alice' ? orgA : orgB, role: p.role }],
    });
  }
  const isp = demoIsp(now);
  await db.asSystem('test', (tx) =>
    insertIspVersion(tx, {
      version: isp.version,
      status: 'endorsed',
      context: isp.context,
      reviewDue: isp.reviewDue,
      document: isp,
      basedOnId: null,
      createdAt: now,
      createdBy: null,
      updatedAt: now,
      endorsedAt: now,
    }),
  );
  const alice = await login(plain, people.alice);
  entryId = (await plain.registry.create(alice, aggregatedEntryInput({ sharedWithCluster: true }))).id;
  // Sharing it with B is a new partner flow: A's DIA covers it (decision 0024).
  await signedOffDia({ services: plain }, alice, [entryId]);
}, 120_000);
afterAll(async () => db?.close());

describe('sharing notifications by e-mail', () => {
  it('approving sends to the focal point and IM officer of the requesting organisation, after the commit', async () => {
    const server = await startFakeSmtpServer();
    const log: string[] = [];
    try {
      const s = servicesWith(server, log);
      const { agreementId } = await requestAndApprove(s);
      await s.mail.idle();
      const approved = server.mails.find((m) => m.raw.includes('was approved'));
      expect(approved?.to).toEqual([people.bob.email, people.imo.email]);
      expect(approved?.raw).toContain(`/agreements#agreement-${agreementId}`);
      expect(approved?.raw).toMatch(
        /^Subject: \[Steward\] Your request for "District needs assessment" was approved/m,
      );
      // The provider's focal point heard of the request and of the agreement; the viewer of B of nothing.
      const toAlice = server.mails.filter((m) => m.to.includes(people.alice.email));
      // Sends run in the background, so their order is not fixed.
      expect(toAlice.map((m) => /^Subject: (.*)$/m.exec(m.raw)?.[1]).sort()).toEqual([
        expect.stringMatching(
          /^\[Steward\] Agreement DSA-2026-\d{4} for "District needs assessment" was made\.$/,
        ),
        '[Steward] New data-sharing request for "District needs assessment".',
      ]);
      expect(server.mails.flatMap((m) => m.to)).not.toContain(people.viewer.email);
      expect(log).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('a refused send is logged with ids and code only, audited as mail.failed, and the approval stands', async () => {
    const server = await startFakeSmtpServer({ rejectRecipient: people.bob.email });
    const log: string[] = [];
    try {
      const s = servicesWith(server, log);
      const { requestId } = await requestAndApprove(s);
      await s.mail.idle();
      expect(server.mails.some((m) => m.to.includes(people.bob.email))).toBe(false);
      const bob = await login(plain, people.bob);
      expect(
        (await plain.sharing.listRequests(bob, 'outgoing')).find((r) => r.id === requestId)?.status,
      ).toBe('approved');
      expect(log).toEqual([`mail.failed organisation=${orgB} code=550`]);
      const failed = (await db.asSystem('test', (tx) => listAuditEntries(tx, 500))).filter(
        (e) => e.action === 'mail.failed',
      );
      expect(failed).toHaveLength(1);
      expect(failed[0]).toMatchObject({
        targetType: 'organisation',
        targetId: orgB,
        organisationId: orgB,
        outcome: 'failure',
        actorUserId: null,
      });
      expect(failed[0]!.details).toMatchObject({ kind: 'request-approved', code: '550' });
      expect(JSON.stringify(failed[0])).not.toMatch(/@/);
    } finally {
      await server.close();
    }
  });

  it("writes each person's e-mail in the language they chose in the web app: French for a French user (issue 8)", async () => {
    const server = await startFakeSmtpServer();
    const log: string[] = [];
    try {
      const s = servicesWith(server, log);
      const bob = await login(s, people.bob);
      await expect(s.auth.setPreferredLanguage(bob, 'de')).rejects.toMatchObject({ code: 'validation' });
      expect(await s.auth.setPreferredLanguage(bob, 'fr')).toBe('fr');
      const [row] = await ownerSql<{ preferred_language: string | null }>(
        db,
        `select preferred_language from users where email in ('${people.bob.email}', '${people.imo.email}') order by email`,
      );
      expect(row?.preferred_language).toBe('fr');
      const { agreementId } = await requestAndApprove(s);
      await s.mail.idle();
      // Bob chose French; the IM officer of B never chose a language: English, as before.
      const toBob = server.mails.filter((m) => m.to.includes(people.bob.email));
      const toImo = server.mails.filter((m) => m.to.includes(people.imo.email));
      expect(toBob).toHaveLength(1);
      expect(toBob[0]!.to).toEqual([people.bob.email]);
      expect(toBob[0]!.raw).toContain(
        'Votre demande pour « District needs assessment » a été approuvée : accord DSA-2026-',
      );
      expect(toBob[0]!.raw).toContain(
        `Ouvrez Steward à l’adresse /agreements#agreement-${agreementId} pour le voir.`,
      );
      expect(toBob[0]!.raw).toMatch(/^Subject: =\?UTF-8\?B\?/m);
      expect(toBob[0]!.raw).not.toContain('was approved');
      expect(toImo[0]!.raw).toMatch(
        /^Subject: \[Steward\] Your request for "District needs assessment" was approved/m,
      );
      expect(log).toEqual([]);
      const set = (await db.asSystem('test', (tx) => listAuditEntries(tx, 500))).filter(
        (e) => e.action === 'auth.language-set',
      );
      expect(set.at(-1)).toMatchObject({ targetId: bob.userId, details: { language: 'fr' } });
    } finally {
      await server.close();
    }
  });
});
