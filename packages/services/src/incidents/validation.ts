/** Input checks of the incident register: each failure names its field. */
import {
  INCIDENT_TYPE_CODE,
  INCIDENT_TYPES,
  isIncidentState,
  isSeverity,
  type IncidentState,
  type Severity,
} from '@steward/core/incidents/index';
import type { IncidentNotificationMade, IncidentTreatment } from '@steward/db/schema/incidents';
import { ServiceError } from '../errors';
import { isIsoDate } from '../registry/validation';

export const fieldError = (path: string, message: string) =>
  new ServiceError('validation', `${path}: ${message}`, { fields: [{ path, message }] });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function object(input: unknown): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw fieldError('(body)', 'must be an object');
  return input as Record<string, unknown>;
}

function text(o: Record<string, unknown>, path: string, max: number, required = false): string | undefined {
  const v = o[path];
  if (v === undefined || v === null) {
    if (required) throw fieldError(path, 'Required');
    return undefined;
  }
  if (typeof v !== 'string') throw fieldError(path, 'must be text');
  const t = v.trim();
  if (required && t.length === 0) throw fieldError(path, 'Required');
  if (t.length > max) throw fieldError(path, `at most ${max} characters`);
  return t;
}

function date(o: Record<string, unknown>, path: string): string | null | undefined {
  const v = o[path];
  if (v === undefined) return undefined;
  if (v === null || v === '') return null;
  if (typeof v !== 'string' || !isIsoDate(v)) throw fieldError(path, 'a date YYYY-MM-DD');
  return v;
}

function ids(o: Record<string, unknown>, path: string): string[] {
  const v = o[path];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !UUID.test(x)))
    throw fieldError(path, 'a list of ids');
  if (v.length > 50) throw fieldError(path, 'at most 50');
  return [...new Set(v as string[])];
}

export interface ReportInput {
  title: string;
  type: string;
  personalData: boolean;
  assetIds: string[];
  agreementIds: string[];
  description: string;
  detectedOn: string | null;
  occurredOn: string | null;
}

/** The short form: title, type, personal data yes/no; everything else optional. */
export function reportInput(input: unknown, extraTypes: readonly string[] = []): ReportInput {
  const o = object(input);
  const type = text(o, 'type', 60, true)!;
  if (!INCIDENT_TYPE_CODE.test(type) || ![...INCIDENT_TYPES, ...extraTypes].includes(type)) {
    // The value is echoed only when it has the form of a code (nothing else reaches a message).
    const which = INCIDENT_TYPE_CODE.test(type) ? `"${type}" is not an incident type` : 'not a type code';
    throw fieldError('type', `${which}; one of ${[...INCIDENT_TYPES, ...extraTypes].join(', ')}`);
  }
  if (typeof o.personalData !== 'boolean') throw fieldError('personalData', 'yes or no (true/false)');
  return {
    title: text(o, 'title', 200, true)!,
    type,
    personalData: o.personalData,
    assetIds: ids(o, 'assetIds'),
    agreementIds: ids(o, 'agreementIds'),
    description: text(o, 'description', 5000) ?? '',
    detectedOn: date(o, 'detectedOn') ?? null,
    occurredOn: date(o, 'occurredOn') ?? null,
  };
}

export interface FactsInput {
  description?: string;
  threatSource?: string;
  threatEvent?: string;
  vulnerability?: string;
  adverseImpact?: string;
  impactKind?: 'actual' | 'potential';
  affectedGroups?: string;
  detectedAt?: string | null;
  occurredAt?: string | null;
  treatment?: IncidentTreatment[];
  notificationsMade?: IncidentNotificationMade[];
  closureRationale?: string;
  lessons?: string;
}

const NOTIFIED_PARTIES = ['data-subjects', 'partner', 'dpo', 'cluster', 'other'];

