/**
 * ISP values in the user's language: conditions, rule fields and the changes between two
 * versions. `diffIsp` (core) compares the two documents and keeps codes (`low`, `coordination`,
 * `suppress-below-n:5`); this module reads the rules themselves and labels every value, so the
 * diff page shows "Low → Moderate" and "Public → All cluster members", never the codes.
 */
import {
  aggregationBounds,
  DEFAULT_DOMINANCE_RULE,
  dominanceLabel,
  type AggregationMatch,
  type CodedMessage,
  type Condition,
  type Isp,
  type LintIssue,
  type IspChange,
  type IspRule,
} from '@steward/core/isp/index';
import {
  AGGREGATION_LEVELS,
  CONDITION_KINDS,
  DATA_TYPES,
  PURPOSES,
  RECIPIENT_CLASSES,
  SENSITIVITY_LEVELS,
  SHARING_APPROACHES,
} from '@steward/core/vocabulary/index';
import type { Translator } from '../../i18n/locales';
import { showDate, termLabel } from '../registry/shared';

/** A condition in words: "Aggregate to ADM2 (district) or higher", "Suppress cells with a count below 5". */
export function conditionLabel(t: Translator, c: Condition): string {
  if (c.kind === 'aggregate-to-level')
    return t.t('isp.cond.aggregate', { level: termLabel(t, AGGREGATION_LEVELS, c.level) });
  if (c.kind === 'suppress-below-n') return t.t('isp.cond.suppress', { n: c.n });
  return termLabel(t, CONDITION_KINDS, c.kind);
}

/** An aggregation range: "ADM2 (district)" or "ADM1 … to Household". */
export function aggregationLabel(t: Translator, m: AggregationMatch): string {
  const { from, to } = aggregationBounds(m);
  const label = (l: string) => termLabel(t, AGGREGATION_LEVELS, l);
  return from === to ? label(from) : t.t('isp.rule.range', { from: label(from), to: label(to) });
}

function flagLabel(t: Translator, v: boolean | undefined): string {
  return v === undefined ? t.t('isp.value.any') : t.t(v ? 'common.yes' : 'common.no');
}

function listLabel(t: Translator, items: readonly string[] | undefined, empty: string): string {
  return items && items.length > 0 ? items.join(t.t('reg.listSep')) : empty;
}

/** One field of a rule, labelled. */
export function ruleFieldValue(t: Translator, r: IspRule, field: string): string {
  switch (field) {
    case 'dataType':
      return termLabel(t, DATA_TYPES, r.dataType);
    case 'aggregation':
      return aggregationLabel(t, r.aggregation);
    case 'includesNames':
      return flagLabel(t, r.includesNames);
    case 'includesCoordinates':
      return flagLabel(t, r.includesCoordinates);
    case 'consentObtained':
      return flagLabel(t, r.consentObtained);
    case 'sensitivity':
      return termLabel(t, SENSITIVITY_LEVELS, r.sensitivity);
    case 'sharing':
      return termLabel(t, SHARING_APPROACHES, r.sharing);
    case 'conditions':
      return listLabel(
        t,
        r.conditions.map((c) => conditionLabel(t, c)),
        t.t('isp.value.none'),
      );
    case 'allowedPurposes':
      return listLabel(
        t,
        r.allowedPurposes?.map((p) => termLabel(t, PURPOSES, p)),
        t.t('isp.value.any'),
      );
    case 'note':
      return r.note || t.t('isp.value.empty');
    case 'source':
      return r.source || t.t('isp.value.empty');
    default:
      return '';
  }
}

/** One metadata field of a version, labelled. */
export function metadataValue(t: Translator, isp: Isp, field: string): string {
  switch (field) {
    case 'context':
      return isp.context || t.t('isp.value.empty');
    case 'version':
      return isp.version;
    case 'status':
      return t.tryT(`isp.status.${isp.status}`) ?? isp.status;
    case 'reviewDue':
      return showDate(t, isp.reviewDue);
    case 'dataTypes':
      return listLabel(
        t,
        isp.dataTypes.map((d) => termLabel(t, DATA_TYPES, d)),
        t.t('isp.value.none'),
      );
    case 'settings.smallCellThreshold':
      return t.number(isp.settings.smallCellThreshold);
    case 'settings.protectionSmallCellThreshold':
      return t.number(isp.settings.protectionSmallCellThreshold);
    case 'settings.protectionDataTypes':
      return listLabel(
        t,
        isp.settings.protectionDataTypes.map((d) => termLabel(t, DATA_TYPES, d)),
        t.t('isp.value.none'),
      );
    case 'settings.dominanceRule':
      return isp.settings.dominanceRule
        ? dominanceLabel(isp.settings.dominanceRule)
        : t.t('isp.value.dominanceDefault', { rule: dominanceLabel(DEFAULT_DOMINANCE_RULE) });
    case 'note':
      return isp.note || t.t('isp.value.empty');
    case 'isTemplate':
      return t.t(isp.isTemplate ? 'common.yes' : 'common.no');
    default:
      return '';
  }
}

