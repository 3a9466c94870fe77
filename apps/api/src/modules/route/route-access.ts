import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Grant } from '../../common/auth/access-scope';
import { AccessScope } from '../../common/auth/access-scope';
import { Permission } from '../../common/auth/permissions';
import { HostAccess } from '../network/host-access';
import { OrganizationRepository } from '../organization/organization.repository';
import { LearningRouteEntity } from './learning-route.entity';
import { RouteRepository } from './route.repository';

export interface Caller {
  grants: readonly Grant[];
  personId: string | null;
}

export interface RouteRights {
  /** The route is the caller's own (individual route of the caller's person). */
  owner: boolean;
  /** Staff who build it: the responsible organisation is in the ROUTE_WRITE scope, or (group) the caller manages the group's host. */
  manager: boolean;
  /** May approve or return it: the responsible organisation is in the ROUTE_APPROVE scope and the route is not the caller's own. */
  approver: boolean;
}

/** Who may do what with routes — one place, batched for lists (a few statements for any number of routes). */
@Injectable()
export class RouteAccess {
  constructor(
    private readonly repo: RouteRepository,
    private readonly organizations: OrganizationRepository,
    private readonly hostAccess: HostAccess,
  ) {}

  static scope(permission: Permission, caller: Caller): AccessScope {
    return AccessScope.forPermission(permission, caller.grants, caller.personId);
  }

  async rights(m: EntityManager, caller: Caller, routes: readonly LearningRouteEntity[]): Promise<Map<string, RouteRights>> {
    const write = RouteAccess.scope(Permission.ROUTE_WRITE, caller).withoutSelf();
    const approve = RouteAccess.scope(Permission.ROUTE_APPROVE, caller).withoutSelf();
    const orgIds = [...new Set(routes.map((r) => r.organizationId))];
    const writable = write.isEmpty ? new Set<string>() : await this.organizations.idsInScope(m, write, orgIds);
    const approvable = approve.isEmpty ? new Set<string>() : await this.organizations.idsInScope(m, approve, orgIds);
    const groupIds = [...new Set(routes.map((r) => r.associationId).filter((x): x is string => !!x))];
    const hosts = groupIds.length && !write.isEmpty ? await this.hostAccess.manageable(m, write, await this.repo.associations(m, groupIds)) : new Set<string>();
    return new Map(
      routes.map((r) => {
        const owner = !!r.personId && r.personId === caller.personId;
        const manager = writable.has(r.organizationId) || (!!r.associationId && hosts.has(r.associationId));
        return [r.id, { owner, manager, approver: approvable.has(r.organizationId) && !owner }];
      }),
    );
  }

  async of(m: EntityManager, caller: Caller, route: LearningRouteEntity): Promise<RouteRights> {
    return (await this.rights(m, caller, [route])).get(route.id)!;
  }
}
