/** Parsing of ISP documents and decision inputs sent by clients, naming the field on error. */
import type { AssetFacts, Isp } from '@steward/core/isp/index';
import {
  parseAggregationLevel,
  parseDataType,
  parsePurpose,
  parseRecipientClass,
  parseShareForm,
  type PurposeId,
  type RecipientClass,
  type ShareForm,
} from '@steward/core/vocabulary/index';
import { ServiceError } from '../errors';

export interface DecideInput {
  facts: unknown;
  recipient: unknown;
  purpose?: unknown;
  form?: unknown;
}

export const field = (path: string, message: string) =>
  new ServiceError('validation', `${path}: ${message}`, { fields: [{ path, message }] });

/** Parses decision inputs, naming the field and listing valid values on error. */
export function parseDecisionInput(input: DecideInput): {
  facts: AssetFacts;
  recipient: RecipientClass;
  purpose: PurposeId | undefined;
  form: ShareForm;
} {
  const f = (input.facts ?? {}) as Record<string, unknown>;
  if (typeof f !== 'object' || f === null) throw field('facts', 'must be an object');
  const dataType = parseDataType(String(f.dataType ?? ''));
  if (!dataType.ok) throw field('facts.dataType', dataType.error.message);
  const level = parseAggregationLevel(String(f.aggregation ?? ''));
  if (!level.ok) throw field('facts.aggregation', level.error.message);
  for (const k of ['includesNames', 'includesCoordinates'] as const) {
    if (typeof f[k] !== 'boolean') throw field(`facts.${k}`, 'must be true or false');
  }
  for (const k of ['consentObtained', 'activeAgreement'] as const) {
    if (f[k] !== undefined && typeof f[k] !== 'boolean') throw field(`facts.${k}`, 'must be true or false');
  }
  const recipient = parseRecipientClass(String(input.recipient ?? ''));
  if (!recipient.ok) throw field('recipient', recipient.error.message);
  let purpose: PurposeId | undefined;
  if (input.purpose !== undefined && input.purpose !== null && input.purpose !== '') {
    const p = parsePurpose(String(input.purpose));
    if (!p.ok) throw field('purpose', p.error.message);
    purpose = p.value;
  }
  let form: ShareForm = 'share';
  if (input.form !== undefined && input.form !== null && input.form !== '') {
    const p = parseShareForm(String(input.form));
    if (!p.ok) throw field('form', p.error.message);
    form = p.value;
  }
  return {
    facts: {
      dataType: dataType.value,
      aggregation: level.value,
      includesNames: f.includesNames as boolean,
      includesCoordinates: f.includesCoordinates as boolean,
      ...(f.consentObtained !== undefined ? { consentObtained: f.consentObtained as boolean } : {}),
      ...(f.activeAgreement !== undefined ? { activeAgreement: f.activeAgreement as boolean } : {}),
    },
    recipient: recipient.value,
    purpose,
    form,
  };
}

/** Structural check of an ISP document sent by a client (lint checks the content). */
export function parseIspDocument(raw: unknown): Isp {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw field('isp', 'must be an ISP object');
  const o = raw as Record<string, unknown>;
  for (const k of ['context', 'version', 'reviewDue'] as const) {
    if (typeof o[k] !== 'string') throw field(`isp.${k}`, 'must be text');
  }
  if (!Array.isArray(o.rules)) throw field('isp.rules', 'must be a list of rules');
  if (!Array.isArray(o.dataTypes) || o.dataTypes.some((d) => typeof d !== 'string')) {
    throw field('isp.dataTypes', 'must be a list of data type ids');
  }
  if (typeof o.settings !== 'object' || o.settings === null) throw field('isp.settings', 'must be an object');
  o.rules.forEach((r: unknown, i) => {
    if (typeof r !== 'object' || r === null) throw field(`isp.rules[${i}]`, 'must be a rule object');
    const rule = r as Record<string, unknown>;
    for (const k of ['id', 'dataType', 'sensitivity', 'sharing'] as const) {
      if (typeof rule[k] !== 'string') throw field(`isp.rules[${i}].${k}`, 'must be text');
    }
    if (typeof rule.aggregation !== 'object' || rule.aggregation === null) {
      throw field(`isp.rules[${i}].aggregation`, 'must be { level } or { from, to }');
    }
    if (!Array.isArray(rule.conditions)) throw field(`isp.rules[${i}].conditions`, 'must be a list');
  });
  return raw as Isp;
}
