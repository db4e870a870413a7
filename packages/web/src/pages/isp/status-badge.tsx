import { useI18n } from '../../i18n/i18n-context';

/** An ISP version's status (draft, in consultation, endorsed, superseded) in the user's language. */
export function IspStatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return (
    <span className={`badge isp-status isp-status-${status}`} data-testid="isp-status">
      {t.tryT(`isp.status.${status}`) ?? status}
    </span>
  );
}
