import { Permission } from '../../auth/permissions';
import { AccessRule } from '../access-rule';
import { idsWhere } from './sql';

/** Organisations and people of the registry. */
export const REGISTRY_RULES = {
  /** See an organisation: it lies in the read scope (a teacher sees his own workplaces). */
  'organization.read': {
    permission: Permission.REGISTRY_READ,
    select: (scope) => idsWhere('organization', 'o', scope.organizationCondition('o')),
  },
  /** Change an organisation, or act for it (coordinate, host, answer invitations): it lies in the write scope. */
  'organization.write': {
    permission: Permission.REGISTRY_WRITE,
    staff: true,
    select: (scope) => idsWhere('organization', 'o', scope.organizationCondition('o')),
  },
  /** See a person: they work in the read scope, or it is the caller. */
  'person.read': {
    permission: Permission.REGISTRY_READ,
    select: (scope) => idsWhere('person', 'pe', scope.personCondition('pe')),
  },
  /** Change a person's card: they work in the write scope. */
  'person.write': {
    permission: Permission.REGISTRY_WRITE,
    staff: true,
    select: (scope) => idsWhere('person', 'pe', scope.personCondition('pe')),
  },
} satisfies Record<string, AccessRule>;
