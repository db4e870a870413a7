/**
 * The registry import call (POST /api/registry/import, multipart field "file"). A failure throws
 * the same `ApiError` as every other call (built by api-error.ts's `apiErrorFrom`), so a 400 carries
 * the problems by row and column in `fields`. The typed JSON client does not describe a
 * multipart body, so this call does its own fetch with the same headers and error handling.
 */
import { ApiError, apiErrorFrom } from '../../api/api-error';
import type { paths } from '../../api/schema';

export interface ImportClientOptions {
  readonly fetch?: typeof fetch;
  /** Base URL for the API; '' means same origin. */
  readonly baseUrl?: string;
  readonly csrfToken: () => string | null;
  readonly onUnauthenticated: () => void;
}

/** The answer of a successful import, as the API describes it. */
export type ImportResult =
  paths['/api/registry/import']['post']['responses'][201]['content']['application/json'];

export function createImportClient(options: ImportClientOptions) {
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const base = options.baseUrl ?? '';
  return {
    async importRegistry(file: File): Promise<ImportResult> {
      const headers: Record<string, string> = { accept: 'application/json' };
      const csrf = options.csrfToken();
      if (csrf) headers['x-csrf-token'] = csrf;
      const form = new FormData();
      form.append('file', file);
      let response: Response;
      try {
        response = await doFetch(`${base}/api/registry/import`, {
          method: 'POST',
          headers,
          credentials: 'same-origin',
          body: form,
        });
      } catch (cause) {
        throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'Network error');
      }
      const parsed: unknown = await response.json().catch(() => undefined);
      if (!response.ok) {
        const error = apiErrorFrom(
          response.status,
          response.statusText,
          parsed,
          response.headers.get('retry-after'),
        );
        if (error.code === 'unauthenticated') options.onUnauthenticated();
        throw error;
      }
      return parsed as ImportResult;
    },
  };
}

export type ImportClient = ReturnType<typeof createImportClient>;
