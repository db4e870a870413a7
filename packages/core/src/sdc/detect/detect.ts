import { cellText, type Column, type ColumnRole, type Dataset } from '../dataset';
import { HEADER, KEY_FAMILIES, NOT_A_PERSON, normaliseHeader } from './header-patterns';

export type FindingKind =
  | 'person-name'
  | 'phone'
  | 'email'
  | 'id-document'
  | 'record-id'
  | 'date-of-birth'
  | 'date'
  | 'gps-latitude'
  | 'gps-longitude'
  | 'gps-pair'
  | 'free-text'
  | 'key-variable'
  | 'sensitive'
  | 'weight'
  | 'household-id'
  | 'numeric'
  | 'other';

export interface GpsPrecision {
  /** Decimal places carried by the coordinates (90th percentile over the sample). */
  readonly decimals: number;
  /** Size of one unit of the last decimal, in metres, at the equator (111,320 m per degree). */
  readonly precisionMetres: number;
}

/** What detection concluded about one column. */
export interface ColumnFinding {
  readonly column: string;
  readonly kind: FindingKind;
  /** 0–1: how sure the detector is (header and values agreeing gives the highest values). */
  readonly confidence: number;
  /** Plain-English explanation; never quotes a data value. */
  readonly reason: string;
  /** The role proposed for the column; the user confirms it. */
  readonly role: ColumnRole;
  /** For GPS kinds only. */
  readonly gps?: GpsPrecision;
}

export interface Detection {
  /** One finding per column, in column order. */
  readonly findings: readonly ColumnFinding[];
  /** The proposed role of each column, by name. */
  readonly roles: Readonly<Record<string, ColumnRole>>;
  /** Which possible key variables were proposed as keys, and which were left for the user. */
  readonly keyProposal: KeyProposal;
}

/**
 * Key variables are proposed sparingly: every extra key splits the records into smaller groups, so
 * proposing every categorical column makes almost every record unique. Only confident findings
 * (≥ KEY_CONFIDENCE) are proposed, at most `cap` of them (most confident first, then column order).
 */
export interface KeyProposal {
  /** The columns proposed as keys, in column order. */
  readonly proposed: readonly string[];
  /** Possible keys not proposed (low confidence, or beyond the cap), in column order; role 'other'. */
  readonly notProposed: readonly string[];
  /** The most keys proposed. */
  readonly cap: number;
  /** The least confidence for a proposed key. */
  readonly minConfidence: number;
}

export interface DetectOptions {
  /** Rows inspected per column, spread evenly over the file (default 2000). */
  readonly sampleSize?: number;
  /** The most key variables proposed (default MAX_PROPOSED_KEYS). */
  readonly maxKeys?: number;
}

/** Default cap on proposed key variables (sdcMicro's and μ-Argus' examples use 4–8 keys). */
export const MAX_PROPOSED_KEYS = 8;
/** Least confidence for a key variable to be proposed (header and values agreeing give 0.8). */
export const KEY_CONFIDENCE = 0.7;

const ROLE_OF: Record<FindingKind, ColumnRole> = {
  'person-name': 'direct-identifier',
  phone: 'direct-identifier',
  email: 'direct-identifier',
  'id-document': 'direct-identifier',
  'record-id': 'direct-identifier',
  'date-of-birth': 'direct-identifier',
  date: 'other',
  'gps-latitude': 'direct-identifier',
  'gps-longitude': 'direct-identifier',
  'gps-pair': 'direct-identifier',
  'free-text': 'direct-identifier',
  'key-variable': 'key',
  sensitive: 'sensitive',
  weight: 'weight',
  'household-id': 'household',
  numeric: 'numeric',
  other: 'other',
};

const METRES_PER_DEGREE = 111_320;

/**
 * Proposes a role for every column from its header (several languages, see header-patterns) and
 * the shape of a sample of its values. Deterministic: the sample is every n-th row.
 */
