/**
 * The help centre's editor of one guidance entry for cluster roles (issue 11 §5, decision 0031):
 * the title and text in the interface language, starting from what users see now, a live
 * preview, save (PUT) and revert to Steward's default (DELETE); the session's adapted texts are
 * loaded again afterwards so every <Guidance> shows the change at once. A part left as Steward's
 * default (or empty) is not stored, so later improvements of the default still reach it.
 */
import { GUIDANCE_TITLE_MAX, GUIDANCE_WHY_MAX } from '@steward/core/guidance/catalogue';
import type { GuidanceEntry } from '../../guidance/catalogue';
import { GuidanceBody, useDefaultGuidanceText, useGuidanceText } from '../../guidance/guidance';
import { useI18n } from '../../i18n/i18n-context';
import { OverrideEditorForm, useOverrideDraft } from './override-editor';

export function GuidanceEditor({
  entry,
  onDone,
}: {
  entry: GuidanceEntry;
  /** Called when the editor closes, with the message to announce (none on cancel). */
  onDone: (message: string | null) => void;
}) {
  const { t } = useI18n();
  const defaults = useDefaultGuidanceText()(entry);
  const current = useGuidanceText(entry);
  const editor = useOverrideDraft({
    id: entry.id,
    current: { title: current.title, why: current.why },
    defaults: { title: defaults.title, why: defaults.why },
    unchanged: 'help.edit.unchanged',
    onDone,
  });
  const { formId, own } = editor;

  return (
    <OverrideEditorForm
      editor={editor}
      testId="guidance-editor"
      heading={(id) => <h5 id={id}>{t.t('help.edit.heading', { title: current.title })}</h5>}
      keep="help.edit.keepDefault"
      adapted={current.adapted}
      onCancel={() => onDone(null)}
    >
      <div className="field">
        <label htmlFor={`${formId}-title`}>{t.t('help.edit.titleField')}</label>
        <input
          id={`${formId}-title`}
          type="text"
          value={editor.draft.title}
          maxLength={GUIDANCE_TITLE_MAX}
          onChange={editor.change('title')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${formId}-why`}>{t.t('help.edit.text')}</label>
        <textarea
          id={`${formId}-why`}
          rows={5}
          value={editor.draft.why}
          maxLength={GUIDANCE_WHY_MAX}
          onChange={editor.change('why')}
        />
      </div>
      <section className="guidance-preview guidance-panel" aria-labelledby={`${formId}-preview`}>
        <h5 id={`${formId}-preview`}>{t.t('help.edit.previewOf', { title: own.title ?? defaults.title })}</h5>
        <GuidanceBody
          entry={entry}
          text={{
            title: own.title ?? defaults.title,
            why: own.why ?? defaults.why,
            adapted: own.title !== null || own.why !== null,
          }}
        />
      </section>
    </OverrideEditorForm>
  );
}
