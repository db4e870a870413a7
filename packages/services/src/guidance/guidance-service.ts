/**
 * Guidance adapted by the cluster (issue 11 §5: "Guidance texts live in one place, translated,
 * and editable by the cluster for its context"). Steward's default texts are the web app's
 * messages; cluster roles (coordinator, IMO) replace the title and/or reason of a catalogue entry
 * in one language, and revert to the default. Every signed-in user reads the adapted texts (the
 * web app loads them once per session). The wording of a checklist item before a risky action
 * (`checklist.<kind>.<n>`) is adaptable the same way; the item itself stays and must still be
 * ticked. Every change is audited (who, which id, which language; guidance text is not personal
 * data). The database enforces the same roles (RLS, migration 0057).
 */
import type { GuidanceOverride } from '@steward/core/guidance/catalogue';
import type { Language } from '@steward/core/i18n/languages';
import {
  deleteGuidanceOverride,
  listGuidanceOverrides,
  upsertGuidanceOverride,
  type GuidanceOverrideRow,
} from '@steward/db/repositories/guidance';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { CLUSTER_ROLES, hasRole, requireActiveOrganisation } from '../isp/roles';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';
import { guidanceIdInput, languageInput, overrideTextInput } from './validation';

export interface GuidanceOverrideView extends GuidanceOverride {
  updatedAt: string;
}

const view = (row: GuidanceOverrideRow): GuidanceOverrideView => ({
  guidanceId: row.guidanceId,
  language: row.language as Language,
  title: row.title,
  why: row.why,
  updatedAt: row.updatedAt.toISOString(),
});

function requireClusterRole(actor: Actor, what: string): void {
  requireActiveOrganisation(actor);
  if (!hasRole(actor, CLUSTER_ROLES))
    throw new ServiceError('forbidden', `Only the cluster coordinator and IMO ${what}.`);
}

export function createGuidanceService(ctx: Context) {
  const asActor = <T>(actor: Actor, fn: Parameters<typeof ctx.db.withActor<T>>[1]) =>
    ctx.db.withActor(dbActor(actor, ctx.clock()), fn);
  return {
    /** Every adapted text (a few dozen rows at most), by id then language. */
    async overrides(actor: Actor): Promise<GuidanceOverrideView[]> {
      return asActor(actor, async (tx) => (await listGuidanceOverrides(tx)).map(view));
    },

    /** Cluster roles adapt one entry in one language (replacing any earlier adaptation; audited). */
    async setOverride(
      actor: Actor,
      id: unknown,
      language: unknown,
      input: unknown,
    ): Promise<GuidanceOverrideView> {
      const guidanceId = guidanceIdInput(id);
      const lang = languageInput(language);
      requireClusterRole(actor, 'adapt the guidance');
      const text = overrideTextInput(input, guidanceId);
      return asActor(actor, async (tx) => {
        const now = ctx.clock();
        const row = await upsertGuidanceOverride(tx, {
          guidanceId,
          language: lang,
          title: text.title,
          why: text.why,
          updatedAt: now,
          updatedBy: actor.userId,
        });
        if (!row)
          throw new ServiceError('forbidden', 'Only the cluster coordinator and IMO adapt the guidance.');
        await appendAuditAs(tx, now, actor, {
          action: 'guidance.adapted',
          targetType: 'guidance',
          targetId: guidanceId,
          details: { guidanceId, language: lang, title: text.title !== null, why: text.why !== null },
        });
        return view(row);
      });
    },

    /** Cluster roles return one entry in one language to Steward's default (audited). */
    async revertOverride(actor: Actor, id: unknown, language: unknown): Promise<void> {
      const guidanceId = guidanceIdInput(id);
      const lang = languageInput(language);
      requireClusterRole(actor, 'revert the guidance');
      await asActor(actor, async (tx) => {
        const row = await deleteGuidanceOverride(tx, guidanceId, lang);
        if (!row)
          throw new ServiceError(
            'not-found',
            `The guidance ${guidanceId} has no adapted text in ${lang}; it shows the default already.`,
          );
        await appendAuditAs(tx, ctx.clock(), actor, {
          action: 'guidance.reverted',
          targetType: 'guidance',
          targetId: guidanceId,
          details: { guidanceId, language: lang },
        });
      });
    },
  };
}
