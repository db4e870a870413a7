import { useEffect, useState, type FormEvent } from 'react';
import { AUDIT_ACTIONS, isAuditAction } from '@steward/core/audit/actions';
import { auditQueryString } from '../../api/session';
import type { AuditEntry, AuditFilters, AuditVerification } from '../../api/session';
import { data } from '../../api/steward-client';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { AuditHeadCard } from '../audit-head-card';
import { auditActionLabel, auditActorLabel, isSystemEntry } from './audit-words';
import { TableScroll } from '../../components';

type Load = { status: 'loading' } | { status: 'ready'; items: AuditEntry[] } | { status: 'failed' };

const LIMIT = 200;

/** A date input (yyyy-mm-dd) as the start of that day in UTC, or of the next day for "until". */
function dayBound(value: string, next: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  if (next) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

/** The audit log viewer: filters, the entries, the chain head and check, CSV export (audit.read roles). */
export default function AuditLogPage() {
  const { t } = useI18n();
  const api = useApi();
  const session = useAuthenticatedSession();
  useDocumentTitle(t.t('audit.title'));
  const [form, setForm] = useState({ actor: '', action: '', targetType: '', targetId: '', from: '', to: '' });
  const [filters, setFilters] = useState<AuditFilters>({ limit: LIMIT });
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [actors, setActors] = useState<Map<string, string>>(new Map());
  const [verification, setVerification] = useState<AuditVerification | null>(null);

  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    data(api.GET('/api/audit', { params: { query: filters } })).then(
      (body) => {
        if (!live) return;
        setLoad({ status: 'ready', items: body.items });
        setActors((known) => {
          const next = new Map(known);
          for (const e of body.items) if (e.actorUserId && e.actorName) next.set(e.actorUserId, e.actorName);
          return next;
        });
      },
      () => live && setLoad({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [api, filters, session.activeOrganisationId]);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters({
      limit: LIMIT,
      ...(form.actor ? { actor: form.actor } : {}),
      ...(form.action.trim() ? { action: form.action.trim() } : {}),
      ...(form.targetType.trim() ? { targetType: form.targetType.trim() } : {}),
      ...(form.targetId.trim() ? { targetId: form.targetId.trim() } : {}),
      ...(dayBound(form.from, false) ? { from: dayBound(form.from, false) } : {}),
      ...(dayBound(form.to, true) ? { to: dayBound(form.to, true) } : {}),
    });
  };
  const clear = () => {
    setForm({ actor: '', action: '', targetType: '', targetId: '', from: '', to: '' });
    setFilters({ limit: LIMIT });
  };
  const { limit: _limit, ...exportFilters } = filters;
  const field = (name: keyof typeof form, type = 'text', list?: string) => (
    <label className="field">
      <span>{t.t(`audit.filter.${name}`)}</span>
      <input
        type={type}
        name={name}
        value={form[name]}
        dir={type === 'text' ? 'auto' : undefined}
        list={list}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      />
    </label>
  );
  const outcome = (o: string) =>
    o === 'success' || o === 'failure' || o === 'denied' ? t.t(`audit.outcome.${o}`) : o;

  return (
    <div className="page">
      <header className="page-header">
        <h1 tabIndex={-1}>{t.t('audit.heading')}</h1>
        <p className="muted">{t.t('audit.intro')}</p>
      </header>

      <form
        className="card card-wide"
        onSubmit={apply}
        aria-labelledby="audit-filters"
        data-testid="audit-filters"
      >
        <h2 id="audit-filters" className="card-kicker">
          {t.t('audit.filters')}
        </h2>
        <div className="grid">
          <label className="field">
            <span>{t.t('audit.filter.actor')}</span>
            <select
              name="actor"
              value={form.actor}
              onChange={(e) => setForm({ ...form, actor: e.target.value })}
            >
              <option value="">{t.t('audit.filter.anyActor')}</option>
              {[...actors].map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          {field('action', 'text', 'audit-actions')}
          <datalist id="audit-actions">
            {AUDIT_ACTIONS.map((code) => (
              <option key={code} value={code}>
                {auditActionLabel(t, code)}
              </option>
            ))}
          </datalist>
          {field('targetType')}
          {field('targetId')}
          {field('from', 'date')}
          {field('to', 'date')}
        </div>
        <p>
          <button type="submit" className="button button-primary">
            {t.t('audit.filter.apply')}
          </button>{' '}
          <button type="button" className="button" onClick={clear}>
            {t.t('audit.filter.clear')}
          </button>{' '}
          <a
            className="button"
            href={`/api/audit/export${auditQueryString(exportFilters)}`}
            download
            data-testid="audit-export"
          >
            {t.t('audit.export')}
          </a>
        </p>
      </form>

      {load.status === 'loading' ? (
        <p className="muted" role="status">
          {t.t('common.loading')}
        </p>
      ) : load.status === 'failed' ? (
        <p role="alert">{t.t('audit.failed')}</p>
      ) : load.items.length === 0 ? (
        <div className="card empty-state" data-testid="audit-empty">
          <p>{t.t('audit.empty')}</p>
        </div>
      ) : (
        <section className="card card-wide">
          <p className="muted" role="status">
            {t.t('audit.shown', { count: load.items.length })}
          </p>
          <TableScroll label={t.t('audit.title')}>
            <table className="table" data-testid="audit-entries">
              <thead>
                <tr>
                  <th scope="col">{t.t('audit.col.sequence')}</th>
                  <th scope="col">{t.t('audit.col.time')}</th>
                  <th scope="col">{t.t('audit.col.actor')}</th>
                  <th scope="col">{t.t('audit.col.action')}</th>
                  <th scope="col">{t.t('audit.col.target')}</th>
                  <th scope="col">{t.t('audit.col.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {load.items.map((e) => (
                  <tr key={e.sequence} data-action={e.action}>
                    <td>{t.number(e.sequence)}</td>
                    <td>{t.date(new Date(e.occurredAt), { dateStyle: 'medium', timeStyle: 'medium' })}</td>
                    <td>
                      <bdi title={isSystemEntry(e) ? String(e.details.system) : undefined}>
                        {auditActorLabel(t, e)}
                      </bdi>
                    </td>
                    <td>
                      {isAuditAction(e.action) ? (
                        <>
                          {auditActionLabel(t, e.action)}
                          <br />
                          <code dir="ltr" className="muted">
                            {e.action}
                          </code>
                        </>
                      ) : (
                        <code dir="ltr">{e.action}</code>
                      )}
                    </td>
                    <td>
                      <code dir="ltr">
                        {e.targetType}
                        {e.targetId ? ` ${e.targetId}` : ''}
                      </code>
                    </td>
                    <td>{outcome(e.outcome)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}

      <AuditHeadCard />

      <section className="card card-wide" aria-labelledby="audit-chain" data-testid="audit-chain">
        <h2 id="audit-chain" className="card-kicker">
          {t.t('audit.chain')}
        </h2>
        {session.user.isAdmin ? (
          <>
            <button
              type="button"
              className="button"
              onClick={() => void data(api.GET('/api/audit/verify')).then(setVerification)}
            >
              {t.t('audit.verify')}
            </button>
            {verification ? (
              <p role="status">
                {verification.ok || !verification.brokenAt
                  ? t.t('audit.verifyOk', { count: verification.entries })
                  : t.t('audit.verifyBroken', {
                      sequence: verification.brokenAt.sequence,
                      reason: verification.brokenAt.reason,
                    })}
              </p>
            ) : null}
          </>
        ) : (
          <p className="muted">{t.t('audit.verifyAdminOnly')}</p>
        )}
      </section>
    </div>
  );
}
