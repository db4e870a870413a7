/** The sign-in step a session must finish before any page: second factor, enrolment, new password. */
import { useId, useState, type FormEvent } from 'react';
import type { Session } from '../../api/session';
import { useSession } from '../../app/session-context';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { LanguageSwitcher } from '../../layout/language-switcher';
import { PasswordForm, TotpSetup } from './parts';
import { failureText, useAccountClient } from './use-account';

function CodeStep() {
  const { t } = useI18n();
  const client = useAccountClient();
  const { setSession } = useSession();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim()) return setError(t.t('account.codeRequired'));
    setBusy(true);
    setError(null);
    try {
      setSession(await client.verifySecondFactor(code.trim()));
    } catch (e) {
      setError(failureText(t, e));
      setCode('');
      setBusy(false);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      {error ? (
        <div className="alert" role="alert" data-testid="code-error">
          <p>{error}</p>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={id}>{t.t('account.code')}</label>
        <p className="muted" id={`${id}-hint`}>
          {t.t('account.codeHint')}
        </p>
        <input
          id={id}
          name="code"
          dir="ltr"
          autoComplete="one-time-code"
          aria-describedby={`${id}-hint`}
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
      </div>
      <button type="submit" className="button button-primary full" disabled={busy}>
        {t.t('account.verify')}
      </button>
    </form>
  );
}

export function SignInStepPage({ pending }: { pending: NonNullable<Session['pending']> }) {
  const { t } = useI18n();
  const { signOut, reload } = useSession();
  useDocumentTitle(t.t('title.signInStep'));
  const heading =
    pending === 'totp'
      ? 'account.step.totp.heading'
      : pending === 'enrol-totp'
        ? 'account.step.enrol.heading'
        : 'account.step.password.heading';
  const intro =
    pending === 'totp'
      ? 'account.step.totp.intro'
      : pending === 'enrol-totp'
        ? 'account.step.enrol.intro'
        : 'account.step.password.intro';
  return (
    <div className="signin-layout">
      <header className="signin-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t.t('app.name')}</span>
        </div>
        <LanguageSwitcher />
      </header>
      <main id="main" className="signin-main">
        <div className="card signin-card" data-testid={`sign-in-step-${pending}`}>
          <h1>{t.t(heading)}</h1>
          <p className="muted">{t.t(intro)}</p>
          {pending === 'totp' ? (
            <CodeStep />
          ) : pending === 'enrol-totp' ? (
            <TotpSetup onDone={reload} />
          ) : (
            <PasswordForm forced onDone={reload} />
          )}
          <p>
            <button type="button" className="button button-secondary" onClick={() => void signOut()}>
              {t.t('account.signOut')}
            </button>
          </p>
        </div>
      </main>
    </div>
  );
}
