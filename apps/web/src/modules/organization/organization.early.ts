import type { RouteLocationNormalized } from 'vue-router';
import { listVariablesOf } from '@/common/list/list-query';
import { sendEarly } from '@/graphql/early';
import { MunicipalitiesQuery } from '@/modules/territory/territory.graphql';
import { OrganizationListQuery } from './organization.graphql';
import { organizationListCodec, toOrganizationFilter } from './organization-list-state';

/**
 * The registry's page of rows for the URL and its filter's municipalities, sent as the app opens on it
 * (graphql/early.ts); useOrganizationList and the filter bar's useMunicipalities ask the same.
 */
export function sendOrganizationListEarly(to: Pick<RouteLocationNormalized, 'query'>): void {
  sendEarly(OrganizationListQuery, listVariablesOf(to.query, organizationListCodec, (s) => ({ filter: toOrganizationFilter(s) })));
  sendEarly(MunicipalitiesQuery, { regionId: null });
}
