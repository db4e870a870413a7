/**
 * Requests and agreements (/agreements): notifications, incoming requests with the ISP decision
 * beside each (approve with conditions and dates, or reject with a reason), the organisation's own
 * requests, its agreements (status, revoke, download while active) and, for cluster roles, the
 * cluster-level overview without asset contents.
 */
import { useEffect, useState } from 'react';
import { activeMembership } from '../../api/session';
import { useAuthenticatedSession } from '../../app/session-context';
import { useDocumentTitle, useI18n } from '../../i18n/i18n-context';
import { AgreementsList, ClusterOverview } from './agreements-list';
import { Notifications } from './notifications';
import { IncomingRequests, OutgoingRequests } from './requests';
import '../registry/registry.css';

export default function AgreementsPage() {
  const { t } = useI18n();
  useDocumentTitle(t.t('share.title'));
  const session = useAuthenticatedSession();
  const role = activeMembership(session)?.role;
  const clusterRole = role === 'cluster-coordinator' || role === 'cluster-imo' || role === 'admin';
  const [version, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);
  useScrollToHashTarget();

  return (
    <div className="page">
      <header className="page-header">
        <h1 tabIndex={-1}>{t.t('share.heading')}</h1>
        <p className="muted">{t.t('share.intro')}</p>
      </header>
      <Notifications version={version} />
      <IncomingRequests version={version} onChanged={refresh} />
      <AgreementsList version={version} onChanged={refresh} />
      <OutgoingRequests version={version} />
      {clusterRole && <ClusterOverview version={version} />}
    </div>
  );
}

/**
 * Notifications link to `/agreements#request-<id>` or `#agreement-<id>`: once the lists have loaded,
 * bring that item into view and mark it.
 */
function useScrollToHashTarget(): void {
  useEffect(() => {
    let timer = 0;
    const seek = () => {
      window.clearInterval(timer);
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id) return;
      let tries = 0;
      timer = window.setInterval(() => {
        const target = document.getElementById(id);
        if (target || ++tries > 50) {
          window.clearInterval(timer);
          target?.scrollIntoView({ block: 'center' });
          target?.classList.add('hash-target');
        }
      }, 100);
    };
    seek();
    window.addEventListener('hashchange', seek);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('hashchange', seek);
    };
  }, []);
}
