import { AccessScope, SqlCondition } from '../../auth/access-scope';
import { Permission } from '../../auth/permissions';
import { acceptedMemberOrgsSql } from '../../../modules/network/network-membership.sql';
import { AccessRule } from '../access-rule';
import { hostManaged, idsWhere } from './sql';

/**
 * Plans the caller reads: the owner organisation or municipality lies in the scope, an accepted member of the owner
 * network does, or (anyone) the caller is named in one of its items as responsible or taking part.
 */
export function planReadCondition(scope: AccessScope, alias: string): SqlCondition {
  if (scope.all) return { sql: 'TRUE', params: {} };
  const org = scope.organizationCondition('plo');
  const territory = scope.municipalityCondition(`${alias}.municipality_id`);
  const netOrg = scope.organizationCondition('pln');
  return {
    sql: `((${alias}.organization_id IS NOT NULL AND EXISTS (SELECT 1 FROM organization plo WHERE plo.id = ${alias}.organization_id AND ${org.sql}))
      OR (${alias}.municipality_id IS NOT NULL AND ${territory.sql})
      OR (${alias}.network_id IS NOT NULL AND EXISTS (SELECT 1 FROM organization pln WHERE pln.id IN (${acceptedMemberOrgsSql(`${alias}.network_id`, 'plm')}) AND ${netOrg.sql}))
      OR EXISTS (SELECT 1 FROM plan_item_party plp JOIN plan_item pli ON pli.id = plp.item_id
                  WHERE pli.plan_id = ${alias}.id AND plp.person_id = CAST(:callerPersonId AS uuid)))`,
    params: { ...org.params, ...territory.params, ...netOrg.params },
  };
}

/** Plans: a roadmap, a plan-schedule, a yearly event plan of an organisation, a municipality or a network. */
export const PLAN_RULES = {
  /** See a plan (see `planReadCondition`). */
  'plan.read': {
    permission: Permission.PLAN_READ,
    select: (scope) => idsWhere('plan', 'p', planReadCondition(scope, 'p')),
  },
  /** Keep a plan, its stages and items: the owner organisation or municipality lies in the write scope, or the caller coordinates the owner network. */
  'plan.manage': {
    permission: Permission.PLAN_WRITE,
    staff: true,
    select: (scope) => idsWhere('plan', 'p', hostManaged(scope, 'p')),
  },
} satisfies Record<string, AccessRule>;
