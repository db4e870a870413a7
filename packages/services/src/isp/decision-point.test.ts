// The registry list and the DIA trigger ask the decision point for verdicts only (decision 0013,
// eighth round): for every entry shape they must give what `evaluateEntry` gives, and
// `evaluateEntry` (the entry view, sharing, the catalogue) must still explain its decision.
import type { Isp } from '@steward/core/isp/index';
import { templateIsp, verdictIsps, verdictOf } from '@steward/core/isp/test-support/verdict-isps';
import { AGGREGATION_LEVELS, RECIPIENT_CLASSES } from '@steward/core/vocabulary/index';
import { describe, expect, it } from 'vitest';
import { evaluateEntry, evaluateEntryVerdict, noIspDecision, type EntryFactsSource } from './decision-point';

/** Entries of one, two and three data types (one the ISP does not know), every level and flag. */
function* entries(isp: Isp): Generator<EntryFactsSource> {
  const types = [...new Set(isp.rules.map((r) => r.dataType))];
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

describe('evaluateEntryVerdict', () => {
  for (const [name, isp] of verdictIsps())
    it(`gives the verdict of evaluateEntry for every entry, recipient and agreement, with the ${name} and without an ISP`, () => {
      let combined = 0;
      for (const active of [isp, null])
        for (const entry of entries(isp))
          for (const recipient of RECIPIENT_CLASSES.ids)
            for (const activeAgreement of [false, true]) {
              const request = { recipient, activeAgreement };
              const full = evaluateEntry(active, entry, request);
              const verdict = evaluateEntryVerdict(active, entry, request);
              expect(verdict).toEqual(verdictOf(full));
              expect(full.explanation.length).toBeGreaterThan(0);
              expect(full.why.length).toBeGreaterThan(0);
              if (entry.dataTypes.length > 1 && full.decision !== 'deny') combined++;
            }
      // Some multi-type entries were allowed, so the conditions of several data types were merged.
      expect(combined).toBeGreaterThan(0);
    });

  it('gives an entry the highest sensitivity of its data types, whatever the recipient, agreement and outcome (attack review)', () => {
    // The default ISP: an entry of 3W/4W/5W and needs-assessment data with coordinates, seen by a
    // partner through an agreement, was listed "high" (the denied type's level) while its page
    // (GET /api/registry/{id}, decided for the cluster) said "severe".
    const isp = templateIsp();
    const rank = ['low', 'moderate', 'high', 'severe'];
    let differed = 0;
    for (const entry of entries(isp)) {
      const page = evaluateEntry(isp, entry, { recipient: 'cluster' });
      const highest = entry.dataTypes
        .map(
          (t) =>
            evaluateEntryVerdict(isp, { ...entry, dataTypes: [t] }, { recipient: 'cluster' }).sensitivity,
        )
        .sort((a, b) => rank.indexOf(b) - rank.indexOf(a))[0];
      expect(page.sensitivity).toBe(highest);
      for (const recipient of RECIPIENT_CLASSES.ids)
        for (const activeAgreement of [false, true]) {
          const listed = evaluateEntryVerdict(isp, entry, { recipient, activeAgreement });
          expect(listed.sensitivity, JSON.stringify({ entry, recipient, activeAgreement })).toBe(highest);
          if (listed.decision === 'deny' && listed.rule !== page.rule) differed++;
        }
    }
    expect(differed).toBeGreaterThan(0);
    const entry = {
      dataTypes: ['3w-4w-5w', 'needs-assessment'],
      aggregationLevel: 'adm1',
      includesNames: false,
      includesCoordinates: true,
      consentObtained: false,
    };
    expect(
      evaluateEntryVerdict(isp, entry, { recipient: 'bilateral', activeAgreement: true }).sensitivity,
    ).toBe('severe');
    // The full decision explains the level too: the deny and the most sensitive type's decision.
    const full = evaluateEntry(isp, entry, { recipient: 'bilateral', activeAgreement: true });
    expect(full.sensitivity).toBe('severe');
    expect(full.why.length).toBeGreaterThan(
      evaluateEntry(
        isp,
        { ...entry, dataTypes: ['needs-assessment'] },
        {
          recipient: 'bilateral',
          activeAgreement: true,
        },
      ).why.length,
    );
  });

  it('keeps the keys of a decision in the order the API has always written them, without an ISP and combined', () => {
    const [first] = entries(templateIsp());
    const entry = { ...first!, dataTypes: ['3w-4w-5w', 'needs-assessment'] };
    const noIsp = noIspDecision(
      { dataType: '3w-4w-5w', aggregation: 'adm1', includesNames: false, includesCoordinates: false },
      { recipient: 'cluster' },
    );
    expect(Object.keys(noIsp)).toEqual([
      'decision',
      'sensitivity',
      'rule',
      'sharing',
      'matchedRules',
      'conditions',
      'reason',
      'explanation',
      'why',
      'ispVersion',
      'recipient',
      'purpose',
      'form',
    ]);
    expect(Object.keys(evaluateEntry(null, entry, { recipient: 'cluster' }))).toEqual(Object.keys(noIsp));
    for (const recipient of RECIPIENT_CLASSES.ids) {
      const single = evaluateEntry(templateIsp(), { ...entry, dataTypes: ['3w-4w-5w'] }, { recipient });
      expect(Object.keys(evaluateEntry(templateIsp(), entry, { recipient }))).toEqual(Object.keys(single));
    }
  });
});
