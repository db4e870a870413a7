/**
 * The help centre's editor of one checklist item for cluster roles (issue 11 §5, decision 0031
 * addendum): the item's wording in the interface language, starting from what users see now, save
 * (PUT `checklist.<kind>.<n>`, the wording as `why`) and revert to Steward's wording (DELETE). The
 * item itself cannot be removed: users must still tick it before the risky action goes through.
 */
import { CHECKLIST_ITEM_MAX } from '@steward/core/guidance/catalogue';
import { checklistItemId, type ChecklistKind } from '../../guidance/catalogue';
import { useChecklistItemTexts } from '../../guidance/risk-checklist';
import { useI18n } from '../../i18n/i18n-context';
import { OverrideEditorForm, useOverrideDraft } from './override-editor';

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
  const current = useChecklistItemTexts()(kind, n);
  const editor = useOverrideDraft({
    id: checklistItemId(kind, n),
    current: { why: current.text },
    defaults: { why: current.defaultText },
    unchanged: 'help.edit.itemUnchanged',
    onDone,
  });
  const { formId } = editor;

  return (
    <OverrideEditorForm
      editor={editor}
      testId="checklist-item-editor"
      heading={(id) => <h4 id={id}>{t.t('help.edit.itemHeading', { n })}</h4>}
      keep="help.edit.itemKeep"
      adapted={current.adapted}
      onCancel={() => onDone(null)}
    >
      <div className="field">
        <label htmlFor={`${formId}-text`}>{t.t('help.edit.itemField')}</label>
        <textarea
          id={`${formId}-text`}
          rows={3}
          value={editor.draft.why}
          maxLength={CHECKLIST_ITEM_MAX}
          onChange={editor.change('why')}
        />
      </div>
    </OverrideEditorForm>
  );
}
