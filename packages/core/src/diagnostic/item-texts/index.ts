/**
 * Steward's default diagnostic items in the five interface languages. English is the default set
 * itself (default-set.ts); the other languages are translations keyed by item id. A cluster that
 * edits an item writes its own words: those are shown as written, in every language.
 */
import type { Language } from '../../i18n/languages';
import { DEFAULT_QUESTION_SET } from '../default-set';
import type { DiagnosticItem } from '../model';
import { defaultItemsAr } from './ar';
import { defaultItemsEs } from './es';
import { defaultItemsFr } from './fr';
import { defaultItemsPt } from './pt';
import type { DefaultItemTranslations, ItemTexts } from './types';

export type { DefaultItemTranslations, ItemTexts } from './types';

export const DEFAULT_ITEM_TRANSLATIONS: Readonly<Record<Exclude<Language, 'en'>, DefaultItemTranslations>> = {
  fr: defaultItemsFr,
  es: defaultItemsEs,
  pt: defaultItemsPt,
  ar: defaultItemsAr,
};

const DEFAULT_ITEMS: ReadonlyMap<string, DiagnosticItem> = new Map(
  DEFAULT_QUESTION_SET.items.map((i) => [i.id, i]),
);

type ItemWords = Pick<DiagnosticItem, 'id' | 'text' | 'guidance' | 'evidence'>;

/** True when `item` is Steward's default item as shipped: same id and same English texts. */
export function isDefaultItemUnchanged(item: ItemWords): boolean {
  const d = DEFAULT_ITEMS.get(item.id);
  return (
    d !== undefined && d.text === item.text && d.guidance === item.guidance && d.evidence === item.evidence
  );
}

/**
 * The item's statement, guidance and expected evidence in `language`: the translation when the
 * item is Steward's default item unchanged, else the item's own texts as the cluster wrote them
 * (an edited item is the cluster's words; a partly translated mix would misquote it).
 */
export function itemTexts(item: ItemWords, language: Language): ItemTexts {
  const own: ItemTexts = { text: item.text, guidance: item.guidance, evidence: item.evidence };
  if (language === 'en' || !isDefaultItemUnchanged(item)) return own;
  return DEFAULT_ITEM_TRANSLATIONS[language][item.id] ?? own;
}
