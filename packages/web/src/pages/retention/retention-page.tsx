/**
 * Retention and destruction (issue 11 §4, principle 11): the organisation's retention tasks (due,
 * overdue = escalated, scheduled, destroyed), the owner's approval of destruction (after the
 * checklist) and "destroy now", the tombstones of what was destroyed, the recipients'
 * confirmations for shared copies; the form that sets a schedule on an entry or an agreement; and
 * the copies of other organisations' data this organisation must destroy and confirm.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { describeError } from '../../api/describe-error';
import { data, type components } from '../../api/steward-client';
import { useRouter } from '../../app/router';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { FormField, StatusBadge, type StatusTone, TableScroll } from '../../components';
import { Guidance } from '../../guidance/guidance';
import { RiskChecklist, checklistComplete, type ChecklistState } from '../../guidance/risk-checklist';
import type { MessageKey } from '../../i18n/dictionary';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { showDate } from '../registry/shared';
import './retention.css';

type Schedule = components['schemas']['RetentionSchedule'];
type Copy = components['schemas']['RetentionCopy'];
type Agreement = components['schemas']['Agreement'];
interface EntryOption {
  id: string;
  title: string;
  organisationId: string;
}

const TRIGGERS = ['collection', 'case-closure', 'agreement-end'] as const;
const MANAGER_ROLES = ['cluster-coordinator', 'cluster-imo', 'partner-focal-point', 'partner-im-officer'];
const STATUS_TONE: Record<Schedule['status'], StatusTone> = {
  scheduled: 'neutral',
  due: 'warning',
  overdue: 'danger',
  destroyed: 'ok',
};
type Message = { key: MessageKey; params?: Record<string, string | number> } | { error: unknown };

interface Draft {
  target: string;
  periodMonths: string;
  trigger: (typeof TRIGGERS)[number];
  triggerOn: string;
  destructionMethod: string;
}
const EMPTY: Draft = {
  target: '',
  periodMonths: '',
  trigger: 'collection',
  triggerOn: '',
  destructionMethod: '',
};

export default function RetentionPage() {
  const { t } = useI18n();
  const api = useApi();
  const session = useAuthenticatedSession();
  const { location } = useRouter();
  useDocumentTitle(t.t('retention.title'));
  const orgId = session.activeOrganisationId;
  const role = session.memberships.find((m) => m.organisationId === orgId)?.role;
  const isManager = role !== undefined && MANAGER_ROLES.includes(role);
  const say = (m: Message) =>
    'error' in m
      ? describeError(t, m.error)
      : (t.t as unknown as (k: string, p?: Record<string, string | number>) => string)(m.key, m.params);

  const [schedules, setSchedules] = useState<Schedule[] | null>(null);
  const [copies, setCopies] = useState<Copy[]>([]);
  const [entries, setEntries] = useState<EntryOption[]>([]);
  const [agreements, setAgreements] = useState<Agreement[]>([]);
  const [filter, setFilter] = useState<'open' | 'all'>('open');
  const [loadError, setLoadError] = useState<unknown>(null);
  const [rowMessage, setRowMessage] = useState<{ id: string; message: Message } | null>(null);
  const [approving, setApproving] = useState<string | null>(null);
  const [checklist, setChecklist] = useState<ChecklistState>([]);
  const [checklistError, setChecklistError] = useState(false);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const [formMessage, setFormMessage] = useState<Message | null>(null);
  const [copyMethods, setCopyMethods] = useState<Record<string, string>>({});
  const [copyMessage, setCopyMessage] = useState<{ id: string; message: Message } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const [s, c] = await Promise.all([
        data(api.GET('/api/retention')),
        data(api.GET('/api/retention/copies')),
      ]);
      setSchedules(s.items);
      setCopies(c.items);
      setLoadError(null);
    } catch (error) {
      setLoadError(error);
    }
  }, [api]);

  useEffect(() => {
    setSchedules(null);
    setApproving(null);
    setRowMessage(null);
    void load();
    if (!isManager) return;
    void data<{ items: EntryOption[] }>(api.GET('/api/registry') as never).then(
      (r) => setEntries(r.items.filter((e) => e.organisationId === orgId)),
      () => setEntries([]),
    );
    void data(api.GET('/api/agreements')).then(
      (r) => setAgreements(r.items.filter((a) => a.providerOrganisationId === orgId)),
      () => setAgreements([]),
    );
  }, [api, load, isManager, orgId]);

  // /retention?entry=ID (from a registry entry's page): the form starts on that entry.
  useEffect(() => {
    const entry = new URLSearchParams(location.search).get('entry');
    if (entry) setDraft((d) => ({ ...d, target: `entry:${entry}` }));
  }, [location.search]);

  const counts = { due: 0, overdue: 0, scheduled: 0, destroyed: 0 };
  for (const s of schedules ?? []) counts[s.status] += 1;
  const shown = (schedules ?? []).filter(
    (s) => filter === 'all' || s.status === 'due' || s.status === 'overdue',
  );

  const approve = async (s: Schedule) => {
    if (!checklistComplete('destroy', checklist)) {
      setChecklistError(true);
      return;
    }
    setBusy(true);
    try {
      await data(api.POST('/api/retention/{id}/approve', { params: { path: { id: s.id } } }));
      setApproving(null);
      setRowMessage({ id: s.id, message: { key: 'retention.approve.done' } });
      await load();
    } catch (error) {
      setRowMessage({ id: s.id, message: { error } });
    } finally {
      setBusy(false);
    }
  };

  const destroy = async (s: Schedule) => {
    setBusy(true);
    try {
      const done = await data(api.POST('/api/retention/{id}/destroy', { params: { path: { id: s.id } } }));
      setRowMessage({
        id: s.id,
        message: { key: 'retention.destroy.done', params: { count: done.destroyedFiles.length } },
      });
      await load();
    } catch (error) {
      setRowMessage({ id: s.id, message: { error } });
    } finally {
      setBusy(false);
    }
  };

  const edit = (s: Schedule) => {
    setDraft({
      target: s.registryEntryId ? `entry:${s.registryEntryId}` : `agreement:${s.agreementId ?? ''}`,
      periodMonths: String(s.periodMonths),
      trigger: s.trigger,
      triggerOn: s.triggerOn,
      destructionMethod: s.destructionMethod,
    });
    setErrors({});
    setFormMessage(null);
    document.getElementById('retention-target')?.focus();
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<keyof Draft, string>> = {};
    if (!draft.target) found.target = t.t('retention.form.required');
    const months = Number(draft.periodMonths);
    if (draft.periodMonths.trim() === '' || !Number.isInteger(months) || months < 0 || months > 1200)
      found.periodMonths = t.t('retention.form.months');
    if (!draft.triggerOn) found.triggerOn = t.t('retention.form.required');
    if (!draft.destructionMethod.trim()) found.destructionMethod = t.t('retention.form.required');
    setErrors(found);
    setFormMessage(null);
    if (Object.keys(found).length > 0) return;
    const [kind, id] = draft.target.split(':') as [string, string];
    setBusy(true);
    try {
      const saved = await data(
        api.POST('/api/retention', {
          body: {
            ...(kind === 'entry' ? { registryEntryId: id } : { agreementId: id }),
            periodMonths: months,
            trigger: draft.trigger,
            triggerOn: draft.triggerOn,
            destructionMethod: draft.destructionMethod.trim(),
          },
        }),
      );
      setFormMessage({ key: 'retention.form.saved', params: { date: showDate(t, saved.dueOn) } });
      setDraft(EMPTY);
      await load();
    } catch (error) {
      setFormMessage({ error });
    } finally {
      setBusy(false);
    }
  };

  const confirmCopy = async (c: Copy) => {
    const method = (copyMethods[c.id] ?? '').trim();
    if (!method) {
      setCopyMessage({ id: c.id, message: { key: 'retention.form.required' } });
      return;
    }
    setBusy(true);
    try {
      await data(
        api.POST('/api/retention/copies/{id}/confirm', { params: { path: { id: c.id } }, body: { method } }),
      );
      setCopyMessage({
        id: c.id,
        message: { key: 'retention.copiesToDestroy.done', params: { owner: c.owner } },
      });
      await load();
    } catch (error) {
      setCopyMessage({ id: c.id, message: { error } });
    } finally {
      setBusy(false);
    }
  };

  const triggerLabel = (trigger: string) => t.tryT(`retention.trigger.${trigger}`) ?? trigger;

  return (
    <section className="page retention-page">
      <h1>{t.t('retention.title')}</h1>
      <p className="lead">{t.t('retention.intro')}</p>
      {loadError !== null && (
        <p className="alert" role="alert">
          {describeError(t, loadError)}
        </p>
      )}

      <dl className="retention-counts" data-testid="retention-counts">
        {(['due', 'overdue', 'scheduled', 'destroyed'] as const).map((k) => (
          <div key={k} data-count={k}>
            <dt>{t.t(`retention.counts.${k}`)}</dt>
            <dd>{t.number(counts[k])}</dd>
          </div>
        ))}
      </dl>

      <section className="card" aria-labelledby="retention-tasks">
        <h2 id="retention-tasks">{t.t('retention.tasks.title')}</h2>
        <div className="field retention-filter">
          <label htmlFor="retention-filter">{t.t('retention.filter')}</label>
          <select
            id="retention-filter"
            className="select"
            value={filter}
            onChange={(e) => setFilter(e.target.value === 'all' ? 'all' : 'open')}
          >
            <option value="open">{t.t('retention.filter.open')}</option>
            <option value="all">{t.t('retention.filter.all')}</option>
          </select>
        </div>
        {schedules === null ? (
          <p className="muted" role="status">
            …
          </p>
        ) : schedules.length === 0 ? (
          <p className="muted">{t.t('retention.tasks.empty')}</p>
        ) : shown.length === 0 ? (
          <p className="muted">{t.t('retention.filter.none')}</p>
        ) : (
          <TableScroll>
            <table className="retention-list">
              <thead>
                <tr>
                  <th scope="col">{t.t('retention.col.target')}</th>
                  <th scope="col">{t.t('retention.col.rule')}</th>
                  <th scope="col">{t.t('retention.col.due')}</th>
                  <th scope="col">{t.t('retention.col.method')}</th>
                  <th scope="col">{t.t('retention.col.status')}</th>
                  <th scope="col">{t.t('retention.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((s) => (
                  <tr key={s.id} data-testid="retention-row" data-status={s.status}>
                    <td>
                      <span className="muted small">
                        {t.t(s.registryEntryId ? 'retention.kind.entry' : 'retention.kind.agreement')}
                      </span>
                      <br />
                      <bdi>{s.target}</bdi>
                    </td>
                    <td>
                      {t.t('retention.rule', {
                        months: s.periodMonths,
                        trigger: triggerLabel(s.trigger),
                        date: showDate(t, s.triggerOn),
                      })}
                    </td>
                    <td>{showDate(t, s.dueOn)}</td>
                    <td>
                      <bdi>{s.destructionMethod}</bdi>
                    </td>
                    <td>
                      <StatusBadge tone={STATUS_TONE[s.status]} testId="retention-status">
                        {t.t(`retention.status.${s.status}`)}
                      </StatusBadge>
                      {s.approved && s.status !== 'destroyed' && (
                        <p className="small">{t.t('retention.approved')}</p>
                      )}
                    </td>
                    <td>
                      {isManager && s.status !== 'destroyed' && (
                        <div className="actions">
                          {!s.approved && approving !== s.id && (
                            <button
                              type="button"
                              className="button button-primary"
                              onClick={() => {
                                setApproving(s.id);
                                setChecklist([]);
                                setChecklistError(false);
                              }}
                            >
                              {t.t('retention.approve')}
                            </button>
                          )}
                          {s.approved && (s.status === 'due' || s.status === 'overdue') && (
                            <button
                              type="button"
                              className="button button-primary retention-destroy"
                              disabled={busy}
                              onClick={() => void destroy(s)}
                            >
                              {t.t('retention.destroy')}
                            </button>
                          )}
                          <button type="button" className="button button-secondary" onClick={() => edit(s)}>
                            {t.t('retention.change')}
                          </button>
                        </div>
                      )}
                      {approving === s.id && (
                        <div className="retention-approve">
                          <RiskChecklist
                            kind="destroy"
                            value={checklist}
                            onChange={(next) => {
                              setChecklist(next);
                              if (checklistComplete('destroy', next)) setChecklistError(false);
                            }}
                            error={checklistError}
                          />
                          <div className="actions">
                            <button
                              type="button"
                              className="button button-primary"
                              disabled={busy}
                              onClick={() => void approve(s)}
                            >
                              {t.t('retention.approve.confirm')}
                            </button>
                            <button
                              type="button"
                              className="button button-secondary"
                              onClick={() => setApproving(null)}
                            >
                              {t.t('retention.approve.cancel')}
                            </button>
                          </div>
                        </div>
                      )}
                      {s.status === 'destroyed' && (
                        <div data-testid="retention-tombstone">
                          <p className="small retention-subheading">{t.t('retention.tombstone')}</p>
                          {s.destroyedFiles.length === 0 ? (
                            <p className="small">{t.t('retention.tombstone.none')}</p>
                          ) : (
                            <ul className="plain-list small">
                              {s.destroyedFiles.map((f) => (
                                <li key={`${f.name}-${f.version}`}>
                                  {t.t('retention.tombstone.file', {
                                    name: f.name,
                                    version: f.version,
                                    sha256: f.sha256.slice(0, 16) + '…',
                                  })}
                                </li>
                              ))}
                            </ul>
                          )}
                        </div>
                      )}
                      {s.copies.length > 0 && (
                        <div data-testid="retention-copies">
                          <p className="small retention-subheading">{t.t('retention.copies')}</p>
                          <ul className="plain-list small">
                            {s.copies.map((c) => (
                              <li key={c.id} data-confirmed={c.confirmedAt ? 'yes' : 'no'}>
                                {c.confirmedAt
                                  ? t.t('retention.copy.confirmed', {
                                      recipient: c.recipient,
                                      date: showDate(t, c.confirmedAt),
                                      method: c.method ?? '',
                                    })
                                  : t.t('retention.copy.pending', {
                                      recipient: c.recipient,
                                      date: showDate(t, c.requestedAt),
                                    })}
                              </li>
                            ))}
                          </ul>
                        </div>
                      )}
                      <div aria-live="polite">
                        {rowMessage?.id === s.id && (
                          <p
                            className={'error' in rowMessage.message ? 'field-error' : 'small'}
                            data-testid="retention-row-message"
                          >
                            {say(rowMessage.message)}
                          </p>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      {isManager ? (
        <form
          className="card"
          noValidate
          onSubmit={(e) => void save(e)}
          aria-labelledby="retention-form-title"
        >
          <h2 id="retention-form-title">{t.t('retention.form.title')}</h2>
          <p className="hint">{t.t('retention.form.intro')}</p>
          <FormField
            id="retention-target"
            label={t.t('retention.form.target')}
            {...(errors.target ? { error: errors.target } : {})}
          >
            {(props) => (
              <select
                {...props}
                className="select"
                value={draft.target}
                onChange={(e) => setDraft({ ...draft, target: e.target.value })}
              >
                <option value="">{t.t('retention.form.choose')}</option>
                <optgroup label={t.t('retention.form.entries')}>
                  {entries.map((e) => (
                    <option key={e.id} value={`entry:${e.id}`}>
                      {e.title}
                    </option>
                  ))}
                </optgroup>
                {agreements.length > 0 && (
                  <optgroup label={t.t('retention.form.agreements')}>
                    {agreements.map((a) => (
                      <option key={a.id} value={`agreement:${a.id}`}>
                        {a.reference} — {a.entryTitle} ({a.recipientOrganisation})
                      </option>
                    ))}
                  </optgroup>
                )}
              </select>
            )}
          </FormField>
          <div className="retention-two-cols">
            <FormField
              id="retention-period"
              label={t.t('retention.form.period')}
              {...(errors.periodMonths ? { error: errors.periodMonths } : {})}
            >
              {(props) => (
                <input
                  {...props}
                  type="number"
                  min={0}
                  max={1200}
                  step={1}
                  value={draft.periodMonths}
                  onChange={(e) => setDraft({ ...draft, periodMonths: e.target.value })}
                />
              )}
            </FormField>
            <FormField id="retention-trigger" label={t.t('retention.form.trigger')}>
              {(props) => (
                <select
                  {...props}
                  className="select"
                  value={draft.trigger}
                  onChange={(e) =>
                    setDraft({ ...draft, trigger: e.target.value as (typeof TRIGGERS)[number] })
                  }
                >
                  {TRIGGERS.map((k) => (
                    <option key={k} value={k}>
                      {triggerLabel(k)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </div>
          <FormField
            id="retention-trigger-on"
            label={t.t('retention.form.triggerOn')}
            {...(errors.triggerOn ? { error: errors.triggerOn } : {})}
          >
            {(props) => (
              <input
                {...props}
                type="date"
                value={draft.triggerOn}
                onChange={(e) => setDraft({ ...draft, triggerOn: e.target.value })}
              />
            )}
          </FormField>
          <FormField
            id="retention-method"
            label={t.t('retention.form.method')}
            hint={t.t('retention.form.methodHint')}
            {...(errors.destructionMethod ? { error: errors.destructionMethod } : {})}
          >
            {(props) => (
              <input
                {...props}
                type="text"
                maxLength={500}
                value={draft.destructionMethod}
                onChange={(e) => setDraft({ ...draft, destructionMethod: e.target.value })}
              />
            )}
          </FormField>
          <Guidance id="registry.retention" />
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t.t('retention.form.save')}
            </button>
          </div>
          <div aria-live="polite">
            {formMessage && (
              <p
                className={'error' in formMessage ? 'field-error' : ''}
                data-testid="retention-form-message"
                role={'error' in formMessage ? 'alert' : 'status'}
              >
                {say(formMessage)}
              </p>
            )}
          </div>
        </form>
      ) : (
        <p className="hint">{t.t('retention.onlyManagers')}</p>
      )}

      <section className="card" aria-labelledby="retention-copies-title" data-testid="copies-to-destroy">
        <h2 id="retention-copies-title">{t.t('retention.copiesToDestroy.title')}</h2>
        <Guidance id="retention.confirmCopy" />
        {copies.length === 0 ? (
          <p className="muted">{t.t('retention.copiesToDestroy.empty')}</p>
        ) : (
          <ul className="plain-list">
            {copies.map((c) => (
              <li key={c.id} className="retention-copy" data-testid="copy-to-destroy">
                <p>
                  <strong>
                    {t.t('retention.copiesToDestroy.item', {
                      reference: c.agreementReference,
                      owner: c.owner,
                    })}
                  </strong>
                </p>
                {c.confirmedAt ? (
                  <p className="small">
                    {t.t('retention.copy.confirmed', {
                      recipient: c.recipient,
                      date: showDate(t, c.confirmedAt),
                      method: c.method ?? '',
                    })}
                  </p>
                ) : isManager ? (
                  <div className="retention-confirm">
                    <FormField id={`copy-method-${c.id}`} label={t.t('retention.copiesToDestroy.method')}>
                      {(props) => (
                        <input
                          {...props}
                          type="text"
                          maxLength={500}
                          value={copyMethods[c.id] ?? ''}
                          onChange={(e) => setCopyMethods({ ...copyMethods, [c.id]: e.target.value })}
                        />
                      )}
                    </FormField>
                    <button
                      type="button"
                      className="button button-primary"
                      disabled={busy}
                      onClick={() => void confirmCopy(c)}
                    >
                      {t.t('retention.copiesToDestroy.confirm')}
                    </button>
                  </div>
                ) : (
                  <p className="small">
                    {t.t('retention.copy.pending', {
                      recipient: c.recipient,
                      date: showDate(t, c.requestedAt),
                    })}
                  </p>
                )}
                <div aria-live="polite">
                  {copyMessage?.id === c.id && <p className="small">{say(copyMessage.message)}</p>}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
