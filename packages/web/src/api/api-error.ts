/**
 * Failed API calls as the web app sees them: the API's `{ error: { code, message, fields?, details? } }`
 * (docs/contracts) as an `ApiError` with the stable code, shown with `describeError` in the user's
 * language. The typed client (./steward-client.ts) rejects with these.
 */
export interface FieldError {
  readonly path: string;
  /** The server's English sentence (shown when the code is not known). */
  readonly message: string;
  /** The problem's stable code + params when the server gives them (HSDS import problems). */
  readonly code?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** A failed API call. `code` is the API's stable error code, or `network` when nothing answered. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: readonly FieldError[] = [],
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * An ApiError from a failed response: its body `{ error: { code, message, fields?, details? } }`, or
 * a code from the status when the body has none; `Retry-After` becomes `details.retryAfterSeconds`.
 */
export function apiErrorFrom(
  status: number,
  statusText: string,
  parsed: unknown,
  retryAfterHeader: string | null = null,
): ApiError {
  const error = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : undefined;
  const code = typeof error?.code === 'string' ? error.code : statusCode(status);
  const message = typeof error?.message === 'string' ? error.message : statusText;
  const fields = Array.isArray(error?.fields)
    ? error.fields
        .filter(
          (f): f is Record<string, unknown> & FieldError =>
            isRecord(f) && typeof f.path === 'string' && typeof f.message === 'string',
        )
        .map(fieldError)
    : [];
  const details: Record<string, unknown> = isRecord(error?.details) ? { ...error.details } : {};
  const retryAfter = Number(retryAfterHeader);
  if (details.retryAfterSeconds === undefined && Number.isFinite(retryAfter) && retryAfter > 0) {
    details.retryAfterSeconds = retryAfter;
  }
  return new ApiError(status, code, message, fields, details);
}

function statusCode(status: number): string {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 413) return 'payload-too-large';
  if (status === 429) return 'rate-limited';
  if (status === 503) return 'database-unavailable';
  return 'unknown';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Field errors of an ApiError by field name (the first segment of each path). */
export function fieldErrorMap(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  for (const f of error.fields) {
    const key = f.path.split(/[.[]/)[0] ?? f.path;
    if (!(key in out)) out[key] = f.message;
  }
  return out;
}

/** A field error as received: code and params kept only when well-formed (strings and numbers). */
function fieldError(f: Record<string, unknown> & FieldError): FieldError {
  const params = isRecord(f.params)
    ? Object.fromEntries(
        Object.entries(f.params).filter(
          (e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number',
        ),
      )
    : undefined;
  return {
    path: f.path,
    message: f.message,
    ...(typeof f.code === 'string' ? { code: f.code } : {}),
    ...(params ? { params } : {}),
  };
}
