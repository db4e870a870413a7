// DIA triggers enforced in the services (domain notes §9.2), on a real test database (PGlite, or
// the server named by TEST_DATABASE_URL): a registry entry with personal data or a High/Severe ISP
// level starts as a draft and is activated only with a signed-off, in-date DIA linking it; an edit
// that makes an active entry need one is refused; the registry list flags and filters the entries
// that lack it; a publication with coordinates needs one; republishing checks it again.
import { insertIspVersion } from '@steward/db/repositories/isp';
import { DIA_STEPS } from '@steward/core/assessments/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIsp } from '../demo/registry-demo';
import type { Actor } from '../types';
import { aggregatedEntryInput, createWorld, system, type World } from '../test-support/fixtures';

let w: World;
let alice: Actor; // focal point of A
let irene: Actor; // IM officer of A (signs off)
let carol: Actor; // cluster coordinator
let imo: Actor; // cluster IMO (signs off the cluster's DIA)

const login = async (email: string, password: string) =>
  (await w.services.auth.login({ email, password, ip: null, userAgent: null })).actor;

const audit = async (actor: Actor, targetId: string) =>
  (await w.services.audit.list(actor, { limit: 500 })).filter((e) => e.targetId === targetId);

/** A DIA taken through every step and signed off by a second person. */
async function signedOffDia(author: Actor, second: Actor, title: string, entryIds: string[] = []) {
  let dia = await w.services.assessments.create(author, { title, entryIds, reviewDue: '2026-12-31' });
  for (const step of DIA_STEPS.filter((s) => s !== 'update'))
    dia = await w.services.assessments.setStep(author, dia.id, step, { state: 'complete', answer: step });
  await w.services.assessments.addRisk(author, dia.id, {
    threat: 'Disclosure of case files',
    vulnerability: 'Shared laptops',
    likelihood: 'possible',
    severity: 'high',
    measures: [{ text: 'Encrypted storage', owner: 'IM officer' }],
    residualLikelihood: 'rare',
    residualSeverity: 'high',
  });
  return w.services.assessments.signOff(second, dia.id);
}

beforeAll(async () => {
  w = await createWorld({ twoFactorRequired: false });
  await w.db.asSystem('test', (tx) => {
    // The demo ISP, but this cluster lets 3/4/5W site points go to its members: then only the DIA
    // stands between a table with coordinates and its publication.
    const demo = demoIsp(w.clock.now);
    const isp = {
      ...demo,
      rules: demo.rules.map((r) =>
        r.id === '5w-coordinates-severe'
          ? { ...r, sensitivity: 'moderate' as const, sharing: 'coordination' as const }
          : r,
      ),
    };
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
    ['imo@example.org', 'Cluster IMO', orgC, 'cluster-imo'],
    ['irene@example.org', 'IM officer A', w.orgA, 'partner-im-officer'],
  ] as const)
    await w.services.users.create(system, {
      email,
      password: `${email}-password`,
      displayName: name,
      memberships: [{ organisationId, role }],
    });
  alice = await login(w.alice.email, w.alice.password);
  carol = await login('carol@example.org', 'carol@example.org-password');
  imo = await login('imo@example.org', 'imo@example.org-password');
  irene = await login('irene@example.org', 'irene@example.org-password');
}, 120_000);
afterAll(async () => w?.db.close());

