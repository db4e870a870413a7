/**
 * Creating or rotating the organisation referral key (design note §3.3, decision 0017): the key
 * pair, the copies sealed to each holder and the recovery copy are prepared on this device; the
 * recovery code is shown once, can be saved as a file, and nothing is sent until the person
 * confirms they kept it. Losing every holder and the code means old referrals are lost: said
 * before anything happens.
 */
import { useEffect, useMemo, useState } from 'react';
import { createOrgKey, type NewOrgKey } from '@steward/core/referrals/index';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { Checkbox } from '../../components';
import { useI18n } from '../../i18n/i18n-context';

export interface Holder {
  userId: string;
  publicKey: string;
}

export function OrgKeyCreation({
  mode,
  acronym,
  holders,
  previous,
  onDone,
}: {
  mode: 'create' | 'rotate';
  acronym: string;
  /** Who receives a copy of the new key (the caller among them). */
  holders: readonly Holder[];
  /** On rotation: every older private key the caller holds, sealed into the new key. */
  previous?: ReadonlyMap<string, string>;
  onDone: (result: { fingerprint: string }) => void | Promise<void>;
}) {
  const { t } = useI18n();
  const api = useApi();
  const [prepared, setPrepared] = useState<NewOrgKey | null>(null);
  const [saved, setSaved] = useState(false);
  const [mustConfirm, setMustConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const prepare = async () => {
    setBusy(true);
    setError(null);
    try {
      setPrepared(await createOrgKey(crypto.randomUUID(), holders, previous ?? new Map()));
      setSaved(false);
    } catch (e) {
      setError(describeError(t, e));
    } finally {
      setBusy(false);
    }
  };

  const send = async () => {
    if (!prepared) return;
    if (!saved) {
      setMustConfirm(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await data(
        api.POST('/api/referrals/keys/organisation', {
          body: {
            keyId: prepared.keyId,
            publicKey: prepared.publicKey,
            grants: prepared.grants.map((g) => ({ userId: g.userId, box: g.sealed })),
            recovery: prepared.recoveryWrapped,
            ...(prepared.history.length > 0
              ? { history: prepared.history.map((h) => ({ keyId: h.keyId, box: h.sealed })) }
              : {}),
          },
        }),
      );
      const fingerprint = prepared.fingerprint;
      setPrepared(null); // the code is shown once: gone from this page now
      await onDone({ fingerprint });
    } catch (e) {
      setError(describeError(t, e));
    } finally {
      setBusy(false);
    }
  };

  const file = useMemo(() => {
    if (!prepared) return null;
    const text = [
      t.t('refkeys.recovery.fileTitle', { organisation: acronym }),
      '',
      `${t.t('refkeys.recovery.fileFingerprint')}: ${prepared.fingerprint}`,
      `${t.t('refkeys.recovery.fileCode')}: ${prepared.recoveryCode}`,
      '',
      t.t('refkeys.recovery.fileAdvice'),
      '',
    ].join('\r\n');
    return URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  }, [prepared, acronym, t]);
  useEffect(() => () => void (file && URL.revokeObjectURL(file)), [file]);

  if (!prepared)
    return (
      <div className="ref-form" data-testid={`org-key-${mode}`}>
        <p>{t.t(mode === 'create' ? 'refkeys.org.createIntro' : 'refkeys.rotate.intro')}</p>
        <p className="notice">{t.t('refkeys.recovery.before')}</p>
        {error && (
          <p className="alert" role="alert">
            {error}
          </p>
        )}
        <p>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void prepare()}
          >
            {busy
              ? t.t('refkeys.org.preparing')
              : t.t(mode === 'create' ? 'refkeys.org.prepare' : 'refkeys.rotate.prepare')}
          </button>
        </p>
      </div>
    );

  return (
    <div className="ref-form" data-testid="recovery-step">
      <h3>{t.t('refkeys.recovery.title')}</h3>
      <p>{t.t('refkeys.recovery.intro', { organisation: acronym })}</p>
      <p className="ref-recovery-code ref-mono" dir="ltr" data-testid="recovery-code">
        {prepared.recoveryCode}
      </p>
      <dl className="ref-fields">
        <dt>{t.t('referrals.keys.orgFingerprint')}</dt>
        <dd dir="ltr" className="ref-mono">
          {prepared.fingerprint}
        </dd>
      </dl>
      {file && (
        <p>
          <a
            className="button button-secondary"
            href={file}
            download={`steward-referral-recovery-${acronym}.txt`}
            data-testid="recovery-download"
          >
            {t.t('refkeys.recovery.download')}
          </a>
        </p>
      )}
      <p className="notice">{t.t('refkeys.recovery.keep')}</p>
      <Checkbox
        id="refkeys-recovery-saved"
        label={t.t('refkeys.recovery.saved')}
        checked={saved}
        onChange={(v) => {
          setSaved(v);
          if (v) setMustConfirm(false);
        }}
      />
      {mustConfirm && (
        <p className="field-error" role="alert">
          {t.t('refkeys.recovery.confirmNeeded')}
        </p>
      )}
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      <p className="actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void send()}>
          {busy
            ? t.t('refkeys.org.saving')
            : t.t(mode === 'create' ? 'refkeys.org.create' : 'refkeys.rotate.submit')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => setPrepared(null)}
        >
          {t.t('refkeys.recovery.cancel')}
        </button>
      </p>
    </div>
  );
}
