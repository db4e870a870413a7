/**
 * Validation of registry entries, field by field. Used by the API (JSON), the import (CSV/XLSX
 * rows, where every value is text) and the demo. Errors name the field; the import prefixes the
 * row and column.
 */
import { OPTIONAL_REGISTRY_FIELDS, REGISTRY_FIELDS, type RegistryField } from '@steward/core/registry/fields';
import {
  AGGREGATION_LEVELS,
  COLLECTION_METHODS,
  DATA_TYPES,
  LEGAL_BASES,
  parseAggregationLevel,
  parseCollectionMethod,
  parseDataType,
  parseLegalBasis,
  type AggregationLevel,
} from '@steward/core/vocabulary/index';

export interface RegistryInput {
  title: string;
  description: string;
  purpose: string;
  kind: 'asset' | 'activity';
  dataTypes: string[];
  containsPersonalData: boolean;
  containsDemographicData: boolean;
  dataSubjects: string;
  collectionMethod: string;
  legalBasis: string | null;
  storageLocation: string;
  accessDescription: string;
  aggregationLevel: AggregationLevel;
  includesNames: boolean;
  includesCoordinates: boolean;
  consentObtained: boolean;
  retentionPeriod: string;
  destructionMethod: string;
  impactAssessmentRef: string | null;
  focalPoint: string;
  lastReviewedOn: string | null;
  nextReviewOn: string;
  sharedWithCluster: boolean;
}

export { REGISTRY_FIELDS, type RegistryField };

// Every shared field is a RegistryInput key.
const _fieldsAreInputKeys: readonly (keyof RegistryInput)[] = REGISTRY_FIELDS;

const OPTIONAL: ReadonlySet<RegistryField> = new Set(OPTIONAL_REGISTRY_FIELDS);

export interface FieldProblem {
  path: string;
  message: string;
}

const TEXT_LIMITS: Partial<Record<RegistryField, [number, number]>> = {
  title: [3, 200],
  description: [1, 4000],
  purpose: [1, 2000],
  dataSubjects: [1, 500],
  storageLocation: [1, 500],
  accessDescription: [1, 1000],
  retentionPeriod: [1, 200],
  destructionMethod: [1, 500],
  focalPoint: [1, 200],
  impactAssessmentRef: [0, 200],
};

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Text as a boolean: true/false, yes/no, 1/0 (any case). */
export function parseBooleanText(raw: string): boolean | undefined {
  const v = raw.trim().toLowerCase();
  if (['true', 'yes', 'y', '1', 'oui', 'sim'].includes(v)) return true;
  if (['false', 'no', 'n', '0', 'non', 'não', 'nao'].includes(v)) return false;
  return undefined;
}

/**
 * Validates a full (`partial` = false) or partial input. `lenientText` accepts text for
 * booleans and `;`-separated data types (imports). Returns the clean value or the problems.
 */
export function validateRegistryInput(
  raw: unknown,
  options: { partial?: boolean; lenientText?: boolean; base?: RegistryInput } = {},
): { ok: true; value: Partial<RegistryInput> } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      problems: [{ path: '(body)', message: 'must be an object with the registry fields' }],
    };
  }
  const input = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const bad = (path: string, message: string) => problems.push({ path, message });
  for (const key of Object.keys(input)) {
    if (!(REGISTRY_FIELDS as readonly string[]).includes(key)) bad(key, 'Unknown field');
  }
  for (const f of REGISTRY_FIELDS) {
    let v = input[f];
    if (options.lenientText && typeof v === 'string' && v.trim() === '') v = undefined;
    if (v === undefined || v === null) {
      if (v === null && OPTIONAL.has(f))
        out[f] = f === 'consentObtained' || f === 'sharedWithCluster' ? false : null;
      else if (!options.partial && !OPTIONAL.has(f)) bad(f, 'Required');
      continue;
    }
    switch (f) {
      case 'kind':
        if (v === 'asset' || v === 'activity') out[f] = v;
        else bad(f, 'must be "asset" or "activity"');
        break;
      case 'dataTypes': {
        const list =
          options.lenientText && typeof v === 'string'
            ? v
                .split(/[;|]/)
                .map((s) => s.trim())
                .filter(Boolean)
            : v;
        if (!Array.isArray(list) || list.length === 0) {
          bad(f, `must list at least one data type (${DATA_TYPES.ids.join(', ')})`);
          break;
        }
        const ids: string[] = [];
        for (const item of list) {
          const p = parseDataType(String(item));
          if (!p.ok) bad(f, p.error.message);
          else if (!ids.includes(p.value)) ids.push(p.value);
        }
        out[f] = ids;
        break;
      }
      case 'containsPersonalData':
      case 'containsDemographicData':
      case 'includesNames':
      case 'includesCoordinates':
      case 'consentObtained':
      case 'sharedWithCluster': {
        const b =
          typeof v === 'boolean'
            ? v
            : options.lenientText && typeof v === 'string'
              ? parseBooleanText(v)
              : undefined;
        if (b === undefined) bad(f, 'must be true or false (yes/no)');
        else out[f] = b;
        break;
      }
      case 'collectionMethod': {
        const p = parseCollectionMethod(String(v));
        if (!p.ok)
          bad(f, `Unknown collection method "${String(v)}". Valid: ${COLLECTION_METHODS.ids.join(', ')}.`);
        else out[f] = p.value;
        break;
      }
      case 'legalBasis': {
        const p = parseLegalBasis(String(v));
        if (!p.ok) bad(f, `Unknown legal basis "${String(v)}". Valid: ${LEGAL_BASES.ids.join(', ')}.`);
        else out[f] = p.value;
        break;
      }
      case 'aggregationLevel': {
        const p = parseAggregationLevel(String(v));
        if (!p.ok)
          bad(f, `Unknown aggregation level "${String(v)}". Valid: ${AGGREGATION_LEVELS.ids.join(', ')}.`);
        else out[f] = p.value;
        break;
      }
      case 'lastReviewedOn':
      case 'nextReviewOn':
        if (typeof v !== 'string' || !isIsoDate(v.trim())) bad(f, 'must be a date YYYY-MM-DD');
        else out[f] = v.trim();
        break;
      default: {
        if (typeof v !== 'string') {
          bad(f, 'must be text');
          break;
        }
        const t = v.trim();
        const [min, max] = TEXT_LIMITS[f] ?? [1, 1000];
        if (t.length < min) bad(f, min <= 1 ? 'Required' : `must be at least ${min} characters`);
        else if (t.length > max) bad(f, `must be at most ${max} characters`);
        else out[f] = f === 'impactAssessmentRef' && t === '' ? null : t;
      }
    }
  }
  // Cross-field rules, on the merged entry.
  const merged = { ...(options.base ?? {}), ...out } as Partial<RegistryInput>;
  if (merged.containsPersonalData && !merged.legalBasis && !problems.some((p) => p.path === 'legalBasis')) {
    bad('legalBasis', 'Required when the entry contains personal data (ICRC legal bases)');
  }
  if (merged.lastReviewedOn && merged.nextReviewOn && merged.nextReviewOn < merged.lastReviewedOn) {
    bad('nextReviewOn', 'must be on or after lastReviewedOn');
  }
  if (problems.length > 0) return { ok: false, problems };
  if (!options.partial) {
    out.consentObtained ??= false;
    out.sharedWithCluster ??= false;
    out.legalBasis ??= null;
    out.impactAssessmentRef ??= null;
    out.lastReviewedOn ??= null;
  }
  return { ok: true, value: out as Partial<RegistryInput> };
}
