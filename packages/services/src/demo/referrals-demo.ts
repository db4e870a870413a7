/**
 * Demo referrals (issue 9), generated with the real crypto: a referral key for one caseworker in
 * each of three partners (TRI, AMD, RCSN; passphrases drawn from the demo's random bytes and
 * printed with the logins as `keyPassphrase`), their organisations' keys granted to them, and
 * referrals between the three in several states (reasons encrypted). All content is fictional.
 * Runs inside the demo loader's owner transaction.
 */
import { randomUUID } from 'node:crypto';
import {
  adm1Of,
  createOrgKey,
  createUserKey,
  dueBy,
  encryptContent,
  type ReferralPriority,
  type ReferralState,
} from '@steward/core/referrals/index';
import type { Tx } from '@steward/db';
import { findOrganisationByAcronym } from '@steward/db/repositories/organisations';
import {
  insertReferral,
  insertReferralEvent,
  insertReferralOrgKey,
  insertReferralOrgKeyCopies,
  findStewardReferralService,
  upsertReferralUserKey,
} from '@steward/db/repositories/referrals';

/** Acronyms whose demo caseworker holds referral keys. */
export const DEMO_REFERRAL_ORGS = ['TRI', 'AMD', 'RCSN'] as const;

interface DemoReferral {
  from: (typeof DEMO_REFERRAL_ORGS)[number];
  to: (typeof DEMO_REFERRAL_ORGS)[number];
  serviceType: string;
  priority: ReferralPriority;
  daysAgo: number;
  adm2: string;
  path: { state: ReferralState; outcome?: 'service_provided' | 'service_not_provided'; reason?: string }[];
  payload: Record<string, unknown>;
}

const REFERRALS: DemoReferral[] = [
  {
    from: 'TRI',
    to: 'AMD',
    serviceType: 'legal',
    priority: 'normal',
    daysAgo: 20,
    adm2: 'MZ0101',
    path: [
      { state: 'accepted' },
      { state: 'in_service' },
      { state: 'closed', outcome: 'service_provided', reason: 'Birth certificate issued.' },
    ],
    payload: {
      caseCode: 'TRI-0007',
      age: 31,
      sex: 'female',
      adm2: 'MZ0101',
      contact: { phone: '+258 84 000 0101' },
      reason: 'Needs civil documentation for a child.',
    },
  },
  {
    from: 'AMD',
    to: 'RCSN',
    serviceType: 'womens-services',
    priority: 'urgent',
    daysAgo: 6,
    adm2: 'MZ0101',
    path: [{ state: 'accepted' }],
    payload: {
      caseCode: 'AMD-0112',
      age: 24,
      sex: 'female',
      adm2: 'MZ0101',
      contact: { phone: '+258 84 000 0102' },
      reason: 'Requests a safe space and psychosocial support.',
    },
  },
  {
    from: 'RCSN',
    to: 'TRI',
    serviceType: 'psychosocial',
    priority: 'emergency',
    daysAgo: 3,
    adm2: 'MZ0101',
    path: [],
    payload: {
      caseCode: 'RCSN-0045',
      age: 16,
      sex: 'male',
      adm2: 'MZ0101',
      caregiver: { relationship: 'aunt', informed: true },
      reason: 'Acute distress after displacement.',
    },
  },
  {
    from: 'TRI',
    to: 'RCSN',
    serviceType: 'womens-services',
    priority: 'normal',
    daysAgo: 10,
    adm2: 'MZ0101',
    path: [{ state: 'declined', reason: 'Outside our coverage area; please refer to the Metuge office.' }],
    payload: {
      caseCode: 'TRI-0019',
      age: 40,
      sex: 'female',
      adm2: 'MZ0101',
      contact: { phone: '+258 84 000 0103' },
      reason: 'Needs a women-only space.',
    },
  },
  {
    from: 'AMD',
    to: 'TRI',
    serviceType: 'psychosocial',
    priority: 'urgent',
    daysAgo: 8,
    adm2: 'MZ0101',
    path: [{ state: 'accepted' }, { state: 'in_service' }],
    payload: {
      caseCode: 'AMD-0130',
      age: 52,
      sex: 'male',
      adm2: 'MZ0101',
      contact: { phone: '+258 84 000 0104' },
      reason: 'Group support sessions.',
    },
  },
];

export interface DemoKeyHolder {
  userId: string;
  acronym: string;
  passphrase: string;
}

/**
 * Creates the keys and referrals. `holders` are the caseworkers who get keys (one per
 * organisation in DEMO_REFERRAL_ORGS). Returns nothing: the passphrases are the caller's.
 */
