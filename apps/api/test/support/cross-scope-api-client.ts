import { ApiClientScopeKind } from '@metodset/shared';
import { DataSource } from 'typeorm';
import { PolicyMeta } from '../../src/common/auth/policy.decorator';
import { Permission } from '../../src/common/auth/permissions';
import { API_CLIENT_ROLE, apiClientPermissions } from '../../src/common/auth/client-permissions';
import { ApiClientAccess, ApiClientDomain } from '@metodset/shared';
import { createTestClient } from './api-client';
import { rolePasses } from './cross-scope-schema';

const EVERY_DOMAIN = Object.values(ApiClientDomain).map((domain) => ({ domain, access: ApiClientAccess.WRITE }));
const CLIENT_PERMISSIONS = new Set<Permission>(apiClientPermissions(EVERY_DOMAIN));

/** Region A's API client: scoped to its municipality, every domain read-write; its secret is the suite's `client` token. */
export async function crossScopeClientSecret(db: DataSource, municipalityId: string): Promise<string> {
  return (await createTestClient(db, { name: 'Региональная система A', scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: municipalityId }, permissions: EVERY_DOMAIN })).secret;
}

/** Whether the client passes the gate: its scope kind's role has the permission and the client was given it. */
export function clientPasses(policy: PolicyMeta | undefined): boolean {
  if (!policy || policy.kind === 'public') return rolePasses(policy, API_CLIENT_ROLE[ApiClientScopeKind.MUNICIPALITY]);
  return rolePasses(policy, API_CLIENT_ROLE[ApiClientScopeKind.MUNICIPALITY]) && CLIENT_PERMISSIONS.has(policy.permission as Permission);
}

/** The region's own API client (scoped to its municipality), as a row other regions' callers must never reach. */
export interface ApiClientRegionIds {
  apiClient: string;
}

export const emptyApiClientIds = (): ApiClientRegionIds => ({ apiClient: '' });

export async function addApiClientRows(db: DataSource, r: { ids: { municipality: string } & ApiClientRegionIds; names: string[] }, word: string): Promise<void> {
  const name = `Региональная система ${word}`;
  r.ids.apiClient = (await createTestClient(db, { name, scope: { kind: ApiClientScopeKind.MUNICIPALITY, id: r.ids.municipality } })).clientId;
  r.names.push(name);
}
