import { Permission } from '../../auth/permissions';
import { acceptedMemberOrgsSql } from '../../../modules/network/network-membership.sql';
import { AccessRule } from '../access-rule';
import { hostManaged, idsWhere, orgIn } from './sql';

/** Networks and the groups they (or organisations, municipalities) host. */
export const NETWORK_RULES = {
  /** See a network: one of its accepted members lies in the read scope. */
  'network.read': {
    permission: Permission.NETWORK_READ,
    select: (scope) => {
      const c = scope.organizationCondition('nro');
      return {
        sql: `SELECT n.id FROM network n WHERE n.id = ANY(CAST(:ids AS uuid[]))
                AND EXISTS (SELECT 1 FROM organization nro WHERE nro.id IN (${acceptedMemberOrgsSql('n.id')}) AND ${c.sql})`,
        params: c.params,
      };
    },
  },
  /** Change a network (members, links, agreements): its coordinating organisation lies in the write scope. */
  'network.coordinate': {
    permission: Permission.NETWORK_WRITE,
    staff: true,
    select: (scope) => idsWhere('network', 'n', orgIn(scope, 'n.coordinator_organization_id')),
  },
  /** Manage an association: its host organisation or municipality lies in the write scope, or the caller coordinates its network. */
  'association.manage': {
    permission: Permission.ASSOCIATION_WRITE,
    staff: true,
    select: (scope) => idsWhere('association', 'a', hostManaged(scope, 'a')),
  },
  /** Manage a mentoring programme: its host organisation lies in the write scope, or the caller coordinates its network. */
  'program.manage': {
    permission: Permission.MENTORING_WRITE,
    staff: true,
    select: (scope) => idsWhere('mentoring_program', 'p', hostManaged(scope, 'p', false)),
  },
} satisfies Record<string, AccessRule>;
