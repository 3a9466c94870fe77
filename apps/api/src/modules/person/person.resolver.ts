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
import { PERSON_FIELD_COLUMNS, PersonConnection, PersonObject, POSITION_FIELD_COLUMNS } from './dto/person.object';
import { ORGANIZATION_FIELD_COLUMNS } from '../organization/dto/organization.object';
import { columnsFor } from '../../common/pagination/columns';
import { PersonPrefetch } from './person.repository';
import { PersonFieldsResolver } from './person-fields.resolver';
import { PersonService } from './person.service';
import { noteAuditedByStatement, readAuditAlongside, ReadAuditContext } from '../audit/read-audit-alongside';

@Resolver(() => PersonObject)
export class PersonResolver {
  constructor(
    private readonly service: PersonService,
    private readonly fields: PersonFieldsResolver,
  ) {}

  @Policy(Permission.REGISTRY_READ)
  @Query(() => PersonConnection, { description: 'People in the caller’s scope' })
  async people(@CurrentActor() actor: Actor, @Args() args: PeopleArgs, @Info() info: GraphQLResolveInfo, @Context() context: ReadAuditContext & { req: GateRequest }) {
    // The positions and their organisations, when asked for, are read by the page's own statement; of each row only
    // the columns the selection needs (a field `columnsFor` does not know reads the whole row).
    const asked = selectedFields(info, 'nodes');
    const positions = asked.has('positions');
    const positionFields = positions ? selectedFields(info, 'nodes', 'positions') : undefined;
    const organizations = !!positionFields?.has('organization');
    const prefetch: PersonPrefetch = {
      positions,
      organizations,
      columns: columnsFor(asked, PERSON_FIELD_COLUMNS, ['id']),
      positionColumns: positionFields && columnsFor(positionFields, POSITION_FIELD_COLUMNS, ['organizationId']),
      organizationColumns: organizations ? columnsFor(selectedFields(info, 'nodes', 'positions', 'organization'), ORGANIZATION_FIELD_COLUMNS, ['id']) : undefined,
    };
    // The page's statement also writes the read audit's row of its people when they are asked for (one round trip).
    const alongside = asked.size ? readAuditAlongside(context, info) : undefined;
    const page = await this.service.list(actor.scope, args.filter, args.orderBy, args, prefetch, alongside);
    if (page.alongside) noteAuditedByStatement(context, page.nodes.map((e) => e.id));
    this.fields.prime(context.req, page.extras, prefetch);
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
