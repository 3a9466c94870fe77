import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { PRODUCT_KIND_LABELS } from '@metodset/shared';
import type { ArchiveFilter, ProductFilter, ProductKind, ProductOrderField } from '@/gql/graphql';
import type { ListCodec } from '@/common/list/list-query';
import { queryInt, queryOneOf, queryString } from '@/common/format';
import { ARCHIVED_FILTERS } from '@/modules/organization/organization-list-state';

export const PRODUCT_KINDS = Object.keys(PRODUCT_KIND_LABELS) as ProductKind[];

export interface ProductListState {
  search: string | null;
  kind: ProductKind | null;
  year: number | null;
  archived: ArchiveFilter;
}

export const productListCodec: ListCodec<ProductListState, ProductOrderField> = {
  parse: (q: LocationQuery) => {
    const year = queryInt(q['year']);
    return {
      search: queryString(q['q']),
      kind: queryOneOf(PRODUCT_KINDS, q['kind']),
      year: year !== null && year >= 1950 && year <= 2100 ? year : null,
      archived: queryOneOf(ARCHIVED_FILTERS, q['archived']) ?? 'ACTIVE',
    };
  },
  serialize: (s) => {
    const q: LocationQueryRaw = {};
    if (s.search) q['q'] = s.search;
    if (s.kind) q['kind'] = s.kind;
    if (s.year) q['year'] = String(s.year);
    if (s.archived !== 'ACTIVE') q['archived'] = s.archived;
    return q;
  },
  sortFields: ['TITLE', 'KIND', 'YEAR', 'ORGANIZATION'],
  defaultSort: { field: 'YEAR', direction: 'DESC' },
};

export const toProductFilter = (s: ProductListState): ProductFilter => ({ search: s.search, kind: s.kind, year: s.year, archived: s.archived });
