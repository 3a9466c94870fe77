import { AccessScope, SqlCondition } from '../../auth/access-scope';
import { Permission } from '../../auth/permissions';
import { AccessRule } from '../access-rule';
import { idsWhere, orgIn } from './sql';

const regionIn = (scope: AccessScope, regionIdSql: string): SqlCondition =>
  scope.all ? { sql: 'TRUE', params: {} } : { sql: `${regionIdSql} = ANY(CAST(:acRegionIds AS uuid[]))`, params: { acRegionIds: scope.regionIds } };

/**
 * API clients an admin keeps: the client's whole scope lies in the caller's (a platform admin: every client; a
 * regional admin: clients of the region, of its municipalities and of its organisations).
 */
export function apiClientCondition(scope: AccessScope, alias: string): SqlCondition {
  if (scope.all) return { sql: 'TRUE', params: {} };
  const region = regionIn(scope, `${alias}.region_id`);
  const mun = scope.municipalityCondition(`${alias}.municipality_id`);
  const org = orgIn(scope, `${alias}.organization_id`);
  return {
    sql: `(CASE ${alias}.scope_kind WHEN 'REGION' THEN ${region.sql} WHEN 'MUNICIPALITY' THEN ${mun.sql} ELSE ${org.sql} END)`,
    params: { ...region.params, ...mun.params, ...org.params },
  };
}

export const API_CLIENT_RULES = {
  /** Change, rotate, revoke, archive a client: its scope lies in the caller's. */
  'api-client.manage': {
    permission: Permission.API_CLIENT_MANAGE,
    staff: true,
    select: (scope) => idsWhere('api_client', 'ac', apiClientCondition(scope, 'ac')),
  },
  /** Give a new client this region as its scope. */
  'api-client.scope.region': {
    permission: Permission.API_CLIENT_MANAGE,
    staff: true,
    select: (scope) => idsWhere('region', 'acr', regionIn(scope, 'acr.id')),
  },
  /** Give a new client this municipality as its scope. */
  'api-client.scope.municipality': {
    permission: Permission.API_CLIENT_MANAGE,
    staff: true,
    select: (scope) => idsWhere('municipality', 'acm', scope.municipalityCondition('acm.id')),
  },
  /** Give a new client this organisation as its scope. */
  'api-client.scope.organization': {
    permission: Permission.API_CLIENT_MANAGE,
    staff: true,
    select: (scope) => idsWhere('organization', 'aco', scope.organizationCondition('aco')),
  },
} satisfies Record<string, AccessRule>;
