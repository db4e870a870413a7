import { describe, expect, it } from 'vitest';
import { overallRating, signOffProblems, type DiaRisk } from './assessment';
import { buildFlowMap } from './flow-map';
import { DIA_STEPS, completion, type DiaStep, type StepState } from './steps';
import { adminLevelOf, diaGate, diaRequired, diaSatisfies } from './triggers';

const allComplete = Object.fromEntries(DIA_STEPS.map((s) => [s, 'complete'])) as Record<DiaStep, StepState>;
const risk: DiaRisk = {
  id: 'r1',
  principles: ['confidentiality'],
  threat: 'Armed group seizes a laptop',
  vulnerability: 'Case lists stored unencrypted',
  likelihood: 'unknown',
  severity: 'severe',
  measures: [{ text: 'Full-disk encryption', owner: 'IT focal point' }],
  residualLikelihood: 'rare',
  residualSeverity: 'severe',
};

describe('DIA steps and sign-off', () => {
  it('has the 11 ICRC steps and measures completion', () => {
    expect(DIA_STEPS).toHaveLength(11);
    expect(completion({})).toBe(0);
    expect(completion(allComplete)).toBe(100);
    expect(completion({ need: 'complete', team: 'not_applicable', describe: 'in_progress' })).toBe(18);
  });

  it('signs off only by a second person, with steps done, a review date and measures', () => {
    const dia = { steps: allComplete, risks: [risk], authorId: 'u1', reviewDue: '2027-06-30' };
    expect(signOffProblems(dia, 'u2')).toEqual([]);
    expect(signOffProblems(dia, 'u1')).toEqual(['dia.sign_off.same_person']);
    expect(signOffProblems({ ...dia, reviewDue: null }, 'u2')).toEqual(['dia.sign_off.no_review_date']);
    expect(signOffProblems({ ...dia, steps: { ...allComplete, consult: 'in_progress' } }, 'u2')).toEqual([
      'dia.sign_off.steps_incomplete',
    ]);
    // step 11 (update) may stay open
    expect(signOffProblems({ ...dia, steps: { ...allComplete, update: 'not_started' } }, 'u2')).toEqual([]);
    expect(signOffProblems({ ...dia, risks: [{ ...risk, measures: [] }] }, 'u2')).toEqual([
      'dia.sign_off.risk_without_measure',
    ]);
    const noResidual: DiaRisk = { ...risk, residualLikelihood: undefined };
    expect(signOffProblems({ ...dia, risks: [noResidual] }, 'u2')).toEqual([
      'dia.sign_off.risk_without_residual',
    ]);
    expect(signOffProblems({ ...dia, risks: [{ ...risk, vulnerability: ' ' }] }, 'u2')).toEqual([
      'dia.sign_off.threat_without_vulnerability',
    ]);
  });

  it('rates the assessment by its worst risk, before and after measures', () => {
    expect(overallRating([risk], false)).toBe('very_high');
    expect(overallRating([risk], true)).toBe('medium');
    expect(overallRating([], false)).toBeNull();
  });
});

describe('DIA triggers (domain notes §9.2)', () => {
  it('asks for a DIA on personal data or a high/severe level', () => {
    expect(diaRequired({ kind: 'registry_entry', personalData: false, level: 'moderate' })).toEqual([]);
    expect(diaRequired({ kind: 'registry_entry', personalData: true, level: 'low' })).toEqual([
      'dia.required.personal_data',
    ]);
    expect(diaRequired({ kind: 'registry_entry', personalData: false, level: 'high' })).toEqual([
      'dia.required.high_or_severe',
    ]);
    expect(diaRequired({ kind: 'registry_entry', personalData: true, level: 'severe' })).toHaveLength(2);
  });
  it('asks for a DIA before publishing finer than admin-2 or with coordinates, and for a new partner flow', () => {
    expect(diaRequired({ kind: 'publication', adminLevel: 2, coordinates: false })).toEqual([]);
    expect(diaRequired({ kind: 'publication', adminLevel: 3, coordinates: false })).toEqual([
      'dia.required.finer_than_admin2',
    ]);
    expect(diaRequired({ kind: 'publication', adminLevel: 1, coordinates: true })).toEqual([
      'dia.required.coordinates',
    ]);
    expect(diaRequired({ kind: 'partner_flow', newFlow: true })).toEqual(['dia.required.partner_flow']);
    expect(diaRequired({ kind: 'partner_flow', newFlow: false })).toEqual([]);
  });
  it('is satisfied only by a signed-off DIA whose review date has not passed', () => {
    expect(diaSatisfies(undefined, '2026-12-06')).toBe(false);
    expect(diaSatisfies({ status: 'draft', reviewDue: '2027-01-01' }, '2026-12-06')).toBe(false);
    expect(diaSatisfies({ status: 'signed_off', reviewDue: '2026-12-05' }, '2026-12-06')).toBe(false);
    expect(diaSatisfies({ status: 'signed_off', reviewDue: '2026-12-06' }, '2026-12-06')).toBe(true);
  });
});

describe('data-flow map', () => {
  it('draws who sends what to whom at which level', () => {
    const map = buildFlowMap({
      subjectsLabel: 'Affected people',
      entries: [{ id: 'e1', title: 'Case management', ownerName: 'Alpha Aid', level: 'severe' }],
      agreements: [
        {
          id: 'a1',
          entryTitle: 'Case management',
          fromName: 'Alpha Aid',
          toName: 'Beta Relief',
          level: 'severe',
        },
      ],
    });
    expect(map.nodes.map((n) => n.label)).toEqual(['Affected people', 'Alpha Aid', 'Beta Relief']);
    expect(map.flows).toEqual([
      {
        from: 'n1',
        to: 'n2',
        what: 'Case management',
        level: 'severe',
        source: { kind: 'registry_entry', id: 'e1' },
      },
      {
        from: 'n2',
        to: 'n3',
        what: 'Case management',
        level: 'severe',
        source: { kind: 'agreement', id: 'a1' },
      },
    ]);
  });
});

describe('DIA gate', () => {
  const signed = { id: 'd1', status: 'signed_off', reviewDue: '2027-06-30' };
  const draft = { id: 'd2', status: 'draft', reviewDue: '2027-06-30' };
  it('blocks an activity that needs a DIA until a linked one is signed off and in date', () => {
    const entry = { kind: 'registry_entry', personalData: true, level: 'moderate' } as const;
    expect(diaGate(entry, [], '2026-12-06')).toEqual({
      reasons: ['dia.required.personal_data'],
      satisfiedBy: null,
      blocked: true,
    });
    expect(diaGate(entry, [draft], '2026-12-06').blocked).toBe(true);
    expect(diaGate(entry, [draft, signed], '2026-12-06')).toMatchObject({
      satisfiedBy: 'd1',
      blocked: false,
    });
    expect(diaGate(entry, [signed], '2027-07-01').blocked).toBe(true);
    expect(diaGate({ kind: 'partner_flow', newFlow: false }, [], '2026-12-06').blocked).toBe(false);
  });
  it('reads admin levels from aggregation levels; sites, households and individuals are finer than admin-2', () => {
    expect(['adm0', 'adm2', 'adm3', 'site', 'individual', 'other'].map(adminLevelOf)).toEqual([
      0,
      2,
      3,
      9,
      9,
      null,
    ]);
    expect(
      diaRequired({ kind: 'publication', adminLevel: adminLevelOf('household'), coordinates: false }),
    ).toEqual(['dia.required.finer_than_admin2']);
  });
});
