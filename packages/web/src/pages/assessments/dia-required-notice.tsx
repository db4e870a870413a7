/**
 * What a blocked action shows when Steward asks for a data impact assessment first (API error
 * `dia-required`, domain notes §9.2): why (the trigger reasons), whether the assessment named is not
 * yet signed off, and a link to start one (linked to the registry entry when there is one) or to
 * open the one named.
 */
import { ApiError } from '../../api/api-error';
import { Link } from '../../app/router';
import { useI18n } from '../../i18n/i18n-context';

export function isDiaRequired(error: unknown): error is ApiError {
  return error instanceof ApiError && error.code === 'dia-required';
}

export function DiaRequiredNotice({ error }: { error: ApiError }) {
  const { t } = useI18n();
  const reasons = Array.isArray(error.details.reasons) ? (error.details.reasons as unknown[]) : [];
  const named = typeof error.details.assessmentId === 'string' ? error.details.assessmentId : null;
  const start =
    typeof error.details.start === 'string' && error.details.start.startsWith('/')
      ? error.details.start
      : '/assessments';
  const to = named ? `/assessments/${encodeURIComponent(named)}` : start;
  return (
    <div className="alert dia-required" role="alert" data-testid="dia-required">
      <p>
        <strong>{t.t('assessments.blocked.title')}</strong>
      </p>
      {reasons.length > 0 && (
        <>
          <p>{t.t('assessments.blocked.because')}</p>
          <ul>
            {reasons.map((r) => (
              <li key={String(r)}>{t.tryT(`assessments.${String(r)}`) ?? String(r)}</li>
            ))}
          </ul>
        </>
      )}
      {named && <p>{t.t('assessments.blocked.named')}</p>}
      <p>
        <Link to={to} className="button button-secondary">
          {t.t('assessments.blocked.start')}
        </Link>
      </p>
    </div>
  );
}
