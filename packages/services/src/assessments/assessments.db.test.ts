// Data impact assessments on a real test database (PGlite, or the server named by
// TEST_DATABASE_URL): create linked to a registry entry, the 11 steps, the risk register rated by
// the precautionary rule, sign-off only by a second person with everything in place, re-opening on
// change, the entries that lack a required DIA, the flow map, sharing with the cluster, audit.
import { insertIspVersion } from '@steward/db/repositories/isp';
import { DIA_STEPS } from '@steward/core/assessments/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIsp } from '../demo/registry-demo';
import type { Actor } from '../types';
import {
  aggregatedEntryInput,
  createWorld,
  signedOffDia,
  system,
  type World,
} from '../test-support/fixtures';

let w: World;
let alice: Actor; // focal point of A (author)
let irene: Actor; // IM officer of A (second person)
let dave: Actor; // caseworker of A
let bob: Actor; // focal point of B
let carol: Actor; // cluster coordinator
let personalEntry: string;
let plainEntry: string;
let agreementId: string;

const login = async (email: string, password: string) =>
  (await w.services.auth.login({ email, password, ip: null, userAgent: null })).actor;

const auditActions = async (targetId: string) =>
  (await w.services.audit.list(alice, { limit: 500 }))
    .filter((e) => e.targetId === targetId)
    .map((e) => e.action);

beforeAll(async () => {
  w = await createWorld({ twoFactorRequired: false });
  await w.db.asSystem('test', (tx) => {
    const isp = demoIsp(w.clock.now);
    return insertIspVersion(tx, {
      version: isp.version,
      status: 'endorsed',
      context: isp.context,
      reviewDue: isp.reviewDue,
      document: isp,
      basedOnId: null,
      createdAt: w.clock.now,
      createdBy: null,
      updatedAt: w.clock.now,
      endorsedAt: w.clock.now,
    });
  });
  const orgC = (
    await w.services.organisations.create(system, { name: 'Cluster', acronym: 'PC', type: 'cluster-lead' })
  ).id;
  for (const [email, name, organisationId, role] of [
    ['carol@example.org', 'Coordinator', orgC, 'cluster-coordinator'],
    ['irene@example.org', 'IM officer A', w.orgA, 'partner-im-officer'],
    ['dave@example.org', 'Caseworker A', w.orgA, 'caseworker'],
  ] as const)
    await w.services.users.create(system, {
      email,
      password: `${email}-password`,
      displayName: name,
      memberships: [{ organisationId, role }],
    });
  alice = await login(w.alice.email, w.alice.password);
  bob = await login(w.bob.email, w.bob.password);
  carol = await login('carol@example.org', 'carol@example.org-password');
  irene = await login('irene@example.org', 'irene@example.org-password');
  dave = await login('dave@example.org', 'dave@example.org-password');
  personalEntry = (
    await w.services.registry.create(
      alice,
      aggregatedEntryInput({
        title: 'GBV case management',
        containsPersonalData: true,
        legalBasis: 'vital-interest',
        dataTypes: ['protection-monitoring-case-data'],
        aggregationLevel: 'individual',
        includesNames: true,
      }),
    )
  ).id;
  plainEntry = (await w.services.registry.create(alice, aggregatedEntryInput({ sharedWithCluster: true })))
    .id;
  const req = await w.services.sharing.createRequest(bob, {
    registryEntryId: plainEntry,
    purpose: 'Joint analysis of needs by district.',
    intendedUse: 'Aggregated outputs in the cluster bulletin.',
    recipients: 'B IM team',
    requestedDurationDays: 30,
    contactEmail: 'im@b.example.org',
  });
  // A new partner flow: A's DIA of the sharing covers it (decision 0024).
  await signedOffDia(w, alice, [plainEntry], { title: 'Sharing district needs' });
  agreementId = (
    await w.services.sharing.approve(alice, req.id, {
      conditions: [],
      startsOn: '2026-03-01',
      expiresOn: '2026-03-31',
      signatories: [{ name: 'Focal A', role: 'Provider', organisation: 'ORGA', signedOn: '2026-03-01' }],
    })
  ).id;
}, 120_000);
afterAll(async () => w?.db.close());

