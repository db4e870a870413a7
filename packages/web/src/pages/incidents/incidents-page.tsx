/**
 * The data incident register (issue 11 §2): the one-minute short form, the organisation's list
 * with state and severity badges, a detail view with the next state the user's role may move to
 * (and the closing rule on linked agreements), and for cluster roles the anonymised summary.
 */
import { Guidance } from '../../guidance/guidance';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { describeError } from '../../api/describe-error';
import { ApiError } from '../../api/api-error';
import { data } from '../../api/steward-client';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { StatusBadge, type StatusTone } from '../../components/status-badge';
import type { MessageKey } from '../../i18n/dictionary';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { IncidentTypesSection, useTypeLabel, type IncidentType } from './incident-types';
import './incidents.css';
import { TableScroll } from '../../components';

/** The built-in types, until the API's list (with the cluster's own types) is here. */
const BUILT_IN: IncidentType[] = [
  'unauthorised-disclosure',
  'loss-or-theft',
  'unauthorised-access',
  'misuse',
  'near-miss',
  'other',
].map((code) => ({ code, builtIn: true, labels: null }));
const NEXT: Record<string, string | undefined> = {
  notified: 'classified',
  classified: 'in_treatment',
  in_treatment: 'closed',
  closed: 'learning_recorded',
};
const SEVERITIES = ['low', 'moderate', 'high', 'severe'] as const;
const MANAGER_ROLES = ['partner-focal-point', 'cluster-coordinator', 'cluster-imo'];
const CLUSTER_ROLES = ['cluster-coordinator', 'cluster-imo'];
const SEVERITY_TONE: Record<string, StatusTone> = {
  low: 'neutral',
  moderate: 'info',
  high: 'warning',
  severe: 'danger',
};
const STATE_TONE: Record<string, StatusTone> = {
  notified: 'warning',
  classified: 'info',
  in_treatment: 'info',
  closed: 'ok',
  learning_recorded: 'ok',
};

interface Duty {
  id: string;
  agreementReference: string;
  partner: string;
  done: boolean;
  channel: string | null;
}
interface Incident {
  id: string;
  organisation: string;
  title: string;
  type: string;
  personalData: boolean;
  description: string;
  severity: string;
  state: string;
  reportedAt: string;
  closureRationale: string | null;
  lessons: string | null;
  duties: Duty[];
  own: boolean;
  sharedWithCluster: boolean;
  sharedAt: string | null;
  clusterRecord: boolean;
}
/** A row of the list (GET /api/incidents): no detail; the detail view reads the full record. */
type ListItem = Pick<
  Incident,
  'id' | 'organisation' | 'title' | 'type' | 'personalData' | 'severity' | 'state' | 'reportedAt' | 'own'
>;
interface SummaryCell {
  code: string;
  count: number | null;
  status: 'published' | 'primary' | 'secondary';
}
interface Summary {
  threshold: number;
  tables: { dimension: string; total: SummaryCell; cells: SummaryCell[] }[];
}

type Message = { text: MessageKey; params?: Record<string, string> } | { error: unknown };

