/**
 * /organisations (issue 8): the organisations of the response with type, acronym, active state,
 * focal points and referral key fingerprint, for everybody. Administrators and cluster
 * coordinators (acting for their lead organisation) also add, edit, deactivate and reactivate
 * them; everyone else sees the list read-only. The server decides again (permissions, RLS).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { describeError } from '../../api/describe-error';
import { activeMembership } from '../../api/session';
import type { components } from '../../api/schema';
import { data } from '../../api/steward-client';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { DataTable, Dialog, StatusBadge, type Column } from '../../components';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import type { Translator } from '../../i18n/locales';
import './organisations.css';
import { OrganisationForm, type OrganisationDraft, type OrganisationTypeValue } from './organisation-form';

type Overview = components['schemas']['OrganisationOverview'];

type Load =
  { status: 'loading' } | { status: 'ready'; items: Overview[] } | { status: 'failed'; error: unknown };

const EMPTY_DRAFT: OrganisationDraft = { name: '', acronym: '', type: 'national-ngo', isClusterMember: true };

/** Isolates a Latin name or acronym inside right-to-left text. */
function Bdi({ children }: { children: string }) {
  return <bdi dir="auto">{children}</bdi>;
}

export function OrganisationsPage() {
  const { t } = useI18n();
  const api = useApi();
  const session = useAuthenticatedSession();
  useDocumentTitle(t.t('title.organisations'));
  const role = activeMembership(session)?.role;
  const canManage = session.user.isAdmin || role === 'cluster-coordinator';
  const activeId = session.activeOrganisationId;
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  /** The last outcome, rendered in the current language (it follows a language change). */
  const [notice, setNotice] = useState<((t: Translator) => string) | null>(null);
  const [editing, setEditing] = useState<Overview | 'new' | null>(null);
  const [confirming, setConfirming] = useState<Overview | null>(null);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    try {
      const body = await data(api.GET('/api/organisations/overview'));
      setLoad({ status: 'ready', items: body.items });
    } catch (error) {
      setLoad({ status: 'failed', error });
    }
  }, [api]);

  useEffect(() => {
    setLoad({ status: 'loading' });
    void reload();
  }, [reload, activeId]);

  const submit = async (draft: OrganisationDraft) => {
    const body = {
      name: draft.name.trim(),
      acronym: draft.acronym.trim(),
      type: draft.type,
      isClusterMember: draft.isClusterMember,
    };
    const saved =
      editing && editing !== 'new'
        ? await data(
            api.PATCH('/api/organisations/{organisationId}', {
              params: { path: { organisationId: editing.id } },
              body,
            }),
          )
        : await data(api.POST('/api/organisations', { body }));
    setNotice(
      () => (tr: Translator) =>
        editing === 'new'
          ? tr.t('orgs.added', { acronym: saved.acronym })
          : tr.t('orgs.saved', { acronym: saved.acronym }),
    );
    setEditing(null);
    await reload();
  };

  const changeStatus = async () => {
    if (!confirming) return;
    const step = confirming.status === 'active' ? 'deactivate' : 'reactivate';
    setBusy(true);
    setConfirmError(null);
    try {
      const path = { params: { path: { organisationId: confirming.id } } };
      const row =
        step === 'deactivate'
          ? await data(api.POST('/api/organisations/{organisationId}/deactivate', path))
          : await data(api.POST('/api/organisations/{organisationId}/reactivate', path));
      setNotice(
        () => (tr: Translator) =>
          step === 'deactivate'
            ? tr.t('orgs.deactivated', { acronym: row.acronym })
            : tr.t('orgs.reactivated', { acronym: row.acronym }),
      );
      setConfirming(null);
      await reload();
    } catch (error) {
      setConfirmError(describeError(t, error));
    } finally {
      setBusy(false);
    }
  };

  const columns = useMemo<Column<Overview>[]>(() => {
    const base: Column<Overview>[] = [
      {
        key: 'name',
        header: t.t('orgs.col.name'),
        rowHeader: true,
        sortValue: (o) => o.name,
        cell: (o) => <Bdi>{o.name}</Bdi>,
      },
      {
        key: 'acronym',
        header: t.t('orgs.col.acronym'),
        sortValue: (o) => o.acronym,
        cell: (o) => <Bdi>{o.acronym}</Bdi>,
      },
      {
        key: 'type',
        header: t.t('orgs.col.type'),
        sortValue: (o) => t.tryT(`orgType.${o.type}`) ?? o.type,
        cell: (o) => (
          <>
            {t.tryT(`orgType.${o.type}`) ?? o.type}
            <span className="org-sub">{o.isClusterMember ? t.t('orgs.member') : t.t('orgs.notMember')}</span>
          </>
        ),
      },
      {
        key: 'status',
        header: t.t('orgs.col.status'),
        sortValue: (o) => o.status,
        cell: (o) => (
          <StatusBadge tone={o.status === 'active' ? 'ok' : 'neutral'} testId={`status-${o.acronym}`}>
            {t.tryT(`orgStatus.${o.status}`) ?? o.status}
          </StatusBadge>
        ),
      },
      {
        key: 'focal',
        header: t.t('orgs.col.focalPoints'),
        cell: (o) =>
          o.focalPoints.length === 0 ? (
            <span className="muted">{t.t('orgs.noFocalPoint')}</span>
          ) : (
            <ul className="org-contacts">
              {o.focalPoints.map((f) => (
                <li key={f.email}>
                  <Bdi>{f.displayName}</Bdi>
                  <span className="org-sub">{t.t(`orgs.focalRole.${f.role}`)}</span>
                  <a href={`mailto:${f.email}`} dir="ltr" className="org-email">
                    {f.email}
                  </a>
                </li>
              ))}
            </ul>
          ),
      },
      {
        key: 'key',
        header: t.t('orgs.col.referralKey'),
        sortValue: (o) => (o.referralKey ? 1 : 0),
        cell: (o) =>
          o.referralKey ? (
            <>
              <code dir="ltr" className="org-fingerprint">
                {o.referralKey.fingerprint}
              </code>
              <span className="org-sub">
                {t.t('orgs.keySince', { date: t.date(new Date(o.referralKey.createdAt)) })}
              </span>
            </>
          ) : (
            <span className="org-sub">{t.t('orgs.noKey')}</span>
          ),
      },
    ];
    if (!canManage) return base;
    return [
      ...base,
      {
        key: 'actions',
        header: t.t('orgs.col.actions'),
        cell: (o) => (
          <div className="org-actions">
            <button
              type="button"
              className="button button-secondary"
              aria-label={t.t('orgs.editOf', { name: o.acronym })}
              onClick={() => {
                setNotice(null);
                setEditing(o);
              }}
            >
              {t.t('orgs.edit')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              aria-label={
                o.status === 'active'
                  ? t.t('orgs.deactivateOf', { name: o.acronym })
                  : t.t('orgs.reactivateOf', { name: o.acronym })
              }
              onClick={() => {
                setNotice(null);
                setConfirmError(null);
                setConfirming(o);
              }}
            >
              {o.status === 'active' ? t.t('orgs.deactivate') : t.t('orgs.reactivate')}
            </button>
          </div>
        ),
      },
    ];
  }, [t, canManage]);

  const initial = useMemo<OrganisationDraft>(
    () =>
      editing && editing !== 'new'
        ? {
            name: editing.name,
            acronym: editing.acronym,
            type: editing.type as OrganisationTypeValue,
            isClusterMember: editing.isClusterMember,
          }
        : EMPTY_DRAFT,
    [editing],
  );

  return (
    <div className="page">
      <header className="page-header">
        <h1 tabIndex={-1}>{t.t('orgs.heading')}</h1>
        <p className="muted">{canManage ? t.t('orgs.manageIntro') : t.t('orgs.intro')}</p>
        {!canManage ? (
          <p className="hint" data-testid="organisations-read-only">
            {t.t('orgs.readOnly')}
          </p>
        ) : null}
      </header>
      {notice ? (
        <p className="notice" role="status" data-testid="organisations-notice">
          {notice(t)}
        </p>
      ) : null}
      {canManage ? (
        <div className="org-toolbar">
          <button
            type="button"
            className="button button-primary"
            data-testid="add-organisation"
            onClick={() => {
              setNotice(null);
              setEditing('new');
            }}
          >
            {t.t('orgs.add')}
          </button>
        </div>
      ) : null}
      {load.status === 'loading' ? (
        <p className="muted" role="status">
          {t.t('common.loading')}
        </p>
      ) : load.status === 'failed' ? (
        <div className="alert" role="alert">
          <p>{t.t('orgs.loadFailed', { reason: describeError(t, load.error) })}</p>
          <button type="button" className="button button-secondary" onClick={() => void reload()}>
            {t.t('common.retry')}
          </button>
        </div>
      ) : (
        <div className="card table-card org-table-card">
          <p className="table-count" aria-live="polite">
            {t.t('orgs.count', { count: load.items.length })}
          </p>
          <DataTable
            caption={t.t('orgs.caption')}
            columns={columns}
            rows={load.items}
            rowKey={(o) => o.id}
            empty={t.t('orgs.empty')}
            initialSort={{ key: 'name', direction: 'asc' }}
            testId="organisations-table"
          />
        </div>
      )}

      <OrganisationForm
        open={editing !== null}
        initial={initial}
        editing={editing && editing !== 'new' ? editing.acronym : null}
        onClose={() => setEditing(null)}
        onSubmit={submit}
      />

      <Dialog
        open={confirming !== null}
        title={
          confirming?.status === 'active'
            ? t.t('orgs.confirm.deactivateTitle', { acronym: confirming.acronym })
            : t.t('orgs.confirm.reactivateTitle', { acronym: confirming?.acronym ?? '' })
        }
        onClose={() => setConfirming(null)}
        testId="organisation-status-dialog"
        actions={
          <>
            <button
              type="button"
              className={`button ${confirming?.status === 'active' ? 'org-danger' : 'button-primary'}`}
              disabled={busy}
              onClick={() => void changeStatus()}
              data-testid="confirm-status"
            >
              {confirming?.status === 'active' ? t.t('orgs.deactivate') : t.t('orgs.reactivate')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirming(null)}>
              {t.t('orgs.form.cancel')}
            </button>
          </>
        }
      >
        {confirmError ? (
          <p className="alert" role="alert" data-testid="organisation-status-error">
            {confirmError}
          </p>
        ) : null}
        <p>
          {confirming?.status === 'active'
            ? t.t('orgs.confirm.deactivateBody', { acronym: confirming.acronym })
            : t.t('orgs.confirm.reactivateBody', { acronym: confirming?.acronym ?? '' })}
        </p>
      </Dialog>
    </div>
  );
}
