/**
 * Every action code the product writes to the audit log, in one place. Services append only these
 * (AuditInput.action is an AuditAction); the web labels each one in every language. A new code is
 * added here first, then labelled (packages/web/src/pages/audit/i18n).
 */
export const AUDIT_ACTIONS = [
  // assessment
  'assessment.created',
  'assessment.reopened',
  'assessment.required',
  'assessment.risk-added',
  'assessment.risk-changed',
  'assessment.risk-removed',
  'assessment.signed-off',
  'assessment.step-recorded',
  'assessment.updated',
  'assessment.viewed',
  // audit
  'audit.export',
  'audit.read',
  'audit.verify',
  // auth
  'auth.language-set',
  'auth.login',
  'auth.logout',
  'auth.password-change',
  'auth.second-factor',
  'auth.sessions-end',
  'auth.totp-disable',
  'auth.totp-enable',
  // cluster
  'cluster.view',
  // diagnostic
  'diagnostic.action.created',
  'diagnostic.action.updated',
  'diagnostic.answers.saved',
  'diagnostic.members.read',
  'diagnostic.question-set.saved',
  'diagnostic.round.closed',
  'diagnostic.round.exported',
  'diagnostic.round.opened',
  // directory
  'directory.export',
  'directory.import',
  'directory.service.create',
  'directory.service.delete',
  'directory.service.flag-stale',
  'directory.service.review',
  'directory.service.update',
  'directory.taxonomy.set',
  // guidance
  'guidance.adapted',
  'guidance.reverted',
  // incident
  'incident.duty-done',
  'incident.facts-recorded',
  'incident.reported',
  'incident.severity-changed',
  'incident.share-withdrawn',
  'incident.shared-with-cluster',
  'incident.state-changed',
  'incident.summary-viewed',
  'incident.type-added',
  'incident.type-labels-changed',
  'incident.viewed',
  // isp
  'isp.decision',
  'isp.draft-created',
  'isp.draft-updated',
  'isp.endorsed',
  'isp.status-change-approved',
  'isp.status-change-rejected',
  'isp.status-change-requested',
  'isp.status-changed',
  // mail
  'mail.failed',
  // membership
  'membership.add',
  'membership.change-role',
  'membership.grant-refused',
  'membership.manage',
  'membership.remove',
  // organisation
  'organisation.create',
  'organisation.list',
  'organisation.update',
  'organisation.deactivate',
  'organisation.reactivate',
  // publication
  'publication.published',
  'publication.refused',
  'publication.unpublished',
  // referral
  'referral.consent_withdrawn',
  'referral.key.granted',
  'referral.key.org-created',
  'referral.key.org-rotated',
  'referral.key.recovered',
  'referral.key.recovery-failed',
  'referral.key.recovery-started',
  'referral.key.revoked',
  'referral.key.user-replaced',
  'referral.key.user-rewrapped',
  'referral.key.user-set',
  'referral.listed',
  'referral.override-approved',
  'referral.override-cancelled',
  'referral.override-refused',
  'referral.override-requested',
  'referral.sent',
  'referral.stats',
  'referral.updated',
  'referral.viewed',
  // registry
  'registry.entry-activated',
  'registry.entry-created',
  'registry.entry-deleted',
  'registry.entry-updated',
  'registry.file-released',
  'registry.file-uploaded',
  'registry.imported',
  'registry.review-reminder',
  // reporting
  'reporting.framework.create',
  'reporting.framework.update',
  'reporting.reminder',
  'reporting.report.approved',
  'reporting.report.corrected',
  'reporting.report.imported',
  'reporting.report.returned',
  'reporting.report.submitted',
  'reporting.report.view',
  'reporting.report.create',
  // retention
  'retention.copy-destroyed',
  'retention.copy-requested',
  'retention.destroyed',
  'retention.destruction-approved',
  'retention.escalated',
  'retention.file-destroyed',
  'retention.schedule-set',
  // sensitive
  'sensitive.read',
  // sharing
  'sharing.agreement-created',
  'sharing.agreement-download',
  'sharing.agreement-revoked',
  'sharing.request-created',
  'sharing.request-rejected',
  // token
  'token.create',
  'token.manage-own',
  'token.revoke',
  // user
  'user.create',
  'user.list',
  'user.password-reset',
  'user.totp-reset',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const KNOWN: ReadonlySet<string> = new Set(AUDIT_ACTIONS);

/** Whether `code` is one of the actions this version writes (older or newer entries may not be). */
export function isAuditAction(code: string): code is AuditAction {
  return KNOWN.has(code);
}
