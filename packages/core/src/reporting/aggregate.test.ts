import { describe, expect, it } from 'vitest';
import { protectAggregate } from './aggregate';
import { dueDate, parseFramework } from './framework';
import { disaggregationCells } from './model';

describe('protectAggregate', () => {
  it('suppresses counts below the threshold and protects them with secondary cells', () => {
    const groups = [
      { codes: ['MZ01', 'f'], count: 40 },
      { codes: ['MZ01', 'm'], count: 2 },
      { codes: ['MZ02', 'f'], count: 25 },
      { codes: ['MZ02', 'm'], count: 31 },
    ];
    const result = protectAggregate(['adm1', 'sex'], groups, 3);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const cell = (a: string, s: string) =>
      result.value.cells.find((c) => c.codes[0] === a && c.codes[1] === s)!;
    expect(cell('MZ01', 'm')).toEqual({
      codes: ['MZ01', 'm'],
      count: null,
      status: 'suppressed-primary',
      rule: 'freq(3)',
    });
    // The margin total of MZ01 and the total of m are published, so one more cell per line must go.
    const secondary = result.value.cells.filter((c) => c.status === 'suppressed-secondary');
    expect(secondary.length).toBeGreaterThanOrEqual(3);
    expect(secondary.every((c) => c.count === null && c.rule === 'secondary')).toBe(true);
    expect(cell('total', 'total')).toMatchObject({ count: 98, status: 'published' });
    // No published cell lets the suppressed count be recomputed: MZ01 f is suppressed too.
    expect(cell('MZ01', 'f').status).not.toBe('published');
  });

  it('uses the threshold it is given (5 for protection data)', () => {
    const groups = [
      { codes: ['f'], count: 4 },
      { codes: ['m'], count: 9 },
    ];
    const three = protectAggregate(['sex'], groups, 3);
    const five = protectAggregate(['sex'], groups, 5);
    expect(three.ok && three.value.cells.every((c) => c.status === 'published')).toBe(true);
    expect(five.ok && five.value.cells.find((c) => c.codes[0] === 'f')!.status).toBe('suppressed-primary');
  });

  it('publishes empty cells as 0, never suppresses them, and refuses a code named total', () => {
    const r = protectAggregate(
      ['sex'],
      [
        { codes: ['f'], count: 0 },
        { codes: ['m'], count: 10 },
      ],
      3,
    );
    expect(r.ok && r.value.cells.find((c) => c.codes[0] === 'f')).toMatchObject({
      count: 0,
      status: 'published',
    });
    expect(protectAggregate(['sex'], [{ codes: ['total'], count: 1 }], 3).ok).toBe(false);
  });

  it('without dimensions protects the one total', () => {
    const r = protectAggregate([], [{ codes: [], count: 2 }], 3);
    expect(r.ok && r.value.cells).toEqual([
      { codes: [], count: null, status: 'suppressed-primary', rule: 'freq(3)' },
    ]);
  });
});

describe('frameworks', () => {
  const raw = {
    code: '5w',
    name: 'Monthly 5W',
    dataType: '3w-4w-5w',
    countryIso3: 'MOZ',
    indicators: [
      {
        id: 'pro-01',
        activity: 'Protection monitoring',
        label: 'People reached',
        unit: 'people',
        disaggregation: { sex: true, age: true },
        hasTarget: true,
        reachedNotAboveTargeted: true,
      },
    ],
  };
  it('parses a valid framework and lists its disaggregation cells', () => {
    const r = parseFramework(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.adminLevel).toBe('adm2');
    expect(disaggregationCells(r.value.indicators[0]!.disaggregation)).toHaveLength(4);
    expect(dueDate(r.value, '2026-12')).toBe('2027-01-10');
  });
  it('refuses admin levels coarser than admin-2, unknown data types and duplicate indicators', () => {
    const r = parseFramework({
      ...raw,
      adminLevel: 'adm1',
      dataType: 'nope',
      indicators: [raw.indicators[0], raw.indicators[0]],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.join('\n')).toMatch(/adminLevel/);
    expect(r.errors.join('\n')).toMatch(/dataType/);
    expect(r.errors.join('\n')).toMatch(/given twice/);
  });
});
