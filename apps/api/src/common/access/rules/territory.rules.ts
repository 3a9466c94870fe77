import { AccessScope, SqlCondition } from '../../auth/access-scope';
import { Permission } from '../../auth/permissions';
import { AccessRule } from '../access-rule';
import { idsWhere } from './sql';

/** Municipalities the caller keeps: every one for a platform administrator, those of the scope's regions otherwise. */
export function territoryManageCondition(scope: AccessScope, alias: string): SqlCondition {
  if (scope.all) return { sql: 'TRUE', params: {} };
  return { sql: `${alias}.region_id = ANY(CAST(:terrRegionIds AS uuid[]))`, params: { terrRegionIds: scope.regionIds } };
}

/** Territories: municipalities are kept by the platform and regional administrators. */
export const TERRITORY_RULES = {
  /** Rename, merge, archive a municipality (and create one in a region: `territory.region`). */
  'territory.manage': {
    permission: Permission.TERRITORY_MANAGE,
    staff: true,
    select: (scope) => idsWhere('municipality', 'mu', territoryManageCondition(scope, 'mu')),
  },
  /** Create municipalities in a region. */
  'territory.region': {
    permission: Permission.TERRITORY_MANAGE,
    staff: true,
    select: (scope) => idsWhere('region', 'r', scope.all ? { sql: 'TRUE', params: {} } : { sql: 'r.id = ANY(CAST(:terrRegionIds AS uuid[]))', params: { terrRegionIds: scope.regionIds } }),
  },
} satisfies Record<string, AccessRule>;
