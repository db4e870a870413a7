import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/languages';
import { DEFAULT_QUESTION_SET } from '../default-set';
import { DEFAULT_ITEM_TRANSLATIONS, isDefaultItemUnchanged, itemTexts } from './index';

const items = DEFAULT_QUESTION_SET.items;
const byId = (id: string) => {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no default item ${id}`);
  return found;
};
const FIELDS = ['text', 'guidance', 'evidence'] as const;

describe('default diagnostic items in every language', () => {
  it('has all three texts of every default item in every language, and no unknown id', () => {
    const ids = items.map((i) => i.id).sort();
    for (const [lang, table] of Object.entries(DEFAULT_ITEM_TRANSLATIONS)) {
      expect(Object.keys(table).sort(), lang).toEqual(ids);
      for (const item of items) {
        const translated = itemTexts(item, lang as (typeof LANGUAGES)[number]);
        for (const field of FIELDS) {
          const words = translated[field];
          expect(words.trim(), `${lang} ${item.id} ${field}`).not.toBe('');
          expect(words, `${lang} ${item.id} ${field} is still English`).not.toBe(item[field]);
          expect(words, `${lang} ${item.id} ${field}`).not.toMatch(/[{}]/);
        }
      }
    }
  });

  it('writes Arabic in Arabic script', () => {
    for (const item of items) {
      for (const field of FIELDS) {
        expect(itemTexts(item, 'ar')[field], `${item.id} ${field}`).toMatch(/[\u0600-\u06ff]/);
      }
    }
  });

  it('translates an unchanged default item', () => {
    const item = byId('isp.endorsed');
    expect(isDefaultItemUnchanged(item)).toBe(true);
    expect(itemTexts(item, 'fr').text).toBe(
      'Un protocole de partage d’informations (PPI) approuvé par les membres est en vigueur.',
    );
    expect(itemTexts(item, 'en')).toEqual({
      text: item.text,
      guidance: item.guidance,
      evidence: item.evidence,
    });
  });

  it('shows an item the cluster edited (any of its texts) or added in its own words', () => {
    const original = byId('reg.purpose');
    const edited = [
      { ...original, text: 'Every entry states its purpose, reviewed by the IMO.' },
      { ...original, guidance: 'Our own guidance.' },
      { ...original, evidence: 'Our own evidence.' },
      { ...original, id: 'cluster.own-item' },
    ];
    for (const item of edited) {
      expect(isDefaultItemUnchanged(item)).toBe(false);
      for (const lang of LANGUAGES) {
        expect(itemTexts(item, lang)).toEqual({
          text: item.text,
          guidance: item.guidance,
          evidence: item.evidence,
        });
      }
    }
  });
});
