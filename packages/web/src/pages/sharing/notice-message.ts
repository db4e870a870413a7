import type { Translator } from '../../i18n/locales';
import { showDate } from '../registry/shared';

export type Notice = { kind: string; text: string; params: Readonly<Record<string, string>> };

/** Parameters that are codes are shown by their label; dates in the user's format. */
const CODE_LABELS: Readonly<Record<string, string>> = {
  priority: 'referrals.priority.',
  state: 'referrals.state.',
  outcome: 'referrals.outcome.',
};

/**
 * A notification in the user's language: `notice.<kind>` with its parameters (issue 8); the
 * stored English text only for a kind this version of the web app does not know.
 */
export function noticeMessage(t: Translator, n: Notice): string {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(n.params)) {
    const prefix = CODE_LABELS[name];
    params[name] = name === 'date' ? showDate(t, value) : prefix ? (t.tryT(prefix + value) ?? value) : value;
  }
  const key =
    n.kind === 'referral.updated' && n.params.outcome
      ? 'notice.referral.updated-outcome'
      : `notice.${n.kind}`;
  return t.tryT(key, params) ?? n.text;
}
