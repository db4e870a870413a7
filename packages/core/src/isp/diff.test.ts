import { describe, expect, it } from 'vitest';
import { diffIsp, formatIspDiff } from './diff';
import type { Isp } from './model';
import { fixtureIsp } from './test-support/fixture-isp';

describe('diffIsp', () => {
  const v1 = fixtureIsp();
  const v2: Isp = {
    ...v1,
    version: '1.1',
    reviewDue: '2027-06-30',
    rules: [
      ...v1.rules
        .filter((r) => r.id !== 'acc-a')
        .map((r) =>
          r.id === '5w-adm3-moderate'
            ? {
                ...r,
                sensitivity: 'high' as const,
                sharing: 'on-request' as const,
                conditions: [{ kind: 'suppress-below-n' as const, n: 5 }],
                includesNames: false,
              }
            : r,
        ),
      {
        id: 'dist-new',
        dataType: 'distribution',
        aggregation: { from: 'adm0', to: 'adm2' },
        sensitivity: 'moderate',
        sharing: 'coordination',
        conditions: [],
      },
    ],
  };

  it('lists metadata, removed, changed (field by field) and added rules', () => {
    const changes = diffIsp(v1, v2);
    expect(changes.map((c) => c.text)).toEqual([
      'version changed from "1.0" to "1.1"',
      'reviewDue changed from "2026-12-31" to "2027-06-30"',
      'Rule "acc-a" removed (humanitarian-access at ADM2 (district) → high, on-request)',
      'Rule "5w-adm3-moderate": includesNames changed from "any" to "no"',
      'Rule "5w-adm3-moderate": sensitivity changed from "moderate" to "high"',
      'Rule "5w-adm3-moderate": sharing changed from "coordination" to "on-request"',
      'Rule "5w-adm3-moderate": conditions changed from "remove-partner-names" to "suppress-below-n:5"',
      'Rule "dist-new" added (distribution at ADM0 (country) to ADM2 (district) → moderate, coordination)',
    ]);
    expect(changes[4]).toMatchObject({
      kind: 'rule-changed',
      ruleId: '5w-adm3-moderate',
      field: 'sensitivity',
      before: 'moderate',
      after: 'high',
    });
  });

  it('is empty for identical versions and reverses cleanly', () => {
    expect(diffIsp(v1, v1)).toEqual([]);
    expect(formatIspDiff([])).toBe('No changes.');
    const back = diffIsp(v2, v1);
    expect(back.filter((c) => c.kind === 'rule-added').map((c) => c.ruleId)).toEqual(['acc-a']);
    expect(back.filter((c) => c.kind === 'rule-removed').map((c) => c.ruleId)).toEqual(['dist-new']);
    expect(formatIspDiff(diffIsp(v1, v2)).split('\n')).toHaveLength(8);
  });
});
