/**
 * THE client of the Steward API for the web app: `openapi-fetch` typed by `./schema.d.ts`, which
 * `npm run api:generate` writes from the API's OpenAPI document (never edit it by hand; after
 * adding or changing a route, re-run the generator and commit it — a test fails on drift).
 *
 *   const api = useApi();
 *   const tokens = await data(api.GET('/api/tokens'));
 *   await data(api.POST('/api/requests/{id}/approve', { params: { path: { id } }, body: { conditions } }));
 *
 * What this wrapper adds to openapi-fetch:
 * - every write (not GET/HEAD) carries the session's CSRF token in `x-csrf-token`;
 * - a failed call REJECTS with an `ApiError` (the API's `{ error: { code, message, fields?, details? } }`,
 *   `Retry-After` as `details.retryAfterSeconds`; code `network` when nothing answered), so a page
 *   shows it with `describeError(t, error)` (./describe-error.ts) in the user's language;
 * - a 401 `unauthenticated` calls `onUnauthenticated` (the app goes back to sign-in), except on the
 *   sign-in calls themselves, where it is an ordinary answer.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { ApiError, apiErrorFrom } from './api-error';
import type { paths } from './schema';

export type { paths } from './schema';
export type { components } from './schema';

export interface StewardClientOptions {
  readonly fetch?: typeof fetch;
  /** Base URL for the API; defaults to the page's origin. */
  readonly baseUrl?: string;
  readonly csrfToken: () => string | null;
  readonly onUnauthenticated: () => void;
}

export type StewardClient = Client<paths>;

/** Calls whose 401 means "wrong credentials / not signed in yet", not "your session ended". */
const SIGN_IN_PATHS: ReadonlySet<string> = new Set(['/api/session', '/api/auth/login']);
const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

export function createStewardClient(options: StewardClientOptions): StewardClient {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? globalThis.location?.origin ?? '',
    fetch: (request: Request) => doFetch(request),
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  client.use(stewardMiddleware(options));
  return client;
}

function stewardMiddleware(options: StewardClientOptions): Middleware {
  return {
    onRequest({ request }) {
      if (SAFE_METHODS.has(request.method)) return undefined;
      const csrf = options.csrfToken();
      if (csrf) request.headers.set('x-csrf-token', csrf);
      return request;
    },
    async onResponse({ response, schemaPath }) {
      if (response.ok) return undefined;
      const parsed: unknown = await response
        .clone()
        .json()
        .catch(() => undefined);
      const error = apiErrorFrom(
        response.status,
        response.statusText,
        parsed,
        response.headers.get('retry-after'),
      );
      if (error.code === 'unauthenticated' && !SIGN_IN_PATHS.has(schemaPath)) options.onUnauthenticated();
      throw error;
    },
    onError({ error }) {
      if (error instanceof ApiError) return error;
      return new ApiError(0, 'network', error instanceof Error ? error.message : 'Network error');
    },
  };
}

/**
 * The body of a successful call, typed from the API's schema (`undefined` for 204). A failed
 * call has already rejected with an ApiError (see above), so this never sees an error answer.
 */
export async function data<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data: body } = await call;
  return body as T;
}
