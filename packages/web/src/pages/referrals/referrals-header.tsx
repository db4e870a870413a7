import { Link } from '../../app/router';
import { useI18n } from '../../i18n/i18n-context';
import { useReferrals } from './referrals-context';
import { REFERRAL_ROLES } from './referral-types';

export function ReferralsHeader({ title, intro }: { title: string; intro?: string }) {
  const { t } = useI18n();
  const { role } = useReferrals();
  const handles = role !== undefined && (REFERRAL_ROLES as readonly string[]).includes(role);
  return (
    <header className="page-header">
      <h1 tabIndex={-1}>{title}</h1>
      {intro && <p className="muted">{intro}</p>}
      {handles && (
        <nav aria-label={t.t('referrals.title')} className="actions ref-nav">
          <Link to="/referrals">{t.t('referrals.inbox')}</Link> ·{' '}
          <Link to="/referrals/sent">{t.t('referrals.sent')}</Link> ·{' '}
          <Link to="/referrals/new">{t.t('referrals.new')}</Link> ·{' '}
          <Link to="/referrals/keys">{t.t('refkeys.nav')}</Link>
        </nav>
      )}
    </header>
  );
}
