import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { MentorBaseArgs, MentorshipsArgs, ProgramsArgs } from './dto/mentoring.args';
import {
  CreateMentorshipInput,
  CreateProgramInput,
  MentorProfileInput,
  MentorshipStatusInput,
  PlanSessionInput,
  RecordSessionInput,
  UpdateMentorshipInput,
  UpdateProgramInput,
} from './dto/mentoring.input';
import {
  MentoringProgramConnection,
  MentoringProgramObject,
  MentorProfileConnection,
  MentorProfileObject,
  MentorshipConnection,
  MentorshipObject,
} from './dto/mentoring.object';
import { MentoringService } from './mentoring.service';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);

@Resolver()
export class MentoringResolver {
  constructor(private readonly service: MentoringService) {}

  @Policy(Permission.MENTORING_READ)
  @Query(() => MentoringProgramConnection, { description: 'Programmes hosted in the caller’s scope, or that the caller takes part in' })
  async mentoringPrograms(@CurrentActor() actor: Actor, @Args() args: ProgramsArgs) {
    const page = await this.service.listPrograms(actor, args.filter, args.orderBy, args);
    return { ...page, nodes: page.nodes.map(MentoringProgramObject.from) };
  }

  @Policy(Permission.MENTORING_READ)
  @Query(() => MentoringProgramObject)
  async mentoringProgram(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return MentoringProgramObject.from(await this.service.getProgram(actor, id));
  }

  @Policy(Permission.MENTORING_READ)
  @Query(() => MentorProfileConnection, { description: 'The mentor base: people in the caller’s scope with a mentor profile' })
  async mentorBase(@CurrentActor() actor: Actor, @Args() args: MentorBaseArgs) {
    const page = await this.service.listMentors(actor.scope, args.filter, args.orderBy, args);
    return { ...page, nodes: page.nodes.map(MentorProfileObject.from) };
  }

  @Policy(Permission.MENTORING_READ)
  @Query(() => MentorshipConnection, { description: 'Mentorships of visible programmes, and the caller’s own' })
  async mentorships(@CurrentActor() actor: Actor, @Args() args: MentorshipsArgs) {
    const page = await this.service.listMentorships(actor, args.filter, args.orderBy, args);
    return { ...page, nodes: page.nodes.map(MentorshipObject.from) };
  }

  @Policy(Permission.MENTORING_READ)
  @Query(() => MentorshipObject)
  async mentorship(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return MentorshipObject.from(await this.service.getMentorship(actor, id));
  }

  @Policy(Permission.MENTORING_WRITE)
  @Mutation(() => MentoringProgramObject)
  async createMentoringProgram(@CurrentActor() actor: Actor, @Args('input') input: CreateProgramInput) {
    return MentoringProgramObject.from(await this.service.createProgram(actor, input));
  }

  @Policy(Permission.MENTORING_WRITE)
  @Mutation(() => MentoringProgramObject)
  async updateMentoringProgram(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: UpdateProgramInput) {
    return MentoringProgramObject.from(await this.service.updateProgram(actor, id, input));
  }

  @Policy(Permission.MENTORING_WRITE)
  @Mutation(() => MentoringProgramObject)
  async archiveMentoringProgram(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return MentoringProgramObject.from(await this.service.setProgramArchived(actor, id, true));
  }

  @Policy(Permission.MENTORING_WRITE)
  @Mutation(() => MentoringProgramObject)
  async restoreMentoringProgram(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return MentoringProgramObject.from(await this.service.setProgramArchived(actor, id, false));
  }

  @Policy(Permission.MENTORING_WRITE)
  @Mutation(() => MentorProfileObject, { description: 'Creates or changes a person’s entry in the mentor base' })
  async saveMentorProfile(@CurrentActor() actor: Actor, @Id('personId') personId: string, @Args('input') input: MentorProfileInput) {
    return MentorProfileObject.from(await this.service.saveMentorProfile(actor, personId, input));
  }

  @Policy(Permission.MENTORING_WRITE)
  @Mutation(() => MentorshipObject, { description: 'Forms a pair, triad or group; mentors’ capacity across programmes is enforced' })
  async createMentorship(@CurrentActor() actor: Actor, @Id('programId') programId: string, @Args('input') input: CreateMentorshipInput) {
    return MentorshipObject.from(await this.service.createMentorship(actor, programId, input));
  }

  @Policy(Permission.MENTORING_WRITE)
  @Mutation(() => MentorshipObject)
  async updateMentorship(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: UpdateMentorshipInput) {
    return MentorshipObject.from(await this.service.updateMentorship(actor, id, input));
  }

  @Policy(Permission.MENTORING_WRITE)
  @Mutation(() => MentorshipObject, { description: 'planned → active → completed, or stopped with a reason' })
  async setMentorshipStatus(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: MentorshipStatusInput) {
    return MentorshipObject.from(await this.service.setMentorshipStatus(actor, id, input));
  }

  @Policy(Permission.MENTORSHIP_LOG)
  @Mutation(() => MentorshipObject, { description: 'Adds a meeting to the plan' })
  async planMentorshipSession(@CurrentActor() actor: Actor, @Id('mentorshipId') mentorshipId: string, @Args('input') input: PlanSessionInput) {
    return MentorshipObject.from(await this.service.planSession(actor, mentorshipId, input));
  }

  @Policy(Permission.MENTORSHIP_LOG)
  @Mutation(() => MentorshipObject, { description: 'Records that a planned meeting was held' })
  async recordMentorshipSession(@CurrentActor() actor: Actor, @Id('sessionId') sessionId: string, @Args('input') input: RecordSessionInput) {
    return MentorshipObject.from(await this.service.recordSession(actor, sessionId, input));
  }
}
