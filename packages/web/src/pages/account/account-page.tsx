/** /account: two-factor sign-in, password, sessions; for administrators, password resets. */
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { Organisation } from '../../api/session';
import { data } from '../../api/steward-client';
import { Link } from '../../app/router';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import type { Member, SessionInfo, TwoFactorStatus } from './account-client';
import { PasswordForm, TotpSetup } from './parts';
import { failureText, useAccountClient } from './use-account';
import { TableScroll } from '../../components';

function Status({ text, testId }: { text: string | null; testId: string }) {
  return text ? (
    <p className="notice" role="status" data-testid={testId}>
      {text}
    </p>
  ) : null;
}

function TwoFactorSection() {
  const { t } = useI18n();
  const client = useAccountClient();
  const [status, setStatus] = useState<TwoFactorStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [password, setPassword] = useState('');
  const passwordId = useId();
  const load = useCallback(() => {
    client.twoFactorStatus().then(setStatus, (e: unknown) => setError(failureText(t, e)));
  }, [client, t]);
  useEffect(load, [load]);

  const disable = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await client.disableTwoFactor(password);
      setPassword('');
      setNotice(t.t('account.twoFactor.disabled'));
      load();
    } catch (e) {
      setError(failureText(t, e));
    }
  };

  return (
    <section className="card" aria-labelledby="two-factor-heading" data-testid="two-factor-section">
      <h2 id="two-factor-heading">{t.t('account.twoFactor.heading')}</h2>
      <Status text={notice} testId="two-factor-notice" />
      {error ? (
        <div className="alert" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      {!status ? (
        <p className="muted">{t.t('common.loading')}</p>
      ) : status.enabled ? (
        <>
          <p data-testid="two-factor-state">{t.t('account.twoFactor.on')}</p>
          <p>{t.t('account.twoFactor.codesLeft', { count: status.recoveryCodesLeft })}</p>
          {status.required ? (
            <p className="muted">{t.t('account.twoFactor.required')}</p>
          ) : (
            <form noValidate onSubmit={(e) => void disable(e)}>
              <p>{t.t('account.twoFactor.disableIntro')}</p>
              <div className="field">
                <label htmlFor={passwordId}>{t.t('account.password.current')}</label>
                <input
                  id={passwordId}
                  type="password"
                  dir="ltr"
                  autoComplete="current-password"
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                />
              </div>
              <button type="submit" className="button button-secondary">
                {t.t('account.twoFactor.disable')}
              </button>
            </form>
          )}
        </>
      ) : (
        <>
          <p data-testid="two-factor-state">{t.t('account.twoFactor.off')}</p>
          <TotpSetup
            onDone={() => {
              setNotice(t.t('account.twoFactor.on'));
              load();
            }}
          />
        </>
      )}
    </section>
  );
}

function PasswordSection() {
  const { t } = useI18n();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading">{t.t('account.password.heading')}</h2>
      <Status text={notice} testId="password-notice" />
      <PasswordForm
        forced={false}
        onDone={(ended) => setNotice(t.t('account.password.changed', { count: ended }))}
      />
    </section>
  );
}

