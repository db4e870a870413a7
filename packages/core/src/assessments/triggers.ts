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

/**
 * The status a new registry entry starts in. An entry whose facts trigger a DIA starts as a draft:
 * a DIA can only link an entry that exists, so it is activated once a linked DIA is signed off.
 * Other entries start active.
 */
export function initialEntryStatus(reasons: readonly DiaReason[]): 'draft' | 'active' {
  return reasons.length > 0 ? 'draft' : 'active';
}

/** Dimension names that hold point locations (a GPS column, latitude/longitude, a site's point). */
const COORDINATE_NAMES =
  /^(coord(inate)?s?|gps|geo ?point|point|lat(itude)?|lon(gitude)?|lng|lat[ _-]?lon|lat[ _-]?lng|x[ _-]?y|location[ _-]?point)$/i;
/** A code written as a point: "-25.9653, 32.5892" (two decimal numbers, both in range). */
const POINT_CODE = /^\s*\(?\s*(-?\d{1,3}\.\d{3,})\s*[,; ]\s*(-?\d{1,3}\.\d{3,})\s*\)?\s*$/;

/**
 * Whether a table to publish carries coordinates (domain notes §9.2: publishing "with coordinates"
 * triggers a DIA): a dimension named for coordinates, or any code written as a latitude/longitude
 * pair with at least three decimals (about 100 m, finer than any admin area).
 */
export function tableHasCoordinates(table: {
  readonly dimensions: readonly {
    readonly name: string;
    readonly codes: readonly { readonly code: string }[];
  }[];
}): boolean {
  return table.dimensions.some(
    (d) =>
      COORDINATE_NAMES.test(d.name.trim()) ||
      d.codes.some((c) => {
        const m = POINT_CODE.exec(c.code);
        return m !== null && Math.abs(Number(m[1])) <= 90 && Math.abs(Number(m[2])) <= 180;
      }),
  );
}

/** An agreement as a data flow: who provides, who receives, which data types. */
export interface PartnerFlow {
  readonly providerOrganisationId: string;
  /** Null for an outside recipient (not a partner: no partner-to-partner flow). */
  readonly recipientOrganisationId: string | null;
  readonly dataTypes: readonly string[];
}

/**
 * The data types of `flow` that are NEW between the two partners (domain notes §9.2, "before any
 * new data flow between partners"; Steward's definition, docs/decisions): a partner-to-partner flow
 * is (providing organisation, receiving member organisation, data type). It is new when no earlier
 * agreement between the same two organisations in the same direction, not revoked, covered that
 * data type. An expired agreement still counts as the flow having existed (its DIA was asked then);
 * a revoked one does not (the flow was stopped). An outside recipient or an organisation sharing
 * with itself is not a partner-to-partner flow.
 */
export function newFlowDataTypes(
  flow: PartnerFlow,
  earlier: readonly (PartnerFlow & { readonly revoked: boolean })[],
): string[] {
  if (flow.recipientOrganisationId === null) return [];
  if (flow.recipientOrganisationId === flow.providerOrganisationId) return [];
  const known = new Set<string>();
  for (const e of earlier) {
    if (e.revoked) continue;
    if (e.providerOrganisationId !== flow.providerOrganisationId) continue;
    if (e.recipientOrganisationId !== flow.recipientOrganisationId) continue;
    for (const t of e.dataTypes) known.add(t);
  }
  return [...new Set(flow.dataTypes)].filter((t) => !known.has(t));
}
