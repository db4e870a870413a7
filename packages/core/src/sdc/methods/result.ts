/** Expected failures (bad configuration, infeasible requests) are returned as values, never thrown. */
export interface MethodError {
  /** The configuration field at fault, e.g. `localSuppression.keys[2]` or `k`. */
  readonly field: string;
  readonly message: string;
}

export type MethodResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: MethodError };

export function ok<T>(value: T): MethodResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(field: string, message: string): MethodResult<T> {
  return { ok: false, error: { field, message } };
}
