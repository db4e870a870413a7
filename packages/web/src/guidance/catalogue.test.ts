// The guidance catalogue is complete in every language: each entry's title and reason, each
// checklist item and each topic exist and are non-empty in en, fr, es, pt and ar; ids are unique;
// every principle named is one of the 12; every source has a link.
import { PRINCIPLES } from '@steward/core/diagnostic/model';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../i18n/all-locales';
import { CHECKLISTS, GUIDANCE, GUIDANCE_SOURCES, byPrinciple, byTopic, catalogueKeys } from './catalogue';
import { checklistComplete } from './risk-checklist';

describe('guidance catalogue', () => {
  it('has unique ids keyed <form>.<field>, real principles and linked sources', () => {
    const ids = GUIDANCE.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const g of GUIDANCE) {
      expect(g.id).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      expect(g.principles.length).toBeGreaterThan(0);
      for (const p of g.principles) expect(PRINCIPLES).toContain(p);
      expect(GUIDANCE_SOURCES[g.source].url).toMatch(/^https:\/\//);
    }
    for (const c of Object.values(CHECKLISTS)) expect(ids).toContain(c.guidance);
  });

  for (const [locale, dictionary] of Object.entries(DICTIONARIES)) {
    it(`${locale}: every text of the catalogue exists and is non-empty`, () => {
      const d = dictionary as unknown as Record<string, unknown>;
      const missing = catalogueKeys().filter(
        (k) => typeof d[k] !== 'string' || (d[k] as string).trim() === '',
      );
      expect(missing).toEqual([]);
    });
  }

  it('lists by topic and by principle', () => {
    expect(byTopic('retention').map((g) => g.id)).toEqual([
      'registry.retention',
      'retention.approve',
      'retention.confirmCopy',
    ]);
    expect(byPrinciple('retention').map((g) => g.id)).toContain('sharing.expiry');
  });

  it('a checklist is complete only when every item is ticked', () => {
    expect(checklistComplete('share-high', [1, 2, 3])).toBe(false);
    expect(checklistComplete('share-high', [4, 3, 2, 1])).toBe(true);
    expect(checklistComplete('destroy', [1, 2, 3])).toBe(true);
  });
});
