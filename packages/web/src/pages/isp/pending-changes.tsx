/**
 * The two-person rule on the ISP page: a change of the protocol in force that lowers protection
 * waits for a second person with a cluster role. Shows each pending request, how the successor
 * protects less, and — to another cluster role than the requester — Approve and Reject.
 */
import { AGGREGATION_LEVELS, DATA_TYPES, RECIPIENT_CLASSES } from '@steward/core/vocabulary/index';
import type { IspVersion, Relaxation } from './isp-api';
import type { Translator } from '../../i18n/locales';
import { useI18n } from '../../i18n/i18n-context';
import { showDate, termLabel } from '../registry/shared';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';

export function describeRelaxation(t: Translator, r: Relaxation): string {
  const where = [
    r.dataType ? termLabel(t, DATA_TYPES, r.dataType) : null,
    r.aggregation ? termLabel(t, AGGREGATION_LEVELS, r.aggregation) : null,
    r.recipient ? termLabel(t, RECIPIENT_CLASSES, r.recipient) : null,
  ]
    .filter((x): x is string => x !== null)
    .join(' · ');
  const what =
    t.tryT(`isp.relax.${r.kind}`, {
      subject: r.subject ?? '',
      from: String(r.from ?? ''),
      to: String(r.to ?? ''),
    }) ?? r.kind;
  return where ? `${where}: ${what}` : what;
}

export function PendingChanges({
  version,
  userId,
  canDecide,
  busy,
  run,
}: {
  version: IspVersion;
  userId: string;
  canDecide: boolean;
  busy: boolean;
  run: (action: () => Promise<IspVersion>, ok: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const api = useApi();
  const pending = version.pendingChanges ?? [];
  if (pending.length === 0) return null;
  return (
    <section className="card" aria-labelledby="pending-heading" data-testid="isp-pending-changes">
      <h2 id="pending-heading">{t.t('isp.twoPerson.heading')}</h2>
      {pending.map((p) => {
        const mine = p.requestedBy === userId;
        return (
          <div key={p.id} data-testid="isp-pending-change">
            <p>
              {t.t(mine ? 'isp.twoPerson.requestedByYou' : 'isp.twoPerson.requestedByOther', {
                date: showDate(t, p.requestedAt.slice(0, 10)),
              })}
            </p>
            <ul className="lint-list">
              {p.relaxations.slice(0, 10).map((r, i) => (
                <li key={i}>{describeRelaxation(t, r)}</li>
              ))}
              {p.relaxations.length > 10 && (
                <li>{t.t('isp.lint.more', { count: p.relaxations.length - 10 })}</li>
              )}
            </ul>
            {canDecide && !mine && (
              <div className="actions">
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy}
                  onClick={() =>
                    run(
                      () =>
                        data(
                          api.POST('/api/isp/status-requests/{id}/approve', {
                            params: { path: { id: p.id } },
                          }),
                        ),
                      t.t('isp.twoPerson.approved'),
                    )
                  }
                >
                  {t.t('isp.twoPerson.approve')}
                </button>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={busy}
                  onClick={() =>
                    run(
                      () =>
                        data(
                          api.POST('/api/isp/status-requests/{id}/reject', {
                            params: { path: { id: p.id } },
                          }),
                        ),
                      t.t('isp.twoPerson.rejected'),
                    )
                  }
                >
                  {t.t('isp.twoPerson.reject')}
                </button>
              </div>
            )}
            {canDecide && mine && <p className="notice">{t.t('isp.twoPerson.waitForOther')}</p>}
          </div>
        );
      })}
    </section>
  );
}
