import { describe, expect, it } from 'vitest';
import type { AggregationLevel, PurposeId, RecipientClass, ShareForm } from '../vocabulary/index';
import { decide, decisionToJson, type DecisionOutcome, type DecisionReason } from './decide';
import type { AssetFacts } from './model';
import { fixtureIsp } from './test-support/fixture-isp';

const isp = fixtureIsp();

function facts(dataType: string, aggregation: AggregationLevel, extra: Partial<AssetFacts> = {}): AssetFacts {
  return { dataType, aggregation, includesNames: false, includesCoordinates: false, ...extra };
}

interface Case {
  name: string;
  facts: AssetFacts;
  to: RecipientClass;
  purpose?: PurposeId;
  form?: ShareForm;
  decision: DecisionOutcome;
  sensitivity: string;
  rule: string | null;
  reason: DecisionReason;
  conditions?: string[];
  matched?: string[];
  explains?: RegExp[];
}

const cases: Case[] = [
  // Single rule, each recipient class.
  {
    name: 'national 5W to the public',
    facts: facts('3w-4w-5w', 'adm0', { includesNames: true }),
    to: 'public',
    decision: 'allow',
    sensitivity: 'low',
    rule: '5w-admin-low',
    reason: 'allowed',
    conditions: [],
    explains: [/5w-admin-low/, /Low or no sensitivity/, /Allowed for the public/, /Sudan ISP/],
  },
  {
    name: 'national 5W to the cluster',
    facts: facts('3w-4w-5w', 'adm1'),
    to: 'cluster',
    decision: 'allow',
    sensitivity: 'low',
    rule: '5w-admin-low',
    reason: 'allowed',
  },
  {
    name: 'national 5W to an organisation',
    facts: facts('3w-4w-5w', 'adm2'),
    to: 'organisation',
    decision: 'allow',
    sensitivity: 'low',
    rule: '5w-admin-low',
    reason: 'allowed',
  },
  {
    name: 'national 5W to a bilateral party without agreement (approach is public)',
    facts: facts('3w-4w-5w', 'adm2'),
    to: 'bilateral',
    decision: 'allow',
    sensitivity: 'low',
    rule: '5w-admin-low',
    reason: 'allowed',
  },
  {
    name: 'ADM3 5W to the public',
    facts: facts('3w-4w-5w', 'adm3'),
    to: 'public',
    decision: 'deny',
    sensitivity: 'moderate',
    rule: '5w-adm3-moderate',
    reason: 'approach-too-restrictive',
    conditions: [],
    explains: [/needs the approach "Public"/, /at most "All cluster members \(coordination\)"/],
  },
  {
    name: 'ADM3 5W to the cluster, with the rule condition',
    facts: facts('3w-4w-5w', 'adm3'),
    to: 'cluster',
    decision: 'allow-with-conditions',
    sensitivity: 'moderate',
    rule: '5w-adm3-moderate',
    reason: 'allowed',
    conditions: ['remove-partner-names'],
    explains: [/Remove partner names/],
  },
  // Conflicting rules: highest sensitivity wins.
  {
    name: 'ADM4 5W with names: severe rule wins over moderate',
    facts: facts('3w-4w-5w', 'adm4', { includesNames: true }),
    to: 'cluster',
    decision: 'deny',
    sensitivity: 'severe',
    rule: '5w-local-named-severe',
    reason: 'approach-too-restrictive',
    matched: ['5w-local-named-severe', '5w-local-moderate'],
    explains: [/2 rules matched; the highest sensitivity wins/, /Also matched: "5w-local-moderate"/],
  },
  {
    name: 'ADM4 5W without names: only the moderate rule',
    facts: facts('3w-4w-5w', 'adm5'),
    to: 'cluster',
    decision: 'allow',
    sensitivity: 'moderate',
    rule: '5w-local-moderate',
    reason: 'allowed',
    matched: ['5w-local-moderate'],
  },
  {
    name: 'ADM4 5W with names to a bilateral party without agreement',
    facts: facts('3w-4w-5w', 'adm4', { includesNames: true }),
    to: 'bilateral',
    decision: 'deny',
    sensitivity: 'severe',
    rule: '5w-local-named-severe',
    reason: 'no-active-agreement',
    explains: [/no active agreement/],
  },
  {
    name: 'ADM4 5W with names to a bilateral party with an active agreement',
    facts: facts('3w-4w-5w', 'adm4', { includesNames: true, activeAgreement: true }),
    to: 'bilateral',
    decision: 'allow',
    sensitivity: 'severe',
    rule: '5w-local-named-severe',
    reason: 'allowed',
  },
  {
    name: 'needs assessment at ADM2: moderate wins, conditions of both rules',
    facts: facts('needs-assessment', 'adm2'),
    to: 'cluster',
    decision: 'allow-with-conditions',
    sensitivity: 'moderate',
    rule: 'na-district-moderate',
    reason: 'allowed',
    conditions: ['aggregate-to-level:adm2'],
    matched: ['na-district-moderate', 'na-admin-low'],
  },
  {
    name: 'needs assessment at ADM2 to the public: denied',
    facts: facts('needs-assessment', 'adm2'),
    to: 'public',
    decision: 'deny',
    sensitivity: 'moderate',
    rule: 'na-district-moderate',
    reason: 'approach-too-restrictive',
  },
  {
    name: 'needs assessment at ADM1 to the public',
    facts: facts('needs-assessment', 'adm1'),
    to: 'public',
    decision: 'allow',
    sensitivity: 'low',
    rule: 'na-admin-low',
    reason: 'allowed',
  },
  // Ties.
  {
    name: 'tie on level: the more restrictive approach wins',
    facts: facts('humanitarian-access', 'adm2'),
    to: 'organisation',
    decision: 'deny',
    sensitivity: 'high',
    rule: 'acc-b',
    reason: 'approach-too-restrictive',
    matched: ['acc-b', 'acc-a'],
  },
  {
    name: 'tie on level and approach: the more specific rule wins',
    facts: facts('movement-locations', 'adm2'),
    to: 'cluster',
    decision: 'allow',
    sensitivity: 'moderate',
    rule: 'mov-specific',
    reason: 'allowed',
    matched: ['mov-specific', 'mov-broad'],
  },
  // Not shared.
  {
    name: 'referral forms: not shared, even bilaterally with an agreement',
    facts: facts('referral-data', 'individual', { includesNames: true, activeAgreement: true }),
    to: 'bilateral',
    decision: 'deny',
    sensitivity: 'severe',
    rule: 'ref-not-shared',
    reason: 'not-shared',
    explains: [/stay with the owning organisation/],
  },
  {
    name: 'aggregate referrals to a named organisation',
    facts: facts('referral-data', 'adm1'),
    to: 'organisation',
    decision: 'allow-with-conditions',
    sensitivity: 'high',
    rule: 'ref-aggregate-high',
    reason: 'allowed',
    conditions: ['suppress-below-n:5'],
  },
  {
    name: 'aggregate referrals with names: no rule matches',
    facts: facts('referral-data', 'adm1', { includesNames: true }),
    to: 'bilateral',
    decision: 'deny',
    sensitivity: 'high',
    rule: null,
    reason: 'unclassified',
    explains: [/Unclassified/, /no rule/, /referral-data at ADM1/],
  },
  // No match.
  {
    name: 'a data type with no rule',
    facts: facts('distribution', 'adm0'),
    to: 'public',
    decision: 'deny',
    sensitivity: 'high',
    rule: null,
    reason: 'unclassified',
    matched: [],
  },
  {
    name: 'a data type not on the ISP list',
    facts: facts('weather', 'adm0'),
    to: 'cluster',
    decision: 'deny',
    sensitivity: 'high',
    rule: null,
    reason: 'unclassified',
  },
  // Consent qualifier.
  {
    name: 'contacts with consent to the cluster',
    facts: facts('aid-worker-contacts', 'individual', { includesNames: true, consentObtained: true }),
    to: 'cluster',
    decision: 'allow',
    sensitivity: 'low',
    rule: 'awc-consent-low',
    reason: 'allowed',
  },
  {
    name: 'contacts with consent to the public: coordination only',
    facts: facts('aid-worker-contacts', 'individual', { includesNames: true, consentObtained: true }),
    to: 'public',
    decision: 'deny',
    sensitivity: 'low',
    rule: 'awc-consent-low',
    reason: 'approach-too-restrictive',
  },
  {
    name: 'contacts, consent not stated = not obtained',
    facts: facts('aid-worker-contacts', 'individual', { includesNames: true }),
    to: 'cluster',
    decision: 'deny',
    sensitivity: 'high',
    rule: 'awc-no-consent-high',
    reason: 'approach-too-restrictive',
  },
  {
    name: 'contacts without consent on request',
    facts: facts('aid-worker-contacts', 'individual', { consentObtained: false }),
    to: 'organisation',
    decision: 'allow',
    sensitivity: 'high',
    rule: 'awc-no-consent-high',
    reason: 'allowed',
  },
  {
    name: 'contacts with coordinates, bilateral with agreement',
    facts: facts('aid-worker-contacts', 'individual', { includesCoordinates: true, activeAgreement: true }),
    to: 'bilateral',
    decision: 'allow',
    sensitivity: 'severe',
    rule: 'awc-located-severe',
    reason: 'allowed',
  },
  // Purpose.
  {
    name: 'FGD analysis for an allowed purpose',
    facts: facts('fgd-kii-analysis', 'adm2'),
    to: 'organisation',
    purpose: 'protection-analysis',
    decision: 'allow',
    sensitivity: 'high',
    rule: 'fgd-purpose-high',
    reason: 'allowed',
  },
  {
    name: 'FGD analysis for another purpose',
    facts: facts('fgd-kii-analysis', 'adm2'),
    to: 'organisation',
    purpose: 'advocacy',
    decision: 'deny',
    sensitivity: 'high',
    rule: 'fgd-purpose-high',
    reason: 'purpose-not-allowed',
    explains: [/protection analysis and research/, /"advocacy and public information" is not one of them/],
  },
  {
    name: 'FGD analysis with no purpose stated',
    facts: facts('fgd-kii-analysis', 'adm2'),
    to: 'organisation',
    decision: 'deny',
    sensitivity: 'high',
    rule: 'fgd-purpose-high',
    reason: 'purpose-not-allowed',
    explains: [/no purpose was stated/],
  },
  // Forms.
  {
    name: 'form share adds nothing',
    facts: facts('3w-4w-5w', 'adm0'),
    to: 'public',
    form: 'share',
    decision: 'allow',
    sensitivity: 'low',
    rule: '5w-admin-low',
    reason: 'allowed',
    conditions: [],
  },
  {
    name: 'form export to the cluster adds nothing',
    facts: facts('3w-4w-5w', 'adm0'),
    to: 'cluster',
    form: 'export',
    decision: 'allow',
    sensitivity: 'low',
    rule: '5w-admin-low',
    reason: 'allowed',
    conditions: [],
  },
  {
    name: 'form download under an agreement embeds its reference',
    facts: facts('3w-4w-5w', 'adm4', { includesNames: true, activeAgreement: true }),
    to: 'bilateral',
    form: 'download',
    decision: 'allow-with-conditions',
    sensitivity: 'severe',
    rule: '5w-local-named-severe',
    reason: 'allowed',
    conditions: ['embed-agreement-reference'],
  },
  {
    name: 'form export under an agreement embeds its reference',
    facts: facts('3w-4w-5w', 'adm4', { includesNames: true, activeAgreement: true }),
    to: 'bilateral',
    form: 'export',
    decision: 'allow-with-conditions',
    sensitivity: 'severe',
    rule: '5w-local-named-severe',
    reason: 'allowed',
    conditions: ['embed-agreement-reference'],
  },
  {
    name: 'form publication requires disclosure control',
    facts: facts('3w-4w-5w', 'adm1'),
    to: 'public',
    form: 'publication',
    decision: 'allow-with-conditions',
    sensitivity: 'low',
    rule: '5w-admin-low',
    reason: 'allowed',
    conditions: ['disclosure-control-required'],
  },
  {
    name: 'aggregate publication: threshold 3 for other tables',
    facts: facts('3w-4w-5w', 'adm1'),
    to: 'public',
    form: 'aggregate-publication',
    decision: 'allow-with-conditions',
    sensitivity: 'low',
    rule: '5w-admin-low',
    reason: 'allowed',
    conditions: ['suppress-below-n:3'],
    explains: [/Suppress cells with a count below 3/],
  },
  {
    name: 'aggregate publication: threshold 5 for protection tables',
    facts: facts('protection-monitoring-case-data', 'adm1'),
    to: 'public',
    form: 'aggregate-publication',
    decision: 'allow-with-conditions',
    sensitivity: 'low',
    rule: 'pm-state-low',
    reason: 'allowed',
    conditions: ['suppress-below-n:5'],
  },
  {
    name: 'aggregate publication keeps the stricter of rule and form thresholds',
    facts: facts('referral-data', 'adm2'),
    to: 'organisation',
    form: 'aggregate-publication',
    decision: 'allow-with-conditions',
    sensitivity: 'high',
    rule: 'ref-aggregate-high',
    reason: 'allowed',
    conditions: ['suppress-below-n:5'],
  },
  {
    name: 'a form never turns a deny into an allow',
    facts: facts('3w-4w-5w', 'adm3'),
    to: 'public',
    form: 'aggregate-publication',
    decision: 'deny',
    sensitivity: 'moderate',
    rule: '5w-adm3-moderate',
    reason: 'approach-too-restrictive',
    conditions: [],
  },
];

