/**
 * Create or edit a registry entry. Every field validates with its own message (and the server's
 * field errors land on the same fields); beside the form, a checklist follows what the entry
 * declares, and the active ISP's verdict for the entry is previewed live.
 */
import { Guidance } from '../../guidance/guidance';
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { RegistryInput } from './registry-api';
import { fieldErrorMap } from '../../api/api-error';
import { describeError } from '../../api/describe-error';
import { Link, useRouter } from '../../app/router';
import type { PlainKey } from '../../i18n/dictionary';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import {
  AGGREGATION_LEVELS,
  COLLECTION_METHODS,
  DATA_TYPES,
  LEGAL_BASES,
  RECIPIENT_CLASSES,
} from '@steward/core/vocabulary/index';
import type { Isp } from '@steward/core/isp/index';
import {
  adviceFor,
  emptyInput,
  previewDecision,
  toPayload,
  validateEntry,
  type FormErrors,
} from './registry-logic';
import { Check, Field, SensitivityBadge, termLabel, todayIso } from './shared';
import { data } from '../../api/steward-client';
import { useApi } from '../../app/session-context';
import { whyText } from '../isp/labels';
import { CheckboxOptions } from '../../components/checkbox-group';

type TextField = {
  [K in keyof RegistryInput]-?: RegistryInput[K] extends string | undefined ? K : never;
}[keyof RegistryInput];

