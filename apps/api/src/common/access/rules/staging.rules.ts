import { AccessScope, SqlCondition } from '../../auth/access-scope';
import { Permission } from '../../auth/permissions';
import { AccessRule } from '../access-rule';
import { idsWhere } from './sql';

/**
 * Sites the caller reads: the host organisation lies in the scope, or it lies in a municipality where the caller
 * (or an organisation of the caller's scope) works — the district's catalogue of sites is open to its teachers,
 * who apply to internships there. Programmes, modules and tracks are read through their site.
 */
export function stagingSiteReadCondition(scope: AccessScope, alias: string): SqlCondition {
  if (scope.all) return { sql: 'TRUE', params: {} };
  const org = scope.organizationCondition('sho');
  return {
    sql: `EXISTS (SELECT 1 FROM organization sho WHERE sho.id = ${alias}.organization_id AND (${org.sql}
      OR sho.municipality_id IN (SELECT swo.municipality_id FROM organization swo
                                  WHERE swo.id = ANY(CAST(:scopeOrganizationIds AS uuid[]))
                                     OR swo.id IN (SELECT swp.organization_id FROM position swp WHERE swp.person_id = CAST(:scopePersonId AS uuid)))))`,
    params: { ...org.params, scopeOrganizationIds: scope.organizationIds, scopePersonId: scope.personId },
  };
}

/** Sites whose content the caller keeps: the host organisation lies in the staff scope (its administration too). */
function stagingSiteManageCondition(scope: AccessScope, alias: string): SqlCondition {
  if (scope.all) return { sql: 'TRUE', params: {} };
  const org = scope.organizationCondition('smo');
  return { sql: `EXISTS (SELECT 1 FROM organization smo WHERE smo.id = ${alias}.organization_id AND ${org.sql})`, params: org.params };
}

/** Staging sites and their modular internship programmes. */
export const STAGING_RULES = {
  /** See a site (and its programmes, modules, tracks). */
  'staging.read': {
    permission: Permission.STAGING_READ,
    select: (scope) => idsWhere('staging_site', 's', stagingSiteReadCondition(scope, 's')),
  },
  /** Keep a site's theme, people, competences and programmes: methodists of its municipality, the region, the host's administration. */
  'staging.manage': {
    permission: Permission.STAGING_WRITE,
    staff: true,
    select: (scope) => idsWhere('staging_site', 's', stagingSiteManageCondition(scope, 's')),
  },
  /**
   * Set up a site on these organisations, close it (archive), change its kind, level, period or order: the territory
   * that issues the order — methodists of the host's municipality and regional coordinators, not the host itself.
   * Candidate ids are organisations.
   */
  'staging.establish': {
    permission: Permission.STAGING_WRITE,
    staff: true,
    select: (scope) => idsWhere('organization', 'o', scope.municipalityCondition('o.municipality_id')),
  },
} satisfies Record<string, AccessRule>;
