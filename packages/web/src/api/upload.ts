/**
 * Multipart upload of one file (field "file") with progress. The typed client (openapi-fetch) sends
 * JSON through fetch, which cannot report upload progress; this one call uses XMLHttpRequest with
 * the same rules: the CSRF token on the write, a failure rejects with the API's `ApiError`, an ended
 * session (401 `unauthenticated`) calls `onUnauthenticated`. The answer's type is the route's
 * response schema (../api/schema.d.ts), named by the caller.
 */
import { ApiError, apiErrorFrom } from './api-error';

export interface UploadOptions {
  readonly csrfToken: () => string | null;
  readonly onUnauthenticated: () => void;
}

/** Sends `file` to `path`; `onProgress` gets the fraction sent (0…1). */
export type Upload = <T>(path: string, file: File, onProgress?: (fraction: number) => void) => Promise<T>;

export function uploadFile<T>(
  options: UploadOptions,
  path: string,
  file: File,
  onProgress: (fraction: number) => void = () => {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('accept', 'application/json');
    const csrf = options.csrfToken();
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Network error'));
    xhr.onload = () => {
      let parsed: unknown;
      try {
        parsed = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        parsed = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(parsed as T);
        return;
      }
      const error = apiErrorFrom(xhr.status, xhr.statusText, parsed, xhr.getResponseHeader('retry-after'));
      if (error.code === 'unauthenticated') options.onUnauthenticated();
      reject(error);
    };
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}
