import { AccessScope, SqlCondition } from '../../auth/access-scope';
import { Permission } from '../../auth/permissions';
import { acceptedMemberOrgsSql, acceptedNetworksOfOrgSql, isAcceptedMemberSql } from '../../../modules/network/network-membership.sql';
import { AccessRule } from '../access-rule';
import { hostManaged, idsWhere, orgIn } from './sql';

/**
 * Routes the caller reads in full (steps, journal, baselines, effectiveness): their own (as the person, or as a
 * member of the group), and as staff those whose responsible organisation or owner lies in the
 * territorial/organisational scope. `:callerPersonId` must be bound (the access repository binds it; the route
 * list binds it too).
 */
export function routeReadCondition(scope: AccessScope, alias: string): SqlCondition {
  if (scope.all) return { sql: 'TRUE', params: {} };
  const staff = scope.withoutSelf();
  const org = staff.organizationCondition('rco');
  const person = staff.personCondition('rcp');
  return {
    sql: `(${alias}.person_id = CAST(:callerPersonId AS uuid)
      OR EXISTS (SELECT 1 FROM association_member rcm WHERE rcm.association_id = ${alias}.association_id AND rcm.person_id = CAST(:callerPersonId AS uuid))
      OR EXISTS (SELECT 1 FROM organization rco WHERE rco.id = ${alias}.organization_id AND ${org.sql})
      OR EXISTS (SELECT 1 FROM person rcp WHERE rcp.id = ${alias}.person_id AND ${person.sql}))`,
    params: { ...org.params, ...person.params },
  };
}

/**
 * «Диалог в сети»: a route its owner shared, whose responsible organisation is an accepted member of a network
 * together with (another accepted member) an organisation the caller sees as staff or works at. Such a route shows
 * only its achievements and products (`SharedRoute`), never its baselines or journal. Same parameters as
 * `routeReadCondition` (it uses the staff part of the same scope).
 */
export function routeSharedCondition(scope: AccessScope, alias: string): SqlCondition {
  const org = scope.withoutSelf().organizationCondition('sco');
  return {
    sql: `(${alias}.shared_in_network AND ${alias}.person_id IS NOT NULL AND EXISTS (
      SELECT 1 FROM network sn WHERE sn.id IN (${acceptedNetworksOfOrgSql(`${alias}.organization_id`, 'snm')})
        AND EXISTS (SELECT 1 FROM organization sco WHERE sco.id IN (${acceptedMemberOrgsSql('sn.id', 'snx')})
                      AND (${org.sql} OR sco.id IN (SELECT smp.organization_id FROM position smp WHERE smp.person_id = CAST(:callerPersonId AS uuid))))))`,
    params: org.params,
  };
}

/**
 * Whom a route may name as a mentor (the person given by `mentorSql`), besides people the caller may read
 * anyway: someone who works at the route's organisation or at a workplace of the route's person, or at an
 * accepted member of a network in which one of those organisations is an accepted member (the pool matching
 * proposes from), or the route person's own mentor in a mentorship.
 */
export function routeReachesMentor(mentorSql: string, route: string): string {
  return `(EXISTS (SELECT 1 FROM position rmp WHERE rmp.person_id = ${mentorSql} AND (
            rmp.organization_id = ${route}.organization_id
            OR rmp.organization_id IN (SELECT rpo.organization_id FROM position rpo WHERE rpo.person_id = ${route}.person_id)
            OR EXISTS (SELECT 1 FROM network rmn WHERE rmp.organization_id IN (${acceptedMemberOrgsSql('rmn.id', 'rma')})
                         AND (${isAcceptedMemberSql('rmn.id', `${route}.organization_id`, 'rmb')}
                              OR EXISTS (SELECT 1 FROM position rnp WHERE rnp.person_id = ${route}.person_id AND ${isAcceptedMemberSql('rmn.id', 'rnp.organization_id', 'rmc')})))))
       OR EXISTS (SELECT 1 FROM mentorship_participant rmo JOIN mentorship_participant rme ON rme.mentorship_id = rmo.mentorship_id
                   WHERE rmo.person_id = ${mentorSql} AND rmo.side = 'MENTOR' AND rme.person_id = ${route}.person_id AND rme.side = 'MENTEE'))`;
}

