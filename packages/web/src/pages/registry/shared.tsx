/**
 * Pieces shared by the registry, ISP and sharing pages: a loader hook, translated vocabulary labels, the sensitivity badge and an accessible form field.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { describeError } from '../../api/describe-error';
import { useI18n } from '../../i18n/i18n-context';
import type { Translator } from '../../i18n/locales';
import type { ControlledList } from '@steward/core/vocabulary/index';

export type Loaded<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'failed'; readonly error: unknown };

/** Loads `load()` whenever `deps` change; `retry` loads again. */
export function useLoad<T>(
  load: () => Promise<T>,
  deps: readonly unknown[],
): [Loaded<T>, () => void, (data: T) => void] {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ status: 'ready', data }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const set = useCallback((data: T) => setState({ status: 'ready', data }), []);
  return [state, retry, set];
}

/** Loading and failure states of a `Loaded`, or the children for the data. */
export function LoadView<T>({
  state,
  retry,
  children,
}: {
  state: Loaded<T>;
  retry: () => void;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (state.status === 'loading')
    return (
      <p className="muted" role="status">
        {t.t('common.loading')}
      </p>
    );
  if (state.status === 'failed')
    return (
      <div className="alert" role="alert">
        <p>{describeError(t, state.error)}</p>
        <button type="button" className="button button-secondary" onClick={retry}>
          {t.t('common.retry')}
        </button>
      </div>
    );
  return <>{children(state.data)}</>;
}

/** A vocabulary term in the user's language (`vocab.<list>.<id>`), else its English label, else the id. */
export function termLabel(t: Translator, list: ControlledList, id: string): string {
  const key = `vocab.${listKey(list)}.${id}`;
  return t.tryT(key) ?? list.terms.find((term) => term.id === id)?.label ?? id;
}

function listKey(list: ControlledList): string {
  return list.name.replace(/\s+(\w)/g, (_, c: string) => c.toUpperCase());
}

export function SensitivityBadge({ level }: { level: string | null | undefined }) {
  const { t } = useI18n();
  if (!level) return <span className="badge badge-muted">{t.t('reg.sensitivity.unknown')}</span>;
  return (
    <span className={`badge sens sens-${level}`} data-sensitivity={level}>
      {t.tryT(`vocab.sensitivityLevel.${level}`) ?? level}
    </span>
  );
}

/** Today as YYYY-MM-DD in local time. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A date (YYYY-MM-DD or ISO date-time) in the user's language; '—' for none. */
export function showDate(t: Translator, value: string | null | undefined): string {
  if (!value) return '—';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
  return Number.isNaN(date.getTime()) ? value : t.date(date, { dateStyle: 'medium' });
}

/** The form controls of the shared component set (components/form-field.tsx), under their old names. */
export { FormField as Field, Checkbox as Check } from '../../components/form-field';
