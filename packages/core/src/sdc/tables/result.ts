/** Expected outcomes (bad rules, bad hierarchies, data the table cannot be built from) are values. */
export type TableResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export function ok<T>(value: T): TableResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(error: string): TableResult<T> {
  return { ok: false, error };
}
