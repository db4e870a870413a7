import { describe, expect, it } from 'vitest';
import { lintIsp } from './lint';
import type { Isp, IspRule } from './model';
import { defaultIspTemplate } from './template';
import { fixtureIsp } from './test-support/fixture-isp';

const base = defaultIspTemplate({ context: 'Test', reviewDue: '2026-06-30' });
const withRules = (rules: IspRule[], extra: Partial<Isp> = {}): Isp => ({
  ...base,
  ...extra,
  rules: [...base.rules, ...rules],
});
const codes = (isp: Isp) => lintIsp(isp).issues.map((i) => i.code);

describe('lintIsp', () => {
  it('reports overlapping rules with different outcomes, naming both rules and the overlap', () => {
    const result = lintIsp(fixtureIsp());
    const conflicts = result.issues.filter((i) => i.code === 'conflict');
    const ids = conflicts.map((c) => [...(c.ruleIds ?? [])].sort().join(' + '));
    expect(ids).toEqual(
      expect.arrayContaining([
        '5w-local-moderate + 5w-local-named-severe',
        'na-admin-low + na-district-moderate',
        'acc-a + acc-b',
      ]),
    );
    const c = conflicts.find((x) => x.ruleIds?.includes('na-district-moderate'))!;
    expect(c.severity).toBe('warning');
    expect(c.overlap).toMatchObject({ dataType: 'needs-assessment', levels: ['adm2'] });
    expect(c.message).toMatch(/overlap on needs-assessment at ADM2 \(district\)/);
    expect(c.message).toMatch(/sensitivity low vs moderate/);
    expect(c.message).toMatch(/"na-district-moderate" wins/);
    const names = conflicts.find((x) => x.ruleIds?.includes('5w-local-named-severe'))!;
    expect(names.overlap).toMatchObject({ levels: ['adm4', 'adm5'], includesNames: true });
  });

  it('does not report overlaps with identical outcomes, nor disjoint rules', () => {
    const same: IspRule[] = [
      {
        id: 'a',
        dataType: 'distribution',
        aggregation: { from: 'adm0', to: 'adm3' },
        sensitivity: 'low',
        sharing: 'public',
        conditions: [],
      },
      {
        id: 'b',
        dataType: 'distribution',
        aggregation: { from: 'adm2', to: 'adm5' },
        sensitivity: 'low',
        sharing: 'public',
        conditions: [],
      },
      {
        id: 'c',
        dataType: 'distribution',
        aggregation: { level: 'adm2' },
        includesNames: true,
        sensitivity: 'high',
        sharing: 'on-request',
        conditions: [],
      },
      {
        id: 'd',
        dataType: 'distribution',
        aggregation: { level: 'adm2' },
        includesNames: false,
        sensitivity: 'low',
        sharing: 'public',
        conditions: [],
      },
    ];
    const conflicts = lintIsp(fixtureIsp(same)).issues.filter((i) => i.code === 'conflict');
    expect(conflicts.map((c) => c.ruleIds)).toEqual([
      ['a', 'c'],
      ['b', 'c'],
    ]);
  });

  it('blocks endorsement when a data type is left unclassified', () => {
    const isp: Isp = { ...base, rules: base.rules.filter((r) => r.dataType !== 'distribution') };
    const result = lintIsp(isp);
    expect(result.endorsable).toBe(false);
    const issue = result.issues.find((i) => i.code === 'unclassified-data-type')!;
    expect(issue).toMatchObject({ severity: 'error', dataType: 'distribution' });
    expect(issue.message).toMatch(/cannot be endorsed/);
  });

  it('warns about partial coverage gaps', () => {
    const isp: Isp = { ...base, rules: base.rules.filter((r) => r.id !== 'dist-located-severe') };
    const issue = lintIsp(isp).issues.find((i) => i.code === 'coverage-gap')!;
    expect(issue.severity).toBe('warning');
    expect(issue.message).toMatch(/adm0, adm1, adm2, adm3, adm4, adm5, site without names, with coordinates/);
  });

  it('reports invalid ranges, unknown values, duplicate ids and invalid conditions as errors', () => {
    const bad = withRules([
      {
        id: 'inverted',
        dataType: 'distribution',
        aggregation: { from: 'household', to: 'adm1' },
        sensitivity: 'low',
        sharing: 'public',
        conditions: [],
      },
      {
        id: 'dist-named-high',
        dataType: 'distribution',
        aggregation: { level: 'adm1' },
        includesNames: true,
        sensitivity: 'high',
        sharing: 'on-request',
        conditions: [],
      },
      {
        id: 'weird',
        dataType: 'weather',
        aggregation: { level: 'adm1' },
        sensitivity: 'extreme' as never,
        sharing: 'everyone' as never,
        conditions: [{ kind: 'suppress-below-n', n: 2 }, { kind: 'shred' as never }],
      },
      {
        id: 'agg',
        dataType: 'distribution',
        aggregation: { level: 'adm1' },
        sensitivity: 'severe',
        sharing: 'agreement',
        conditions: [{ kind: 'aggregate-to-level', level: 'adm9' as never }],
        allowedPurposes: ['fun' as never],
      },
    ]);
    const result = lintIsp(bad);
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors.map((e) => e.code).sort()).toEqual(
      [
        'duplicate-rule-id',
        'invalid-condition',
        'invalid-condition',
        'invalid-range',
        'unknown-data-type',
        'unknown-value',
        'unknown-value',
        'unknown-value',
        'unknown-value',
      ].sort(),
    );
    expect(errors.find((e) => e.code === 'invalid-range')!.message).toMatch(
      /Rule "inverted": invalid aggregation range Household to ADM1/,
    );
    expect(errors.find((e) => e.code === 'unknown-data-type')!.message).toMatch(
      /unknown data type "weather". Valid data types: service-mapping, referral-data/,
    );
    expect(result.endorsable).toBe(false);
  });

  it('checks settings, metadata and the default sharing ceiling', () => {
    const isp = withRules(
      [
        {
          id: 'severe-public',
          dataType: 'distribution',
          aggregation: { level: 'individual' },
          sensitivity: 'severe',
          sharing: 'public',
          conditions: [],
        },
      ],
      { settings: { ...base.settings, smallCellThreshold: 2 }, reviewDue: 'soon', context: ' ' },
    );
    const c = codes(isp);
    expect(c).toContain('invalid-setting');
    expect(c.filter((x) => x === 'missing-field')).toHaveLength(2);
    const ceiling = lintIsp(isp).issues.find((i) => i.code === 'approach-beyond-ceiling')!;
    expect(ceiling.message).toMatch(
      /more open than the default for that level \("Bilateral data-sharing agreement only"\)/,
    );
  });
});
