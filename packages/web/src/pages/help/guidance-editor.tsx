/**
 * The help centre's editor of one guidance entry for cluster roles (issue 11 §5, decision 0031):
 * the title and text in the interface language, starting from what users see now, a live
 * preview, save (PUT) and revert to Steward's default (DELETE); the session's adapted texts are
 * loaded again afterwards so every <Guidance> shows the change at once. A part left as Steward's
 * default (or empty) is not stored, so later improvements of the default still reach it.
 */
import { useId, useState, type FormEvent } from 'react';
import { GUIDANCE_TITLE_MAX, GUIDANCE_WHY_MAX } from '@steward/core/guidance/catalogue';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import type { GuidanceEntry } from '../../guidance/catalogue';
import { GuidanceBody, useDefaultGuidanceText, useGuidanceText } from '../../guidance/guidance';
import { useGuidanceOverrides } from '../../guidance/overrides';
import { Rich, useI18n } from '../../i18n/i18n-context';
import { LOCALES } from '../../i18n/locales';

export function GuidanceEditor({
  entry,
  onDone,
}: {
  entry: GuidanceEntry;
  /** Called when the editor closes, with the message to announce (none on cancel). */
  onDone: (message: string | null) => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const { refresh } = useGuidanceOverrides();
  const defaults = useDefaultGuidanceText()(entry);
  const current = useGuidanceText(entry);
  const [title, setTitle] = useState(current.title);
  const [why, setWhy] = useState(current.why);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const language = LOCALES.find((l) => l.code === t.locale)!;
  const path = { id: entry.id, language: t.locale };

  // Only the parts that differ from Steward's default are the cluster's.
  const ownTitle = title.trim() === '' || title.trim() === defaults.title ? null : title.trim();
  const ownWhy = why.trim() === '' || why.trim() === defaults.why ? null : why.trim();

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

  const save = (e: FormEvent) => {
    e.preventDefault();
    if (ownTitle === null && ownWhy === null) {
      setError(t.t('help.edit.unchanged'));
      return;
    }
    void run(
      () =>
        data(
          api.PUT('/api/guidance/overrides/{id}/{language}', {
            params: { path },
            body: { title: ownTitle, why: ownWhy },
          }),
        ),
      t.t('help.edit.saved'),
    );
  };

  const revert = () =>
    run(
      () => data(api.DELETE('/api/guidance/overrides/{id}/{language}', { params: { path } })),
      t.t('help.edit.resetDone'),
    );

  return (
    <form
      className="guidance-editor"
      aria-labelledby={`${id}-heading`}
      onSubmit={save}
      data-testid="guidance-editor"
    >
      <h5 id={`${id}-heading`}>{t.t('help.edit.heading', { title: current.title })}</h5>
      <p className="hint">
        <Rich
          k="help.edit.inLanguage"
          values={{ language: <span lang={language.code}>{language.nativeName}</span> }}
        />{' '}
        {t.t('help.edit.keepDefault')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t.t('help.edit.titleField')}</label>
        <input
          id={`${id}-title`}
          type="text"
          value={title}
          maxLength={GUIDANCE_TITLE_MAX}
          onChange={(e) => {
            setTitle(e.target.value);
            setError(null);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-why`}>{t.t('help.edit.text')}</label>
        <textarea
          id={`${id}-why`}
          rows={5}
          value={why}
          maxLength={GUIDANCE_WHY_MAX}
          onChange={(e) => {
            setWhy(e.target.value);
            setError(null);
          }}
        />
      </div>
      <section className="guidance-preview guidance-panel" aria-labelledby={`${id}-preview`}>
        <h5 id={`${id}-preview`}>{t.t('help.edit.previewOf', { title: ownTitle ?? defaults.title })}</h5>
        <GuidanceBody
          entry={entry}
          text={{
            title: ownTitle ?? defaults.title,
            why: ownWhy ?? defaults.why,
            adapted: ownTitle !== null || ownWhy !== null,
          }}
        />
      </section>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="guidance-editor-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t.t('help.edit.save')}
        </button>
        {current.adapted && (
          <button type="button" className="button button-secondary" disabled={busy} onClick={revert}>
            {t.t('help.edit.reset')}
          </button>
        )}
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => onDone(null)}
        >
          {t.t('help.edit.cancel')}
        </button>
      </div>
    </form>
  );
}
