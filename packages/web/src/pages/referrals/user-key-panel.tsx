/**
 * The caller's own referral key (/referrals/keys): creating the key pair on this device, changing
 * its passphrase (the private key is unwrapped and wrapped again here; the key pair and every
 * copy sealed to it stay the same) and, when the passphrase is lost, replacing the key pair (the
 * organisation key must then be granted again). The passphrase and the private key never leave
 * the device: only the public key and the wrapped private key are sent.
 */
import { useState } from 'react';
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
import { Checkbox } from '../../components';
import { useI18n } from '../../i18n/i18n-context';
import { lockKeyring } from './keyring';
import { PassphraseForm, type PassphraseSubmitResult } from './passphrase-form';
import { useReferrals } from './referrals-context';
import type { KeyStatus } from './referral-types';

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
  const createKey = async (passphrase: string): Promise<boolean> => {
    if (!owner) return false;
    setBusy(true);
    setMessage(null);
    try {
      const key = await createUserKey(owner.userId, passphrase);
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
  onCreate: (passphrase: string) => Promise<boolean>;
}) {
  const { t } = useI18n();
  return (
    <PassphraseForm
      idPrefix="refkeys-create"
      testId="create-user-key"
      personal={personal}
      intro={
        <>
          <p>{t.t('refkeys.user.none')}</p>
          <p className="muted">{t.t('refkeys.user.createIntro')}</p>
        </>
      }
      submitLabel={t.t('refkeys.user.create')}
      busyLabel={t.t('refkeys.user.creating')}
      busy={busy}
      onSubmit={({ passphrase }) => onCreate(passphrase)}
    />
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
  const [busy, setBusy] = useState(false);

  /** Unwraps the private key with the current passphrase here and wraps it with the new one. */
  const change = async ({
    current,
    passphrase,
  }: {
    current: string;
    passphrase: string;
  }): Promise<PassphraseSubmitResult> => {
    if (!owner || !status.userKey) return false;
    setBusy(true);
    onDone(null);
    try {
      let privateKey: string;
      try {
        privateKey = await unlockUserKey(owner.userId, status.userKey.wrappedPrivateKey, current);
      } catch (error) {
        if (error instanceof ReferralCryptoError) return { currentError: t.t('refkeys.change.wrongCurrent') };
        throw error;
      }
      const wrappedPrivateKey = await wrapWithSecret(
        utf8.encode(privateKey),
        passphrase,
        contexts.userPrivateKey(owner.userId),
      );
      await data(
        api.PUT('/api/referrals/keys/user', {
          body: { publicKey: status.userKey.publicKey, wrappedPrivateKey },
        }),
      );
      await reloadKeys();
      onDone({ tone: 'ok', text: t.t('refkeys.change.done') });
      return true;
    } catch (error) {
      onDone({ tone: 'error', text: describeError(t, error) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="ref-keys-details">
      <summary>{t.t('refkeys.change.title')}</summary>
      <PassphraseForm
        idPrefix="refkeys-change"
        testId="change-passphrase"
        personal={personal}
        askCurrent
        intro={<p className="muted">{t.t('refkeys.change.intro')}</p>}
        submitLabel={t.t('refkeys.change.submit')}
        busyLabel={t.t('refkeys.change.busy')}
        busy={busy}
        onSubmit={change}
      />
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
  onCreate: (passphrase: string) => Promise<boolean>;
}) {
  const { t } = useI18n();
  const [understood, setUnderstood] = useState(false);
  const [mustConfirm, setMustConfirm] = useState(false);
  return (
    <details className="ref-keys-details">
      <summary>{t.t('refkeys.replace.title')}</summary>
      <PassphraseForm
        idPrefix="refkeys-replace"
        testId="replace-user-key"
        personal={personal}
        intro={<p className="alert">{t.t('refkeys.replace.warning')}</p>}
        extra={
          <>
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
          </>
        }
        extraValid={() => {
          setMustConfirm(!understood);
          return understood;
        }}
        submitLabel={t.t('refkeys.replace.submit')}
        busyLabel={t.t('refkeys.user.creating')}
        busy={busy}
        secondary
        onSubmit={async ({ passphrase }) => {
          const done = await onCreate(passphrase);
          if (done) setUnderstood(false);
          return done;
        }}
      />
    </details>
  );
}
