import { describe, expect, it } from 'vitest';
import { DEFAULT_ORGANIZATION_LIST_STATE, parseOrganizationListQuery, toOrganizationFilter, toOrganizationListQuery } from './organization-list-state';

describe('organisation list URL state', () => {
  it('defaults to active organisations by name', () => {
    expect(parseOrganizationListQuery({})).toEqual(DEFAULT_ORGANIZATION_LIST_STATE);
    expect(toOrganizationListQuery(DEFAULT_ORGANIZATION_LIST_STATE)).toEqual({});
  });

  it('round-trips filters through the query', () => {
    const state = {
      municipalityId: 'm-1',
      kinds: ['SCHOOL', 'LYCEUM'] as const,
      statusKind: 'LOW_RESULTS' as const,
      statusYear: 2025,
      search: 'школа № 5',
      archived: 'ALL' as const,
    };
    const query = toOrganizationListQuery({ ...state, kinds: [...state.kinds] });
    expect(query).toEqual({ municipality: 'm-1', kind: 'SCHOOL,LYCEUM', status: 'LOW_RESULTS', year: '2025', q: 'школа № 5', archived: 'ALL' });
    expect(parseOrganizationListQuery(query as Record<string, string>)).toEqual({ ...state, kinds: ['SCHOOL', 'LYCEUM'] });
  });

  it('drops unknown values from the URL', () => {
    expect(parseOrganizationListQuery({ kind: 'SCHOOL,NOPE', status: 'X', year: 'abc', archived: 'maybe', sort: 'RANDOM' })).toEqual({
      ...DEFAULT_ORGANIZATION_LIST_STATE,
      kinds: ['SCHOOL'],
    });
  });

  it('builds the API filter', () => {
    expect(toOrganizationFilter(DEFAULT_ORGANIZATION_LIST_STATE)).toEqual({
      municipalityId: null,
      kinds: null,
      statusKind: null,
      statusYear: null,
      search: null,
      archived: 'ACTIVE',
    });
  });
});
