/** A short status in a coloured pill; the tone carries meaning only together with the text. */
import type { ReactNode } from 'react';
import './components.css';

export type StatusTone = 'ok' | 'warning' | 'danger' | 'neutral' | 'info';

export function StatusBadge({
  tone,
  children,
  testId,
}: {
  tone: StatusTone;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <span className={`status-badge status-${tone}`} {...(testId ? { 'data-testid': testId } : {})}>
      {children}
    </span>
  );
}
