import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { ApiClientsArgs } from './dto/api-client.args';
import { CreateApiClientInput, RotateApiClientSecretInput, UpdateApiClientInput } from './dto/api-client.input';
import { ApiClientConnection, ApiClientObject, IssuedApiClientSecretObject } from './dto/api-client.object';
import { ApiClientService, Issued, ManagingCaller } from './api-client.service';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);
const callerOf = (actor: Actor): ManagingCaller => ({ accountId: actor.user.accountId, grants: actor.user.grants, personId: actor.user.personId });
const issued = (r: Issued): IssuedApiClientSecretObject => ({ client: ApiClientObject.from(r.client), secret: r.secret });

/** API clients of regional systems: kept by platform and regional admins inside their scope. */
@Resolver(() => ApiClientObject)
export class ApiClientResolver {
  constructor(private readonly service: ApiClientService) {}

  @Policy(Permission.API_CLIENT_MANAGE)
  @Query(() => ApiClientConnection, { description: 'API clients whose scope lies in the caller’s' })
  async apiClients(@CurrentActor() actor: Actor, @Args() args: ApiClientsArgs) {
    const page = await this.service.list(callerOf(actor), args.filter, args.orderBy, args);
    return { ...page, nodes: page.nodes.map(ApiClientObject.from) };
  }

  @Policy(Permission.API_CLIENT_MANAGE)
  @Query(() => ApiClientObject)
  async apiClient(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return ApiClientObject.from(await this.service.get(callerOf(actor), id));
  }

  @Policy(Permission.API_CLIENT_MANAGE)
  @Mutation(() => IssuedApiClientSecretObject, { description: 'A new client and its first secret (shown this once)' })
  async createApiClient(@CurrentActor() actor: Actor, @Args('input') input: CreateApiClientInput) {
    return issued(await this.service.create(callerOf(actor), input));
  }

  @Policy(Permission.API_CLIENT_MANAGE)
  @Mutation(() => ApiClientObject)
  async updateApiClient(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: UpdateApiClientInput) {
    return ApiClientObject.from(await this.service.update(callerOf(actor), id, input));
  }

  @Policy(Permission.API_CLIENT_MANAGE)
  @Mutation(() => IssuedApiClientSecretObject, { description: 'A new secret (shown this once); the old ones stay valid for the overlap' })
  async rotateApiClientSecret(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: RotateApiClientSecretInput) {
    return issued(await this.service.rotate(callerOf(actor), id, input.overlapHours));
  }

  @Policy(Permission.API_CLIENT_MANAGE)
  @Mutation(() => ApiClientObject, { description: 'Every secret of the client is refused from now on' })
  async revokeApiClientSecrets(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return ApiClientObject.from(await this.service.revoke(callerOf(actor), id));
  }

  @Policy(Permission.API_CLIENT_MANAGE)
  @Mutation(() => ApiClientObject)
  async archiveApiClient(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return ApiClientObject.from(await this.service.setArchived(callerOf(actor), id, true));
  }

  @Policy(Permission.API_CLIENT_MANAGE)
  @Mutation(() => ApiClientObject)
  async restoreApiClient(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return ApiClientObject.from(await this.service.setArchived(callerOf(actor), id, false));
  }
}
