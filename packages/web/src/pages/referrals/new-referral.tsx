/**
 * A new referral: the receiving organisation and its service (intake criteria and referral method
 * shown; "referrals not accepted" blocks), the minimum payload of domain.md §10.2, the consent
 * record of §10.5, the checks on this device (payload fields, consent covers the organisation, the
 * service and every field), then encryption here and sending. Nothing leaves the device in clear.
 * When the consent does not cover the referral, a holder of `referral.consent-override` (a partner
 * focal point) is offered a consent override: a legal basis other than consent and a justification
 * (encrypted with the content); the referral then waits for a second focal point's approval.
 * Asking for an override needs the `referral-no-consent` checklist ticked (issue 11 §5).
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { membershipRolesAllowed } from '@steward/core/auth/permissions';
import {
  checkReferralPayload,
  encryptContent,
  OVERRIDE_JUSTIFICATION_MAX,
  OVERRIDE_JUSTIFICATION_MIN,
  OVERRIDE_LEGAL_BASES,
  planSending,
  type ConsentOverride,
  type ConsentProblem,
  type PayloadProblem,
} from '@steward/core/referrals/index';
import { describeError } from '../../api/describe-error';
import { data } from '../../api/steward-client';
import { useRouter } from '../../app/router';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { Checkbox, CheckboxGroup, FormField } from '../../components';
import { RiskChecklist, checklistComplete, type ChecklistState } from '../../guidance/risk-checklist';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import type { DirectoryService } from '../directory/directory-types';
import { useReferrals } from './referrals-context';
import { ReferralsHeader } from './referrals-header';
import { UnlockPanel } from './unlock-panel';
import { tryDecrypt } from './keyring';
import type { OrgPublicKey, ReferralArea, ReferralContent, ReferralView } from './referral-types';
import { useSay } from './say';

const PRIORITIES = ['emergency', 'urgent', 'normal'] as const;
const SEXES = ['female', 'male', 'other', 'unknown'] as const;
const GIVEN_BY = ['self', 'parent', 'guardian', 'caregiver', 'other'] as const;
const LEGAL_BASES = [
  'consent',
  'vital_interest',
  'public_interest',
  'legitimate_interest',
  'contract',
  'legal_obligation',
] as const;
const METHODS = ['written', 'witnessed_mark', 'oral_recorded'] as const;
const CONSENT_STATUSES = ['given', 'refused', 'withdrawn', 'expired'] as const;
const PURPOSES = ['referral', 'service_delivery', 'follow_up'] as const;
/** The payload fields a caseworker fills in (each is a consent data category). */
const CATEGORIES = ['caseCode', 'age', 'sex', 'adm2', 'contact', 'caregiver', 'reason'] as const;
const NOT_ACCEPTED = 'referrals-not-accepted';
/** Fingerprints of partners' keys seen when sending (public keys, not personal data). */
const SEEN_KEYS = 'steward.referrals.seenKeys';

type Load<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

function seenKeys(): Record<string, string> {
  try {
    const v = JSON.parse(localStorage.getItem(SEEN_KEYS) ?? '{}') as unknown;
    return typeof v === 'object' && v !== null ? (v as Record<string, string>) : {};
  } catch {
    return {};
  }
}

const today = () => new Date().toISOString().slice(0, 10);

