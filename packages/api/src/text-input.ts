/**
 * Text PostgreSQL cannot store, found before it reaches the database: a NUL byte (U+0000; a
 * `text` value cannot hold one, SQLSTATE 22021/22P05) and unpaired UTF-16 surrogates (not
 * Unicode, silently replaced on the way to UTF-8). The API's validation hook walks every parsed
 * JSON body, query and path (every string and every object key, at any depth) with
 * `invalidTextFields`, so each route gets a 400 naming the field whatever its schema says.
 */
import type { FieldError } from './errors';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `text` cannot be stored as text, or null when it can. */
export function invalidTextReason(text: string): string | null {
  if (text.includes('\u0000')) return 'Contains a NUL byte (U+0000), which text may not hold';
  if (LONE_SURROGATE.test(text)) return 'Is not valid Unicode text (an unpaired surrogate)';
  return null;
}

/** `text` without the characters that make it invalid (to name a field by a readable path). */
export function readable(text: string): string {
  return text.replaceAll('\u0000', '').replaceAll(/[\uD800-\uDFFF]/g, '');
}

/**
 * One field error per string or key holding invalid text, with the path as the API names fields
 * (`a.b.0.c`, `(body)` for the value itself). Stops after `max` findings.
 */
export function invalidTextFields(value: unknown, prefix: readonly string[] = [], max = 20): FieldError[] {
  const found: FieldError[] = [];
  const walk = (v: unknown, path: readonly string[], depth: number): void => {
    if (found.length >= max || depth > 64) return;
    if (typeof v === 'string') {
      const reason = invalidTextReason(v);
      if (reason) found.push({ path: path.join('.') || '(body)', message: reason });
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, [...path, String(i)], depth + 1));
      return;
    }
    if (typeof v === 'object' && v !== null) {
      for (const [key, item] of Object.entries(v)) {
        const reason = invalidTextReason(key);
        if (reason) {
          found.push({ path: [...path, readable(key)].join('.'), message: `Field name: ${reason}` });
          if (found.length >= max) return;
          continue;
        }
        walk(item, [...path, key], depth + 1);
      }
    }
  };
  walk(value, prefix, 0);
  return found;
}
