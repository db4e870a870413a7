/**
 * The HTTP client of the Steward API (see docs/contracts: JSON bodies, errors as
 * `{ error: { code, message, fields?, details? } }`). Cookie sessions: every write carries the
 * session's CSRF token in `x-csrf-token`. A 401 `unauthenticated` calls `onUnauthenticated` so
 * the app can go back to sign-in.
 */
import type {
  AuditEntry,
  AuditFilters,
  AuditHead,
  AuditVerification,
  Member,
  Organisation,
  Role,
  Session,
} from './types';

export interface FieldError {
  readonly path: string;
  readonly message: string;
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

export interface ApiClientOptions {
  readonly fetch?: typeof fetch;
  /** Base URL for the API; '' means same origin. */
  readonly baseUrl?: string;
  readonly csrfToken: () => string | null;
  readonly onUnauthenticated: () => void;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Sends one JSON request and returns the parsed body (undefined for 204); a failure throws an
 * `ApiError`. A 401 `unauthenticated` calls `onUnauthenticated` unless `signalUnauthenticated` is false.
 */
export type ApiRequest = <T>(
  method: Method,
  path: string,
  body?: unknown,
  signalUnauthenticated?: boolean,
) => Promise<T>;

/** The request function every typed client of the API is built on. */
export function createRequest(options: ApiClientOptions): ApiRequest {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const base = options.baseUrl ?? '';

  return async function request<T>(
    method: Method,
    path: string,
    body?: unknown,
    signalUnauthenticated = true,
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') {
      const csrf = options.csrfToken();
      if (csrf) headers['x-csrf-token'] = csrf;
    }
    let response: Response;
    try {
      response = await doFetch(base + path, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (cause) {
      throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'Network error');
    }
    if (response.status === 204) return undefined as T;
    const parsed: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = apiErrorFrom(
        response.status,
        response.statusText,
        parsed,
        response.headers.get('retry-after'),
      );
      if (error.code === 'unauthenticated' && signalUnauthenticated) options.onUnauthenticated();
      throw error;
    }
    return parsed as T;
  };
}

export function createApiClient(options: ApiClientOptions) {
  const request = createRequest(options);

  return {
    /** The current session, or null when not signed in. */
    async me(): Promise<Session | null> {
      // /api/session answers 200 when signed out too, so a signed-out page logs no failed request.
      const state = await request<{ signedIn: boolean; session: Session | null }>(
        'GET',
        '/api/session',
        undefined,
        false,
      );
      return state.signedIn ? state.session : null;
    },
    login: (email: string, password: string) =>
      request<Session>('POST', '/api/auth/login', { email, password }, false),
    logout: () => request<void>('POST', '/api/auth/logout'),
    setActiveOrganisation: (organisationId: string) =>
      request<Session>('PUT', '/api/me/active-organisation', { organisationId }),
    listOrganisations: () => request<{ items: Organisation[] }>('GET', '/api/organisations'),
    auditHead: () => request<AuditHead>('GET', '/api/audit/head'),
    // Members and roles of one organisation (role-grant policy: see docs/security.md).
    listMembers: (organisationId: string) =>
      request<{ items: Member[] }>('GET', `/api/organisations/${encodeURIComponent(organisationId)}/members`),
    addMember: (organisationId: string, email: string, role: Role) =>
      request<Member>('POST', `/api/organisations/${encodeURIComponent(organisationId)}/members`, {
        email,
        role,
      }),
    changeMemberRole: (organisationId: string, userId: string, role: Role) =>
      request<Member>(
        'PATCH',
        `/api/organisations/${encodeURIComponent(organisationId)}/members/${encodeURIComponent(userId)}`,
        { role },
      ),
    removeMember: (organisationId: string, userId: string) =>
      request<void>(
        'DELETE',
        `/api/organisations/${encodeURIComponent(organisationId)}/members/${encodeURIComponent(userId)}`,
      ),
    auditEntries: (filters: AuditFilters) =>
      request<{ items: AuditEntry[] }>('GET', `/api/audit${auditQueryString(filters)}`),
    verifyAudit: () => request<AuditVerification>('GET', '/api/audit/verify'),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** `?actor=…&action=…` from the filters that are set ('' when none). */
export function auditQueryString(filters: AuditFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
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
    ? error.fields.filter(
        (f): f is FieldError => isRecord(f) && typeof f.path === 'string' && typeof f.message === 'string',
      )
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