/** What a rule covers and decides: "Needs assessment at ADM2 (district): Low, Public". */
export function ruleSummary(t: Translator, r: IspRule): string {
  return t.t('isp.matrix.cellLabel', {
    dataType: termLabel(t, DATA_TYPES, r.dataType),
    level: aggregationLabel(t, r.aggregation),
    sensitivity: termLabel(t, SENSITIVITY_LEVELS, r.sensitivity),
    sharing: termLabel(t, SHARING_APPROACHES, r.sharing),
  });
}

export type LabelledChange =
  | {
      readonly kind: 'metadata' | 'rule-changed';
      readonly ruleId?: string;
      readonly field: string;
      readonly before: string;
      readonly after: string;
    }
  | { readonly kind: 'rule-added' | 'rule-removed'; readonly ruleId: string; readonly summary: string };

/** A change of `diffIsp(a, b)` with its field and values labelled from the two versions. */
export function labelChange(t: Translator, c: IspChange, a: Isp, b: Isp): LabelledChange {
  switch (c.kind) {
    case 'metadata':
      return {
        kind: c.kind,
        field: t.tryT(`isp.metaField.${c.field}`) ?? c.field,
        before: metadataValue(t, a, c.field) || c.before,
        after: metadataValue(t, b, c.field) || c.after,
      };
    case 'rule-changed': {
      const before = a.rules.find((r) => r.id === c.ruleId);
      const after = b.rules.find((r) => r.id === c.ruleId);
      return {
        kind: c.kind,
        ruleId: c.ruleId,
        field: t.tryT(`isp.ruleField.${c.field}`) ?? c.field,
        before: (before && ruleFieldValue(t, before, c.field)) || c.before,
        after: (after && ruleFieldValue(t, after, c.field)) || c.after,
      };
    }
    case 'rule-added':
    case 'rule-removed': {
      const rule = (c.kind === 'rule-added' ? b : a).rules.find((r) => r.id === c.ruleId);
      return { kind: c.kind, ruleId: c.ruleId, summary: rule ? ruleSummary(t, rule) : c.text };
    }
  }
}

/** A condition written as its stable key (`suppress-below-n:5`, `aggregate-to-level:adm2`), in words. */
export function conditionKeyLabel(t: Translator, key: string): string {
  const [kind = '', param = ''] = key.split(':');
  if (kind === 'suppress-below-n' && /^\d+$/.test(param))
    return conditionLabel(t, { kind, n: Number(param) });
  if (kind === 'aggregate-to-level' && param) return conditionLabel(t, { kind, level: param } as Condition);
  return termLabel(t, CONDITION_KINDS, kind);
}

const list = (value: string | number) =>
  String(value)
    .split(',')
    .filter((v) => v !== '');

/** A parameter of an ISP explanation, labelled by its name (codes become words; text stays). */
function whyParam(t: Translator, name: string, value: string | number): string | number {
  if (typeof value === 'number') return value;
  const sep = t.t('reg.listSep');
  switch (name) {
    case 'sensitivity':
      return termLabel(t, SENSITIVITY_LEVELS, value);
    case 'sharing':
    case 'needed':
    case 'ceiling':
      return termLabel(t, SHARING_APPROACHES, value);
    case 'recipient':
      return termLabel(t, RECIPIENT_CLASSES, value);
    case 'dataType':
      return termLabel(t, DATA_TYPES, value);
    case 'level': {
      const [from = value, to = from] = value.split('..');
      return aggregationLabel(t, { from, to } as AggregationMatch);
    }
    case 'flags': {
      const flags = list(value).map((f) => t.tryT(`isp.whyFlag.${f}`) ?? f);
      return flags.length === 0 ? '' : `${sep}${flags.join(sep)}`;
    }
    case 'purposes':
      return list(value)
        .map((p) => termLabel(t, PURPOSES, p))
        .join(sep);
    case 'purpose':
      return termLabel(t, PURPOSES, value);
    case 'conditions':
      return list(value)
        .map((c) => conditionKeyLabel(t, c))
        .join(t.t('isp.why.conditionSep'));
    case 'others':
      return list(value).join(sep);
    default:
      return value;
  }
}

/**
 * An ISP decision's explanation in the user's language, from its codes and parameters; the
 * English `fallback` only when the codes are missing (an older server) or one is unknown.
 */
export function whyText(t: Translator, why: readonly CodedMessage[] | undefined, fallback: string): string {
  if (!why || why.length === 0) return fallback;
  const sentences: string[] = [];
  for (const m of why) {
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(m.params)) params[name] = whyParam(t, name, value);
    const text = t.tryT(`isp.why.${m.code}`, params);
    if (text === undefined) return fallback;
    sentences.push(text);
  }
  return sentences.join(' ');
}

/**
 * A lint issue in the user's language when it carries a coded detail, else its English message
 * (`lang: 'en'`, so the page marks it as English).
 */
export function lintText(t: Translator, issue: LintIssue): { text: string; lang?: 'en' } {
  if (issue.detail) {
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(issue.detail.params)) params[name] = whyParam(t, name, value);
    const text = t.tryT(`isp.lintText.${issue.detail.code}`, params);
    if (text !== undefined) return { text };
  }
  return { text: issue.message, lang: 'en' };
}
