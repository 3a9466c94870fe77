import { describe, expect, it } from 'vitest';
import { parseNetworkListQuery, toNetworkFilter, toNetworkListQuery } from './network-list-state';

describe('network list state', () => {
  it('reads the defaults from an empty query', () => {
    expect(parseNetworkListQuery({})).toEqual({ search: null, model: null, organizationId: null, archived: 'ACTIVE' });
  });

  it('ignores unknown models and archive filters', () => {
    expect(parseNetworkListQuery({ model: 'STAR', archived: 'SOME' })).toMatchObject({ model: null, archived: 'ACTIVE' });
  });

  it('round-trips through the URL and keeps defaults out of it', () => {
    const state = { search: 'наставничество', model: 'CONCENTRIC' as const, organizationId: null, archived: 'ALL' as const };
    const query = toNetworkListQuery(state);
    expect(query).toEqual({ q: 'наставничество', model: 'CONCENTRIC', archived: 'ALL' });
    expect(parseNetworkListQuery(query as Record<string, string>)).toEqual(state);
    expect(toNetworkListQuery(parseNetworkListQuery({}))).toEqual({});
  });

  it('builds the API filter', () => {
    expect(toNetworkFilter(parseNetworkListQuery({ q: 'школа', organization: 'o1' }))).toEqual({
      search: 'школа',
      model: null,
      organizationId: 'o1',
      archived: 'ACTIVE',
    });
  });
});
