/**
 * An accessible modal dialog on the native `<dialog>` element: `showModal()` makes the rest of the
 * page inert and traps focus, Escape closes it, focus returns to what opened it. Labelled by its
 * title; a close button in the header.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import './components.css';

export function Dialog({
  open,
  title,
  onClose,
  children,
  actions,
  testId,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** The dialog's buttons (the confirming one first). */
  actions?: ReactNode;
  testId?: string;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
      if (opener.current instanceof HTMLElement) opener.current.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      {...(testId ? { 'data-testid': testId } : {})}
    >
      {open && (
        <>
          <div className="dialog-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" className="button button-secondary dialog-close" onClick={onClose}>
              {t.t('ui.dialog.close')}
            </button>
          </div>
          <div className="dialog-body">{children}</div>
          {actions && <div className="actions dialog-actions">{actions}</div>}
        </>
      )}
    </dialog>
  );
}
