/**
 * Adding or changing one risk of the register: principles, threat, vulnerability, likelihood ×
 * severity (the rating previewed with core's rule, precautionary rule included), existing
 * controls, one planned measure with its owner and date, and the residual rating.
 */
import { useState, type FormEvent } from 'react';
import { CheckboxGroup, FormField } from '../../components';
import { StatusBadge } from '../../components/status-badge';
import { useI18n } from '../../i18n/i18n-context';
import { LIKELIHOODS, PRINCIPLES, RATING_TONE, SEVERITIES, rateRisk, useSay } from './shared';
import type { Risk } from './types';

export interface RiskBody {
  principles: string[];
  threat: string;
  vulnerability: string;
  likelihood: string;
  severity: string;
  existingControls: string;
  measures: { text: string; owner: string; due: string | null }[];
  residualLikelihood: string | null;
  residualSeverity: string | null;
}

export function riskBody(r: Risk): RiskBody {
  return {
    principles: r.principles,
    threat: r.threat,
    vulnerability: r.vulnerability,
    likelihood: r.likelihood,
    severity: r.severity,
    existingControls: r.existingControls,
    measures: r.measures,
    residualLikelihood: r.residualLikelihood,
    residualSeverity: r.residualSeverity,
  };
}

const EMPTY: RiskBody = {
  principles: [],
  threat: '',
  vulnerability: '',
  likelihood: 'unknown',
  severity: 'high',
  existingControls: '',
  measures: [],
  residualLikelihood: null,
  residualSeverity: null,
};

export function RiskForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: Risk | null;
  onSave: (body: RiskBody) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const say = useSay();
  const start = initial ? riskBody(initial) : EMPTY;
  const [r, setR] = useState<RiskBody>(start);
  const first = start.measures[0];
  const [measureText, setMeasureText] = useState(first?.text ?? '');
  const [measureOwner, setMeasureOwner] = useState(first?.owner ?? '');
  const [measureDue, setMeasureDue] = useState(first?.due ?? '');
  const set = (patch: Partial<RiskBody>) => setR((prev) => ({ ...prev, ...patch }));
  const prefix = initial ? `risk-${initial.id}` : 'risk-new';

  const preview = rateRisk(r.likelihood as never, r.severity as never);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const rest = r.measures.slice(1);
    const measures =
      measureText.trim() || measureOwner.trim()
        ? [{ text: measureText, owner: measureOwner, due: measureDue || null }, ...rest]
        : rest;
    await onSave({ ...r, measures });
  };

  const select = (
    id: string,
    label: string,
    value: string | null,
    options: readonly string[],
    key: string,
    onChange: (v: string | null) => void,
    optional = false,
  ) => (
    <FormField id={`${prefix}-${id}`} label={label}>
      {(p) => (
        <select {...p} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
          {optional && <option value="">{t.t('assessments.risk.notSet')}</option>}
          {options.map((o) => (
            <option key={o} value={o}>
              {say(`${key}.${o}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );

  return (
    <form className="card risk-form" onSubmit={(e) => void submit(e)} data-testid="risk-form">
      <h3>{t.t(initial ? 'assessments.risk.editTitle' : 'assessments.risk.add')}</h3>
      <FormField id={`${prefix}-threat`} label={t.t('assessments.risk.threat')}>
        {(p) => (
          <textarea
            {...p}
            required
            maxLength={2000}
            value={r.threat}
            onChange={(e) => set({ threat: e.target.value })}
          />
        )}
      </FormField>
      <FormField id={`${prefix}-vulnerability`} label={t.t('assessments.risk.vulnerability')}>
        {(p) => (
          <textarea
            {...p}
            required
            maxLength={2000}
            value={r.vulnerability}
            onChange={(e) => set({ vulnerability: e.target.value })}
          />
        )}
      </FormField>
      <div className="risk-form-row">
        {select(
          'likelihood',
          t.t('assessments.risk.likelihood'),
          r.likelihood,
          LIKELIHOODS,
          'assessments.likelihood',
          (v) => set({ likelihood: v ?? 'unknown' }),
        )}
        {select(
          'severity',
          t.t('assessments.risk.severity'),
          r.severity,
          SEVERITIES,
          'assessments.severity',
          (v) => set({ severity: v ?? 'high' }),
        )}
        <p className="risk-preview" data-testid="risk-preview" aria-live="polite">
          {t.t('assessments.risk.previewLabel')}:{' '}
          <StatusBadge tone={RATING_TONE[preview.rating] ?? 'neutral'}>
            {say(`assessments.rating.${preview.rating}`)}
          </StatusBadge>{' '}
          {preview.precautionary
            ? t.t('assessments.risk.precautionary')
            : say('assessments.risk.score', { score: String(preview.score) })}
        </p>
      </div>
      <CheckboxGroup
        id={`${prefix}-principles`}
        legend={t.t('assessments.risk.principles')}
        options={PRINCIPLES.map((p) => ({ value: p, label: say(`diagnostic.principle.${p}`) }))}
        selected={r.principles}
        onChange={(principles: string[]) => set({ principles })}
      />
      <FormField id={`${prefix}-controls`} label={t.t('assessments.risk.existingControls')}>
        {(p) => (
          <textarea
            {...p}
            maxLength={5000}
            value={r.existingControls}
            onChange={(e) => set({ existingControls: e.target.value })}
          />
        )}
      </FormField>
      <div className="risk-form-row">
        <FormField id={`${prefix}-measure`} label={t.t('assessments.risk.measureText')}>
          {(p) => (
            <input
              {...p}
              maxLength={2000}
              value={measureText}
              onChange={(e) => setMeasureText(e.target.value)}
            />
          )}
        </FormField>
        <FormField id={`${prefix}-owner`} label={t.t('assessments.risk.measureOwner')}>
          {(p) => (
            <input
              {...p}
              maxLength={200}
              value={measureOwner}
              onChange={(e) => setMeasureOwner(e.target.value)}
            />
          )}
        </FormField>
        <FormField id={`${prefix}-due`} label={t.t('assessments.risk.measureDueLabel')}>
          {(p) => (
            <input {...p} type="date" value={measureDue} onChange={(e) => setMeasureDue(e.target.value)} />
          )}
        </FormField>
      </div>
      <div className="risk-form-row">
        {select(
          'residual-likelihood',
          t.t('assessments.risk.residualLikelihood'),
          r.residualLikelihood,
          LIKELIHOODS,
          'assessments.likelihood',
          (v) => set({ residualLikelihood: v }),
          true,
        )}
        {select(
          'residual-severity',
          t.t('assessments.risk.residualSeverity'),
          r.residualSeverity,
          SEVERITIES,
          'assessments.severity',
          (v) => set({ residualSeverity: v }),
          true,
        )}
      </div>
      <p>
        <button type="submit" className="button button-primary">
          {t.t('assessments.risk.save')}
        </button>{' '}
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t.t('assessments.risk.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}
