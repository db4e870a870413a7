/**
 * CSV injection (OWASP): a spreadsheet opening a CSV runs a cell that begins with `=`, `+`, `-`,
 * `@`, a tab or a carriage return as a formula. Every CSV Steward writes passes its text cells
 * through `neutraliseFormula`, which prefixes such a cell with an apostrophe (shown as text, never
 * run). A cell that already begins with an apostrophe gets one more, so that `restoreFormula`
 * gives back exactly the original text: what Steward exports re-imports unchanged. A cell that is
 * a plain number ("-5", "+1.5e3") is not a formula and is left as it is.
 */
import { parseNumber } from './table-builder';

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Whether the text would be run as a formula by a spreadsheet (numbers are not). */
export function isFormulaLike(text: string): boolean {
  return text.length > 0 && TRIGGERS.has(text[0]!) && parseNumber(text) === null;
}

/** The cell as written to a CSV: an apostrophe before a formula-like text or a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) || text.startsWith("'") ? `'${text}` : text;
}

/** The inverse of `neutraliseFormula`, for reading back a CSV that Steward wrote. */
export function restoreFormula(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}
