import { useId, useState } from 'react';
import { describeError } from '../api/describe-error';
import { useAuthenticatedSession, useSession } from '../app/session-context';
import { useI18n } from '../i18n/i18n-context';

/** Shown only to people with several memberships: picks the organisation they act for. */
export function OrganisationSwitcher() {
  const { t } = useI18n();
  const session = useAuthenticatedSession();
  const { switchOrganisation } = useSession();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  if (session.memberships.length < 2) return null;

  const change = async (organisationId: string) => {
    setBusy(true);
    setStatus(null);
    try {
      const next = await switchOrganisation(organisationId);
      const name = next.memberships.find(
        (m) => m.organisationId === next.activeOrganisationId,
      )?.organisationName;
      setStatus({ kind: 'ok', text: t.t('header.switched', { organisation: name ?? '' }) });
    } catch (error) {
      setStatus({ kind: 'error', text: t.t('header.switchFailed', { reason: describeError(t, error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="tool">
      <label htmlFor={id} className="tool-label">
        {t.t('header.organisation')}
      </label>
      <select
        id={id}
        className="select"
        data-testid="organisation-switcher"
        value={session.activeOrganisationId ?? ''}
        disabled={busy}
        onChange={(event) => void change(event.target.value)}
      >
        {session.memberships.map((m) => (
          <option key={m.organisationId} value={m.organisationId}>
            {m.acronym} — {m.organisationName}
          </option>
        ))}
      </select>
      <p className={status?.kind === 'error' ? 'tool-status error-text' : 'visually-hidden'} role="status">
        {status?.text ?? ''}
      </p>
    </div>
  );
}
