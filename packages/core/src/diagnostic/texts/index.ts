/**
 * The diagnostic's words in the five interface languages: one table for the web app (each
 * language file is spread into the web dictionary) and for the round's XLSX workbook. Messages
 * carry `{param}` placeholders; `diagnosticText` fills them the way the web app does (numbers in
 * the language's format, text isolated in a right-to-left language).
 */
import { languageDirection, type Language } from '../../i18n/languages';
import { diagnosticMessagesAr, diagnosticWorkbookAr } from './ar';
import { diagnosticMessagesEn, diagnosticWorkbookEn } from './en';
import { diagnosticMessagesEs, diagnosticWorkbookEs } from './es';
import { diagnosticMessagesFr, diagnosticWorkbookFr } from './fr';
import { diagnosticMessagesPt, diagnosticWorkbookPt } from './pt';
import type { DiagnosticMessages, DiagnosticWorkbookTexts } from './types';

export type { DiagnosticMessages, DiagnosticWorkbookTexts } from './types';
export type DiagnosticMessageKey = keyof DiagnosticMessages;

export const DIAGNOSTIC_MESSAGES: Readonly<Record<Language, DiagnosticMessages>> = {
  en: diagnosticMessagesEn,
  fr: diagnosticMessagesFr,
  es: diagnosticMessagesEs,
  pt: diagnosticMessagesPt,
  ar: diagnosticMessagesAr,
};

export const DIAGNOSTIC_WORKBOOK_TEXTS: Readonly<Record<Language, DiagnosticWorkbookTexts>> = {
  en: diagnosticWorkbookEn,
  fr: diagnosticWorkbookFr,
  es: diagnosticWorkbookEs,
  pt: diagnosticWorkbookPt,
  ar: diagnosticWorkbookAr,
};

/** Unicode FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE: plain text's <bdi>. */
const FSI = '\u2068';
const PDI = '\u2069';
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

function isKey(code: string): code is DiagnosticMessageKey {
  return Object.prototype.hasOwnProperty.call(diagnosticMessagesEn, code);
}

/**
 * A diagnostic message (e.g. an evidence code of `prefill`) in `lang` with its parameters filled:
 * numbers formatted for the language, text parameters isolated in Arabic so that Latin text (an
 * ISP version, a date) does not reorder the sentence. A code the table does not know is shown as
 * `code (name: value, …)`, never dropped; a placeholder without a value stays visible.
 */
export function diagnosticText(
  lang: Language,
  code: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  if (!isKey(code)) {
    const list = Object.entries(params).map(([k, v]) => `${k}: ${v}`);
    return list.length > 0 ? `${code} (${list.join(', ')})` : code;
  }
  const numbers = new Intl.NumberFormat(lang);
  const rtl = languageDirection(lang) === 'rtl';
  return DIAGNOSTIC_MESSAGES[lang][code].replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'number') return numbers.format(value);
    return rtl ? `${FSI}${value}${PDI}` : value;
  });
}
