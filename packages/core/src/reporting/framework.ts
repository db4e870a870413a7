/** Validation of a framework definition (as typed by the cluster IMO or loaded from JSON). Pure. */
import { DATA_TYPES } from '../vocabulary/data-types';
import {
  FRAMEWORK_CODE_PATTERN,
  UNITS,
  type Disaggregation,
  type Framework,
  type Indicator,
  type Unit,
} from './model';

export type FrameworkResult = { ok: true; value: Framework } | { ok: false; errors: string[] };

const INDICATOR_ID = /^[a-z0-9][a-z0-9-]{0,39}$/i;

function bool(v: unknown): boolean {
  return v === true;
}

/** Checks a framework: code, name, data type, admin level ≥ adm2, indicators with unique ids. */
export function parseFramework(raw: unknown): FrameworkResult {
  const errors: string[] = [];
  if (typeof raw !== 'object' || raw === null) return { ok: false, errors: ['A framework is an object.'] };
  const r = raw as Record<string, unknown>;
  const code = typeof r.code === 'string' ? r.code.trim() : '';
  if (!FRAMEWORK_CODE_PATTERN.test(code))
    errors.push('code: lower-case letters, digits and dashes, 1–40 characters.');
  const name = typeof r.name === 'string' ? r.name.trim() : '';
  if (name === '' || name.length > 200) errors.push('name: 1–200 characters.');
  const dataType = typeof r.dataType === 'string' ? r.dataType : '';
  if (!(DATA_TYPES.ids as readonly string[]).includes(dataType))
    errors.push(`dataType: "${dataType}" is not a data type of the vocabulary.`);
  const adminLevel = r.adminLevel ?? 'adm2';
  if (adminLevel !== 'adm2' && adminLevel !== 'adm3')
    errors.push('adminLevel: reports give admin-2 at least (adm2 or adm3).');
  const countryIso3 = typeof r.countryIso3 === 'string' ? r.countryIso3 : '';
  if (!/^[A-Z]{3}$/.test(countryIso3)) errors.push('countryIso3: three capital letters (ISO 3166 alpha-3).');
  const dueDay = r.dueDay ?? 10;
  if (typeof dueDay !== 'number' || !Number.isInteger(dueDay) || dueDay < 1 || dueDay > 28)
    errors.push('dueDay: a day of the month from 1 to 28.');
  const indicators: Indicator[] = [];
  const list = Array.isArray(r.indicators) ? r.indicators : [];
  if (list.length === 0) errors.push('indicators: at least one.');
  const seen = new Set<string>();
  list.forEach((item: unknown, i) => {
    const at = `indicators[${i}]`;
    if (typeof item !== 'object' || item === null) {
      errors.push(`${at}: an object.`);
      return;
    }
    const x = item as Record<string, unknown>;
    const id = typeof x.id === 'string' ? x.id : '';
    if (!INDICATOR_ID.test(id)) errors.push(`${at}.id: letters, digits and dashes.`);
    else if (seen.has(id.toLowerCase())) errors.push(`${at}.id: "${id}" is given twice.`);
    seen.add(id.toLowerCase());
    const activity = typeof x.activity === 'string' ? x.activity.trim() : '';
    if (activity === '') errors.push(`${at}.activity: required.`);
    const label = typeof x.label === 'string' ? x.label.trim() : '';
    if (label === '') errors.push(`${at}.label: required.`);
    const unit = x.unit ?? 'people';
    if (!UNITS.includes(unit as Unit)) errors.push(`${at}.unit: one of ${UNITS.join(', ')}.`);
    const d = (
      typeof x.disaggregation === 'object' && x.disaggregation !== null ? x.disaggregation : {}
    ) as Record<string, unknown>;
    const disaggregation: Disaggregation = {
      sex: bool(d.sex),
      age: bool(d.age),
      populationGroup: bool(d.populationGroup),
      disability: bool(d.disability),
    };
    const hasTarget = bool(x.hasTarget);
    const reachedNotAboveTargeted = bool(x.reachedNotAboveTargeted);
    if (reachedNotAboveTargeted && !hasTarget) errors.push(`${at}.reachedNotAboveTargeted: needs hasTarget.`);
    indicators.push({
      id,
      activity,
      label,
      unit: unit as Unit,
      disaggregation,
      hasTarget,
      reachedNotAboveTargeted,
    });
  });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      code,
      name,
      dataType,
      periodicity: 'monthly',
      adminLevel: adminLevel as 'adm2' | 'adm3',
      countryIso3,
      dueDay: dueDay as number,
      indicators,
    },
  };
}

/** The due date (YYYY-MM-DD) of a period's report: `dueDay` of the following month. */
export function dueDate(framework: Pick<Framework, 'dueDay'>, period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const year = m === 12 ? y + 1 : y;
  const month = m === 12 ? 1 : m + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(framework.dueDay).padStart(2, '0')}`;
}