let id = '';
const id0 = () => id;

describe('impact assessments', () => {
  it('shows which registry entries lack a required DIA', async () => {
    const req = await w.services.assessments.required(alice);
    const gbv = req.find((r) => r.entryId === personalEntry);
    expect(gbv).toMatchObject({ missing: true, satisfiedBy: null, assessments: [] });
    expect(gbv?.reasons).toContain('dia.required.personal_data');
    expect(req.find((r) => r.entryId === plainEntry)).toBeUndefined();
  });

  it('starts an assessment linked to an entry and an agreement (data managers of the owner only)', async () => {
    await expect(w.services.assessments.create(dave, { title: 'x' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(w.services.assessments.create(alice, { title: ' ' })).rejects.toMatchObject({
      code: 'validation',
      details: { fields: [{ path: 'title' }] },
    });
    await expect(
      w.services.assessments.create(bob, { title: 'x', entryIds: [personalEntry] }),
    ).rejects.toMatchObject({ code: 'validation', details: { fields: [{ path: 'entryIds.0' }] } });
    const dia = await w.services.assessments.create(alice, {
      title: 'GBV case management DIA',
      scope: 'Case files of survivors in two districts.',
      entryIds: [personalEntry, plainEntry],
      agreementIds: [agreementId],
    });
    id = dia.id;
    expect(dia).toMatchObject({ status: 'draft', completion: 0, own: true, organisation: 'ORGA' });
    expect(dia.steps.map((s) => s.step)).toEqual([...DIA_STEPS]);
    expect(dia.entries.map((e) => e.title)).toEqual(['GBV case management', 'District needs assessment']);
    // the flow map: affected people → ORGA (two entries), ORGA → ORGB (agreement)
    expect(dia.flowMap.nodes.map((n) => n.label)).toEqual(['Affected people', 'ORGA', 'ORGB']);
    expect(dia.flowMap.flows).toHaveLength(3);
    expect(dia.flowMap.flows[2]).toMatchObject({ from: 'n2', to: 'n3', what: 'District needs assessment' });
    // B and the cluster see nothing until it is shared
    await expect(w.services.assessments.get(bob, id)).rejects.toMatchObject({ code: 'not-found' });
    expect(await w.services.assessments.list(carol)).toEqual([]);
    const req = await w.services.assessments.required(alice);
    expect(req.find((r) => r.entryId === personalEntry)).toMatchObject({
      missing: true,
      assessments: [{ id, status: 'draft' }],
    });
  });

  it('rates risks by likelihood × severity with the precautionary rule', async () => {
    await expect(
      w.services.assessments.addRisk(alice, id, {
        threat: 't',
        vulnerability: 'v',
        likelihood: 'often',
        severity: 'high',
      }),
    ).rejects.toMatchObject({ details: { fields: [{ path: 'likelihood' }] } });
    await expect(
      w.services.assessments.addRisk(alice, id, {
        threat: 't',
        vulnerability: 'v',
        likelihood: 'rare',
        severity: 'high',
        residualLikelihood: 'rare',
      }),
    ).rejects.toMatchObject({ details: { fields: [{ path: 'residualSeverity' }] } });
    const dia = await w.services.assessments.addRisk(alice, id, {
      principles: ['confidentiality', 'data_security'],
      threat: 'An armed group seizes a caseworker laptop at a checkpoint',
      vulnerability: 'Case files are kept on laptops',
      likelihood: 'unknown',
      severity: 'severe',
      measures: [{ text: 'Full-disk encryption', owner: 'IT focal point', due: '2026-04-15' }],
    });
    expect(dia.risks[0]).toMatchObject({ score: null, rating: 'very_high', precautionary: true });
    expect(dia.rating).toBe('very_high');
    const rare = await w.services.assessments.addRisk(alice, id, {
      threat: 'Wrong recipient of an e-mail',
      vulnerability: 'Lists sent by e-mail',
      likelihood: 'possible',
      severity: 'moderate',
    });
    expect(rare.risks[1]).toMatchObject({ score: 4, rating: 'medium', precautionary: false });
  });

  it('signs off only by a second person once steps, review date, measures and residuals are in place', async () => {
    let dia = await w.services.assessments.get(alice, id);
    expect(dia.signOffProblems).toEqual(
      expect.arrayContaining([
        'dia.sign_off.steps_incomplete',
        'dia.sign_off.same_person',
        'dia.sign_off.no_review_date',
        'dia.sign_off.risk_without_measure',
        'dia.sign_off.risk_without_residual',
      ]),
    );
    await expect(
      w.services.assessments.setStep(alice, id, 'need', { state: 'complete', answer: '' }),
    ).rejects.toMatchObject({ details: { fields: [{ path: 'answer' }] } });
    await expect(
      w.services.assessments.setStep(alice, id, 'step12', { state: 'complete' }),
    ).rejects.toMatchObject({ details: { fields: [{ path: 'step' }] } });
    for (const step of DIA_STEPS.filter((s) => s !== 'update'))
      dia = await w.services.assessments.setStep(alice, id, step, {
        state: step === 'consult' ? 'not_applicable' : 'complete',
        answer: `Answer for ${step}`,
      });
    expect(dia.completion).toBe(91);
    dia = await w.services.assessments.update(alice, id, { reviewDue: '2026-09-01' });
    const [r1, r2] = dia.risks;
    dia = await w.services.assessments.updateRisk(alice, id, r1!.id, {
      ...r1,
      residualLikelihood: 'rare',
      residualSeverity: 'severe',
    });
    expect(dia.risks[0]).toMatchObject({ residualScore: 4, residualRating: 'medium' });
    await expect(w.services.assessments.signOff(irene, id)).rejects.toMatchObject({
      code: 'conflict',
      details: { problems: ['dia.sign_off.risk_without_measure', 'dia.sign_off.risk_without_residual'] },
    });
    await w.services.assessments.updateRisk(alice, id, r2!.id, {
      ...r2,
      measures: [{ text: 'Password-protected files only', owner: 'IM officer' }],
      residualLikelihood: 'rare',
      residualSeverity: 'moderate',
    });
    await expect(w.services.assessments.signOff(alice, id)).rejects.toMatchObject({
      code: 'conflict',
      details: { problems: ['dia.sign_off.same_person'] },
    });
    await expect(w.services.assessments.signOff(dave, id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(w.services.assessments.signOff(bob, id)).rejects.toMatchObject({ code: 'not-found' });
    dia = await w.services.assessments.signOff(irene, id);
    expect(dia).toMatchObject({
      status: 'signed_off',
      signedOffBy: 'IM officer A',
      residualRating: 'medium',
    });
    const req = await w.services.assessments.required(alice);
    expect(req.find((r) => r.entryId === personalEntry)).toMatchObject({ missing: false, satisfiedBy: id });
    expect(await auditActions(id)).toEqual(
      expect.arrayContaining(['assessment.created', 'assessment.risk-added', 'assessment.signed-off']),
    );
  });

  it('re-opens a signed-off assessment when it changes, and lapses after its review date', async () => {
    let dia = await w.services.assessments.setStep(alice, id, 'update', {
      state: 'in_progress',
      answer: 'New district',
    });
    expect(dia.status).toBe('draft');
    expect(await auditActions(id)).toContain('assessment.reopened');
    dia = await w.services.assessments.signOff(irene, id);
    expect(dia.status).toBe('signed_off');
    w.clock.now = new Date('2026-09-02T09:00:00Z');
    try {
      const req = await w.services.assessments.required(alice);
      expect(req.find((r) => r.entryId === personalEntry)).toMatchObject({ missing: true });
      expect((await w.services.assessments.get(alice, id)).reviewOverdue).toBe(true);
    } finally {
      w.clock.now = new Date('2026-03-01T09:00:00.000Z');
    }
  });

  it('lets cluster roles read it once the owner shares it (audited); they cannot change it', async () => {
    await expect(
      w.services.assessments.update(irene, id, { sharedWithCluster: true }),
    ).resolves.toMatchObject({
      sharedWithCluster: true,
      status: 'signed_off',
    });
    expect((await w.services.assessments.list(carol)).map((a) => a.id)).toEqual([id]);
    const seen = await w.services.assessments.get(carol, id);
    expect(seen.own).toBe(false);
    expect(seen.risks).toHaveLength(2);
    await expect(w.services.assessments.update(carol, id, { title: 'x' })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(await auditActions(id)).toContain('assessment.viewed');
    expect(await w.services.assessments.list(bob)).toEqual([]);
  });
});

describe('DIA triggers enforced', () => {
  const table = {
    dimensions: [
      { name: 'adm3', codes: [{ code: 'MZ010101' }, { code: 'MZ010102' }] },
      { name: 'sex', codes: [{ code: 'f' }, { code: 'm' }] },
    ],
    rows: [
      { codes: ['MZ010101', 'f'], count: 120 },
      { codes: ['MZ010101', 'm'], count: 98 },
      { codes: ['MZ010102', 'f'], count: 64 },
      { codes: ['MZ010102', 'm'], count: 40 },
    ],
  };
  const publication = {
    title: 'People reached by sub-district and sex',
    dataType: '3w-4w-5w',
    aggregation: 'adm3',
    audience: 'cluster',
    table,
  };

  it('refuses to publish finer than admin-2 without a signed-off DIA of the publisher, then publishes with one', async () => {
    const published = async () => (await w.services.publication.list(carol)).length;
    const before = await published();
    await expect(w.services.publication.publish(carol, publication)).rejects.toMatchObject({
      code: 'dia-required',
      details: { reasons: ['dia.required.finer_than_admin2'], start: '/assessments', assessmentId: null },
    });
    expect(await published()).toBe(before);
    // another organisation's DIA does not count
    await expect(
      w.services.publication.publish(carol, { ...publication, assessmentId: id0() }),
    ).rejects.toMatchObject({
      code: 'dia-required',
    });
    // the cluster's own DIA, still a draft: refused, naming it
    const orgC = carol.activeOrganisationId!;
    await w.services.users.create(system, {
      email: 'imo@example.org',
      password: 'imo-password-1234',
      displayName: 'Cluster IMO',
      memberships: [{ organisationId: orgC, role: 'cluster-imo' }],
    });
    const imo = await login('imo@example.org', 'imo-password-1234');
    let dia = await w.services.assessments.create(carol, {
      title: 'Sub-district figures',
      reviewDue: '2026-12-31',
    });
    await expect(
      w.services.publication.publish(carol, { ...publication, assessmentId: dia.id }),
    ).rejects.toMatchObject({ code: 'dia-required', details: { assessmentId: dia.id } });
    for (const step of DIA_STEPS.filter((s) => s !== 'update'))
      dia = await w.services.assessments.setStep(carol, dia.id, step, { state: 'complete', answer: step });
    dia = await w.services.assessments.addRisk(carol, dia.id, {
      threat: 'Re-identification in small sub-districts',
      vulnerability: 'Few people per sub-district',
      likelihood: 'possible',
      severity: 'high',
      measures: [{ text: 'Suppress small counts', owner: 'Cluster IMO' }],
      residualLikelihood: 'rare',
      residualSeverity: 'high',
    });
    await w.services.assessments.signOff(imo, dia.id);
    const out = await w.services.publication.publish(carol, { ...publication, assessmentId: dia.id });
    expect(out.publication.aggregation).toBe('adm3');
    expect(await published()).toBe(before + 1);
    // admin-2 and coarser need none
    await expect(
      w.services.publication.publish(carol, {
        ...publication,
        aggregation: 'adm2',
        table: { ...table, dimensions: [{ ...table.dimensions[0]!, name: 'adm2' }, table.dimensions[1]!] },
      }),
    ).resolves.toBeDefined();
  });
});
