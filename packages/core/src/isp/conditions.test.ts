import { describe, expect, it } from 'vitest';
import { conditionKey, describeCondition, describeConditionKey } from './conditions';
import type { Condition } from './model';

describe('describeConditionKey', () => {
  it('words a condition stored as its key as describeCondition words the condition', () => {
    const conditions: Condition[] = [
      { kind: 'suppress-below-n', n: 5 },
      { kind: 'aggregate-to-level', level: 'adm2' },
      { kind: 'no-onward-sharing' },
      { kind: 'remove-names' },
    ];
    for (const c of conditions) expect(describeConditionKey(conditionKey(c))).toBe(describeCondition(c));
    expect(describeConditionKey('suppress-below-n:5')).toBe('Suppress cells with a count below 5');
  });
  it('leaves text that is not a key (an older agreement’s condition) and malformed keys as written', () => {
    for (const text of [
      'Aggregated outputs only',
      'suppress-below-n:five',
      'aggregate-to-level:galaxy',
      'no-onward-sharing:3',
      'not-a-kind',
    ])
      expect(describeConditionKey(text)).toBe(text);
  });
});
