/**
 * The fields of a data-registry entry, shared by the server (validation, export, import) and the
 * web app (entry form, import template): one list, so the two cannot drift apart.
 */

/** Every field, in the order of the entry form, the registry export and the import template. */
export const REGISTRY_FIELDS = [
  'title',
  'description',
  'purpose',
  'kind',
  'dataTypes',
  'containsPersonalData',
  'containsDemographicData',
  'dataSubjects',
  'collectionMethod',
  'legalBasis',
  'storageLocation',
  'accessDescription',
  'aggregationLevel',
  'includesNames',
  'includesCoordinates',
  'consentObtained',
  'retentionPeriod',
  'destructionMethod',
  'impactAssessmentRef',
  'focalPoint',
  'lastReviewedOn',
  'nextReviewOn',
  'sharedWithCluster',
] as const;

export type RegistryField = (typeof REGISTRY_FIELDS)[number];

/** Fields that may be left empty (legalBasis is still required when the entry holds personal data). */
export const OPTIONAL_REGISTRY_FIELDS = [
  'legalBasis',
  'consentObtained',
  'impactAssessmentRef',
  'lastReviewedOn',
  'sharedWithCluster',
] as const satisfies readonly RegistryField[];

/** Fields every entry must fill. */
export const REQUIRED_REGISTRY_FIELDS: readonly RegistryField[] = REGISTRY_FIELDS.filter(
  (f) => !(OPTIONAL_REGISTRY_FIELDS as readonly RegistryField[]).includes(f),
);
