/**
 * The round's action plan on the diagnostic page (issue 11 §1): the party's items (the
 * organisation's own, or the cluster's) with owner, due date, status and overdue mark, the status
 * changeable by those who keep the plan, and a short form that turns a gap into an item. The same
 * items the export and the printable report list; the API checks every change.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { FormField, StatusBadge, TableScroll } from '../../components';
import { itemTexts } from '@steward/core/diagnostic/item-texts/index';
import { useI18n } from '../../i18n/i18n-context';
import type { Party, Status } from './diagnostic-model';
import { PlanTable } from './plan-table';

export const PLAN_STATUSES = ['open', 'in_progress', 'done'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface PlanItem {
  id: string;
  party: Party;
  organisationId: string;
  itemId: string;
  title: string;
  owner: string;
  dueOn: string;
  status: PlanStatus;
  overdue: boolean;
}

/** The form's two free-text fields: the action's wording and its owner (the API's length limits). */
const PLAN_TEXT_FIELDS = [
  {
    field: 'title',
    label: 'diagnostic.report.col.action',
    hint: 'diagnostic.plan.titleHint',
    max: 500,
  },
  { field: 'owner', label: 'diagnostic.report.col.owner', hint: 'diagnostic.plan.ownerHint', max: 200 },
] as const;

/** Rendered when shown, so a language change after saving reads in the new language. */
type Message = { added: true } | { statusSaved: string } | { error: unknown } | null;