/** New facts, any state: only the fields given change. */
export function factsInput(input: unknown, newId: () => string): FactsInput {
  const o = object(input);
  const out: FactsInput = {};
  for (const f of [
    'description',
    'threatSource',
    'threatEvent',
    'vulnerability',
    'adverseImpact',
    'affectedGroups',
    'closureRationale',
    'lessons',
  ] as const) {
    const v = text(o, f, 5000);
    if (v !== undefined) out[f] = v;
  }
  if (o.impactKind !== undefined) {
    if (o.impactKind !== 'actual' && o.impactKind !== 'potential')
      throw fieldError('impactKind', 'actual or potential');
    out.impactKind = o.impactKind;
  }
  const detected = date(o, 'detectedOn');
  if (detected !== undefined) out.detectedAt = detected;
  const occurred = date(o, 'occurredOn');
  if (occurred !== undefined) out.occurredAt = occurred;
  if (o.treatment !== undefined) {
    if (!Array.isArray(o.treatment) || o.treatment.length > 100)
      throw fieldError('treatment', 'a list of at most 100 actions');
    out.treatment = o.treatment.map((raw, i) => {
      const t = object(raw);
      const at = (f: string) => `treatment.${i}.${f}`;
      const id = typeof t.id === 'string' && UUID.test(t.id) ? t.id : newId();
      const action = text(t, 'action', 1000, true);
      const owner = text(t, 'owner', 200, true);
      if (!action) throw fieldError(at('action'), 'Required');
      if (!owner) throw fieldError(at('owner'), 'Required');
      const dueOn = date(t, 'dueOn') ?? null;
      const doneOn = date(t, 'doneOn') ?? null;
      return { id, action, owner, dueOn, doneOn };
    });
  }
  if (o.notificationsMade !== undefined) {
    if (!Array.isArray(o.notificationsMade) || o.notificationsMade.length > 100)
      throw fieldError('notificationsMade', 'a list of at most 100');
    out.notificationsMade = o.notificationsMade.map((raw, i) => {
      const n = object(raw);
      const recipient = text(n, 'recipient', 40, true)!;
      if (!NOTIFIED_PARTIES.includes(recipient))
        throw fieldError(`notificationsMade.${i}.recipient`, `one of ${NOTIFIED_PARTIES.join(', ')}`);
      const on = date(n, 'on');
      if (!on) throw fieldError(`notificationsMade.${i}.on`, 'a date YYYY-MM-DD');
      return { recipient, on, channel: text(n, 'channel', 200, true)! };
    });
  }
  return out;
}

export function severityInput(input: unknown): { severity: Severity; reason: string | null } {
  const o = object(input);
  if (!isSeverity(o.severity)) throw fieldError('severity', 'low, moderate, high or severe');
  return { severity: o.severity, reason: text(o, 'reason', 2000) ?? null };
}

export function stateInput(input: unknown): IncidentState {
  const o = object(input);
  if (!isIncidentState(o.state))
    throw fieldError('state', 'notified, classified, in_treatment, closed or learning_recorded');
  return o.state;
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export const LABEL_LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar'] as const;

export interface IncidentTypeInput {
  code: string;
  labels: Record<(typeof LABEL_LANGUAGES)[number], string>;
}

/** A type the cluster adds: a new code (lower-case words joined by hyphens) and five labels. */
export function incidentTypeInput(input: unknown): IncidentTypeInput {
  const o = object(input);
  const code = text(o, 'code', 60, true)!;
  if (!INCIDENT_TYPE_CODE.test(code))
    throw fieldError('code', 'lower-case letters and digits, words joined by hyphens (e.g. cyber-attack)');
  if ((INCIDENT_TYPES as readonly string[]).includes(code))
    throw fieldError('code', `"${code}" is a built-in type`);
  const raw = o.labels;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw fieldError('labels', 'an object with en, fr, es, pt and ar');
  const labels = {} as IncidentTypeInput['labels'];
  for (const lang of LABEL_LANGUAGES) {
    const v = (raw as Record<string, unknown>)[lang];
    const path = `labels.${lang}`;
    if (typeof v !== 'string' || !v.trim()) throw fieldError(path, 'Required');
    if (v.trim().length > 80) throw fieldError(path, 'at most 80 characters');
    labels[lang] = v.trim();
  }
  return { code, labels };
}
