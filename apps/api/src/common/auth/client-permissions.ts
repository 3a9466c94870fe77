import { ApiClientAccess, ApiClientDomain, ApiClientScopeKind, RoleKind } from '@metodset/shared';
import { Grant } from './access-scope';
import { Permission } from './permissions';

/**
 * What read or read-write access to a domain gives an API client. A permission listed nowhere here (one's own
 * diary, self-assessment, registration, the audit log, managing API clients) is never given to a client.
 * A new domain adds its permissions to one of these rows (SYNC: bulk sync, the change feed, webhooks).
 */
export const API_CLIENT_DOMAIN_PERMISSIONS: Readonly<Record<ApiClientDomain, { read: readonly Permission[]; write: readonly Permission[] }>> = {
  REGISTRY: { read: [Permission.TERRITORY_READ, Permission.REGISTRY_READ], write: [Permission.REGISTRY_WRITE, Permission.REGISTRY_IMPORT] },
  NETWORKS: { read: [Permission.NETWORK_READ, Permission.ASSOCIATION_READ], write: [Permission.NETWORK_WRITE, Permission.ASSOCIATION_WRITE] },
  MENTORING: { read: [Permission.MENTORING_READ], write: [Permission.MENTORING_WRITE, Permission.MENTORSHIP_LOG, Permission.MATCHING] },
  DIAGNOSTICS: { read: [Permission.COMPETENCE_READ, Permission.DIAGNOSTICS_READ], write: [Permission.DIAGNOSTICS_WRITE, Permission.COMPETENCE_WRITE, Permission.INSTRUMENT_WRITE] },
  ROUTES: { read: [Permission.ROUTE_READ], write: [Permission.ROUTE_WRITE, Permission.ROUTE_APPROVE] },
  INTERNSHIPS: { read: [Permission.STAGING_READ, Permission.INTERNSHIP_READ], write: [Permission.STAGING_WRITE, Permission.INTERNSHIP_NOMINATE, Permission.INTERNSHIP_MANAGE] },
  EVENTS: { read: [Permission.EVENT_READ], write: [Permission.EVENT_WRITE, Permission.EVENT_ATTENDANCE] },
  PLANS: { read: [Permission.PLAN_READ, Permission.INDICATOR_READ, Permission.DASHBOARD_READ], write: [Permission.PLAN_WRITE, Permission.INDICATOR_WRITE, Permission.REPORT_ORDER] },
  DOCUMENTS: { read: [Permission.DOCUMENT_READ], write: [Permission.DOCUMENT_WRITE] },
  PRACTICES: { read: [Permission.PRACTICE_READ], write: [Permission.PRACTICE_WRITE, Permission.PRACTICE_REVIEW] },
  SYNC: { read: [Permission.SYNC_READ], write: [Permission.SYNC_WRITE] },
};

/** The staff role whose reach matches a client's scope kind (its permissions are cut down to the client's). */
export const API_CLIENT_ROLE: Readonly<Record<ApiClientScopeKind, RoleKind>> = {
  REGION: RoleKind.REGIONAL_COORDINATOR,
  MUNICIPALITY: RoleKind.MUNICIPAL_METHODIST,
  ORGANIZATION: RoleKind.ORGANIZATION_ADMIN,
};

export interface ApiClientGrantSource {
  scopeKind: ApiClientScopeKind;
  regionId: string | null;
  municipalityId: string | null;
  organizationId: string | null;
  permissions: readonly { domain: ApiClientDomain; access: ApiClientAccess }[];
}

/** The permissions a client's domains give (AUTHENTICATED always: `me` names the client). */
export function apiClientPermissions(permissions: ApiClientGrantSource['permissions']): Permission[] {
  const out = new Set<Permission>([Permission.AUTHENTICATED]);
  for (const p of permissions) {
    const row = API_CLIENT_DOMAIN_PERMISSIONS[p.domain];
    for (const x of row.read) out.add(x);
    if (p.access === ApiClientAccess.WRITE) for (const x of row.write) out.add(x);
  }
  return [...out];
}

/**
 * The one grant a client acts with: the staff role of its scope kind, at its scope, holding only its permissions.
 * The gate and the access component compute the client's scope from it exactly as they do for a person's grants.
 */
export function apiClientGrant(c: ApiClientGrantSource): Grant {
  return {
    role: API_CLIENT_ROLE[c.scopeKind],
    regionId: c.scopeKind === ApiClientScopeKind.REGION ? c.regionId : null,
    municipalityId: c.scopeKind === ApiClientScopeKind.MUNICIPALITY ? c.municipalityId : null,
    organizationId: c.scopeKind === ApiClientScopeKind.ORGANIZATION ? c.organizationId : null,
    permissions: apiClientPermissions(c.permissions),
  };
}
