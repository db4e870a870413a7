// Migration 0071 (task walk2): agreements made before 17d4eef hold the ISP's conditions as the
// English sentences describeCondition wrote; the migration rewrites them to the keys agreements
// store now (`suppress-below-n:5`), so each reader sees them in their language. Other text (a
// provider's own condition) is left as written, in its place. The migration is run again on rows
// written as before it (it is idempotent: keys and other text are not sentences).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { conditionKey, describeCondition, type Condition } from '@steward/core/isp/index';
import { AGGREGATION_LEVELS, CONDITION_KINDS } from '@steward/core/vocabulary/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database';
import { findAgreement, insertAgreement, insertRegistryEntry } from './repositories/index';
import { createTestDatabase, ownerSql, seedOrganisationsWithMembers } from './testing';

const at = new Date('2026-12-01T10:00:00Z');
const migration = readFileSync(
  join(import.meta.dirname, '..', 'drizzle', '0071_agreement-conditions-as-keys.sql'),
  'utf8',
);
let db: Database;
let provider = '';
let entryId = '';
let n = 0;

/** Every condition the ISP vocabulary can make (every kind, every level, a few thresholds). */
const everyCondition: Condition[] = CONDITION_KINDS.ids.flatMap((kind): Condition[] => {
  if (kind === 'aggregate-to-level') return AGGREGATION_LEVELS.ids.map((level) => ({ kind, level }));
  if (kind === 'suppress-below-n') return [0, 1, 5, 10, 250].map((k) => ({ kind, n: k }));
  return [{ kind }];
});

async function agreementWith(conditions: string[]): Promise<string> {
  n += 1;
  return db.asSystem('test', async (tx) => {
    const row = await insertAgreement(tx, {
      reference: `DSA-2026-${String(9000 + n)}`,
      registryEntryId: entryId,
      entryVersion: 1,
      providerOrganisationId: provider,
      recipientName: 'Outside recipient',
      purpose: 'p',
      conditions,
      dataTypes: [],
      sensitivity: 'low',
      startsOn: '2026-12-01',
      expiresOn: '2027-12-01',
      signatories: [],
      createdAt: at,
    });
    return row.id;
  });
}

async function conditionsOf(id: string): Promise<string[] | undefined> {
  return db.asSystem('test', async (tx) => (await findAgreement(tx, id))?.conditions);
}

beforeAll(async () => {
  db = await createTestDatabase();
  const { org } = await seedOrganisationsWithMembers(db, at, { A: 'national-ngo' }, []);
  provider = org.A!;
  entryId = await db.asSystem('test', async (tx) => {
    const entry = await insertRegistryEntry(tx, {
      organisationId: provider,
      kind: 'asset',
      title: 'Entry',
      description: 'd',
      purpose: 'p',
      dataTypes: [],
      containsPersonalData: false,
      containsDemographicData: false,
      dataSubjects: 's',
      collectionMethod: 'c',
      storageLocation: 's',
      accessDescription: 'a',
      aggregationLevel: 'adm2',
      includesNames: false,
      includesCoordinates: false,
      retentionPeriod: 'r',
      destructionMethod: 'd',
      focalPoint: 'f',
      nextReviewOn: '2027-12-01',
      createdAt: at,
      updatedAt: at,
    });
    return entry.id;
  });
});
afterAll(async () => db?.close());

describe('migration 0071: agreement conditions as keys', () => {
  it('rewrites every sentence describeCondition wrote to its key, in place', async () => {
    const id = await agreementWith(everyCondition.map(describeCondition));
    await ownerSql(db, migration);
    expect(await conditionsOf(id)).toEqual(everyCondition.map(conditionKey));
  });

  it("leaves a provider's own text and keys as written, and rewrites the old demo sentence", async () => {
    const own = [
      'Share with the health cluster only',
      'suppress-below-n:5',
      'Suppress cells with a count below 05',
      'Suppress cells with a count below 5 and round',
      'aggregate to ADM2 (district) or higher',
      'No onward sharing without written authorisation of the provider',
      'Aggregate to ADM2 (district) or higher',
    ];
    const id = await agreementWith(own);
    const empty = await agreementWith([]);
    await ownerSql(db, migration);
    expect(await conditionsOf(id)).toEqual([
      'Share with the health cluster only',
      'suppress-below-n:5',
      'Suppress cells with a count below 05',
      'Suppress cells with a count below 5 and round',
      'aggregate to ADM2 (district) or higher',
      'no-onward-sharing',
      'aggregate-to-level:adm2',
    ]);
    expect(await conditionsOf(empty)).toEqual([]);
  });
});
