/**
 * <RiskChecklist kind="share-high" value={ticked} onChange={setTicked} />: the checklist shown
 * before a risky action (publishing, approving a share of High/Severe data, referring without
 * consent, approving destruction). The page offers the action only when `checklistComplete`
 * says every item is ticked; the items come from the catalogue (./catalogue.ts) in the user's
 * language, with the guidance entry behind them. The cluster may reword an item per language
 * (decision 0031 addendum): the adapted wording shows, marked "adapted by the cluster", and the
 * item must still be ticked (the count is the catalogue's, never the adapted texts').
 */
import { useId } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { CHECKLISTS, checklistItemId, type ChecklistKind } from './catalogue';
import { Guidance } from './guidance';
import { useGuidanceOverrides } from './overrides';
import './guidance.css';

/** The ticked items, by number (1-based). */
export type ChecklistState = readonly number[];

export function checklistComplete(kind: ChecklistKind, ticked: ChecklistState): boolean {
  const { items } = CHECKLISTS[kind];
  for (let i = 1; i <= items; i += 1) if (!ticked.includes(i)) return false;
  return true;
}

/** An item's wording as users see it, in the interface language: the cluster's, else Steward's. */
export interface ChecklistItemText {
  text: string;
  /** Steward's default wording (the editor compares against it). */
  defaultText: string;
  adapted: boolean;
}

export function useChecklistItemTexts(): (kind: ChecklistKind, n: number) => ChecklistItemText {
  const { t } = useI18n();
  const { find } = useGuidanceOverrides();
  return (kind, n) => {
    const defaultText = t.tryT(`guidance.checklist.${kind}.${n}`) ?? checklistItemId(kind, n);
    const own = find(checklistItemId(kind, n), t.locale)?.why ?? null;
    return { text: own ?? defaultText, defaultText, adapted: own !== null };
  };
}

export function RiskChecklist({
  kind,
  value,
  onChange,
  error,
}: {
  kind: ChecklistKind;
  value: ChecklistState;
  onChange: (next: ChecklistState) => void;
  /** Shown when the user tried to go ahead without ticking everything. */
  error?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const itemText = useChecklistItemTexts();
  const { items, guidance } = CHECKLISTS[kind];
  const numbers = Array.from({ length: items }, (_, i) => i + 1);
  return (
    <fieldset
      className={`risk-checklist${error ? ' field-invalid' : ''}`}
      data-testid={`risk-checklist-${kind}`}
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
    >
      <legend>{t.tryT(`guidance.checklist.${kind}.title`)}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t.t('guidance.checklist.hint')}
      </p>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {t.t('guidance.checklist.incomplete')}
        </p>
      )}
      <ul className="risk-checklist-items">
        {numbers.map((n) => (
          <li key={n}>
            <label className="checkbox-option">
              <input
                type="checkbox"
                checked={value.includes(n)}
                onChange={(e) =>
                  onChange(
                    e.target.checked ? [...value, n].sort((a, b) => a - b) : value.filter((v) => v !== n),
                  )
                }
              />
              <ChecklistItemLabel {...itemText(kind, n)} />
            </label>
          </li>
        ))}
      </ul>
      <Guidance id={guidance} />
    </fieldset>
  );
}

/** An item's wording, with the discreet "adapted by the cluster" mark when the cluster reworded it. */
export function ChecklistItemLabel({ text, adapted }: { text: string; adapted: boolean }) {
  const { t } = useI18n();
  return (
    <span className="checkbox-option-text" data-adapted={adapted ? 'true' : undefined}>
      {text}
      {adapted && <span className="guidance-adapted-inline"> ({t.t('guidance.custom')})</span>}
    </span>
  );
}
