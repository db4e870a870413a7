/** The risk report as cards of figures (each with its exact value in data-value for tests). */
import type { ColumnFinding } from '@steward/core/sdc/detect/index';
import type { CheckReport } from '@steward/core/sdc/risk/index';
import { useI18n } from '../../i18n/i18n-context';
import type { Translator } from '../../i18n/locales';
import type { EngineError } from '../../workers/protocol';

interface Figure {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly before?: number;
  readonly text: string;
}

export function ReportView({
  report,
  before,
  heading,
  testId,
}: {
  report: CheckReport;
  before?: CheckReport;
  heading: string;
  testId: string;
}) {
  const { t } = useI18n();
  const pct = (v: number) => t.number(v, { style: 'percent', maximumFractionDigits: 2 });
  const count = (v: number) => t.number(v);
  const figures: Figure[] = [
    {
      id: 'records',
      label: t.t('check.report.records'),
      value: report.records,
      before: before?.records,
      text: count(report.records),
    },
    {
      id: 'classes',
      label: t.t('check.report.classes'),
      value: report.classes,
      before: before?.classes,
      text: count(report.classes),
    },
    {
      id: 'sampleUniques',
      label: t.t('check.report.uniques'),
      value: report.sampleUniques,
      before: before?.sampleUniques,
      text: count(report.sampleUniques),
    },
    ...Object.entries(report.violations).map(([k, v]) => ({
      id: `violations-${k}`,
      label: t.t('check.report.violations', { k }),
      value: v,
      before: before?.violations[k],
      text: count(v),
    })),
    ...Object.entries(report.weightedViolations ?? {}).map(([k, v]) => ({
      id: `weightedViolations-${k}`,
      label: t.t('check.report.weightedViolations', { k }),
      value: v,
      before: before?.weightedViolations?.[k],
      text: count(v),
    })),
    {
      id: 'globalRisk',
      label: report.weight
        ? t.t('check.report.globalRiskWeighted', { weight: report.weight })
        : t.t('check.report.globalRisk'),
      value: report.globalRisk,
      before: before?.globalRisk,
      text: pct(report.globalRisk),
    },
    {
      id: 'expectedReidentifications',
      label: t.t('check.report.expected'),
      value: report.expectedReidentifications,
      before: before?.expectedReidentifications,
      text: t.number(report.expectedReidentifications, { maximumFractionDigits: 2 }),
    },
    {
      id: 'highRiskRecords',
      label: t.t('check.report.highRisk'),
      value: report.highRiskRecords,
      before: before?.highRiskRecords,
      text: count(report.highRiskRecords),
    },
    ...(report.missing.applied && !before
      ? [
          {
            id: 'missingApplied',
            label: t.t('check.report.missingApplied', { codes: t.list(report.missing.applied.all) }),
            value: report.missing.applied.total,
            text: count(report.missing.applied.total),
          },
        ]
      : []),
    ...Object.entries(report.missing.perKey)
      .filter(([key, v]) => v > 0 || (before?.missing.perKey[key] ?? 0) > 0)
      .map(([key, v]) => ({
        id: `missing-${key}`,
        label: t.t('check.report.missingIn', { column: key }),
        value: v,
        before: before?.missing.perKey[key],
        text: count(v),
      })),
  ];
  const flagged = report.findings.filter((f) => f.role === 'direct-identifier');
  return (
    <section className="card" aria-label={heading} data-testid={testId}>
      <h2 className="card-kicker">{heading}</h2>
      <p className="muted">{t.t('check.report.keys', { keys: t.list(report.keys) })}</p>
      <dl className="check-figures">
        {figures.map((f) => (
          <div
            key={f.id}
            className="check-figure"
            data-testid={`${testId}-${f.id}`}
            data-value={String(f.value)}
          >
            <dt>{f.label}</dt>
            <dd>
              {f.text}
              {f.before !== undefined && f.before !== f.value ? (
                <span className="muted">
                  {' '}
                  {t.t('check.report.was', {
                    value:
                      f.id === 'globalRisk'
                        ? pct(f.before)
                        : t.number(f.before, { maximumFractionDigits: 2 }),
                  })}
                </span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <p className="hint" data-testid={`${testId}-highRiskThreshold`}>
        {t.t('check.report.highRiskThreshold', { threshold: pct(report.highRiskThreshold) })}
        {report.highRiskRecords === 0 && report.globalRisk >= 0.1
          ? ` ${t.t('check.report.highRiskNone', { risk: pct(report.globalRisk) })}`
          : ''}
      </p>
      {!before && flagged.length > 0 ? (
        <>
          <h3 className="subtle-heading">{t.t('check.report.findings')}</h3>
          <ul data-testid={`${testId}-findings`}>
            {flagged.map((f) => (
              <li key={f.column} data-column={f.column}>
                <bdi>{f.column}</bdi>: {findingText(t, f)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The translated reason of a finding (the core's English reason is not shown). */
export function findingText(t: Translator, f: ColumnFinding): string {
  const confidence = t.number(f.confidence, { style: 'percent', maximumFractionDigits: 0 });
  const base = t.tryT(`check.kind.${f.kind}`) ?? f.kind;
  const gps = f.gps
    ? ` ${t.t('check.kind.gpsPrecision', { decimals: f.gps.decimals, metres: t.number(f.gps.precisionMetres, { maximumFractionDigits: 1 }) })}`
    : '';
  return `${base}${gps} (${t.t('check.kind.confidence', { confidence })})`;
}

export function errorText(t: Translator, e: EngineError): string {
  const lines = e.lines ? t.list(e.lines.map((l) => t.number(l))) : '';
  return (
    t.tryT(`check.error.${e.code}`, { lines, column: e.column ?? '', reason: e.message }) ??
    t.t('check.error.internal', { reason: e.message })
  );
}
