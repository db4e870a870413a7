import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGGREGATION_LEVELS,
  APPROACH_NEEDED_BY,
  PURPOSES,
  RECIPIENT_CLASSES,
  SENSITIVITY_LEVELS,
  SHARE_FORMS,
  SHARING_APPROACHES,
  recipientRank,
  sensitivityRank,
  sharingRank,
} from '../vocabulary/index';
import { decide } from './decide';
import type { AssetFacts, Condition, IspRule } from './model';
import { fixtureIsp } from './test-support/fixture-isp';

const DATA_TYPES = ['3w-4w-5w', 'needs-assessment', 'referral-data'] as const;
const level = fc.constantFrom(...AGGREGATION_LEVELS.ids);
const optionalFlag = fc.constantFrom<boolean | undefined>(undefined, true, false);

const condition: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ kind: fc.constant('aggregate-to-level' as const), level }),
  fc.record({ kind: fc.constant('suppress-below-n' as const), n: fc.integer({ min: 3, max: 11 }) }),
  fc.constantFrom<Condition>(
    { kind: 'remove-partner-names' },
    { kind: 'remove-coordinates' },
    { kind: 'consent-required' },
  ),
);

const rule: fc.Arbitrary<IspRule> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    dataType: fc.constantFrom(...DATA_TYPES),
    a: level,
    b: level,
    single: fc.boolean(),
    includesNames: optionalFlag,
    includesCoordinates: optionalFlag,
    consentObtained: optionalFlag,
    sensitivity: fc.constantFrom(...SENSITIVITY_LEVELS.ids),
    sharing: fc.constantFrom(...SHARING_APPROACHES.ids),
    conditions: fc.array(condition, { maxLength: 3 }),
    purposes: fc.option(fc.subarray([...PURPOSES.ids], { minLength: 1 }), { nil: undefined }),
  })
  .map((r) => {
    const [from, to] =
      AGGREGATION_LEVELS.ids.indexOf(r.a) <= AGGREGATION_LEVELS.ids.indexOf(r.b) ? [r.a, r.b] : [r.b, r.a];
    return {
      id: r.id,
      dataType: r.dataType,
      aggregation: r.single ? { level: from } : { from, to },
      ...(r.includesNames !== undefined ? { includesNames: r.includesNames } : {}),
      ...(r.includesCoordinates !== undefined ? { includesCoordinates: r.includesCoordinates } : {}),
      ...(r.consentObtained !== undefined ? { consentObtained: r.consentObtained } : {}),
      sensitivity: r.sensitivity,
      sharing: r.sharing,
      conditions: r.conditions,
      ...(r.purposes !== undefined ? { allowedPurposes: r.purposes } : {}),
    };
  });

/** Rules with unique ids (ids are unique in a valid ISP). */
const rules = fc.uniqueArray(rule, { maxLength: 12, selector: (r) => r.id });

const facts: fc.Arbitrary<AssetFacts> = fc.record({
  dataType: fc.constantFrom(...DATA_TYPES),
  aggregation: level,
  includesNames: fc.boolean(),
  includesCoordinates: fc.boolean(),
  consentObtained: fc.boolean(),
  activeAgreement: fc.boolean(),
});
const recipient = fc.constantFrom(...RECIPIENT_CLASSES.ids);
const purpose = fc.option(fc.constantFrom(...PURPOSES.ids), { nil: undefined });
const form = fc.constantFrom(...SHARE_FORMS.ids);

describe('decide (properties)', () => {
  it('adding a rule never lowers the decided sensitivity of classified data', () => {
    fc.assert(
      fc.property(rules, rule, facts, recipient, purpose, form, (rs, extra, f, r, p, fm) => {
        fc.pre(!rs.some((x) => x.id === extra.id));
        const before = decide(fixtureIsp(rs), f, r, p, fm);
        fc.pre(before.reason !== 'unclassified');
        const after = decide(fixtureIsp([...rs, extra]), f, r, p, fm);
        expect(sensitivityRank(after.sensitivity)).toBeGreaterThanOrEqual(
          sensitivityRank(before.sensitivity),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('a deny stays a deny when the recipient becomes more public', () => {
    fc.assert(
      fc.property(rules, facts, recipient, recipient, purpose, form, (rs, f, r1, r2, p, fm) => {
        const [open, closed] = recipientRank(r1) <= recipientRank(r2) ? [r1, r2] : [r2, r1];
        const isp = fixtureIsp(rs);
        if (decide(isp, f, closed, p, fm).decision === 'deny') {
          expect(decide(isp, f, open, p, fm).decision).toBe('deny');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('the decided sensitivity is the highest of the matched rules', () => {
    fc.assert(
      fc.property(rules, facts, recipient, purpose, form, (rs, f, r, p, fm) => {
        const d = decide(fixtureIsp(rs), f, r, p, fm);
        if (d.matchedRules.length === 0) {
          expect(d).toMatchObject({ decision: 'deny', reason: 'unclassified', rule: null });
        } else {
          const max = Math.max(...d.matchedRules.map((m) => sensitivityRank(m.sensitivity)));
          expect(sensitivityRank(d.sensitivity)).toBe(max);
          expect(d.rule).toBe(d.matchedRules[0]!.id);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never allows a recipient beyond the winning rule's sharing approach", () => {
    fc.assert(
      fc.property(rules, facts, recipient, purpose, form, (rs, f, r, p, fm) => {
        const d = decide(fixtureIsp(rs), f, r, p, fm);
        if (d.decision === 'deny') return;
        expect(d.sharing).not.toBeNull();
        expect(d.sharing).not.toBe('no-share');
        expect(sharingRank(d.sharing!)).toBeLessThanOrEqual(sharingRank(APPROACH_NEEDED_BY[r]));
        if (d.sharing === 'agreement') expect(f.activeAgreement).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the rules', () => {
    fc.assert(
      fc.property(rules, facts, recipient, purpose, form, (rs, f, r, p, fm) => {
        expect(decide(fixtureIsp([...rs].reverse()), f, r, p, fm)).toEqual(
          decide(fixtureIsp(rs), f, r, p, fm),
        );
      }),
      { numRuns: 200 },
    );
  });
});
