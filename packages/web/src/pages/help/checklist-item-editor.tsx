/**
 * The help centre's editor of one checklist item for cluster roles (issue 11 §5, decision 0031
 * addendum): the item's wording in the interface language, starting from what users see now, save
 * (PUT `checklist.<kind>.<n>`, the wording as `why`) and revert to Steward's wording (DELETE). The
 * item itself cannot be removed: users must still tick it before the risky action goes through.
 */
import { useId, useState, type FormEvent } from 'react';
import { CHECKLIST_ITEM_MAX } from '@steward/core/guidance/catalogue';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { checklistItemId, type ChecklistKind } from '../../guidance/catalogue';
import { useGuidanceOverrides } from '../../guidance/overrides';
import { useChecklistItemTexts } from '../../guidance/risk-checklist';
import { Rich, useI18n } from '../../i18n/i18n-context';
import { LOCALES } from '../../i18n/locales';

export function ChecklistItemEditor({
  kind,
  n,
  onDone,
}: {
  kind: ChecklistKind;
  /** The item's number (1-based). */
  n: number;
  /** Called when the editor closes, with the message to announce (none on cancel). */
  onDone: (message: string | null) => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const { refresh } = useGuidanceOverrides();
  const current = useChecklistItemTexts()(kind, n);
  const [text, setText] = useState(current.text);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const language = LOCALES.find((l) => l.code === t.locale)!;
  const path = { id: checklistItemId(kind, n), language: t.locale };
  const own = text.trim() === '' || text.trim() === current.defaultText ? null : text.trim();

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
    if (own === null) {
      setError(t.t('help.edit.itemUnchanged'));
      return;
    }
    void run(
      () =>
        data(api.PUT('/api/guidance/overrides/{id}/{language}', { params: { path }, body: { why: own } })),
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
      data-testid="checklist-item-editor"
    >
      <h4 id={`${id}-heading`}>{t.t('help.edit.itemHeading', { n })}</h4>
      <p className="hint">
        <Rich
          k="help.edit.inLanguage"
          values={{ language: <span lang={language.code}>{language.nativeName}</span> }}
        />{' '}
        {t.t('help.edit.itemKeep')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t.t('help.edit.itemField')}</label>
        <textarea
          id={`${id}-text`}
          rows={3}
          value={text}
          maxLength={CHECKLIST_ITEM_MAX}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
        />
      </div>
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
