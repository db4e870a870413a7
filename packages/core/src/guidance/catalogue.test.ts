// The ids the services accept for the cluster's adapted guidance are exactly the catalogue's.
import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_ITEM_IDS,
  CHECKLISTS,
  GUIDANCE,
  GUIDANCE_IDS,
  isChecklistItemId,
  isGuidanceId,
} from './catalogue';

describe('guidance ids', () => {
  it('accepts the catalogue ids only', () => {
    expect(GUIDANCE_IDS).toEqual([...GUIDANCE.map((g) => g.id), ...CHECKLIST_ITEM_IDS]);
    expect(GUIDANCE_IDS.length).toBeGreaterThanOrEqual(17 + 15);
    for (const id of GUIDANCE_IDS) expect(isGuidanceId(id)).toBe(true);
    for (const bad of ['registry', 'registry.nope', 'REGISTRY.PURPOSE', '', null, 3, 'registry.purpose '])
      expect(isGuidanceId(bad)).toBe(false);
    // The database's check (migration 0059) admits every id the services accept.
    for (const id of GUIDANCE_IDS)
      expect(id).toMatch(/^([a-z]+\.[a-zA-Z]+|checklist\.[a-z]+(-[a-z]+)*\.[1-9][0-9]?)$/);
  });

  it('names every item of every checklist, and no item beyond the count', () => {
    expect(CHECKLIST_ITEM_IDS).toContain('checklist.publish.1');
    expect(CHECKLIST_ITEM_IDS).toContain('checklist.referral-no-consent.4');
    expect(CHECKLIST_ITEM_IDS).toContain('checklist.destroy.3');
    const total = Object.values(CHECKLISTS).reduce((n, c) => n + c.items, 0);
    expect(CHECKLIST_ITEM_IDS).toHaveLength(total);
    for (const id of CHECKLIST_ITEM_IDS) expect(isChecklistItemId(id) && isGuidanceId(id)).toBe(true);
    for (const bad of [
      'checklist.publish.5',
      'checklist.publish.0',
      'checklist.destroy.4',
      'checklist.nope.1',
      'checklist.publish',
      'checklist.publish.title',
      'registry.purpose',
    ])
      expect(isChecklistItemId(bad)).toBe(false);
    for (const bad of ['checklist.publish.5', 'checklist.destroy.4', 'checklist.publish.title'])
      expect(isGuidanceId(bad)).toBe(false);
  });
});
