/**
 * The guidance catalogue (issue 11 §5, cluster action 4): the entries (id `<form>.<field>`, topic,
 * principles, source) live in core (@steward/core/guidance/catalogue) so the services validate the
 * cluster's adapted texts against the same ids. Steward's default texts (title, why it matters) are
 * i18n messages `guidance.<id>.title` / `guidance.<id>.why` in ./i18n, in all five languages; the
 * cluster's adapted texts replace them per language (./overrides.tsx).
 *
 * Checklists before risky actions (in core too, so the services accept the cluster's rewording of an
 * item, id `checklist.<kind>.<n>`): Steward's default wording is `guidance.checklist.<kind>.<n>`.
 */
import type { Principle } from '@steward/core/diagnostic/model';
import {
  CHECKLISTS,
  GUIDANCE,
  GUIDANCE_TOPICS,
  type GuidanceEntry,
  type GuidanceTopic,
} from '@steward/core/guidance/catalogue';

export {
  CHECKLISTS,
  checklistItemId,
  GUIDANCE,
  GUIDANCE_SOURCES,
  GUIDANCE_TOPICS,
  type ChecklistKind,
  type GuidanceEntry,
  type GuidanceSource,
  type GuidanceTopic,
} from '@steward/core/guidance/catalogue';

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
