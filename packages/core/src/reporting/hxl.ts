/**
 * HXL hashtag rows (Humanitarian Exchange Language, hxlstandard.org): finding the hashtag row
 * below any text headers, and parsing a tag spec `#reached+f+children` into a tag and its
 * attributes. Behaviour follows the libhxl-python test files (test-data/hxl). Pure.
 */

export interface TagSpec {
  /** Lower-case tag without `#`, e.g. `reached`. */
  readonly tag: string;
  /** Lower-case attributes without `+`, in the order given. */
  readonly attributes: readonly string[];
}

const TAG = /^#([a-z][a-z0-9_]*)((?:\+[a-z][a-z0-9_]*)*)$/;

/** Parses one hashtag spec (spaces ignored, case folded); null when it is not one. */
export function parseTagSpec(raw: string): TagSpec | null {
  const text = raw.replace(/\s+/g, '').toLowerCase();
  const m = TAG.exec(text);
  if (!m) return null;
  const attributes = m[2] ? m[2].split('+').filter((a) => a !== '') : [];
  return { tag: m[1]!, attributes };
}

/** Rows scanned for the hashtag row (libhxl looks at the first 25). */
export const HASHTAG_ROW_SCAN = 25;

/**
 * The index of the hashtag row among the first rows: the first row with at least one hashtag
 * and more hashtags than other non-empty cells. -1 when there is none (an untagged file).
 */
export function findHashtagRow(rows: readonly (readonly string[])[]): number {
  for (let i = 0; i < Math.min(rows.length, HASHTAG_ROW_SCAN); i++) {
    let tags = 0;
    let other = 0;
    for (const cell of rows[i]!) {
      if (cell.trim() === '') continue;
      if (parseTagSpec(cell)) tags++;
      else other++;
    }
    if (tags > 0 && tags > other) return i;
  }
  return -1;
}

export function hasAttribute(spec: TagSpec, ...names: string[]): boolean {
  return names.some((n) => spec.attributes.includes(n));
}
