/**
 * The caller's own referral key (/referrals/keys): creating the key pair on this device, changing
 * its passphrase (the private key is unwrapped and wrapped again here; the key pair and every
 * copy sealed to it stay the same) and, when the passphrase is lost, replacing the key pair (the
 * organisation key must then be granted again). The passphrase and the private key never leave
 * the device: only the public key and the wrapped private key are sent.
 */
import { useState, type FormEvent } from 'react';
import {
  contexts,
  createUserKey,
  ReferralCryptoError,
  unlockUserKey,
  utf8,
  wrapWithSecret,
} from '@steward/core/referrals/index';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { Checkbox, FormField } from '../../components';
import { useI18n } from '../../i18n/i18n-context';
import { lockKeyring } from './keyring';
import { PassphraseFields, passphraseErrors, type NewPassphrase } from './passphrase-fields';
import { useReferrals } from './referrals-context';
import type { KeyStatus } from './referral-types';

const EMPTY: NewPassphrase = { passphrase: '', confirm: '' };

type Message = { tone: 'ok' | 'error'; text: string } | null;

export function UserKeyPanel({ status }: { status: KeyStatus }) {
  const { t } = useI18n();
  const { owner, reloadKeys } = useReferrals();
  const api = useApi();
  const session = useAuthenticatedSession();
  const personal = [session.user.email, session.user.displayName];
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);

  /** Generates a key pair here, wraps its private key with the passphrase, sends the public parts. */
  const createKey = async (value: NewPassphrase): Promise<boolean> => {
    if (!owner) return false;
    setBusy(true);
    setMessage(null);
    try {
      const key = await createUserKey(owner.userId, value.passphrase);
      await data(
        api.PUT('/api/referrals/keys/user', {
          body: { publicKey: key.publicKey, wrappedPrivateKey: key.wrappedPrivateKey },
        }),
      );
      lockKeyring(); // keys unlocked with a replaced key pair are forgotten
      await reloadKeys();
      setMessage({ tone: 'ok', text: t.t('refkeys.user.created', { fingerprint: key.fingerprint }) });
      return true;
    } catch (error) {
      setMessage({ tone: 'error', text: describeError(t, error) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card ref-keys-section" aria-labelledby="refkeys-user-title" data-testid="user-key">
      <h2 id="refkeys-user-title">{t.t('refkeys.user.title')}</h2>
      {message && (
        <p
          className={message.tone === 'ok' ? 'notice' : 'alert'}
          role={message.tone === 'ok' ? 'status' : 'alert'}
          data-testid="user-key-message"
        >
          {message.text}
        </p>
      )}
      {status.userKey ? (
        <>
          <dl className="ref-fields">
            <dt>{t.t('referrals.keys.userFingerprint')}</dt>
            <dd dir="ltr" className="ref-mono" data-testid="user-fingerprint">
              {status.userKey.fingerprint}
            </dd>
          </dl>
          <ChangePassphrase status={status} personal={personal} onDone={setMessage} />
          <ReplaceKey personal={personal} busy={busy} onCreate={createKey} />
        </>
      ) : (
        <CreateKey personal={personal} busy={busy} onCreate={createKey} />
      )}
    </section>
  );
}

function CreateKey({
  personal,
  busy,
  onCreate,
}: {
  personal: string[];
  busy: boolean;
  onCreate: (v: NewPassphrase) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState(EMPTY);
  const [tried, setTried] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    const errors = passphraseErrors(value, personal);
    if (errors.passphrase || errors.confirm) return;
    if (await onCreate(value)) setValue(EMPTY);
  };
  return (
    <form className="ref-form" onSubmit={(e) => void submit(e)} data-testid="create-user-key" noValidate>
      <p>{t.t('refkeys.user.none')}</p>
      <p className="muted">{t.t('refkeys.user.createIntro')}</p>
      <PassphraseFields
        idPrefix="refkeys-create"
        value={value}
        onChange={setValue}
        personal={personal}
        showErrors={tried}
        label={t.t('refkeys.passphrase.new')}
      />
      <p>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t.t('refkeys.user.creating') : t.t('refkeys.user.create')}
        </button>
      </p>
    </form>
  );
}

function ChangePassphrase({
  status,
  personal,
  onDone,
}: {
  status: KeyStatus;
  personal: string[];
  onDone: (m: Message) => void;
}) {
  const { t } = useI18n();
  const { owner, reloadKeys } = useReferrals();
  const api = useApi();
  const [current, setCurrent] = useState('');
  const [currentError, setCurrentError] = useState<string | null>(null);
  const [value, setValue] = useState(EMPTY);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!owner || !status.userKey) return;
    setTried(true);
    setCurrentError(current === '' ? t.t('referrals.unlock.empty') : null);
    const errors = passphraseErrors(value, personal);
    if (current === '' || errors.passphrase || errors.confirm) return;
    setBusy(true);
    onDone(null);
    try {
      let privateKey: string;
      try {
        privateKey = await unlockUserKey(owner.userId, status.userKey.wrappedPrivateKey, current);
      } catch (error) {
        if (error instanceof ReferralCryptoError) {
          setCurrentError(t.t('refkeys.change.wrongCurrent'));
          return;
        }
        throw error;
      }
      const wrappedPrivateKey = await wrapWithSecret(
        utf8.encode(privateKey),
        value.passphrase,
        contexts.userPrivateKey(owner.userId),
      );
      await data(
        api.PUT('/api/referrals/keys/user', {
          body: { publicKey: status.userKey.publicKey, wrappedPrivateKey },
        }),
      );
      setCurrent('');
      setValue(EMPTY);
      setTried(false);
      await reloadKeys();
      onDone({ tone: 'ok', text: t.t('refkeys.change.done') });
    } catch (error) {
      onDone({ tone: 'error', text: describeError(t, error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="ref-keys-details">
      <summary>{t.t('refkeys.change.title')}</summary>
      <form className="ref-form" onSubmit={(e) => void submit(e)} data-testid="change-passphrase" noValidate>
        <p className="muted">{t.t('refkeys.change.intro')}</p>
        <FormField
          id="refkeys-current"
          label={t.t('refkeys.change.current')}
          {...(currentError ? { error: currentError } : {})}
        >
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
            />
          )}
        </FormField>
        <PassphraseFields
          idPrefix="refkeys-change"
          value={value}
          onChange={setValue}
          personal={personal}
          showErrors={tried}
          label={t.t('refkeys.passphrase.new')}
        />
        <p>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t.t('refkeys.change.busy') : t.t('refkeys.change.submit')}
          </button>
        </p>
      </form>
    </details>
  );
}

