/**
 * A download that says why when there is no file. A plain link to a refused or missing download
 * gives the browser an error page or a silently cancelled download; this button fetches the file
 * first (same-origin session cookie) and saves it only when the server sends one. A refusal (the
 * ISP denies it, no file was approved, the file was quarantined) is shown beside the button in the
 * user's language, from the API's error code and reason.
 */
import { useState, type ReactNode } from 'react';
import { ApiError, apiErrorFrom } from '../api/api-error';
import { describeError } from '../api/describe-error';
import { useI18n } from '../i18n/i18n-context';
import type { Translator } from '../i18n/locales';
import './components.css';

/** The file name of a `content-disposition: attachment; filename="…"` header, else `fallback`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1]);
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return plain?.[1]?.trim() || fallback;
}

/** Why a download failed, in the user's language (an ISP refusal says so). */
export function downloadProblem(t: Translator, error: unknown): string {
  if (error instanceof ApiError && error.code === 'forbidden' && error.details.decision !== undefined)
    return t.t('ui.download.refused');
  return t.t('ui.download.failed', { reason: describeError(t, error) });
}

export function DownloadButton({
  href,
  fileName,
  children,
  className = 'button button-secondary',
  testId,
}: {
  href: string;
  /** The name to save under when the server does not name the file. */
  fileName: string;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    setProblem(null);
    try {
      let response: Response;
      try {
        response = await fetch(href, { credentials: 'same-origin' });
      } catch (cause) {
        throw new ApiError(0, 'network', cause instanceof Error ? cause.message : 'Network error');
      }
      if (!response.ok) {
        const parsed: unknown = await response.json().catch(() => undefined);
        throw apiErrorFrom(response.status, response.statusText, parsed, response.headers.get('retry-after'));
      }
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileNameOf(response.headers.get('content-disposition'), fileName);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setProblem(downloadProblem(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="download-button">
      <button
        type="button"
        className={className}
        disabled={busy}
        onClick={() => void download()}
        data-href={href}
        {...(testId ? { 'data-testid': testId } : {})}
      >
        {children}
      </button>
      {busy && (
        <span className="muted small" role="status">
          {t.t('ui.download.working')}
        </span>
      )}
      {problem && (
        <span className="alert download-problem" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
