/**
 * A demo data impact assessment (issue 11 §3): TRI's protection monitoring, linked to the raw
 * household survey, the provincial figures and the agreement that gives the cluster those
 * figures; the 11 steps done but the update, two risks (one rated by the precautionary rule)
 * with measures and residual ratings, signed off by TRI's focal point (the second person), shared
 * with the cluster, review due in six months. Fictional.
 */
import { DIA_STEPS } from '@steward/core/assessments/index';
import type { Tx } from '@steward/db';
import { queryRows } from '@steward/db';
import { insertAssessment, insertAssessmentRisk } from '@steward/db/repositories/assessments';
import { findOrganisationByAcronym } from '@steward/db/repositories/organisations';
import { insertRegistryChange } from '@steward/db/repositories/registry';
import { findUserByEmail } from '@steward/db/repositories/users';
import { sql } from 'drizzle-orm';
import { demoAuditor } from './demo-audit';

const ANSWERS: Record<(typeof DIA_STEPS)[number], string> = {
  need: 'Household interviews record protection incidents with names and locations of people at risk: personal data of highly vulnerable people. A full assessment is needed.',
  team: 'TRI protection manager (lead), IM officer, IT officer, a protection monitor; the cluster IMO consulted. Two weeks; reviewed after each monitoring round.',
  describe:
    'Kobo forms on TRI phones; raw responses stay in TRI storage; only provincial figures leave TRI, to the cluster under an agreement. See the data-flow map.',
  consult: 'Monitors, two community committees, the cluster IMO and the hosting provider were consulted.',
  identify_risks:
    'Seizure of phones at checkpoints; re-identification from small counts in published figures.',
  assess_risks:
    'See the risk register. Seizure: likelihood unknown in the current conflict, severity severe (precautionary rule).',
  solutions:
    'Encrypted phones with remote wipe; upload and delete daily; small numbers suppressed before figures leave TRI.',
  recommendations:
    'Adopt the solutions before the next round; train monitors; check suppression on every release.',
  implement_report: 'Measures in place for round 3; a summary of this report was shared with the cluster.',
  expert_review: 'Reviewed by the TRI regional data protection focal point.',
  update: '',
};

export async function loadAssessmentsDemo(tx: Tx, now: Date): Promise<void> {
  const audit = demoAuditor(tx, now);
  const tri = await findOrganisationByAcronym(tx, 'TRI');
  if (!tri) throw new Error('demo: organisation TRI missing');
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const entries = await queryRows<{ id: string }>(
    tx,
    sql`select id from registry_entries where organisation_id = ${tri.id}
          and title like 'Protection monitoring%' order by title`,
  );
  const agreements = await queryRows<{ id: string }>(
    tx,
    sql`select id from agreements where provider_organisation_id = ${tri.id}
          and registry_entry_id in (select id from registry_entries where organisation_id = ${tri.id}
                                      and title like 'Protection monitoring%')`,
  );
  const signer = await findUserByEmail(tx, 'focal-point@demo.example.org');
  const steps = Object.fromEntries(
    DIA_STEPS.map((s) => [s, { state: s === 'update' ? 'not_started' : 'complete', answer: ANSWERS[s] }]),
  );
  const dia = await insertAssessment(tx, {
    organisationId: tri.id,
    title: 'Protection monitoring — household interviews',
    scope:
      'Household interviews in Cabo Delgado by TRI monitors, and the provincial figures given to the cluster.',
    status: 'signed_off',
    steps,
    entryIds: entries.map((e) => e.id),
    agreementIds: agreements.map((a) => a.id),
    reviewDue: day(180),
    authorId: null,
    authorName: 'TRI protection manager',
    signedOffBy: signer?.id ?? null,
    signedOffName: signer?.displayName ?? 'TRI focal point',
    signedOffAt: new Date(now.getTime() - 10 * 86_400_000),
    sharedWithCluster: true,
    createdAt: new Date(now.getTime() - 30 * 86_400_000),
    updatedAt: new Date(now.getTime() - 10 * 86_400_000),
  });
  const risks = [
    {
      principles: ['confidentiality', 'data_security'],
      threat: 'An armed group seizes a monitor’s phone at a checkpoint',
      vulnerability: 'Interview records stay on the phone until the next upload',
      likelihood: 'unknown',
      severity: 'severe',
      existingControls: 'Phones locked with a PIN',
      measures: [
        { text: 'Encrypt phones and enable remote wipe', owner: 'TRI IT officer', due: day(-20) },
        { text: 'Upload and delete records every day', owner: 'Protection monitors', due: day(-20) },
      ],
      residualLikelihood: 'rare',
      residualSeverity: 'severe',
    },
    {
      principles: ['personal_data_protection'],
      threat: 'People are re-identified from small counts in provincial figures',
      vulnerability: 'Some districts have very few reported incidents',
      likelihood: 'possible',
      severity: 'high',
      existingControls: '',
      measures: [{ text: 'Suppress counts below the ISP threshold', owner: 'TRI IM officer', due: null }],
      residualLikelihood: 'rare',
      residualSeverity: 'high',
    },
  ];
  for (const [i, r] of risks.entries())
    await insertAssessmentRisk(tx, {
      assessmentId: dia.id,
      organisationId: tri.id,
      position: i + 1,
      ...r,
      createdAt: dia.createdAt,
    });
  await audit('assessment.created', 'impact-assessment', dia.id, tri.id, { entries: dia.entryIds });
  await activateCovered(tx, now, dia.id, dia.entryIds, tri.id, signer);
  await audit('assessment.signed-off', 'impact-assessment', dia.id, tri.id, { risks: risks.length });
}

