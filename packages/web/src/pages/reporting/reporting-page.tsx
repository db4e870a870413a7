/**
 * Partner reporting (issue 10): the organisation's reports per month with their state and due
 * dates (/reporting), the monthly form (/reporting/form/<framework>/<period>), the upload
 * (/reporting/upload/<framework>/<period>), the KoboToolbox/ODK import with its mapping step
 * (/reporting/kobo/<framework>/<period>), and for the cluster IMO the review of submitted
 * reports (/reporting/review/<framework>) and who reported (/reporting/completeness/<framework>).
 */
import { useEffect, useState, type ReactNode } from 'react';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { activeMembership } from '../../api/session';
import { Link, useRouter } from '../../app/router';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { StatusBadge } from '../../components/status-badge';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { CompletenessPage } from './completeness-page';
import { previousPeriod, recentPeriods, reminderFor, type FrameworkDto, type ReportDto } from './form-logic';
import { dayLabel, periodLabel, STATE_TONE } from './labels';
import { ReportForm } from './report-form';
import { ReviewPage } from './review-page';
import { KoboPage } from './kobo-page';
import { UploadPage } from './upload-page';
import './reporting.css';
import { TableScroll } from '../../components';

export const CLUSTER_ROLES = ['cluster-coordinator', 'cluster-imo'];
export const DATA_MANAGER_ROLES = [
  'cluster-coordinator',
  'cluster-imo',
  'partner-focal-point',
  'partner-im-officer',
];

/** This calendar month (a report may be drafted while the month runs). */
export function thisMonth(today = new Date()): string {
  return today.toISOString().slice(0, 7);
}

/** The month being reported now: the one before today's. */
export function currentPeriod(today = new Date()): string {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth(); // 0-based: the previous month's number
  return m === 0 ? `${y - 1}-12` : `${y}-${String(m).padStart(2, '0')}`;
}

export function useRoles() {
  const session = useAuthenticatedSession();
  const role = activeMembership(session)?.role;
  return {
    session,
    isCluster: role !== undefined && CLUSTER_ROLES.includes(role),
    canReport: role !== undefined && DATA_MANAGER_ROLES.includes(role),
  };
}

export default function ReportingPage() {
  const { location } = useRouter();
  const parts = location.pathname
    .replace(/^\/reporting\/?/, '')
    .split('/')
    .filter((p) => p !== '')
    .map(decodeURIComponent);
  const [view, code, period] = parts;
  if (view === 'form' && code && period) return <ReportForm code={code} period={period} />;
  if (view === 'upload' && code && period) return <UploadPage code={code} period={period} />;
  if (view === 'kobo' && code && period) return <KoboPage code={code} period={period} />;
  if (view === 'review' && code) return <ReviewPage code={code} />;
  if (view === 'completeness' && code) return <CompletenessPage code={code} />;
  return <ReportingHome />;
}

/** The pages' header with the module's links. */
export function ReportingHeader({ title, intro, code }: { title: string; intro?: ReactNode; code?: string }) {
  const { t } = useI18n();
  const { isCluster } = useRoles();
  return (
    <header className="page-header">
      <h1 tabIndex={-1}>{title}</h1>
      {intro && <p className="muted">{intro}</p>}
      <nav aria-label={t.t('rep.title')} className="actions reporting-links">
        <Link to={code ? `/reporting?framework=${encodeURIComponent(code)}` : '/reporting'}>
          {t.t('rep.nav.home')}
        </Link>
        {isCluster && code && (
          <>
            {' · '}
            <Link to={`/reporting/review/${encodeURIComponent(code)}`}>{t.t('rep.nav.review')}</Link>
            {' · '}
            <Link to={`/reporting/completeness/${encodeURIComponent(code)}`}>
              {t.t('rep.nav.completeness')}
            </Link>
          </>
        )}
      </nav>
    </header>
  );
}

type Load<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