export function NewReferral() {
  const { t } = useI18n();
  const say = useSay();
  const api = useApi();
  const session = useAuthenticatedSession();
  const { navigate } = useRouter();
  const { acronym: myAcronym, keyring, keyStatus, role } = useReferrals();
  const overrideHolder = (membershipRolesAllowed('referral.consent-override') as string[]).includes(
    role ?? '',
  );
  useDocumentTitle(t.t('referrals.new'));

  const [services, setServices] = useState<Load<DirectoryService[]>>({ status: 'loading' });
  const [areas, setAreas] = useState<ReferralArea[]>([]);
  const [to, setTo] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [receiverKey, setReceiverKey] = useState<Load<OrgPublicKey> | null>(null);
  const [confirmKeyChange, setConfirmKeyChange] = useState(false);

  const [priority, setPriority] = useState<string>('');
  const [caseCode, setCaseCode] = useState('');
  const [age, setAge] = useState('');
  const [sex, setSex] = useState('');
  const [adm2, setAdm2] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [caregiverName, setCaregiverName] = useState('');
  const [caregiverRelationship, setCaregiverRelationship] = useState('');
  const [caregiverPhone, setCaregiverPhone] = useState('');
  const [caregiverInformed, setCaregiverInformed] = useState(false);
  const [reason, setReason] = useState('');

  const [givenBy, setGivenBy] = useState('self');
  const [capacityNote, setCapacityNote] = useState('');
  const [childViews, setChildViews] = useState('');
  const [legalBasis, setLegalBasis] = useState('consent');
  const [purposes, setPurposes] = useState<string[]>(['referral']);
  const [scopeOrganisation, setScopeOrganisation] = useState(false);
  const [scopeService, setScopeService] = useState(false);
  const [categories, setCategories] = useState<string[]>([]);
  const [reporting, setReporting] = useState(false);
  const [method, setMethod] = useState('');
  const [obtainedAt, setObtainedAt] = useState(today());
  const [obtainedBy, setObtainedBy] = useState(session.user.displayName);
  const [expiresAt, setExpiresAt] = useState('');
  const [consentStatus, setConsentStatus] = useState('given');

  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  // Consent override: offered once the check found consent that does not cover the referral.
  const [consentFailed, setConsentFailed] = useState(false);
  const [useOverride, setUseOverride] = useState(false);
  const [overrideBasis, setOverrideBasis] = useState('');
  const [justification, setJustification] = useState('');
  const [checklist, setChecklist] = useState<ChecklistState>([]);

  useEffect(() => {
    data(api.GET('/api/directory/services', { params: { query: {} } })).then(
      (r) => setServices({ status: 'ready', value: (r as { items: DirectoryService[] }).items }),
      (error: unknown) => setServices({ status: 'failed', error }),
    );
    data(api.GET('/api/referrals/areas')).then(setAreas, () => setAreas([]));
  }, [api]);

  const organisations = useMemo(() => {
    if (services.status !== 'ready') return [];
    const m = new Map<string, string>();
    for (const s of services.value)
      if (s.organisationAcronym && s.organisationAcronym !== myAcronym)
        m.set(s.organisationAcronym, s.organisationName ?? s.organisationAcronym);
    return [...m.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  }, [services, myAcronym]);

  const orgServices = useMemo(
    () => (services.status === 'ready' ? services.value.filter((s) => s.organisationAcronym === to) : []),
    [services, to],
  );
  const service = orgServices.find((s) => s.id === serviceId);
  const minor = age !== '' && Number(age) < 18;

  // The receiving organisation's current public key, and whether it changed since last time.
  useEffect(() => {
    setServiceId('');
    setConfirmKeyChange(false);
    if (!to) {
      setReceiverKey(null);
      return;
    }
    setReceiverKey({ status: 'loading' });
    data(api.GET('/api/referrals/keys/organisations/{acronym}', { params: { path: { acronym: to } } })).then(
      (k) => setReceiverKey({ status: 'ready', value: k as OrgPublicKey }),
      (error: unknown) => setReceiverKey({ status: 'failed', error }),
    );
  }, [api, to]);
  const seenBefore = receiverKey?.status === 'ready' ? seenKeys()[to] : undefined;
  const keyChanged =
    receiverKey?.status === 'ready' &&
    seenBefore !== undefined &&
    seenBefore !== receiverKey.value.fingerprint;

  const areaGroups = useMemo(() => {
    const g = new Map<string, ReferralArea[]>();
    for (const a of areas) {
      const k = a.adm1Name ?? a.adm1 ?? '';
      g.set(k, [...(g.get(k) ?? []), a]);
    }
    return [...g.entries()];
  }, [areas]);

  const fieldLabel = (f: string) => t.tryT(`referrals.field.${f}`) ?? f;

  const payloadObject = () => {
    const p: Record<string, unknown> = {};
    if (caseCode.trim()) p.caseCode = caseCode.trim();
    if (age.trim() !== '') p.age = Number(age);
    if (sex) p.sex = sex;
    if (adm2) p.adm2 = adm2;
    const contact: Record<string, string> = {};
    if (phone.trim()) contact.phone = phone.trim();
    if (email.trim()) contact.email = email.trim();
    if (Object.keys(contact).length > 0) p.contact = contact;
    if (minor && (caregiverName.trim() || caregiverPhone.trim() || caregiverRelationship.trim())) {
      p.caregiver = {
        ...(caregiverName.trim() ? { name: caregiverName.trim() } : {}),
        ...(caregiverRelationship.trim() ? { relationship: caregiverRelationship.trim() } : {}),
        ...(caregiverPhone.trim() ? { contact: { phone: caregiverPhone.trim() } } : {}),
        informed: caregiverInformed,
      };
    }
    if (reason.trim()) p.reason = reason.trim();
    return p;
  };

  const consentObject = () => ({
    ...(caseCode.trim() ? { subject: caseCode.trim() } : {}),
    givenBy,
    ...(capacityNote.trim() ? { capacityNote: capacityNote.trim() } : {}),
    ...(minor && childViews.trim() ? { childViews: childViews.trim() } : {}),
    legalBasis,
    purposes,
    scope: {
      organisations: scopeOrganisation && to ? [to] : [],
      services: scopeService && serviceId ? [serviceId] : [],
      dataCategories: categories,
    },
    reporting,
    method,
    obtainedAt,
    ...(obtainedBy.trim() ? { obtainedBy: obtainedBy.trim() } : {}),
    ...(expiresAt ? { expiresAt } : {}),
    status: consentStatus,
  });

  const payloadProblem = (p: PayloadProblem): string => {
    switch (p.code) {
      case 'referral.payload.not_object':
        return t.t('referrals.check.payloadMissing', { fields: '' });
      case 'referral.payload.unknown_fields':
        return t.t('referrals.check.payloadUnknown', { fields: t.list(p.fields.map(fieldLabel)) });
      case 'referral.payload.missing_fields':
        return t.t('referrals.check.payloadMissing', { fields: t.list(p.fields.map(fieldLabel)) });
      case 'referral.payload.invalid_fields':
        return t.t('referrals.check.payloadInvalid', { fields: t.list(p.fields.map(fieldLabel)) });
    }
  };

  const consentProblem = (p: ConsentProblem): string[] => {
    switch (p.code) {
      case 'consent.invalid':
        return [
          t.t('referrals.check.consentInvalid', {
            fields: t.list(p.fields.map((f) => t.tryT(`referrals.consent.${f}`) ?? f)),
          }),
        ];
      case 'consent.not_given':
        return [
          t.t('referrals.check.consentNotGiven', { status: say(`referrals.consent.status.${p.status}`) }),
        ];
      case 'consent.expired':
        return [t.t('referrals.check.consentExpired', { date: p.expiresAt })];
      case 'consent.not_covered': {
        const out: string[] = [];
        if (p.organisation)
          out.push(t.t('referrals.check.notCoveredOrganisation', { organisation: p.organisation }));
        if (p.service)
          out.push(t.t('referrals.check.notCoveredService', { service: service?.name ?? p.service }));
        if (p.fields.length > 0)
          out.push(t.t('referrals.check.notCoveredFields', { fields: t.list(p.fields.map(fieldLabel)) }));
        return out;
      }
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSendError(null);
    const errors: Record<string, string> = {};
    const found: string[] = [];
    if (!to) errors.to = t.t('referrals.check.chooseOrganisation');
    if (!service) errors.service = t.t('referrals.check.chooseService');
    else if (service.referralMethod === NOT_ACCEPTED || service.status !== 'active')
      errors.service = t.t('referrals.notAccepted', { name: service.name });
    if (!priority) errors.priority = t.t('referrals.check.choosePriority');
    if (!method) errors.method = t.t('referrals.check.chooseMethod');
    const payload = payloadObject();
    const checked = checkReferralPayload(payload);
    if (!checked.ok) {
      found.push(payloadProblem(checked.problem));
      if ('fields' in checked.problem)
        for (const f of checked.problem.fields)
          errors[f] = t.t('referrals.check.fieldProblem', { field: fieldLabel(f) });
    }
    if (receiverKey?.status === 'failed') found.push(describeError(t, receiverKey.error));
    if (keyChanged && !confirmKeyChange) errors.keyChange = t.t('referrals.key.confirmNeeded');
    let override: ConsentOverride | null = null;
    let overrideNotNeeded = false;
    if (checked.ok && to && serviceId && method) {
      const plan = planSending(
        consentObject(),
        { organisation: to, service: serviceId, payloadFields: Object.keys(checked.payload), today: today() },
        overrideHolder && useOverride ? { legalBasis: overrideBasis, justification } : null,
      );
      if (!plan.ok) {
        const p = plan.problem;
        if (p.code === 'referral.override_not_needed') {
          overrideNotNeeded = true;
          setConsentFailed(false);
          setUseOverride(false);
          found.push(t.t('refoverride.notNeeded'));
        } else if (p.code === 'referral.override_legal_basis')
          errors.overrideBasis = t.t('refoverride.chooseBasis');
        else if (p.code === 'referral.override_justification')
          errors.justification = t.t('refoverride.justificationLength', { min: p.min, max: p.max });
        else {
          found.push(...consentProblem(p));
          if (p.code !== 'consent.invalid') setConsentFailed(true);
        }
      } else override = plan.override;
    }
    if (
      overrideHolder &&
      useOverride &&
      !overrideNotNeeded &&
      !checklistComplete('referral-no-consent', checklist)
    )
      errors.checklist = t.t('guidance.checklist.incomplete');
    setFieldErrors(errors);
    const all = [...Object.values(errors).filter((v, i, a) => a.indexOf(v) === i), ...found];
    setProblems(all);
    if (all.length > 0) return;
    if (!keyring) {
      setProblems([t.t('referrals.check.unlockFirst')]);
      return;
    }
    const own = keyStatus.status === 'ready' ? keyStatus.value.organisationKey : null;
    if (!own || receiverKey?.status !== 'ready') {
      setProblems([t.t('referrals.check.noOwnKey')]);
      return;
    }
    setSending(true);
    try {
      // A consent withdrawn for this case (flagged on a referral sent before) blocks at once.
      const sent = (await data(
        api.GET('/api/referrals', { params: { query: { direction: 'sent' } } }),
      )) as ReferralView[];
      // The consent's opaque reference (server-known, so the server refuses it once withdrawn):
      // the one of an earlier referral for the same case, else a fresh random one.
      let consentRef: string | null = null;
      for (const r of sent.filter((x) => x.consentWithdrawn || x.consentRef !== null)) {
        const c = await tryDecrypt<ReferralContent>(keyring, r.content, r.id, 1);
        const same = checked.ok && c?.payload?.caseCode === checked.payload.caseCode;
        if (same && consentRef === null && r.consentRef !== null && c?.consent?.id === r.consentRef)
          consentRef = r.consentRef;
        if (same && r.consentWithdrawn) {
          setProblems([
            t.t('referrals.check.consentWithdrawnCase', {
              caseCode: checked.payload.caseCode,
              reference: r.reference,
            }),
          ]);
          return;
        }
      }
      // Fetch the receiver's key again: it must be the one shown (else the server refuses a stale key).
      const fresh = (await data(
        api.GET('/api/referrals/keys/organisations/{acronym}', { params: { path: { acronym: to } } }),
      )) as OrgPublicKey;
      if (fresh.fingerprint !== receiverKey.value.fingerprint) {
        setReceiverKey({ status: 'ready', value: fresh });
        setConfirmKeyChange(false);
        setProblems([t.t('referrals.key.changedMeanwhile')]);
        return;
      }
      const id = crypto.randomUUID();
      consentRef ??= crypto.randomUUID();
      const content = await encryptContent(
        {
          payload: checked.ok ? checked.payload : payload,
          consent: { ...consentObject(), id: consentRef },
          priority,
          ...(override ? { override } : {}),
        },
        id,
        1,
        [
          { keyId: fresh.keyId, publicKey: fresh.publicKey },
          { keyId: own.keyId, publicKey: own.publicKey },
        ],
      );
      await data(
        api.POST('/api/referrals', {
          body: {
            id,
            to,
            serviceId,
            priority,
            adm2,
            content,
            consentChecked: true,
            consentRef,
            ...(override ? { consentCovered: false, override: { legalBasis: override.legalBasis } } : {}),
          },
        }),
      );
      localStorage.setItem(SEEN_KEYS, JSON.stringify({ ...seenKeys(), [to]: fresh.fingerprint }));
      navigate(`/referrals/${id}?${override ? 'override' : 'sent'}=1`);
    } catch (error) {
      setSendError(describeError(t, error));
    } finally {
      setSending(false);
    }
  };

  const err = (k: string) => (fieldErrors[k] ? { error: fieldErrors[k] } : {});

  return (
    <div className="page">
      <ReferralsHeader title={t.t('referrals.new')} intro={t.t('referrals.newIntro')} />
      <UnlockPanel />
      <form
        className="ref-form"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-label={t.t('referrals.new')}
      >
        <section className="card" aria-labelledby="ref-to-title">
          <h2 id="ref-to-title">{t.t('referrals.step.receiver')}</h2>
          {services.status === 'failed' && <p className="alert">{describeError(t, services.error)}</p>}
          <FormField id="ref-to" label={t.t('referrals.field.to')} {...err('to')}>
            {(props) => (
              <select {...props} value={to} onChange={(e) => setTo(e.target.value)}>
                <option value="">{t.t('referrals.choose')}</option>
                {organisations.map(([acr, name]) => (
                  <option key={acr} value={acr}>
                    {acr} — {name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {receiverKey?.status === 'failed' && (
            <p className="alert" role="alert" data-testid="receiver-key-error">
              {describeError(t, receiverKey.error)}
            </p>
          )}
          {receiverKey?.status === 'ready' && (
            <p data-testid="receiver-fingerprint">
              {t.t('referrals.key.receiverFingerprint', { organisation: to })}{' '}
              <span dir="ltr" className="ref-mono">
                {receiverKey.value.fingerprint}
              </span>
            </p>
          )}
          {keyChanged && receiverKey?.status === 'ready' && (
            <div className="alert" role="alert" data-testid="key-changed">
              <p>
                {t.t('referrals.key.changed', { organisation: to })}{' '}
                <span dir="ltr" className="ref-mono">
                  {seenBefore}
                </span>{' '}
                →{' '}
                <span dir="ltr" className="ref-mono">
                  {receiverKey.value.fingerprint}
                </span>
              </p>
              <Checkbox
                id="ref-key-confirm"
                label={t.t('referrals.key.confirm', { organisation: to })}
                checked={confirmKeyChange}
                onChange={setConfirmKeyChange}
              />
              {fieldErrors.keyChange && <p className="field-error">{fieldErrors.keyChange}</p>}
            </div>
          )}
          {to && (
            <fieldset
              className="field ref-services"
              aria-describedby={fieldErrors.service ? 'ref-service-error' : undefined}
            >
              <legend>{t.t('referrals.field.service')}</legend>
              {fieldErrors.service && (
                <p id="ref-service-error" className="field-error">
                  {fieldErrors.service}
                </p>
              )}
              {orgServices.length === 0 && <p className="muted">{t.t('referrals.noServices')}</p>}
              {orgServices.map((s) => {
                const blocked = s.referralMethod === NOT_ACCEPTED || s.status !== 'active';
                return (
                  <div
                    key={s.id}
                    className={`ref-service${blocked ? ' ref-service-blocked' : ''}`}
                    data-service={s.name}
                  >
                    <label>
                      <input
                        type="radio"
                        name="ref-service"
                        value={s.id}
                        checked={serviceId === s.id}
                        disabled={blocked}
                        onChange={() => {
                          setServiceId(s.id);
                          setScopeService(false);
                        }}
                      />{' '}
                      <strong>
                        <bdi>{s.name}</bdi>
                      </strong>{' '}
                      · {t.tryT(`dir.type.${s.serviceType}`) ?? s.serviceType}
                    </label>
                    <dl className="ref-fields">
                      <dt>{t.t('referrals.service.method')}</dt>
                      <dd data-field="referral-method">
                        {t.tryT(`dir.method.${s.referralMethod}`) ?? s.referralMethod}
                      </dd>
                      {s.eligibilityDescription && (
                        <>
                          <dt>{t.t('dir.intake')}</dt>
                          <dd data-field="intake">
                            <bdi>{s.eligibilityDescription}</bdi>
                          </dd>
                        </>
                      )}
                      {s.referralResponseDelay && (
                        <>
                          <dt>{t.t('dir.responseDelay')}</dt>
                          <dd>
                            <bdi>{s.referralResponseDelay}</bdi>
                          </dd>
                        </>
                      )}
                      {s.referralNextStep && (
                        <>
                          <dt>{t.t('dir.nextStep')}</dt>
                          <dd>
                            <bdi>{s.referralNextStep}</bdi>
                          </dd>
                        </>
                      )}
                    </dl>
                    {blocked && (
                      <p className="notice" data-testid="not-accepted">
                        {t.t('referrals.notAccepted', { name: s.name })}
                      </p>
                    )}
                  </div>
                );
              })}
            </fieldset>
          )}
        </section>

        <section className="card" aria-labelledby="ref-payload-title">
          <h2 id="ref-payload-title">{t.t('referrals.step.payload')}</h2>
          <p className="muted">{t.t('referrals.payloadIntro')}</p>
          <fieldset
            className="field"
            aria-describedby={fieldErrors.priority ? 'ref-priority-error' : undefined}
          >
            <legend>{t.t('referrals.field.priority')}</legend>
            {fieldErrors.priority && (
              <p id="ref-priority-error" className="field-error">
                {fieldErrors.priority}
              </p>
            )}
            {PRIORITIES.map((p) => (
              <label key={p} className="ref-radio">
                <input
                  type="radio"
                  name="ref-priority"
                  value={p}
                  checked={priority === p}
                  onChange={() => setPriority(p)}
                />{' '}
                {say(`referrals.priorityDue.${p}`)}
              </label>
            ))}
          </fieldset>
          <div className="ref-grid">
            <FormField
              id="ref-case-code"
              label={t.t('referrals.field.caseCode')}
              hint={t.t('referrals.hint.caseCode')}
              {...err('caseCode')}
            >
              {(props) => (
                <input
                  {...props}
                  maxLength={64}
                  value={caseCode}
                  onChange={(e) => setCaseCode(e.target.value)}
                />
              )}
            </FormField>
            <FormField id="ref-age" label={t.t('referrals.field.age')} {...err('age')}>
              {(props) => (
                <input
                  {...props}
                  type="number"
                  min={0}
                  max={130}
                  inputMode="numeric"
                  value={age}
                  onChange={(e) => setAge(e.target.value)}
                />
              )}
            </FormField>
            <FormField id="ref-sex" label={t.t('referrals.field.sex')} {...err('sex')}>
              {(props) => (
                <select {...props} value={sex} onChange={(e) => setSex(e.target.value)}>
                  <option value="">{t.t('referrals.choose')}</option>
                  {SEXES.map((s) => (
                    <option key={s} value={s}>
                      {say(`referrals.sex.${s}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField
              id="ref-adm2"
              label={t.t('referrals.field.adm2')}
              hint={t.t('referrals.hint.adm2')}
              {...err('adm2')}
            >
              {(props) => (
                <select {...props} value={adm2} onChange={(e) => setAdm2(e.target.value)}>
                  <option value="">{t.t('referrals.choose')}</option>
                  {areaGroups.map(([group, list]) => (
                    <optgroup key={group} label={group}>
                      {list.map((a) => (
                        <option key={a.pcode} value={a.pcode}>
                          {a.name} ({a.pcode})
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              )}
            </FormField>
            <FormField
              id="ref-phone"
              label={t.t('referrals.field.phone')}
              hint={t.t('referrals.hint.contact')}
              {...err('contact')}
            >
              {(props) => (
                <input
                  {...props}
                  type="tel"
                  dir="ltr"
                  maxLength={300}
                  value={phone}
                  onChange={(e) => setPhone(e.target.value)}
                />
              )}
            </FormField>
            <FormField id="ref-email" label={t.t('referrals.field.email')}>
              {(props) => (
                <input
                  {...props}
                  type="email"
                  dir="ltr"
                  maxLength={300}
                  value={email}
                  onChange={(e) => setEmail(e.target.value)}
                />
              )}
            </FormField>
          </div>
          {minor && (
            <fieldset className="field ref-caregiver">
              <legend>{t.t('referrals.caregiver.title')}</legend>
              <div className="ref-grid">
                <FormField id="ref-cg-name" label={t.t('referrals.caregiver.name')}>
                  {(props) => (
                    <input
                      {...props}
                      value={caregiverName}
                      onChange={(e) => setCaregiverName(e.target.value)}
                    />
                  )}
                </FormField>
                <FormField id="ref-cg-rel" label={t.t('referrals.caregiver.relationship')}>
                  {(props) => (
                    <input
                      {...props}
                      value={caregiverRelationship}
                      onChange={(e) => setCaregiverRelationship(e.target.value)}
                    />
                  )}
                </FormField>
                <FormField id="ref-cg-phone" label={t.t('referrals.caregiver.phone')}>
                  {(props) => (
                    <input
                      {...props}
                      type="tel"
                      dir="ltr"
                      value={caregiverPhone}
                      onChange={(e) => setCaregiverPhone(e.target.value)}
                    />
                  )}
                </FormField>
              </div>
              <Checkbox
                id="ref-cg-informed"
                label={t.t('referrals.caregiver.informed')}
                checked={caregiverInformed}
                onChange={setCaregiverInformed}
              />
            </fieldset>
          )}
          <FormField
            id="ref-reason"
            label={t.t('referrals.field.reason')}
            hint={t.t('referrals.hint.reason')}
            {...err('reason')}
          >
            {(props) => (
              <textarea
                {...props}
                maxLength={1000}
                rows={3}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </FormField>
        </section>

        <section className="card" aria-labelledby="ref-consent-title">
          <h2 id="ref-consent-title">{t.t('referrals.step.consent')}</h2>
          <p className="muted">{t.t('referrals.consentIntro')}</p>
          <div className="ref-grid">
            <FormField id="ref-given-by" label={t.t('referrals.consent.givenBy')}>
              {(props) => (
                <select {...props} value={givenBy} onChange={(e) => setGivenBy(e.target.value)}>
                  {GIVEN_BY.map((g) => (
                    <option key={g} value={g}>
                      {say(`referrals.consent.givenBy.${g}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField id="ref-capacity" label={t.t('referrals.consent.capacityNote')}>
              {(props) => (
                <input {...props} value={capacityNote} onChange={(e) => setCapacityNote(e.target.value)} />
              )}
            </FormField>
            {minor && (
              <FormField id="ref-child-views" label={t.t('referrals.consent.childViews')}>
                {(props) => (
                  <input {...props} value={childViews} onChange={(e) => setChildViews(e.target.value)} />
                )}
              </FormField>
            )}
            <FormField id="ref-legal-basis" label={t.t('referrals.consent.legalBasis')}>
              {(props) => (
                <select {...props} value={legalBasis} onChange={(e) => setLegalBasis(e.target.value)}>
                  {LEGAL_BASES.map((b) => (
                    <option key={b} value={b}>
                      {say(`referrals.consent.basis.${b}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField id="ref-method" label={t.t('referrals.consent.method')} {...err('method')}>
              {(props) => (
                <select {...props} value={method} onChange={(e) => setMethod(e.target.value)}>
                  <option value="">{t.t('referrals.choose')}</option>
                  {METHODS.map((m) => (
                    <option key={m} value={m}>
                      {say(`referrals.consent.method.${m}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField id="ref-consent-status" label={t.t('referrals.consent.status')}>
              {(props) => (
                <select {...props} value={consentStatus} onChange={(e) => setConsentStatus(e.target.value)}>
                  {CONSENT_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {say(`referrals.consent.status.${s}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField id="ref-obtained-at" label={t.t('referrals.consent.obtainedAt')}>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  value={obtainedAt}
                  onChange={(e) => setObtainedAt(e.target.value)}
                />
              )}
            </FormField>
            <FormField id="ref-obtained-by" label={t.t('referrals.consent.obtainedBy')}>
              {(props) => (
                <input {...props} value={obtainedBy} onChange={(e) => setObtainedBy(e.target.value)} />
              )}
            </FormField>
            <FormField id="ref-expires-at" label={t.t('referrals.consent.expiresAt')}>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  value={expiresAt}
                  onChange={(e) => setExpiresAt(e.target.value)}
                />
              )}
            </FormField>
          </div>
          <CheckboxGroup
            id="ref-purposes"
            legend={t.t('referrals.consent.purposes')}
            options={PURPOSES.map((p) => ({ value: p, label: say(`referrals.consent.purpose.${p}`) }))}
            selected={purposes}
            onChange={setPurposes}
          />
          <fieldset className="field">
            <legend>{t.t('referrals.consent.scope')}</legend>
            <Checkbox
              id="ref-scope-org"
              label={
                to
                  ? t.t('referrals.consent.scopeOrganisation', { organisation: to })
                  : t.t('referrals.consent.scopeOrganisationNone')
              }
              checked={scopeOrganisation}
              onChange={setScopeOrganisation}
            />
            <Checkbox
              id="ref-scope-service"
              label={
                service
                  ? t.t('referrals.consent.scopeService', { service: service.name })
                  : t.t('referrals.consent.scopeServiceNone')
              }
              checked={scopeService}
              onChange={setScopeService}
            />
          </fieldset>
          <CheckboxGroup
            id="ref-categories"
            legend={t.t('referrals.consent.categories')}
            hint={t.t('referrals.consent.categoriesHint')}
            options={CATEGORIES.map((c) => ({ value: c, label: fieldLabel(c) }))}
            selected={categories}
            onChange={setCategories}
          />
          <Checkbox
            id="ref-reporting"
            label={t.t('referrals.consent.reporting')}
            checked={reporting}
            onChange={setReporting}
          />
        </section>

        <section className="card" aria-labelledby="ref-send-title">
          <h2 id="ref-send-title">{t.t('referrals.step.send')}</h2>
          <p className="muted">{t.t('referrals.sendIntro')}</p>
          {consentFailed &&
            (overrideHolder ? (
              <fieldset className="ref-override" data-testid="override-offer">
                <legend>{t.t('refoverride.title')}</legend>
                <p className="muted">{t.t('refoverride.offerHint')}</p>
                <Checkbox
                  id="ref-override"
                  label={t.t('refoverride.offer')}
                  checked={useOverride}
                  onChange={setUseOverride}
                />
                {useOverride && (
                  <>
                    <FormField
                      id="ref-override-basis"
                      label={t.t('refoverride.legalBasis')}
                      {...err('overrideBasis')}
                    >
                      {(props) => (
                        <select
                          {...props}
                          value={overrideBasis}
                          onChange={(e) => setOverrideBasis(e.target.value)}
                        >
                          <option value="">{t.t('refoverride.chooseBasis')}</option>
                          {OVERRIDE_LEGAL_BASES.map((b) => (
                            <option key={b} value={b}>
                              {say(`referrals.consent.basis.${b}`)}
                            </option>
                          ))}
                        </select>
                      )}
                    </FormField>
                    <FormField
                      id="ref-override-justification"
                      label={t.t('refoverride.justification')}
                      hint={t.t('refoverride.justificationHint', {
                        min: OVERRIDE_JUSTIFICATION_MIN,
                        max: OVERRIDE_JUSTIFICATION_MAX,
                      })}
                      {...err('justification')}
                    >
                      {(props) => (
                        <textarea
                          {...props}
                          maxLength={OVERRIDE_JUSTIFICATION_MAX}
                          rows={4}
                          value={justification}
                          onChange={(e) => setJustification(e.target.value)}
                        />
                      )}
                    </FormField>
                    <RiskChecklist
                      kind="referral-no-consent"
                      value={checklist}
                      onChange={(next) => {
                        setChecklist(next);
                        if (checklistComplete('referral-no-consent', next))
                          setFieldErrors(({ checklist: _done, ...rest }) => rest);
                      }}
                      error={fieldErrors.checklist !== undefined}
                    />
                  </>
                )}
              </fieldset>
            ) : (
              <p className="notice" data-testid="override-not-holder">
                {t.t('refoverride.notHolder')}
              </p>
            ))}
          <div aria-live="polite">
            {problems.length > 0 && (
              <div className="alert" role="alert" data-testid="send-problems">
                <p className="alert-title">{t.t('referrals.check.nothingSent')}</p>
                <ul>
                  {problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </div>
            )}
            {sendError && (
              <p className="alert" role="alert" data-testid="send-error">
                {sendError}
              </p>
            )}
          </div>
          <p>
            <button type="submit" className="button button-primary" disabled={sending}>
              {sending
                ? t.t('referrals.sending')
                : consentFailed && overrideHolder && useOverride
                  ? t.t('refoverride.sendButton')
                  : t.t('referrals.send')}
            </button>
          </p>
        </section>
      </form>
    </div>
  );
}
