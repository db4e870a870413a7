/**
 * The `--missing` and `--missing-in` flags of `check`, `anonymise` and `table`: texts that mean
 * "no value" in the file (R's NA, Stata's ".", sentinels such as -99), for every column or for one.
 */
import type { Dataset } from '@steward/core/sdc/dataset';
import {
  applyMissingCodes,
  parseMissingList,
  type MissingCodes,
  type MissingCodesApplied,
} from '@steward/core/sdc/missing/index';
import { CliError } from '../framework';

export const missingFlagSpecs = {
  missing: {
    type: 'string',
    valueName: 'CODES',
    description:
      'Texts that mean a missing value in every column, comma-separated, e.g. NA,.,-99 (empty cells are always missing)',
  },
  'missing-in': {
    type: 'string',
    valueName: 'COLUMN=CODES',
    description: 'Missing-value codes for one column only, e.g. age=-99,999',
    multiple: true,
  },
} as const;

/** The codes the flags give, or undefined when neither flag is used. */
export function missingFromFlags(
  all: string | undefined,
  perColumn: readonly string[],
): MissingCodes | undefined {
  if (all === undefined && perColumn.length === 0) return undefined;
  const list = (text: string, flag: string): string[] => {
    const r = parseMissingList(text);
    if (!r.ok) throw new CliError(`flag ${flag}: ${r.error.message}`, 2);
    return r.value;
  };
  const columns: Record<string, string[]> = {};
  for (const spec of perColumn) {
    const eq = spec.indexOf('=');
    if (eq <= 0)
      throw new CliError(`flag --missing-in must be COLUMN=CODES, e.g. age=-99 (got "${spec}")`, 2);
    const name = spec.slice(0, eq).trim();
    columns[name] = [...(columns[name] ?? []), ...list(spec.slice(eq + 1), '--missing-in')];
  }
  return { all: all === undefined ? [] : list(all, '--missing'), columns };
}

/** Both sets of codes together (a column's lists are joined). */
export function mergeMissing(
  a: MissingCodes | undefined,
  b: MissingCodes | undefined,
): MissingCodes | undefined {
  if (!a) return b;
  if (!b) return a;
  const columns: Record<string, string[]> = {};
  for (const m of [a, b]) {
    for (const [c, l] of Object.entries(m.columns ?? {})) columns[c] = [...(columns[c] ?? []), ...l];
  }
  return { all: [...(a.all ?? []), ...(b.all ?? [])], columns };
}

/** Applies the codes to the loaded file; an unknown column is one line naming the file. */
export function applyMissing(
  dataset: Dataset,
  file: string,
  codes: MissingCodes | undefined,
): { dataset: Dataset; applied: MissingCodesApplied | null } {
  if (!codes) return { dataset, applied: null };
  const r = applyMissingCodes(dataset, codes);
  if (!r.ok) {
    const field = r.error.field.replace(/^missing\.columns\./, '').replace(/^missing\.?/, '');
    throw new CliError(`${file}: missing-value codes${field ? ` (${field})` : ''}: ${r.error.message}`);
  }
  return r.value;
}
