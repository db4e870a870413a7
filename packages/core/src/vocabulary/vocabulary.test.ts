import { describe, expect, it } from 'vitest';
import {
  AGGREGATION_LEVELS,
  APPROACH_NEEDED_BY,
  COLLECTION_METHODS,
  CONDITION_KINDS,
  DATA_TYPES,
  LEGAL_BASES,
  PURPOSES,
  RECIPIENT_CLASSES,
  SENSITIVITY_LEVELS,
  SHARE_FORMS,
  SHARING_APPROACHES,
  aggregationRank,
  defineList,
  isCoarserOrEqual,
  labelOf,
  levelsBetween,
  levelsCoarserOrEqual,
  maxSensitivity,
  parseAggregationLevel,
  parseDataType,
  parseRecipientClass,
  parseSharingApproach,
  sharingRank,
  type DataTypeId,
} from './index';

const ALL = [
  DATA_TYPES,
  AGGREGATION_LEVELS,
  SENSITIVITY_LEVELS,
  SHARING_APPROACHES,
  RECIPIENT_CLASSES,
  CONDITION_KINDS,
  LEGAL_BASES,
  COLLECTION_METHODS,
  PURPOSES,
  SHARE_FORMS,
];

describe('controlled lists', () => {
  it('have unique kebab-case ids and an English label each', () => {
    for (const list of ALL) {
      expect(new Set(list.ids).size, list.name).toBe(list.ids.length);
      for (const t of list.terms) {
        expect(t.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(t.label.length).toBeGreaterThan(1);
      }
    }
    expect(() => defineList('x', 'xs', [{ id: 'Not_Kebab', label: 'x' }])).toThrow(/kebab-case/);
    expect(() =>
      defineList('x', 'xs', [
        { id: 'a', label: 'x' },
        { id: 'a', label: 'y' },
      ]),
    ).toThrow(/duplicate/);
  });

  it('hold the ids the issue and the domain notes use', () => {
    const t: DataTypeId = 'referral-data';
    expect(DATA_TYPES.ids).toEqual([
      'service-mapping',
      'referral-data',
      'humanitarian-access',
      'needs-assessment',
      'movement-locations',
      '3w-4w-5w',
      'community-perception',
      'distribution',
      'fgd-kii-analysis',
      'feedback-complaints',
      'protection-monitoring-case-data',
      'aid-worker-contacts',
    ]);
    expect(DATA_TYPES.ids).toContain(t);
    expect(AGGREGATION_LEVELS.ids).toEqual([
      'adm0',
      'adm1',
      'adm2',
      'adm3',
      'adm4',
      'adm5',
      'site',
      'household',
      'individual',
    ]);
    expect(SENSITIVITY_LEVELS.ids).toEqual(['low', 'moderate', 'high', 'severe']);
    expect(SHARING_APPROACHES.ids).toEqual(['public', 'coordination', 'on-request', 'agreement', 'no-share']);
    expect(RECIPIENT_CLASSES.ids).toEqual(['public', 'cluster', 'organisation', 'bilateral']);
    expect(LEGAL_BASES.ids).toEqual([
      'vital-interest',
      'public-interest',
      'consent',
      'legitimate-interest',
      'contract',
      'legal-obligation',
    ]);
    expect(CONDITION_KINDS.ids).toEqual(
      expect.arrayContaining([
        'aggregate-to-level',
        'suppress-below-n',
        'remove-partner-names',
        'remove-coordinates',
        'remove-names',
        'consent-required',
      ]),
    );
    expect(SENSITIVITY_LEVELS.terms.find((x) => x.id === 'severe')!.description).toMatch(
      /impede the conduct of the work of a response/,
    );
  });

  it('map recipient classes onto sharing approaches in the same order', () => {
    expect(APPROACH_NEEDED_BY).toEqual({
      public: 'public',
      cluster: 'coordination',
      organisation: 'on-request',
      bilateral: 'agreement',
    });
    const ranks = RECIPIENT_CLASSES.ids.map((r) => sharingRank(APPROACH_NEEDED_BY[r]));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('parsing', () => {
  it('accepts ids, case and separator variants and the domain-note keys', () => {
    expect(parseDataType('referral-data')).toEqual({ ok: true, value: 'referral-data' });
    expect(parseDataType(' Needs_Assessment ')).toEqual({ ok: true, value: 'needs-assessment' });
    expect(parseDataType('who_what_where')).toEqual({ ok: true, value: '3w-4w-5w' });
    expect(parseDataType('protection_monitoring_case')).toEqual({
      ok: true,
      value: 'protection-monitoring-case-data',
    });
    expect(parseAggregationLevel('ADM1')).toEqual({ ok: true, value: 'adm1' });
    expect(parseRecipientClass('organization')).toEqual({ ok: true, value: 'organisation' });
    expect(parseSharingApproach('partner_to_partner')).toEqual({ ok: true, value: 'no-share' });
  });

  it('returns an error value listing the valid names for an unknown one', () => {
    const r = parseRecipientClass('everyone');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toEqual({
      code: 'unknown-term',
      list: 'recipient class',
      input: 'everyone',
      valid: ['public', 'cluster', 'organisation', 'bilateral'],
      message:
        'Unknown recipient class "everyone". Valid recipient classes: public, cluster, organisation, bilateral.',
    });
    const l = parseAggregationLevel('adm6');
    expect(!l.ok && l.error.message).toBe(
      'Unknown aggregation level "adm6". Valid aggregation levels: adm0, adm1, adm2, adm3, adm4, adm5, site, household, individual.',
    );
    expect(parseDataType('').ok).toBe(false);
  });
});

describe('ordering helpers', () => {
  it('order aggregation levels from most to least aggregated', () => {
    expect(aggregationRank('adm0')).toBe(0);
    expect(aggregationRank('individual')).toBe(8);
    expect(isCoarserOrEqual('adm2', 'household')).toBe(true);
    expect(isCoarserOrEqual('site', 'adm5')).toBe(false);
    expect(levelsBetween('adm4', 'site')).toEqual(['adm4', 'adm5', 'site']);
    expect(levelsBetween('site', 'adm4')).toEqual([]);
    expect(levelsCoarserOrEqual('adm2')).toEqual(['adm0', 'adm1', 'adm2']);
  });

  it('find the highest sensitivity and label ids', () => {
    expect(maxSensitivity(['moderate', 'severe', 'low'])).toBe('severe');
    expect(maxSensitivity([])).toBeUndefined();
    expect(labelOf(SHARING_APPROACHES, 'no-share')).toBe('Not shared');
    expect(() => labelOf(SHARING_APPROACHES, 'nope' as never)).toThrow(/not a sharing approach/);
  });
});