const byIds = (cond: SqlCondition, extra = 'TRUE') => ({
  sql: `SELECT r.id FROM learning_route r WHERE r.id = ANY(CAST(:ids AS uuid[])) AND ${extra} AND ${cond.sql}`,
  params: cond.params,
});

/** Learning routes (ИОМ). Out of reach is NOT_FOUND; a visible route the caller may not change is FORBIDDEN. */
export const ROUTE_RULES = {
  /** Make an organisation responsible for a route: staff for organisations in scope, a teacher for his own workplaces. */
  'route.organization': {
    permission: Permission.ROUTE_WRITE,
    select: (scope) => idsWhere('organization', 'o', scope.organizationCondition('o')),
  },
  /** Read a route in full, and everything under it (steps, files, journal, baselines, effectiveness). */
  'route.read': {
    permission: Permission.ROUTE_READ,
    select: (scope) => byIds(routeReadCondition(scope, 'r')),
  },
  /** See a route's achievements and products only: readable in full, or shared in a common network. */
  'route.readShared': {
    permission: Permission.ROUTE_READ,
    select: (scope) => {
      const read = routeReadCondition(scope, 'r');
      const shared = routeSharedCondition(scope, 'r');
      return byIds({ sql: `(${read.sql} OR ${shared.sql})`, params: { ...read.params, ...shared.params } });
    },
  },
  /**
   * Change a route's content and act on it (flow, marks, journal): its own person, or a manager — the responsible
   * organisation lies in the ROUTE_WRITE staff scope, or (a group route) the caller manages the group's host.
   */
  'route.edit': {
    permission: Permission.ROUTE_WRITE,
    select: (scope) => {
      const staff = scope.withoutSelf();
      const org = orgIn(staff, 'r.organization_id');
      const host = hostManaged(staff, 'ra');
      return byIds({
        sql: `(r.person_id = CAST(:callerPersonId AS uuid) OR ${org.sql}
               OR EXISTS (SELECT 1 FROM association ra WHERE ra.id = r.association_id AND ${host.sql}))`,
        params: { ...org.params, ...host.params },
      });
    },
  },
  /** Share a route in the network: only its own person. */
  'route.own': {
    permission: Permission.ROUTE_WRITE,
    select: () => byIds({ sql: 'r.person_id = CAST(:callerPersonId AS uuid)', params: {} }),
  },
  /** Approve or return a route: the responsible organisation lies in the ROUTE_APPROVE staff scope, and it is not the caller's own. */
  'route.approve': {
    permission: Permission.ROUTE_APPROVE,
    staff: true,
    select: (scope) => byIds(orgIn(scope, 'r.organization_id'), 'r.person_id IS DISTINCT FROM CAST(:callerPersonId AS uuid)'),
  },
  /**
   * Show the mentor named by a route step (ids are step ids): a person the caller may read (the registry's
   * `person.read`), or one the route reaches (`routeReachesMentor`). Adding a mentor passes the same rule.
   */
  'route.stepMentor': {
    permission: Permission.REGISTRY_READ,
    select: (scope) => {
      const c = scope.personCondition('smp');
      return {
        sql: `SELECT s.id FROM learning_route_step s JOIN learning_route r ON r.id = s.route_id
               WHERE s.id = ANY(CAST(:ids AS uuid[])) AND s.mentor_person_id IS NOT NULL
                 AND (EXISTS (SELECT 1 FROM person smp WHERE smp.id = s.mentor_person_id AND ${c.sql}) OR ${routeReachesMentor('s.mentor_person_id', 'r')})`,
        params: c.params,
      };
    },
  },
  /** Show the owner of a route (ids are route ids): a person the caller may read (the registry's `person.read`). */
  'route.person': {
    permission: Permission.REGISTRY_READ,
    select: (scope) => {
      const c = scope.personCondition('rpe');
      return { sql: `SELECT r.id FROM learning_route r JOIN person rpe ON rpe.id = r.person_id WHERE r.id = ANY(CAST(:ids AS uuid[])) AND ${c.sql}`, params: c.params };
    },
  },
} satisfies Record<string, AccessRule>;
