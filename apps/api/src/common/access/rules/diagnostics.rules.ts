import { AccessScope, SqlCondition } from '../../auth/access-scope';
import { Permission } from '../../auth/permissions';
import { acceptedMemberOrgsSql, isAcceptedMemberSql } from '../../../modules/network/network-membership.sql';
import { AccessRule } from '../access-rule';
import { idsWhere } from './sql';

/**
 * Diagnostics: campaigns, their participants and people's results. The conditions are exported so that lists
 * (paged in SQL) filter by exactly the rule that `AccessService.check` applies to ids. `callerSql` is the caller's
 * person id as SQL (`CAST(:callerPersonId AS uuid)` — bound by the access component, and by repositories that
 * use these conditions in their lists).
 */

export const CALLER = 'CAST(:callerPersonId AS uuid)';

/** The organisations a campaign covers (its network's ACCEPTED members, its municipality's, or the chosen ones), as a subquery on the campaign aliased `c`. */
export const campaignOrgsSql = (c: string) => `(
  SELECT x.organization_id FROM (${acceptedMemberOrgsSql(`${c}.network_id`, 'co_nm')}) x WHERE ${c}.scope_kind = 'NETWORK'
  UNION ALL SELECT mo.id FROM organization mo WHERE ${c}.scope_kind = 'MUNICIPALITY' AND mo.municipality_id = ${c}.municipality_id
  UNION ALL SELECT dco.organization_id FROM diagnostic_campaign_organization dco WHERE dco.campaign_id = ${c}.id)`;

/**
 * See a campaign: one of the organisations it covers lies in the staff part of the scope, its municipality does,
 * or the caller takes part in it.
 */
export function campaignVisible(scope: AccessScope, alias: string, callerSql = CALLER): SqlCondition {
  if (scope.all) return { sql: 'TRUE', params: {} };
  const staff = scope.withoutSelf();
  const org = staff.organizationCondition('cvo');
  const mun = staff.municipalityCondition(`${alias}.municipality_id`);
  return {
    sql: `(EXISTS (SELECT 1 FROM organization cvo WHERE cvo.id IN ${campaignOrgsSql(alias)} AND ${org.sql})
      OR (${alias}.scope_kind = 'MUNICIPALITY' AND ${mun.sql})
      OR EXISTS (SELECT 1 FROM diagnostic_participant cvp WHERE cvp.campaign_id = ${alias}.id AND cvp.person_id = ${callerSql}))`,
    params: { ...org.params, ...mun.params },
  };
}

/**
 * Run a campaign (change, open, close, archive, import, assess): NETWORK — the network's coordinating organisation
 * lies in the (write) scope; MUNICIPALITY — the municipality does; ORGANIZATIONS — every one of its organisations does.
 */
export function campaignManaged(scope: AccessScope, alias: string): SqlCondition {
  if (scope.all) return { sql: 'TRUE', params: {} };
  if (scope.isEmpty) return { sql: 'FALSE', params: {} };
  const coord = scope.organizationCondition('mco');
  const org = scope.organizationCondition('mdo');
  const mun = scope.municipalityCondition(`${alias}.municipality_id`);
  return {
    sql: `((${alias}.scope_kind = 'NETWORK' AND EXISTS (SELECT 1 FROM network mn JOIN organization mco ON mco.id = mn.coordinator_organization_id WHERE mn.id = ${alias}.network_id AND ${coord.sql}))
      OR (${alias}.scope_kind = 'MUNICIPALITY' AND ${mun.sql})
      OR (${alias}.scope_kind = 'ORGANIZATIONS' AND EXISTS (SELECT 1 FROM diagnostic_campaign_organization md WHERE md.campaign_id = ${alias}.id)
          AND NOT EXISTS (SELECT 1 FROM diagnostic_campaign_organization md JOIN organization mdo ON mdo.id = md.organization_id WHERE md.campaign_id = ${alias}.id AND NOT ${org.sql})))`,
    params: { ...coord.params, ...org.params, ...mun.params },
  };
}

/** A person's results may be seen: they work in the staff part of the scope, or it is the caller. */
export function personResultsVisible(scope: AccessScope, personIdSql: string, callerSql = CALLER): SqlCondition {
  const staff = scope.withoutSelf();
  if (staff.all) return { sql: 'TRUE', params: {} };
  const c = staff.personCondition('rv_pe');
  return {
    sql: `(${personIdSql} = ${callerSql} OR EXISTS (SELECT 1 FROM person rv_pe WHERE rv_pe.id = ${personIdSql} AND ${c.sql}))`,
    params: c.params,
  };
}

