/** The lint of the ISP being edited: errors block endorsement, warnings are advice. */
import type { lintIsp } from '@steward/core/isp/index';
import { useI18n } from '../../i18n/i18n-context';
import { lintText } from './labels';

export function LintPanel({ lint }: { lint: ReturnType<typeof lintIsp> }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="lint-heading" data-testid="lint-panel">
      <h2 id="lint-heading">{t.t('isp.lint.heading')}</h2>
      <p aria-live="polite" data-testid="lint-summary">
        {lint.issues.length === 0
          ? t.t('isp.lint.clean')
          : t.t('isp.lint.summary', { errors: lint.errorCount, warnings: lint.warningCount })}
      </p>
      {lint.issues.length > 0 && (
        <ul className="lint-list">
          {lint.issues.slice(0, 40).map((issue, i) => (
            <li key={i} className={`lint-${issue.severity}`}>
              <span className={`badge ${issue.severity === 'error' ? 'badge-error' : 'badge-warning'}`}>
                {t.t(issue.severity === 'error' ? 'isp.lint.error' : 'isp.lint.warning')}
              </span>{' '}
              <strong>{t.tryT(`isp.lintCode.${issue.code}`) ?? issue.code}</strong>
              <span
                className="small muted"
                lang={lintText(t, issue).lang}
                dir={lintText(t, issue).lang ? 'ltr' : undefined}
              >
                {' '}
                {lintText(t, issue).text}
              </span>
            </li>
          ))}
          {lint.issues.length > 40 && <li>{t.t('isp.lint.more', { count: lint.issues.length - 40 })}</li>}
        </ul>
      )}
    </section>
  );
}
