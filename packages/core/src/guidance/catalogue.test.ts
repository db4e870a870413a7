// The ids the services accept for the cluster's adapted guidance are exactly the catalogue's.
import { describe, expect, it } from 'vitest';
import { GUIDANCE, GUIDANCE_IDS, isGuidanceId } from './catalogue';

describe('guidance ids', () => {
  it('accepts the catalogue ids only', () => {
    expect(GUIDANCE_IDS).toEqual(GUIDANCE.map((g) => g.id));
    expect(GUIDANCE_IDS.length).toBeGreaterThanOrEqual(17);
    for (const id of GUIDANCE_IDS) expect(isGuidanceId(id)).toBe(true);
    for (const bad of ['registry', 'registry.nope', 'REGISTRY.PURPOSE', '', null, 3, 'registry.purpose '])
      expect(isGuidanceId(bad)).toBe(false);
    // The database's check (migration 0057) admits every catalogue id.
    for (const id of GUIDANCE_IDS) expect(id).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });
});
