// The verdict without the explanation (decision 0013, eighth round): `decideVerdict` must give
// exactly the fields `decide` gives, for every kind of case, and `decide` must still explain it.
import { describe, expect, it } from 'vitest';
import { AGGREGATION_LEVELS, PURPOSES, RECIPIENT_CLASSES, SHARE_FORMS } from '../vocabulary/index';
import { decide, decideVerdict } from './decide';
import type { AssetFacts, Isp } from './model';
import { VERDICT_FIELDS, verdictIsps, verdictOf } from './test-support/verdict-isps';

/** Every data type of the ISP (and one it does not know) × level × flags × recipient × purpose × form. */
function* cases(isp: Isp) {
  const dataTypes = [...new Set(isp.rules.map((r) => r.dataType)), 'not-in-the-isp'];
  const purposes = [undefined, ...PURPOSES.ids];
  for (const dataType of dataTypes)
    for (const aggregation of AGGREGATION_LEVELS.ids)
      for (const flags of [0, 1, 2, 3, 4, 7, 15])
        for (const recipient of RECIPIENT_CLASSES.ids)
          for (const form of SHARE_FORMS.ids) {
            const facts: AssetFacts = {
              dataType,
              aggregation,
              includesNames: (flags & 1) !== 0,
              includesCoordinates: (flags & 2) !== 0,
              consentObtained: (flags & 4) !== 0,
              activeAgreement: (flags & 8) !== 0,
            };
            const purpose = purposes[(flags + form.length) % purposes.length];
            yield { facts, recipient, purpose, form };
          }
}

describe('decideVerdict', () => {
  for (const [name, isp] of verdictIsps()) {
    it(`gives exactly the verdict fields of decide on the ${name}`, () => {
      const reasons = new Set<string>();
      for (const c of cases(isp)) {
        const full = decide(isp, c.facts, c.recipient, c.purpose, c.form);
        const verdict = decideVerdict(isp, c.facts, c.recipient, c.purpose, c.form);
        expect(verdict).toEqual(verdictOf(full));
        expect(Object.keys(verdict).sort()).toEqual([...VERDICT_FIELDS].sort());
        reasons.add(full.reason);
      }
      // The cases reach every way a decision can end on this ISP.
      expect(reasons.size).toBeGreaterThanOrEqual(name === 'fixture ISP' ? 5 : 3);
    });

    it(`leaves decide explaining every verdict on the ${name}`, () => {
      for (const c of cases(isp)) {
        const d = decide(isp, c.facts, c.recipient, c.purpose, c.form);
        expect(d.explanation.length).toBeGreaterThan(0);
        expect(d.why.length).toBeGreaterThan(0);
        // The last coded sentence says why it came out as it did.
        const last = d.why[d.why.length - 1]!.code;
        if (d.reason === 'allowed') expect(['allowed', 'allowed-with-conditions']).toContain(last);
        else if (d.reason === 'purpose-not-allowed')
          expect(['purpose-missing', 'purpose-not-allowed']).toContain(last);
        else expect(last).toBe(d.reason);
        expect(d.matchedRules[0]?.id ?? null).toBe(d.rule);
      }
    });
  }
});
