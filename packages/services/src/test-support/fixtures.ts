import { randomBytes } from 'node:crypto';
import { DIA_STEPS } from '@steward/core/assessments/index';
import type { Database } from '@steward/db';
import { createTestDatabase } from '@steward/db/testing';
import { createServices, systemCaller, type Services, type ServicesConfig } from '../index';
import { ServiceError } from '../errors';
import type { Actor } from '../types';

export interface World {
  db: Database;
  services: Services;
  clock: { now: Date };
  orgA: string;
  orgB: string;
  /** Focal point of A. */
  alice: { id: string; email: string; password: string };
  /** Focal point of B. */
  bob: { id: string; email: string; password: string };
}

export const system = systemCaller('test');

/**
 * A test database with two organisations, A and B, each with a focal point. `config` overrides
 * service settings for the test (e.g. `twoFactorRequired: false` where signing in with only a
 * password stands for a completed sign-in).
 */
export async function createWorld(config: Partial<ServicesConfig> = {}): Promise<World> {
  const db = await createTestDatabase();
  const clock = { now: new Date('2026-03-01T09:00:00.000Z') };
  const services = createServices({
    db,
    clock: () => clock.now,
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    config: { sessionIdleMinutes: 60, ...config },
  });
  const orgA = (
    await services.organisations.create(system, {
      name: 'Organisation A',
      acronym: 'ORGA',
      type: 'national-ngo',
    })
  ).id;
  const orgB = (
    await services.organisations.create(system, {
      name: 'Organisation B',
      acronym: 'ORGB',
      type: 'international-ngo',
    })
  ).id;
  const alice = { email: 'alice@example.org', password: 'alice-password-123' };
  const bob = { email: 'bob@example.org', password: 'bob-password-1234' };
  const a = await services.users.create(system, {
    ...alice,
    displayName: 'Focal A',
    memberships: [{ organisationId: orgA, role: 'partner-focal-point' }],
  });
  const b = await services.users.create(system, {
    ...bob,
    displayName: 'Focal B',
    memberships: [{ organisationId: orgB, role: 'partner-focal-point' }],
  });
  return { db, services, clock, orgA, orgB, alice: { ...alice, id: a.id }, bob: { ...bob, id: b.id } };
}

/**
 * The input of a registry entry for aggregated, non-personal data (a district needs assessment),
 * valid as it stands; `over` replaces fields. Shared by the registry, sharing and mail tests.
 */
export function aggregatedEntryInput(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'District needs assessment',
    description: 'Aggregated MSNA indicators.',
    purpose: 'Response planning.',
    kind: 'asset',
    dataTypes: ['needs-assessment'],
    containsPersonalData: false,
    containsDemographicData: false,
    dataSubjects: 'Households (aggregated)',
    collectionMethod: 'household-survey',
    storageLocation: 'Steward',
    accessDescription: 'IM team',
    aggregationLevel: 'adm2',
    includesNames: false,
    includesCoordinates: false,
    retentionPeriod: '2 years',
    destructionMethod: 'Secure deletion',
    focalPoint: 'IM officer',
    nextReviewOn: '2026-09-01',
    sharedWithCluster: false,
    ...over,
  };
}

const reviewers = new WeakMap<Services, Map<string, Actor>>();

/**
 * A signed-off, in-date data impact assessment of the author's organisation linking `entryIds`:
 * what Steward asks for before an entry with personal data or a High/Severe level is activated and
 * before a new partner-to-partner flow (decision 0024). Taken through every step with one risk,
 * then signed off by a second person of the organisation (an IM officer made for it once per
 * services instance).
 */
export async function signedOffDia(
  w: { services: Services },
  author: Actor,
  entryIds: readonly string[],
  options: { title?: string; reviewDue?: string } = {},
): Promise<{ id: string }> {
  const organisationId = author.activeOrganisationId;
  if (!organisationId) throw new Error('signedOffDia: the author has no active organisation');
  const byOrg = reviewers.get(w.services) ?? new Map<string, Actor>();
  reviewers.set(w.services, byOrg);
  let second = byOrg.get(organisationId);
  if (!second) {
    const email = `dia-reviewer-${organisationId.slice(0, 8)}@example.org`;
    const password = `${email}-password`;
    await w.services.users.create(system, {
      email,
      password,
      displayName: 'DIA reviewer',
      memberships: [{ organisationId, role: 'partner-im-officer' }],
    });
    second = (await w.services.auth.login({ email, password, ip: null, userAgent: null })).actor;
    byOrg.set(organisationId, second);
  }
  const dia = await w.services.assessments.create(author, {
    title: options.title ?? 'Sharing with partners',
    entryIds: [...entryIds],
    reviewDue: options.reviewDue ?? '2030-12-31',
  });
  for (const step of DIA_STEPS.filter((s) => s !== 'update'))
    await w.services.assessments.setStep(author, dia.id, step, { state: 'complete', answer: step });
  await w.services.assessments.addRisk(author, dia.id, {
    threat: 'Onward sharing beyond the recipient',
    vulnerability: 'Copies kept on laptops',
    likelihood: 'possible',
    severity: 'moderate',
    measures: [{ text: 'Agreement forbids onward sharing', owner: 'IM officer' }],
    residualLikelihood: 'rare',
    residualSeverity: 'moderate',
  });
  return w.services.assessments.signOff(second, dia.id);
}

/** The actor that a personal API token of a demo user gives in one of their organisations (by acronym). */
export async function demoActor(services: Services, email: string, acronym: string): Promise<Actor> {
  const user = (await services.users.findByEmail(system, email))!;
  const org = (await services.organisations.list(system)).find((o) => o.acronym === acronym)!;
  const { token } = await services.tokens.create(system, {
    userId: user.id,
    organisationId: org.id,
    name: 't',
  });
  return (await services.auth.authenticateToken(`Bearer ${token}`))!;
}

/** The ServiceError a call rejects with; the test fails when it succeeds or fails otherwise. */
export async function serviceFailure(p: Promise<unknown>): Promise<ServiceError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ServiceError) return e;
    throw e;
  }
  throw new Error('expected a ServiceError');
}
