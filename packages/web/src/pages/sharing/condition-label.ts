import type { Translator } from '../../i18n/locales';
import { parseCondition } from './sharing-logic';

/**
 * A condition in the reader's language: the kind's label, with its parameter ("Suppress small
 * cells (5)"); a free text condition (an older agreement's) as it was written.
 */
export function conditionLabel(t: Translator, code: string): string {
  const { kind, parameter } = parseCondition(code);
  const label = t.tryT(`vocab.conditionKind.${kind}`);
  if (!label) return code;
  return parameter ? `${label} (${parameter})` : label;
}