export function ActionPlan({
  roundId,
  party,
  organisationId,
  items,
  gaps,
  canEdit,
}: {
  roundId: string;
  party: Party;
  organisationId: string | null;
  items: readonly { id: string; text: string; guidance: string; evidence: string }[];
  gaps: readonly { itemId: string; status: Status | 'unanswered' }[];
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const api = useApi();
  const [plan, setPlan] = useState<PlanItem[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [message, setMessage] = useState<Message>(null);
  const [form, setForm] = useState({ itemId: '', title: '', owner: '', dueOn: '' });
  const [formError, setFormError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  // Only the answer to the latest request is shown: after a change of organisation, a slower answer
  // asked for the previous one never replaces the new organisation's plan.
  const latest = useRef(0);
  const load = useCallback(() => {
    const request = ++latest.current;
    setLoadError(null);
    return data<{ items: PlanItem[] }>(
      api.GET('/api/diagnostic/rounds/{id}/actions', { params: { path: { id: roundId } } }) as never,
    ).then(
      (body) => {
        if (request !== latest.current) return;
        setPlan(
          // The party's own plan, as the export lists it: the cluster's items, or this organisation's.
          body.items.filter((a) =>
            party === 'cluster'
              ? a.party === 'cluster'
              : a.party === 'member' && a.organisationId === organisationId,
          ),
        );
      },
      (error: unknown) => {
        if (request === latest.current) setLoadError(error);
      },
    );
  }, [api, roundId, party, organisationId]);

  useEffect(() => {
    setPlan(null);
    setMessage(null);
    void load();
  }, [load]);

  const statement = (itemId: string) => {
    const item = items.find((i) => i.id === itemId);
    return item ? itemTexts(item, t.locale).text : itemId;
  };

  const changeStatus = async (a: PlanItem, status: PlanStatus) => {
    setMessage(null);
    try {
      const changed = await data<PlanItem>(
        api.PATCH('/api/diagnostic/actions/{id}', {
          params: { path: { id: a.id } },
          body: { status },
        }) as never,
      );
      setPlan((p) => (p ?? []).map((x) => (x.id === changed.id ? changed : x)));
      setMessage({ statusSaved: a.title });
    } catch (error) {
      setMessage({ error });
    }
  };

  const add = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    setMessage(null);
    setBusy(true);
    try {
      await data<PlanItem>(
        api.POST('/api/diagnostic/rounds/{id}/actions', {
          params: { path: { id: roundId } },
          body: { party, ...form },
        }) as never,
      );
      setForm({ itemId: '', title: '', owner: '', dueOn: '' });
      await load();
      setMessage({ added: true });
    } catch (error) {
      setFormError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      className="diagnostic-plan"
      aria-labelledby="diagnostic-plan-heading"
      data-testid="diagnostic-plan"
    >
      <h2 id="diagnostic-plan-heading">{t.t('diagnostic.report.plan')}</h2>
      <p className="hint">{t.t('diagnostic.plan.help')}</p>
      {loadError ? (
        <p role="alert">{describeError(t, loadError)}</p>
      ) : plan === null ? (
        <p>{t.t('common.loading')}</p>
      ) : plan.length === 0 ? (
        <p data-testid="diagnostic-plan-empty">{t.t('diagnostic.report.noPlan')}</p>
      ) : (
        <TableScroll label={t.t('diagnostic.plan.caption')}>
          <PlanTable
            plan={plan}
            caption={t.t('diagnostic.plan.caption')}
            statement={statement}
            status={(a) => (
              <>
                {canEdit ? (
                  <select
                    className="select"
                    aria-label={t.t('diagnostic.plan.statusOf', { title: a.title })}
                    value={a.status}
                    onChange={(e) => void changeStatus(a, e.target.value as PlanStatus)}
                  >
                    {PLAN_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t.t(`diagnostic.plan.status.${s}`)}
                      </option>
                    ))}
                  </select>
                ) : (
                  t.t(`diagnostic.plan.status.${a.status}`)
                )}{' '}
                {a.overdue && (
                  <StatusBadge tone="danger" testId="diagnostic-plan-overdue">
                    {t.t('diagnostic.report.overdue')}
                  </StatusBadge>
                )}
              </>
            )}
          />
        </TableScroll>
      )}
      {message && (
        <p role="status" data-testid="diagnostic-plan-message">
          {'added' in message
            ? t.t('diagnostic.plan.added')
            : 'statusSaved' in message
              ? t.t('diagnostic.plan.statusSaved', { title: message.statusSaved })
              : describeError(t, message.error)}
        </p>
      )}
      {!canEdit ? (
        <p className="hint">{t.t('diagnostic.plan.readOnly')}</p>
      ) : gaps.length === 0 ? (
        <p data-testid="diagnostic-plan-no-gaps">{t.t('diagnostic.plan.noGaps')}</p>
      ) : (
        <form
          className="diagnostic-plan-form"
          onSubmit={(e) => void add(e)}
          aria-labelledby="diagnostic-plan-add"
        >
          <h3 id="diagnostic-plan-add">{t.t('diagnostic.plan.add')}</h3>
          <FormField id="diagnostic-plan-gap" label={t.t('diagnostic.plan.gap')}>
            {(p) => (
              <select
                {...p}
                className="select"
                required
                value={form.itemId}
                onChange={(e) => {
                  const itemId = e.target.value;
                  // The statement is a starting point for the action's wording.
                  setForm({ ...form, itemId, title: form.title || (itemId ? statement(itemId) : '') });
                }}
              >
                <option value="">{t.t('diagnostic.plan.choose')}</option>
                {gaps.map((g) => (
                  <option key={g.itemId} value={g.itemId}>
                    {t.t(`diagnostic.status.${g.status}`)} — {statement(g.itemId)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {PLAN_TEXT_FIELDS.map(({ field, label, hint, max }) => (
            <FormField key={field} id={`diagnostic-plan-${field}`} label={t.t(label)} hint={t.t(hint)}>
              {(p) => (
                <input
                  {...p}
                  type="text"
                  required
                  dir="auto"
                  maxLength={max}
                  value={form[field]}
                  onChange={(e) => setForm({ ...form, [field]: e.target.value })}
                />
              )}
            </FormField>
          ))}
          <FormField id="diagnostic-plan-due" label={t.t('diagnostic.report.col.due')}>
            {(p) => (
              <input
                {...p}
                type="date"
                required
                value={form.dueOn}
                onChange={(e) => setForm({ ...form, dueOn: e.target.value })}
              />
            )}
          </FormField>
          {formError !== null && <p role="alert">{describeError(t, formError)}</p>}
          <p>
            <button type="submit" className="button button-primary" disabled={busy}>
              {t.t('diagnostic.plan.submit')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}
