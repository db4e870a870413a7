import { Link } from '../app/router';
import { useDocumentTitle, useI18n } from '../i18n/i18n-context';

export function NotFoundPage() {
  const { t } = useI18n();
  useDocumentTitle(t.t('title.notFound'));
  return (
    <div className="page page-narrow">
      <div className="card empty-state" data-testid="not-found">
        <p className="big-code" aria-hidden="true">
          404
        </p>
        <h1 tabIndex={-1}>{t.t('notFound.heading')}</h1>
        <p className="muted">{t.t('notFound.body')}</p>
        <Link to="/" className="button button-primary">
          {t.t('notFound.home')}
        </Link>
      </div>
    </div>
  );
}
