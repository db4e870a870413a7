import type { Translator } from '../../i18n/locales';
import { conditionKeyLabel } from '../isp/labels';
import { parseCondition } from './sharing-logic';

/**
 * A condition in the reader's language, from its stable key: the ISP's ("Suppress cells with a
 * count below 5" from `suppress-below-n:5`, "Aggregate to ADM2 (district) or higher") and the
 * provider's own kinds ("No onward sharing"); a free text condition (an older agreement's) as it
 * was written.
 */
export function conditionLabel(t: Translator, code: string): string {
  const { kind, parameter } = parseCondition(code);
  const label = t.tryT(`vocab.conditionKind.${kind}`);
  if (!label) return code;
  if (parameter && (kind === 'suppress-below-n' || kind === 'aggregate-to-level'))
    return conditionKeyLabel(t, code);
  return parameter ? `${label} (${parameter})` : label;
}
