import { Args, Context, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../../common/graphql/selection';
import { withPageExtras } from '../../common/graphql/page-extras';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { CreateOrganizationInput, UpdateOrganizationInput } from './dto/organization.input';
import { ORGANIZATION_FIELD_COLUMNS, OrganizationConnection, OrganizationObject } from './dto/organization.object';
import { columnsFor } from '../../common/pagination/columns';
import { OrganizationsArgs } from './dto/organizations.args';
import { OrganizationFieldsResolver } from './organization-fields.resolver';
import { OrganizationService } from './organization.service';

@Resolver(() => OrganizationObject)
export class OrganizationResolver {
  constructor(
    private readonly service: OrganizationService,
    private readonly fields: OrganizationFieldsResolver,
  ) {}

  @Policy(Permission.REGISTRY_READ)
  @Query(() => OrganizationConnection, { description: 'Organisations in the caller’s scope, filtered, sorted, paged by cursor' })
  async organizations(@CurrentActor() actor: Actor, @Args() args: OrganizationsArgs, @Info() info: GraphQLResolveInfo, @Context('req') req: object) {
    // The nodes' fields that would each cost a statement are read by the page's own statement when asked for.
    const asked = selectedFields(info, 'nodes');
    const prefetch = {
      municipality: asked.has('municipality'),
      statuses: asked.has('statuses') || asked.has('currentStatuses'),
      staffCount: asked.has('staffCount'),
      // Of each row only the columns the selection needs (a field `columnsFor` does not know reads the whole row).
      columns: columnsFor(asked, ORGANIZATION_FIELD_COLUMNS, ['id']),
    };
    const page = await this.service.list(actor.scope, args.filter, args.orderBy, args, prefetch);
    this.fields.prime(req, page.nodes, page.extras);
    return { totalCount: page.totalCount, pageInfo: page.pageInfo, nodes: page.nodes.map((e) => withPageExtras(OrganizationObject.from(e), page.extras.get(e.id))) };
  }

  @Policy(Permission.REGISTRY_READ)
  @Query(() => OrganizationObject, { description: 'One organisation; NOT_FOUND outside the caller’s scope' })
  async organization(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return OrganizationObject.from(await this.service.get(actor.scope, id));
  }

  @Policy(Permission.REGISTRY_WRITE)
  @Mutation(() => OrganizationObject)
  async createOrganization(@CurrentActor() actor: Actor, @Args('input') input: CreateOrganizationInput) {
    return OrganizationObject.from(await this.service.create(actor, input));
  }

  @Policy(Permission.REGISTRY_WRITE)
  @Mutation(() => OrganizationObject)
  async updateOrganization(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
    @Args('input') input: UpdateOrganizationInput,
  ) {
    return OrganizationObject.from(await this.service.update(actor, id, input));
  }

  @Policy(Permission.REGISTRY_WRITE)
  @Mutation(() => OrganizationObject, { description: 'Moves to the archive (restorable)' })
  async archiveOrganization(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return OrganizationObject.from(await this.service.setArchived(actor, id, true));
  }

  @Policy(Permission.REGISTRY_WRITE)
  @Mutation(() => OrganizationObject, { description: 'Brings back from the archive' })
  async restoreOrganization(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return OrganizationObject.from(await this.service.setArchived(actor, id, false));
  }
}
