import { Args, Context, ID, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { selectedFields } from '../../common/graphql/selection';
import { withPageExtras } from '../../common/graphql/page-extras';
import { Actor, CurrentActor, GateRequest } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { PeopleArgs } from './dto/people.args';
import { CreatePersonInput, UpdatePersonInput } from './dto/person.input';
import { PersonConnection, PersonObject } from './dto/person.object';
import { PersonFieldsResolver } from './person-fields.resolver';
import { PersonService } from './person.service';

@Resolver(() => PersonObject)
export class PersonResolver {
  constructor(
    private readonly service: PersonService,
    private readonly fields: PersonFieldsResolver,
  ) {}

  @Policy(Permission.REGISTRY_READ)
  @Query(() => PersonConnection, { description: 'People in the caller’s scope' })
  async people(@CurrentActor() actor: Actor, @Args() args: PeopleArgs, @Info() info: GraphQLResolveInfo, @Context('req') req: GateRequest) {
    // The positions and their organisations, when asked for, are read by the page's own statement.
    const positions = selectedFields(info, 'nodes').has('positions');
    const prefetch = { positions, organizations: positions && selectedFields(info, 'nodes', 'positions').has('organization') };
    const page = await this.service.list(actor.scope, args.filter, args.orderBy, args, prefetch);
    this.fields.prime(req, page.extras);
    return { totalCount: page.totalCount, pageInfo: page.pageInfo, nodes: page.nodes.map((e) => withPageExtras(PersonObject.from(e), page.extras.get(e.id))) };
  }

  @Policy(Permission.REGISTRY_READ)
  @Query(() => PersonObject, { description: 'A person’s card (the read is audited); NOT_FOUND outside the scope' })
  async person(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return PersonObject.from(await this.service.get(actor, id));
  }

  @Policy(Permission.REGISTRY_WRITE)
  @Mutation(() => PersonObject)
  async createPerson(@CurrentActor() actor: Actor, @Args('input') input: CreatePersonInput) {
    return PersonObject.from(await this.service.create(actor, input));
  }

  @Policy(Permission.REGISTRY_WRITE)
  @Mutation(() => PersonObject)
  async updatePerson(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string, @Args('input') input: UpdatePersonInput) {
    return PersonObject.from(await this.service.update(actor, id, input));
  }

  @Policy(Permission.REGISTRY_WRITE)
  @Mutation(() => PersonObject)
  async archivePerson(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return PersonObject.from(await this.service.setArchived(actor, id, true));
  }

  @Policy(Permission.REGISTRY_WRITE)
  @Mutation(() => PersonObject)
  async restorePerson(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, UuidPipe) id: string) {
    return PersonObject.from(await this.service.setArchived(actor, id, false));
  }
}
