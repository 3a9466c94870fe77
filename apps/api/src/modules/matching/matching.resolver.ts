import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { JobObject } from '../../common/jobs/job.object';
import { AssignmentPlanJob } from './assignment-plan.job';
import { CreateAssignmentPlanInput, MentorSuggestionsArgs, SchoolPairSuggestionsArgs } from './dto/matching.input';
import { AssignmentPlanObject, AssignmentReplanObject, MentorSuggestionsObject, SchoolPairSuggestionObject } from './dto/matching.object';
import { MatchingService } from './matching.service';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);

@Resolver()
export class MatchingResolver {
  constructor(
    private readonly service: MatchingService,
    private readonly planJob: AssignmentPlanJob,
  ) {}

  @Policy(Permission.MATCHING)
  @Query(() => MentorSuggestionsObject, { description: 'Mentors for a mentee from the mentor base, ranked, with the score and the reasons in words' })
  mentorSuggestions(@CurrentActor() actor: Actor, @Args() args: MentorSuggestionsArgs) {
    return this.service.mentorSuggestions(actor.scope, args);
  }

  @Policy(Permission.MATCHING)
  @Query(() => AssignmentPlanObject)
  async assignmentPlan(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return AssignmentPlanObject.from(await this.service.getPlan(actor.scope, id));
  }

  @Policy(Permission.MATCHING)
  @Query(() => [AssignmentPlanObject], { description: 'Assignment plans of a programme, newest first' })
  async assignmentPlans(@CurrentActor() actor: Actor, @Id('programId') programId: string) {
    return (await this.service.listPlans(actor.scope, programId)).map(AssignmentPlanObject.from);
  }

  @Policy(Permission.MATCHING)
  @Query(() => [SchoolPairSuggestionObject], { description: 'Which strong school could support which weak one, in a network or a municipality' })
  schoolPairSuggestions(@CurrentActor() actor: Actor, @Args() args: SchoolPairSuggestionsArgs) {
    return this.service.schoolPairSuggestions(actor.scope, args);
  }

  @Policy(Permission.MATCHING)
  @Mutation(() => AssignmentPlanObject, { description: 'Proposes the optimal assignment of a cohort to mentors (maximum total fit within free places)' })
  async createAssignmentPlan(
    @CurrentActor() actor: Actor,
    @Id('programId') programId: string,
    @Args('input', { type: () => CreateAssignmentPlanInput, nullable: true }) input: CreateAssignmentPlanInput,
  ) {
    return AssignmentPlanObject.from(await this.service.createPlan(actor, programId, input ?? {}));
  }

  @Policy(Permission.MATCHING)
  @Mutation(() => JobObject, {
    description: 'Computes the optimal assignment as a background job of the caller (progress 0–100 as the solver goes); the plan appears among the programme’s plans when the job is done',
  })
  async startAssignmentPlan(
    @CurrentActor() actor: Actor,
    @Id('programId') programId: string,
    @Args('input', { type: () => CreateAssignmentPlanInput, nullable: true }) input: CreateAssignmentPlanInput,
  ) {
    return JobObject.from(await this.planJob.enqueue(actor, programId, input ?? {}));
  }

  @Policy(Permission.MATCHING)
  @Mutation(() => AssignmentReplanObject, {
    description: 'Re-plans a draft for the mentor base as it is now (mentors left or filled up): the best total, keeping as many of the draft’s pairs as that total allows',
  })
  async replanAssignmentPlan(@CurrentActor() actor: Actor, @Id('id') id: string) {
    const r = await this.service.replan(actor, id);
    return { ...r, plan: AssignmentPlanObject.from(r.plan) };
  }

  @Policy(Permission.MATCHING)
  @Mutation(() => AssignmentPlanObject, { description: 'Gives a mentee another mentor (or none); capacity is checked' })
  async setAssignmentPlanItem(
    @CurrentActor() actor: Actor,
    @Id('itemId') itemId: string,
    @Args('mentorPersonId', { type: () => ID, nullable: true }, UuidPipe) mentorPersonId?: string | null,
  ) {
    return AssignmentPlanObject.from(await this.service.setItem(actor, itemId, mentorPersonId ?? null));
  }

  @Policy(Permission.MATCHING)
  @Mutation(() => AssignmentPlanObject, { description: 'Creates the planned mentorships of the plan in one transaction' })
  async publishAssignmentPlan(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return AssignmentPlanObject.from(await this.service.publish(actor, id));
  }

  @Policy(Permission.MATCHING)
  @Mutation(() => AssignmentPlanObject)
  async discardAssignmentPlan(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return AssignmentPlanObject.from(await this.service.discard(actor, id));
  }
}
