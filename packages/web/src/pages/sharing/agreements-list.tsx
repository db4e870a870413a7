/**
 * The organisation's agreements (status, download while active, revoke) and, for cluster roles,
 * the cluster-level overview without asset contents.
 */
import { useState, type FormEvent } from 'react';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { activeMembership } from '../../api/session';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { useI18n } from '../../i18n/i18n-context';
import { DATA_TYPES } from '@steward/core/vocabulary/index';
import {
  Field,
  LoadView,
  SensitivityBadge,
  showDate,
  termLabel,
  todayIso,
  useLoad,
} from '../registry/shared';
import { conditionLabel } from './condition-label';
import { agreementDownloadUrl, type Agreement } from './sharing-api';
import { DownloadButton, TableScroll } from '../../components';
import { shownStatus } from './sharing-logic';

export function AgreementsList({ version, onChanged }: { version: number; onChanged: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const session = useAuthenticatedSession();
  const acronym = activeMembership(session)?.acronym;
  const [state, retry] = useLoad(() => data(api.GET('/api/agreements')), [api, version]);
  const today = todayIso();
  return (
    <section className="card" aria-labelledby="agreements-heading">
      <h2 id="agreements-heading">{t.t('share.agreements.heading')}</h2>
      <LoadView state={state} retry={retry}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="muted" data-testid="agreements-empty">
              {t.t('share.agreements.empty')}
            </p>
          ) : (
            <TableScroll>
              <table className="table" data-testid="agreements-table">
                <caption className="visually-hidden">{t.t('share.agreements.heading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.t('share.col.reference')}</th>
                    <th scope="col">{t.t('share.col.asset')}</th>
                    <th scope="col">{t.t('share.col.parties')}</th>
                    <th scope="col">{t.t('share.col.period')}</th>
                    <th scope="col">{t.t('share.col.status')}</th>
                    <th scope="col">{t.t('share.col.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((a) => (
                    <AgreementRow
                      key={a.id}
                      agreement={a}
                      today={today}
                      isRecipient={a.recipientOrganisation === acronym}
                      isProvider={a.providerOrganisation === acronym}
                      onChanged={onChanged}
                    />
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )
        }
      </LoadView>
    </section>
  );
}

function AgreementRow({
  agreement: a,
  today,
  isRecipient,
  isProvider,
  onChanged,
}: {
  agreement: Agreement;
  today: string;
  isRecipient: boolean;
  isProvider: boolean;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const [revoking, setRevoking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const status = shownStatus(a, today);

  const revoke = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t.t('share.error.required'));
      return;
    }
    try {
      await data(
        api.POST('/api/agreements/{id}/revoke', {
          params: { path: { id: a.id } },
          body: { reason: reason.trim() },
        }),
      );
      onChanged();
    } catch (e) {
      setError(describeError(t, e));
    }
  };

  return (
    <tr id={`agreement-${a.id}`} data-testid="agreement-row" data-status={a.status}>
      <th scope="row">
        <code className="reference">{a.reference}</code>
      </th>
      <td>
        {a.entryTitle}
        <p className="muted small">{a.purpose}</p>
        {a.conditions.length > 0 && (
          <p className="small">{a.conditions.map((c) => conditionLabel(t, c)).join(t.t('reg.listSep'))}</p>
        )}
      </td>
      <td>
        {t.t('share.parties', { provider: a.providerOrganisation, recipient: a.recipientOrganisation })}
      </td>
      <td>
        {showDate(t, a.startsOn)} – {showDate(t, a.expiresOn)}
      </td>
      <td>
        <span className={`badge agr-${status}`} data-testid="agreement-status">
          {t.t(`share.status.${status}`)}
        </span>
        {a.revokedReason && <p className="muted small">{a.revokedReason}</p>}
      </td>
      <td>
        <div className="actions-col">
          {isRecipient && a.status === 'active' && (a.fileId || a.includesLaterVersions) && (
            <DownloadButton href={agreementDownloadUrl(a.id)} fileName={`${a.reference}.csv`}>
              {t.t('share.download')}
            </DownloadButton>
          )}
          {isRecipient && a.status === 'active' && !a.fileId && !a.includesLaterVersions && (
            <span className="muted small" data-testid="no-file-approved">
              {t.t('share.noFileApproved')}
            </span>
          )}
          {isRecipient && a.status !== 'active' && (
            <span className="muted small">{t.t('share.downloadClosed')}</span>
          )}
          {(isProvider || isRecipient) && a.status === 'active' && !revoking && (
            <button type="button" className="button button-secondary" onClick={() => setRevoking(true)}>
              {t.t('share.revoke')}
            </button>
          )}
          {revoking && (
            <form noValidate onSubmit={revoke} className="subform" aria-label={t.t('share.revoke')}>
              <Field id={`revoke-${a.id}`} label={t.t('share.revokeReason')} {...(error ? { error } : {})}>
                {(props) => (
                  <input {...props} type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
                )}
              </Field>
              <button type="submit" className="button button-primary">
                {t.t('share.revokeConfirm')}
              </button>
            </form>
          )}
        </div>
      </td>
    </tr>
  );
}

export function ClusterOverview({ version }: { version: number }) {
  const { t } = useI18n();
  const api = useApi();
  const [state, retry] = useLoad(() => data(api.GET('/api/cluster/agreements')), [api, version]);
  const today = todayIso();
  return (
    <section className="card" aria-labelledby="cluster-heading" data-testid="cluster-overview">
      <h2 id="cluster-heading">{t.t('share.cluster.heading')}</h2>
      <p className="muted">{t.t('share.cluster.intro')}</p>
      <LoadView state={state} retry={retry}>
        {(data) => (
          <>
            <p>{t.t('share.cluster.expiring', { count: data.expiringSoon })}</p>
            {data.items.length === 0 ? (
              <p className="muted">{t.t('share.agreements.empty')}</p>
            ) : (
              <TableScroll>
                <table className="table">
                  <caption className="visually-hidden">{t.t('share.cluster.heading')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.t('share.col.reference')}</th>
                      <th scope="col">{t.t('reg.col.dataTypes')}</th>
                      <th scope="col">{t.t('reg.col.sensitivity')}</th>
                      <th scope="col">{t.t('share.col.parties')}</th>
                      <th scope="col">{t.t('share.col.status')}</th>
                      <th scope="col">{t.t('share.approve.expiresOn')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((a) => {
                      const status = shownStatus(a, today);
                      return (
                        <tr key={a.id}>
                          <th scope="row">
                            <code>{a.reference}</code>
                          </th>
                          <td>
                            {a.dataTypes.map((d) => termLabel(t, DATA_TYPES, d)).join(t.t('reg.listSep'))}
                          </td>
                          <td>
                            <SensitivityBadge level={a.sensitivity} />
                          </td>
                          <td>{t.t('share.parties', { provider: a.provider, recipient: a.recipient })}</td>
                          <td>
                            <span className={`badge agr-${status}`}>{t.t(`share.status.${status}`)}</span>
                          </td>
                          <td>{showDate(t, a.expiresOn)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </>
        )}
      </LoadView>
    </section>
  );
}
