/**
 * The i18n engine: message lookup, `{placeholder}` interpolation, plural selection with
 * Intl.PluralRules, numbers and dates with Intl. Pure functions; the React binding lives in
 * `i18n-context.tsx`.
 */

/** A message that varies with a count. `other` is required; a locale lists every category it uses. */
export type PluralMessage = { readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
export type Message = string | PluralMessage;

/** Placeholder names in a message literal: `'Hello {name}'` → `'name'`. */
export type PlaceholdersOf<S> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | PlaceholdersOf<Rest>
  : never;

/** All placeholders of a message, whether plain or plural (a plural also takes `count`). */
export type ParamsOf<M> = M extends string
  ? PlaceholdersOf<M>
  : M extends PluralMessage
    ? 'count' | PlaceholdersOf<M[keyof M]>
    : never;

export type ParamValue = string | number;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

/** The placeholder names that occur in a message, sorted and without duplicates. */
export function placeholdersIn(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const text of texts) {
    if (typeof text !== 'string') continue;
    for (const match of text.matchAll(PLACEHOLDER)) if (match[1]) names.add(match[1]);
  }
  return [...names].sort();
}

export function isPluralMessage(message: Message): message is PluralMessage {
  return typeof message !== 'string';
}

/**
 * Formats one message for a locale. Numbers in params are formatted with Intl.NumberFormat;
 * a plural message picks its form with Intl.PluralRules on `params.count`. A placeholder with no
 * value is left as written, so a missing parameter is visible rather than silently empty.
 */
export function formatMessage(
  locale: string,
  message: Message,
  params: Readonly<Record<string, ParamValue>> = {},
): string {
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = params.count;
    if (typeof count !== 'number') throw new Error('A plural message needs a numeric "count" parameter.');
    const category = new Intl.PluralRules(locale).select(count);
    text = message[category] ?? message.other;
  }
  const numbers = new Intl.NumberFormat(locale);
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

export function formatNumber(locale: string, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

export function formatDate(locale: string, value: Date, options?: Intl.DateTimeFormatOptions): string {
  return new Intl.DateTimeFormat(locale, options ?? { dateStyle: 'long' }).format(value);
}

/** A list joined the way the locale does it ("a, b and c"). */
export function formatList(locale: string, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * Splits a plain message into text and placeholder parts, for callers that put elements (a
 * link, an isolated e-mail address) where a placeholder is: `'Signed in as {email}'` →
 * `['Signed in as ', { name: 'email' }]`.
 */
export function messageParts(message: string): (string | { readonly name: string })[] {
  const parts: (string | { readonly name: string })[] = [];
  let last = 0;
  for (const match of message.matchAll(PLACEHOLDER)) {
    const index = match.index ?? 0;
    if (index > last) parts.push(message.slice(last, index));
    parts.push({ name: match[1] ?? '' });
    last = index + match[0].length;
  }
  if (last < message.length) parts.push(message.slice(last));
  return parts;
}
