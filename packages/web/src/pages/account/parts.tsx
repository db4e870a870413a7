/** Forms shared by the account page and the sign-in steps: TOTP set-up, password, code. */
import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { TotpEnrolment } from './account-client';
import { failureText, useAccountClient } from './use-account';

function Alert({ text, testId }: { text: string | null; testId?: string }) {
  return text ? (
    <div className="alert" role="alert" data-testid={testId}>
      <p>{text}</p>
    </div>
  ) : null;
}

/** Enrolment: QR code and key, confirm with a code, then the recovery codes shown once. */
export function TotpSetup({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const client = useAccountClient();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const codeId = useId();

  const start = async () => {
    setError(null);
    setBusy(true);
    try {
      setEnrolment(await client.startEnrolment());
    } catch (e) {
      setError(failureText(t, e));
    } finally {
      setBusy(false);
    }
  };
  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim()) return setError(t.t('account.codeRequired'));
    setError(null);
    setBusy(true);
    try {
      setCodes((await client.confirmEnrolment(code.trim())).recoveryCodes);
    } catch (e) {
      setError(failureText(t, e));
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  if (codes) {
    return (
      <div data-testid="recovery-codes">
        <h3>{t.t('account.twoFactor.codesHeading')}</h3>
        <p>{t.t('account.twoFactor.codesIntro')}</p>
        <ul className="recovery-codes" dir="ltr">
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <button type="button" className="button button-primary" onClick={onDone}>
          {t.t('account.twoFactor.codesSaved')}
        </button>
      </div>
    );
  }
  if (!enrolment) {
    return (
      <>
        <Alert text={error} />
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void start()}>
          {t.t('account.twoFactor.start')}
        </button>
      </>
    );
  }
  return (
    <form noValidate onSubmit={(e) => void confirm(e)} data-testid="totp-setup">
      <p>{t.t('account.twoFactor.scan')}</p>
      <img
        className="qr-code"
        width={200}
        height={200}
        alt={t.t('account.twoFactor.qrAlt')}
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(enrolment.qrSvg)}`}
      />
      <p>
        {t.t('account.twoFactor.key')}:{' '}
        <code dir="ltr" data-testid="totp-secret">
          {enrolment.secret}
        </code>
      </p>
      <Alert text={error} testId="totp-error" />
      <div className="field">
        <label htmlFor={codeId}>{t.t('account.code')}</label>
        <input
          id={codeId}
          name="code"
          dir="ltr"
          inputMode="numeric"
          autoComplete="one-time-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        {t.t('account.twoFactor.confirm')}
      </button>
    </form>
  );
}

/** New password (twice), with the current one unless `forced` (after an administrator's reset). */
export function PasswordForm({
  forced,
  onDone,
}: {
  forced: boolean;
  onDone: (endedSessions: number) => void;
}) {
  const { t } = useI18n();
  const client = useAccountClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { current: useId(), next: useId(), again: useId(), hint: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if ((!forced && !current) || !next) return setError(t.t('account.password.required'));
    if (next !== again) return setError(t.t('account.password.mismatch'));
    setError(null);
    setBusy(true);
    try {
      const result = await client.changePassword(next, forced ? undefined : current);
      setCurrent('');
      setNext('');
      setAgain('');
      onDone(result.endedSessions);
    } catch (e) {
      setError(failureText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} data-testid="password-form">
      <Alert text={error} testId="password-error" />
      {forced ? null : (
        <div className="field">
          <label htmlFor={ids.current}>{t.t('account.password.current')}</label>
          <input
            id={ids.current}
            type="password"
            dir="ltr"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={ids.next}>{t.t('account.password.new')}</label>
        <p className="muted" id={ids.hint}>
          {t.t('account.password.hint')}
        </p>
        <input
          id={ids.next}
          type="password"
          dir="ltr"
          autoComplete="new-password"
          aria-describedby={ids.hint}
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.again}>{t.t('account.password.confirm')}</label>
        <input
          id={ids.again}
          type="password"
          dir="ltr"
          autoComplete="new-password"
          value={again}
          onChange={(e) => setAgain(e.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        {t.t('account.password.submit')}
      </button>
    </form>
  );
}
