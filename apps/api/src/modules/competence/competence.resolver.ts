import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { FrameworksArgs } from './dto/competence.args';
import { AreaInput, CompetenceInput, CreateFrameworkInput, IndicatorInput, UpdateFrameworkInput } from './dto/competence.input';
import { CompetencyFrameworkConnection, CompetencyFrameworkObject } from './dto/competence.object';
import { CompetenceService } from './competence.service';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);
const F = CompetencyFrameworkObject;

@Resolver()
export class CompetenceResolver {
  constructor(private readonly service: CompetenceService) {}

  @Policy(Permission.COMPETENCE_READ)
  @Query(() => CompetencyFrameworkConnection, { description: 'Competency frameworks (reference data: everyone reads), by code, newest version first' })
  async competencyFrameworks(@Args() args: FrameworksArgs) {
    const page = await this.service.list(args.filter, args.orderBy, args);
    return { ...page, nodes: page.nodes.map(F.from) };
  }

  @Policy(Permission.COMPETENCE_READ)
  @Query(() => CompetencyFrameworkObject)
  async competencyFramework(@Id('id') id: string) {
    return F.from(await this.service.get(id));
  }

  @Policy(Permission.COMPETENCE_WRITE)
  @Mutation(() => F, { description: 'A new framework: a DRAFT, version 1' })
  async createCompetencyFramework(@CurrentActor() actor: Actor, @Args('input') input: CreateFrameworkInput) {
    return F.from(await this.service.create(actor, input));
  }

  @Policy(Permission.COMPETENCE_WRITE)
  @Mutation(() => F, { description: 'Name and description of a draft' })
  async updateCompetencyFramework(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: UpdateFrameworkInput) {
    return F.from(await this.service.update(actor, id, input));
  }

  @Policy(Permission.COMPETENCE_WRITE)
  @Mutation(() => F, { description: 'DRAFT → PUBLISHED; the previously published version of the code becomes RETIRED' })
  async publishCompetencyFramework(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return F.from(await this.service.publish(actor, id));
  }

  @Policy(Permission.COMPETENCE_WRITE)
  @Mutation(() => F, { description: 'A DRAFT version + 1 with a copy of the tree (same codes); one draft per code' })
  async createCompetencyFrameworkVersion(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return F.from(await this.service.newVersion(actor, id));
  }

  @Policy(Permission.COMPETENCE_WRITE)
  @Mutation(() => F)
  async archiveCompetencyFramework(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return F.from(await this.service.setArchived(actor, id, true));
  }

  @Policy(Permission.COMPETENCE_WRITE)
  @Mutation(() => F)
  async restoreCompetencyFramework(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return F.from(await this.service.setArchived(actor, id, false));
  }

  @Policy(Permission.COMPETENCE_WRITE)
  @Mutation(() => F, { description: 'Adds an area to a draft framework' })
  async addCompetenceArea(@CurrentActor() actor: Actor, @Id('frameworkId') frameworkId: string, @Args('input') input: AreaInput) {
    return F.from(await this.service.addArea(actor, frameworkId, input));
  }

  @Policy(Permission.COMPETENCE_WRITE)
  @Mutation(() => F)
  async updateCompetenceArea(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: AreaInput) {
    return F.from(await this.service.updateArea(actor, id, input));
  }

  @Policy(Permission.COMPETENCE_WRITE)
  @Mutation(() => F, { description: 'Removes an area with its competences' })
  async removeCompetenceArea(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return F.from(await this.service.removeArea(actor, id));
  }

  @Policy(Permission.COMPETENCE_WRITE)
  @Mutation(() => F)
  async addCompetence(@CurrentActor() actor: Actor, @Id('areaId') areaId: string, @Args('input') input: CompetenceInput) {
    return F.from(await this.service.addCompetence(actor, areaId, input));
  }

  @Policy(Permission.COMPETENCE_WRITE)
  @Mutation(() => F)
  async updateCompetence(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: CompetenceInput) {
    return F.from(await this.service.updateCompetence(actor, id, input));
  }

  @Policy(Permission.COMPETENCE_WRITE)
  @Mutation(() => F)
  async removeCompetence(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return F.from(await this.service.removeCompetence(actor, id));
  }

  @Policy(Permission.COMPETENCE_WRITE)
  @Mutation(() => F)
  async addCompetenceIndicator(@CurrentActor() actor: Actor, @Id('competenceId') competenceId: string, @Args('input') input: IndicatorInput) {
    return F.from(await this.service.addIndicator(actor, competenceId, input));
  }

  @Policy(Permission.COMPETENCE_WRITE)
  @Mutation(() => F)
  async updateCompetenceIndicator(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: IndicatorInput) {
    return F.from(await this.service.updateIndicator(actor, id, input));
  }

  @Policy(Permission.COMPETENCE_WRITE)
  @Mutation(() => F)
  async removeCompetenceIndicator(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return F.from(await this.service.removeIndicator(actor, id));
  }
}
