/**
 * A dashboard's state lives in its URL (issue 10: "a dashboard's state is in its URL"), so a view
 * can be bookmarked, shared with a colleague and reopened: framework, period range, admin area,
 * partner, activity and population group. Pure.
 */

export interface DashboardState {
  readonly framework: string;
  /** First and last month, YYYY-MM, inclusive. */
  readonly from: string;
  readonly to: string;
  /** Admin-1 p-code, or "" for the whole country. */
  readonly adm1: string;
  /** Organisation id, or "" for every partner. */
  readonly partner: string;
  /** Activity name, or "" for every activity. */
  readonly activity: string;
  /** Population group code, or "" for everyone. */
  readonly populationGroup: string;
}

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
const PCODE = /^[A-Z]{2}\d{2,8}$/;
export const MAX_MONTHS = 36;

function monthOf(date: Date, back: number): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - back, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The default view: the three months before `now` (the demo's and a monthly cycle's last quarter). */
export function defaultState(now: Date): DashboardState {
  return {
    framework: '5w',
    from: monthOf(now, 3),
    to: monthOf(now, 1),
    adm1: '',
    partner: '',
    activity: '',
    populationGroup: '',
  };
}

/** Reads the state from a query string; anything malformed falls back to the default. */
export function parseDashboardState(search: string, now: Date): DashboardState {
  const q = new URLSearchParams(search);
  const d = defaultState(now);
  const text = (name: string, max: number) => {
    const v = (q.get(name) ?? '').trim();
    return v.length <= max ? v : '';
  };
  let from = PERIOD.test(q.get('from') ?? '') ? q.get('from')! : d.from;
  let to = PERIOD.test(q.get('to') ?? '') ? q.get('to')! : d.to;
  if (from > to) [from, to] = [to, from];
  const framework = text('framework', 40);
  const adm1 = text('adm1', 12).toUpperCase();
  return {
    framework: /^[a-z0-9-]+$/i.test(framework) ? framework : d.framework,
    from,
    to,
    adm1: PCODE.test(adm1) ? adm1 : '',
    partner: /^[0-9a-f-]{36}$/i.test(text('partner', 36)) ? text('partner', 36).toLowerCase() : '',
    activity: text('activity', 120),
    populationGroup: text('group', 40),
  };
}

/** The query string of a state; values equal to the default are left out. */
export function dashboardSearch(state: DashboardState, now: Date): string {
  const d = defaultState(now);
  const q = new URLSearchParams();
  if (state.framework !== d.framework) q.set('framework', state.framework);
  if (state.from !== d.from) q.set('from', state.from);
  if (state.to !== d.to) q.set('to', state.to);
  if (state.adm1) q.set('adm1', state.adm1);
  if (state.partner) q.set('partner', state.partner);
  if (state.activity) q.set('activity', state.activity);
  if (state.populationGroup) q.set('group', state.populationGroup);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Every month from `from` to `to` inclusive (at most MAX_MONTHS, the latest kept). */
export function periodsBetween(from: string, to: string): string[] {
  if (!PERIOD.test(from) || !PERIOD.test(to) || from > to) return [];
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const p = `${y}-${String(m).padStart(2, '0')}`;
    out.push(p);
    if (p >= to) break;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out.slice(-MAX_MONTHS);
}
