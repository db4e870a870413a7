import type { SensitivityLevel } from '../vocabulary/sensitivity-levels';

/**
 * When Steward asks for a DIA (domain notes §9.2): before a data activity with personal data, one
 * whose ISP level is high or severe, before publishing anything finer than admin-2 or with
 * coordinates, and before any new data flow between partners.
 */
export type DiaTrigger =
  | { readonly kind: 'registry_entry'; readonly personalData: boolean; readonly level: SensitivityLevel }
  | { readonly kind: 'publication'; readonly adminLevel: number | null; readonly coordinates: boolean }
  | { readonly kind: 'partner_flow'; readonly newFlow: boolean };

export type DiaReason =
  | 'dia.required.personal_data'
  | 'dia.required.high_or_severe'
  | 'dia.required.finer_than_admin2'
  | 'dia.required.coordinates'
  | 'dia.required.partner_flow';

/** The reasons a DIA is required for the activity; empty when none is. */
export function diaRequired(t: DiaTrigger): DiaReason[] {
  const out: DiaReason[] = [];
  switch (t.kind) {
    case 'registry_entry':
      if (t.personalData) out.push('dia.required.personal_data');
      if (t.level === 'high' || t.level === 'severe') out.push('dia.required.high_or_severe');
      break;
    case 'publication':
      if (t.adminLevel !== null && t.adminLevel > 2) out.push('dia.required.finer_than_admin2');
      if (t.coordinates) out.push('dia.required.coordinates');
      break;
    case 'partner_flow':
      if (t.newFlow) out.push('dia.required.partner_flow');
      break;
  }
  return out;
}

/** A DIA satisfies a trigger once it is signed off and its review date has not passed. */
export function diaSatisfies(
  dia: { readonly status: string; readonly reviewDue: string | null } | undefined,
  today: string,
): boolean {
  return dia !== undefined && dia.status === 'signed_off' && dia.reviewDue !== null && dia.reviewDue >= today;
}

/** What the gate says for one activity: the reasons a DIA is required and the DIA that satisfies them. */
export interface DiaGate {
  /** Empty when no DIA is required. */
  readonly reasons: readonly DiaReason[];
  /** The id of a linked DIA that satisfies the requirement, or null. */
  readonly satisfiedBy: string | null;
  /** A DIA is required and none of the linked ones satisfies it: the activity must wait. */
  readonly blocked: boolean;
}

/**
 * The rule Steward enforces before an activity (§9.2): when the activity triggers a DIA, one of the
 * DIAs linked to it must be signed off with its review date not passed.
 */
export function diaGate(
  trigger: DiaTrigger,
  linked: readonly { readonly id: string; readonly status: string; readonly reviewDue: string | null }[],
  today: string,
): DiaGate {
  const reasons = diaRequired(trigger);
  if (reasons.length === 0) return { reasons, satisfiedBy: null, blocked: false };
  const ok = linked.find((d) => diaSatisfies(d, today));
  return { reasons, satisfiedBy: ok?.id ?? null, blocked: ok === undefined };
}

/** Aggregation levels finer than admin-2, as an admin level for the publication trigger. */
export function adminLevelOf(aggregation: string): number | null {
  const m = /^adm([0-5])$/.exec(aggregation);
  if (m) return Number(m[1]);
  // a site, household or individual is finer than any admin level
  if (aggregation === 'site' || aggregation === 'household' || aggregation === 'individual') return 9;
  return null;
}
