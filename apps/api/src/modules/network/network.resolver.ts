import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { CreateNetworkInput, NetworkEdgeInput, NetworkMemberInput, UpdateNetworkInput, UpdateNetworkMemberInput } from './dto/network.input';
import { NetworkConnection, NetworkInvitationObject, NetworkMemberObject, NetworkObject, NetworkOrganizationObject } from './dto/network.object';
import { NetworksArgs, OrganizationDirectoryArgs } from './dto/networks.args';
import { NetworkModel, NetworkMemberRole } from '@metodset/shared';
import { NetworkConsentService } from './network-consent.service';
import { NetworkService } from './network.service';

/** What an organisation shares by joining a network: shown with every invitation. */
export const JOINING_SHARES = [
  'Сотрудники организации участвуют в диагностиках, программах и объединениях сети',
  'Координатор сети видит их результаты в рамках сети',
  'Организация может выйти из сети; уже сделанные записи сохраняются',
];

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);

@Resolver(() => NetworkObject)
export class NetworkResolver {
  constructor(
    private readonly service: NetworkService,
    private readonly consent: NetworkConsentService,
  ) {}

  @Policy(Permission.NETWORK_READ)
  @Query(() => NetworkConnection, { description: 'Networks with a member in the caller’s scope' })
  async networks(@CurrentActor() actor: Actor, @Args() args: NetworksArgs) {
    const page = await this.service.list(actor.scope, args.filter, args.orderBy, args);
    return { ...page, nodes: page.nodes.map(NetworkObject.from) };
  }

  @Policy(Permission.NETWORK_READ)
  @Query(() => NetworkObject)
  async network(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return NetworkObject.from(await this.service.get(actor.scope, id));
  }

  @Policy(Permission.NETWORK_WRITE)
  @Query(() => [NetworkOrganizationObject], { description: 'Organisations of any region to add to a network (public name and place only)' })
  organizationDirectory(@Args() args: OrganizationDirectoryArgs) {
    return this.service.directorySearch(args.search, args.first);
  }

  @Policy(Permission.NETWORK_WRITE)
  @Mutation(() => NetworkObject)
  async createNetwork(@CurrentActor() actor: Actor, @Args('input') input: CreateNetworkInput) {
    return NetworkObject.from(await this.service.create(actor, input));
  }

  @Policy(Permission.NETWORK_WRITE)
  @Mutation(() => NetworkObject)
  async updateNetwork(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: UpdateNetworkInput) {
    return NetworkObject.from(await this.service.update(actor, id, input));
  }

  @Policy(Permission.NETWORK_WRITE)
  @Mutation(() => NetworkObject)
  async archiveNetwork(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return NetworkObject.from(await this.service.setArchived(actor, id, true));
  }

  @Policy(Permission.NETWORK_WRITE)
  @Mutation(() => NetworkObject)
  async restoreNetwork(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return NetworkObject.from(await this.service.setArchived(actor, id, false));
  }

  @Policy(Permission.NETWORK_WRITE)
  @Mutation(() => NetworkObject, { description: 'Adds an organisation; answers the network' })
  async addNetworkMember(@CurrentActor() actor: Actor, @Id('networkId') networkId: string, @Args('input') input: NetworkMemberInput) {
    return NetworkObject.from(await this.service.addMember(actor, networkId, input));
  }

  @Policy(Permission.NETWORK_WRITE)
  @Mutation(() => NetworkObject)
  async updateNetworkMember(@CurrentActor() actor: Actor, @Id('memberId') memberId: string, @Args('input') input: UpdateNetworkMemberInput) {
    return NetworkObject.from(await this.service.updateMember(actor, memberId, input));
  }

  @Policy(Permission.NETWORK_WRITE)
  @Mutation(() => NetworkObject, { description: 'Removes a member and its links' })
  async removeNetworkMember(@CurrentActor() actor: Actor, @Id('memberId') memberId: string) {
    return NetworkObject.from(await this.service.removeMember(actor, memberId));
  }

  @Policy(Permission.NETWORK_WRITE)
  @Mutation(() => NetworkObject, { description: 'Adds a support or consultation link; the model’s rules are enforced' })
  async addNetworkEdge(@CurrentActor() actor: Actor, @Id('networkId') networkId: string, @Args('input') input: NetworkEdgeInput) {
    return NetworkObject.from(await this.service.addEdge(actor, networkId, input));
  }

  @Policy(Permission.NETWORK_WRITE)
  @Mutation(() => NetworkObject)
  async removeNetworkEdge(@CurrentActor() actor: Actor, @Id('edgeId') edgeId: string) {
    return NetworkObject.from(await this.service.removeEdge(actor, edgeId));
  }

  @Policy(Permission.NETWORK_READ)
  @Query(() => [NetworkInvitationObject], { description: 'Pending invitations addressed to organisations the caller acts for (their admin, their municipality’s methodist)' })
  async networkInvitations(@CurrentActor() actor: Actor): Promise<NetworkInvitationObject[]> {
    const rows = await this.consent.invitations(actor.user);
    return rows.map((r) => ({ ...r, networkModel: r.networkModel as NetworkModel, role: r.role as NetworkMemberRole, shares: JOINING_SHARES }));
  }

  @Policy(Permission.NETWORK_WRITE)
  @Mutation(() => NetworkMemberObject, { description: 'The invited organisation joins: from now on it takes part in the network' })
  async acceptNetworkInvitation(@CurrentActor() actor: Actor, @Id('memberId') memberId: string) {
    return NetworkMemberObject.from(await this.consent.respond(actor, memberId, 'accept'));
  }

  @Policy(Permission.NETWORK_WRITE)
  @Mutation(() => NetworkMemberObject, { description: 'The invited organisation declines; it can be invited again' })
  async declineNetworkInvitation(@CurrentActor() actor: Actor, @Id('memberId') memberId: string) {
    return NetworkMemberObject.from(await this.consent.respond(actor, memberId, 'decline'));
  }

  @Policy(Permission.NETWORK_WRITE)
  @Mutation(() => NetworkMemberObject, { description: 'A member organisation leaves: nothing more is shared; existing records stay. The coordinator cannot leave' })
  async leaveNetwork(@CurrentActor() actor: Actor, @Id('memberId') memberId: string) {
    return NetworkMemberObject.from(await this.consent.respond(actor, memberId, 'leave'));
  }
}
