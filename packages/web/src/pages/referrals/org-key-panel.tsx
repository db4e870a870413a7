/**
 * The organisation's referral key (/referrals/keys): a partner focal point creates it when there is
 * none; holders grant it to colleagues who have their own key (after comparing fingerprints); a
 * focal point revokes a colleague's copy and then rotates the key, so that the colleague cannot
 * read future referrals (design note §3.5). A focal point without a copy recovers it with the printed
 * recovery code (recover-panel.tsx). Every private key is opened and sealed on this device.
 */
import { useState } from 'react';
import { can, isRole } from '@steward/core/auth/permissions';
import { grantOrgKey } from '@steward/core/referrals/index';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { DataTable, Dialog, StatusBadge, type Column } from '../../components';
import { useI18n } from '../../i18n/i18n-context';
import { lockKeyring } from './keyring';
import { RecoverPanel } from './recover-panel';
import { OrgKeyCreation } from './recovery-step';
import { useReferrals } from './referrals-context';
import type { KeyStatus } from './referral-types';

type Member = KeyStatus['members'][number];
type Pending = { kind: 'grant' | 'revoke'; member: Member } | null;

export function OrgKeyPanel({ status }: { status: KeyStatus }) {
  const { t } = useI18n();
  const api = useApi();
  const { owner, role, acronym, keyring, reloadKeys } = useReferrals();
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const [revokedName, setRevokedName] = useState<string | null>(null);
  const isFocal = role === 'partner-focal-point';
  const orgKey = status.organisationKey;
  const me = status.members.find((m) => m.userId === owner?.userId);
  const holds = me?.holdsCurrentKey === true;
  // Who rotates: core's permissions table (decision 0017 addendum), the rule the server enforces;
  // rotating also needs the current key (to seal the older keys into the new one).
  const mayRotate = holds && isRole(role) && can(role, 'referral.key-rotate');
  const orgPrivate = orgKey && keyring ? keyring.keys.get(orgKey.keyId) : undefined;

  // The new status first, then the message: what the message says is already on the page.
  const done = async (text: string) => {
    await reloadKeys();
    setMessage({ tone: 'ok', text });
  };

  const confirm = async () => {
    if (!pending || !orgKey) return;
    setBusy(true);
    setMessage(null);
    try {
      if (pending.kind === 'grant') {
        if (!orgPrivate || !pending.member.publicKey) throw new Error('locked');
        const grant = await grantOrgKey(orgKey.keyId, orgPrivate, {
          userId: pending.member.userId,
          publicKey: pending.member.publicKey,
        });
        await data(
          api.POST('/api/referrals/keys/grants', {
            body: { keyId: orgKey.keyId, userId: pending.member.userId, box: grant.sealed },
          }),
        );
        await done(t.t('refkeys.members.granted', { name: pending.member.displayName }));
      } else {
        await data(
          api.DELETE('/api/referrals/keys/grants/{id}', { params: { path: { id: pending.member.userId } } }),
        );
        setRevokedName(pending.member.displayName);
        await done(t.t('refkeys.members.revoked', { name: pending.member.displayName }));
      }
    } catch (error) {
      setMessage({ tone: 'error', text: describeError(t, error) });
    } finally {
      setBusy(false);
      setPending(null);
    }
  };

  const columns: Column<Member>[] = [
    {
      key: 'name',
      header: t.t('refkeys.members.name'),
      rowHeader: true,
      sortValue: (m) => m.displayName,
      cell: (m) => (
        <span data-member={m.displayName}>
          {m.displayName}
          {m.userId === owner?.userId ? ` ${t.t('refkeys.members.you')}` : ''}
        </span>
      ),
    },
    {
      key: 'role',
      header: t.t('refkeys.members.role'),
      sortValue: (m) => m.role,
      cell: (m) => t.t(`role.${m.role}`),
    },
    {
      key: 'fingerprint',
      header: t.t('refkeys.members.fingerprint'),
      cell: (m) =>
        m.fingerprint ? (
          <span dir="ltr" className="ref-mono">
            {m.fingerprint}
          </span>
        ) : (
          <span className="muted">{t.t('refkeys.members.noKey')}</span>
        ),
    },
    {
      key: 'access',
      header: t.t('refkeys.members.access'),
      sortValue: (m) => (m.holdsCurrentKey ? 0 : m.publicKey ? 1 : 2),
      cell: (m) => (
        <span data-access={m.holdsCurrentKey ? 'holder' : m.publicKey ? 'waiting' : 'no-key'}>
          <StatusBadge tone={m.holdsCurrentKey ? 'ok' : m.publicKey ? 'warning' : 'neutral'}>
            {t.t(
              m.holdsCurrentKey
                ? 'refkeys.members.holder'
                : m.publicKey
                  ? 'refkeys.members.waiting'
                  : 'refkeys.members.noAccess',
            )}
          </StatusBadge>
        </span>
      ),
    },
    {
      key: 'actions',
      header: t.t('refkeys.members.actions'),
      cell: (m) => {
        if (m.userId === owner?.userId) return null;
        if (!m.holdsCurrentKey && m.publicKey && holds)
          return orgPrivate ? (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setPending({ kind: 'grant', member: m })}
            >
              {t.t('refkeys.members.grant', { name: m.displayName })}
            </button>
          ) : (
            <span className="muted small">{t.t('refkeys.members.unlockToGrant')}</span>
          );
        if (m.holdsCurrentKey && isFocal)
          return (
            <button
              type="button"
              className="button button-secondary"
              aria-label={t.t('refkeys.members.revoke', { name: m.displayName })}
              onClick={() => setPending({ kind: 'revoke', member: m })}
            >
              {t.t('refkeys.revoke.confirm')}
            </button>
          );
        return null;
      },
    },
  ];

  const holders = status.members
    .filter((m) => m.holdsCurrentKey && m.publicKey)
    .map((m) => ({ userId: m.userId, publicKey: m.publicKey! }));

  return (
    <section className="card ref-keys-section" aria-labelledby="refkeys-org-title" data-testid="org-key">
      <h2 id="refkeys-org-title">{t.t('refkeys.org.title', { organisation: acronym })}</h2>
      {message && (
        <p
          className={message.tone === 'ok' ? 'notice' : 'alert'}
          role={message.tone === 'ok' ? 'status' : 'alert'}
          data-testid="org-key-message"
        >
          {message.text}
        </p>
      )}
      {!orgKey ? (
        <>
          <p className="notice" data-testid="no-org-key">
            {t.t('refkeys.org.none', { organisation: acronym })}
          </p>
          {isFocal && status.userKey && owner && (
            <OrgKeyCreation
              mode="create"
              acronym={acronym}
              holders={[{ userId: owner.userId, publicKey: status.userKey.publicKey }]}
              onDone={({ fingerprint }) => done(t.t('refkeys.org.created', { fingerprint }))}
            />
          )}
          {isFocal && !status.userKey && <p>{t.t('refkeys.org.ownKeyFirst')}</p>}
          {!isFocal && <p>{t.t('refkeys.org.askFocalPoint')}</p>}
        </>
      ) : (
        <>
          <dl className="ref-fields">
            <dt>{t.t('referrals.keys.orgFingerprint')}</dt>
            <dd dir="ltr" className="ref-mono" data-testid="org-key-fingerprint">
              {orgKey.fingerprint}
            </dd>
          </dl>
          {orgKey.rotationRequired && (
            <p className="alert" role="alert" data-testid="rotation-required">
              {t.t('refkeys.rotate.required', { organisation: acronym })}
            </p>
          )}
          <p data-testid="org-key-holding">
            {t.t(
              holds
                ? 'refkeys.org.youHold'
                : status.userKey
                  ? 'refkeys.org.askGrant'
                  : 'refkeys.org.createOwnFirst',
            )}
          </p>
          {!holds && isFocal && status.userKey && owner && (
            <RecoverPanel
              status={status}
              userId={owner.userId}
              onDone={({ fingerprint, rotationRequired }) =>
                done(
                  t.t(rotationRequired ? 'refkeys.recover.doneRotate' : 'refkeys.recover.done', {
                    fingerprint,
                  }),
                )
              }
            />
          )}
          <h3>{t.t('refkeys.members.title')}</h3>
          <p className="muted">{t.t('refkeys.members.intro')}</p>
          <DataTable
            caption={t.t('refkeys.members.title')}
            columns={columns}
            rows={status.members}
            rowKey={(m) => m.userId}
            empty={t.t('refkeys.members.empty')}
            testId="key-members"
          />
          {revokedName && mayRotate && (
            <p className="alert" role="alert" data-testid="rotate-now">
              {t.t('refkeys.rotate.afterRevoke', { name: revokedName })}
            </p>
          )}
          {mayRotate && (
            <details className="ref-keys-details" open={revokedName !== null || orgKey.rotationRequired}>
              <summary>{t.t('refkeys.rotate.title')}</summary>
              {keyring ? (
                <OrgKeyCreation
                  mode="rotate"
                  acronym={acronym}
                  holders={holders}
                  previous={keyring.keys}
                  onDone={async ({ fingerprint }) => {
                    setRevokedName(null);
                    lockKeyring(); // the new key opens at the next unlock
                    await done(t.t('refkeys.rotate.done', { fingerprint }));
                  }}
                />
              ) : (
                <p className="muted">{t.t('refkeys.rotate.unlockFirst')}</p>
              )}
            </details>
          )}
        </>
      )}
      <Dialog
        open={pending !== null}
        title={
          pending
            ? t.t(pending.kind === 'grant' ? 'refkeys.grant.title' : 'refkeys.revoke.title', {
                name: pending.member.displayName,
              })
            : ''
        }
        onClose={() => setPending(null)}
        testId="key-dialog"
        actions={
          <>
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void confirm()}
            >
              {pending?.kind === 'revoke' ? t.t('refkeys.revoke.confirm') : t.t('refkeys.grant.confirm')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setPending(null)}>
              {t.t('refkeys.cancel')}
            </button>
          </>
        }
      >
        {pending?.kind === 'grant' && (
          <>
            <p>{t.t('refkeys.grant.text', { name: pending.member.displayName })}</p>
            <p dir="ltr" className="ref-mono ref-recovery-code" data-testid="grant-fingerprint">
              {pending.member.fingerprint}
            </p>
          </>
        )}
        {pending?.kind === 'revoke' && (
          <>
            <p>{t.t('refkeys.revoke.text', { name: pending.member.displayName })}</p>
            <p>{t.t('refkeys.revoke.rotation')}</p>
          </>
        )}
      </Dialog>
    </section>
  );
}
