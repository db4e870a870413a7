/**
 * The rules of one matrix cell: what decides there (and why), every rule touching the cell with
 * its conditions and note, and — on a draft — an editor for each rule's sensitivity, sharing
 * approach, conditions and note, with the lint issues of that rule shown beside it.
 */
import {
  coveredLevels,
  decide,
  describeAggregation,
  type Condition,
  type Isp,
  type IspRule,
  type LintResult,
} from '@steward/core/isp/index';
import {
  AGGREGATION_LEVELS,
  CONDITION_KINDS,
  DATA_TYPES,
  SENSITIVITY_LEVELS,
  SHARING_APPROACHES,
  type AggregationLevel,
} from '@steward/core/vocabulary/index';
import { CheckboxOptions } from '../../components/checkbox-group';
import { Rich, useI18n } from '../../i18n/i18n-context';
import type { Translator } from '../../i18n/locales';
import { SensitivityBadge, termLabel } from '../registry/shared';
import { addRuleForCell, matrixCell, removeRule, toggleCondition, updateRule } from './isp-logic';
import type { CellRef } from './matrix';
import { lintText, whyText } from './labels';

function conditionText(t: Translator, c: Condition): string {
  if (c.kind === 'aggregate-to-level')
    return t.t('isp.cond.aggregate', { level: termLabel(t, AGGREGATION_LEVELS, c.level) });
  if (c.kind === 'suppress-below-n') return t.t('isp.cond.suppress', { n: c.n });
  return termLabel(t, CONDITION_KINDS, c.kind);
}

function flagText(
  t: Translator,
  value: boolean | undefined,
  yes: 'isp.flag.names' | 'isp.flag.coordinates' | 'isp.flag.consent',
): string | null {
  if (value === undefined) return null;
  return `${t.t(yes)}: ${t.t(value ? 'common.yes' : 'common.no')}`;
}

export function CellPanel({
  isp,
  cell,
  editable,
  onChange,
  lint,
  onClose,
}: {
  isp: Isp;
  cell: CellRef;
  editable: boolean;
  onChange?: (isp: Isp) => void;
  lint?: LintResult;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const level = cell.level as AggregationLevel;
  const data = matrixCell(isp, cell.dataType, level);
  const decision = decide(
    isp,
    { dataType: cell.dataType, aggregation: level, includesNames: false, includesCoordinates: false },
    'cluster',
    undefined,
  );

  return (
    <aside className="cell-panel card" aria-labelledby="cell-heading" data-testid="cell-panel">
      <div className="section-row">
        <h3 id="cell-heading">
          {termLabel(t, DATA_TYPES, cell.dataType)} · {termLabel(t, AGGREGATION_LEVELS, cell.level)}
        </h3>
        <button type="button" className="link-button" onClick={onClose}>
          {t.t('isp.panel.close')}
        </button>
      </div>
      <p>
        <SensitivityBadge level={data.winner?.sensitivity ?? null} />{' '}
        {data.winner ? termLabel(t, SHARING_APPROACHES, data.winner.sharing) : t.t('isp.matrix.unclassified')}
      </p>
      {data.winner && <p className="small">{t.tryT(`reg.sensMeaning.${data.winner.sensitivity}`)}</p>}
      <details>
        <summary>{t.t('isp.panel.why')}</summary>
        <p className="small muted">{whyText(t, decision.why, decision.explanation)}</p>
      </details>
      <h4 className="subtle-heading">{t.t('isp.panel.rules', { count: data.rules.length })}</h4>
      {data.rules.length === 0 && <p className="muted">{t.t('isp.panel.noRules')}</p>}
      <ul className="rule-list">
        {data.rules.map((rule) => (
          <li key={rule.id} className="rule" data-rule={rule.id}>
            {editable && onChange ? (
              <RuleEditor rule={rule} isp={isp} onChange={onChange} lint={lint} />
            ) : (
              <RuleView rule={rule} />
            )}
          </li>
        ))}
      </ul>
      {editable && onChange && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange(addRuleForCell(isp, cell.dataType, level).isp)}
        >
          {t.t('isp.panel.addRule')}
        </button>
      )}
    </aside>
  );
}

function ruleScope(t: Translator, rule: IspRule): string {
  const levels = coveredLevels(rule.aggregation);
  const range =
    levels.length <= 1
      ? termLabel(t, AGGREGATION_LEVELS, levels[0] ?? describeAggregation(rule.aggregation))
      : t.t('isp.rule.range', {
          from: termLabel(t, AGGREGATION_LEVELS, levels[0]!),
          to: termLabel(t, AGGREGATION_LEVELS, levels[levels.length - 1]!),
        });
  return [
    range,
    flagText(t, rule.includesNames, 'isp.flag.names'),
    flagText(t, rule.includesCoordinates, 'isp.flag.coordinates'),
    flagText(t, rule.consentObtained, 'isp.flag.consent'),
  ]
    .filter(Boolean)
    .join(' · ');
}