const key = (c: { kind: string; level?: string; n?: number }) =>
  c.kind + (c.level !== undefined ? `:${c.level}` : '') + (c.n !== undefined ? `:${c.n}` : '');

describe('decide', () => {
  it.each(cases)('$name', (c) => {
    const d = decide(isp, c.facts, c.to, c.purpose, c.form);
    expect(d.decision).toBe(c.decision);
    expect(d.sensitivity).toBe(c.sensitivity);
    expect(d.rule).toBe(c.rule);
    expect(d.reason).toBe(c.reason);
    if (c.conditions) expect(d.conditions.map(key)).toEqual(c.conditions);
    if (c.matched) expect(d.matchedRules.map((m) => m.id)).toEqual(c.matched);
    for (const re of c.explains ?? []) expect(d.explanation).toMatch(re);
    expect(d.decision === 'allow-with-conditions').toBe(d.conditions.length > 0);
    expect(d.ispVersion).toBe('1.0');
  });

  it('does not depend on the order of the rules', () => {
    const reversed = fixtureIsp([...isp.rules].reverse());
    for (const c of cases) {
      const a = decide(isp, c.facts, c.to, c.purpose, c.form);
      const b = decide(reversed, c.facts, c.to, c.purpose, c.form);
      expect(b).toEqual(a);
    }
  });

  it('defaults the form to share', () => {
    const f = facts('3w-4w-5w', 'adm1');
    expect(decide(isp, f, 'public', undefined)).toEqual(decide(isp, f, 'public', undefined, 'share'));
  });
});

describe('decisionToJson', () => {
  it('prints exactly the CLI contract keys', () => {
    const d = decide(isp, facts('needs-assessment', 'adm2'), 'cluster', undefined, 'aggregate-publication');
    const json = decisionToJson(d);
    expect(Object.keys(json)).toEqual(['sensitivity', 'decision', 'conditions', 'rule', 'explanation']);
    expect(json).toMatchObject({
      sensitivity: 'moderate',
      decision: 'allow-with-conditions',
      rule: 'na-district-moderate',
    });
    expect(json.conditions).toEqual([
      { kind: 'aggregate-to-level', level: 'adm2', text: 'Aggregate to ADM2 (district) or higher' },
      { kind: 'suppress-below-n', n: 3, text: 'Suppress cells with a count below 3' },
    ]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('prints rule null when unclassified', () => {
    const json = decisionToJson(decide(isp, facts('distribution', 'adm1'), 'cluster', undefined));
    expect(json.rule).toBeNull();
    expect(json.decision).toBe('deny');
    expect(json.sensitivity).toBe('high');
  });
});
