/**
 * Data-sharing requests, agreements and in-app notifications (domain notes §7).
 *
 * - A member (or an outside requester, through the public form) asks for a registry entry shared
 *   with the cluster. The owner sees the ISP decision for a bilateral share beside the request,
 *   then approves with conditions (→ an agreement DSA-<year>-<nnnn>) or rejects with a reason.
 * - Agreement status is computed from the clock: active between startsOn and expiresOn, unless
 *   revoked (immediate). Downloads happen only while active, through the ISP decision point,
 *   audited, with the agreement reference embedded in the file.
 * - Both parties get in-app notifications, and e-mail after the commit when a mailer is configured
 *   (mail/mailer.ts).
 *
 * One small file per use case; this file only puts them together:
 * - requests.ts (createRequest, submitPublicRequest, listRequests)
 * - approve.ts (approve; body checked by approve-input.ts, new partner flows gated by
 *   flow-gate.ts), reject.ts, revoke.ts
 * - agreements.ts (listAgreements, clusterAgreements), download.ts (the recipient's download,
 *   packaged by agreement-file.ts), notifications.ts (notifications, markNotificationRead)
 * Shared helpers live in deps.ts, named types in types.ts, row → view mappings in views.ts,
 * body checks in input.ts.
 */
import { createMailNotifier, type MailNotifier } from '../mail/mailer';
import type { Context } from '../types';
import { createSharingAgreements } from './agreements';
import { createSharingApproval } from './approve';
import { createSharingDeps } from './deps';
import { createSharingDownload } from './download';
import { createSharingNotifications } from './notifications';
import { createSharingRejection } from './reject';
import { createSharingRequests } from './requests';
import { createSharingRevocation } from './revoke';

export * from './types';
export { agreementStatus, type AgreementStatus } from '@steward/core/sharing/access';

export function createSharingService(ctx: Context, mail: MailNotifier = createMailNotifier(ctx)) {
  const deps = createSharingDeps(ctx, mail);
  return {
    ...createSharingRequests(deps),
    ...createSharingApproval(deps),
    ...createSharingRejection(deps),
    ...createSharingAgreements(deps),
    ...createSharingRevocation(deps),
    ...createSharingDownload(deps),
    ...createSharingNotifications(deps),
  };
}

export type SharingService = ReturnType<typeof createSharingService>;
