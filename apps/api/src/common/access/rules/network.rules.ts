import { Permission } from '../../auth/permissions';
import { acceptedMemberOrgsSql } from '../../../modules/network/network-membership.sql';
import { AccessRule } from '../access-rule';
import { hostManaged, orgIn } from './sql';

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
    select: (scope) => {
      const c = orgIn(scope, 'n.coordinator_organization_id');
      return { sql: `SELECT n.id FROM network n WHERE n.id = ANY(CAST(:ids AS uuid[])) AND ${c.sql}`, params: c.params };
    },
  },
  /** Manage an association: its host organisation or municipality lies in the write scope, or the caller coordinates its network. */
  'association.manage': {
    permission: Permission.ASSOCIATION_WRITE,
    staff: true,
    select: (scope) => {
      const c = hostManaged(scope, 'a');
      return { sql: `SELECT a.id FROM association a WHERE a.id = ANY(CAST(:ids AS uuid[])) AND ${c.sql}`, params: c.params };
    },
  },
  /** Manage a mentoring programme: its host organisation lies in the write scope, or the caller coordinates its network. */
  'program.manage': {
    permission: Permission.MENTORING_WRITE,
    staff: true,
    select: (scope) => {
      const c = hostManaged(scope, 'p', false);
      return { sql: `SELECT p.id FROM mentoring_program p WHERE p.id = ANY(CAST(:ids AS uuid[])) AND ${c.sql}`, params: c.params };
    },
  },
} satisfies Record<string, AccessRule>;
