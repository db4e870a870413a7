/**
 * A new referral passphrase and its confirmation, with the strength check of passphrase.ts shown
 * as the person types (everything stays on the device). Used by PassphraseForm (passphrase-form.tsx).
 */
import { FormField } from '../../components';
import { useI18n } from '../../i18n/i18n-context';
import { useSay } from './say';
import { checkPassphrase, PASSPHRASE_MIN_LENGTH, type PassphraseProblem } from './passphrase';

export interface NewPassphrase {
  passphrase: string;
  confirm: string;
}

/** Messages that block saving: the strength problems, then a confirmation that differs. */
export function passphraseErrors(
  value: NewPassphrase,
  personal: readonly string[],
): { passphrase?: PassphraseProblem[]; confirm?: 'mismatch' } {
  const check = checkPassphrase(value.passphrase, personal);
  return {
    ...(check.problems.length > 0 ? { passphrase: check.problems } : {}),
    ...(value.confirm !== value.passphrase ? { confirm: 'mismatch' as const } : {}),
  };
}

export function PassphraseFields({
  idPrefix,
  value,
  onChange,
  personal,
  showErrors,
  visible,
  label,
}: {
  idPrefix: string;
  /** Shown as text rather than dots (the person asked for it). */
  visible: boolean;
  value: NewPassphrase;
  onChange: (v: NewPassphrase) => void;
  personal: readonly string[];
  /** Errors appear after the first attempt to save, the meter at once. */
  showErrors: boolean;
  label: string;
}) {
  const { t } = useI18n();
  const say = useSay();
  const check = checkPassphrase(value.passphrase, personal);
  const errors = passphraseErrors(value, personal);
  const strength = ['weak', 'fair', 'good', 'strong'][check.score]!;
  return (
    <>
      <FormField
        id={`${idPrefix}-new`}
        label={label}
        hint={t.t('refkeys.passphrase.hint', { min: PASSPHRASE_MIN_LENGTH })}
        {...(showErrors && errors.passphrase
          ? { error: errors.passphrase.map((p) => say(`refkeys.passphrase.problem.${p}`)).join(' ') }
          : {})}
      >
        {(props) => (
          <input
            {...props}
            type={visible ? 'text' : 'password'}
            autoComplete="new-password"
            spellCheck={false}
            autoCapitalize="off"
            value={value.passphrase}
            onChange={(e) => onChange({ ...value, passphrase: e.target.value })}
          />
        )}
      </FormField>
      {value.passphrase !== '' && (
        <p className="ref-strength" data-strength={strength} data-testid={`${idPrefix}-strength`}>
          <meter min={0} max={3} low={1} high={2} optimum={3} value={check.score} aria-hidden="true" />{' '}
          <span aria-live="polite">{say(`refkeys.passphrase.strength.${strength}`)}</span>
        </p>
      )}
      <FormField
        id={`${idPrefix}-confirm`}
        label={t.t('refkeys.passphrase.confirm')}
        {...(showErrors && errors.confirm ? { error: t.t('refkeys.passphrase.mismatch') } : {})}
      >
        {(props) => (
          <input
            {...props}
            type={visible ? 'text' : 'password'}
            autoComplete="new-password"
            spellCheck={false}
            autoCapitalize="off"
            value={value.confirm}
            onChange={(e) => onChange({ ...value, confirm: e.target.value })}
          />
        )}
      </FormField>
    </>
  );
}
