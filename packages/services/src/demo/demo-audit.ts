import type { AuditAction } from '@steward/core/audit/actions';
import type { Tx } from '@steward/db';
import { appendAudit } from '../audit';

/**
 * Audit entries written while loading the demo: no acting user (the installation loads it), and
 * `system: 'demo'` in the details so the entries say where they come from.
 */
export function demoAuditor(tx: Tx, now: Date) {
  return (
    action: AuditAction,
    targetType: string,
    targetId: string,
    organisationId: string | null,
    details: Record<string, unknown> = {},
  ) =>
    appendAudit(tx, now, {
      action,
      targetType,
      targetId,
      organisationId,
      actorUserId: null,
      actorOrganisationId: null,
      details: { ...details, system: 'demo' },
    });
}