export function EntryForm({ entryId }: { entryId: string | null }) {
  const { t } = useI18n();
  const api = useApi();
  const { navigate } = useRouter();
  const today = todayIso();
  useDocumentTitle(t.t(entryId ? 'reg.form.editTitle' : 'reg.form.newTitle'));
  const [input, setInput] = useState<RegistryInput>(() => emptyInput(today));
  const [loading, setLoading] = useState(entryId !== null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [isp, setIsp] = useState<Isp | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    data(api.GET('/api/isp')).then(
      (body) => setIsp(body.active?.isp ?? null),
      () => setIsp(null),
    );
  }, [api]);

  useEffect(() => {
    if (!entryId) return;
    let live = true;
    data(api.GET('/api/registry/{id}', { params: { path: { id: entryId } } })).then(
      (entry) => {
        if (!live) return;
        const base = emptyInput(today);
        const next = { ...base } as Record<string, unknown>;
        for (const key of Object.keys(base)) {
          const value = (entry as unknown as Record<string, unknown>)[key];
          if (value !== undefined && value !== null) next[key] = value;
        }
        setInput(next as unknown as RegistryInput);
        setLoading(false);
      },
      (error: unknown) => {
        if (!live) return;
        setProblem(describeError(t, error));
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, entryId]);

  const update = <K extends keyof RegistryInput>(key: K, value: RegistryInput[K]) => {
    setInput((prev) => {
      const next = { ...prev, [key]: value };
      if (submitted) setErrors(validateEntry(next, today));
      return next;
    });
    setServerErrors((prev) => {
      if (!(key in prev)) return prev;
      const { [key]: _gone, ...rest } = prev;
      return rest;
    });
  };

  const advice = adviceFor(input);
  const preview = useMemo(() => previewDecision(isp, input), [isp, input]);

  const errorOf = (field: keyof RegistryInput): string | undefined => {
    const key = errors[field];
    return key ? t.t(key) : serverErrors[field];
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const found = validateEntry(input, today);
    setErrors(found);
    setServerErrors({});
    setProblem(null);
    if (Object.keys(found).length > 0) {
      setProblem(t.t('reg.form.fixErrors', { count: Object.keys(found).length }));
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setSaving(true);
    try {
      const saved = entryId
        ? await data(
            api.PATCH('/api/registry/{id}', { params: { path: { id: entryId } }, body: toPayload(input) }),
          )
        : await data(api.POST('/api/registry', { body: toPayload(input) }));
      navigate(`/registry/${encodeURIComponent(saved.id)}`);
    } catch (error) {
      const fields = fieldErrorMap(error);
      setServerErrors(fields);
      setProblem(describeError(t, error));
      requestAnimationFrame(() => summary.current?.focus());
    } finally {
      setSaving(false);
    }
  };

  if (loading)
    return (
      <p className="muted" role="status">
        {t.t('common.loading')}
      </p>
    );

  const text = (
    field: TextField,
    labelKey: PlainKey,
    hintKey?: PlainKey,
    multiline = false,
    type = 'text',
  ) => (
    <Field
      id={`entry-${field}`}
      label={t.t(labelKey)}
      {...(hintKey ? { hint: t.t(hintKey) } : {})}
      {...(errorOf(field) ? { error: errorOf(field) } : {})}
    >
      {(props) =>
        multiline ? (
          <textarea
            {...props}
            rows={3}
            value={input[field] ?? ''}
            onChange={(e) => update(field, e.target.value)}
          />
        ) : (
          <input
            {...props}
            type={type}
            value={input[field] ?? ''}
            onChange={(e) => update(field, e.target.value)}
          />
        )
      }
    </Field>
  );

  const select = (
    field: 'collectionMethod' | 'legalBasis' | 'aggregationLevel',
    labelKey: PlainKey,
    options: readonly { id: string; label: string }[],
    hint?: string,
    extra?: ReactNode,
  ) => (
    <Field
      id={`entry-${field}`}
      label={t.t(labelKey)}
      {...(hint ? { hint } : {})}
      {...(errorOf(field) ? { error: errorOf(field) } : {})}
    >
      {(props) => (
        <>
          <select
            {...props}
            className="select"
            value={input[field]}
            onChange={(e) => update(field, e.target.value)}
          >
            <option value="">{t.t('reg.form.choose')}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
          {extra}
        </>
      )}
    </Field>
  );

  const errorCount = Object.keys(errors).length + Object.keys(serverErrors).length;

  return (
    <div className="page">
      <header className="page-header">
        <p>
          <Link to={entryId ? `/registry/${encodeURIComponent(entryId)}` : '/registry'}>
            {t.t('reg.back')}
          </Link>
        </p>
        <h1 tabIndex={-1}>{t.t(entryId ? 'reg.form.editTitle' : 'reg.form.newTitle')}</h1>
        <p className="muted">{t.t('reg.form.intro')}</p>
      </header>
      <div ref={summary} tabIndex={-1} aria-live="assertive" className="form-summary">
        {problem && (
          <div className="alert" role="alert" data-testid="entry-form-problem">
            <p className="alert-title">{t.t('signIn.problem')}</p>
            <p>{problem}</p>
            {errorCount > 0 && (
              <ul>
                {(Object.keys({ ...serverErrors, ...errors }) as (keyof RegistryInput)[]).map((f) => (
                  <li key={f}>
                    <a href={`#entry-${f}`}>
                      {t.tryT(`reg.field.${f}`) ?? f}: {errorOf(f)}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <div className="form-layout">
        <form className="card entry-form" noValidate onSubmit={submit} aria-label={t.t('reg.form.label')}>
          <fieldset>
            <legend>{t.t('reg.form.section.describe')}</legend>
            {text('title', 'reg.field.title')}
            <Field id="entry-kind" label={t.t('reg.field.kind')}>
              {(props) => (
                <select
                  {...props}
                  className="select"
                  value={input.kind}
                  onChange={(e) => update('kind', e.target.value === 'activity' ? 'activity' : 'asset')}
                >
                  <option value="asset">{t.t('reg.kind.asset')}</option>
                  <option value="activity">{t.t('reg.kind.activity')}</option>
                </select>
              )}
            </Field>
            {text('description', 'reg.field.description', undefined, true)}
            {text('purpose', 'reg.field.purpose', 'reg.hint.purpose', true)}
            <Guidance id="registry.purpose" />
            <fieldset
              className={`field checkbox-group${errorOf('dataTypes') ? ' field-invalid' : ''}`}
              id="entry-dataTypes"
              aria-describedby={errorOf('dataTypes') ? 'entry-dataTypes-error' : 'entry-dataTypes-hint'}
            >
              <legend>{t.t('reg.field.dataTypes')}</legend>
              <p className="hint" id="entry-dataTypes-hint">
                {t.t('reg.hint.dataTypes')}
              </p>
              {errorOf('dataTypes') && (
                <p className="field-error" id="entry-dataTypes-error">
                  {errorOf('dataTypes')}
                </p>
              )}
              <CheckboxOptions
                options={DATA_TYPES.ids.map((id) => ({ value: id, label: termLabel(t, DATA_TYPES, id) }))}
                selected={input.dataTypes}
                onChange={(dataTypes) => update('dataTypes', dataTypes)}
              />
            </fieldset>
          </fieldset>

          <fieldset>
            <legend>{t.t('reg.form.section.people')}</legend>
            <Check
              id="entry-containsPersonalData"
              label={t.t('reg.field.containsPersonalData')}
              hint={t.t('reg.hint.personal')}
              checked={input.containsPersonalData}
              onChange={(v) => update('containsPersonalData', v)}
            />
            <Guidance id="registry.personalData" />
            <Check
              id="entry-containsDemographicData"
              label={t.t('reg.field.containsDemographicData')}
              hint={t.t('reg.hint.dii')}
              checked={input.containsDemographicData}
              onChange={(v) => update('containsDemographicData', v)}
            />
            <Check
              id="entry-includesNames"
              label={t.t('reg.field.includesNames')}
              hint={t.t('reg.hint.names')}
              checked={input.includesNames}
              onChange={(v) => update('includesNames', v)}
            />
            <Check
              id="entry-includesCoordinates"
              label={t.t('reg.field.includesCoordinates')}
              hint={t.t('reg.hint.coordinates')}
              checked={input.includesCoordinates}
              onChange={(v) => update('includesCoordinates', v)}
            />
            {text('dataSubjects', 'reg.field.dataSubjects', 'reg.hint.dataSubjects')}
            {select(
              'collectionMethod',
              'reg.field.collectionMethod',
              COLLECTION_METHODS.ids.map((id) => ({ id, label: termLabel(t, COLLECTION_METHODS, id) })),
            )}
            {select(
              'legalBasis',
              'reg.field.legalBasis',
              LEGAL_BASES.ids.map((id) => ({ id, label: termLabel(t, LEGAL_BASES, id) })),
              t.t('reg.hint.legalBasis'),
              input.legalBasis ? (
                <p className="hint" data-testid="legal-basis-help">
                  {t.tryT(`reg.legalHelp.${input.legalBasis}`) ?? ''}
                </p>
              ) : null,
            )}
            {select(
              'aggregationLevel',
              'reg.field.aggregationLevel',
              AGGREGATION_LEVELS.ids.map((id) => ({ id, label: termLabel(t, AGGREGATION_LEVELS, id) })),
              t.t('reg.hint.aggregationLevel'),
            )}
            <Guidance id="registry.aggregation" />
          </fieldset>

          <fieldset>
            <legend>{t.t('reg.form.section.keeping')}</legend>
            {text('storageLocation', 'reg.field.storageLocation', 'reg.hint.storage')}
            {text('accessDescription', 'reg.field.accessDescription', 'reg.hint.access', true)}
            {text('retentionPeriod', 'reg.field.retentionPeriod', 'reg.hint.retention')}
            {text('destructionMethod', 'reg.field.destructionMethod', 'reg.hint.destruction')}
            <Guidance id="registry.retention" />
            {text('impactAssessmentRef', 'reg.field.impactAssessmentRef', 'reg.hint.dia')}
            {text('focalPoint', 'reg.field.focalPoint')}
            {text('lastReviewedOn', 'reg.field.lastReviewedOn', undefined, false, 'date')}
            {text('nextReviewOn', 'reg.field.nextReviewOn', 'reg.hint.nextReview', false, 'date')}
            <Check
              id="entry-sharedWithCluster"
              label={t.t('reg.field.sharedWithCluster')}
              hint={t.t('reg.hint.shared')}
              checked={input.sharedWithCluster}
              onChange={(v) => update('sharedWithCluster', v)}
            />
          </fieldset>
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={saving}>
              {saving ? t.t('reg.form.saving') : t.t(entryId ? 'reg.form.save' : 'reg.form.create')}
            </button>
            <Link
              to={entryId ? `/registry/${encodeURIComponent(entryId)}` : '/registry'}
              className="button button-secondary"
            >
              {t.t('reg.form.cancel')}
            </Link>
          </div>
        </form>
        <aside className="card guidance" aria-labelledby="guidance-heading">
          <h2 id="guidance-heading">{t.t('reg.guide.heading')}</h2>
          <section aria-live="polite">
            <h3 className="subtle-heading">{t.t('reg.guide.ispPreview')}</h3>
            {preview ? (
              <div data-testid="isp-preview">
                <p>
                  <SensitivityBadge level={preview.sensitivity} />{' '}
                  {t.t(`reg.decision.${preview.decision}`, {
                    recipient: termLabel(t, RECIPIENT_CLASSES, preview.recipient),
                  })}
                </p>
                {preview.sharing && <p>{t.t(`reg.audience.${preview.sharing}`)}</p>}
                <p className="muted small">{whyText(t, preview.why, preview.explanation)}</p>
                <Guidance id="registry.sensitivity" />
              </div>
            ) : (
              <p className="muted">{t.t(isp ? 'reg.guide.previewNeeds' : 'reg.guide.noIsp')}</p>
            )}
          </section>
          <section>
            <h3 className="subtle-heading">{t.t('reg.guide.checklist')}</h3>
            <ul className="checklist" aria-live="polite">
              {advice.length === 0 ? (
                <li>{t.t('reg.advice.none')}</li>
              ) : (
                advice.map((key) => <li key={key}>{t.t(key)}</li>)
              )}
            </ul>
          </section>
          <section>
            <h3 className="subtle-heading">{t.t('reg.guide.questions')}</h3>
            <ul className="plain-list">
              <li>{t.t('reg.guide.q1')}</li>
              <li>{t.t('reg.guide.q2')}</li>
              <li>{t.t('reg.guide.q3')}</li>
              <li>{t.t('reg.guide.q4')}</li>
            </ul>
          </section>
        </aside>
      </div>
    </div>
  );
}
