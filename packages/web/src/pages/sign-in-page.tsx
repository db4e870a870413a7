import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-error';
import { describeError } from '../api/describe-error';
import { safeNextPath, useRouter } from '../app/router';
import { useSession } from '../app/session-context';
import { useDocumentTitle, useI18n } from '../i18n/i18n-context';
import type { Translator } from '../i18n/locales';
import { LanguageSwitcher } from '../layout/language-switcher';

type Field = 'email' | 'password';
type FieldErrors = Partial<Record<Field, string>>;

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks the form before sending it; returns one message per field that needs fixing. */
export function validateSignIn(t: Translator, email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (email.trim() === '') errors.email = t.t('signIn.emailRequired');
  else if (!EMAIL_SHAPE.test(email.trim())) errors.email = t.t('signIn.emailInvalid');
  if (password === '') errors.password = t.t('signIn.passwordRequired');
  return errors;
}

export function SignInPage({ notice }: { notice: 'session-ended' | 'signed-out' | null }) {
  const { t } = useI18n();
  const { signIn } = useSession();
  const { location, navigate } = useRouter();
  useDocumentTitle(t.t('title.signIn'));

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const ids = { email: useId(), password: useId(), alert: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const errors = validateSignIn(t, email, password);
    setFieldErrors(errors);
    setFormError(null);
    if (errors.email || errors.password) {
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    setSubmitting(true);
    try {
      await signIn(email.trim(), password);
      navigate(safeNextPath(new URLSearchParams(location.search).get('next')), { replace: true });
    } catch (error) {
      setSubmitting(false);
      setPassword('');
      if (error instanceof ApiError && error.code === 'validation' && error.fields.length > 0) {
        // The server's field messages are English; say the same thing in the user's language.
        const server: FieldErrors = {};
        for (const f of error.fields) {
          if (f.path === 'email') server.email = t.t('signIn.emailInvalid');
          if (f.path === 'password') server.password = t.t('signIn.passwordRequired');
        }
        setFieldErrors(server);
      }
      setFormError(error);
      passwordRef.current?.focus();
    }
  };

  const noticeText =
    notice === 'session-ended'
      ? t.t('signIn.sessionEnded')
      : notice === 'signed-out'
        ? t.t('signIn.signedOut')
        : null;
  const errorMessage = (field: Field) => fieldErrors[field];

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
        <div className="card signin-card">
          <h1>{t.t('signIn.heading')}</h1>
          <p className="muted">{t.t('signIn.intro')}</p>
          {noticeText && !formError ? (
            <p className="notice" role="status">
              {noticeText}
            </p>
          ) : null}
          {formError ? (
            <div className="alert" role="alert" id={ids.alert} data-testid="sign-in-error">
              <p className="alert-title">{t.t('signIn.problem')}</p>
              <p>{describeError(t, formError)}</p>
            </div>
          ) : null}
          <form
            noValidate
            onSubmit={(e) => void submit(e)}
            aria-describedby={formError ? ids.alert : undefined}
          >
            <div className={errorMessage('email') ? 'field field-invalid' : 'field'}>
              <label htmlFor={ids.email}>{t.t('signIn.email')}</label>
              {errorMessage('email') ? (
                <p className="field-error" id={`${ids.email}-error`}>
                  {errorMessage('email')}
                </p>
              ) : null}
              <input
                ref={emailRef}
                id={ids.email}
                name="email"
                type="email"
                dir="ltr"
                autoComplete="username"
                inputMode="email"
                spellCheck={false}
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                aria-invalid={errorMessage('email') ? true : undefined}
                aria-describedby={errorMessage('email') ? `${ids.email}-error` : undefined}
              />
            </div>
            <div className={errorMessage('password') ? 'field field-invalid' : 'field'}>
              <label htmlFor={ids.password}>{t.t('signIn.password')}</label>
              {errorMessage('password') ? (
                <p className="field-error" id={`${ids.password}-error`}>
                  {errorMessage('password')}
                </p>
              ) : null}
              <input
                ref={passwordRef}
                id={ids.password}
                name="password"
                type="password"
                dir="ltr"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                aria-invalid={errorMessage('password') ? true : undefined}
                aria-describedby={errorMessage('password') ? `${ids.password}-error` : undefined}
              />
            </div>
            <button type="submit" className="button button-primary full" disabled={submitting}>
              {submitting ? t.t('signIn.submitting') : t.t('signIn.submit')}
            </button>
          </form>
          <p className="fine-print">{t.t('signIn.privacy')}</p>
        </div>
        <p className="signin-tagline">{t.t('app.tagline')}</p>
      </main>
    </div>
  );
}
