import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DbActor } from './database';
import {
  findAssessment,
  insertAssessment,
  insertAssessmentRisk,
  listAllAssessmentRisks,
  listAssessments,
  listAssessmentsForEntry,
  updateAssessment,
  deleteAssessmentRisk,
} from './repositories/index';
import { createTestDatabase, seedOrganisationsWithMembers } from './testing';

const at = new Date('2026-12-01T10:00:00Z');
let db: Database;
let org: Record<string, string> = {};
let user: Record<string, string> = {};
let diaA = '';
let riskA = '';
const entryId = '00000000-0000-4000-8000-0000000000e1';

const as = (name: string, o: string): DbActor => ({
  userId: user[name]!,
  organisationId: org[o]!,
  admin: false,
});

const base = (organisationId: string, title: string) => ({
  organisationId,
  title,
  status: 'draft',
  steps: {},
  entryIds: [entryId],
  agreementIds: [],
  authorName: 'x',
  createdAt: at,
  updatedAt: at,
});

beforeAll(async () => {
  db = await createTestDatabase();
  ({ org, user } = await seedOrganisationsWithMembers(
    db,
    at,
    { A: 'national-ngo', B: 'international-ngo', CL: 'cluster-lead' },
    [
      ['imA', 'A', 'partner-im-officer'],
      ['imB', 'B', 'partner-im-officer'],
      ['coord', 'CL', 'cluster-coordinator'],
    ],
  ));
  await db.withActor(as('imA', 'A'), async (tx) => {
    diaA = (await insertAssessment(tx, base(org.A!, 'A private DIA'))).id;
    riskA = (
      await insertAssessmentRisk(tx, {
        assessmentId: diaA,
        organisationId: org.A!,
        position: 1,
        principles: [],
        threat: 't',
        vulnerability: 'v',
        likelihood: 'unknown',
        severity: 'severe',
        measures: [],
        createdAt: at,
      })
    ).id;
  });
});
afterAll(async () => db?.close());

describe('impact assessments under row-level security', () => {
  it('shows an organisation its own assessments and risks only', async () => {
    await db.withActor(as('imA', 'A'), async (tx) => {
      expect((await listAssessments(tx)).map((r) => r.title)).toEqual(['A private DIA']);
      expect(await listAssessmentsForEntry(tx, entryId)).toHaveLength(1);
      expect(await listAllAssessmentRisks(tx)).toHaveLength(1);
    });
    await db.withActor(as('imB', 'B'), async (tx) => {
      expect(await listAssessments(tx)).toEqual([]);
      expect(await findAssessment(tx, diaA)).toBeNull();
      expect(await listAssessmentsForEntry(tx, entryId)).toEqual([]);
      expect(await listAllAssessmentRisks(tx)).toEqual([]);
      // cannot change, delete or add to another organisation's assessment
      expect(await updateAssessment(tx, diaA, { title: 'hijacked' })).toBeNull();
      expect(await deleteAssessmentRisk(tx, riskA)).toBe(false);
    });
    await db.withActor(as('coord', 'CL'), async (tx) => {
      expect(await listAssessments(tx)).toEqual([]);
    });
  });

  it('refuses writes in another organisation’s name', async () => {
    await expect(
      db.withActor(as('imB', 'B'), (tx) => insertAssessment(tx, base(org.A!, 'forged'))),
    ).rejects.toThrow();
    await expect(
      db.withActor(as('imB', 'B'), (tx) =>
        insertAssessmentRisk(tx, {
          assessmentId: diaA,
          organisationId: org.B!,
          position: 2,
          principles: [],
          threat: 't',
          vulnerability: 'v',
          likelihood: 'rare',
          severity: 'low',
          measures: [],
          createdAt: at,
        }),
      ),
    ).rejects.toThrow();
  });

  it('lets cluster roles read an assessment once its owner shares it, never write it', async () => {
    await db.withActor(as('imA', 'A'), (tx) => updateAssessment(tx, diaA, { sharedWithCluster: true }));
    await db.withActor(as('coord', 'CL'), async (tx) => {
      expect((await listAssessments(tx)).map((r) => r.id)).toEqual([diaA]);
      expect(await listAllAssessmentRisks(tx)).toHaveLength(1);
      expect(await updateAssessment(tx, diaA, { status: 'signed_off' })).toBeNull();
    });
    await db.withActor(as('imB', 'B'), async (tx) => expect(await listAssessments(tx)).toEqual([]));
    await db.withActor(as('imA', 'A'), async (tx) =>
      expect((await findAssessment(tx, diaA))?.status).toBe('draft'),
    );
  });
});