export function detectColumns(dataset: Dataset, options: DetectOptions = {}): Detection {
  const sampleSize = options.sampleSize ?? 2000;
  const rows = sampleRows(dataset.rowCount, sampleSize);
  const found = dataset.columns.map((col) => detectColumn(col, rows));
  const keyProposal = proposeKeys(found, options.maxKeys ?? MAX_PROPOSED_KEYS);
  const findings = found.map((f) =>
    f.kind === 'key-variable' && !keyProposal.proposed.includes(f.column)
      ? { ...f, role: 'other' as const }
      : f,
  );
  const roles: Record<string, ColumnRole> = {};
  for (const f of findings) roles[f.column] = f.role;
  return { findings, roles, keyProposal };
}

function proposeKeys(findings: readonly ColumnFinding[], cap: number): KeyProposal {
  const possible = findings.filter((f) => f.kind === 'key-variable');
  const chosen = new Set(
    possible
      .map((f, i) => ({ f, i }))
      .filter(({ f }) => f.confidence >= KEY_CONFIDENCE)
      .sort((a, b) => b.f.confidence - a.f.confidence || a.i - b.i)
      .slice(0, Math.max(0, cap))
      .map(({ f }) => f.column),
  );
  return {
    proposed: possible.filter((f) => chosen.has(f.column)).map((f) => f.column),
    notProposed: possible.filter((f) => !chosen.has(f.column)).map((f) => f.column),
    cap,
    minConfidence: KEY_CONFIDENCE,
  };
}

function sampleRows(n: number, size: number): number[] {
  if (n <= size) return Array.from({ length: n }, (_, i) => i);
  const step = n / size;
  return Array.from({ length: size }, (_, i) => Math.floor(i * step));
}

/** Shape of the sampled values of one column. */
interface Profile {
  readonly values: string[];
  readonly numeric: boolean;
  readonly distinct: number;
  /** Distinct values / non-missing sampled values. */
  readonly uniqueness: number;
  readonly share: (test: (v: string) => boolean) => number;
}

function profile(col: Column, rows: readonly number[]): Profile {
  const values: string[] = [];
  for (const r of rows) {
    const t = cellText(col, r);
    if (t !== null && t.trim() !== '') values.push(t.trim());
  }
  const distinct = new Set(values).size;
  return {
    values,
    numeric: col.kind === 'numeric',
    distinct,
    uniqueness: values.length === 0 ? 0 : distinct / values.length,
    share: (test) => (values.length === 0 ? 0 : values.filter(test).length / values.length),
  };
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const DIGITS_RE = /^\+?\d{8,15}$/;
const ID_RE = /^(?=.*\d)(?=.*[a-z])[a-z0-9][a-z0-9/-]{4,24}$/i;
const NAME_RE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){1,4}$/u;
const SINGLE_NAME_RE = /^\p{Lu}[\p{Ll}'’-]{1,}$/u;
const PAIR_RE = /^-?\d{1,2}\.\d+[\s,;]+-?\d{1,3}\.\d+(?:\s+-?\d+(?:\.\d+)?){0,2}$/;
const DATE_RES = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/, // year first
  /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T].*)?$/, // year last
];

function phoneDigits(v: string): string {
  return v.replace(/[\s().-]/g, '');
}

function yearOf(v: string): number | null {
  for (const re of DATE_RES) {
    const m = re.exec(v);
    if (m) return Number(m[1]!.length === 4 ? m[1] : m[3]);
  }
  return null;
}

function decimalsOf(v: string): number {
  const dot = v.indexOf('.');
  if (dot < 0) return 0;
  const e = v.search(/e/i);
  return (e < 0 ? v.length : e) - dot - 1;
}

function gpsPrecision(values: readonly string[], pair: boolean): GpsPrecision {
  const decimals = values
    .flatMap((v) => (pair ? v.split(/[\s,;]+/).slice(0, 2) : [v]))
    .map(decimalsOf)
    .sort((a, b) => a - b);
  const d = decimals.length === 0 ? 0 : decimals[Math.floor(0.9 * (decimals.length - 1))]!;
  const metres = METRES_PER_DEGREE / 10 ** d;
  return { decimals: d, precisionMetres: Number(metres.toPrecision(3)) };
}

