/**
 * Controlled lists: stable kebab-case ids with English labels. User interfaces translate by id;
 * the English label is the fallback and the text used in explanations, CLI output and exports.
 */

export interface Term<Id extends string = string> {
  readonly id: Id;
  /** English label (the web translates by `id`). */
  readonly label: string;
  /** Optional longer English description. */
  readonly description?: string;
  /** Other spellings accepted by the parser (e.g. the snake_case keys of the domain notes). */
  readonly aliases?: readonly string[];
}

export interface ControlledList<Id extends string = string> {
  /** Human name of the list, singular, used in error messages ("data type"). */
  readonly name: string;
  /** Human name, plural ("data types"). */
  readonly plural: string;
  /** Terms in the list's canonical order. */
  readonly terms: readonly Term<Id>[];
  /** The ids in canonical order. */
  readonly ids: readonly Id[];
}

/** The error value returned for a name that is not on a list. */
export interface UnknownTermError {
  readonly code: 'unknown-term';
  /** The list's singular name, e.g. "data type". */
  readonly list: string;
  /** The raw input as given. */
  readonly input: string;
  /** Every valid id, in canonical order. */
  readonly valid: readonly string[];
  /** Plain-English message naming the input and listing the valid ids. */
  readonly message: string;
}

export type ParseResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: UnknownTermError };

export function defineList<const Id extends string>(
  name: string,
  plural: string,
  terms: readonly Term<Id>[],
): ControlledList<Id> {
  const seen = new Set<string>();
  for (const t of terms) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(t.id)) {
      throw new Error(`Controlled list "${name}": id "${t.id}" is not kebab-case`);
    }
    if (seen.has(t.id)) throw new Error(`Controlled list "${name}": duplicate id "${t.id}"`);
    seen.add(t.id);
  }
  return { name, plural, terms, ids: terms.map((t) => t.id) };
}

/** Lower-cases, trims and turns underscores and spaces into hyphens ("Referral_Data" → "referral-data"). */
export function normaliseName(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

/**
 * Parses a name against a list: exact id, then the normalised form, then aliases.
 * Returns an error value (never throws) listing the valid ids for an unknown name.
 */
export function parseTerm<Id extends string>(list: ControlledList<Id>, raw: string): ParseResult<Id> {
  const key = normaliseName(raw);
  for (const t of list.terms) {
    if (t.id === raw || t.id === key) return { ok: true, value: t.id };
  }
  for (const t of list.terms) {
    if (t.aliases?.some((a) => normaliseName(a) === key)) return { ok: true, value: t.id };
  }
  return { ok: false, error: unknownTerm(list.name, list.plural, raw, list.ids) };
}

/** Builds the error value for a name that is not among `valid` (also used for ISP-defined lists). */
export function unknownTerm(
  name: string,
  plural: string,
  input: string,
  valid: readonly string[],
): UnknownTermError {
  return {
    code: 'unknown-term',
    list: name,
    input,
    valid,
    message: `Unknown ${name} "${input}". Valid ${plural}: ${valid.join(', ')}.`,
  };
}

/** Type guard: is `value` one of the list's ids? */
export function isTerm<Id extends string>(list: ControlledList<Id>, value: unknown): value is Id {
  return typeof value === 'string' && (list.ids as readonly string[]).includes(value);
}

/** The English label of an id; misuse (an id not on the list) throws. */
export function labelOf<Id extends string>(list: ControlledList<Id>, id: Id): string {
  const t = list.terms.find((x) => x.id === id);
  if (!t) throw new Error(`"${id}" is not a ${list.name}`);
  return t.label;
}

/** Position of an id in the list's canonical order; misuse throws. */
export function indexOf<Id extends string>(list: ControlledList<Id>, id: Id): number {
  const i = list.ids.indexOf(id);
  if (i < 0) throw new Error(`"${id}" is not a ${list.name}`);
  return i;
}
