import { conditionKey } from './conditions';
import { dominanceLabel } from './dominance';
import { describeAggregation } from './match';
import type { Isp, IspRule } from './model';

export type IspChange =
  | {
      readonly kind: 'metadata';
      readonly field: string;
      readonly before: string;
      readonly after: string;
      readonly text: string;
    }
  | { readonly kind: 'rule-added'; readonly ruleId: string; readonly text: string }
  | { readonly kind: 'rule-removed'; readonly ruleId: string; readonly text: string }
  | {
      readonly kind: 'rule-changed';
      readonly ruleId: string;
      readonly field: string;
      readonly before: string;
      readonly after: string;
      readonly text: string;
    };

const show = {
  flag: (v: boolean | undefined) => (v === undefined ? 'any' : v ? 'yes' : 'no'),
  list: (v: readonly string[] | undefined, empty = 'none') => (v && v.length > 0 ? v.join(', ') : empty),
};

/** Rule fields compared by `diffIsp`, with how each is shown. */
const RULE_FIELDS: ReadonlyArray<readonly [string, (r: IspRule) => string]> = [
  ['dataType', (r) => r.dataType],
  ['aggregation', (r) => describeAggregation(r.aggregation)],
  ['includesNames', (r) => show.flag(r.includesNames)],
  ['includesCoordinates', (r) => show.flag(r.includesCoordinates)],
  ['consentObtained', (r) => show.flag(r.consentObtained)],
  ['sensitivity', (r) => r.sensitivity],
  ['sharing', (r) => r.sharing],
  ['conditions', (r) => show.list(r.conditions.map(conditionKey))],
  ['allowedPurposes', (r) => show.list(r.allowedPurposes, 'any')],
  ['note', (r) => r.note ?? ''],
  ['source', (r) => r.source ?? ''],
];

const METADATA_FIELDS: ReadonlyArray<readonly [string, (i: Isp) => string]> = [
  ['context', (i) => i.context],
  ['version', (i) => i.version],
  ['status', (i) => i.status],
  ['reviewDue', (i) => i.reviewDue],
  ['dataTypes', (i) => show.list(i.dataTypes)],
  ['settings.smallCellThreshold', (i) => String(i.settings.smallCellThreshold)],
  ['settings.protectionSmallCellThreshold', (i) => String(i.settings.protectionSmallCellThreshold)],
  ['settings.protectionDataTypes', (i) => show.list(i.settings.protectionDataTypes)],
  [
    'settings.dominanceRule',
    (i) => (i.settings.dominanceRule ? dominanceLabel(i.settings.dominanceRule) : 'default'),
  ],
  ['note', (i) => i.note ?? ''],
  ['isTemplate', (i) => (i.isTemplate ? 'yes' : 'no')],
];

const quote = (s: string) => (s === '' ? '(empty)' : `"${s}"`);

function ruleSummary(r: IspRule): string {
  return `${r.dataType} at ${describeAggregation(r.aggregation)} → ${r.sensitivity}, ${r.sharing}`;
}

/**
 * The changes from version `a` to version `b`: metadata first, then rules matched by id —
 * added, removed, and changed field by field — in the order of `b` (removed rules in the order
 * of `a`). Each change carries a readable English `text`.
 */
export function diffIsp(a: Isp, b: Isp): IspChange[] {
  const changes: IspChange[] = [];
  for (const [field, get] of METADATA_FIELDS) {
    const before = get(a);
    const after = get(b);
    if (before !== after) {
      changes.push({
        kind: 'metadata',
        field,
        before,
        after,
        text: `${field} changed from ${quote(before)} to ${quote(after)}`,
      });
    }
  }
  const oldById = new Map(a.rules.map((r) => [r.id, r]));
  const newIds = new Set(b.rules.map((r) => r.id));
  for (const r of a.rules) {
    if (!newIds.has(r.id))
      changes.push({
        kind: 'rule-removed',
        ruleId: r.id,
        text: `Rule "${r.id}" removed (${ruleSummary(r)})`,
      });
  }
  for (const r of b.rules) {
    const old = oldById.get(r.id);
    if (!old) {
      changes.push({ kind: 'rule-added', ruleId: r.id, text: `Rule "${r.id}" added (${ruleSummary(r)})` });
      continue;
    }
    for (const [field, get] of RULE_FIELDS) {
      const before = get(old);
      const after = get(r);
      if (before !== after) {
        changes.push({
          kind: 'rule-changed',
          ruleId: r.id,
          field,
          before,
          after,
          text: `Rule "${r.id}": ${field} changed from ${quote(before)} to ${quote(after)}`,
        });
      }
    }
  }
  return changes;
}

/** The diff as plain text, one change a line (for the print view and the CLI). */
export function formatIspDiff(changes: readonly IspChange[]): string {
  return changes.length === 0 ? 'No changes.' : changes.map((c) => `- ${c.text}`).join('\n');
}
