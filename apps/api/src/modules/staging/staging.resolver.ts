import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { StagingSitesArgs } from './dto/staging.args';
import { CreateStagingSiteInput, InternshipModuleInput, InternshipProgramInput, InternshipTrackInput, StagingSiteInput } from './dto/staging.input';
import { InternshipProgramObject, StagingSiteConnection, StagingSiteObject } from './dto/staging.object';
import { StagingService } from './staging.service';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);

@Resolver(() => StagingSiteObject)
export class StagingResolver {
  constructor(private readonly service: StagingService) {}

  @Policy(Permission.STAGING_READ)
  @Query(() => StagingSiteConnection, { description: 'The catalogue of staging, support and innovation sites the caller reads' })
  async stagingSites(@CurrentActor() actor: Actor, @Args() args: StagingSitesArgs) {
    const page = await this.service.list(actor.scope, args.filter, args.orderBy, args);
    const today = new Date();
    return { ...page, nodes: page.nodes.map((s) => StagingSiteObject.from(s, today)) };
  }

  @Policy(Permission.STAGING_READ)
  @Query(() => StagingSiteObject)
  async stagingSite(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return StagingSiteObject.from(await this.service.site(actor.scope, id));
  }

  @Policy(Permission.STAGING_READ)
  @Query(() => InternshipProgramObject)
  async internshipProgram(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return InternshipProgramObject.from(await this.service.program(actor.scope, id));
  }

  @Policy(Permission.STAGING_WRITE)
  @Mutation(() => StagingSiteObject)
  async createStagingSite(@CurrentActor() actor: Actor, @Args('input') input: CreateStagingSiteInput) {
    return StagingSiteObject.from(await this.service.createSite(actor, input));
  }

  @Policy(Permission.STAGING_WRITE)
  @Mutation(() => StagingSiteObject, { description: 'Replaces what the site is; kind, level, period and order only by its territory' })
  async updateStagingSite(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: StagingSiteInput) {
    return StagingSiteObject.from(await this.service.updateSite(actor, id, input));
  }

  @Policy(Permission.STAGING_WRITE)
  @Mutation(() => StagingSiteObject)
  async archiveStagingSite(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return StagingSiteObject.from(await this.service.setSiteArchived(actor, id, true));
  }

  @Policy(Permission.STAGING_WRITE)
  @Mutation(() => StagingSiteObject)
  async restoreStagingSite(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return StagingSiteObject.from(await this.service.setSiteArchived(actor, id, false));
  }

  @Policy(Permission.STAGING_WRITE)
  @Mutation(() => InternshipProgramObject)
  async createInternshipProgram(@CurrentActor() actor: Actor, @Id('siteId') siteId: string, @Args('input') input: InternshipProgramInput) {
    return InternshipProgramObject.from(await this.service.createProgram(actor, siteId, input));
  }

  @Policy(Permission.STAGING_WRITE)
  @Mutation(() => InternshipProgramObject)
  async updateInternshipProgram(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: InternshipProgramInput) {
    return InternshipProgramObject.from(await this.service.updateProgram(actor, id, input));
  }

  @Policy(Permission.STAGING_WRITE)
  @Mutation(() => InternshipProgramObject)
  async archiveInternshipProgram(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return InternshipProgramObject.from(await this.service.setProgramArchived(actor, id, true));
  }

  @Policy(Permission.STAGING_WRITE)
  @Mutation(() => InternshipProgramObject)
  async restoreInternshipProgram(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return InternshipProgramObject.from(await this.service.setProgramArchived(actor, id, false));
  }

  @Policy(Permission.STAGING_WRITE)
  @Mutation(() => InternshipProgramObject, { description: 'Adds a module at the end; answers the programme' })
  async addInternshipModule(@CurrentActor() actor: Actor, @Id('programId') programId: string, @Args('input') input: InternshipModuleInput) {
    return InternshipProgramObject.from(await this.service.addModule(actor, programId, input));
  }

  @Policy(Permission.STAGING_WRITE)
  @Mutation(() => InternshipProgramObject)
  async updateInternshipModule(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: InternshipModuleInput) {
    return InternshipProgramObject.from(await this.service.updateModule(actor, id, input));
  }

  @Policy(Permission.STAGING_WRITE)
  @Mutation(() => InternshipProgramObject, { description: 'Puts a module at a position (1-based) among the live ones' })
  async moveInternshipModule(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('position', { type: () => Int }) position: number) {
    return InternshipProgramObject.from(await this.service.moveModule(actor, id, position));
  }

  @Policy(Permission.STAGING_WRITE)
  @Mutation(() => InternshipProgramObject)
  async archiveInternshipModule(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return InternshipProgramObject.from(await this.service.setModuleArchived(actor, id, true));
  }

  @Policy(Permission.STAGING_WRITE)
  @Mutation(() => InternshipProgramObject)
  async restoreInternshipModule(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return InternshipProgramObject.from(await this.service.setModuleArchived(actor, id, false));
  }

  @Policy(Permission.STAGING_WRITE)
  @Mutation(() => InternshipProgramObject, { description: 'Adds an individual or group route through the modules' })
  async createInternshipTrack(@CurrentActor() actor: Actor, @Id('programId') programId: string, @Args('input') input: InternshipTrackInput) {
    return InternshipProgramObject.from(await this.service.createTrack(actor, programId, input));
  }

  @Policy(Permission.STAGING_WRITE)
  @Mutation(() => InternshipProgramObject)
  async updateInternshipTrack(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: InternshipTrackInput) {
    return InternshipProgramObject.from(await this.service.updateTrack(actor, id, input));
  }

  @Policy(Permission.STAGING_WRITE)
  @Mutation(() => InternshipProgramObject)
  async archiveInternshipTrack(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return InternshipProgramObject.from(await this.service.setTrackArchived(actor, id, true));
  }

  @Policy(Permission.STAGING_WRITE)
  @Mutation(() => InternshipProgramObject)
  async restoreInternshipTrack(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return InternshipProgramObject.from(await this.service.setTrackArchived(actor, id, false));
  }
}
