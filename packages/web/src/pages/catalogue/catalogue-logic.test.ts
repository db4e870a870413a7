import { describe, expect, it } from 'vitest';
import { EMPTY_CATALOGUE_FILTERS, catalogueQuery, isFiltering } from './catalogue-logic';

describe('catalogue filters', () => {
  it('send only the filters that are set, the search trimmed, and the page after the first', () => {
    expect(catalogueQuery(EMPTY_CATALOGUE_FILTERS, 1)).toEqual({});
    expect(
      catalogueQuery(
        {
          ...EMPTY_CATALOGUE_FILTERS,
          q: '  survey ',
          sensitivity: 'high',
          requestable: true,
          aggregationLevel: 'adm2',
        },
        3,
      ),
    ).toEqual({ q: 'survey', sensitivity: 'high', requestable: 'true', aggregationLevel: 'adm2', page: 3 });
  });

  it('count blank search text as no filter', () => {
    expect(isFiltering({ ...EMPTY_CATALOGUE_FILTERS, q: '   ' })).toBe(false);
    expect(isFiltering({ ...EMPTY_CATALOGUE_FILTERS, owner: 'x' })).toBe(true);
  });
});
