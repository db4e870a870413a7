/**
 * The registry entry history in words: each recorded change as a field label and value labels in
 * the user's language ("Collection method: Household survey → Key-informant interview (KII)"),
 * never raw codes (`household-survey`, `adm0`, `true`, `consentObtained`), and without changes
 * that change nothing visible ("— → —").
 */
import {
  AGGREGATION_LEVELS,
  COLLECTION_METHODS,
  DATA_TYPES,
  LEGAL_BASES,
  type ControlledList,
} from '@steward/core/vocabulary/index';
import type { Translator } from '../../i18n/locales';
import { showDate, termLabel } from './shared';

export interface RecordedChange {
  readonly field: string;
  readonly from?: unknown;
  readonly to?: unknown;
}

export interface ShownChange {
  readonly field: string;
  readonly from: string;
  readonly to: string;
}

const VOCABULARY: Readonly<Record<string, ControlledList>> = {
  dataTypes: DATA_TYPES,
  aggregationLevel: AGGREGATION_LEVELS,
  collectionMethod: COLLECTION_METHODS,
  legalBasis: LEGAL_BASES,
};

const YES_NO_FIELDS: ReadonlySet<string> = new Set([
  'containsPersonalData',
  'containsDemographicData',
  'includesNames',
  'includesCoordinates',
  'consentObtained',
  'sharedWithCluster',
]);

const DATE_FIELDS: ReadonlySet<string> = new Set(['lastReviewedOn', 'nextReviewOn']);

const EMPTY = '—';

/** A field's label in the user's language; the raw name only for a field the app does not know. */
export function fieldLabel(t: Translator, field: string): string {
  return t.tryT(`reg.field.${field}`) ?? field;
}

/** One recorded value of a field, as the user reads it. */
export function valueLabel(t: Translator, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (Array.isArray(value)) {
    const items = value.map((v) => valueLabel(t, field, v)).filter((v) => v !== EMPTY);
    return items.length === 0 ? EMPTY : items.join(t.t('reg.listSep'));
  }
  if (YES_NO_FIELDS.has(field) || typeof value === 'boolean') {
    if (value === true || value === 'true') return t.t('common.yes');
    if (value === false || value === 'false') return t.t('common.no');
  }
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  if (field === 'kind' && (text === 'asset' || text === 'activity')) return t.t(`reg.kind.${text}`);
  if (field === 'status' && (text === 'draft' || text === 'active')) return t.t(`reg.status.${text}`);
  const list = VOCABULARY[field];
  if (list) return termLabel(t, list, text);
  if (DATE_FIELDS.has(field)) return showDate(t, text);
  return text;
}

/** The changes worth showing, labelled; a change whose two sides read the same is dropped. */
export function shownChanges(t: Translator, changes: readonly RecordedChange[]): ShownChange[] {
  const shown: ShownChange[] = [];
  for (const c of changes) {
    const from = valueLabel(t, c.field, c.from);
    const to = valueLabel(t, c.field, c.to);
    if (from === to) continue;
    shown.push({ field: fieldLabel(t, c.field), from, to });
  }
  return shown;
}
