import { AccessScope, SqlCondition } from '../../auth/access-scope';
import { Permission } from '../../auth/permissions';
import { AccessRule } from '../access-rule';
import { idsWhere, orgIn } from './sql';

/**
 * Documents the caller reads: every federal one; a regional one when the scope reaches its region (the region
 * itself, a municipality or an organisation in it); a municipal one when the scope reaches the municipality or an
 * organisation in it; an organisation's when the organisation lies in the scope.
 */
export function documentReadCondition(scope: AccessScope, alias: string): SqlCondition {
  if (scope.all) return { sql: 'TRUE', params: {} };
  const regMun = scope.municipalityCondition('drm.id');
  const regOrg = scope.organizationCondition('dro');
  const mun = scope.municipalityCondition(`${alias}.municipality_id`);
  const munOrg = scope.organizationCondition('dmo');
  const org = orgIn(scope, `${alias}.organization_id`);
  return {
    sql: `(CASE ${alias}.level
             WHEN 'FEDERAL' THEN TRUE
             WHEN 'REGIONAL' THEN (EXISTS (SELECT 1 FROM municipality drm WHERE drm.region_id = ${alias}.region_id AND ${regMun.sql})
                                   OR EXISTS (SELECT 1 FROM organization dro JOIN municipality drom ON drom.id = dro.municipality_id
                                               WHERE drom.region_id = ${alias}.region_id AND ${regOrg.sql}))
             WHEN 'MUNICIPAL' THEN (${mun.sql}
                                   OR EXISTS (SELECT 1 FROM organization dmo WHERE dmo.municipality_id = ${alias}.municipality_id AND ${munOrg.sql}))
             ELSE ${org.sql} END)`,
    params: { ...regMun.params, ...regOrg.params, ...mun.params, ...munOrg.params, ...org.params },
  };
}

/**
 * Documents the caller keeps: federal ones the platform administrators and regional coordinators; a regional one
 * whoever has the region in scope; a municipal one the municipality; an organisation's the organisation.
 */
export function documentManageCondition(scope: AccessScope, alias: string): SqlCondition {
  if (scope.all) return { sql: 'TRUE', params: {} };
  const mun = scope.municipalityCondition(`${alias}.municipality_id`);
  const org = orgIn(scope, `${alias}.organization_id`);
  return {
    sql: `(CASE ${alias}.level
             WHEN 'FEDERAL' THEN cardinality(CAST(:docRegionIds AS uuid[])) > 0
             WHEN 'REGIONAL' THEN ${alias}.region_id = ANY(CAST(:docRegionIds AS uuid[]))
             WHEN 'MUNICIPAL' THEN ${mun.sql}
             ELSE ${org.sql} END)`,
    params: { ...mun.params, ...org.params, docRegionIds: scope.regionIds },
  };
}

/** The bank of normative documents and the tasks of orders. */
export const DOCUMENT_RULES = {
  /** See a document and its tasks (see `documentReadCondition`). */
  'document.read': {
    permission: Permission.DOCUMENT_READ,
    select: (scope) => idsWhere('document', 'd', documentReadCondition(scope, 'd')),
  },
  /** Keep a document, its file and its tasks (see `documentManageCondition`). */
  'document.manage': {
    permission: Permission.DOCUMENT_WRITE,
    staff: true,
    select: (scope) => idsWhere('document', 'd', documentManageCondition(scope, 'd')),
  },
} satisfies Record<string, AccessRule>;
