/**
 * Data impact assessments (issue 11 §3): the registry entries that need a DIA (and whether they
 * have one), the organisation's assessments, starting one linked to entries, and one assessment
 * at /assessments/{id} (assessment-detail.tsx). `/assessments?entry=ID` opens the start form with
 * that entry linked: the link Steward gives where it asks for a DIA.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useRouter } from '../../app/router';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { CheckboxGroup, FormField, TableScroll } from '../../components';
import { StatusBadge } from '../../components/status-badge';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { AssessmentDetail } from './assessment-detail';
import { DATA_MANAGER_ROLES, LEVEL_TONE, RATING_TONE, STATUS_TONE, useSay } from './shared';
import type { Assessment, ListItem, Requirement } from './types';
import './assessments.css';

const BASE = '/assessments';

export default function AssessmentsPage() {
  const { t } = useI18n();
  const say = useSay();
  const api = useApi();
  const session = useAuthenticatedSession();
  const { location, navigate } = useRouter();
  useDocumentTitle(t.t('assessments.title'));
  const role = session.memberships.find((m) => m.organisationId === session.activeOrganisationId)?.role;
  const canStart = role !== undefined && DATA_MANAGER_ROLES.includes(role);
  const openId = location.pathname.startsWith(`${BASE}/`) ? location.pathname.slice(BASE.length + 1) : null;
  const startEntry = new URLSearchParams(location.search).get('entry');

  const [items, setItems] = useState<ListItem[] | null>(null);
  const [required, setRequired] = useState<Requirement[] | null>(null);
  const [selected, setSelected] = useState<Assessment | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [title, setTitle] = useState('');
  const [scope, setScope] = useState('');
  const [entryIds, setEntryIds] = useState<string[]>(startEntry ? [startEntry] : []);
  const [reviewDue, setReviewDue] = useState('');
  const [startError, setStartError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      const [list, req] = await Promise.all([
        data(api.GET('/api/assessments')),
        data(api.GET('/api/assessments/required')),
      ]);
      setItems(list.items);
      setRequired(req.items);
    } catch (e) {
      setError(e);
    }
  }, [api]);

  useEffect(() => {
    void load();
  }, [load, session.activeOrganisationId]);

  useEffect(() => {
    if (!openId) {
      setSelected(null);
      return;
    }
    setSelected(null);
    data(api.GET('/api/assessments/{id}', { params: { path: { id: openId } } })).then(setSelected, setError);
  }, [api, openId, session.activeOrganisationId]);

  useEffect(() => {
    if (startEntry) setEntryIds((ids) => (ids.includes(startEntry) ? ids : [...ids, startEntry]));
  }, [startEntry]);

  const start = async (e: FormEvent) => {
    e.preventDefault();
    setStartError(null);
    try {
      const created = await data(
        api.POST('/api/assessments', {
          body: { title, scope, entryIds, ...(reviewDue ? { reviewDue } : {}) },
        }),
      );
      setTitle('');
      setScope('');
      setEntryIds([]);
      setReviewDue('');
      await load();
      navigate(`${BASE}/${created.id}`);
    } catch (err) {
      setStartError(err);
    }
  };

  if (openId) {
    return (
      <section className="page assessments-page">
        <h1>{t.t('assessments.title')}</h1>
        {selected ? (
          <AssessmentDetail
            key={selected.id}
            assessment={selected}
            onChange={(a) => {
              setSelected(a);
              void load();
            }}
            onBack={() => navigate(BASE)}
          />
        ) : error ? (
          <p role="alert">{describeError(t, error)}</p>
        ) : (
          <p>{t.t('assessments.loading')}</p>
        )}
      </section>
    );
  }

  const reasons = (r: Requirement) => r.reasons.map((c) => say(`assessments.${c}`)).join(' · ');

  return (
    <section className="page assessments-page">
      <h1>{t.t('assessments.title')}</h1>
      <p>{t.t('assessments.intro')}</p>
      {error !== null && <p role="alert">{describeError(t, error)}</p>}

      <section aria-labelledby="required-title" className="assessment-section">
        <h2 id="required-title">{t.t('assessments.required.title')}</h2>
        <p className="hint">{t.t('assessments.required.intro')}</p>
        {required === null ? (
          <p>{t.t('assessments.loading')}</p>
        ) : required.length === 0 ? (
          <p>{t.t('assessments.required.none')}</p>
        ) : (
          <TableScroll>
            <table data-testid="required-list">
              <thead>
                <tr>
                  <th scope="col">{t.t('assessments.required.col.entry')}</th>
                  <th scope="col">{t.t('assessments.required.col.why')}</th>
                  <th scope="col">{t.t('assessments.required.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {required.map((r) => (
                  <tr key={r.entryId} data-entry={r.entryId} data-missing={r.missing}>
                    <td dir="auto">
                      {r.title}{' '}
                      <StatusBadge tone={LEVEL_TONE[r.level] ?? 'neutral'}>
                        {say(`assessments.level.${r.level}`)}
                      </StatusBadge>
                    </td>
                    <td>{reasons(r)}</td>
                    <td>
                      <StatusBadge tone={r.missing ? 'danger' : 'ok'}>
                        {t.t(r.missing ? 'assessments.required.missing' : 'assessments.required.covered')}
                      </StatusBadge>{' '}
                      {r.assessments.map((d) => (
                        <a
                          key={d.id}
                          href={`${BASE}/${d.id}`}
                          onClick={(e) => {
                            e.preventDefault();
                            navigate(`${BASE}/${d.id}`);
                          }}
                        >
                          {d.title}
                        </a>
                      ))}{' '}
                      {r.missing && canStart && (
                        <button
                          type="button"
                          className="button button-secondary"
                          onClick={() => {
                            setEntryIds((ids) => (ids.includes(r.entryId) ? ids : [...ids, r.entryId]));
                            if (!title) setTitle(r.title);
                            document.getElementById('assessment-start-title')?.focus();
                          }}
                        >
                          {t.t('assessments.required.start')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      {canStart ? (
        <form className="card assessment-start" onSubmit={(e) => void start(e)} aria-labelledby="start-title">
          <h2 id="start-title">{t.t('assessments.start.title')}</h2>
          <FormField id="assessment-start-title" label={t.t('assessments.start.name')}>
            {(p) => (
              <input
                {...p}
                required
                maxLength={200}
                value={title}
                onChange={(e) => setTitle(e.target.value)}
              />
            )}
          </FormField>
          <FormField id="assessment-start-scope" label={t.t('assessments.start.scope')}>
            {(p) => (
              <textarea {...p} maxLength={5000} value={scope} onChange={(e) => setScope(e.target.value)} />
            )}
          </FormField>
          {required && required.length > 0 ? (
            <CheckboxGroup
              id="assessment-start-entries"
              legend={t.t('assessments.start.entries')}
              options={required.map((r) => ({ value: r.entryId, label: r.title }))}
              selected={entryIds}
              onChange={setEntryIds}
            />
          ) : (
            <p className="hint">{t.t('assessments.start.noEntries')}</p>
          )}
          <FormField id="assessment-start-review" label={t.t('assessments.start.reviewDue')}>
            {(p) => (
              <input {...p} type="date" value={reviewDue} onChange={(e) => setReviewDue(e.target.value)} />
            )}
          </FormField>
          <p>
            <button type="submit" className="button button-primary">
              {t.t('assessments.start.submit')}
            </button>
          </p>
          {startError !== null && <p role="alert">{describeError(t, startError)}</p>}
        </form>
      ) : (
        <p className="hint">{t.t('assessments.start.notAllowed')}</p>
      )}

      <h2>{t.t('assessments.list.title')}</h2>
      {items === null ? (
        <p>{t.t('assessments.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t.t('assessments.list.empty')}</p>
      ) : (
        <TableScroll>
          <table className="assessments-list" data-testid="assessments-list">
            <thead>
              <tr>
                <th scope="col">{t.t('assessments.col.title')}</th>
                <th scope="col">{t.t('assessments.col.organisation')}</th>
                <th scope="col">{t.t('assessments.col.status')}</th>
                <th scope="col">{t.t('assessments.col.completion')}</th>
                <th scope="col">{t.t('assessments.col.rating')}</th>
                <th scope="col">{t.t('assessments.col.residual')}</th>
                <th scope="col">{t.t('assessments.col.review')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id} data-assessment={i.id}>
                  <td dir="auto">
                    <a
                      href={`${BASE}/${i.id}`}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate(`${BASE}/${i.id}`);
                      }}
                    >
                      {i.title}
                    </a>
                  </td>
                  <td>{i.organisation}</td>
                  <td>
                    <StatusBadge tone={STATUS_TONE[i.status] ?? 'neutral'}>
                      {say(`assessments.status.${i.status}`)}
                    </StatusBadge>
                  </td>
                  <td>{t.number(i.completion)}%</td>
                  <td>
                    {i.rating ? (
                      <StatusBadge tone={RATING_TONE[i.rating] ?? 'neutral'}>
                        {say(`assessments.rating.${i.rating}`)}
                      </StatusBadge>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    {i.residualRating ? (
                      <StatusBadge tone={RATING_TONE[i.residualRating] ?? 'neutral'}>
                        {say(`assessments.rating.${i.residualRating}`)}
                      </StatusBadge>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className={i.reviewOverdue ? 'assessment-overdue' : undefined}>{i.reviewDue ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