function finding(
  column: string,
  kind: FindingKind,
  confidence: number,
  reason: string,
  gps?: GpsPrecision,
): ColumnFinding {
  const c = Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
  return gps
    ? { column, kind, confidence: c, reason, role: ROLE_OF[kind], gps }
    : { column, kind, confidence: c, reason, role: ROLE_OF[kind] };
}

function gpsReason(g: GpsPrecision): string {
  return `${g.decimals} decimal place(s), a precision of about ${g.precisionMetres} m`;
}

function detectColumn(col: Column, rows: readonly number[]): ColumnFinding {
  const name = col.name;
  const h = normaliseHeader(name);
  const p = profile(col, rows);
  const has = (re: RegExp): boolean => re.test(h);
  const agree = (share: number, base: number): number =>
    share >= 0.8 ? 0.95 : share >= 0.5 ? base + 0.1 : base;

  if (p.values.length === 0) {
    return finding(name, 'other', 0.9, 'The column is empty in the rows inspected.');
  }

  // Values alone can be conclusive for e-mail addresses and coordinate pairs.
  const emailShare = p.share((v) => EMAIL_RE.test(v));
  if (has(HEADER.email) || emailShare >= 0.5) {
    const conf = has(HEADER.email) ? agree(emailShare, 0.75) : 0.6 + 0.35 * emailShare;
    return finding(
      name,
      'email',
      conf,
      'Header and/or values look like e-mail addresses (direct identifier).',
    );
  }

  const pairShare = p.share((v) => PAIR_RE.test(v));
  if (pairShare >= 0.8 || (has(HEADER.gpsPair) && pairShare >= 0.5)) {
    const g = gpsPrecision(p.values, true);
    return finding(
      name,
      'gps-pair',
      has(HEADER.gpsPair) ? 0.95 : 0.8,
      `Values are latitude/longitude pairs with ${gpsReason(g)}; coordinates can locate a household.`,
      g,
    );
  }

  const digitsShare = p.share((v) => DIGITS_RE.test(phoneDigits(v)));
  const intlShare = p.share((v) => /^(?:\+|00)\d/.test(v.trim()) || /^0\d{8,11}$/.test(phoneDigits(v)));
  if (has(HEADER.phone) || (digitsShare >= 0.8 && intlShare >= 0.5)) {
    const conf = has(HEADER.phone) ? agree(digitsShare, 0.75) : 0.7 + 0.2 * intlShare;
    return finding(name, 'phone', conf, 'Header and/or values look like phone numbers (direct identifier).');
  }

  if (has(HEADER.idDocument)) {
    return finding(
      name,
      'id-document',
      p.uniqueness >= 0.8 ? 0.95 : 0.75,
      'The header names an identity document or case/registration number (direct identifier).',
    );
  }

  const years = p.values.map(yearOf);
  const dateShare = years.filter((y) => y !== null).length / p.values.length;
  if (has(HEADER.dateOfBirth)) {
    return finding(
      name,
      'date-of-birth',
      agree(dateShare, 0.8),
      'The header names a date of birth: a strong identifier; replace it by age or age group.',
    );
  }
  if (dateShare >= 0.8) {
    const ys = years.filter((y): y is number => y !== null);
    const spread = new Set(ys).size;
    const min = Math.min(...ys);
    if (spread >= 10 && min < 2000) {
      return finding(
        name,
        'date-of-birth',
        0.55,
        'Values are dates spread over many years, as dates of birth are: replace by age or age group.',
      );
    }
    return finding(name, 'date', 0.6, 'Values are dates (for example of an interview or event).');
  }

  if (p.numeric && (has(HEADER.latitude) || has(HEADER.longitude))) {
    const lat = has(HEADER.latitude);
    const limit = lat ? 90 : 180;
    const inRange = p.share((v) => Math.abs(Number(v)) <= limit);
    const g = gpsPrecision(p.values, false);
    if (inRange >= 0.95 && g.decimals >= 1) {
      return finding(
        name,
        lat ? 'gps-latitude' : 'gps-longitude',
        g.decimals >= 3 ? 0.95 : 0.75,
        `The header names a ${lat ? 'latitude' : 'longitude'} and values are coordinates with ${gpsReason(g)}.`,
        g,
      );
    }
  }

  if (has(HEADER.personName) && !has(NOT_A_PERSON)) {
    const nameShare = p.share((v) => NAME_RE.test(v) || SINGLE_NAME_RE.test(v));
    return finding(
      name,
      'person-name',
      agree(nameShare, 0.75),
      'The header names a person’s name (direct identifier).',
    );
  }

  if (HEADER.recordId.test(h) && p.uniqueness >= 0.95) {
    return finding(
      name,
      'record-id',
      0.7,
      'A record identifier, unique per row: drop it or replace it with a new random identifier before sharing.',
    );
  }

  if (p.numeric && has(HEADER.weight) && !has(HEADER.bodyWeight)) {
    const positive = p.share((v) => Number(v) > 0);
    return finding(
      name,
      'weight',
      positive >= 0.99 ? 0.9 : 0.6,
      'The header names a sampling weight and values are positive numbers.',
    );
  }

  const hhSize = KEY_FAMILIES.find((f) => f.family.startsWith('household size'))!;
  if (has(HEADER.household) && !has(hhSize.pattern)) {
    const repeats = p.uniqueness < 1;
    return finding(
      name,
      'household-id',
      repeats ? 0.9 : 0.7,
      `The header names a household identifier${repeats ? ' and values repeat across members' : ''}.`,
    );
  }

  if (has(HEADER.sensitive)) {
    return finding(
      name,
      'sensitive',
      0.75,
      'The header names a protection-sensitive topic (violence, health, detention …): a sensitive variable.',
    );
  }

  if (has(HEADER.financial) && p.numeric) {
    return finding(
      name,
      'numeric',
      0.7,
      'A continuous financial amount: sensitive numeric value; consider noise, top-coding or microaggregation.',
    );
  }

  // Value shapes without a telling header.
  if (!p.numeric) {
    const avgLen = p.values.reduce((s, v) => s + v.length, 0) / p.values.length;
    const avgWords = p.values.reduce((s, v) => s + v.split(/\s+/).length, 0) / p.values.length;
    if ((avgLen >= 30 || avgWords >= 5) && p.uniqueness >= 0.5) {
      return finding(
        name,
        'free-text',
        0.7,
        'Long, mostly distinct free text: it may contain names or stories; review or drop before sharing.',
      );
    }
    const nameShare = p.share((v) => NAME_RE.test(v));
    if (nameShare >= 0.8 && p.uniqueness >= 0.5 && avgWords <= 4.5) {
      return finding(
        name,
        'person-name',
        0.55 + 0.3 * p.uniqueness,
        'Values are mostly distinct capitalised words, shaped like people’s names.',
      );
    }
    const idShare = p.share((v) => ID_RE.test(v));
    if (idShare >= 0.8 && p.uniqueness >= 0.9) {
      return finding(
        name,
        'id-document',
        0.6,
        'Values are distinct codes mixing letters and digits, shaped like document or case numbers.',
      );
    }
  }
  const longDigits = p.share((v) => /^\+?\d{9,15}$/.test(phoneDigits(v)));
  if ((p.numeric ? longDigits : digitsShare) >= 0.8 && p.uniqueness >= 0.9 && p.values.length >= 5) {
    return finding(
      name,
      'id-document',
      0.5,
      'Values are long, distinct digit strings, shaped like phone or identity numbers.',
    );
  }

  const family = KEY_FAMILIES.find((f) => has(f.pattern));
  if (family) {
    const fewCategories = p.distinct <= 120 || p.uniqueness < 0.2;
    return finding(
      name,
      'key-variable',
      fewCategories ? 0.8 : 0.6,
      `The header suggests ${family.family}, a variable an intruder could know (key variable).`,
    );
  }

  if (p.numeric && p.distinct > 50 && p.uniqueness > 0.2) {
    return finding(name, 'numeric', 0.6, 'A continuous numeric variable with many distinct values.');
  }
  if (p.distinct >= 2 && p.distinct <= 50 && p.uniqueness < 0.5) {
    return finding(
      name,
      'key-variable',
      0.3,
      'A categorical variable with few categories; a possible key variable if an intruder could know it.',
    );
  }
  return finding(name, 'other', 0.4, 'No identifying pattern recognised.');
}
