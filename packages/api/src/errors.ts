/**
 * The API's error model. Every error response has the body
 * `{ "error": { "code", "message", "fields"?, "details"? } }` and its HTTP status comes from ONE
 * table, ERROR_STATUS, keyed by the stable error code. Services throw ServiceError with one of
 * these codes; the API adds the few that only HTTP can produce (route not found, unsupported
 * media type, internal).
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';

/** Stable error code → HTTP status. The only place a code is turned into a status. */
export const ERROR_STATUS = {
  validation: 400,
  unauthenticated: 401,
  'invalid-credentials': 401,
  'account-disabled': 403,
  forbidden: 403,
  'role-grant-refused': 403,
  'publication-refused': 403,
  csrf: 403,
  'sign-in-step-required': 403,
  'not-found': 404,
  conflict: 409,
  /** A signed-off data impact assessment is needed first; details name the reasons and where to start one. */
  'dia-required': 409,
  'payload-too-large': 413,
  /** An upload over one of the limits of core/src/limits.ts; details name it: { limit, max }. */
  'limit-exceeded': 413,
  'unsupported-media-type': 415,
  'account-locked': 429,
  'rate-limited': 429,
  internal: 500,
  'database-unavailable': 503,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldError {
  readonly path: string;
  /** English, for the CLI and API clients. */
  readonly message: string;
  /** Optional stable code + params of the problem (HSDS imports), rendered through i18n by the web app. */
  readonly code?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    fields?: FieldError[];
    details?: Record<string, unknown>;
  };
}

/** An error raised inside the API layer itself (services raise ServiceError). */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function statusFor(code: string): ContentfulStatusCode {
  return Object.hasOwn(ERROR_STATUS, code) ? ERROR_STATUS[code as ErrorCode] : 500;
}

/** Turns zod issues into one entry per offending field; unknown keys become one entry each. */
export function zodFields(error: ZodError, prefix: readonly PropertyKey[] = []): FieldError[] {
  const fields: FieldError[] = [];
  for (const issue of error.issues) {
    const base = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields.push({ path: joinPath([...base, key]), message: 'Unknown field' });
    } else {
      const missing = issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
      fields.push({ path: joinPath(base), message: missing ? 'Required' : issue.message });
    }
  }
  return fields;
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.') || '(body)';
}

/** Messages of driver/connection errors that mean the database cannot be reached right now. */
const DATABASE_DOWN_PATTERNS = [
  /ECONNREFUSED/,
  /ECONNRESET/,
  /ENOTFOUND/,
  /ETIMEDOUT/,
  /connection terminated/i,
  /terminating connection/i,
  /Connection refused/i,
  /PGlite is closed/i,
  /database system is (shutting down|starting up)/i,
  /Cannot use a pool after calling end/i,
  /Client was closed and is not queryable/i,
  /timeout exceeded when trying to connect/i,
];

/**
 * Recognises an error from the database driver meaning "unreachable", for the case where one
 * escapes the services without being translated to `database-unavailable`.
 */
export function looksLikeDatabaseDown(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const e = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (
      typeof e.code === 'string' &&
      /^(database-unavailable|ECONNREFUSED|ECONNRESET|ENOTFOUND|ETIMEDOUT|57P01|57P03|08\d\d\d)$/.test(e.code)
    ) {
      return true;
    }
    if (typeof e.message === 'string' && DATABASE_DOWN_PATTERNS.some((p) => p.test(e.message as string)))
      return true;
    current = e.cause;
  }
  return false;
}

export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database cannot be reached right now. Steward keeps running and will answer again once the database is back; try again shortly.';
