import { describe, expect, it } from 'vitest';
import { diffIsp } from './diff';
import {
  DEFAULT_DOMINANCE_RULE,
  dominanceLabel,
  dominanceProblem,
  dominanceRuleOf,
  dominanceWeakened,
  type DominanceRule,
} from './dominance';
import { lintIsp } from './lint';
import type { Isp } from './model';
import { ispToOdrl } from './odrl';
import { protectionRelaxations } from './protection';
import { defaultIspTemplate } from './template';

const base: Isp = defaultIspTemplate({ context: 'Test', reviewDue: '2027-01-01', version: '1.0' });
const withRule = (rule: DominanceRule | undefined, version = '1.1'): Isp => {
  const { dominanceRule: _drop, ...settings } = base.settings;
  return { ...base, version, settings: rule ? { ...settings, dominanceRule: rule } : settings };
};

describe('the ISP’s dominance rule for magnitudes (issue 10)', () => {
  it('falls back to the documented default p(10) when the ISP states none', () => {
    expect(base.settings.dominanceRule).toBeUndefined();
    expect(dominanceRuleOf(base.settings)).toEqual({ kind: 'p', p: 10 });
    expect(dominanceRuleOf(null)).toBe(DEFAULT_DOMINANCE_RULE);
    expect(dominanceRuleOf(withRule({ kind: 'nk', n: 2, k: 85 }).settings)).toEqual({
      kind: 'nk',
      n: 2,
      k: 85,
    });
    expect(dominanceLabel({ kind: 'nk', n: 2, k: 85 })).toBe('nk(2,85)');
  });

  it('lint refuses a rule the engine cannot apply, naming the setting', () => {
    for (const bad of [
      { kind: 'p', p: 0 },
      { kind: 'p', p: 100 },
      { kind: 'nk', n: 1, k: 80 },
      { kind: 'nk', n: 2, k: 100 },
      { kind: 'nk', n: 11, k: 90 },
      { kind: 'pq', p: 10, q: 20 },
      { kind: 'p', p: '10' },
    ]) {
      const issues = lintIsp(withRule(bad as unknown as DominanceRule)).issues.filter(
        (i) => i.field === 'settings.dominanceRule',
      );
      expect(issues, JSON.stringify(bad)).toHaveLength(1);
      expect(issues[0]).toMatchObject({ code: 'invalid-setting', severity: 'error' });
    }
    expect(dominanceProblem({ kind: 'p', p: 15 })).toBeNull();
    expect(dominanceProblem({ kind: 'nk', n: 3, k: 90 })).toBeNull();
    expect(
      lintIsp(withRule({ kind: 'nk', n: 3, k: 90 })).issues.filter(
        (i) => i.field === 'settings.dominanceRule',
      ),
    ).toEqual([]);
  });

  it('a weaker rule is a relaxation (it needs the two-person rule); a stronger one is not', () => {
    const weakened = (before: DominanceRule | undefined, after: DominanceRule | undefined) =>
      protectionRelaxations(withRule(before, '1.0'), withRule(after)).filter(
        (r) => r.kind === 'dominance-weakened',
      );
    expect(weakened(undefined, { kind: 'p', p: 5 })).toEqual([
      { kind: 'dominance-weakened', subject: 'dominanceRule', from: 'p(10)', to: 'p(5)' },
    ]);
    expect(weakened(undefined, { kind: 'p', p: 20 })).toEqual([]);
    expect(weakened({ kind: 'p', p: 20 }, undefined)).toHaveLength(1); // back to the default p(10)
    expect(weakened({ kind: 'nk', n: 2, k: 80 }, { kind: 'nk', n: 2, k: 90 })).toHaveLength(1);
    expect(weakened({ kind: 'nk', n: 3, k: 80 }, { kind: 'nk', n: 2, k: 80 })).toHaveLength(1);
    expect(weakened({ kind: 'nk', n: 2, k: 80 }, { kind: 'nk', n: 3, k: 70 })).toEqual([]);
    // Another kind of rule protects differently: not comparable, so counted as weaker.
    expect(weakened(undefined, { kind: 'nk', n: 2, k: 60 })).toHaveLength(1);
    expect(dominanceWeakened({ kind: 'p', p: 10 }, { kind: 'p', p: 10 })).toBe(false);
  });

  it('diff and the ODRL export show the rule', () => {
    const changes = diffIsp(base, withRule({ kind: 'p', p: 25 }));
    expect(changes).toContainEqual(
      expect.objectContaining({ field: 'settings.dominanceRule', before: 'default', after: 'p(25)' }),
    );
    const head = (isp: Isp) =>
      ispToOdrl(isp, { baseIri: 'https://steward.example.org' })['@graph'].find(
        (n) => n['@type'] === 'steward:InformationSharingProtocol',
      )!;
    expect(head(base)['steward:magnitudeDominanceRule']).toBe('p(10)');
    expect(head(withRule({ kind: 'nk', n: 2, k: 85 }))['steward:magnitudeDominanceRule']).toBe('nk(2,85)');
  });
});
