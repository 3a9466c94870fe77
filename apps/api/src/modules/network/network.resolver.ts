import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { CreateNetworkInput, NetworkEdgeInput, NetworkMemberInput, UpdateNetworkInput, UpdateNetworkMemberInput } from './dto/network.input';
import { NetworkConnection, NetworkObject, NetworkOrganizationObject } from './dto/network.object';
import { NetworksArgs, OrganizationDirectoryArgs } from './dto/networks.args';
import { NetworkService } from './network.service';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);

@Resolver(() => NetworkObject)
export class NetworkResolver {
  constructor(private readonly service: NetworkService) {}

  @Policy(Permission.NETWORK_READ)
  @Query(() => NetworkConnection, { description: 'Networks with a member in the caller’s scope' })
  async networks(@CurrentActor() actor: Actor, @Args() args: NetworksArgs) {
    const page = await this.service.list(actor.scope, args.filter, args.sort, args.first, args.after);
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
}
