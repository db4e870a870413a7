/**
 * The mailer port and the e-mail side of notifications. The services never need e-mail: without a
 * mailer (STEWARD_SMTP_URL unset) notifications are in-app only.
 *
 * Mail goes out after the transaction that made the notification commits, in the background: a
 * failed send never fails the user's action. It is logged with the organisation id and the SMTP
 * error code only, and recorded in the audit log as `mail.failed` (ids and code only).
 */
import type { MembershipRole } from '@steward/core/auth/permissions';
import { isLanguage, type Language } from '@steward/core/i18n/languages';
import { DATA_MANAGER_ROLES } from '../isp/roles';
import { listMembershipsOfOrganisation, findUserById } from '@steward/db/repositories/users';
import { appendAuditAs } from '../audit';
import { systemCaller, type Context } from '../types';
import { runAs } from '../util';
import { sendSmtp, type SmtpConfig } from './smtp';
import { mailContent } from './texts';
import type { NoticeKind } from '../notifications/notices';

export interface MailMessage {
  to: string[];
  subject: string;
  text: string;
}

export type MailResult = { ok: true } | { ok: false; code: string };

export interface Mailer {
  send(message: MailMessage): Promise<MailResult>;
}

/** A mailer over SMTP; Date from `clock`, Message-ID from `randomBytes`. */
export function createSmtpMailer(
  config: SmtpConfig & { from: string },
  deps: { clock: () => Date; randomBytes: (n: number) => Uint8Array },
): Mailer {
  const domain = config.from.split('@')[1] ?? 'steward.invalid';
  return {
    async send(message) {
      const result = await sendSmtp(config, {
        from: config.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        date: deps.clock(),
        messageId: `${Buffer.from(deps.randomBytes(16)).toString('hex')}@${domain}`,
      });
      return result.ok ? { ok: true } : { ok: false, code: result.code };
    },
  };
}

/** One notification to mail to an organisation's people. */
export interface MailNotice {
  organisationId: string;
  kind: NoticeKind;
  /** The notice's parameters: each recipient's e-mail is written from them in their language. */
  params: Readonly<Record<string, string>>;
  link: string;
  /** The roles that can act on it: only their members are mailed. */
  audience: readonly MembershipRole[];
}

export interface MailOptions {
  mailer?: Mailer;
  /** Where a failed send is logged (default console.error). Gets ids and codes only. */
  log?: (line: string) => void;
}

const caller = systemCaller('mail');

/**
 * Sends the notices in the background. `idle()` resolves when every send started so far has
 * finished (for tests and an orderly shutdown).
 */
export function createMailNotifier(ctx: Context, options: MailOptions = {}) {
  const { mailer } = options;
  const log = options.log ?? ((line: string) => console.error(line));
  const pending = new Set<Promise<void>>();

  /**
   * The e-mail addresses of the organisation's members who can act on the notice (its audience,
   * among the roles that handle sharing), by the language each chose in the web app (English when
   * none was chosen).
   */
  async function recipients(
    organisationId: string,
    audience: readonly MembershipRole[],
  ): Promise<Map<Language, string[]>> {
    // System work of the installation, like the review reminders: the sender may not see the
    // other organisation's members under row-level security.
    const people = await runAs(ctx, caller, async (tx) => {
      const out = new Map<string, Language>();
      for (const m of await listMembershipsOfOrganisation(tx, organisationId)) {
        if (!DATA_MANAGER_ROLES.includes(m.role) || !audience.includes(m.role)) continue;
        const user = await findUserById(tx, m.userId);
        if (user && !user.disabled)
          out.set(user.email, isLanguage(user.preferredLanguage) ? user.preferredLanguage : 'en');
      }
      return out;
    });
    const byLanguage = new Map<Language, string[]>();
    for (const email of [...people.keys()].sort()) {
      const language = people.get(email)!;
      byLanguage.set(language, [...(byLanguage.get(language) ?? []), email]);
    }
    return byLanguage;
  }

  /** One message per language; the first refusal's code, or null when every send went through. */
  async function deliver(m: Mailer, notice: MailNotice): Promise<void> {
    let code: string | null = null;
    try {
      for (const [language, to] of await recipients(notice.organisationId, notice.audience)) {
        const result = await m.send({
          to,
          ...mailContent(language, notice.kind, notice.params, notice.link),
        });
        if (!result.ok) code ??= result.code;
      }
    } catch (e) {
      code = (e as { code?: unknown }).code ? String((e as { code: unknown }).code) : 'error';
    }
    if (code === null) return;
    log(`mail.failed organisation=${notice.organisationId} code=${code}`);
    try {
      await runAs(ctx, caller, (tx) =>
        appendAuditAs(tx, ctx.clock(), caller, {
          action: 'mail.failed',
          targetType: 'organisation',
          targetId: notice.organisationId,
          organisationId: notice.organisationId,
          outcome: 'failure',
          details: { kind: notice.kind, code },
        }),
      );
    } catch {
      log(`mail.failed audit-not-recorded organisation=${notice.organisationId}`);
    }
  }

  return {
    enabled: mailer !== undefined,
    /** Starts sending (call after the transaction committed). Never throws. */
    send(notices: readonly MailNotice[]): void {
      if (!mailer) return;
      for (const notice of notices) {
        const p = deliver(mailer, notice).finally(() => pending.delete(p));
        pending.add(p);
      }
    },
    async idle(): Promise<void> {
      while (pending.size) await Promise.allSettled([...pending]);
    },
  };
}

export type MailNotifier = ReturnType<typeof createMailNotifier>;