describe('registry entry activation', () => {
  let caseEntry = '';
  let plainEntry = '';

  it('creates an entry with personal data as a draft that lacks its DIA; others active', async () => {
    const personal = await w.services.registry.create(
      alice,
      aggregatedEntryInput({
        title: 'Case management',
        containsPersonalData: true,
        legalBasis: 'vital-interest',
        dataTypes: ['protection-monitoring-case-data'],
        aggregationLevel: 'individual',
        includesNames: true,
      }),
    );
    caseEntry = personal.id;
    expect(personal.status).toBe('draft');
    expect(personal.dia).toMatchObject({
      missing: true,
      satisfiedBy: null,
      assessments: [],
      start: `/assessments?entry=${caseEntry}`,
    });
    expect(personal.dia?.reasons).toContain('dia.required.personal_data');
    const plain = await w.services.registry.create(alice, aggregatedEntryInput());
    plainEntry = plain.id;
    expect(plain).toMatchObject({ status: 'active', dia: { reasons: [], missing: false } });
    const list = await w.services.registry.list(alice);
    expect(list.find((i) => i.id === caseEntry)).toMatchObject({ status: 'draft', diaMissing: true });
    expect(list.find((i) => i.id === plainEntry)).toMatchObject({ status: 'active', diaMissing: false });
    expect((await w.services.registry.list(alice, { dia: 'missing' })).map((i) => i.id)).toEqual([caseEntry]);
    expect((await w.services.registry.list(alice, { status: 'draft' })).map((i) => i.id)).toEqual([
      caseEntry,
    ]);
  });

  it('refuses to activate without a signed-off DIA linking the entry (audited), then activates with one', async () => {
    await expect(w.services.registry.activate(alice, caseEntry)).rejects.toMatchObject({
      code: 'dia-required',
      details: {
        reasons: expect.arrayContaining(['dia.required.personal_data']),
        start: `/assessments?entry=${caseEntry}`,
        assessmentId: null,
      },
    });
    expect((await audit(alice, caseEntry)).map((e) => e.action)).toContain('assessment.required');
    // a draft DIA linking it: still refused, naming it
    const draft = await w.services.assessments.create(alice, { title: 'Draft DIA', entryIds: [caseEntry] });
    await expect(w.services.registry.activate(alice, caseEntry)).rejects.toMatchObject({
      code: 'dia-required',
      details: { assessmentId: draft.id },
    });
    // a signed-off DIA that does not link the entry does not count
    await signedOffDia(alice, irene, 'Another activity');
    await expect(w.services.registry.activate(alice, caseEntry)).rejects.toMatchObject({
      code: 'dia-required',
    });
    const dia = await signedOffDia(alice, irene, 'Case management DIA', [caseEntry]);
    expect(dia.status).toBe('signed_off');
    const active = await w.services.registry.activate(alice, caseEntry);
    expect(active).toMatchObject({ status: 'active', dia: { missing: false, satisfiedBy: dia.id } });
    expect(active.history.at(-1)).toMatchObject({
      action: 'activated',
      changes: [{ field: 'status', from: 'draft', to: 'active' }],
    });
    const activated = (await audit(alice, caseEntry)).find((e) => e.action === 'registry.entry-activated');
    expect(activated?.details).toMatchObject({ assessment: dia.id });
    expect((await w.services.registry.list(alice, { dia: 'missing' })).map((i) => i.id)).toEqual([]);
  });

  it('only lets the owner data managers activate', async () => {
    const bob = await login(w.bob.email, w.bob.password);
    await expect(w.services.registry.activate(bob, caseEntry)).rejects.toMatchObject({
      code: expect.stringMatching(/^(not-found|forbidden)$/),
    });
  });

  it('refuses an edit that makes an active entry need a DIA it lacks, and keeps the entry unchanged', async () => {
    await expect(
      w.services.registry.update(alice, plainEntry, { containsPersonalData: true, legalBasis: 'consent' }),
    ).rejects.toMatchObject({ code: 'dia-required', details: { start: `/assessments?entry=${plainEntry}` } });
    const after = await w.services.registry.get(alice, plainEntry);
    expect(after).toMatchObject({ containsPersonalData: false, status: 'active' });
    // an edit that changes nothing the trigger looks at goes through
    await expect(
      w.services.registry.update(alice, plainEntry, { description: 'Updated description.' }),
    ).resolves.toMatchObject({ description: 'Updated description.' });
  });

  it('flags an active entry whose DIA lapsed (review date passed)', async () => {
    w.clock.now = new Date('2027-01-05T09:00:00Z');
    try {
      const list = await w.services.registry.list(alice, { dia: 'missing' });
      expect(list.map((i) => i.id)).toEqual([caseEntry]);
      expect(list[0]).toMatchObject({ status: 'active', diaMissing: true });
    } finally {
      w.clock.now = new Date('2026-03-01T09:00:00.000Z');
    }
  });
});

