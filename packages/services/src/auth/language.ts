/**
 * The user's preferred language (issue 8): set when they choose a language in the web app, used
 * for the notification e-mails they receive (mail/texts.ts). Audited as `auth.language-set`.
 */
import { isLanguage, LANGUAGES, type Language } from '@steward/core/i18n/languages';
import { setOwnLanguage } from '@steward/db/repositories/auth';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';

export async function setPreferredLanguage(ctx: Context, actor: Actor, language: unknown): Promise<Language> {
  if (!isLanguage(language))
    throw new ServiceError('validation', `language: one of ${LANGUAGES.join(', ')}`, {
      fields: [{ path: 'language', message: `one of ${LANGUAGES.join(', ')}` }],
    });
  const now = ctx.clock();
  await ctx.db.withActor(dbActor(actor), async (tx) => {
    if ((await setOwnLanguage(tx, language, now)) !== 1) throw new ServiceError('not-found', 'No such user.');
    await appendAuditAs(tx, now, actor, {
      action: 'auth.language-set',
      targetType: 'user',
      targetId: actor.userId,
      details: { language },
    });
  });
  return language;
}
