import { describe, expect, it } from 'vitest';
import { dashboardSearch, defaultState, parseDashboardState, periodsBetween } from './dashboard-state';

const now = new Date('2026-12-06T12:00:00Z');

describe('dashboard state in the URL', () => {
  it('defaults to the framework 5w and the three months before today', () => {
    expect(parseDashboardState('', now)).toEqual(defaultState(now));
    expect(defaultState(now)).toMatchObject({ framework: '5w', from: '2026-09', to: '2026-11' });
    expect(dashboardSearch(defaultState(now), now)).toBe('');
  });

  it('round-trips every filter', () => {
    const state = {
      framework: '5w',
      from: '2026-01',
      to: '2026-06',
      adm1: 'MZ07',
      partner: '0b3f1c9e-8a9d-4a57-9a55-0c2b1d1e2f30',
      activity: 'Psychosocial support',
      populationGroup: 'idp',
    };
    const search = dashboardSearch(state, now);
    expect(search).toContain('adm1=MZ07');
    expect(search).toContain('activity=Psychosocial+support');
    expect(parseDashboardState(search, now)).toEqual(state);
  });

  it('ignores malformed values and swaps a reversed range', () => {
    const s = parseDashboardState('?from=2026-13&to=2026-02&adm1=<script>&partner=1&framework=a%20b', now);
    expect(s).toMatchObject({ from: '2026-02', to: '2026-09', adm1: '', partner: '', framework: '5w' });
  });

  it('lists the months of a range across a year end, at most 36', () => {
    expect(periodsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(periodsBetween('2026-03', '2026-02')).toEqual([]);
    const long = periodsBetween('2020-01', '2026-12');
    expect(long).toHaveLength(36);
    expect(long[35]).toBe('2026-12');
  });
});
