import { Permission } from '../../auth/permissions';
import { AccessRule } from '../access-rule';

/** Organisations and people of the registry. */
export const REGISTRY_RULES = {
  /** See an organisation: it lies in the read scope (a teacher sees his own workplaces). */
  'organization.read': {
    permission: Permission.REGISTRY_READ,
    select: (scope) => {
      const c = scope.organizationCondition('o');
      return { sql: `SELECT o.id FROM organization o WHERE o.id = ANY(CAST(:ids AS uuid[])) AND ${c.sql}`, params: c.params };
    },
  },
  /** Change an organisation, or act for it (coordinate, host, answer invitations): it lies in the write scope. */
  'organization.write': {
    permission: Permission.REGISTRY_WRITE,
    staff: true,
    select: (scope) => {
      const c = scope.organizationCondition('o');
      return { sql: `SELECT o.id FROM organization o WHERE o.id = ANY(CAST(:ids AS uuid[])) AND ${c.sql}`, params: c.params };
    },
  },
  /** See a person: they work in the read scope, or it is the caller. */
  'person.read': {
    permission: Permission.REGISTRY_READ,
    select: (scope) => {
      const c = scope.personCondition('pe');
      return { sql: `SELECT pe.id FROM person pe WHERE pe.id = ANY(CAST(:ids AS uuid[])) AND ${c.sql}`, params: c.params };
    },
  },
  /** Change a person's card: they work in the write scope. */
  'person.write': {
    permission: Permission.REGISTRY_WRITE,
    staff: true,
    select: (scope) => {
      const c = scope.personCondition('pe');
      return { sql: `SELECT pe.id FROM person pe WHERE pe.id = ANY(CAST(:ids AS uuid[])) AND ${c.sql}`, params: c.params };
    },
  },
} satisfies Record<string, AccessRule>;
