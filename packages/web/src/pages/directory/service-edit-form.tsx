/**
 * The owner's form for one of its services, to add a new one or change one: what a caseworker
 * relies on before a referral (type, description, intake criteria, referral method, next step,
 * response time), who it is for and in which languages, opening hours, the locations where it is
 * delivered (admin-area p-code, coordinates, accessibility) and its contacts and referral focal
 * points (partner-only unless marked public). Every problem is named beside its field, checked
 * here first and then by the server; saving an existing service counts as a review.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api/api-error';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { describeError } from '../../api/describe-error';
import { Checkbox, CheckboxGroup, FormField } from '../../components';
import { useI18n } from '../../i18n/i18n-context';
import { useCodeLabel } from './directory-parts';
import {
  ACCESSIBILITY,
  LANGUAGES,
  POPULATIONS,
  REFERRAL_METHODS,
  SERVICE_STATUSES,
  type DirectoryService,
} from './directory-types';
import {
  DAYS,
  checkDraft,
  draftBody,
  draftOf,
  emptyContact,
  emptyDraft,
  emptyLocation,
  emptySchedule,
  serverFieldPaths,
  type ContactDraft,
  type DraftProblem,
  type LocationDraft,
  type ScheduleDraft,
  type ServiceDraft,
} from './service-draft';

export function ServiceEditForm({
  service,
  serviceTypes,
  onSaved,
  onCancel,
}: {
  /** The service to change; null to add a new one. */
  service: DirectoryService | null;
  serviceTypes: readonly string[];
  onSaved: (saved: DirectoryService) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const label = useCodeLabel();
  const api = useApi();
  const [draft, setDraft] = useState<ServiceDraft>(() =>
    service ? draftOf(service) : emptyDraft(serviceTypes[0] ?? ''),
  );
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = `svc-${service?.id ?? 'new'}`;
  const id = (f: string) => `${prefix}-${f.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  const problemAt = (path: string) => {
    const p = problems.find((x) => x.path === path);
    return p ? (t.tryT(`dir.form.err.${p.key}`) ?? p.key) : undefined;
  };
  /** A changed field is no longer marked (the form checks again on sending). */
  const clear = (path: string) => setProblems((ps) => ps.filter((p) => !p.path.startsWith(path)));
  const set = <K extends keyof ServiceDraft>(key: K, v: ServiceDraft[K]) => {
    clear(key);
    setDraft((d) => ({ ...d, [key]: v }));
  };
  const setItem = <K extends 'schedules' | 'locations' | 'contacts'>(
    key: K,
    index: number,
    change: Partial<ServiceDraft[K][number]>,
  ) => {
    clear(`${key}[${index}]`);
    setDraft((d) => ({
      ...d,
      [key]: (d[key] as ServiceDraft[K][number][]).map((item, i) =>
        i === index ? { ...item, ...change } : item,
      ),
    }));
  };
  const removeItem = (key: 'schedules' | 'locations' | 'contacts', index: number) =>
    setDraft((d) => ({ ...d, [key]: (d[key] as unknown[]).filter((_, i) => i !== index) }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const found = checkDraft(draft);
    setProblems(found);
    if (found.length > 0) {
      setError(t.t('dir.form.invalid'));
      return;
    }
    setBusy(true);
    try {
      const body = draftBody(draft, service);
      const saved = service
        ? await data(api.PUT('/api/directory/services/{id}', { params: { path: { id: service.id } }, body }))
        : await data(api.POST('/api/directory/services', { body }));
      onSaved(saved as DirectoryService);
    } catch (e) {
      if (e instanceof ApiError)
        setProblems(serverFieldPaths(e.details).map((path) => ({ path, key: 'server' })));
      setError(describeError(t, e));
    } finally {
      setBusy(false);
    }
  };

  const text = (
    path: string,
    labelText: string,
    value: string,
    onChange: (v: string) => void,
    hint?: string,
  ) => (
    <FormField id={id(path)} label={labelText} {...(hint ? { hint } : {})} {...errorProp(problemAt(path))}>
      {(p) => <input {...p} type="text" value={value} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );
  const area = (path: string, labelText: string, value: string, onChange: (v: string) => void) => (
    <FormField id={id(path)} label={labelText} {...errorProp(problemAt(path))}>
      {(p) => <textarea {...p} rows={2} value={value} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );
  const select = (
    path: string,
    labelText: string,
    value: string,
    options: readonly string[],
    group: string,
    onChange: (v: string) => void,
  ) => (
    <FormField id={id(path)} label={labelText} {...errorProp(problemAt(path))}>
      {(p) => (
        <select {...p} className="select" value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o} value={o}>
              {label(group, o)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
  const options = (values: readonly string[], group: string) =>
    values.map((v) => ({ value: v, label: label(group, v) }));

  const schedule = (h: ScheduleDraft, i: number) => (
    <Item
      key={i}
      legend={t.t('dir.form.scheduleN', { n: i + 1 })}
      removeLabel={t.t('dir.form.removeSchedule', { n: i + 1 })}
      onRemove={() => removeItem('schedules', i)}
      testId="schedule"
    >
      <CheckboxGroup
        id={id(`schedules[${i}].byday`)}
        legend={t.t('dir.form.days')}
        options={DAYS.map((d) => ({ value: d, label: t.tryT(`dir.day.${d}`) ?? d }))}
        selected={h.days}
        onChange={(days) => setItem('schedules', i, { days })}
        {...errorProp(problemAt(`schedules[${i}].byday`))}
      />
      <div className="dir-form-row">
        <FormField
          id={id(`schedules[${i}].opens_at`)}
          label={t.t('dir.form.opens')}
          {...errorProp(problemAt(`schedules[${i}].opens_at`))}
        >
          {(p) => (
            <input
              {...p}
              type="time"
              value={h.opens}
              onChange={(e) => setItem('schedules', i, { opens: e.target.value })}
            />
          )}
        </FormField>
        <FormField
          id={id(`schedules[${i}].closes_at`)}
          label={t.t('dir.form.closes')}
          {...errorProp(problemAt(`schedules[${i}].closes_at`))}
        >
          {(p) => (
            <input
              {...p}
              type="time"
              value={h.closes}
              onChange={(e) => setItem('schedules', i, { closes: e.target.value })}
            />
          )}
        </FormField>
      </div>
    </Item>
  );

  const location = (l: LocationDraft, i: number) => {
    const at = (f: keyof LocationDraft) => `locations[${i}].${f}`;
    const change = (c: Partial<LocationDraft>) => setItem('locations', i, c);
    return (
      <Item
        key={i}
        legend={t.t('dir.form.locationN', { n: i + 1 })}
        removeLabel={t.t('dir.form.removeLocation', { n: i + 1 })}
        onRemove={() => removeItem('locations', i)}
        testId="location"
      >
        {text(at('name'), t.t('dir.form.locationName'), l.name, (name) => change({ name }))}
        <div className="dir-form-row">
          {text(at('address1'), t.t('dir.form.address'), l.address1, (address1) => change({ address1 }))}
          {text(at('city'), t.t('dir.form.city'), l.city, (city) => change({ city }))}
        </div>
        {text(
          at('adminPcode'),
          t.t('dir.form.adminPcode'),
          l.adminPcode,
          (adminPcode) => change({ adminPcode }),
          t.t('dir.form.adminPcodeHint'),
        )}
        <div className="dir-form-row">
          {text(at('latitude'), t.t('dir.form.latitude'), l.latitude, (latitude) => change({ latitude }))}
          {text(at('longitude'), t.t('dir.form.longitude'), l.longitude, (longitude) =>
            change({ longitude }),
          )}
        </div>
        <CheckboxGroup
          id={id(at('accessibility'))}
          legend={t.t('dir.filter.accessibility')}
          options={options(ACCESSIBILITY, 'access')}
          selected={l.accessibility}
          onChange={(accessibility) => change({ accessibility })}
        />
      </Item>
    );
  };

  const contact = (c: ContactDraft, i: number) => {
    const at = (f: keyof ContactDraft) => `contacts[${i}].${f}`;
    const change = (x: Partial<ContactDraft>) => setItem('contacts', i, x);
    return (
      <Item
        key={i}
        legend={t.t('dir.form.contactN', { n: i + 1 })}
        removeLabel={t.t('dir.form.removeContact', { n: i + 1 })}
        onRemove={() => removeItem('contacts', i)}
        testId="contact"
      >
        <div className="dir-form-row">
          {text(at('name'), t.t('dir.form.contactName'), c.name, (name) => change({ name }))}
          {text(at('title'), t.t('dir.form.contactTitle'), c.title, (title) => change({ title }))}
        </div>
        <div className="dir-form-row">
          {text(at('email'), t.t('dir.form.email'), c.email, (email) => change({ email }))}
          {text(at('phone'), t.t('dir.form.phone'), c.phone, (phone) => change({ phone }))}
        </div>
        <Checkbox
          id={id(at('isReferralFocalPoint'))}
          label={t.t('dir.form.focalPoint')}
          checked={c.isReferralFocalPoint}
          onChange={(isReferralFocalPoint) => change({ isReferralFocalPoint })}
        />
        {select(
          at('visibility'),
          t.t('dir.form.contactVisibility'),
          c.visibility,
          ['partner', 'public'],
          'form.visibility',
          (v) => change({ visibility: v === 'public' ? 'public' : 'partner' }),
        )}
      </Item>
    );
  };

  return (
    <form onSubmit={(e) => void submit(e)} data-testid="service-edit" noValidate className="dir-form">
      <div aria-live="assertive">
        {error && (
          <div className="alert" role="alert" data-testid="service-form-error">
            <p>{error}</p>
            {problems.length > 0 && (
              <ul>
                {problems.map((p) => (
                  <li key={`${p.path}-${p.key}`}>
                    <a href={`#${id(p.path)}`}>{p.path}</a>: {t.tryT(`dir.form.err.${p.key}`) ?? p.key}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <fieldset className="dir-form-section">
        <legend>{t.t('dir.form.about')}</legend>
        {text('name', t.t('dir.form.name'), draft.name, (v) => set('name', v))}
        <div className="dir-form-row">
          {select('serviceType', t.t('dir.filter.type'), draft.serviceType, serviceTypes, 'type', (v) =>
            set('serviceType', v),
          )}
          {select('status', t.t('dir.form.status'), draft.status, SERVICE_STATUSES, 'status', (v) =>
            set('status', v),
          )}
        </div>
        {area('description', t.t('dir.edit.description'), draft.description, (v) => set('description', v))}
        <Checkbox
          id={id('isPublic')}
          label={t.t('dir.public')}
          hint={t.t('dir.form.publicHint')}
          checked={draft.isPublic}
          onChange={(v) => set('isPublic', v)}
        />
      </fieldset>
      <fieldset className="dir-form-section">
        <legend>{t.t('dir.form.referrals')}</legend>
        {area('eligibilityDescription', t.t('dir.intake'), draft.eligibilityDescription, (v) =>
          set('eligibilityDescription', v),
        )}
        {select(
          'referralMethod',
          t.t('dir.referralMethod'),
          draft.referralMethod,
          REFERRAL_METHODS,
          'method',
          (v) => set('referralMethod', v),
        )}
        {area('referralNextStep', t.t('dir.nextStep'), draft.referralNextStep, (v) =>
          set('referralNextStep', v),
        )}
        {text('referralResponseDelay', t.t('dir.responseDelay'), draft.referralResponseDelay, (v) =>
          set('referralResponseDelay', v),
        )}
      </fieldset>
      <fieldset className="dir-form-section">
        <legend>{t.t('dir.form.who')}</legend>
        <CheckboxGroup
          id={id('populationServed')}
          legend={t.t('dir.filter.population')}
          options={options(POPULATIONS, 'population')}
          selected={draft.populationServed}
          onChange={(v) => set('populationServed', v)}
        />
        <CheckboxGroup
          id={id('languages')}
          legend={t.t('dir.filter.language')}
          options={options(LANGUAGES, 'language')}
          selected={draft.languages}
          onChange={(v) => set('languages', v)}
        />
        {text(
          'coveragePcodes',
          t.t('dir.col.areas'),
          draft.coveragePcodes,
          (v) => set('coveragePcodes', v),
          t.t('dir.form.coverageHint'),
        )}
      </fieldset>
      <fieldset className="dir-form-section">
        <legend>{t.t('dir.hours')}</legend>
        {draft.schedules.length === 0 && <p className="muted">{t.t('dir.form.noSchedule')}</p>}
        {draft.schedules.map(schedule)}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => set('schedules', [...draft.schedules, emptySchedule()])}
        >
          {t.t('dir.form.addSchedule')}
        </button>
      </fieldset>
      <fieldset className="dir-form-section">
        <legend>{t.t('dir.locations')}</legend>
        {draft.locations.length === 0 && <p className="muted">{t.t('dir.form.noLocation')}</p>}
        {draft.locations.map(location)}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => set('locations', [...draft.locations, emptyLocation()])}
        >
          {t.t('dir.form.addLocation')}
        </button>
      </fieldset>
      <fieldset className="dir-form-section">
        <legend>{t.t('dir.contacts')}</legend>
        <p className="hint">{t.t('dir.form.contactsHint')}</p>
        {draft.contacts.map(contact)}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => set('contacts', [...draft.contacts, emptyContact()])}
        >
          {t.t('dir.form.addContact')}
        </button>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {service ? t.t('dir.edit.save') : t.t('dir.form.create')}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t.t('dir.edit.cancel')}
        </button>
      </div>
    </form>
  );
}

const errorProp = (error: string | undefined) => (error ? { error } : {});

function Item({
  legend,
  removeLabel,
  onRemove,
  testId,
  children,
}: {
  legend: string;
  removeLabel: string;
  onRemove: () => void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="dir-form-item" data-testid={testId}>
      <legend>{legend}</legend>
      {children}
      <button type="button" className="button button-secondary" onClick={onRemove}>
        {removeLabel}
      </button>
    </fieldset>
  );
}
