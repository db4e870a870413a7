/** Translated labels of the reporting pages: problems by code, disaggregation cells, periods. */
import { measureColumnOf } from '@steward/core/reporting/index';
import type { Translator } from '../../i18n/locales';
import type { FormColumn, Problem } from './form-logic';

/** A problem in the user's language from its code and parameters; the server's sentence otherwise. */
export function problemText(t: Translator, p: Problem): string {
  if (p.code) {
    const text = t.tryT(`rep.problem.${p.code}`, p.params ?? {});
    if (text) return text;
  }
  return p.message;
}

/** "Reached · women/girls · children", "Targeted · total". */
export function columnLabel(t: Translator, c: FormColumn): string {
  const parts = [t.t(c.measure === 'reached' ? 'rep.measure.reached' : 'rep.measure.targeted')];
  if (c.cell === 'total') parts.push(t.t('rep.form.total'));
  else {
    if (c.cell.sex !== 'all') parts.push(t.tryT(`rep.sex.${c.cell.sex}`) ?? c.cell.sex);
    if (c.cell.age !== 'all') parts.push(t.tryT(`rep.age.${c.cell.age}`) ?? c.cell.age);
    if (c.cell.populationGroup !== 'all')
      parts.push(t.tryT(`rep.group.${c.cell.populationGroup}`) ?? c.cell.populationGroup);
    if (c.cell.disability !== 'all')
      parts.push(t.tryT(`rep.disability.${c.cell.disability}`) ?? c.cell.disability);
  }
  return parts.join(' · ');
}

/** Dictionary keys of the template's fixed columns, by hashtag. */
const FIXED_COLUMNS: Readonly<Record<string, string>> = {
  '#org': 'rep.col.org',
  '#sector': 'rep.col.sector',
  '#activity': 'rep.col.activity',
  '#indicator+code': 'rep.col.indicator',
  '#adm1+code': 'rep.col.adm1',
  '#adm2+code': 'rep.col.adm2',
  '#adm1+name': 'rep.col.adm1Name',
  '#adm2+name': 'rep.col.adm2Name',
  '#date': 'rep.col.date',
};

/**
 * An upload template column in the user's language, from its hashtag: "Admin 2 p-code",
 * "Reached · women/girls · children"; the template's (English) header when the hashtag is unknown.
 */
export function templateColumnLabel(t: Translator, column: { hashtag: string; header: string }): string {
  const fixed = FIXED_COLUMNS[column.hashtag];
  if (fixed) return t.tryT(fixed) ?? column.header;
  const measure = measureColumnOf(column.hashtag);
  return measure ? columnLabel(t, { tag: column.hashtag, ...measure }) : column.header;
}

/** A period YYYY-MM as the month's name and year in the user's language. */
export function periodLabel(t: Translator, period: string): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return t.date(new Date(Date.UTC(y, m - 1, 15)), { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function dayLabel(t: Translator, isoDate: string): string {
  return t.date(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
}

export const STATE_TONE = {
  missing: 'neutral',
  draft: 'info',
  submitted: 'warning',
  returned: 'danger',
  approved: 'ok',
} as const;
