/**
 * The data management registry module: /registry (table), /registry/new (form),
 * /registry/:id (entry page) and /registry/:id/edit (form).
 */
import { can } from '@steward/core/auth/permissions';
import { activeMembership } from '../../api/session';
import { Link, useRouter } from '../../app/router';
import { useAuthenticatedSession } from '../../app/session-context';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { EntryForm } from './entry-form';
import { EntryPage } from './entry-page';
import { RegistryList } from './registry-list';
import './registry.css';

/**
 * A caseworker or viewer who opens the form's address (a shared link): said at once, instead of a
 * long form that the services refuse when it is sent (the web walk).
 */
function NotAllowed() {
  const { t } = useI18n();
  useDocumentTitle(t.t('reg.form.notAllowed.heading'));
  return (
    <div className="card" data-testid="entry-form-not-allowed">
      <h1 tabIndex={-1}>{t.t('reg.form.notAllowed.heading')}</h1>
      <p>{t.t('reg.form.notAllowed.body')}</p>
      <Link to="/registry">{t.t('reg.back')}</Link>
    </div>
  );
}

export default function RegistryPage() {
  const { location } = useRouter();
  const role = activeMembership(useAuthenticatedSession())?.role;
  const manages = role !== undefined && can(role, 'registry.manage');
  const parts = location.pathname.split('/').filter(Boolean).slice(1);
  const [first, second] = parts;
  if (!first) return <RegistryList />;
  if (first === 'new') return manages ? <EntryForm entryId={null} /> : <NotAllowed />;
  const id = decodeURIComponent(first);
  if (second === 'edit') return manages ? <EntryForm entryId={id} /> : <NotAllowed />;
  return <EntryPage entryId={id} />;
}
