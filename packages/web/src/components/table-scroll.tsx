/**
 * The box a wide table scrolls sideways in (`.table-scroll`), so that the page itself never does.
 * Given a name (`label`, or `labelledBy` an element's id), it is a named region that takes the
 * keyboard's focus, so that a keyboard user can scroll it too and a screen reader announces it;
 * each name must be unique on its page (axe: landmark names).
 */
import type { ReactNode } from 'react';

export function TableScroll({
  label,
  labelledBy,
  children,
}: {
  label?: string;
  labelledBy?: string;
  children: ReactNode;
}) {
  if (label === undefined && labelledBy === undefined) return <div className="table-scroll">{children}</div>;
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      {...(labelledBy !== undefined ? { 'aria-labelledby': labelledBy } : { 'aria-label': label })}
    >
      {children}
    </div>
  );
}
