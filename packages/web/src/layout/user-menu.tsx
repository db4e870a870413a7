import { useEffect, useId, useRef, useState } from 'react';
import { Link } from '../app/router';
import { useAuthenticatedSession, useSession } from '../app/session-context';
import { useI18n } from '../i18n/i18n-context';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : [parts[0]];
  return letters
    .map((p) => (p ? Array.from(p)[0] : ''))
    .join('')
    .toUpperCase();
}

/** The account button: a disclosure with who is signed in and "Sign out". Escape closes it. */
export function UserMenu() {
  const { t } = useI18n();
  const session = useAuthenticatedSession();
  const { signOut } = useSession();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const { displayName, email } = session.user;
  return (
    <div className="user-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="user-button"
        aria-expanded={open}
        aria-controls={panelId}
        data-testid="user-menu-button"
        onClick={() => setOpen((o) => !o)}
      >
        {/* The name comes from the content (no aria-label): it holds the visible name, so speech
            users can say what they see (WCAG 2.5.3, axe label-content-name-mismatch). */}
        <span className="avatar" aria-hidden="true">
          {initials(displayName)}
        </span>
        <span className="visually-hidden">{t.t('header.accountMenu')}: </span>
        <span className="user-name">
          <bdi>{displayName}</bdi>
        </span>
        <span className="chevron" aria-hidden="true" />
      </button>
      <div id={panelId} className="user-panel" hidden={!open}>
        <p className="user-panel-label">{t.t('header.signedInAs')}</p>
        <p className="user-panel-name">{displayName}</p>
        <p className="user-panel-email">
          <bdi dir="ltr">{email}</bdi>
        </p>
        <p>
          <Link to="/account" onClick={() => setOpen(false)} data-testid="account-link">
            {t.t('account.menuLink')}
          </Link>
        </p>
        <button type="button" className="button button-secondary full" onClick={() => void signOut()}>
          {t.t('header.signOut')}
        </button>
      </div>
    </div>
  );
}
