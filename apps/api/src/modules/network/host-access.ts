import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { OrganizationRepository } from '../organization/organization.repository';
import { TerritoryRepository } from '../territory/territory.repository';
import { NetworkRepository } from './network.repository';

/** Where a group (association, mentoring programme) lives: one organisation, municipality or network. */
export interface Hosted {
  id: string;
  organizationId: string | null;
  municipalityId?: string | null;
  networkId: string | null;
}

/**
 * Who may manage things hosted by an organisation, a municipality or a network: the host organisation or
 * municipality lies in the write scope, or the scope covers the host network's coordinator.
 * Batched: a few statements for any number of rows.
 */
@Injectable()
export class HostAccess {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly territory: TerritoryRepository,
    private readonly networks: NetworkRepository,
  ) {}

  async manageable(m: EntityManager, scope: AccessScope, list: readonly Hosted[]): Promise<Set<string>> {
    if (scope.isEmpty || !list.length) return new Set();
    const ids = (f: (a: Hosted) => string | null | undefined) => [...new Set(list.map(f).filter((x): x is string => !!x))];
    const orgs = await this.organizations.idsInScope(m, scope, ids((a) => a.organizationId));
    const muns = await this.territory.municipalityIdsInScope(m, scope, ids((a) => a.municipalityId));
    const coordinators = await this.networks.coordinatorsOf(m, ids((a) => a.networkId));
    const coordOk = await this.organizations.idsInScope(m, scope, [...new Set(coordinators.values())]);
    const ok = (a: Hosted) =>
      a.organizationId ? orgs.has(a.organizationId) : a.municipalityId ? muns.has(a.municipalityId) : coordOk.has(coordinators.get(a.networkId ?? '') ?? '');
    return new Set(list.filter(ok).map((a) => a.id));
  }

  async canManage(m: EntityManager, scope: AccessScope, host: Omit<Hosted, 'id'>): Promise<boolean> {
    return (await this.manageable(m, scope, [{ ...host, id: 'host' }])).size > 0;
  }
}
