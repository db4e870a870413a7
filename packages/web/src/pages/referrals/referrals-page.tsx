/**
 * Referrals (issue 9), end to end encrypted: the inbox (/referrals) and sent list
 * (/referrals/sent), a new referral (/referrals/new), key setup (/referrals/keys), one referral (/referrals/<id>) for
 * caseworkers and partner focal points, who unlock their keys on this device; and the counts
 * (/referrals/counts) for cluster roles, who never see content.
 */
import { useI18n } from '../../i18n/i18n-context';
import { useRouter } from '../../app/router';
import { ReferralsHeader } from './referrals-header';
import { useReferrals, ReferralsProvider } from './referrals-context';
import { ReferralList } from './referral-list';
import { NewReferral } from './new-referral';
import { ReferralDetailPage } from './referral-detail';
import { ReferralCounts } from './referral-counts';
import { KeysPage } from './keys-page';
import { REFERRAL_ROLES, STATS_ROLES } from './referral-types';
import { activeMembership } from '../../api/session';
import { useAuthenticatedSession } from '../../app/session-context';
import './referrals.css';

export default function ReferralsPage() {
  const session = useAuthenticatedSession();
  const role = activeMembership(session)?.role;
  const handles = role !== undefined && (REFERRAL_ROLES as readonly string[]).includes(role);
  return (
    <ReferralsProvider handlesReferrals={handles}>
      <ReferralsRoutes />
    </ReferralsProvider>
  );
}

function ReferralsRoutes() {
  const { location } = useRouter();
  const { role } = useReferrals();
  const { t } = useI18n();
  const rest = location.pathname.replace(/^\/referrals\/?/, '');
  const isStats = role !== undefined && (STATS_ROLES as readonly string[]).includes(role);
  const handles = role !== undefined && (REFERRAL_ROLES as readonly string[]).includes(role);
  if (isStats && (rest === '' || rest === 'counts')) return <ReferralCounts />;
  if (!handles)
    return (
      <div className="page">
        <ReferralsHeader title={t.t('referrals.title')} />
        <p className="notice" data-testid="referrals-not-for-role">
          {t.t(isStats ? 'referrals.countsOnly' : 'referrals.roleRequired')}
        </p>
      </div>
    );
  if (rest === '' || rest === 'sent')
    return <ReferralList direction={rest === 'sent' ? 'sent' : 'received'} />;
  if (rest === 'new') return <NewReferral />;
  if (rest === 'keys') return <KeysPage />;
  return <ReferralDetailPage id={decodeURIComponent(rest)} />;
}
