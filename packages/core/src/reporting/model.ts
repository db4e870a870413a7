/**
 * Partner reporting (issue 10): a reporting framework is what the cluster asks partners to report
 * each period — activities and indicators (5W: who, what, where, when, for whom), each with a
 * unit, a disaggregation, the admin level required (admin-2 at least) and validation rules.
 * Pure: no I/O, no clock.
 */

/** Sex categories of a disaggregation (HXL attributes +f, +m). */
export const SEXES = ['f', 'm'] as const;
export type Sex = (typeof SEXES)[number];

/** Age groups (HXL +children, +adults). */
export const AGE_GROUPS = ['children', 'adults'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Population groups (HXL +idps, +returnees, +host). */
export const POPULATION_GROUPS = ['idp', 'returnee', 'host'] as const;
export type PopulationGroup = (typeof POPULATION_GROUPS)[number];

/** Disability status (HXL +disabled / not). */
export const DISABILITY = ['with', 'without'] as const;
export type Disability = (typeof DISABILITY)[number];

/** The value a disaggregation key takes when the framework does not ask for it. */
export const NOT_DISAGGREGATED = 'all';

/** What an indicator counts. */
export const UNITS = ['people', 'households', 'sessions', 'cases', 'items'] as const;
export type Unit = (typeof UNITS)[number];

/** The two measures reported per cell. */
export const MEASURES = ['reached', 'targeted'] as const;
export type Measure = (typeof MEASURES)[number];

export interface Disaggregation {
  /** Sex × age groups (the cells of the form). */
  readonly sex: boolean;
  readonly age: boolean;
  readonly populationGroup: boolean;
  readonly disability: boolean;
}

export interface Indicator {
  /** Stable id, unique in the framework, e.g. `pro-01`. */
  readonly id: string;
  /** The activity it measures (5W "what"). */
  readonly activity: string;
  readonly label: string;
  readonly unit: Unit;
  readonly disaggregation: Disaggregation;
  /** Targets are reported too. */
  readonly hasTarget: boolean;
  /** Validation: reached must not exceed targeted (per cell). */
  readonly reachedNotAboveTargeted: boolean;
}

/** The finest admin level a report may give; never coarser than admin-2. */
export type ReportAdminLevel = 'adm2' | 'adm3';

export interface FrameworkDefinition {
  /** ISP data type of the figures (`3w-4w-5w`, `protection-monitoring-case-data` …): it sets the threshold. */
  readonly dataType: string;
  readonly periodicity: 'monthly';
  readonly adminLevel: ReportAdminLevel;
  /** ISO 3166 alpha-3 of the gazetteer the p-codes are checked against. */
  readonly countryIso3: string;
  /** Day of the following month the report is due (1–28). */
  readonly dueDay: number;
  readonly indicators: readonly Indicator[];
}

export interface Framework extends FrameworkDefinition {
  readonly code: string;
  readonly name: string;
}

/** A period: one month, `YYYY-MM`. */
export const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(value: string): boolean {
  return PERIOD_PATTERN.test(value);
}

/** Framework codes: lower-case letters, digits and dashes, 1–40 characters. */
export const FRAMEWORK_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** The disaggregation cells of an indicator: one key set per cell (absent keys = `all`). */
export interface CellKeys {
  readonly sex: string;
  readonly age: string;
  readonly populationGroup: string;
  readonly disability: string;
}

export function disaggregationCells(d: Disaggregation): CellKeys[] {
  const sexes: readonly string[] = d.sex ? SEXES : [NOT_DISAGGREGATED];
  const ages: readonly string[] = d.age ? AGE_GROUPS : [NOT_DISAGGREGATED];
  const groups: readonly string[] = d.populationGroup ? POPULATION_GROUPS : [NOT_DISAGGREGATED];
  const dis: readonly string[] = d.disability ? DISABILITY : [NOT_DISAGGREGATED];
  const out: CellKeys[] = [];
  for (const populationGroup of groups)
    for (const disability of dis)
      for (const sex of sexes) for (const age of ages) out.push({ sex, age, populationGroup, disability });
  return out;
}
