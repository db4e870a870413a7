/**
 * The guidance catalogue (issue 11 §5, cluster action 4): the entries (id `<form>.<field>`, topic,
 * principles, source) live in core (@steward/core/guidance/catalogue) so the services validate the
 * cluster's adapted texts against the same ids. Steward's default texts (title, why it matters) are
 * i18n messages `guidance.<id>.title` / `guidance.<id>.why` in ./i18n, in all five languages; the
 * cluster's adapted texts replace them per language (./overrides.tsx).
 *
 * Checklists before risky actions are here too: each item is `guidance.checklist.<kind>.<n>`.
 */
import type { Principle } from '@steward/core/diagnostic/model';
import {
  GUIDANCE,
  GUIDANCE_TOPICS,
  type GuidanceEntry,
  type GuidanceTopic,
} from '@steward/core/guidance/catalogue';

export {
  GUIDANCE,
  GUIDANCE_SOURCES,
  GUIDANCE_TOPICS,
  type GuidanceEntry,
  type GuidanceSource,
  type GuidanceTopic,
} from '@steward/core/guidance/catalogue';

/** Checklists before risky actions: every item must be ticked before the action goes through. */
export const CHECKLISTS = {
  /** Publishing a table or dashboard, to any audience (public, cluster members, one organisation). */
  publish: { items: 4, guidance: 'publication.threshold' },
  /** Approving a share of data the ISP classes High or Severe. */
  'share-high': { items: 4, guidance: 'sharing.conditions' },
  /** Asking for, or approving, a consent override: a referral without the person's consent. */
  'referral-no-consent': { items: 4, guidance: 'referrals.consent' },
  /** Approving the destruction of an entry's data and files. */
  destroy: { items: 3, guidance: 'retention.approve' },
} as const satisfies Record<string, { items: number; guidance: string }>;
export type ChecklistKind = keyof typeof CHECKLISTS;

export const guidanceById = (id: string): GuidanceEntry | undefined => GUIDANCE.find((g) => g.id === id);

/** The entries of a topic, or serving a principle, in catalogue order. */
export const byTopic = (topic: GuidanceTopic) => GUIDANCE.filter((g) => g.topic === topic);
export const byPrinciple = (principle: Principle) => GUIDANCE.filter((g) => g.principles.includes(principle));

/** Every message key the catalogue needs (the completeness test checks each exists). */
export function catalogueKeys(): string[] {
  const keys = GUIDANCE.flatMap((g) => [`guidance.${g.id}.title`, `guidance.${g.id}.why`]);
  for (const [kind, c] of Object.entries(CHECKLISTS)) {
    keys.push(`guidance.checklist.${kind}.title`);
    for (let i = 1; i <= c.items; i += 1) keys.push(`guidance.checklist.${kind}.${i}`);
  }
  for (const topic of GUIDANCE_TOPICS) keys.push(`guidance.topic.${topic}`);
  return keys;
}
