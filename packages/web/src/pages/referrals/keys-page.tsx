/**
 * Referral key setup in the browser (/referrals/keys, issue 9): the caller's own key (create,
 * change passphrase, replace) and the organisation's key (create with a recovery code, grant,
 * revoke, rotate). Private keys, passphrases and recovery codes stay on this device; the server
 * receives public keys, wrapped private keys and sealed copies only.
 */
import { describeError } from '../../api/describe-error';
import { useI18n } from '../../i18n/i18n-context';
import { OrgKeyPanel } from './org-key-panel';
import { useReferrals } from './referrals-context';
import { ReferralsHeader } from './referrals-header';
import { UnlockPanel } from './unlock-panel';
import { UserKeyPanel } from './user-key-panel';

export function KeysPage() {
  const { t } = useI18n();
  const { keyStatus, owner } = useReferrals();
  return (
    <div className="page ref-keys-page" data-testid="referral-keys-page">
      <ReferralsHeader title={t.t('refkeys.title')} intro={t.t('refkeys.intro')} />
      {keyStatus.status === 'loading' && <p role="status">{t.t('common.loading')}</p>}
      {keyStatus.status === 'failed' && (
        <p className="alert" role="alert">
          {describeError(t, keyStatus.error)}
        </p>
      )}
      {keyStatus.status === 'ready' && (
        <>
          {keyStatus.value.members.some((m) => m.userId === owner?.userId && m.holdsCurrentKey) && (
            <UnlockPanel />
          )}
          <UserKeyPanel status={keyStatus.value} />
          <OrgKeyPanel status={keyStatus.value} />
          <section className="card" aria-labelledby="refkeys-how-title">
            <h2 id="refkeys-how-title">{t.t('refkeys.how.title')}</h2>
            <ul>
              <li>{t.t('refkeys.how.device')}</li>
              <li>{t.t('refkeys.how.org')}</li>
              <li>{t.t('refkeys.how.fingerprints')}</li>
              <li>{t.t('refkeys.how.limit')}</li>
            </ul>
          </section>
        </>
      )}
    </div>
  );
}
