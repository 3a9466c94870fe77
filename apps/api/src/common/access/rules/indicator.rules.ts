import { AccessScope, SqlCondition } from '../../auth/access-scope';
import { Permission } from '../../auth/permissions';
import { acceptedMemberOrgsSql } from '../../../modules/network/network-membership.sql';
import { AccessRule } from '../access-rule';
import { programReadCondition } from './mentoring.rules';
import { planReadCondition } from './plan.rules';
import { hostManaged, idsWhere, orgIn } from './sql';
import { stagingSiteReadCondition } from './staging.rules';

/** Organisations of the scope or where the caller works (for "my district", "my region"). */
const HOME_ORGS = `(SELECT iho.id FROM organization iho WHERE iho.id = ANY(CAST(:scopeOrganizationIds AS uuid[]))
                     OR iho.id IN (SELECT ihp.organization_id FROM position ihp WHERE ihp.person_id = CAST(:scopePersonId AS uuid)))`;

/**
 * Indicators the caller reads: its owner is visible to them —
 * a mentoring programme they read (`programReadCondition`); an internship programme whose staging site they read;
 * a network with an accepted member in the scope; a plan they read (`planReadCondition`); a municipality in the
 * scope or where an organisation of the scope (or the caller's workplace) lies; a region likewise; an organisation
 * in the scope. `:callerPersonId` is bound.
 */
export function indicatorReadCondition(scope: AccessScope, alias: string): SqlCondition {
  if (scope.all) return { sql: 'TRUE', params: {} };
  const prog = programReadCondition(scope, 'imp');
  const site = stagingSiteReadCondition(scope, 'iss');
  const netOrg = scope.organizationCondition('ino');
  const plan = planReadCondition(scope, 'ipl');
  const mun = scope.municipalityCondition(`${alias}.municipality_id`);
  const org = scope.organizationCondition('ioo');
  const params = { ...prog.params, ...site.params, ...netOrg.params, ...plan.params, ...mun.params, ...org.params, scopeOrganizationIds: scope.organizationIds, scopePersonId: scope.personId, scopeRegionIds: scope.regionIds, scopeMunicipalityIds: scope.municipalityIds };
  return {
    sql: `(CASE
      WHEN ${alias}.mentoring_program_id IS NOT NULL THEN EXISTS (SELECT 1 FROM mentoring_program imp WHERE imp.id = ${alias}.mentoring_program_id AND ${prog.sql})
      WHEN ${alias}.internship_program_id IS NOT NULL THEN EXISTS (SELECT 1 FROM internship_program iip JOIN staging_site iss ON iss.id = iip.site_id WHERE iip.id = ${alias}.internship_program_id AND ${site.sql})
      WHEN ${alias}.network_id IS NOT NULL THEN EXISTS (SELECT 1 FROM organization ino WHERE ino.id IN (${acceptedMemberOrgsSql(`${alias}.network_id`, 'inm')}) AND ${netOrg.sql})
      WHEN ${alias}.plan_id IS NOT NULL THEN EXISTS (SELECT 1 FROM plan ipl WHERE ipl.id = ${alias}.plan_id AND ${plan.sql})
      WHEN ${alias}.municipality_id IS NOT NULL THEN (${mun.sql} OR ${alias}.municipality_id IN (SELECT ihm.municipality_id FROM organization ihm WHERE ihm.id IN ${HOME_ORGS}))
      WHEN ${alias}.region_id IS NOT NULL THEN (${alias}.region_id = ANY(CAST(:scopeRegionIds AS uuid[]))
        OR ${alias}.region_id IN (SELECT irm.region_id FROM municipality irm WHERE irm.id = ANY(CAST(:scopeMunicipalityIds AS uuid[]))
                                   OR irm.id IN (SELECT iro.municipality_id FROM organization iro WHERE iro.id IN ${HOME_ORGS})))
      ELSE EXISTS (SELECT 1 FROM organization ioo WHERE ioo.id = ${alias}.organization_id AND ${org.sql})
    END)`,
    params,
  };
}

