/**
 * Pure logic of the registry pages: the entry form's validation (per field, as message keys),
 * the advisory checklist that follows what the user declares, and filtering/sorting of the table
 * (the API filters too; the page applies the same rules so the table is always consistent).
 */
import {
  decide,
  type DecisionJson,
  decisionToJson,
  type Isp,
  type IspDecision,
} from '@steward/core/isp/index';
import {
  AGGREGATION_LEVELS,
  COLLECTION_METHODS,
  DATA_TYPES,
  LEGAL_BASES,
  isTerm,
  sensitivityRank,
  type SensitivityLevel,
} from '@steward/core/vocabulary/index';
import type { RegistryInput, RegistryQuery, RegistrySummary } from './registry-api';

export type FormErrorKey =
  | 'reg.error.required'
  | 'reg.error.dataTypes'
  | 'reg.error.legalBasis'
  | 'reg.error.date'
  | 'reg.error.reviewOrder'
  | 'reg.error.pastReview'
  | 'reg.error.unknownValue'
  | 'reg.error.tooLong';

export type FormErrors = Partial<Record<keyof RegistryInput, FormErrorKey>>;

export function emptyInput(today: string): RegistryInput {
  return {
    title: '',
    description: '',
    purpose: '',
    kind: 'asset',
    dataTypes: [],
    containsPersonalData: false,
    containsDemographicData: false,
    dataSubjects: '',
    collectionMethod: '',
    legalBasis: '',
    storageLocation: '',
    accessDescription: '',
    aggregationLevel: '',
    includesNames: false,
    includesCoordinates: false,
    retentionPeriod: '',
    destructionMethod: '',
    impactAssessmentRef: '',
    focalPoint: '',
    lastReviewedOn: today,
    nextReviewOn: '',
    sharedWithCluster: false,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const REQUIRED: readonly (keyof RegistryInput)[] = [
  'title',
  'description',
  'purpose',
  'dataSubjects',
  'collectionMethod',
  'storageLocation',
  'accessDescription',
  'aggregationLevel',
  'retentionPeriod',
  'destructionMethod',
  'focalPoint',
  'nextReviewOn',
];

function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Field errors of an entry (empty object when valid). `today` is YYYY-MM-DD. */
export function validateEntry(input: RegistryInput, today: string): FormErrors {
  const errors: FormErrors = {};
  for (const field of REQUIRED) {
    const value = input[field];
    if (typeof value === 'string' && value.trim() === '') errors[field] = 'reg.error.required';
  }
  if (input.title.length > 200) errors.title = 'reg.error.tooLong';
  if (input.dataTypes.length === 0) errors.dataTypes = 'reg.error.dataTypes';
  else if (!input.dataTypes.every((d) => isTerm(DATA_TYPES, d))) errors.dataTypes = 'reg.error.unknownValue';
  if (input.aggregationLevel && !isTerm(AGGREGATION_LEVELS, input.aggregationLevel))
    errors.aggregationLevel = 'reg.error.unknownValue';
  if (input.collectionMethod && !isTerm(COLLECTION_METHODS, input.collectionMethod))
    errors.collectionMethod = 'reg.error.unknownValue';
  if (input.legalBasis && !isTerm(LEGAL_BASES, input.legalBasis))
    errors.legalBasis = 'reg.error.unknownValue';
  if ((input.containsPersonalData || input.includesNames) && !input.legalBasis)
    errors.legalBasis = 'reg.error.legalBasis';
  if (input.nextReviewOn && !isDate(input.nextReviewOn)) errors.nextReviewOn = 'reg.error.date';
  if (input.lastReviewedOn && !isDate(input.lastReviewedOn)) errors.lastReviewedOn = 'reg.error.date';
  if (!errors.nextReviewOn && input.nextReviewOn) {
    if (input.lastReviewedOn && isDate(input.lastReviewedOn) && input.nextReviewOn <= input.lastReviewedOn)
      errors.nextReviewOn = 'reg.error.reviewOrder';
    else if (input.nextReviewOn < today) errors.nextReviewOn = 'reg.error.pastReview';
  }
  return errors;
}

/** The body sent to the API: optional empty strings left out. */
export function toPayload(input: RegistryInput): RegistryInput {
  const out: RegistryInput = { ...input, title: input.title.trim() };
  if (!out.impactAssessmentRef) delete out.impactAssessmentRef;
  if (!out.lastReviewedOn) delete out.lastReviewedOn;
  // The API refuses an empty legal basis: leave it out, so a missing one is reported as missing.
  if (!out.legalBasis) delete (out as Partial<RegistryInput>).legalBasis;
  return out;
}

export type AdviceKey =
  | 'reg.advice.names'
  | 'reg.advice.coordinates'
  | 'reg.advice.personal'
  | 'reg.advice.dii'
  | 'reg.advice.fine'
  | 'reg.advice.dia'
  | 'reg.advice.consent'
  | 'reg.advice.retention'
  | 'reg.advice.shared'
  | 'reg.advice.caseData';

/** Advice that applies to what the entry declares, in the order to show it. */
export function adviceFor(input: RegistryInput): AdviceKey[] {
  const out: AdviceKey[] = [];
  if (input.includesNames) out.push('reg.advice.names');
  if (input.includesCoordinates) out.push('reg.advice.coordinates');
  if (input.containsPersonalData) out.push('reg.advice.personal');
  if (input.containsDemographicData) out.push('reg.advice.dii');
  if (input.aggregationLevel === 'individual' || input.aggregationLevel === 'household')
    out.push('reg.advice.fine');
  if (input.containsPersonalData && !input.impactAssessmentRef) out.push('reg.advice.dia');
  if (input.legalBasis === 'consent') out.push('reg.advice.consent');
  if (input.containsPersonalData || input.includesNames) out.push('reg.advice.retention');
  if (input.sharedWithCluster) out.push('reg.advice.shared');
  if (
    input.dataTypes.includes('protection-monitoring-case-data') ||
    input.dataTypes.includes('referral-data')
  )
    out.push('reg.advice.caseData');
  return out;
}

/**
 * What the ISP says about an entry as declared: the decision for sharing with all cluster members
 * for each data type, the most sensitive one first. Null when the ISP or the facts are missing.
 */
export function previewDecision(
  isp: Isp | null,
  input: RegistryInput,
): (DecisionJson & Pick<IspDecision, 'recipient' | 'sharing'>) | null {
  if (!isp || !isTerm(AGGREGATION_LEVELS, input.aggregationLevel) || input.dataTypes.length === 0)
    return null;
  const decisions = input.dataTypes.map((dataType) =>
    decide(
      isp,
      {
        dataType,
        aggregation: input.aggregationLevel as (typeof AGGREGATION_LEVELS.ids)[number],
        includesNames: input.includesNames,
        includesCoordinates: input.includesCoordinates,
      },
      'cluster',
      undefined,
    ),
  );
  decisions.sort((a, b) => sensitivityRank(b.sensitivity) - sensitivityRank(a.sensitivity));
  const first = decisions[0];
  // With whom (the recipient asked about) and who may receive it at all (the rule's approach); the
  // explanation as codes too, so the preview reads in the interface language (decisionToJson leaves
  // them out: `steward isp decide --json` prints it without them).
  return first
    ? { ...decisionToJson(first), why: first.why, recipient: first.recipient, sharing: first.sharing }
    : null;
}

const SENS_ORDER: Readonly<Record<string, number>> = { low: 0, moderate: 1, high: 2, severe: 3 };

/** Applies the table's filters and sort to the summaries (stable; missing values sort last). */
export function filterAndSort(items: readonly RegistrySummary[], query: RegistryQuery): RegistrySummary[] {
  const q = query.q?.trim().toLowerCase() ?? '';
  const rows = items.filter(
    (item) =>
      (!query.dataType || item.dataTypes.includes(query.dataType)) &&
      (!query.sensitivity || item.sensitivity === query.sensitivity) &&
      (!query.owner || item.organisationId === query.owner || item.organisationAcronym === query.owner) &&
      (!query.reviewDue ||
        (query.reviewDue === 'overdue'
          ? item.reviewStatus === 'overdue'
          : item.reviewStatus === 'soon' || item.reviewStatus === 'overdue')) &&
      (!query.dia || item.diaMissing) &&
      (!q || item.title.toLowerCase().includes(q) || item.organisationAcronym.toLowerCase().includes(q)),
  );
  const sort = query.sort ?? 'title';
  const dir = query.order === 'desc' ? -1 : 1;
  const value = (item: RegistrySummary): string | number | null => {
    switch (sort) {
      case 'title':
        return item.title.toLowerCase();
      case 'updatedAt':
        return item.updatedAt;
      case 'nextReviewOn':
        return item.nextReviewOn;
      case 'sensitivity':
        return item.sensitivity ? (SENS_ORDER[item.sensitivity] ?? null) : null;
    }
  };
  return rows
    .map((item, index) => ({ item, index, v: value(item) }))
    .sort((a, b) => {
      if (a.v === null && b.v === null) return a.index - b.index;
      if (a.v === null) return 1;
      if (b.v === null) return -1;
      const c = a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
      return c === 0 ? a.index - b.index : c * dir;
    })
    .map((r) => r.item);
}

/** A sensitivity level from the API, or null for anything else. */
export function sensitivityOrNull(value: string | null | undefined): SensitivityLevel | null {
  return value === 'low' || value === 'moderate' || value === 'high' || value === 'severe' ? value : null;
}
