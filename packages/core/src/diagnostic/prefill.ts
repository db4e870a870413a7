import type { AnswerStatus, AutoCheck, DiagnosticItem } from './model';

/**
 * Facts about one party that Steward reads from its own data. A fact left undefined means the
 * module is not in use or the fact cannot be known: the item is then answered by hand.
 */
export interface DiagnosticFacts {
  /** The ISP in force: its version, whether all members endorsed it, its review date. */
  readonly isp?: {
    readonly version: string;
    readonly endorsed: boolean;
    readonly reviewDue: string | null;
  } | null;
  /** Current registry entries of the party (for the cluster: members with at least one entry / members). */
  readonly registry?: {
    readonly entries: number;
    readonly overdueReviews: number;
    readonly membersWithEntries?: number;
    readonly members?: number;
  };
  readonly agreements?: { readonly active: number; readonly expiringWithin30Days: number };
  readonly incidents?: { readonly open: number; readonly openOlderThan30Days: number };
  readonly dia?: { readonly required: number; readonly missing: number };
  readonly retention?: { readonly overdue: number };
}

export interface Prefill {
  readonly itemId: string;
  readonly status: AnswerStatus;
  /** Message code and parameters for the evidence line (rendered through i18n). */
  readonly evidence: { readonly code: string; readonly params: Readonly<Record<string, string | number>> };
  /** A link inside Steward to the evidence (a path of the web app). */
  readonly link: string;
}

function check(auto: AutoCheck, f: DiagnosticFacts, today: string): Omit<Prefill, 'itemId'> | undefined {
  switch (auto) {
    case 'isp_endorsed':
      if (f.isp === undefined) return undefined;
      if (f.isp === null)
        return {
          status: 'not_in_place',
          evidence: { code: 'diagnostic.evidence.no_isp', params: {} },
          link: '/isp',
        };
      return {
        status: f.isp.endorsed ? 'in_place' : 'partial',
        evidence: {
          code: f.isp.endorsed ? 'diagnostic.evidence.isp_endorsed' : 'diagnostic.evidence.isp_not_endorsed',
          params: { version: f.isp.version },
        },
        link: '/isp',
      };
    case 'isp_review_current':
      if (f.isp === undefined) return undefined;
      if (f.isp === null || f.isp.reviewDue === null)
        return {
          status: 'not_in_place',
          evidence: { code: 'diagnostic.evidence.isp_no_review_date', params: {} },
          link: '/isp',
        };
      return {
        status: f.isp.reviewDue >= today ? 'in_place' : 'not_in_place',
        evidence: {
          code:
            f.isp.reviewDue >= today
              ? 'diagnostic.evidence.isp_review_due'
              : 'diagnostic.evidence.isp_review_overdue',
          params: { date: f.isp.reviewDue },
        },
        link: '/isp',
      };
    case 'registry_coverage': {
      const r = f.registry;
      if (r === undefined) return undefined;
      if (r.members !== undefined && r.membersWithEntries !== undefined) {
        const status: AnswerStatus =
          r.membersWithEntries === 0
            ? 'not_in_place'
            : r.membersWithEntries >= r.members
              ? 'in_place'
              : 'partial';
        return {
          status,
          evidence: {
            code: 'diagnostic.evidence.registry_members',
            params: { withEntries: r.membersWithEntries, members: r.members, entries: r.entries },
          },
          link: '/registry',
        };
      }
      return {
        status: r.entries > 0 ? 'in_place' : 'not_in_place',
        evidence: { code: 'diagnostic.evidence.registry_entries', params: { entries: r.entries } },
        link: '/registry',
      };
    }
    case 'registry_reviews_current': {
      const r = f.registry;
      if (r === undefined) return undefined;
      if (r.entries === 0)
        return {
          status: 'not_in_place',
          evidence: { code: 'diagnostic.evidence.registry_entries', params: { entries: 0 } },
          link: '/registry',
        };
      return {
        status:
          r.overdueReviews === 0
            ? 'in_place'
            : r.overdueReviews * 2 <= r.entries
              ? 'partial'
              : 'not_in_place',
        evidence: {
          code: 'diagnostic.evidence.registry_overdue',
          params: { overdue: r.overdueReviews, entries: r.entries },
        },
        link: '/registry',
      };
    }
    case 'agreements_not_expiring': {
      const a = f.agreements;
      if (a === undefined) return undefined;
      return {
        status: a.active === 0 ? 'not_applicable' : a.expiringWithin30Days === 0 ? 'in_place' : 'partial',
        evidence: {
          code: 'diagnostic.evidence.agreements_expiring',
          params: { active: a.active, expiring: a.expiringWithin30Days },
        },
        link: '/sharing',
      };
    }
    case 'incidents_open': {
      const i = f.incidents;
      if (i === undefined) return undefined;
      return {
        status: i.openOlderThan30Days > 0 ? 'not_in_place' : i.open > 0 ? 'partial' : 'in_place',
        evidence: {
          code: 'diagnostic.evidence.incidents_open',
          params: { open: i.open, old: i.openOlderThan30Days },
        },
        link: '/incidents',
      };
    }
    case 'dia_coverage': {
      const d = f.dia;
      if (d === undefined) return undefined;
      return {
        status:
          d.required === 0
            ? 'not_applicable'
            : d.missing === 0
              ? 'in_place'
              : d.missing < d.required
                ? 'partial'
                : 'not_in_place',
        evidence: {
          code: 'diagnostic.evidence.dia_missing',
          params: { required: d.required, missing: d.missing },
        },
        link: '/assessments',
      };
    }
    case 'retention_overdue': {
      const r = f.retention;
      if (r === undefined) return undefined;
      return {
        status: r.overdue === 0 ? 'in_place' : 'not_in_place',
        evidence: { code: 'diagnostic.evidence.retention_overdue', params: { overdue: r.overdue } },
        link: '/retention',
      };
    }
  }
}

/**
 * The answers Steward proposes from its own data, each with its evidence. `today` is an ISO date
 * (core has no clock). Items whose facts are unknown are not pre-filled.
 */
export function prefill(items: readonly DiagnosticItem[], facts: DiagnosticFacts, today: string): Prefill[] {
  const out: Prefill[] = [];
  for (const item of items) {
    if (item.autoCheck === undefined) continue;
    const p = check(item.autoCheck, facts, today);
    if (p !== undefined) out.push({ itemId: item.id, ...p });
  }
  return out;
}
