/**
 * Members and roles of the organisation the user acts for (issue 8): list, change a role, remove,
 * add an existing account by e-mail. The role choices are those the core role-grant policy lets
 * the user give in this kind of organisation; the server decides again and its refusals (e.g. the
 * cluster's last coordinator) are shown in the user's language.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { MEMBERSHIP_ROLES, type MembershipRole } from '@steward/core/auth/permissions';
import { grantableRoles, organisationKindOf } from '@steward/core/auth/role-grants';
import { describeError } from '../../api/describe-error';
import { activeMembership, type Member } from '../../api/session';
import { data } from '../../api/steward-client';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { useAccountClient } from '../account/use-account';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { Dialog, TableScroll } from '../../components';

type Load =
  | { status: 'loading' }
  | { status: 'ready'; members: Member[]; kind: 'cluster-lead' | 'partner' }
  | { status: 'failed'; error: unknown };

export default function MembersPage() {
  const { t } = useI18n();
  const api = useApi();
  const account = useAccountClient();
  const session = useAuthenticatedSession();
  const membership = activeMembership(session);
  useDocumentTitle(t.t('members.title'));
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [choice, setChoice] = useState<Record<string, string>>({});
  const [email, setEmail] = useState('');
  /** The member whose removal waits for confirmation in the dialog. */
  const [removing, setRemoving] = useState<Member | null>(null);
  const [confirmTwoFactor, setConfirmTwoFactor] = useState<string | null>(null);
  const organisationId = membership?.organisationId ?? null;

  const reload = useCallback(async () => {
    if (!organisationId) return;
    try {
      const [members, orgs] = await Promise.all([
        data(
          api.GET('/api/organisations/{organisationId}/members', { params: { path: { organisationId } } }),
        ),
        data(api.GET('/api/organisations')),
      ]);
      const type = orgs.items.find((o) => o.id === organisationId)?.type ?? 'other';
      setLoad({ status: 'ready', members: members.items, kind: organisationKindOf(type) });
    } catch (error) {
      setLoad({ status: 'failed', error });
    }
  }, [api, organisationId]);

  useEffect(() => {
    setLoad({ status: 'loading' });
    void reload();
  }, [reload]);

  if (!membership || !organisationId) {
    return (
      <div className="page">
        <p className="notice">{t.t('members.noOrganisation')}</p>
      </div>
    );
  }
  const granterRole = session.user.isAdmin ? 'admin' : membership.role;
  const offered: MembershipRole[] =
    load.status === 'ready' ? grantableRoles(granterRole, load.kind, MEMBERSHIP_ROLES) : [];
  const roleName = (role: string) => t.tryT(`role.${role}`) ?? role;

  const act = async (action: () => Promise<unknown>, ok: string) => {
    setBusy(true);
    setMessage(null);
    try {
      await action();
      setMessage({ kind: 'ok', text: ok });
      await reload();
    } catch (error) {
      setMessage({ kind: 'error', text: describeError(t, error) });
    } finally {
      setBusy(false);
    }
  };

  // System administrators: reset a member's password (issue 7; temporary password shown once, audited).
  const resetPassword = async (userId: string, name: string) => {
    setBusy(true);
    setMessage(null);
    try {
      const { temporaryPassword } = await account.resetPassword(userId);
      setMessage({ kind: 'ok', text: `${t.t('account.admin.temporary', { name })} ${temporaryPassword}` });
    } catch (error) {
      setMessage({ kind: 'error', text: describeError(t, error) });
    } finally {
      setBusy(false);
    }
  };

  // System administrators: reset a member's two-factor sign-in (lost authenticator; audited). The
  // member's sessions end and they enrol again at next sign-in. Asked twice.
  const resetTwoFactor = async (userId: string, name: string) => {
    setBusy(true);
    setMessage(null);
    try {
      const { hadTwoFactor } = await account.resetTwoFactor(userId);
      setConfirmTwoFactor(null);
      setMessage({
        kind: 'ok',
        text: t.t(hadTwoFactor ? 'account.admin.twoFactorDone' : 'account.admin.twoFactorDoneWasOff', {
          name,
        }),
      });
    } catch (error) {
      setMessage({ kind: 'error', text: describeError(t, error) });
    } finally {
      setBusy(false);
    }
  };

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const role = (choice['new'] ?? offered[offered.length - 1] ?? 'viewer') as MembershipRole;
    void act(
      () =>
        data(
          api.POST('/api/organisations/{organisationId}/members', {
            params: { path: { organisationId } },
            body: { email: email.trim(), role },
          }),
        ),
      t.t('members.added', { email: email.trim() }),
    );
  };

  return (
    <div className="page">
      <header className="page-header">
        <h1 tabIndex={-1}>{t.t('members.heading', { organisation: membership.acronym })}</h1>
        <p className="muted">{t.t('members.intro')}</p>
      </header>
      <div aria-live="polite">
        {message && (
          <p
            className={message.kind === 'ok' ? 'notice' : 'alert'}
            role={message.kind === 'ok' ? 'status' : 'alert'}
            data-testid="members-message"
          >
            {message.text}
          </p>
        )}
      </div>
      {load.status === 'loading' ? (
        <p className="muted" role="status">
          {t.t('common.loading')}
        </p>
      ) : load.status === 'failed' ? (
        <p className="alert" role="alert">
          {t.t('members.loadFailed', { reason: describeError(t, load.error) })}
        </p>
      ) : (
        <>
          <div className="card table-card">
            <TableScroll>
              <table className="table" data-testid="members-table">
                <caption className="visually-hidden">{t.t('members.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.t('members.col.name')}</th>
                    <th scope="col">{t.t('members.col.email')}</th>
                    <th scope="col">{t.t('members.col.role')}</th>
                    <th scope="col">{t.t('members.col.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {load.members.map((m) => {
                    const options = offered.includes(m.role as MembershipRole)
                      ? offered
                      : [m.role, ...offered];
                    const selected = choice[m.userId] ?? m.role;
                    return (
                      <tr key={m.userId} data-member={m.email}>
                        <th scope="row">
                          {m.displayName} {m.userId === session.user.id && t.t('members.you')}
                        </th>
                        <td>{m.email}</td>
                        <td>
                          <select
                            aria-label={t.t('members.roleOf', { name: m.displayName })}
                            value={selected}
                            disabled={busy || offered.length === 0}
                            onChange={(e) => setChoice({ ...choice, [m.userId]: e.target.value })}
                          >
                            {options.map((r) => (
                              <option key={r} value={r}>
                                {roleName(r)}
                              </option>
                            ))}
                          </select>
                        </td>
                        <td className="actions">
                          <button
                            type="button"
                            className="button button-secondary"
                            disabled={busy || selected === m.role}
                            onClick={() =>
                              act(
                                () =>
                                  data(
                                    api.PATCH('/api/organisations/{organisationId}/members/{userId}', {
                                      params: { path: { organisationId, userId: m.userId } },
                                      body: { role: selected as MembershipRole },
                                    }),
                                  ),
                                t.t('members.changed', { name: m.displayName, role: roleName(selected) }),
                              )
                            }
                          >
                            {t.t('members.save')}
                          </button>
                          <button
                            type="button"
                            className="button button-secondary"
                            disabled={busy || offered.length === 0}
                            onClick={() => setRemoving(m)}
                          >
                            {t.t('members.remove')}
                          </button>
                          {session.user.isAdmin ? (
                            <button
                              type="button"
                              className="button button-secondary"
                              disabled={busy}
                              aria-label={t.t('account.admin.resetFor', { name: m.displayName })}
                              data-testid="reset-password"
                              onClick={() => void resetPassword(m.userId, m.displayName)}
                            >
                              {t.t('account.admin.reset')}
                            </button>
                          ) : null}
                          {session.user.isAdmin && m.userId !== session.user.id ? (
                            confirmTwoFactor === m.userId ? (
                              <span
                                role="group"
                                aria-label={t.t('account.admin.twoFactorConfirm', { name: m.displayName })}
                              >
                                <span>{t.t('account.admin.twoFactorConfirm', { name: m.displayName })}</span>{' '}
                                <button
                                  type="button"
                                  className="button button-primary"
                                  disabled={busy}
                                  data-testid="reset-two-factor-yes"
                                  onClick={() => void resetTwoFactor(m.userId, m.displayName)}
                                >
                                  {t.t('account.admin.twoFactorYes')}
                                </button>{' '}
                                <button
                                  type="button"
                                  className="button button-secondary"
                                  onClick={() => setConfirmTwoFactor(null)}
                                >
                                  {t.t('account.admin.twoFactorNo')}
                                </button>
                              </span>
                            ) : (
                              <button
                                type="button"
                                className="button button-secondary"
                                disabled={busy}
                                aria-label={t.t('account.admin.twoFactorFor', { name: m.displayName })}
                                data-testid="reset-two-factor"
                                onClick={() => setConfirmTwoFactor(m.userId)}
                              >
                                {t.t('account.admin.twoFactor')}
                              </button>
                            )
                          ) : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
          </div>
          {offered.length > 0 && (
            <form className="card" onSubmit={add} aria-labelledby="members-add-heading">
              <h2 id="members-add-heading">{t.t('members.add.heading')}</h2>
              <div className="field">
                <label htmlFor="members-add-email">{t.t('members.add.email')}</label>
                <input
                  id="members-add-email"
                  type="email"
                  required
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor="members-add-role">{t.t('members.add.role')}</label>
                <select
                  id="members-add-role"
                  value={choice['new'] ?? offered[offered.length - 1]}
                  onChange={(e) => setChoice({ ...choice, new: e.target.value })}
                >
                  {offered.map((r) => (
                    <option key={r} value={r}>
                      {roleName(r)}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button button-primary" disabled={busy || !email.trim()}>
                {t.t('members.add.submit')}
              </button>
            </form>
          )}
        </>
      )}
      <Dialog
        open={removing !== null}
        title={t.t('members.removeTitle', { name: removing?.displayName ?? '' })}
        onClose={() => setRemoving(null)}
        testId="remove-dialog"
        actions={
          <>
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => {
                const m = removing;
                setRemoving(null);
                if (m)
                  void act(
                    () =>
                      api.DELETE('/api/organisations/{organisationId}/members/{userId}', {
                        params: { path: { organisationId, userId: m.userId } },
                      }),
                    t.t('members.removed', { name: m.displayName }),
                  );
              }}
            >
              {t.t('members.removeConfirm')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setRemoving(null)}>
              {t.t('ui.dialog.cancel')}
            </button>
          </>
        }
      >
        <p>
          {t.t('members.removeText', { name: removing?.displayName ?? '', email: removing?.email ?? '' })}
        </p>
      </Dialog>
    </div>
  );
}
