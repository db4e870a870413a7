import { describe, expect, it } from 'vitest';
import { changeSeverity, checkTransition, initialSeverity, nextState } from './incident';
import { summariseIncidents, type SummaryRecord } from './summary';

describe('incident rules', () => {
  it('starts at the highest ISP level of the linked assets', () => {
    expect(initialSeverity([])).toBe('low');
    expect(initialSeverity(['moderate', 'severe', 'high'])).toBe('severe');
  });

  it('raises severity freely and lowers it only with a reason', () => {
    expect(changeSeverity('moderate', 'severe', null)).toEqual({
      ok: true,
      severity: 'severe',
      lowered: false,
    });
    expect(changeSeverity('high', 'low', ' ').ok).toBe(false);
    expect(changeSeverity('high', 'low', 'asset was already public')).toEqual({
      ok: true,
      severity: 'low',
      lowered: true,
    });
  });

  it('moves one step at a time through the five states', () => {
    expect(nextState('notified')).toBe('classified');
    expect(nextState('learning_recorded')).toBeNull();
    const r = checkTransition({ state: 'notified', personalData: false }, 'closed', []);
    expect(r).toMatchObject({ ok: false, code: 'invalid-transition' });
  });

  it('a personal-data incident closes only when every linked agreement duty is done', () => {
    const inc = { state: 'in_treatment' as const, personalData: true, closureRationale: 'contained' };
    const duties = [
      { agreementId: 'a', reference: 'DSA-2026-0001', done: true },
      { agreementId: 'b', reference: 'DSA-2026-0002', done: false },
    ];
    expect(checkTransition(inc, 'closed', duties)).toMatchObject({
      ok: false,
      code: 'notification-duty-open',
      pending: ['DSA-2026-0002'],
    });
    expect(
      checkTransition(
        inc,
        'closed',
        duties.map((d) => ({ ...d, done: true })),
      ),
    ).toEqual({ ok: true });
    // Without personal data the duties do not hold closing back.
    expect(checkTransition({ ...inc, personalData: false }, 'closed', duties)).toEqual({ ok: true });
    expect(checkTransition({ ...inc, closureRationale: '' }, 'closed', [])).toMatchObject({
      code: 'field-required',
    });
    expect(checkTransition({ state: 'closed', personalData: true }, 'learning_recorded', [])).toMatchObject({
      code: 'field-required',
    });
  });
});

describe('anonymised summary', () => {
  const rec = (type: string, month = '2026-11'): SummaryRecord => ({
    month,
    type,
    severity: 'high',
    state: 'notified',
  });

  it('suppresses small counts and enough others that none can be worked back from the total', () => {
    const records = [
      ...Array.from({ length: 7 }, () => rec('loss-or-theft')),
      ...Array.from({ length: 6 }, () => rec('misuse')),
      rec('near-miss'),
    ];
    const s = summariseIncidents(records);
    const byType = s.tables.find((t) => t.dimension === 'type')!;
    expect(byType.total.count).toBe(14);
    const near = byType.cells.find((c) => c.code === 'near-miss')!;
    expect(near).toEqual({ code: 'near-miss', count: null, status: 'primary' });
    // One more cell is hidden (secondary) so 14 − published ≠ the near-miss count.
    const hidden = byType.cells.filter((c) => c.count === null);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(hidden.some((c) => c.status === 'secondary')).toBe(true);
    const bySeverity = s.tables.find((t) => t.dimension === 'severity')!;
    expect(bySeverity.cells).toEqual([{ code: 'high', count: 14, status: 'published' }]);
  });

  it('never goes below a threshold of 3 and handles no incidents', () => {
    expect(() => summariseIncidents([], 2)).toThrow();
    expect(summariseIncidents([]).tables.every((t) => t.total.count === 0 && t.cells.length === 0)).toBe(
      true,
    );
  });
});
