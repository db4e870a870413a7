/**
 * Reporting calls that the typed client cannot make: the upload (multipart, with progress events
 * for large files, so it uses XMLHttpRequest) and the template links. A failure is the same
 * `ApiError` as every other call (client.ts `apiErrorFrom`), so a 400 carries
 * `details.problems` (row, column, value, code + params) and nothing was imported.
 */
import { ApiError, apiErrorFrom } from '../../api/api-error';
import type { components } from '../../api/schema';
import type { Problem } from './form-logic';

export type ImportResult = components['schemas']['ReportImportResult'];
export type KoboInspection = components['schemas']['KoboInspection'];
export type KoboMapping = components['schemas']['KoboMapping'];

/** GET link of the framework's upload template (the same file as `steward report template`). */
export function templateUrl(code: string, period: string, format: 'csv' | 'xlsx', example = false): string {
  const q = new URLSearchParams({ period, format });
  if (example) q.set('example', 'true');
  return `/api/reporting/frameworks/${encodeURIComponent(code)}/template?${q.toString()}`;
}

export interface UploadOptions {
  code: string;
  period: string;
  file: File;
  reason?: string;
  /** A KoboToolbox/ODK export read through this mapping (remembered once the import succeeds). */
  kobo?: { mapping: KoboMapping };
  csrfToken: string | null;
  /** Bytes sent so far, of total. */
  onProgress?: (sent: number, total: number) => void;
}

export function uploadReport(options: UploadOptions): Promise<ImportResult> {
  const form = new FormData();
  form.append('file', options.file);
  if (options.reason) form.append('reason', options.reason);
  if (options.kobo) {
    form.append('source', 'kobo');
    form.append('mapping', JSON.stringify(options.kobo.mapping));
  }
  return postForm<ImportResult>(
    `/api/reporting/frameworks/${encodeURIComponent(options.code)}/reports/${encodeURIComponent(options.period)}/import`,
    form,
    options,
  );
}

/** Reads a KoboToolbox/ODK export for the mapping step (nothing stored): columns, answers, a proposal. */
export function inspectKobo(options: {
  code: string;
  file: File;
  csrfToken: string | null;
  onProgress?: (sent: number, total: number) => void;
}): Promise<KoboInspection> {
  const form = new FormData();
  form.append('file', options.file);
  return postForm<KoboInspection>(
    `/api/reporting/frameworks/${encodeURIComponent(options.code)}/kobo/inspect`,
    form,
    options,
  );
}

function postForm<T>(
  url: string,
  form: FormData,
  options: { csrfToken: string | null; onProgress?: (sent: number, total: number) => void },
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('accept', 'application/json');
    if (options.csrfToken) xhr.setRequestHeader('x-csrf-token', options.csrfToken);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) options.onProgress?.(e.loaded, e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Network error'));
    xhr.onload = () => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        parsed = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(parsed as T);
      else reject(apiErrorFrom(xhr.status, xhr.statusText, parsed, xhr.getResponseHeader('retry-after')));
    };
    xhr.send(form);
  });
}

/** The problems of a refused import or form save (`details.problems`), or null for another error. */
export function problemsOf(error: unknown): { problems: Problem[]; total: number } | null {
  if (!(error instanceof ApiError) || error.code !== 'validation') return null;
  const list = error.details.problems;
  if (!Array.isArray(list)) return null;
  const problems = list as Problem[];
  return { problems, total: Math.max(problems.length, Number(error.details.problemCount) || 0) };
}
