/**
 * Where an association or a mentoring programme lives: an organisation, a municipality or a network
 * (the API's HostAccess decides who may manage it).
 */
export type HostKind = 'organization' | 'municipality' | 'network';

export const HOST_ID_FIELD = { organization: 'organizationId', municipality: 'municipalityId', network: 'networkId' } as const satisfies Record<HostKind, string>;

export interface HostIds {
  organizationId: string | null;
  municipalityId: string | null;
  networkId: string | null;
}

/** The host kind to show: the current one when allowed, else the first allowed. */
export function allowedHost(allowed: readonly HostKind[], current: HostKind | null): HostKind {
  return current && allowed.includes(current) ? current : (allowed[0] ?? 'organization');
}

/** Only the chosen host's id is sent; the others are null. */
export function hostInput(host: HostKind, ids: HostIds): HostIds {
  return {
    organizationId: host === 'organization' ? ids.organizationId : null,
    municipalityId: host === 'municipality' ? ids.municipalityId : null,
    networkId: host === 'network' ? ids.networkId : null,
  };
}
