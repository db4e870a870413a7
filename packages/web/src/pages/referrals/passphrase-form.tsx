/**
 * The one form for a new referral passphrase on the key page (creating the key, changing the
 * passphrase, replacing the key): optionally the current passphrase, then the new one with the
 * strength check of passphrase.ts shown as the person types, its confirmation, and a "show the
 * passphrases" switch. Errors appear after the first attempt; the form calls `onSubmit` only with
 * a passphrase that passes the rule and matches its confirmation. Everything stays on the device.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { Checkbox, FormField } from '../../components';
import { useI18n } from '../../i18n/i18n-context';
import { PassphraseFields, passphraseErrors, type NewPassphrase } from './passphrase-fields';

const EMPTY: NewPassphrase = { passphrase: '', confirm: '' };

/** What `onSubmit` answers: true when done (the form empties), or the current passphrase's error. */
export type PassphraseSubmitResult = boolean | { currentError: string };

export function PassphraseForm({
  idPrefix,
  testId,
  personal,
  askCurrent = false,
  intro,
  extra,
  extraValid = () => true,
  submitLabel,
  busyLabel,
  busy,
  secondary = false,
  onSubmit,
}: {
  idPrefix: string;
  testId: string;
  /** The person's name and e-mail address: a passphrase must not contain them. */
  personal: readonly string[];
  /** Ask for the current passphrase first (changing it); its field id is `refkeys-current`. */
  askCurrent?: boolean;
  /** Shown above the fields. */
  intro?: ReactNode;
  /** Shown between the fields and the button (e.g. a confirmation checkbox). */
  extra?: ReactNode;
  /** Further checks of the caller (run on submit, after the form showed its own errors). */
  extraValid?: () => boolean;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  secondary?: boolean;
  onSubmit: (value: { current: string; passphrase: string }) => Promise<PassphraseSubmitResult>;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState(EMPTY);
  const [current, setCurrent] = useState('');
  const [currentError, setCurrentError] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const [visible, setVisible] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    const missingCurrent = askCurrent && current === '';
    setCurrentError(missingCurrent ? t.t('referrals.unlock.empty') : null);
    const errors = passphraseErrors(value, personal);
    const othersValid = extraValid();
    if (missingCurrent || errors.passphrase || errors.confirm || !othersValid) return;
    const result = await onSubmit({ current, passphrase: value.passphrase });
    if (result === true) {
      setValue(EMPTY);
      setCurrent('');
      setTried(false);
      setVisible(false);
    } else if (typeof result === 'object') setCurrentError(result.currentError);
  };

  return (
    <form className="ref-form" onSubmit={(e) => void submit(e)} data-testid={testId} noValidate>
      {intro}
      {askCurrent && (
        <FormField
          id="refkeys-current"
          label={t.t('refkeys.change.current')}
          {...(currentError ? { error: currentError } : {})}
        >
          {(props) => (
            <input
              {...props}
              type={visible ? 'text' : 'password'}
              autoComplete="current-password"
              spellCheck={false}
              autoCapitalize="off"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
            />
          )}
        </FormField>
      )}
      <PassphraseFields
        idPrefix={idPrefix}
        value={value}
        onChange={setValue}
        personal={personal}
        showErrors={tried}
        visible={visible}
        label={t.t('refkeys.passphrase.new')}
      />
      <Checkbox
        id={`${idPrefix}-show`}
        label={t.t('refkeys.passphrase.show')}
        checked={visible}
        onChange={setVisible}
      />
      {extra}
      <p>
        <button
          type="submit"
          className={`button ${secondary ? 'button-secondary' : 'button-primary'}`}
          disabled={busy}
        >
          {busy ? busyLabel : submitLabel}
        </button>
      </p>
    </form>
  );
}