/**
 * A participant's row and results in a campaign (aliased `c`) may be seen: the person's results may be seen (above),
 * or the caller runs the campaign and the participant took part for an ACCEPTED member of the campaign's network
 * (the coordinator sees a member's staff there, and only while it is a member). `scope` is the DIAGNOSTICS_READ scope:
 * its staff part is the DIAGNOSTICS_WRITE scope (the same staff roles hold both), which decides who runs a campaign.
 */
export function participantVisible(scope: AccessScope, campaignAlias: string, personIdSql: string, organizationIdSql: string, callerSql = CALLER): SqlCondition {
  const person = personResultsVisible(scope, personIdSql, callerSql);
  const runs = campaignManaged(scope.withoutSelf(), campaignAlias);
  return {
    sql: `(${person.sql} OR (${campaignAlias}.scope_kind = 'NETWORK' AND ${runs.sql} AND ${isAcceptedMemberSql(`${campaignAlias}.network_id`, organizationIdSql, 'pv_nm')}))`,
    params: { ...person.params, ...runs.params },
  };
}

export const DIAGNOSTICS_RULES = {
  /** See a campaign (see `campaignVisible`). */
  'campaign.read': {
    permission: Permission.DIAGNOSTICS_READ,
    select: (scope) => idsWhere('diagnostic_campaign', 'c', campaignVisible(scope, 'c')),
  },
  /** Run a campaign (see `campaignManaged`). */
  'campaign.manage': {
    permission: Permission.DIAGNOSTICS_WRITE,
    staff: true,
    select: (scope) => idsWhere('diagnostic_campaign', 'c', campaignManaged(scope, 'c')),
  },
  /** See a person's results (ids are people; see `personResultsVisible`). */
  'results.read': {
    permission: Permission.DIAGNOSTICS_READ,
    select: (scope) => idsWhere('person', 'pe', personResultsVisible(scope, 'pe.id')),
  },
  /** See a participant of a campaign and their results (ids are participants; see `participantVisible`). */
  'participant.read': {
    permission: Permission.DIAGNOSTICS_READ,
    select: (scope) => {
      const c = participantVisible(scope, 'c', 'p.person_id', 'p.organization_id');
      return {
        sql: `SELECT p.id FROM diagnostic_participant p JOIN diagnostic_campaign c ON c.id = p.campaign_id WHERE p.id = ANY(CAST(:ids AS uuid[])) AND ${c.sql}`,
        params: c.params,
      };
    },
  },
  /** Assess a participant as an expert: staff whose write scope covers the organisation they take part for, never oneself. */
  'participant.assess': {
    permission: Permission.DIAGNOSTICS_WRITE,
    staff: true,
    select: (scope) => {
      const c = scope.organizationCondition('ao');
      return {
        sql: `SELECT p.id FROM diagnostic_participant p JOIN organization ao ON ao.id = p.organization_id
               WHERE p.id = ANY(CAST(:ids AS uuid[])) AND p.person_id IS DISTINCT FROM CAST(:callerPersonId AS uuid) AND ${c.sql}`,
        params: c.params,
      };
    },
  },
  /** See an organisation's aggregated results (heatmap drill-down, comparisons): it lies in the staff part of the read scope. */
  'organization.results': {
    permission: Permission.DIAGNOSTICS_READ,
    staff: true,
    select: (scope) => idsWhere('organization', 'o', scope.organizationCondition('o')),
  },
  /** Run diagnostics for a municipality (a campaign of scope MUNICIPALITY): it lies in the (write) scope. */
  'municipality.diagnose': {
    permission: Permission.DIAGNOSTICS_WRITE,
    staff: true,
    select: (scope) => idsWhere('municipality', 'mu', scope.municipalityCondition('mu.id')),
  },
  /** Run diagnostics in a network (a campaign of scope NETWORK): its coordinating organisation lies in the (write) scope. */
  'network.diagnose': {
    permission: Permission.DIAGNOSTICS_WRITE,
    staff: true,
    select: (scope) => {
      const c = scope.organizationCondition('nco');
      return {
        sql: `SELECT n.id FROM network n JOIN organization nco ON nco.id = n.coordinator_organization_id WHERE n.id = ANY(CAST(:ids AS uuid[])) AND ${c.sql}`,
        params: c.params,
      };
    },
  },
  /** Run diagnostics for an organisation and keep its self-diagnostics: it lies in the (write) scope. */
  'organization.diagnose': {
    permission: Permission.DIAGNOSTICS_WRITE,
    staff: true,
    select: (scope) => idsWhere('organization', 'o', scope.organizationCondition('o')),
  },
} satisfies Record<string, AccessRule>;