/**
 * FUDA's assessment of sharing its IDP site list (site names and GPS points, Severe) with TRI's
 * monitors: the DIA the site list was activated with and its agreement rests on. Signed off seven
 * months ago; its review date passed three weeks ago, so the registry flags the site list as lacking
 * its DIA until FUDA reviews it (the browser test starts that new assessment). Not shared.
 */
export async function loadFudaAssessmentDemo(tx: Tx, now: Date): Promise<void> {
  const audit = demoAuditor(tx, now);
  const fuda = await findOrganisationByAcronym(tx, 'FUDA');
  if (!fuda) throw new Error('demo: organisation FUDA missing');
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const entries = await queryRows<{ id: string }>(
    tx,
    sql`select id from registry_entries where organisation_id = ${fuda.id}
          and title like 'IDP site list%' order by title`,
  );
  const agreements = await queryRows<{ id: string }>(
    tx,
    sql`select id from agreements where provider_organisation_id = ${fuda.id}`,
  );
  const signer = await findUserByEmail(tx, 'im-officer@demo.example.org');
  const steps = Object.fromEntries(
    DIA_STEPS.map((s) => [
      s,
      { state: s === 'update' ? 'not_started' : 'complete', answer: FUDA_ANSWERS[s] ?? ANSWERS[s] },
    ]),
  );
  const dia = await insertAssessment(tx, {
    organisationId: fuda.id,
    title: 'IDP site list — sharing site locations with partners',
    scope: 'The site list with GPS points given to TRI monitors under an agreement.',
    status: 'signed_off',
    steps,
    entryIds: entries.map((e) => e.id),
    agreementIds: agreements.map((a) => a.id),
    reviewDue: day(-20),
    authorId: null,
    authorName: 'FUDA DTM coordinator',
    signedOffBy: signer?.id ?? null,
    signedOffName: signer?.displayName ?? 'FUDA IM officer',
    signedOffAt: new Date(now.getTime() - 200 * 86_400_000),
    sharedWithCluster: false,
    createdAt: new Date(now.getTime() - 210 * 86_400_000),
    updatedAt: new Date(now.getTime() - 200 * 86_400_000),
  });
  await insertAssessmentRisk(tx, {
    assessmentId: dia.id,
    organisationId: fuda.id,
    position: 1,
    principles: ['human_rights', 'data_security'],
    threat: 'Site points reach an armed group through a forwarded file',
    vulnerability: 'Partners keep downloaded copies on laptops',
    likelihood: 'possible',
    severity: 'severe',
    existingControls: 'Agreement forbids onward sharing',
    measures: [
      { text: 'Share through Steward only; copies destroyed at expiry', owner: 'FUDA IM officer', due: null },
    ],
    residualLikelihood: 'rare',
    residualSeverity: 'severe',
    createdAt: dia.createdAt,
  });
  await audit('assessment.created', 'impact-assessment', dia.id, fuda.id, { entries: dia.entryIds });
  await activateCovered(tx, now, dia.id, dia.entryIds, fuda.id, signer);
  await audit('assessment.signed-off', 'impact-assessment', dia.id, fuda.id, { risks: 1 });
  await loadFudaNeedsAssessmentDemo(tx, now);
}

/**
 * FUDA's assessment of giving its district needs aggregates to partners: sharing them with a
 * member that never received them is a new partner flow (decision 0024), so the demo's pending
 * request from RCSN can be approved under it (the approval links the agreement to it). Signed off
 * by FUDA's focal point three weeks ago, review due in five months. Not shared.
 */
