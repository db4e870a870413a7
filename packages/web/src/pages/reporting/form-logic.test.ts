import { describe, expect, it } from 'vitest';
import {
  columnTotal,
  entriesOf,
  indicatorColumns,
  inputColumns,
  localProblems,
  placeProblems,
  previousPeriod,
  recentPeriods,
  reminderFor,
  rowTotal,
  rowsFromValues,
  type IndicatorDto,
} from './form-logic';

const sexAge: IndicatorDto = {
  id: 'pm-people',
  activity: 'Protection monitoring',
  label: 'People reached',
  unit: 'people',
  disaggregation: { sex: true, age: true, populationGroup: false, disability: false },
  hasTarget: true,
  reachedNotAboveTargeted: true,
};
const plain: IndicatorDto = {
  ...sexAge,
  id: 'doc',
  disaggregation: { sex: false, age: false, populationGroup: false, disability: false },
  hasTarget: false,
};
const value = (o: Partial<Record<string, string | number>>) => ({
  indicator: 'pm-people',
  adm1: 'MZ01',
  adm2: 'MZ0101',
  sex: 'all',
  age: 'all',
  populationGroup: 'all',
  disability: 'all',
  measure: 'reached' as const,
  value: 1,
  ...o,
});

describe('the monthly form', () => {
  it('has the template hashtags as columns: cells then total per measure; only totals when not disaggregated', () => {
    expect(indicatorColumns(sexAge).map((c) => c.tag)).toEqual([
      '#reached+f+children',
      '#reached+f+adults',
      '#reached+m+children',
      '#reached+m+adults',
      '#reached+total',
      '#targeted+f+children',
      '#targeted+f+adults',
      '#targeted+m+children',
      '#targeted+m+adults',
      '#targeted+total',
    ]);
    expect(inputColumns(sexAge).some((c) => c.cell === 'total')).toBe(false);
    expect(inputColumns(plain).map((c) => c.tag)).toEqual(['#reached+total']);
  });

  it('rebuilds rows from stored values and computes totals live, ignoring what is not a number', () => {
    const rows = rowsFromValues([
      value({ sex: 'f', age: 'children', value: 3 }),
      value({ sex: 'm', age: 'adults', value: 10 }),
      value({ sex: 'm', age: 'adults', measure: 'targeted', value: 12 }),
      value({ indicator: 'doc', value: 7 }),
    ]);
    expect(rows).toHaveLength(2);
    const pm = rows.find((r) => r.indicator === 'pm-people')!;
    expect(pm.cells).toEqual({
      '#reached+f+children': '3',
      '#reached+m+adults': '10',
      '#targeted+m+adults': '12',
    });
    expect(rowTotal(pm, sexAge, 'reached')).toBe(13);
    expect(rowTotal(pm, sexAge, 'targeted')).toBe(12);
    expect(
      rowTotal({ ...pm, cells: { '#reached+f+adults': 'x', '#reached+m+adults': '2' } }, sexAge, 'reached'),
    ).toBe(2);
    expect(rowTotal({ ...pm, cells: {} }, sexAge, 'reached')).toBeNull();
    expect(
      columnTotal([pm, { ...pm, key: 'b', cells: { '#reached+f+children': '4' } }], '#reached+f+children'),
    ).toBe(7);
    const doc = rows.find((r) => r.indicator === 'doc')!;
    expect(doc.cells).toEqual({ '#reached+total': '7' });
  });

  it('sends numbers only for input columns and flags text that is not a whole number', () => {
    const row = {
      key: 'pm-people|MZ0101',
      indicator: 'pm-people',
      adm1: 'MZ01',
      adm2: 'MZ0101',
      cells: { '#reached+f+children': ' 5 ', '#reached+m+children': '', '#reached+f+adults': '2.5' },
    };
    expect(entriesOf([row], [sexAge])).toEqual([
      { indicator: 'pm-people', adm1: 'MZ01', adm2: 'MZ0101', cells: { '#reached+f+children': 5 } },
    ]);
    expect([...localProblems([row])]).toEqual(['pm-people|MZ0101##reached+f+adults']);
  });

  it('places problems on the row sent (entry N = row N + 2) and the cell named by its hashtag', () => {
    const rows = rowsFromValues([value({}), value({ adm2: 'MZ0102' })]);
    const placed = placeProblems(rows, [
      { row: 3, column: '#adm2+code', value: 'MZ0102', message: 'x', code: 'adm2-not-in-adm1' },
      { row: 2, column: '#reached+total', value: '4', message: 'y', code: 'sum-mismatch' },
      { row: null, column: null, value: null, message: 'z', code: 'no-data-rows' },
    ]);
    expect([...placed.cells.keys()]).toEqual(['pm-people|MZ0102#area', 'pm-people|MZ0101##reached+total']);
    expect(placed.general.map((p) => p.code)).toEqual(['no-data-rows']);
  });

  it('counts periods back across the year', () => {
    expect(previousPeriod('2026-01')).toBe('2025-12');
    expect(recentPeriods('2026-02', 4)).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
  });
});

describe('deadline reminders', () => {
  it('reminds of a report due soon or overdue, never of a submitted or approved one', () => {
    expect(reminderFor('missing', '2026-12-10', '2026-12-06')).toEqual({ kind: 'due', days: 4 });
    expect(reminderFor('draft', '2026-12-10', '2026-12-10')).toEqual({ kind: 'due', days: 0 });
    expect(reminderFor('returned', '2026-12-10', '2026-12-13')).toEqual({ kind: 'overdue', days: 3 });
    expect(reminderFor('missing', '2027-01-10', '2026-12-06')).toBeNull();
    expect(reminderFor('submitted', '2026-12-10', '2026-12-13')).toBeNull();
    expect(reminderFor('approved', '2026-12-10', '2026-12-06')).toBeNull();
  });
});
