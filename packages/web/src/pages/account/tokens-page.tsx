/**
 * /account/tokens (issue 8): personal API tokens. Create one for one of your organisations with
 * an expiry (the value is shown once, with a copy button and a warning), list them (created, last
 * used, expires, organisation, status), revoke one after a confirmation.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { describeError } from '../../api/describe-error';
import type { components } from '../../api/schema';
import { data } from '../../api/steward-client';
import { Link } from '../../app/router';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { DataTable, Dialog, FormField, StatusBadge, type Column } from '../../components';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import type { Translator } from '../../i18n/locales';
import '../organisations/organisations.css';

type Token = components['schemas']['ApiToken'];
type Load =
  { status: 'loading' } | { status: 'ready'; items: Token[] } | { status: 'failed'; error: unknown };

const EXPIRY_DAYS = [7, 30, 90, 180, 366] as const;

function tokenStatus(token: Token, now: number): 'active' | 'expired' | 'revoked' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

export default function TokensPage() {
  const { t } = useI18n();
  const api = useApi();
  const session = useAuthenticatedSession();
  useDocumentTitle(t.t('tokens.title'));
  const id = useId();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [name, setName] = useState('');
  const [organisationId, setOrganisationId] = useState(
    session.activeOrganisationId ?? session.memberships[0]?.organisationId ?? '',
  );
  const [days, setDays] = useState<number>(90);
  const [nameError, setNameError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [revoking, setRevoking] = useState<Token | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  /** The last outcome, rendered in the current language (it follows a language change). */
  const [notice, setNotice] = useState<((t: Translator) => string) | null>(null);
  const valueRef = useRef<HTMLInputElement>(null);

  const reload = useCallback(async () => {
    try {
      const body = await data(api.GET('/api/tokens'));
      setLoad({ status: 'ready', items: body.items });
    } catch (error) {
      setLoad({ status: 'failed', error });
    }
  }, [api]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const acronymOf = useCallback(
    (orgId: string) => session.memberships.find((m) => m.organisationId === orgId)?.acronym ?? '—',
    [session.memberships],
  );

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setNotice(null);
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 100) {
      setNameError(t.t('tokens.nameRequired'));
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    setNameError(null);
    setBusy(true);
    try {
      const made = await data(
        api.POST('/api/tokens', {
          body: { name: trimmed, expiresInDays: days, ...(organisationId ? { organisationId } : {}) },
        }),
      );
      setCreated({ name: trimmed, token: made.token });
      setCopyState('idle');
      setName('');
      await reload();
      requestAnimationFrame(() => valueRef.current?.focus());
    } catch (error) {
      setFailure(describeError(t, error));
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.token);
      setCopyState('copied');
    } catch {
      valueRef.current?.select();
      setCopyState('failed');
    }
  };

  const revoke = async () => {
    if (!revoking) return;
    setBusy(true);
    setRevokeError(null);
    try {
      await data(api.DELETE('/api/tokens/{tokenId}', { params: { path: { tokenId: revoking.id } } }));
      setNotice(() => (tr: Translator) => tr.t('tokens.revoked', { name: revoking.name }));
      setRevoking(null);
      await reload();
    } catch (error) {
      setRevokeError(describeError(t, error));
    } finally {
      setBusy(false);
    }
  };

  const now = Date.now();
  const columns = useMemo<Column<Token>[]>(
    () => [
      {
        key: 'name',
        header: t.t('tokens.col.name'),
        rowHeader: true,
        sortValue: (k) => k.name,
        cell: (k) => <bdi dir="auto">{k.name}</bdi>,
      },
      {
        key: 'organisation',
        header: t.t('tokens.col.organisation'),
        sortValue: (k) => acronymOf(k.organisationId),
        cell: (k) => <bdi dir="auto">{acronymOf(k.organisationId)}</bdi>,
      },
      {
        key: 'created',
        header: t.t('tokens.col.created'),
        sortValue: (k) => k.createdAt,
        cell: (k) => t.date(new Date(k.createdAt)),
      },
      {
        key: 'lastUsed',
        header: t.t('tokens.col.lastUsed'),
        sortValue: (k) => k.lastUsedAt ?? '',
        cell: (k) =>
          k.lastUsedAt
            ? t.date(new Date(k.lastUsedAt), { dateStyle: 'medium', timeStyle: 'short' })
            : t.t('tokens.never'),
      },
      {
        key: 'expires',
        header: t.t('tokens.col.expires'),
        sortValue: (k) => k.expiresAt ?? '9999',
        cell: (k) => (k.expiresAt ? t.date(new Date(k.expiresAt)) : t.t('tokens.noExpiry')),
      },
      {
        key: 'status',
        header: t.t('tokens.col.status'),
        sortValue: (k) => tokenStatus(k, now),
        cell: (k) => {
          const status = tokenStatus(k, now);
          return (
            <StatusBadge tone={status === 'active' ? 'ok' : 'neutral'} testId={`token-status-${k.name}`}>
              {t.t(`tokens.status.${status}`)}
            </StatusBadge>
          );
        },
      },
      {
        key: 'actions',
        header: t.t('tokens.col.actions'),
        cell: (k) =>
          tokenStatus(k, now) === 'active' ? (
            <button
              type="button"
              className="button button-secondary"
              aria-label={t.t('tokens.revokeOf', { name: k.name })}
              onClick={() => {
                setRevokeError(null);
                setNotice(null);
                setRevoking(k);
              }}
            >
              {t.t('tokens.revoke')}
            </button>
          ) : null,
      },
    ],
    [t, acronymOf, now],
  );

  const origin = typeof window === 'undefined' ? '' : window.location.origin;

  return (
    <div className="page">
      <header className="page-header">
        <p>
          <Link to="/account">{t.t('tokens.backToAccount')}</Link>
        </p>
        <h1 tabIndex={-1}>{t.t('tokens.heading')}</h1>
        <p className="muted">{t.t('tokens.intro')}</p>
      </header>

      {notice ? (
        <p className="notice" role="status" data-testid="tokens-notice">
          {notice(t)}
        </p>
      ) : null}

      {created ? (
        <section className="card token-created" aria-labelledby={`${id}-created`} data-testid="token-created">
          <h2 id={`${id}-created`}>{t.t('tokens.createdHeading')}</h2>
          <p className="alert" role="alert">
            {t.t('tokens.createdWarning')}
          </p>
          <label htmlFor={`${id}-value`}>{t.t('tokens.value')}</label>
          <input
            id={`${id}-value`}
            ref={valueRef}
            className="token-value"
            readOnly
            dir="ltr"
            value={created.token}
            data-testid="token-value"
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="org-form-actions">
            <button type="button" className="button button-primary" onClick={() => void copy()}>
              {t.t('tokens.copy')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setCreated(null)}>
              {t.t('tokens.done')}
            </button>
            <span role="status" aria-live="polite">
              {copyState === 'copied'
                ? t.t('tokens.copied')
                : copyState === 'failed'
                  ? t.t('tokens.copyFailed')
                  : ''}
            </span>
          </div>
          <p>{t.t('tokens.usage')}</p>
          <code className="token-example" dir="ltr">
            curl -H &quot;Authorization: Bearer {created.token}&quot; {origin}/api/me
          </code>
        </section>
      ) : null}

      <section className="card" aria-labelledby={`${id}-create`}>
        <h2 id={`${id}-create`}>{t.t('tokens.create')}</h2>
        <form noValidate onSubmit={(e) => void create(e)} data-testid="token-form">
          {failure ? (
            <p className="alert" role="alert">
              {failure}
            </p>
          ) : null}
          <FormField
            id={`${id}-name`}
            label={t.t('tokens.name')}
            hint={t.t('tokens.nameHint')}
            {...(nameError ? { error: nameError } : {})}
          >
            {(p) => (
              <input
                {...p}
                type="text"
                maxLength={100}
                autoComplete="off"
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id={`${id}-org`}
            label={t.t('tokens.organisation')}
            hint={t.t('tokens.organisationHint')}
          >
            {(p) => (
              <select
                className="select"
                {...p}
                value={organisationId}
                onChange={(e) => setOrganisationId(e.target.value)}
              >
                {session.memberships.map((m) => (
                  <option key={m.organisationId} value={m.organisationId}>
                    {m.acronym} — {m.organisationName}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id={`${id}-expiry`} label={t.t('tokens.expiry')}>
            {(p) => (
              <select
                className="select"
                {...p}
                value={days}
                onChange={(e) => setDays(Number(e.target.value))}
              >
                {EXPIRY_DAYS.map((d) => (
                  <option key={d} value={d}>
                    {t.t('tokens.expiryDays', { count: d })}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <div className="org-form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t.t('tokens.create')}
            </button>
          </div>
        </form>
      </section>

      <section className="card table-card org-table-card" aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`} className="org-card-heading">
          {t.t('tokens.listHeading')}
        </h2>
        {load.status === 'loading' ? (
          <p className="muted" role="status">
            {t.t('common.loading')}
          </p>
        ) : load.status === 'failed' ? (
          <div className="alert" role="alert">
            <p>{t.t('tokens.loadFailed', { reason: describeError(t, load.error) })}</p>
            <button type="button" className="button button-secondary" onClick={() => void reload()}>
              {t.t('common.retry')}
            </button>
          </div>
        ) : (
          <DataTable
            caption={t.t('tokens.caption')}
            columns={columns}
            rows={load.items}
            rowKey={(k) => k.id}
            empty={t.t('tokens.empty')}
            initialSort={{ key: 'created', direction: 'desc' }}
            testId="tokens-table"
          />
        )}
      </section>

      <Dialog
        open={revoking !== null}
        title={t.t('tokens.confirmTitle', { name: revoking?.name ?? '' })}
        onClose={() => setRevoking(null)}
        testId="token-revoke-dialog"
        actions={
          <>
            <button
              type="button"
              className="button org-danger"
              disabled={busy}
              onClick={() => void revoke()}
              data-testid="confirm-revoke"
            >
              {t.t('tokens.revoke')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setRevoking(null)}>
              {t.t('orgs.form.cancel')}
            </button>
          </>
        }
      >
        {revokeError ? (
          <p className="alert" role="alert">
            {revokeError}
          </p>
        ) : null}
        <p>{t.t('tokens.confirmBody')}</p>
      </Dialog>
    </div>
  );
}
