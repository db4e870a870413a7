import { useEffect, useState } from 'react';
import type { AuditEntry } from '../api/session';
import { Link } from '../app/router';
import { data } from '../api/steward-client';
import { useApi, useSession } from '../app/session-context';
import { useI18n } from '../i18n/i18n-context';
import { auditActionLabel, auditActorLabel } from './audit/audit-words';

/**
 * The newest audit entries of the active organisation (roles with audit.read), or the placeholder
 * for the others. `organisation` is the active organisation's name.
 */
export function RecentActivity({ organisation, canRead }: { organisation: string; canRead: boolean }) {
  const { t } = useI18n();
  const api = useApi();
  const { state } = useSession();
  const activeId = state.status === 'authenticated' ? state.session.activeOrganisationId : null;
  const [items, setItems] = useState<AuditEntry[] | null>(null);

  useEffect(() => {
    if (!canRead) return;
    let live = true;
    data(api.GET('/api/audit', { params: { query: { limit: 8 } } })).then(
      (body) => live && setItems(body.items),
      () => live && setItems([]),
    );
    return () => {
      live = false;
    };
  }, [api, canRead, activeId]);

  if (!canRead || items === null || items.length === 0)
    return (
      <div className="empty-state">
        <span className="empty-icon empty-icon-clock" aria-hidden="true" />
        <p>{t.t('home.activityEmpty', { organisation })}</p>
      </div>
    );
  return (
    <>
      <ul className="checklist" data-testid="recent-activity">
        {items.map((e) => (
          <li key={e.sequence} data-action={e.action}>
            {t.date(new Date(e.occurredAt), { dateStyle: 'medium', timeStyle: 'short' })} ·{' '}
            <bdi>{auditActorLabel(t, e)}</bdi> · <span title={e.action}>{auditActionLabel(t, e.action)}</span>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/audit">{t.t('home.activityAll')}</Link>
      </p>
    </>
  );
}
