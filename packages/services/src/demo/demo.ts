/**
 * The demo response: a fictional protection response in Mozambique. Real admin-1/admin-2 p-codes
 * (mozambique-admin-areas.csv, OCHA CODs via HDX), invented organisations, one user per role
 * plus a focal point for every partner organisation, with passwords drawn from the randomBytes
 * passed in. No real person is named.
 */
import { readFileSync } from 'node:fs';
import { landingMembership, type MembershipRole } from '@steward/core/auth/permissions';
import {
  getMeta,
  insertAdminAreas,
  findUserByEmail,
  insertMembership,
  insertOrganisation,
  insertUser,
  listMembershipsOfUser,
  setMeta,
  type AdminAreaRow,
  type OrganisationType,
} from '@steward/db';
import { demoAuditor } from './demo-audit';
import { hashPassword } from '../auth/index';
import { ServiceError } from '../errors';
import type { Context } from '../types';
import { loadDirectoryDemo } from './directory-demo';
import { loadReportingDemo } from './reporting-demo';
import { DEMO_REFERRAL_ORGS, loadReferralsDemo, type DemoKeyHolder } from './referrals-demo';
import { loadRegistryDemo } from './registry-demo';
import { loadDiagnosticDemo } from './diagnostic-demo';
import { loadIncidentsDemo } from './incidents-demo';
import { loadAssessmentsDemo, loadFudaAssessmentDemo } from './assessments-demo';

export const DEMO_LOADED_KEY = 'demo-loaded';
export const ADMIN_AREAS_FILE = new URL('./mozambique-admin-areas.csv', import.meta.url);

/** Parses the committed gazetteer extract (lines starting with # are attribution). */
export function parseAdminAreasCsv(text: string, source = 'mozambique-admin-areas.csv'): AdminAreaRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = lines.shift();
  if (header !== 'Location,Admin Level,P-Code,Name,Parent P-Code,Valid from date')
    throw new Error(`${source}: unexpected header ${header ?? '(none)'}`);
  return lines.map((line, i) => {
    const cells = line.split(',');
    const [country, level, pcode, name, parent, validFrom] = cells;
    if (cells.length !== 6 || !country || !pcode || !name || !(level === '1' || level === '2')) {
      throw new Error(`${source}: row ${i + 2}: expected 6 columns with Admin Level 1 or 2`);
    }
    return {
      countryIso3: country,
      level: Number(level),
      pcode,
      name,
      parentPcode: parent || null,
      validFrom: validFrom || null,
    };
  });
}

export function loadMozambiqueAdminAreas(): AdminAreaRow[] {
  return parseAdminAreasCsv(readFileSync(ADMIN_AREAS_FILE, 'utf8'));
}

const ORGANISATIONS: { key: string; name: string; acronym: string; type: OrganisationType }[] = [
  { key: 'lead', name: 'Demo Protection Cluster Coordination Unit', acronym: 'DPCCU', type: 'cluster-lead' },
  { key: 'un', name: 'Fictional United Displacement Agency', acronym: 'FUDA', type: 'un-agency' },
  { key: 'ingo1', name: 'Tidewater Relief International', acronym: 'TRI', type: 'international-ngo' },
  { key: 'ingo2', name: 'Baobab Child Safety Alliance', acronym: 'BCSA', type: 'international-ngo' },
  { key: 'nngo1', name: 'Associação Mãos Dadas (demo)', acronym: 'AMD', type: 'national-ngo' },
  { key: 'nngo2', name: 'Rede Comunitária Sol Nascente (demo)', acronym: 'RCSN', type: 'national-ngo' },
  { key: 'gov', name: 'Demo Provincial Directorate of Social Action', acronym: 'DPDSA', type: 'government' },
];

type DemoRole = MembershipRole | 'admin';
const USERS: {
  role: DemoRole;
  email: string;
  displayName: string;
  memberships: { org: string; role: MembershipRole }[];
}[] = [
  {
    role: 'admin',
    email: 'admin@demo.example.org',
    displayName: 'Demo Administrator',
    memberships: [{ org: 'lead', role: 'viewer' }],
  },
  {
    role: 'cluster-coordinator',
    email: 'coordinator@demo.example.org',
    displayName: 'Demo Cluster Coordinator',
    memberships: [{ org: 'lead', role: 'cluster-coordinator' }],
  },
  {
    role: 'cluster-imo',
    email: 'imo@demo.example.org',
    displayName: 'Demo Cluster IMO',
    memberships: [{ org: 'lead', role: 'cluster-imo' }],
  },
  {
    role: 'partner-focal-point',
    email: 'focal-point@demo.example.org',
    displayName: 'Demo Partner Focal Point',
    memberships: [
      { org: 'ingo1', role: 'partner-focal-point' },
      { org: 'nngo1', role: 'viewer' },
    ],
  },
  {
    role: 'partner-im-officer',
    email: 'im-officer@demo.example.org',
    displayName: 'Demo Partner IM Officer',
    memberships: [{ org: 'un', role: 'partner-im-officer' }],
  },
  {
    role: 'caseworker',
    email: 'caseworker@demo.example.org',
    displayName: 'Demo Caseworker',
    memberships: [{ org: 'nngo2', role: 'caseworker' }],
  },
  // Caseworkers of TRI and AMD: with the RCSN caseworker above, they hold the demo's referral keys.
  ...(['ingo1', 'nngo1'] as const).map((org) => {
    const acronym = ORGANISATIONS.find((o) => o.key === org)!.acronym;
    return {
      role: 'caseworker' as const,
      email: `caseworker.${acronym.toLowerCase()}@demo.example.org`,
      displayName: `Demo Caseworker ${acronym}`,
      memberships: [{ org, role: 'caseworker' as const }],
    };
  }),
  {
    role: 'viewer',
    email: 'viewer@demo.example.org',
    displayName: 'Demo Viewer',
    memberships: [{ org: 'gov', role: 'viewer' }],
  },
  // A focal point for every other member organisation: each one endorses the ISP and decides
  // requests for its own organisation (the first focal point above speaks for TRI).
  ...(['un', 'ingo2', 'nngo1', 'nngo2', 'gov'] as const).map((org) => {
    const acronym = ORGANISATIONS.find((o) => o.key === org)!.acronym;
    return {
      role: 'partner-focal-point' as const,
      email: `focal-point.${acronym.toLowerCase()}@demo.example.org`,
      displayName: `Demo Focal Point ${acronym}`,
      memberships: [{ org, role: 'partner-focal-point' as const }],
    };
  }),
];