async function loadFudaNeedsAssessmentDemo(tx: Tx, now: Date): Promise<void> {
  const audit = demoAuditor(tx, now);
  const fuda = await findOrganisationByAcronym(tx, 'FUDA');
  if (!fuda) throw new Error('demo: organisation FUDA missing');
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const entries = await queryRows<{ id: string }>(
    tx,
    sql`select id from registry_entries where organisation_id = ${fuda.id}
          and title like 'Multi-sector needs assessment%' order by title`,
  );
  const author = await findUserByEmail(tx, 'im-officer@demo.example.org');
  const signer = await findUserByEmail(tx, 'focal-point.fuda@demo.example.org');
  const steps = Object.fromEntries(
    DIA_STEPS.map((s) => [
      s,
      { state: s === 'update' ? 'not_started' : 'complete', answer: NEEDS_ANSWERS[s] ?? ANSWERS[s] },
    ]),
  );
  const dia = await insertAssessment(tx, {
    organisationId: fuda.id,
    title: 'Needs assessment — district aggregates to partners',
    scope: 'MSNA indicators aggregated to district, given to member organisations under agreements.',
    status: 'signed_off',
    steps,
    entryIds: entries.map((e) => e.id),
    agreementIds: [],
    reviewDue: day(150),
    authorId: author?.id ?? null,
    authorName: author?.displayName ?? 'FUDA IM officer',
    signedOffBy: signer?.id ?? null,
    signedOffName: signer?.displayName ?? 'FUDA focal point',
    signedOffAt: new Date(now.getTime() - 21 * 86_400_000),
    sharedWithCluster: false,
    createdAt: new Date(now.getTime() - 40 * 86_400_000),
    updatedAt: new Date(now.getTime() - 21 * 86_400_000),
  });
  await insertAssessmentRisk(tx, {
    assessmentId: dia.id,
    organisationId: fuda.id,
    position: 1,
    principles: ['human_rights', 'confidentiality'],
    threat: 'Small district figures single out communities',
    vulnerability: 'Some districts have very few households surveyed',
    likelihood: 'possible',
    severity: 'moderate',
    existingControls: 'District aggregates only; no household rows leave FUDA',
    measures: [{ text: 'Suppress cells below the ISP threshold', owner: 'FUDA IM officer', due: null }],
    residualLikelihood: 'rare',
    residualSeverity: 'moderate',
    createdAt: dia.createdAt,
  });
  await audit('assessment.created', 'impact-assessment', dia.id, fuda.id, { entries: dia.entryIds });
  await audit('assessment.signed-off', 'impact-assessment', dia.id, fuda.id, { risks: 1 });
}

const NEEDS_ANSWERS: Partial<Record<(typeof DIA_STEPS)[number], string>> = {
  need: 'District aggregates carry no personal data, but giving them to a partner for the first time is a new data flow between partners.',
  describe: 'FUDA data platform; district tables go to partners through Steward under an agreement.',
  identify_risks: 'Communities singled out by small district figures; tables passed on beyond the recipient.',
};

const FUDA_ANSWERS: Partial<Record<(typeof DIA_STEPS)[number], string>> = {
  need: 'The site list holds site names and GPS points of displaced people: Severe under the ISP, and a new flow to TRI.',
  describe: 'DTM database at FUDA; the list goes to TRI monitors through Steward under an agreement.',
  identify_risks: 'Site points forwarded beyond TRI; copies kept after the agreement ends.',
};

/** The entries a signed-off demo DIA covers wait as drafts until then; now they are activated. */
async function activateCovered(
  tx: Tx,
  now: Date,
  assessmentId: string,
  entryIds: readonly string[],
  organisationId: string,
  signer: { id: string; displayName: string } | null,
): Promise<void> {
  const audit = demoAuditor(tx, now);
  for (const entryId of entryIds) {
    const [entry] = await queryRows<{ status: string }>(
      tx,
      sql`select status from registry_entries where id = ${entryId}`,
    );
    if (entry?.status !== 'draft') continue;
    await tx.execute(sql`update registry_entries set status = 'active' where id = ${entryId}`);
    await insertRegistryChange(tx, {
      entryId,
      organisationId,
      at: now,
      actorUserId: signer?.id ?? null,
      actorName: signer?.displayName ?? 'Demo loader',
      action: 'activated',
      changes: [{ field: 'status', from: 'draft', to: 'active' }],
    });
    await audit('registry.entry-activated', 'registry-entry', entryId, organisationId, {
      assessment: assessmentId,
    });
  }
}