function SessionsSection() {
  const { t } = useI18n();
  const client = useAccountClient();
  const [rows, setRows] = useState<SessionInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const load = useCallback(() => {
    client.listSessions().then(setRows, (e: unknown) => setError(failureText(t, e)));
  }, [client, t]);
  useEffect(load, [load]);
  const endOthers = async () => {
    setError(null);
    try {
      const { ended } = await client.endOtherSessions();
      setNotice(t.t('account.sessions.ended', { count: ended }));
      load();
    } catch (e) {
      setError(failureText(t, e));
    }
  };
  const when = (iso: string) => t.date(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t.t('account.sessions.heading')}</h2>
      <p className="muted">{t.t('account.sessions.lifetime')}</p>
      <Status text={notice} testId="sessions-notice" />
      {error ? (
        <div className="alert" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      {rows ? (
        <TableScroll>
          <table className="table" data-testid="sessions-table">
            <thead>
              <tr>
                <th scope="col">{t.t('account.sessions.browser')}</th>
                <th scope="col">{t.t('account.sessions.started')}</th>
                <th scope="col">{t.t('account.sessions.lastSeen')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} aria-current={r.current ? 'true' : undefined}>
                  <th scope="row">
                    <bdi dir="ltr">{r.userAgent ?? t.t('account.sessions.unknownBrowser')}</bdi>
                    {r.current ? (
                      <span className="badge badge-ok">{t.t('account.sessions.current')}</span>
                    ) : null}
                  </th>
                  <td>{when(r.createdAt)}</td>
                  <td>{when(r.lastSeenAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <button type="button" className="button button-secondary" onClick={() => void endOthers()}>
        {t.t('account.sessions.endOthers')}
      </button>
    </section>
  );
}

function AdminResetSection() {
  const { t } = useI18n();
  const api = useApi();
  const client = useAccountClient();
  const [organisations, setOrganisations] = useState<Organisation[]>([]);
  const [organisationId, setOrganisationId] = useState('');
  const [members, setMembers] = useState<Member[] | null>(null);
  const [result, setResult] = useState<{ name: string; password: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const selectId = useId();
  useEffect(() => {
    data(api.GET('/api/organisations')).then(
      (body) => {
        setOrganisations(body.items);
        setOrganisationId((current) => current || body.items[0]?.id || '');
      },
      (e: unknown) => setError(failureText(t, e)),
    );
  }, [api, t]);
  useEffect(() => {
    if (!organisationId) return;
    setMembers(null);
    client.listMembers(organisationId).then(
      (body) => setMembers(body.items),
      (e: unknown) => setError(failureText(t, e)),
    );
  }, [client, organisationId, t]);
  const reset = async (member: Member) => {
    setError(null);
    setResult(null);
    try {
      const { temporaryPassword } = await client.resetPassword(member.userId);
      setResult({ name: member.displayName, password: temporaryPassword });
    } catch (e) {
      setError(failureText(t, e));
    }
  };
  return (
    <section className="card" aria-labelledby="admin-reset-heading" data-testid="admin-reset-section">
      <h2 id="admin-reset-heading">{t.t('account.admin.heading')}</h2>
      <p className="muted">{t.t('account.admin.intro')}</p>
      {error ? (
        <div className="alert" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      {result ? (
        <div className="notice" role="status" data-testid="temporary-password">
          <p>{t.t('account.admin.temporary', { name: result.name })}</p>
          <p>
            <code dir="ltr">{result.password}</code>
          </p>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={selectId}>{t.t('account.admin.organisation')}</label>
        <select id={selectId} value={organisationId} onChange={(e) => setOrganisationId(e.target.value)}>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.acronym} · {o.name}
            </option>
          ))}
        </select>
      </div>
      {members === null ? null : members.length === 0 ? (
        <p className="muted">{t.t('account.admin.none')}</p>
      ) : (
        <TableScroll>
          <table className="table" data-testid="members-table">
            <thead>
              <tr>
                <th scope="col">{t.t('account.admin.member')}</th>
                <th scope="col">{t.t('account.admin.role')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.t('account.admin.reset')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.userId}>
                  <th scope="row">
                    {m.displayName}{' '}
                    <bdi dir="ltr" className="muted">
                      {m.email}
                    </bdi>
                  </th>
                  <td>{t.tryT(`role.${m.role}`) ?? m.role}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-secondary"
                      aria-label={t.t('account.admin.resetFor', { name: m.displayName })}
                      onClick={() => void reset(m)}
                    >
                      {t.t('account.admin.reset')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

export function AccountPage() {
  const { t } = useI18n();
  const session = useAuthenticatedSession();
  useDocumentTitle(t.t('title.account'));
  return (
    <div className="page">
      <header className="page-header">
        <h1 tabIndex={-1}>{t.t('account.heading')}</h1>
        <p className="muted">{t.t('account.intro')}</p>
        <p>
          <Link to="/account/tokens" data-testid="tokens-link">
            {t.t('tokens.linkFromAccount')}
          </Link>
        </p>
      </header>
      <TwoFactorSection />
      <PasswordSection />
      <SessionsSection />
      {session.user.isAdmin ? <AdminResetSection /> : null}
    </div>
  );
}

export default AccountPage;
