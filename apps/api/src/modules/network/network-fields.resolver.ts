import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AGREEMENT_EXPIRY_WARNING_DAYS, NetworkMemberRole, NetworkMemberStatus } from '@metodset/shared';
import { GateRequest } from '../../common/auth/actor';
import { byKeys, groupByKeys, loaderFor } from '../../common/graphql/loaders';
import { expiryWindow } from './agreement-file';
import { AgreementService } from './agreement.service';
import { AgreementEntity } from './agreement.entity';
import { AgreementObject } from './dto/agreement.object';
import { NetworkEdgeObject, NetworkInvitationObject, NetworkMemberObject, NetworkObject, NetworkOrganizationObject } from './dto/network.object';
import { NetworkEdgeEntity } from './network-edge.entity';
import { NetworkMemberEntity } from './network-member.entity';
import { DirectoryRow } from './network.repository';
import { NetworkConsentService } from './network-consent.service';
import { NetworkService } from './network.service';

/** Organisations of network pages, batched per request. */
function organization(req: object, service: NetworkService, id: string): Promise<NetworkOrganizationObject> {
  return loaderFor<string, DirectoryRow | null>(req, 'network.organization', async (ids) =>
    byKeys(ids, await service.directoryByIds(ids), (r) => r.id, null),
  )
    .load(id)
    .then((r) => {
      if (!r) throw new Error(`organisation ${id} missing`);
      return r as NetworkOrganizationObject;
    });
}

/** Display names of accounts, batched per request. */
async function accountName(req: object, service: NetworkConsentService, id: string | null): Promise<string | null> {
  if (!id) return null;
  return loaderFor<string, string | null>(req, 'network.accountName', async (ids) => {
    const names = await service.accountNames(ids);
    return ids.map((x) => names.get(x) ?? null);
  }).load(id);
}

@Resolver(() => NetworkObject)
export class NetworkFieldsResolver {
  constructor(
    private readonly networks: NetworkService,
    private readonly agreementService: AgreementService,
  ) {}

  @ResolveField(() => NetworkOrganizationObject)
  coordinator(@Parent() n: NetworkObject, @Context('req') req: object) {
    return organization(req, this.networks, n.coordinatorOrganizationId);
  }

  @ResolveField(() => Int)
  memberCount(@Parent() n: NetworkObject, @Context('req') req: object): Promise<number> {
    return loaderFor<string, number>(req, 'network.memberCount', async (ids) => {
      const counts = await this.networks.memberCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }).load(n.id);
  }

  @ResolveField(() => [NetworkMemberObject], { description: 'Strongest level first' })
  async members(@Parent() n: NetworkObject, @Context('req') req: object) {
    const rows = await loaderFor<string, NetworkMemberEntity[]>(req, 'network.members', async (ids) =>
      groupByKeys(ids, await this.networks.membersOf(ids), (m) => m.networkId),
    ).load(n.id);
    return rows.map(NetworkMemberObject.from);
  }

  @ResolveField(() => [NetworkEdgeObject])
  async edges(@Parent() n: NetworkObject, @Context('req') req: object) {
    const rows = await loaderFor<string, NetworkEdgeEntity[]>(req, 'network.edges', async (ids) =>
      groupByKeys(ids, await this.networks.edgesOf(ids), (e) => e.networkId),
    ).load(n.id);
    return rows.map(NetworkEdgeObject.from);
  }

  @ResolveField(() => [AgreementObject], { description: 'Newest first, archived included' })
  async agreements(@Parent() n: NetworkObject, @Context('req') req: object) {
    const rows = await loaderFor<string, AgreementEntity[]>(req, 'network.agreements', async (ids) =>
      groupByKeys(ids, await this.agreementService.byNetworkIds(ids), (a) => a.networkId),
    ).load(n.id);
    return rows.map(AgreementObject.from);
  }

  @ResolveField(() => Boolean, { description: 'The caller coordinates this network and may change it' })
  canEdit(@Parent() n: NetworkObject, @Context('req') req: GateRequest): Promise<boolean> {
    return loaderFor<string, boolean>(req, 'network.canEdit', async (ids) => {
      const editable = req.user ? await this.networks.editable(req.user, ids) : new Set<string>();
      return ids.map((id) => editable.has(id));
    }).load(n.id);
  }
}

@Resolver(() => NetworkMemberObject)
export class NetworkMemberFieldsResolver {
  constructor(
    private readonly networks: NetworkService,
    private readonly consent: NetworkConsentService,
  ) {}

  @ResolveField(() => NetworkOrganizationObject)
  organization(@Parent() m: NetworkMemberObject, @Context('req') req: object) {
    return organization(req, this.networks, m.organizationId);
  }

  @ResolveField(() => String, { nullable: true, description: 'Who invited the organisation (null: added directly)' })
  invitedByName(@Parent() m: NetworkMemberObject, @Context('req') req: object): Promise<string | null> {
    return accountName(req, this.consent, m.invitedByAccountId);
  }

  @ResolveField(() => String, { nullable: true, description: 'Who answered for the organisation last' })
  respondedByName(@Parent() m: NetworkMemberObject, @Context('req') req: object): Promise<string | null> {
    return accountName(req, this.consent, m.respondedByAccountId);
  }

  @ResolveField(() => Boolean, { description: 'The caller acts for this member organisation and may take it out of the network (not the coordinator)' })
  canLeave(@Parent() m: NetworkMemberObject, @Context('req') req: GateRequest): Promise<boolean> {
    return loaderFor<NetworkMemberObject, boolean>(req, 'networkMember.canLeave', async (members) => {
      const ok = req.user ? await this.consent.leavable(req.user, members) : new Set<string>();
      return members.map((x) => ok.has(x.organizationId) && x.status === NetworkMemberStatus.ACCEPTED && x.role !== NetworkMemberRole.COORDINATOR);
    }).load(m);
  }
}

@Resolver(() => NetworkInvitationObject)
export class NetworkInvitationFieldsResolver {
  constructor(private readonly networks: NetworkService) {}

  @ResolveField(() => NetworkOrganizationObject)
  coordinator(@Parent() i: NetworkInvitationObject, @Context('req') req: object) {
    return organization(req, this.networks, i.coordinatorOrganizationId);
  }

  @ResolveField(() => NetworkOrganizationObject, { description: 'The invited organisation' })
  organization(@Parent() i: NetworkInvitationObject, @Context('req') req: object) {
    return organization(req, this.networks, i.organizationId);
  }
}

@Resolver(() => AgreementObject)
export class AgreementFieldsResolver {
  constructor(
    private readonly networks: NetworkService,
    private readonly agreements: AgreementService,
  ) {}

  @ResolveField(() => [NetworkOrganizationObject])
  async parties(@Parent() a: AgreementObject, @Context('req') req: object) {
    const ids = await loaderFor<string, string[]>(req, 'agreement.parties', async (keys) =>
      groupByKeys(keys, await this.agreements.partiesOf(keys), (p) => p.agreementId).map((ps) => ps.map((p) => p.organizationId)),
    ).load(a.id);
    return Promise.all(ids.map((id) => organization(req, this.networks, id)));
  }

  @ResolveField(() => Boolean, { description: 'Active and ending within the warning period' })
  isExpiring(@Parent() a: AgreementObject): boolean {
    if (!a.endsOn || a.archivedAt) return false;
    const { today, until } = expiryWindow(AGREEMENT_EXPIRY_WARNING_DAYS);
    return a.endsOn >= today && a.endsOn <= until;
  }
}