/**
 * Indicators the caller keeps (targets, values, import): the staff who keep the owner — the host of a mentoring
 * programme (or the coordinator of its network); the host organisation of an internship programme's site; the
 * coordinator of a network; the keeper of a plan (its owner organisation or municipality, or its network's
 * coordinator); a municipality or region in the staff scope; an organisation in the staff scope.
 */
export function indicatorManageCondition(scope: AccessScope, alias: string): SqlCondition {
  if (scope.all) return { sql: 'TRUE', params: {} };
  const staff = scope.withoutSelf();
  const prog = hostManaged(staff, 'imp', false);
  const site = orgIn(staff, 'iss.organization_id');
  const coord = orgIn(staff, 'inw.coordinator_organization_id');
  const plan = hostManaged(staff, 'ipl');
  const mun = staff.municipalityCondition(`${alias}.municipality_id`);
  const org = orgIn(staff, `${alias}.organization_id`);
  return {
    sql: `(CASE
      WHEN ${alias}.mentoring_program_id IS NOT NULL THEN EXISTS (SELECT 1 FROM mentoring_program imp WHERE imp.id = ${alias}.mentoring_program_id AND ${prog.sql})
      WHEN ${alias}.internship_program_id IS NOT NULL THEN EXISTS (SELECT 1 FROM internship_program iip JOIN staging_site iss ON iss.id = iip.site_id WHERE iip.id = ${alias}.internship_program_id AND ${site.sql})
      WHEN ${alias}.network_id IS NOT NULL THEN EXISTS (SELECT 1 FROM network inw WHERE inw.id = ${alias}.network_id AND ${coord.sql})
      WHEN ${alias}.plan_id IS NOT NULL THEN EXISTS (SELECT 1 FROM plan ipl WHERE ipl.id = ${alias}.plan_id AND ${plan.sql})
      WHEN ${alias}.municipality_id IS NOT NULL THEN ${mun.sql}
      WHEN ${alias}.region_id IS NOT NULL THEN ${alias}.region_id = ANY(CAST(:scopeRegionIds AS uuid[]))
      ELSE ${org.sql}
    END)`,
    params: { ...prog.params, ...site.params, ...coord.params, ...plan.params, ...mun.params, ...org.params, scopeRegionIds: staff.regionIds },
  };
}

/** A value the caller reads: a total of the owner, or a school's value whose school lies in the scope. */
export function indicatorValueReadCondition(scope: AccessScope, alias: string): SqlCondition {
  if (scope.all) return { sql: 'TRUE', params: {} };
  const org = orgIn(scope, `${alias}.organization_id`);
  return { sql: `(${alias}.organization_id IS NULL OR ${org.sql})`, params: org.params };
}

/** Indicators (показатели результативности) and their values. */
export const INDICATOR_RULES = {
  /** See an indicator, its targets and its totals (see `indicatorReadCondition`). */
  'indicator.read': {
    permission: Permission.INDICATOR_READ,
    select: (scope) => idsWhere('indicator', 'ind', indicatorReadCondition(scope, 'ind')),
  },
  /** Keep an indicator, its targets and values (see `indicatorManageCondition`). */
  'indicator.manage': {
    permission: Permission.INDICATOR_WRITE,
    staff: true,
    select: (scope) => idsWhere('indicator', 'ind', indicatorManageCondition(scope, 'ind')),
  },
  /** See a value: its indicator is seen and (a school's value) its school lies in the scope. */
  'indicator.value.read': {
    permission: Permission.INDICATOR_READ,
    select: (scope) => {
      const ind = indicatorReadCondition(scope, 'ivi');
      const val = indicatorValueReadCondition(scope, 'iv');
      return {
        sql: `SELECT iv.id FROM indicator_value iv JOIN indicator ivi ON ivi.id = iv.indicator_id
               WHERE iv.id = ANY(CAST(:ids AS uuid[])) AND ${ind.sql} AND ${val.sql}`,
        params: { ...ind.params, ...val.params },
      };
    },
  },
} satisfies Record<string, AccessRule>;
