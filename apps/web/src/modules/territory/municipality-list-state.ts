import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { ArchiveFilter, MunicipalityFilter, MunicipalityOrderField } from '@/gql/graphql';
import type { ListCodec } from '@/common/list/list-query';
import { queryOneOf, queryString } from '@/common/format';
import { ARCHIVED_FILTERS } from '@/modules/organization/organization-list-state';

/** Filters of the municipality list, as kept in the URL query. */
export interface MunicipalityListState {
  search: string | null;
  regionId: string | null;
  archived: ArchiveFilter;
}

export function parseMunicipalityListQuery(query: LocationQuery): MunicipalityListState {
  return { search: queryString(query['q']), regionId: queryString(query['region']), archived: queryOneOf(ARCHIVED_FILTERS, query['archived']) ?? 'ACTIVE' };
}

export function toMunicipalityListQuery(s: MunicipalityListState): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (s.search) query['q'] = s.search;
  if (s.regionId) query['region'] = s.regionId;
  if (s.archived !== 'ACTIVE') query['archived'] = s.archived;
  return query;
}

export function toMunicipalityFilter(s: MunicipalityListState): MunicipalityFilter {
  return { search: s.search, regionId: s.regionId, archived: s.archived };
}

export const municipalityListCodec: ListCodec<MunicipalityListState, MunicipalityOrderField> = {
  parse: parseMunicipalityListQuery,
  serialize: toMunicipalityListQuery,
  sortFields: ['NAME', 'OKTMO', 'KIND', 'ORGANIZATION_COUNT'],
  defaultSort: { field: 'NAME', direction: 'ASC' },
};

export const OKTMO = /^(\d{8}|\d{11})$/;

/** The form of a municipality. */
export interface MunicipalityFormState {
  regionId: string | null;
  name: string;
  kind: string | null;
  oktmo: string;
}

export const MUNICIPALITY_FORM_FIELDS = ['regionId', 'name', 'kind', 'oktmo'] as const;
export const isMunicipalityFormField = (f: string) => (MUNICIPALITY_FORM_FIELDS as readonly string[]).includes(f);

/** Field errors before sending (the API checks the same, and uniqueness). */
export function validateMunicipalityForm(f: MunicipalityFormState, isEdit: boolean, m: { required: string; oktmo: string }): Record<string, string> {
  const e: Record<string, string> = {};
  if (!isEdit && !f.regionId) e['regionId'] = m.required;
  if (!f.name.trim()) e['name'] = m.required;
  if (!f.kind) e['kind'] = m.required;
  const code = f.oktmo.trim();
  if (code && !OKTMO.test(code)) e['oktmo'] = m.oktmo;
  return e;
}