describe('publication with coordinates and republishing', () => {
  const table = {
    dimensions: [
      { name: 'coordinates', codes: [{ code: '-25.9653, 32.5892' }, { code: '-13.3124, 40.5511' }] },
      { name: 'sex', codes: [{ code: 'f' }, { code: 'm' }] },
    ],
    rows: [
      { codes: ['-25.9653, 32.5892', 'f'], count: 120 },
      { codes: ['-25.9653, 32.5892', 'm'], count: 98 },
      { codes: ['-13.3124, 40.5511', 'f'], count: 64 },
      { codes: ['-13.3124, 40.5511', 'm'], count: 40 },
    ],
  };
  const publication = {
    title: 'People reached by site',
    dataType: '3w-4w-5w',
    aggregation: 'adm1',
    audience: 'cluster',
    table,
  };
  let diaId = '';
  let publicationId = '';

  it('refuses a table with coordinates (seen in the table, or declared) without a DIA', async () => {
    await expect(w.services.publication.publish(carol, publication)).rejects.toMatchObject({
      code: 'dia-required',
      details: { reasons: ['dia.required.coordinates'] },
    });
    const plainTable = {
      dimensions: [{ name: 'adm1', codes: [{ code: 'MZ01' }, { code: 'MZ02' }] }, table.dimensions[1]!],
      rows: table.rows.map((r, i) => ({ ...r, codes: [i < 2 ? 'MZ01' : 'MZ02', r.codes[1]!] })),
    };
    await expect(
      w.services.publication.publish(carol, { ...publication, table: plainTable, includesCoordinates: true }),
    ).rejects.toMatchObject({ code: 'dia-required', details: { reasons: ['dia.required.coordinates'] } });
    await expect(
      w.services.publication.publish(carol, { ...publication, table: plainTable }),
    ).resolves.toMatchObject({ publication: { includesCoordinates: false, assessmentId: null } });
  });

  it('publishes with a signed-off DIA of the publisher and remembers it', async () => {
    diaId = (await signedOffDia(carol, imo, 'Site figures')).id;
    const out = await w.services.publication.publish(carol, { ...publication, assessmentId: diaId });
    publicationId = out.publication.id;
    expect(out.publication).toMatchObject({ includesCoordinates: true, assessmentId: diaId });
  });

  it('republishing checks the DIA again: a lapsed DIA withdraws the publication', async () => {
    await expect(w.services.publication.republish(carol, publicationId)).resolves.toMatchObject({
      publication: { version: 2, status: 'published', assessmentId: diaId },
    });
    w.clock.now = new Date('2027-01-05T09:00:00Z');
    try {
      await expect(w.services.publication.republish(carol, publicationId)).rejects.toMatchObject({
        code: 'dia-required',
        details: { assessmentId: diaId },
      });
      expect((await w.services.publication.get(carol, publicationId)).status).toBe('unpublished');
      await expect(
        w.services.publication.republish(carol, publicationId, { assessmentId: 'not-a-uuid' }),
      ).rejects.toMatchObject({ code: 'validation' });
    } finally {
      w.clock.now = new Date('2026-03-01T09:00:00.000Z');
    }
    // in date again (or with another DIA named), it is republished
    await expect(
      w.services.publication.republish(carol, publicationId, { assessmentId: diaId }),
    ).resolves.toMatchObject({ publication: { status: 'published', version: 3 } });
  });
});
