// Administration of organisations (issue 8) through the real services and database: who adds,
// edits, deactivates and reactivates; what deactivation does to members, sessions and tokens;
// row-level security refusing the same writes; the cluster's contact list. PGlite and, with
// TEST_DATABASE_URL, the PostgreSQL server.
import { queryRows, schema, updateOrganisation, insertOrganisation } from '@steward/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../errors';
import { createWorld, system, type World } from '../test-support/fixtures';
import type { Actor } from '../types';

let w: World;
let lead: string;
let coordinator: Actor;
let admin: Actor;
let alice: Actor;
let caseworkerId: string;
const password = 'organisation-test-password-1';

async function refusal(p: Promise<unknown>): Promise<{ code: string; details: Record<string, unknown> }> {
  try {
    await p;
  } catch (error) {
    if (error instanceof ServiceError) return { code: error.code, details: error.details ?? {} };
    throw error;
  }
  throw new Error('expected a refusal');
}

const login = async (email: string) => (await w.services.auth.login({ email, password })).actor;

beforeAll(async () => {
  w = await createWorld({ twoFactorRequired: false });
  lead = (
    await w.services.organisations.create(system, { name: 'Lead', acronym: 'LEAD', type: 'cluster-lead' })
  ).id;
  await w.services.users.create(system, {
    email: 'coordinator@example.org',
    displayName: 'Cora Coordinator',
    password,
    memberships: [{ organisationId: lead, role: 'cluster-coordinator' }],
  });
  await w.services.users.create(system, {
    email: 'admin@example.org',
    displayName: 'Ada Admin',
    password,
    isAdmin: true,
    memberships: [{ organisationId: w.orgA, role: 'viewer' }],
  });
  caseworkerId = (
    await w.services.users.create(system, {
      email: 'caseworker@example.org',
      displayName: 'Casey Worker',
      password,
      memberships: [{ organisationId: w.orgB, role: 'caseworker' }],
    })
  ).id;
  coordinator = await login('coordinator@example.org');
  admin = await login('admin@example.org');
  alice = (await w.services.auth.login({ email: w.alice.email, password: w.alice.password })).actor;
});
afterAll(async () => w?.db.close());

describe('adding an organisation', () => {
  it('a cluster coordinator adds one, audited; a bad or duplicate acronym names the field', async () => {
    expect(
      await refusal(
        w.services.organisations.create(coordinator, { name: 'New', acronym: 'N G O', type: 'national-ngo' }),
      ),
    ).toEqual({ code: 'validation', details: { field: 'acronym', rule: 'acronym-format' } });
    expect(
      await refusal(
        w.services.organisations.create(coordinator, { name: 'New', acronym: 'orgb', type: 'national-ngo' }),
      ),
    ).toEqual({ code: 'conflict', details: { field: 'acronym', reason: 'acronym-taken' } });
    const created = await w.services.organisations.create(coordinator, {
      name: 'Associação Nova',
      acronym: 'ANOVA',
      type: 'national-ngo',
    });
    expect(created).toMatchObject({ acronym: 'ANOVA', status: 'active', isClusterMember: true });
    const audit = await w.services.audit.search(coordinator, { action: 'organisation.create' });
    expect(audit.some((e) => e.targetId === created.id && e.actorUserId === coordinator.userId)).toBe(true);
  });

  it('a partner focal point may not, and row-level security refuses it too', async () => {
    expect(
      (
        await refusal(
          w.services.organisations.create(alice, { name: 'X', acronym: 'XNGO', type: 'national-ngo' }),
        )
      ).code,
    ).toBe('forbidden');
    await expect(
      w.db.withActor({ userId: alice.userId, organisationId: w.orgA }, (tx) =>
        insertOrganisation(tx, { name: 'X', acronym: 'XNGO', type: 'national-ngo' }),
      ),
    ).rejects.toThrow();
  });
});

