/**
 * What the help centre's two editors of the cluster's adapted texts share (issue 11 §5, decision
 * 0031 and its addendum): the draft of an override in the interface language, save (PUT) and
 * revert to Steward's wording (DELETE), the session's adapted texts loaded again afterwards, and
 * the form's frame (heading, language hint, error, save / revert / cancel). A part left as
 * Steward's default (or empty) is not stored, so later improvements of the default still reach it.
 * Used by the guidance entry editor and the checklist item editor.
 */
import { useId, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { useGuidanceOverrides } from '../../guidance/overrides';
import { Rich, useI18n } from '../../i18n/i18n-context';
import type { PlainKey } from '../../i18n/dictionary';
import { LOCALES } from '../../i18n/locales';

/** The parts of an override the API stores (GuidanceOverrideInput). */
type Part = 'title' | 'why';

export interface OverrideDraft<P extends Part> {
  /** A stable id prefix for the form's labels. */
  readonly formId: string;
  /** What the fields show now. */
  readonly draft: Readonly<Record<P, string>>;
  /** The cluster's own parts: null where the field is empty or Steward's default. */
  readonly own: Readonly<Record<P, string | null>>;
  /** The change handler of one field (clears the error). */
  change(part: P): (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
  readonly error: string | null;
  readonly busy: boolean;
  /** Submit handler: refuses a draft with no own part (`unchanged` message), else PUT. */
  save(e: FormEvent): void;
  /** DELETE: back to Steward's wording. */
  revert(): void;
}

export function useOverrideDraft<P extends Part>({
  id,
  current,
  defaults,
  unchanged,
  onDone,
}: {
  /** The guidance id (an entry's id, or `checklist.<kind>.<n>`). */
  id: string;
  /** What users see now (the start of the draft). */
  current: Readonly<Record<P, string>>;
  /** Steward's wording in the interface language. */
  defaults: Readonly<Record<P, string>>;
  /** The message shown when saving a draft with nothing of the cluster's own. */
  unchanged: PlainKey;
  onDone: (message: string | null) => void;
}): OverrideDraft<P> {
  const { t } = useI18n();
  const api = useApi();
  const { refresh } = useGuidanceOverrides();
  const [draft, setDraft] = useState<Record<P, string>>(current);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formId = useId();
  const path = { id, language: t.locale };

  const own = {} as Record<P, string | null>;
  for (const part of Object.keys(draft) as P[]) {
    const value = draft[part].trim();
    own[part] = value === '' || value === defaults[part] ? null : value;
  }

  const run = async (call: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setError(null);
    try {
      await call();
      await refresh();
      onDone(message);
    } catch (e) {
      setError(describeError(t, e));
    } finally {
      setBusy(false);
    }
  };

  return {
    formId,
    draft,
    own,
    change: (part) => (e) => {
      const value = e.target.value;
      setDraft((d) => ({ ...d, [part]: value }));
      setError(null);
    },
    error,
    busy,
    save: (e) => {
      e.preventDefault();
      if (Object.values<string | null>(own).every((v) => v === null)) {
        setError(t.t(unchanged));
        return;
      }
      void run(
        () => data(api.PUT('/api/guidance/overrides/{id}/{language}', { params: { path }, body: own })),
        t.t('help.edit.saved'),
      );
    },
    revert: () =>
      void run(
        () => data(api.DELETE('/api/guidance/overrides/{id}/{language}', { params: { path } })),
        t.t('help.edit.resetDone'),
      ),
  };
}

/** The editor's form: heading, the language it writes in, the fields, the error and the actions. */
export function OverrideEditorForm<P extends Part>({
  editor,
  testId,
  heading,
  keep,
  adapted,
  onCancel,
  children,
}: {
  editor: OverrideDraft<P>;
  testId: string;
  /** The heading element (its level differs with where the editor stands). */
  heading: (id: string) => ReactNode;
  /** The hint after "In <language>": what is kept from Steward's wording. */
  keep: PlainKey;
  /** Whether the cluster has an adapted text now (revert offered). */
  adapted: boolean;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const language = LOCALES.find((l) => l.code === t.locale)!;
  const { formId, error, busy } = editor;
  return (
    <form
      className="guidance-editor"
      aria-labelledby={`${formId}-heading`}
      onSubmit={editor.save}
      data-testid={testId}
    >
      {heading(`${formId}-heading`)}
      <p className="hint">
        <Rich
          k="help.edit.inLanguage"
          values={{ language: <span lang={language.code}>{language.nativeName}</span> }}
        />{' '}
        {t.t(keep)}
      </p>
      {children}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="guidance-editor-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t.t('help.edit.save')}
        </button>
        {adapted && (
          <button type="button" className="button button-secondary" disabled={busy} onClick={editor.revert}>
            {t.t('help.edit.reset')}
          </button>
        )}
        <button type="button" className="button button-secondary" disabled={busy} onClick={onCancel}>
          {t.t('help.edit.cancel')}
        </button>
      </div>
    </form>
  );
}
