import { AccessScope, SqlCondition } from '../../common/auth/access-scope';
import { acceptedMemberOrgsSql } from '../network/network-membership.sql';

/**
 * Visible events (the event domain owns this fragment; the calendar reads events through it): the host is in the
 * scope (a network host: any accepted member is), or an organiser is, or the caller is registered or responsible.
 */
export function eventCondition(scope: AccessScope, alias: string): SqlCondition {
  if (scope.all) return { sql: 'TRUE', params: {} };
  const org = scope.organizationCondition('eho');
  const territory = scope.municipalityCondition(`${alias}.municipality_id`);
  const netOrg = scope.organizationCondition('eno');
  const organizer = scope.organizationCondition('eoo');
  return {
    sql: `((${alias}.organization_id IS NOT NULL AND EXISTS (SELECT 1 FROM organization eho WHERE eho.id = ${alias}.organization_id AND ${org.sql}))
      OR (${alias}.municipality_id IS NOT NULL AND ${territory.sql})
      OR (${alias}.network_id IS NOT NULL AND EXISTS (SELECT 1 FROM organization eno WHERE eno.id IN (${acceptedMemberOrgsSql(`${alias}.network_id`, 'enm')})
                                                     AND ${netOrg.sql}))
      OR EXISTS (SELECT 1 FROM event_organizer eor JOIN organization eoo ON eoo.id = eor.organization_id WHERE eor.event_id = ${alias}.id AND ${organizer.sql})
      OR EXISTS (SELECT 1 FROM event_registration eself WHERE eself.event_id = ${alias}.id AND eself.person_id = CAST(:scopePersonId AS uuid))
      OR EXISTS (SELECT 1 FROM event_responsible erself WHERE erself.event_id = ${alias}.id AND erself.person_id = CAST(:scopePersonId AS uuid)))`,
    params: { ...org.params, ...territory.params, ...netOrg.params, ...organizer.params },
  };
}
