import type { DocumentNode } from 'graphql';
import type { RouteLocationNormalized } from 'vue-router';
import { listVariablesOf } from '@/common/list/list-query';
import { sendEarly } from '@/graphql/early';
import { MunicipalitiesQuery } from '@/modules/territory/territory.graphql';
import { OrganizationListQuery } from './organization.graphql';
import { organizationListCodec, toOrganizationFilter } from './organization-list-state';

/**
 * The registry's page of rows for the URL and its filter's municipalities: what useOrganizationList and the filter
 * bar's useMunicipalities will ask. Also the boot script's plan for this page (graphql/early-boot.ts).
 */
export function organizationListEarly(to: Pick<RouteLocationNormalized, 'query'>): [DocumentNode, Record<string, unknown>][] {
  return [
    [OrganizationListQuery, listVariablesOf(to.query, organizationListCodec, (s) => ({ filter: toOrganizationFilter(s) }))],
    [MunicipalitiesQuery, { regionId: null }],
  ];
}

/** Sends them as the app opens on the page (graphql/early.ts). */
export function sendOrganizationListEarly(to: Pick<RouteLocationNormalized, 'query'>): void {
  for (const [document, variables] of organizationListEarly(to)) void sendEarly(document, variables);
}
