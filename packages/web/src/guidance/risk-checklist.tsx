/**
 * <RiskChecklist kind="share-high" value={ticked} onChange={setTicked} />: the checklist shown
 * before a risky action (publishing, approving a share of High/Severe data, referring without
 * consent, approving destruction). The page offers the action only when `checklistComplete`
 * says every item is ticked; the items come from the catalogue (./catalogue.ts) in the user's
 * language, with the guidance entry behind them.
 */
import { useId } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { CHECKLISTS, type ChecklistKind } from './catalogue';
import { Guidance } from './guidance';
import './guidance.css';

/** The ticked items, by number (1-based). */
export type ChecklistState = readonly number[];

export function checklistComplete(kind: ChecklistKind, ticked: ChecklistState): boolean {
  const { items } = CHECKLISTS[kind];
  for (let i = 1; i <= items; i += 1) if (!ticked.includes(i)) return false;
  return true;
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
              <span className="checkbox-option-text">{t.tryT(`guidance.checklist.${kind}.${n}`)}</span>
            </label>
          </li>
        ))}
      </ul>
      <Guidance id={guidance} />
    </fieldset>
  );
}
