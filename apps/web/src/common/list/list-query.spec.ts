import { describe, expect, it } from 'vitest';
import { listVariablesOf, mergeListQuery, pageVariables, parseListView, rememberedListQuery, rememberListQuery, serializeListView, unprefixQuery } from './list-query';

const FIELDS = ['NAME', 'KIND', 'STAFF_COUNT'] as const;
const DEFAULT = { field: 'NAME', direction: 'ASC' } as const;

describe('list view in the URL', () => {
  it('defaults to the first page of 25 in the default order, and writes nothing for it', () => {
    const view = parseListView({}, FIELDS, DEFAULT);
    expect(view).toEqual({ sort: DEFAULT, page: 1, size: 25 });
    expect(serializeListView(view, DEFAULT)).toEqual({});
  });

  it('round-trips order, page and size', () => {
    const view = { sort: { field: 'STAFF_COUNT', direction: 'DESC' }, page: 3, size: 50 } as const;
    const query = serializeListView(view, DEFAULT);
    expect(query).toEqual({ sort: 'staff_count', dir: 'desc', page: '3', size: '50' });
    expect(parseListView(query as Record<string, string>, FIELDS, DEFAULT)).toEqual(view);
  });

  it('keeps the default field descending', () => {
    const query = serializeListView({ sort: { field: 'NAME', direction: 'DESC' }, page: 1, size: 25 }, DEFAULT);
    expect(query).toEqual({ sort: 'name', dir: 'desc' });
  });

  it('falls back to defaults for anything unknown', () => {
    expect(parseListView({ sort: 'inn', dir: 'sideways', page: '-2', size: '1000' }, FIELDS, DEFAULT)).toEqual({ sort: DEFAULT, page: 1, size: 25 });
    expect(parseListView({ page: '2.5', size: '100' }, FIELDS, DEFAULT)).toEqual({ sort: DEFAULT, page: 1, size: 100 });
  });

  it('remembers the last query of each list route', () => {
    expect(rememberedListQuery('nowhere')).toEqual({});
    rememberListQuery('organizations', { q: 'школа', page: '2' });
    expect(rememberedListQuery('organizations')).toEqual({ q: 'школа', page: '2' });
  });

  it('writes only the list’s own keys: the card’s tab and other keys stay, a cleared filter leaves', () => {
    const current = { tab: 'results', from: 'x', page: '3', q: 'old' };
    expect(mergeListQuery(current, { sort: 'kind', dir: 'desc' }, ['q'])).toEqual({ tab: 'results', from: 'x', sort: 'kind', dir: 'desc' });
  });

  it('keeps two lists of one page apart by a key prefix', () => {
    const current = { tab: 'results', p_page: '2', p_q: 'Иван', r_sort: 'organization', r_dir: 'desc' };
    expect(unprefixQuery(current, 'p_')).toEqual({ page: '2', q: 'Иван' });
    expect(unprefixQuery(current, 'r_')).toEqual({ sort: 'organization', dir: 'desc' });
    // The results list goes to page 2: the participants' keys and the tab stay.
    expect(mergeListQuery(current, { sort: 'organization', dir: 'desc', page: '2' }, [], 'r_')).toEqual({
      tab: 'results',
      p_page: '2',
      p_q: 'Иван',
      r_sort: 'organization',
      r_dir: 'desc',
      r_page: '2',
    });
    // The participants' search is cleared: their page goes back to 1, the results keep theirs.
    expect(mergeListQuery(current, {}, ['q'], 'p_')).toEqual({ tab: 'results', r_sort: 'organization', r_dir: 'desc' });
  });

  it('gives the variables a list page sends for a URL (its early query, useListQuery)', () => {
    const codec = { parse: (q: Record<string, unknown>) => ({ search: typeof q['q'] === 'string' ? q['q'] : null }), serialize: () => ({}), sortFields: FIELDS, defaultSort: DEFAULT };
    expect(pageVariables({ sort: { field: 'KIND', direction: 'DESC' }, page: 3, size: 50 })).toEqual({ first: 50, offset: 100, orderBy: { field: 'KIND', direction: 'DESC' } });
    expect(listVariablesOf({ q: 'школа', sort: 'kind', dir: 'desc', page: '3', size: '50' }, codec, (s) => ({ filter: { search: s.search } }))).toEqual({
      filter: { search: 'школа' },
      first: 50,
      offset: 100,
      orderBy: { field: 'KIND', direction: 'DESC' },
    });
  });
});
