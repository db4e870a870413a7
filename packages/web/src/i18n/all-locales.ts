/**
 * Every dictionary at once, registered with the translator: for tests and tools that need all
 * languages synchronously. The app itself loads languages on demand (`loadLocale` in locales.ts).
 */
import { ar } from './ar';
import type { Dictionary } from './dictionary';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { registerDictionary, type Locale } from './locales';
import { pt } from './pt';

export const DICTIONARIES: Readonly<Record<Locale, Dictionary>> = { en, fr, es, pt, ar };

for (const [locale, dictionary] of Object.entries(DICTIONARIES))
  registerDictionary(locale as Locale, dictionary);
