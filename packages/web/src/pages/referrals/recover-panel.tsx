/**
 * "I have the recovery code" (/referrals/keys, issue 9, decision 0030): a partner focal point who
 * does not hold the organisation's current key restores access with the printed recovery code.
 * The page fetches the recovery copy and a challenge (focal points only), unwraps the copy on this
 * device, checks it against the current public key and history, answers the challenge and stores
 * the key sealed to the focal point's own key. The code never leaves the device.
 */
import { useState, type FormEvent } from 'react';
import { recoverWithCode, ReferralCryptoError } from '@steward/core/referrals/index';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { FormField } from '../../components';
import { useI18n } from '../../i18n/i18n-context';
import type { KeyStatus } from './referral-types';

export function RecoverPanel({
  status,
  userId,
  onDone,
}: {
  status: KeyStatus;
  userId: string;
  onDone: (result: { fingerprint: string; rotationRequired: boolean }) => void | Promise<void>;
}) {
  const { t } = useI18n();
  const api = useApi();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const userKey = status.userKey;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!userKey) return;
    if (code.trim() === '') {
      setError(t.t('refkeys.recover.empty'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const offer = await data(api.POST('/api/referrals/keys/recovery'));
      const recovered = await recoverWithCode(
        offer,
        code,
        { userId, publicKey: userKey.publicKey },
        status.copies.filter((c) => c.kind === 'history'),
      );
      const done = await data(
        api.POST('/api/referrals/keys/recovery/complete', {
          body: {
            keyId: recovered.keyId,
            challengeId: offer.challenge.id,
            answer: recovered.answer,
            box: recovered.grant.sealed,
          },
        }),
      );
      setCode('');
      await onDone(done);
    } catch (e) {
      setError(
        e instanceof ReferralCryptoError
          ? t.t(e.code === 'crypto.key_mismatch' ? 'refkeys.recover.mismatch' : 'refkeys.recover.wrongCode')
          : describeError(t, e),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="ref-keys-details" data-testid="recover-panel">
      <summary>{t.t('refkeys.recover.title')}</summary>
      <form className="ref-form" onSubmit={(e) => void submit(e)} noValidate>
        <p>{t.t('refkeys.recover.intro')}</p>
        <FormField id="ref-recovery-code" label={t.t('refkeys.recover.code')} {...(error ? { error } : {})}>
          {(props) => (
            <input
              {...props}
              type="text"
              dir="ltr"
              className="ref-mono"
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="characters"
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          )}
        </FormField>
        <p>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t.t('refkeys.recover.working') : t.t('refkeys.recover.submit')}
          </button>
        </p>
      </form>
    </details>
  );
}
