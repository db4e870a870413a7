/**
 * Unlocking the referral keys on this device: the passphrase unwraps the user's private key here
 * (PBKDF2 in WebCrypto) and is never sent; the organisation key fingerprint is shown so it can be
 * compared with colleagues and partners out of band.
 */
import { useState, type FormEvent } from 'react';
import { describeError } from '../../api/describe-error';
import { Link } from '../../app/router';
import { FormField } from '../../components';
import { useI18n } from '../../i18n/i18n-context';
import { lockKeyring, unlockKeyring, UnlockError } from './keyring';
import { useReferrals } from './referrals-context';

export function UnlockPanel() {
  const { t } = useI18n();
  const { keyStatus, keyring, owner } = useReferrals();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (keyStatus.status === 'loading') return <p className="muted">{t.t('common.loading')}</p>;
  if (keyStatus.status === 'failed')
    return (
      <p className="alert" role="alert">
        {describeError(t, keyStatus.error)}
      </p>
    );
  const status = keyStatus.value;
  const orgFingerprint = status.organisationKey?.fingerprint;

  const fingerprints = (
    <dl className="ref-fields ref-fingerprints">
      <dt>{t.t('referrals.keys.orgFingerprint')}</dt>
      <dd dir="ltr" className="ref-mono" data-testid="org-fingerprint">
        {orgFingerprint ?? t.t('referrals.keys.noOrgKey')}
      </dd>
      {status.userKey && (
        <>
          <dt>{t.t('referrals.keys.userFingerprint')}</dt>
          <dd dir="ltr" className="ref-mono">
            {status.userKey.fingerprint}
          </dd>
        </>
      )}
    </dl>
  );

  if (keyring)
    return (
      <section className="card ref-unlock" aria-labelledby="ref-unlock-title" data-testid="keys-unlocked">
        <h2 id="ref-unlock-title">{t.t('referrals.unlock.unlockedTitle')}</h2>
        <p>{t.t('referrals.unlock.unlockedText')}</p>
        {fingerprints}
        <p>
          <button type="button" className="button button-secondary" onClick={lockKeyring}>
            {t.t('referrals.unlock.lock')}
          </button>
        </p>
      </section>
    );

  // No organisation key: nobody can send to the organisation, and it cannot send either.
  const noOrgKey = !status.organisationKey && (
    <p className="notice" data-testid="no-org-key-notice">
      {t.t('refkeys.empty.noOrgKey')} <Link to="/referrals/keys">{t.t('refkeys.empty.link')}</Link>
    </p>
  );

  if (!status.userKey)
    return (
      <section className="card ref-unlock" aria-labelledby="ref-unlock-title">
        <h2 id="ref-unlock-title">{t.t('referrals.unlock.title')}</h2>
        {noOrgKey}
        <p className="notice" data-testid="no-user-key-notice">
          {t.t('refkeys.empty.noUserKey')} <Link to="/referrals/keys">{t.t('refkeys.empty.createLink')}</Link>
        </p>
      </section>
    );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!owner) return;
    setBusy(true);
    setError(null);
    try {
      await unlockKeyring(owner, status, passphrase);
      setPassphrase('');
    } catch (err) {
      setError(
        err instanceof UnlockError
          ? t.t(
              err.problem === 'wrong-passphrase'
                ? 'referrals.unlock.wrong'
                : err.problem === 'no-organisation-key'
                  ? 'referrals.unlock.noOrgCopy'
                  : err.problem === 'empty'
                    ? 'referrals.unlock.empty'
                    : 'referrals.unlock.noUserKey',
            )
          : describeError(t, err),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card ref-unlock" aria-labelledby="ref-unlock-title" onSubmit={(e) => void submit(e)}>
      <h2 id="ref-unlock-title">{t.t('referrals.unlock.title')}</h2>
      <p>{t.t('referrals.unlock.intro')}</p>
      {noOrgKey}
      {fingerprints}
      {error === t.t('referrals.unlock.noOrgCopy') && (
        <p>
          <Link to="/referrals/keys">{t.t('refkeys.empty.link')}</Link>
        </p>
      )}
      <FormField
        id="ref-passphrase"
        label={t.t('referrals.unlock.passphrase')}
        hint={t.t('referrals.unlock.hint')}
        {...(error ? { error } : {})}
      >
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="off"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        )}
      </FormField>
      <p>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t.t('referrals.unlock.busy') : t.t('referrals.unlock.submit')}
        </button>
      </p>
    </form>
  );
}
