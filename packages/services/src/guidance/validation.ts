/** Input checks of the cluster's adapted guidance texts: each failure names its field. */
import {
  CHECKLIST_ITEM_MAX,
  GUIDANCE_IDS,
  GUIDANCE_TITLE_MAX,
  GUIDANCE_WHY_MAX,
  isChecklistItemId,
  isGuidanceId,
} from '@steward/core/guidance/catalogue';
import { isLanguage, LANGUAGES, type Language } from '@steward/core/i18n/languages';
import { ServiceError } from '../errors';

const fieldError = (path: string, message: string) =>
  new ServiceError('validation', `${path}: ${message}`, { fields: [{ path, message }] });

/**
 * A guidance id of the catalogue or a checklist item (`checklist.publish.2`), or a validation error
 * naming `id` (unknown ids are not stored).
 */
export function guidanceIdInput(value: unknown): string {
  if (!isGuidanceId(value))
    throw fieldError('id', `not a guidance id; one of ${GUIDANCE_IDS.slice(0, 5).join(', ')}, …`);
  return value;
}

export function languageInput(value: unknown): Language {
  if (!isLanguage(value)) throw fieldError('language', `one of ${LANGUAGES.join(', ')}`);
  return value;
}

export interface OverrideText {
  title: string | null;
  why: string | null;
}

function optionalText(o: Record<string, unknown>, path: string, max: number): string | null {
  const v = o[path];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw fieldError(path, 'must be text');
  const t = v.trim();
  if (t.length === 0) return null;
  if (t.length > max) throw fieldError(path, `at most ${max} characters`);
  return t;
}

/**
 * The body of a PUT: `title` and/or `why` (blank or absent = keep Steward's default for that
 * part); at least one must be given. A checklist item (`checklist.<kind>.<n>`) has one text, its
 * wording: `why` only, at most CHECKLIST_ITEM_MAX characters.
 */
export function overrideTextInput(input: unknown, guidanceId?: string): OverrideText {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw fieldError('(body)', 'must be an object');
  const o = input as Record<string, unknown>;
  for (const key of Object.keys(o))
    if (key !== 'title' && key !== 'why') throw fieldError(key, 'unknown field; title and why only');
  if (guidanceId !== undefined && isChecklistItemId(guidanceId)) {
    if (optionalText(o, 'title', GUIDANCE_TITLE_MAX) !== null)
      throw fieldError('title', 'a checklist item has no title; give its wording as why');
    const wording = optionalText(o, 'why', CHECKLIST_ITEM_MAX);
    if (wording === null)
      throw fieldError('why', "Required: the item's adapted wording (or revert to the default instead)");
    return { title: null, why: wording };
  }
  const title = optionalText(o, 'title', GUIDANCE_TITLE_MAX);
  const why = optionalText(o, 'why', GUIDANCE_WHY_MAX);
  if (title === null && why === null)
    throw fieldError('why', 'Required: an adapted title or text (or revert to the default instead)');
  return { title, why };
}
