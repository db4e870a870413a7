// every language registered (the app loads them on demand)
import '../i18n/all-locales';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error';
import { I18nProvider } from '../i18n/i18n-context';
import { createTranslator } from '../i18n/locales';
import { DataTable, pageOf, sortRows, type Column } from './data-table';
import { downloadProblem, fileNameOf } from './download-button';
import { TableScroll } from './table-scroll';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

interface Row {
  name: string;
  count: number | null;
}
const columns: Column<Row>[] = [
  { key: 'name', header: 'Name', cell: (r) => r.name, sortValue: (r) => r.name },
  { key: 'count', header: 'Count', cell: (r) => r.count, sortValue: (r) => r.count },
  { key: 'plain', header: 'Plain', cell: () => '' },
];
const rows: Row[] = [
  { name: 'b', count: 2 },
  { name: 'A', count: null },
  { name: 'c', count: 10 },
  { name: 'a2', count: 2 },
];

describe('DataTable sorting and paging', () => {
  it('sorts by a column both ways, numbers as numbers, missing values last and ties stable', () => {
    const names = (sorted: Row[]) => sorted.map((r) => r.name);
    expect(names(sortRows(rows, columns, { key: 'name', direction: 'asc' }))).toEqual(['A', 'a2', 'b', 'c']);
    expect(names(sortRows(rows, columns, { key: 'count', direction: 'asc' }))).toEqual(['b', 'a2', 'c', 'A']);
    expect(names(sortRows(rows, columns, { key: 'count', direction: 'desc' }))).toEqual([
      'c',
      'b',
      'a2',
      'A',
    ]);
    // No sort, or a column without a sort value: the order given.
    expect(names(sortRows(rows, columns, null))).toEqual(['b', 'A', 'c', 'a2']);
    expect(names(sortRows(rows, columns, { key: 'plain', direction: 'asc' }))).toEqual(['b', 'A', 'c', 'a2']);
  });

  it('cuts pages and keeps the page number within range', () => {
    const many = Array.from({ length: 53 }, (_, i) => i);
    expect(pageOf(many, 1, 25)).toEqual({ rows: many.slice(0, 25), pages: 3 });
    expect(pageOf(many, 3, 25).rows).toEqual([50, 51, 52]);
    expect(pageOf(many, 9, 25).rows).toEqual([50, 51, 52]);
    expect(pageOf([], 1, 25)).toEqual({ rows: [], pages: 1 });
  });
});

describe('DownloadButton', () => {
  const en = createTranslator('en');
  const fr = createTranslator('fr');

  it('names the file from content-disposition, or the fallback', () => {
    expect(fileNameOf('attachment; filename="isp-1.2.odrl.jsonld"', 'x')).toBe('isp-1.2.odrl.jsonld');
    expect(fileNameOf("attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.csv", 'x')).toBe('résumé.csv');
    expect(fileNameOf(null, 'export.csv')).toBe('export.csv');
  });

  it('says why a download gave no file: no file approved, ISP refusal, in the user’s language', () => {
    const noFile = new ApiError(404, 'not-found', 'No file', [], { reason: 'no-file-approved' });
    expect(downloadProblem(en, noFile)).toBe(
      `The download did not start: ${en.t('errors.reason.no-file-approved')}`,
    );
    expect(downloadProblem(fr, noFile)).toContain('Aucun fichier');
    const refused = new ApiError(403, 'forbidden', 'Denied', [], { decision: { decision: 'deny' } });
    expect(downloadProblem(en, refused)).toBe(en.t('ui.download.refused'));
    expect(downloadProblem(en, new ApiError(0, 'network', 'x'))).toContain('The download did not start');
  });
});

describe('TableScroll', () => {
  const html = (props: { label?: string; labelledBy?: string }) =>
    renderToStaticMarkup(createElement(TableScroll, { ...props, children: createElement('table') }));
  it('is a named region that takes the focus when given a name or a heading id', () => {
    expect(html({ label: 'Reports by month' })).toBe(
      '<div class="table-scroll" tabindex="0" role="region" aria-label="Reports by month"><table></table></div>',
    );
    expect(html({ labelledBy: 'list-title' })).toBe(
      '<div class="table-scroll" tabindex="0" role="region" aria-labelledby="list-title"><table></table></div>',
    );
  });
  it('is a plain scroll box without a name (no unnamed region, no focus stop)', () => {
    expect(html({})).toBe('<div class="table-scroll"><table></table></div>');
  });
});

describe('DataTable scroll box', () => {
  it("scrolls in TableScroll's plain box, named by its caption only (no second region of a section's name)", () => {
    const table = createElement(DataTable<Row>, {
      caption: 'Versions',
      columns,
      rows,
      rowKey: (r) => r.name,
    });
    const html = renderToStaticMarkup(createElement(I18nProvider, { initial: 'en', children: table }));
    expect(html).toContain(
      '<div class="data-table"><div class="table-scroll"><table class="table"><caption class="visually-hidden">Versions</caption>',
    );
    expect(html).not.toContain('role="region"');
  });
});