const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A 20-character password from `randomBytes` (rejection sampling: no modulo bias). */
export function generatePassword(randomBytes: (n: number) => Uint8Array, length = 20): string {
  const limit = 256 - (256 % ALPHABET.length);
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit && out.length < length) out += ALPHABET[byte % ALPHABET.length];
    }
  }
  return out;
}

export interface DemoCredential {
  email: string;
  password: string;
  role: DemoRole;
  organisationAcronym: string;
  /** For demo users holding referral keys: what STEWARD_KEY_PASSPHRASE needs. */
  keyPassphrase?: string;
}

export interface DemoLoadResult {
  organisations: { id: string; name: string; acronym: string; type: OrganisationType }[];
  credentials: DemoCredential[];
  adminAreas: number;
}

export function createDemoService(ctx: Context) {
  const isLoaded = (): Promise<boolean> =>
    ctx.db.asSystem('demo-load', async (tx) => (await getMeta(tx, DEMO_LOADED_KEY)) !== undefined);
  return {
    isLoaded,

    /** Loads the demo response once. Throws `conflict` when already loaded. Returns the logins (print once). */
    async load(options: { randomBytes?: (n: number) => Uint8Array } = {}): Promise<DemoLoadResult> {
      if (await isLoaded()) throw new ServiceError('conflict', 'The demo response is loaded already.');
      const random = options.randomBytes ?? ctx.randomBytes;
      const areas = loadMozambiqueAdminAreas();
      const prepared = await Promise.all(
        USERS.map(async (u) => {
          const password = generatePassword(random);
          return { ...u, password, passwordHash: await hashPassword(password) };
        }),
      );
      return ctx.db.asSystem('demo-load', async (tx) => {
        if ((await getMeta(tx, DEMO_LOADED_KEY)) !== undefined)
          throw new ServiceError('conflict', 'The demo response is loaded already.');
        const now = ctx.clock();
        const audit = demoAuditor(tx, now);
        const adminAreas = await insertAdminAreas(tx, areas);
        const orgIds = new Map<
          string,
          { id: string; name: string; acronym: string; type: OrganisationType }
        >();
        for (const o of ORGANISATIONS) {
          const row = await insertOrganisation(tx, {
            name: o.name,
            acronym: o.acronym,
            type: o.type,
            isClusterMember: true,
          });
          orgIds.set(o.key, row);
          await audit('organisation.create', 'organisation', row.id, row.id);
        }
        const credentials: DemoCredential[] = [];
        for (const u of prepared) {
          const user = await insertUser(
            tx,
            {
              email: u.email,
              displayName: u.displayName,
              passwordHash: u.passwordHash,
              isAdmin: u.role === 'admin',
            },
            now,
          );
          await audit('user.create', 'user', user.id, null, { isAdmin: user.isAdmin });
          for (const m of u.memberships) {
            const org = orgIds.get(m.org)!;
            await insertMembership(tx, { userId: user.id, organisationId: org.id, role: m.role }, now);
            await audit('membership.add', 'user', user.id, org.id, { role: m.role });
          }
          // Print what the user lands in at sign-in: the same rule and order as the session.
          const landing = landingMembership(await listMembershipsOfUser(tx, user.id))!;
          credentials.push({
            email: u.email,
            password: u.password,
            role: u.role === 'admin' ? 'admin' : landing.role,
            organisationAcronym: landing.acronym,
          });
        }
        await loadRegistryDemo(tx, ctx, now);
        await loadDirectoryDemo(tx, now);
        await loadReportingDemo(tx, now);
        await loadDiagnosticDemo(tx, now);
        await loadIncidentsDemo(tx, now);
        await loadAssessmentsDemo(tx, now);
        await loadFudaAssessmentDemo(tx, now);
        const holders: DemoKeyHolder[] = [];
        for (const c of credentials) {
          if (
            c.role !== 'caseworker' ||
            !(DEMO_REFERRAL_ORGS as readonly string[]).includes(c.organisationAcronym)
          )
            continue;
          c.keyPassphrase = generatePassword(random);
          const u = await findUserByEmail(tx, c.email);
          holders.push({ userId: u!.id, acronym: c.organisationAcronym, passphrase: c.keyPassphrase });
        }
        await loadReferralsDemo(tx, now, holders);
        await setMeta(tx, DEMO_LOADED_KEY, { at: now.toISOString() });
        return { organisations: [...orgIds.values()], credentials, adminAreas };
      });
    },
  };
}
