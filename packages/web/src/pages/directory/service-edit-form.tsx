/**
 * The owner's edit form for one of its services: the fields a caseworker relies on before a
 * referral (description, intake criteria, referral method and next step, response time) and
 * whether the service is listed publicly. The PUT replaces the service, so every other field,
 * location and contact is sent back as read; saving also counts as a review.
 */
import { useState, type FormEvent } from 'react';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { describeError } from '../../api/describe-error';
import { useI18n } from '../../i18n/i18n-context';
import { useCodeLabel } from './directory-parts';
import { REFERRAL_METHODS, type DirectoryService } from './directory-types';

/** The service as the PUT route takes it (services/src/directory/validation.ts), from its view. */
export function serviceInput(s: DirectoryService, change: Partial<DirectoryService>) {
  const v = { ...s, ...change };
  return {
    name: v.name,
    alternateName: v.alternateName,
    description: v.description,
    url: v.url,
    email: v.email,
    status: v.status,
    serviceType: v.serviceType,
    interpretationServices: v.interpretationServices,
    applicationProcess: v.applicationProcess,
    feesDescription: v.feesDescription,
    waitTime: v.waitTime,
    eligibilityDescription: v.eligibilityDescription,
    minimumAge: v.minimumAge,
    maximumAge: v.maximumAge,
    alert: v.alert,
    languages: v.languages,
    populationServed: v.populationServed,
    coveragePcodes: v.coveragePcodes,
    schedules: v.schedules,
    referralMethod: v.referralMethod,
    referralNextStep: v.referralNextStep,
    referralResponseDelay: v.referralResponseDelay,
    feedbackMechanism: v.feedbackMechanism,
    feedbackDelay: v.feedbackDelay,
    isPublic: v.isPublic,
    locations: v.locations.map((l) => ({
      name: l.name,
      description: l.description,
      address1: l.address1,
      city: l.city,
      stateProvince: l.stateProvince,
      country: l.country,
      latitude: l.latitude,
      longitude: l.longitude,
      adminPcode: l.adminPcode,
      accessibility: l.accessibility,
    })),
    contacts: v.contacts.map((c) => ({
      name: c.name,
      title: c.title,
      email: c.email,
      phone: c.phone,
      isReferralFocalPoint: c.isReferralFocalPoint,
      visibility: c.visibility,
    })),
  };
}

export function ServiceEditForm({
  service: s,
  onSaved,
  onCancel,
}: {
  service: DirectoryService;
  onSaved: (saved: DirectoryService) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const label = useCodeLabel();
  const api = useApi();
  const [description, setDescription] = useState(s.description);
  const [intake, setIntake] = useState(s.eligibilityDescription ?? '');
  const [method, setMethod] = useState(s.referralMethod);
  const [nextStep, setNextStep] = useState(s.referralNextStep ?? '');
  const [delay, setDelay] = useState(s.referralResponseDelay ?? '');
  const [isPublic, setIsPublic] = useState(s.isPublic);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = (f: string) => `edit-${s.id}-${f}`;
  const orNull = (v: string) => (v.trim() ? v.trim() : null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = serviceInput(s, {
        description: description.trim(),
        eligibilityDescription: orNull(intake),
        referralMethod: method,
        referralNextStep: orNull(nextStep),
        referralResponseDelay: orNull(delay),
        isPublic,
      });
      const saved = await data(
        api.PUT('/api/directory/services/{id}', { params: { path: { id: s.id } }, body }),
      );
      onSaved(saved as DirectoryService);
    } catch (e) {
      setError(describeError(t, e));
    } finally {
      setBusy(false);
    }
  };

  const area = (f: string, text: string, value: string, set: (v: string) => void) => (
    <div className="field">
      <label htmlFor={id(f)}>{text}</label>
      <textarea id={id(f)} rows={2} value={value} onChange={(e) => set(e.target.value)} />
    </div>
  );
  return (
    <form onSubmit={(e) => void submit(e)} data-testid="service-edit">
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      {area('description', t.t('dir.edit.description'), description, setDescription)}
      {area('intake', t.t('dir.intake'), intake, setIntake)}
      <div className="field">
        <label htmlFor={id('method')}>{t.t('dir.referralMethod')}</label>
        <select
          id={id('method')}
          className="select"
          value={method}
          onChange={(e) => setMethod(e.target.value)}
        >
          {REFERRAL_METHODS.map((m) => (
            <option key={m} value={m}>
              {label('method', m)}
            </option>
          ))}
        </select>
      </div>
      {area('next', t.t('dir.nextStep'), nextStep, setNextStep)}
      <div className="field">
        <label htmlFor={id('delay')}>{t.t('dir.responseDelay')}</label>
        <input id={id('delay')} type="text" value={delay} onChange={(e) => setDelay(e.target.value)} />
      </div>
      <div className="field">
        <label>
          <input type="checkbox" checked={isPublic} onChange={(e) => setIsPublic(e.target.checked)} />{' '}
          {t.t('dir.public')}
        </label>
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t.t('dir.edit.save')}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t.t('dir.edit.cancel')}
        </button>
      </div>
    </form>
  );
}