function ReplaceKey({
  personal,
  busy,
  onCreate,
}: {
  personal: string[];
  busy: boolean;
  onCreate: (v: NewPassphrase) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState(EMPTY);
  const [tried, setTried] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [mustConfirm, setMustConfirm] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setMustConfirm(!understood);
    const errors = passphraseErrors(value, personal);
    if (!understood || errors.passphrase || errors.confirm) return;
    if (await onCreate(value)) {
      setValue(EMPTY);
      setUnderstood(false);
      setTried(false);
    }
  };
  return (
    <details className="ref-keys-details">
      <summary>{t.t('refkeys.replace.title')}</summary>
      <form className="ref-form" onSubmit={(e) => void submit(e)} data-testid="replace-user-key" noValidate>
        <p className="alert">{t.t('refkeys.replace.warning')}</p>
        <PassphraseFields
          idPrefix="refkeys-replace"
          value={value}
          onChange={setValue}
          personal={personal}
          showErrors={tried}
          label={t.t('refkeys.passphrase.new')}
        />
        <Checkbox
          id="refkeys-replace-understood"
          label={t.t('refkeys.replace.understood')}
          checked={understood}
          onChange={setUnderstood}
        />
        {mustConfirm && !understood && (
          <p className="field-error" role="alert">
            {t.t('refkeys.replace.confirmNeeded')}
          </p>
        )}
        <p>
          <button type="submit" className="button button-secondary" disabled={busy}>
            {busy ? t.t('refkeys.user.creating') : t.t('refkeys.replace.submit')}
          </button>
        </p>
      </form>
    </details>
  );
}