export async function loadReferralsDemo(tx: Tx, now: Date, holders: DemoKeyHolder[]): Promise<void> {
  const orgs = new Map<string, { id: string; keyId: string; publicKey: string; holder: string }>();
  for (const h of holders) {
    const org = await findOrganisationByAcronym(tx, h.acronym);
    if (!org) throw new Error(`demo: no organisation ${h.acronym}`);
    const user = await createUserKey(h.userId, h.passphrase);
    await upsertReferralUserKey(tx, {
      userId: h.userId,
      publicKey: user.publicKey,
      wrappedPrivateKey: user.wrappedPrivateKey,
      fingerprint: user.fingerprint,
      createdAt: now,
    });
    const keyId = randomUUID();
    const orgKey = await createOrgKey(keyId, [{ userId: h.userId, publicKey: user.publicKey }]);
    await insertReferralOrgKey(tx, {
      id: keyId,
      organisationId: org.id,
      publicKey: orgKey.publicKey,
      fingerprint: orgKey.fingerprint,
      createdBy: h.userId,
      createdAt: now,
    });
    await insertReferralOrgKeyCopies(tx, [
      ...orgKey.grants.map((g) => ({
        orgKeyId: keyId,
        organisationId: org.id,
        kind: 'member' as const,
        userId: g.userId,
        box: g.sealed,
        createdBy: h.userId,
        createdAt: now,
      })),
      {
        orgKeyId: keyId,
        organisationId: org.id,
        kind: 'recovery' as const,
        box: orgKey.recoveryWrapped,
        createdBy: h.userId,
        createdAt: now,
      },
    ]);
    orgs.set(h.acronym, { id: org.id, keyId, publicKey: orgKey.publicKey, holder: h.userId });
  }
  for (const r of REFERRALS) {
    const from = orgs.get(r.from)!;
    const to = orgs.get(r.to)!;
    const serviceId = await findStewardReferralService(tx, to.id, r.serviceType);
    if (!serviceId) throw new Error(`demo: ${r.to} has no ${r.serviceType} service taking referrals`);
    const id = randomUUID();
    const recipients = [
      { keyId: to.keyId, publicKey: to.publicKey },
      { keyId: from.keyId, publicKey: from.publicKey },
    ];
    const consent = {
      givenBy: r.payload.age !== undefined && (r.payload.age as number) < 18 ? 'caregiver' : 'self',
      legalBasis: 'consent',
      purposes: ['referral'],
      scope: { organisations: [r.to], services: [serviceId], dataCategories: Object.keys(r.payload) },
      method: 'oral_recorded',
      obtainedAt: new Date(now.getTime() - r.daysAgo * 86_400_000).toISOString().slice(0, 10),
      status: 'given',
    };
    const sentAt = new Date(now.getTime() - r.daysAgo * 86_400_000);
    const last = r.path.at(-1);
    await insertReferral(tx, {
      id,
      reference: `R-${id.slice(0, 8).toUpperCase()}`,
      senderOrganisationId: from.id,
      receiverOrganisationId: to.id,
      serviceId: serviceId,
      serviceType: r.serviceType,
      priority: r.priority,
      state: last?.state ?? 'sent',
      outcome: last?.outcome ?? null,
      adm1: adm1Of(r.adm2),
      adm2: r.adm2,
      content: await encryptContent({ payload: r.payload, consent, priority: r.priority }, id, 1, recipients),
      senderKeyId: from.keyId,
      receiverKeyId: to.keyId,
      createdBy: from.holder,
      sentAt,
      dueBy: dueBy(r.priority, sentAt),
      updatedAt: new Date(sentAt.getTime() + r.path.length * 3_600_000),
    });
    const base = { referralId: id, senderOrganisationId: from.id, receiverOrganisationId: to.id };
    await insertReferralEvent(tx, {
      ...base,
      version: 1,
      fromState: 'draft',
      toState: 'sent',
      actorUserId: from.holder,
      actorOrganisationId: from.id,
      at: sentAt,
    });
    let prev: ReferralState = 'sent';
    for (const [i, step] of r.path.entries()) {
      const version = i + 2;
      await insertReferralEvent(tx, {
        ...base,
        version,
        fromState: prev,
        toState: step.state,
        outcome: step.outcome ?? null,
        actorUserId: to.holder,
        actorOrganisationId: to.id,
        content: step.reason ? await encryptContent({ reason: step.reason }, id, version, recipients) : null,
        at: new Date(sentAt.getTime() + (i + 1) * 3_600_000),
      });
      prev = step.state;
    }
  }
}
