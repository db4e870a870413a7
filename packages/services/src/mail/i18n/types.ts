/** The texts of notification e-mails in one language (mail/texts.ts). */
export interface MailTexts {
  /** By notice kind (notifications/notices.ts); `referral.updated-outcome` when there is an outcome. */
  readonly notices: Readonly<Record<string, string>>;
  /** The line that points to Steward ({link}). */
  readonly open: string;
  /** Why the person receives it. */
  readonly why: string;
}