describe('editing an organisation', () => {
  it('a coordinator renames and retypes one, audited with the fields changed', async () => {
    const org = await w.services.organisations.create(coordinator, {
      name: 'Editable',
      acronym: 'EDIT',
      type: 'other',
    });
    const changed = await w.services.organisations.update(coordinator, org.id, {
      name: 'Edited name',
      acronym: 'EDITED',
      type: 'international-ngo',
      isClusterMember: false,
    });
    expect(changed).toMatchObject({
      name: 'Edited name',
      acronym: 'EDITED',
      type: 'international-ngo',
      isClusterMember: false,
    });
    const [entry] = await w.services.audit.search(coordinator, {
      action: 'organisation.update',
      targetId: org.id,
    });
    expect(entry?.details).toEqual({ fields: ['acronym', 'isClusterMember', 'name', 'type'] });
    expect(
      await refusal(w.services.organisations.update(coordinator, org.id, { acronym: 'ORGA' })),
    ).toMatchObject({ code: 'conflict', details: { field: 'acronym' } });
    expect((await refusal(w.services.organisations.update(coordinator, org.id, {}))).code).toBe('validation');
  });

  it('a lead holding cluster roles stays a lead (type refused, field named)', async () => {
    expect(
      await refusal(w.services.organisations.update(coordinator, lead, { type: 'national-ngo' })),
    ).toEqual({ code: 'conflict', details: { field: 'type', reason: 'cluster-roles-held' } });
  });

  it('a partner focal point may not; row-level security changes nothing for them', async () => {
    expect((await refusal(w.services.organisations.update(alice, w.orgB, { name: 'Mine now' }))).code).toBe(
      'forbidden',
    );
    const row = await w.db.withActor({ userId: alice.userId, organisationId: w.orgA }, (tx) =>
      updateOrganisation(tx, w.orgB, { name: 'Mine now' }, new Date()),
    );
    expect(row).toBeNull();
    expect((await w.services.organisations.get(system, w.orgB)).name).toBe('Organisation B');
  });
});

describe('deactivating an organisation', () => {
  it('ends what its members do there: sessions move away, its tokens stop, RLS closes it', async () => {
    const bob = (await w.services.auth.login({ email: w.bob.email, password: w.bob.password })).actor;
    const token = await w.services.tokens.create(bob, { name: 'script', organisationId: w.orgB });
    const caseworker = await w.services.auth.login({ email: 'caseworker@example.org', password });
    expect(await w.services.auth.authenticateToken(token.token)).not.toBeNull();

    const row = await w.services.organisations.deactivate(coordinator, w.orgB);
    expect(row.status).toBe('inactive');

    expect(await w.services.auth.authenticateToken(token.token)).toBeNull();
    const session = await w.services.auth.authenticateSession(caseworker.sessionToken);
    expect(session?.memberships).toEqual([]);
    expect(session?.activeOrganisationId).toBeNull();
    const ids = await w.db.withActor({ userId: caseworkerId, organisationId: w.orgB }, (tx) =>
      queryRows<{ id: string }>(tx, sql`select steward_actor_organisation_ids() as id`),
    );
    expect(ids).toEqual([]);
    // The directory still lists it, as inactive.
    const listed = await w.services.organisations.list(alice);
    expect(listed.find((o) => o.id === w.orgB)?.status).toBe('inactive');
    const audit = await w.services.audit.search(coordinator, { action: 'organisation.deactivate' });
    expect(audit.some((e) => e.targetId === w.orgB)).toBe(true);

    await w.services.organisations.reactivate(coordinator, w.orgB);
    expect(await w.services.auth.authenticateToken(token.token)).not.toBeNull();
    expect((await w.services.auth.authenticateSession(caseworker.sessionToken))?.activeOrganisationId).toBe(
      w.orgB,
    );
  });

  it('is refused for the organisation one acts for and for the last coordinator’s', async () => {
    expect(await refusal(w.services.organisations.deactivate(coordinator, lead))).toEqual({
      code: 'conflict',
      details: { reason: 'own-organisation' },
    });
    expect(await refusal(w.services.organisations.deactivate(admin, lead))).toEqual({
      code: 'conflict',
      details: { reason: 'last-coordinator-organisation' },
    });
    expect((await refusal(w.services.organisations.deactivate(alice, w.orgB))).code).toBe('forbidden');
  });
});

describe('the contact list', () => {
  it('shows every organisation’s focal points and referral key fingerprint to any signed-in user', async () => {
    await w.db.asSystem('test', async (tx) => {
      await tx.insert(schema.referralOrgKeys).values({
        id: '00000000-0000-4000-8000-00000000a001',
        organisationId: w.orgA,
        publicKey: 'pk',
        fingerprint: 'AB12 CD34',
        createdAt: new Date('2026-02-01T00:00:00Z'),
      });
    });
    const caseworker = (await w.services.auth.login({ email: 'caseworker@example.org', password })).actor;
    const items = await w.services.organisations.overview(caseworker);
    const a = items.find((o) => o.id === w.orgA);
    expect(a?.focalPoints).toEqual([
      { displayName: 'Focal A', email: 'alice@example.org', role: 'partner-focal-point' },
    ]);
    expect(a?.referralKey?.fingerprint).toBe('AB12 CD34');
    expect(items.find((o) => o.id === lead)?.focalPoints.map((f) => f.role)).toEqual(['cluster-coordinator']);
    expect(items.find((o) => o.id === w.orgB)?.referralKey).toBeNull();
    // Caseworkers and viewers are not focal points.
    expect(items.flatMap((o) => o.focalPoints).some((f) => f.displayName === 'Casey Worker')).toBe(false);
  });
});