function ReportingHome() {
  const { t } = useI18n();
  useDocumentTitle(t.t('rep.title'));
  const api = useApi();
  const { location, navigate } = useRouter();
  const { session, canReport } = useRoles();
  const [frameworks, setFrameworks] = useState<Load<FrameworkDto[]>>({ status: 'loading' });
  const [reports, setReports] = useState<Load<ReportDto[]>>({ status: 'loading' });
  const wanted = new URLSearchParams(location.search).get('framework');
  const list = frameworks.status === 'ready' ? frameworks.value : [];
  const framework = list.find((f) => f.code === wanted) ?? list[0];

  useEffect(() => {
    data(api.GET('/api/reporting/frameworks')).then(
      (value) => setFrameworks({ status: 'ready', value }),
      (error: unknown) => setFrameworks({ status: 'failed', error }),
    );
  }, [api]);

  useEffect(() => {
    if (!framework) return;
    setReports({ status: 'loading' });
    data(
      api.GET('/api/reporting/frameworks/{code}/reports', {
        params: { path: { code: framework.code }, query: {} },
      }),
    ).then(
      (value) => setReports({ status: 'ready', value }),
      (error: unknown) => setReports({ status: 'failed', error }),
    );
  }, [api, framework, session.activeOrganisationId]);

  // Months from when the framework asked for reports: the month before it was created, or the
  // organisation's first report if earlier (nothing is overdue before the cluster asked for it).
  const firstAsked = framework ? previousPeriod(framework.createdAt.slice(0, 7)) : thisMonth();
  const today = new Date().toISOString().slice(0, 10);
  const own =
    reports.status === 'ready'
      ? reports.value.filter((r) => r.organisationId === session.activeOrganisationId)
      : [];
  const start = [firstAsked, ...own.map((r) => r.period)].sort()[0]!;
  const periods = recentPeriods(thisMonth(), 7).filter((p) => p >= start);

  return (
    <div className="reporting-page">
      <ReportingHeader
        title={t.t('rep.title')}
        intro={t.t('rep.intro')}
        {...(framework ? { code: framework.code } : {})}
      />
      {frameworks.status === 'loading' && <p role="status">{t.t('common.loading')}</p>}
      {frameworks.status === 'failed' && <p role="alert">{describeError(t, frameworks.error)}</p>}
      {frameworks.status === 'ready' && list.length === 0 && (
        <p className="empty">{t.t('rep.noFrameworks')}</p>
      )}
      {framework && (
        <>
          {list.length > 1 && (
            <div className="field">
              <label htmlFor="rep-framework">{t.t('rep.framework')}</label>
              <select
                className="select"
                id="rep-framework"
                value={framework.code}
                onChange={(e) => navigate(`/reporting?framework=${encodeURIComponent(e.target.value)}`)}
              >
                {list.map((f) => (
                  <option key={f.code} value={f.code}>
                    {f.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <section className="card" aria-labelledby="rep-framework-name">
            <h2 id="rep-framework-name">{framework.name}</h2>
            <p className="muted">
              {t.t('rep.home.frameworkFacts', {
                indicators: framework.indicators.length,
                day: framework.dueDay,
              })}
            </p>
            <details>
              <summary>{t.t('rep.home.indicators')}</summary>
              <ul>
                {framework.indicators.map((i) => (
                  <li key={i.id}>
                    <strong>{i.activity}</strong> — {i.label} <span className="muted">({i.id})</span>
                  </li>
                ))}
              </ul>
            </details>
          </section>
          {canReport && reports.status === 'ready' && (
            <Reminders
              reminders={periods.flatMap((p) => {
                const r = own.find((x) => x.period === p);
                const due = r?.dueOn ?? dueOn(framework.dueDay, p);
                const reminder = reminderFor(r?.state ?? 'missing', due, today);
                return reminder ? [{ period: p, due, reminder }] : [];
              })}
            />
          )}
          <section className="card" aria-labelledby="rep-months">
            <h2 id="rep-months">{t.t('rep.home.months')}</h2>
            {reports.status === 'loading' && <p role="status">{t.t('common.loading')}</p>}
            {reports.status === 'failed' && <p role="alert">{describeError(t, reports.error)}</p>}
            {reports.status === 'ready' && (
              <TableScroll label={t.t('rep.home.monthsTable')}>
                <table className="reporting-table" data-testid="my-reports">
                  <thead>
                    <tr>
                      <th scope="col">{t.t('rep.home.period')}</th>
                      <th scope="col">{t.t('rep.home.state')}</th>
                      <th scope="col">{t.t('rep.home.due')}</th>
                      <th scope="col">{t.t('rep.home.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {periods.map((p) => {
                      const r = own.find((x) => x.period === p);
                      const state = r?.state ?? 'missing';
                      const due = r?.dueOn ?? dueOn(framework.dueDay, p);
                      const overdue = r ? r.overdue : due < new Date().toISOString().slice(0, 10);
                      const base = `${encodeURIComponent(framework.code)}/${p}`;
                      return (
                        <tr key={p} data-period={p}>
                          <th scope="row">{periodLabel(t, p)}</th>
                          <td>
                            <StatusBadge tone={STATE_TONE[state]}>{t.t(`rep.state.${state}`)}</StatusBadge>{' '}
                            {overdue && state !== 'submitted' && state !== 'approved' && (
                              <StatusBadge tone="danger">{t.t('rep.overdue')}</StatusBadge>
                            )}
                            {r && r.version > 1 && (
                              <span className="muted"> {t.t('rep.version', { version: r.version })}</span>
                            )}
                            {r?.state === 'returned' && r.returnComment && (
                              <p className="return-comment">
                                {t.t('rep.home.returned', { comment: r.returnComment })}
                              </p>
                            )}
                          </td>
                          <td>{dayLabel(t, due)}</td>
                          <td>
                            <Link to={`/reporting/form/${base}`}>
                              {canReport && state !== 'submitted'
                                ? t.t('rep.home.form')
                                : t.t('rep.home.view')}
                            </Link>
                            {canReport && state !== 'submitted' && (
                              <>
                                {' · '}
                                <Link to={`/reporting/upload/${base}`}>{t.t('rep.home.upload')}</Link>
                              </>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>
        </>
      )}
    </div>
  );
}

/** Due date of a period's report (the framework's day of the following month). */
export function dueOn(day: number, period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const year = m === 12 ? y + 1 : y;
  const month = m === 12 ? 1 : m + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Deadline reminders: reports due within two weeks or overdue, newest first. */
function Reminders({
  reminders,
}: {
  reminders: { period: string; due: string; reminder: NonNullable<ReturnType<typeof reminderFor>> }[];
}) {
  const { t } = useI18n();
  if (reminders.length === 0) return null;
  return (
    <section className="card reminders" aria-labelledby="rep-reminders" data-testid="reminders">
      <h2 id="rep-reminders">{t.t('rep.reminder.title')}</h2>
      <ul>
        {reminders.map(({ period, due, reminder }) => {
          const params = { period: periodLabel(t, period), date: dayLabel(t, due), count: reminder.days };
          return (
            <li
              key={period}
              data-period={period}
              className={reminder.kind === 'overdue' ? 'overdue' : undefined}
            >
              {reminder.kind === 'overdue'
                ? t.t('rep.reminder.overdue', params)
                : reminder.days === 0
                  ? t.t('rep.reminder.today', params)
                  : t.t('rep.reminder.due', params)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