export default function IncidentsPage() {
  const { t } = useI18n();
  const api = useApi();
  const session = useAuthenticatedSession();
  useDocumentTitle(t.t('incidents.title'));
  const role = session.memberships.find((m) => m.organisationId === session.activeOrganisationId)?.role;
  const isManager = role !== undefined && MANAGER_ROLES.includes(role);
  const isCluster = role !== undefined && CLUSTER_ROLES.includes(role);
  const say = (key: string, params?: Record<string, string>) =>
    (t.t as unknown as (k: string, p?: Record<string, string>) => string)(key, params);

  const [items, setItems] = useState<ListItem[] | null>(null);
  const [types, setTypes] = useState<IncidentType[]>(BUILT_IN);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [selected, setSelected] = useState<Incident | null>(null);
  const [title, setTitle] = useState('');
  const [type, setType] = useState<string>('unauthorised-disclosure');
  const [personalData, setPersonalData] = useState<'yes' | 'no' | ''>('');
  const [reportMessage, setReportMessage] = useState<Message | null>(null);
  const [detailMessage, setDetailMessage] = useState<Message | null>(null);
  const [closureRationale, setClosureRationale] = useState('');
  const [lessons, setLessons] = useState('');
  const [severity, setSeverity] = useState('');
  const [severityReason, setSeverityReason] = useState('');
  const [channels, setChannels] = useState<Record<string, string>>({});

  const load = useCallback(async () => {
    const body = await data<{ items: ListItem[] }>(api.GET('/api/incidents') as never);
    setItems(body.items);
  }, [api]);

  // Another organisation: its own list, nothing of the previous one left open.
  useEffect(() => setSelected(null), [session.activeOrganisationId]);

  useEffect(() => {
    void data<{ items: IncidentType[] }>(api.GET('/api/incidents/types') as never).then(
      (body) => setTypes(body.items),
      () => setTypes(BUILT_IN),
    );
  }, [api, session.activeOrganisationId]);

  useEffect(() => {
    void load();
    if (isCluster)
      void data<Summary>(api.GET('/api/incidents/summary') as never).then(setSummary, () => setSummary(null));
    else setSummary(null);
  }, [api, load, isCluster, session.activeOrganisationId]);

  const open = (incident: Incident) => {
    setSelected(incident);
    setClosureRationale(incident.closureRationale ?? '');
    setLessons(incident.lessons ?? '');
    setSeverity(incident.severity);
    setSeverityReason('');
    setDetailMessage(null);
  };

  const select = async (item: ListItem) => {
    try {
      open(
        await data<Incident>(
          api.GET('/api/incidents/{id}', { params: { path: { id: item.id } } } as never) as never,
        ),
      );
    } catch (error) {
      setReportMessage({ error });
    }
  };

  const afterChange = async (incident: Incident, message: Message) => {
    open(incident);
    setDetailMessage(message);
    await load();
  };

  const report = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const created = await data<Incident>(
        api.POST('/api/incidents', {
          body: { title, type, personalData: personalData === 'yes' },
        } as never) as never,
      );
      setTitle('');
      setPersonalData('');
      setReportMessage({ text: 'incidents.report.done' });
      await load();
      open(created);
    } catch (error) {
      setReportMessage({ error });
    }
  };

  const saveDetails = async () => {
    if (!selected) return;
    try {
      const out = await data<Incident>(
        api.PATCH('/api/incidents/{id}', {
          params: { path: { id: selected.id } },
          body: { closureRationale, lessons },
        } as never) as never,
      );
      await afterChange(out, { text: 'incidents.detail.saved' });
    } catch (error) {
      setDetailMessage({ error });
    }
  };

  const move = async (to: string) => {
    if (!selected) return;
    try {
      const out = await data<Incident>(
        api.POST('/api/incidents/{id}/state', {
          params: { path: { id: selected.id } },
          body: { state: to },
        } as never) as never,
      );
      await afterChange(out, { text: 'incidents.moved', params: { state: say(`incidents.state.${to}`) } });
    } catch (error) {
      setDetailMessage({ error });
    }
  };

  const changeSeverity = async () => {
    if (!selected) return;
    try {
      const out = await data<Incident>(
        api.POST('/api/incidents/{id}/severity', {
          params: { path: { id: selected.id } },
          body: { severity, ...(severityReason.trim() ? { reason: severityReason } : {}) },
        } as never) as never,
      );
      await afterChange(out, { text: 'incidents.detail.saved' });
    } catch (error) {
      setDetailMessage({ error });
    }
  };

  const markDone = async (duty: Duty) => {
    if (!selected) return;
    try {
      const out = await data<Incident>(
        api.POST('/api/incidents/{id}/duties/{dutyId}/done', {
          params: { path: { id: selected.id, dutyId: duty.id } },
          body: { channel: channels[duty.id] ?? '' },
        } as never) as never,
      );
      await afterChange(out, { text: 'incidents.detail.saved' });
    } catch (error) {
      setDetailMessage({ error });
    }
  };

  /** Shares the full record with the cluster, or withdraws it (the cluster keeps only the summary). */
  const setSharing = async (share: boolean) => {
    if (!selected) return;
    const params = { params: { path: { id: selected.id } } } as never;
    try {
      const out = await data<Incident>(
        (share
          ? api.POST('/api/incidents/{id}/share', params)
          : api.DELETE('/api/incidents/{id}/share', params)) as never,
      );
      await afterChange(out, { text: share ? 'incidents.share.done' : 'incidents.share.withdrawn' });
    } catch (error) {
      setDetailMessage({ error });
    }
  };

  const sharing = (i: Incident) => {
    if (i.clusterRecord) return null;
    if (!i.own) {
      return i.sharedWithCluster ? (
        <p data-testid="incident-sharing">
          {say('incidents.share.sharedBy', { organisation: i.organisation })}
        </p>
      ) : null;
    }
    return (
      <section className="incident-sharing" aria-labelledby="incident-sharing-title">
        <h3 id="incident-sharing-title">{t.t('incidents.share.title')}</h3>
        <p data-testid="incident-sharing">
          {i.sharedWithCluster
            ? say('incidents.share.shared', {
                date: i.sharedAt ? t.date(new Date(i.sharedAt), { dateStyle: 'medium' }) : '',
              })
            : t.t('incidents.share.notShared')}
        </p>
        {isManager && (
          <p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void setSharing(!i.sharedWithCluster)}
            >
              {t.t(i.sharedWithCluster ? 'incidents.share.withdraw' : 'incidents.share.share')}
            </button>
          </p>
        )}
      </section>
    );
  };

  const render = (m: Message) => {
    if ('text' in m) return say(m.text, m.params);
    const text = describeError(t, m.error);
    const pending = m.error instanceof ApiError ? m.error.details.pending : undefined;
    return Array.isArray(pending)
      ? `${text} ${say('incidents.rule.pending', { list: pending.join(', ') })}`
      : text;
  };

  const badges = (i: ListItem) => (
    <>
      <StatusBadge tone={SEVERITY_TONE[i.severity] ?? 'neutral'} testId="severity">
        {say(`incidents.severity.${i.severity}`)}
      </StatusBadge>{' '}
      <StatusBadge tone={STATE_TONE[i.state] ?? 'neutral'} testId="state">
        {say(`incidents.state.${i.state}`)}
      </StatusBadge>
    </>
  );

  const typeLabel = useTypeLabel(types);

  const detail = (i: Incident) => {
    const next = NEXT[i.state];
    const pending = i.duties.filter((d) => !d.done).map((d) => d.agreementReference);
    return (
      <section
        className="incident-detail"
        aria-labelledby="incident-detail-title"
        data-testid="incident-detail"
      >
        <h2 id="incident-detail-title">{t.t('incidents.detail.title')}</h2>
        <p>
          <button type="button" className="button button-secondary" onClick={() => setSelected(null)}>
            {t.t('incidents.detail.close')}
          </button>
        </p>
        <h3 dir="auto">{i.title}</h3>
        <p>
          {typeLabel(i.type)} · {i.organisation} · {badges(i)}
        </p>
        <p>
          {t.t('incidents.detail.personalData')}: {t.t(i.personalData ? 'incidents.yes' : 'incidents.no')}
        </p>
        {i.description && (
          <p dir="auto">
            <strong>{t.t('incidents.detail.description')}:</strong> {i.description}
          </p>
        )}
        {i.own && isManager && (
          <fieldset className="field incident-severity">
            <legend>{t.t('incidents.severity.change')}</legend>
            <label>
              <span>{t.t('incidents.col.severity')}</span>{' '}
              <select value={severity} onChange={(e) => setSeverity(e.target.value)}>
                {SEVERITIES.map((v) => (
                  <option key={v} value={v}>
                    {say(`incidents.severity.${v}`)}
                  </option>
                ))}
              </select>
            </label>{' '}
            <label>
              <span>{t.t('incidents.severity.reason')}</span>{' '}
              <input value={severityReason} onChange={(e) => setSeverityReason(e.target.value)} />
            </label>{' '}
            <button type="button" className="button button-secondary" onClick={() => void changeSeverity()}>
              {t.t('incidents.severity.apply')}
            </button>
          </fieldset>
        )}
        {sharing(i)}
        <h3>{t.t('incidents.duties.title')}</h3>
        {i.personalData && (
          <p className="incident-rule" data-testid="closing-rule">
            {t.t('incidents.rule.closing')}
            {pending.length > 0 && <> {say('incidents.rule.pending', { list: pending.join(', ') })}</>}
          </p>
        )}
        {i.duties.length === 0 ? (
          <p>{t.t('incidents.duties.none')}</p>
        ) : (
          <ul>
            {i.duties.map((d) => (
              <li key={d.id} data-duty={d.agreementReference}>
                {d.agreementReference} ({d.partner}):{' '}
                <StatusBadge tone={d.done ? 'ok' : 'warning'}>
                  {t.t(d.done ? 'incidents.duties.done' : 'incidents.duties.pending')}
                </StatusBadge>
                {d.done && d.channel ? ` — ${d.channel}` : ''}
                {!d.done && i.own && isManager && (
                  <span className="field">
                    <label>
                      <span>{say('incidents.duties.channel', { partner: d.partner })}</span>{' '}
                      <input
                        value={channels[d.id] ?? ''}
                        onChange={(e) => setChannels({ ...channels, [d.id]: e.target.value })}
                      />
                    </label>{' '}
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => void markDone(d)}
                    >
                      {t.t('incidents.duties.markDone')}
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        {i.own ? (
          <>
            <label className="field">
              <span>{t.t('incidents.detail.closureRationale')}</span>
              <textarea value={closureRationale} onChange={(e) => setClosureRationale(e.target.value)} />
            </label>
            <label className="field">
              <span>{t.t('incidents.detail.lessons')}</span>
              <textarea value={lessons} onChange={(e) => setLessons(e.target.value)} />
            </label>
            <p>
              <button type="button" className="button button-secondary" onClick={() => void saveDetails()}>
                {t.t('incidents.detail.save')}
              </button>{' '}
              {next && isManager && (
                <button type="button" className="button button-primary" onClick={() => void move(next)}>
                  {say(`incidents.move.${next}`)}
                </button>
              )}
            </p>
            {next && !isManager && <p>{t.t('incidents.detail.notManager')}</p>}
          </>
        ) : (
          <p>{t.t('incidents.detail.notOwn')}</p>
        )}
        {detailMessage && (
          <p role="status" data-testid="incident-message">
            {render(detailMessage)}
          </p>
        )}
      </section>
    );
  };

  return (
    <section className="page incidents-page">
      <h1>{t.t('incidents.title')}</h1>
      <p>{t.t('incidents.intro')}</p>
      <form
        className="card incident-report"
        onSubmit={(e) => void report(e)}
        aria-labelledby="incident-report-title"
      >
        <h2 id="incident-report-title">{t.t('incidents.report.title')}</h2>
        <Guidance id="incidents.report" />
        <label className="field">
          <span>{t.t('incidents.report.name')}</span>
          <input required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="field">
          <span>{t.t('incidents.report.type')}</span>
          <select value={type} onChange={(e) => setType(e.target.value)}>
            {types.map(({ code }) => (
              <option key={code} value={code}>
                {typeLabel(code)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field incident-personal-data">
          <legend>{t.t('incidents.report.personalData')}</legend>
          {(['yes', 'no'] as const).map((v) => (
            <label key={v}>
              <input
                type="radio"
                name="personal-data"
                required
                checked={personalData === v}
                onChange={() => setPersonalData(v)}
              />{' '}
              {t.t(v === 'yes' ? 'incidents.yes' : 'incidents.no')}
            </label>
          ))}
        </fieldset>
        <p>
          <button type="submit" className="button button-primary">
            {t.t('incidents.report.submit')}
          </button>
        </p>
        {reportMessage && (
          <p role="status" data-testid="report-message">
            {render(reportMessage)}
          </p>
        )}
      </form>
      {selected && detail(selected)}
      <h2 id="incidents-list-title">{t.t('incidents.list.title')}</h2>
      {items === null ? (
        <p>{t.t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t.t('incidents.list.empty')}</p>
      ) : (
        <TableScroll labelledBy="incidents-list-title">
          <table className="incidents-list">
            <thead>
              <tr>
                <th scope="col">{t.t('incidents.col.title')}</th>
                <th scope="col">{t.t('incidents.col.type')}</th>
                <th scope="col">{t.t('incidents.col.organisation')}</th>
                <th scope="col">{t.t('incidents.col.reported')}</th>
                <th scope="col">{t.t('incidents.col.severity')}</th>
                <th scope="col">{t.t('incidents.col.state')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id} data-incident={i.id}>
                  <td dir="auto">
                    <button type="button" className="incident-link" onClick={() => void select(i)}>
                      {i.title}
                    </button>
                  </td>
                  <td>{typeLabel(i.type)}</td>
                  <td>{i.organisation}</td>
                  <td>{i.reportedAt.slice(0, 10)}</td>
                  <td>
                    <StatusBadge tone={SEVERITY_TONE[i.severity] ?? 'neutral'}>
                      {say(`incidents.severity.${i.severity}`)}
                    </StatusBadge>
                  </td>
                  <td>
                    <StatusBadge tone={STATE_TONE[i.state] ?? 'neutral'}>
                      {say(`incidents.state.${i.state}`)}
                    </StatusBadge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {role !== undefined && CLUSTER_ROLES.includes(role) && (
        <IncidentTypesSection
          types={types}
          onAdded={(added) => setTypes([...types, added])}
          onChanged={(changed) => setTypes(types.map((x) => (x.code === changed.code ? changed : x)))}
        />
      )}
      {summary && (
        <>
          <h2>{t.t('incidents.summary.title')}</h2>
          <p>{say('incidents.summary.intro', { threshold: String(summary.threshold) })}</p>
          {summary.tables.map((table) => (
            <table key={table.dimension} className="incidents-summary" data-dimension={table.dimension}>
              <caption>{say(`incidents.summary.dimension.${table.dimension}`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.t('incidents.summary.category')}</th>
                  <th scope="col">{t.t('incidents.summary.count')}</th>
                </tr>
              </thead>
              <tbody>
                {[...table.cells, table.total].map((cell) => (
                  <tr key={cell.code}>
                    <th scope="row">
                      {cell === table.total
                        ? t.t('incidents.summary.total')
                        : table.dimension === 'type'
                          ? typeLabel(cell.code)
                          : (t.tryT(`incidents.${table.dimension}.${cell.code}`) ?? cell.code)}
                    </th>
                    <td data-status={cell.status}>
                      {cell.count === null ? t.t('incidents.summary.suppressed') : t.number(cell.count)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </>
      )}
    </section>
  );
}