function RuleView({ rule }: { rule: IspRule }) {
  const { t } = useI18n();
  return (
    <>
      <p>
        <code>{rule.id}</code> · <SensitivityBadge level={rule.sensitivity} /> ·{' '}
        {termLabel(t, SHARING_APPROACHES, rule.sharing)}
      </p>
      <p className="small muted">{ruleScope(t, rule)}</p>
      {rule.conditions.length > 0 && (
        <ul className="plain-list small">
          {rule.conditions.map((c) => (
            <li key={c.kind}>{conditionText(t, c)}</li>
          ))}
        </ul>
      )}
      {rule.note && (
        <p className="small" dir="auto">
          {rule.note}
        </p>
      )}
      {rule.source && (
        <p className="small muted">
          <Rich k="isp.rule.source" values={{ source: <bdi>{rule.source}</bdi> }} />
        </p>
      )}
    </>
  );
}

function RuleEditor({
  rule,
  isp,
  onChange,
  lint,
}: {
  rule: IspRule;
  isp: Isp;
  onChange: (isp: Isp) => void;
  lint: LintResult | undefined;
}) {
  const { t } = useI18n();
  const id = `rule-${rule.id}`;
  const issues = lint?.issues.filter((i) => i.ruleIds?.includes(rule.id)) ?? [];
  const patch = (p: Partial<Omit<IspRule, 'id'>>) => onChange(updateRule(isp, rule.id, p));
  const aggregate = rule.conditions.find((c) => c.kind === 'aggregate-to-level');
  const suppress = rule.conditions.find((c) => c.kind === 'suppress-below-n');
  return (
    <fieldset className="rule-editor">
      <legend>
        <code>{rule.id}</code>
      </legend>
      <p className="small muted">{ruleScope(t, rule)}</p>
      <div className="two-cols">
        <div className="field">
          <label htmlFor={`${id}-sens`}>{t.t('isp.rule.sensitivity')}</label>
          <select
            id={`${id}-sens`}
            className="select"
            value={rule.sensitivity}
            onChange={(e) => patch({ sensitivity: e.target.value as IspRule['sensitivity'] })}
          >
            {SENSITIVITY_LEVELS.ids.map((s) => (
              <option key={s} value={s}>
                {termLabel(t, SENSITIVITY_LEVELS, s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sharing`}>{t.t('isp.rule.sharing')}</label>
          <select
            id={`${id}-sharing`}
            className="select"
            value={rule.sharing}
            onChange={(e) => patch({ sharing: e.target.value as IspRule['sharing'] })}
          >
            {SHARING_APPROACHES.ids.map((s) => (
              <option key={s} value={s}>
                {termLabel(t, SHARING_APPROACHES, s)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="field">
        <legend>{t.t('isp.rule.conditions')}</legend>
        <CheckboxOptions
          options={CONDITION_KINDS.ids.map((kind) => ({
            value: kind,
            label: termLabel(t, CONDITION_KINDS, kind),
          }))}
          selected={CONDITION_KINDS.ids.filter((kind) => rule.conditions.some((c) => c.kind === kind))}
          onChange={(next) => {
            let conditions = rule.conditions;
            for (const kind of CONDITION_KINDS.ids) {
              const on = next.includes(kind);
              if (on !== conditions.some((c) => c.kind === kind))
                conditions = toggleCondition(conditions, kind, on);
            }
            patch({ conditions });
          }}
        />
        {aggregate && aggregate.kind === 'aggregate-to-level' && (
          <div className="field">
            <label htmlFor={`${id}-agg`}>{t.t('isp.rule.aggregateLevel')}</label>
            <select
              id={`${id}-agg`}
              className="select"
              value={aggregate.level}
              onChange={(e) =>
                patch({
                  conditions: rule.conditions.map((c) =>
                    c.kind === 'aggregate-to-level'
                      ? { kind: c.kind, level: e.target.value as AggregationLevel }
                      : c,
                  ),
                })
              }
            >
              {AGGREGATION_LEVELS.ids.map((l) => (
                <option key={l} value={l}>
                  {termLabel(t, AGGREGATION_LEVELS, l)}
                </option>
              ))}
            </select>
          </div>
        )}
        {suppress && suppress.kind === 'suppress-below-n' && (
          <div className="field">
            <label htmlFor={`${id}-n`}>{t.t('isp.rule.suppressN')}</label>
            <input
              id={`${id}-n`}
              type="number"
              min={3}
              value={suppress.n}
              onChange={(e) =>
                patch({
                  conditions: rule.conditions.map((c) =>
                    c.kind === 'suppress-below-n' ? { kind: c.kind, n: Number(e.target.value) } : c,
                  ),
                })
              }
            />
          </div>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t.t('isp.rule.note')}</label>
        <textarea
          dir="auto"
          id={`${id}-note`}
          rows={2}
          value={rule.note ?? ''}
          onChange={(e) => patch({ note: e.target.value })}
        />
      </div>
      {issues.length > 0 && (
        <ul className="lint-list" aria-live="polite" data-testid="rule-issues">
          {issues.map((issue, i) => (
            <li key={i} className={`lint-${issue.severity}`}>
              <span className={`badge ${issue.severity === 'error' ? 'badge-error' : 'badge-warning'}`}>
                {t.t(issue.severity === 'error' ? 'isp.lint.error' : 'isp.lint.warning')}
              </span>{' '}
              <span
                className="small"
                lang={lintText(t, issue).lang}
                dir={lintText(t, issue).lang ? 'ltr' : undefined}
              >
                {lintText(t, issue).text}
              </span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="link-button danger" onClick={() => onChange(removeRule(isp, rule.id))}>
        {t.t('isp.rule.remove')}
      </button>
    </fieldset>
  );
}
