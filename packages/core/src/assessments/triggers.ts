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
