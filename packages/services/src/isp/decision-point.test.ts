// The registry list and the DIA trigger ask the decision point for verdicts only (decision 0013,
// eighth round): for every entry shape they must give what `evaluateEntry` gives, and
// `evaluateEntry` (the entry view, sharing, the catalogue) must still explain its decision.
import { defaultIspTemplate } from '@steward/core/isp/index';
import { AGGREGATION_LEVELS, RECIPIENT_CLASSES } from '@steward/core/vocabulary/index';
import { describe, expect, it } from 'vitest';
import { evaluateEntry, evaluateEntryVerdict, type EntryFactsSource } from './decision-point';

const isp = defaultIspTemplate({ context: 'Test cluster', reviewDue: '2027-06-30' });
const types = [...new Set(isp.rules.map((r) => r.dataType))];

/** Entries of one, two and three data types (one the ISP does not know), every level and flag. */
function* entries(): Generator<EntryFactsSource> {
  const sets = [
    ...types.map((t) => [t]),
    ...types.map((t, i) => [t, types[(i + 1) % types.length]!]),
    [types[0]!, types[types.length - 1]!, 'not-in-the-isp'],
  ];
  for (const dataTypes of sets)
    for (const aggregationLevel of AGGREGATION_LEVELS.ids)
      for (const flags of [0, 1, 2, 3, 4, 7])
        yield {
          dataTypes,
          aggregationLevel,
          includesNames: (flags & 1) !== 0,
          includesCoordinates: (flags & 2) !== 0,
          consentObtained: (flags & 4) !== 0,
        };
}

const verdictFields = [
  'decision',
  'sensitivity',
  'rule',
  'sharing',
  'conditions',
  'reason',
  'ispVersion',
  'recipient',
  'purpose',
  'form',
] as const;

describe('evaluateEntryVerdict', () => {
  it('gives the verdict of evaluateEntry for every entry, recipient and agreement, with and without an ISP', () => {
    let combined = 0;
    for (const active of [isp, null])
      for (const entry of entries())
        for (const recipient of RECIPIENT_CLASSES.ids)
          for (const activeAgreement of [false, true]) {
            const request = { recipient, activeAgreement };
            const full = evaluateEntry(active, entry, request);
            const verdict = evaluateEntryVerdict(active, entry, request);
            expect(verdict).toEqual(Object.fromEntries(verdictFields.map((k) => [k, full[k]])));
            expect(full.explanation.length).toBeGreaterThan(0);
            expect(full.why.length).toBeGreaterThan(0);
            if (entry.dataTypes.length > 1 && full.decision !== 'deny') combined++;
          }
    // Some multi-type entries were allowed, so the conditions of several data types were merged.
    expect(combined).toBeGreaterThan(0);
  });
});
