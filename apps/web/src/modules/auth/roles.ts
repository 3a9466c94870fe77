import type { RoleKind } from '@/gql/graphql';

/** Roles in the order of their reach: the first one a user holds is shown as theirs. */
export const ROLE_ORDER: readonly RoleKind[] = [
  'PLATFORM_ADMIN',
  'REGIONAL_COORDINATOR',
  'MUNICIPAL_METHODIST',
  'ORGANIZATION_ADMIN',
  'MENTOR',
  'TEACHER',
];

/** Who may import registry files (the API's REGISTRY_IMPORT permission). */
export const IMPORT_ROLES: readonly RoleKind[] = ['PLATFORM_ADMIN', 'REGIONAL_COORDINATOR', 'MUNICIPAL_METHODIST'];

/** Who may create, edit and archive organisations and people (the API's REGISTRY_WRITE permission). */
export const WRITE_ROLES: readonly RoleKind[] = [...IMPORT_ROLES, 'ORGANIZATION_ADMIN'];
