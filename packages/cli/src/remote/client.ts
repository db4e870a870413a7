/**
 * The client side of module commands (`steward referral …`, `steward report …`, `steward incident …`):
 * they talk to a running Steward server over its HTTP API, as a partner's own system would, with a
 * personal API token (`steward token create`). Server and token come from `--server URL --token TOKEN`
 * or the environment (`STEWARD_SERVER`, `STEWARD_TOKEN`); flags win.
 *
 * Every failure becomes a CliError with one clear line: the API's error code and message (and the
 * fields it names), an unreachable server, or a refused token.
 */
import { CliError, type Io } from '../framework';

/** The flags every module command declares (spread into its `flags`). */
export const REMOTE_FLAGS = {
  server: {
    type: 'string',
    valueName: 'URL',
    description: 'Address of the Steward server (default $STEWARD_SERVER)',
  },
  token: {
    type: 'string',
    valueName: 'TOKEN',
    description: 'Personal API token, scoped to one organisation (default $STEWARD_TOKEN)',
  },
} as const;

export interface RemoteOptions {
  readonly server?: string | undefined;
  readonly token?: string | undefined;
}

/** The API's error body: `{ "error": { "code", "message", "fields"?, "details"? } }`. */
export interface ApiErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly fields?: readonly { readonly path: string; readonly message: string }[];
    readonly details?: unknown;
  };
}

/** A refusal or error answered by the server, kept whole for commands that show more of it. */
export class RemoteError extends CliError {
  constructor(
    message: string,
    readonly status: number,
    readonly body: ApiErrorBody | undefined,
  ) {
    super(message, 1);
    this.name = 'RemoteError';
  }
  get code(): string | undefined {
    return this.body?.error.code;
  }
}

export type Query = Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>;

export interface RemoteClient {
  /** The server's base address, without a trailing slash. */
  readonly server: string;
  get<T>(path: string, query?: Query): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  patch<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body?: unknown): Promise<T>;
  delete<T>(path: string): Promise<T>;
  /** A raw request (downloads, uploads of files): the response is returned when it is 2xx. */
  request(path: string, init?: RequestInit & { query?: Query }): Promise<Response>;
}

/** Reads server and token from the flags or the environment; refuses clearly when either is missing. */
export function connect(
  options: RemoteOptions,
  io: Pick<Io, 'env'>,
  fetchImpl: typeof fetch = fetch,
): RemoteClient {
  const server = (options.server ?? io.env.STEWARD_SERVER ?? '').trim().replace(/\/+$/, '');
  const token = (options.token ?? io.env.STEWARD_TOKEN ?? '').trim();
  if (!server) {
    throw new CliError('no server: give --server URL or set STEWARD_SERVER (e.g. http://127.0.0.1:3000)', 2);
  }
  let base: URL;
  try {
    base = new URL(server);
  } catch {
    throw new CliError(`--server must be an address such as http://127.0.0.1:3000 (got "${server}")`, 2);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new CliError(`--server must start with http:// or https:// (got "${server}")`, 2);
  }
  if (!token) {
    throw new CliError(
      'no API token: give --token TOKEN or set STEWARD_TOKEN (create one with "steward token create")',
      2,
    );
  }

  const url = (path: string, query?: Query): string => {
    const u = new URL(path.startsWith('/') ? path : `/${path}`, `${server}/`);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined) continue;
      if (Array.isArray(value)) for (const v of value) u.searchParams.append(key, String(v));
      else u.searchParams.set(key, String(value));
    }
    return u.toString();
  };

  async function request(path: string, init: RequestInit & { query?: Query } = {}): Promise<Response> {
    const { query, headers, ...rest } = init;
    let response: Response;
    try {
      response = await fetchImpl(url(path, query), {
        ...rest,
        headers: { accept: 'application/json', ...headersObject(headers), authorization: `Bearer ${token}` },
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const reason = cause?.code ?? cause?.message ?? (error as Error).message;
      throw new CliError(`cannot reach the Steward server at ${server} (${reason})`);
    }
    if (response.ok) return response;
    const text = await response.text().catch(() => '');
    let body: ApiErrorBody | undefined;
    try {
      const parsed = JSON.parse(text) as unknown;
      if (isErrorBody(parsed)) body = parsed;
    } catch {
      // not JSON: described by the status alone
    }
    throw new RemoteError(describe(response.status, body), response.status, body);
  }

  async function json<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
    const response = await request(path, {
      method,
      ...(query ? { query } : {}),
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    if (!text) return undefined as T;
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new CliError(
        `the server at ${server} answered ${method} ${path} with something that is not JSON`,
      );
    }
  }

  return {
    server,
    get: (path, query) => json('GET', path, undefined, query),
    post: (path, body) => json('POST', path, body ?? {}),
    patch: (path, body) => json('PATCH', path, body ?? {}),
    put: (path, body) => json('PUT', path, body ?? {}),
    delete: (path) => json('DELETE', path),
    request,
  };
}

function headersObject(headers: RequestInit['headers']): Record<string, string> {
  if (!headers) return {};
  return Object.fromEntries(new Headers(headers).entries());
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  const error = (value as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

function describe(status: number, body: ApiErrorBody | undefined): string {
  if (!body) {
    if (status === 401) return 'the server refused the API token (401): it is unknown, revoked or expired';
    return `the server answered ${status}`;
  }
  const fields = (body.error.fields ?? []).map((f) => `${f.path}: ${f.message}`);
  const head =
    status === 401
      ? `the server refused the API token (${body.error.code})`
      : `${body.error.message} (${body.error.code})`;
  return fields.length ? `${head}\n  ${fields.join('\n  ')}` : head;
}
