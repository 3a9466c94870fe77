import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { MentorshipObject } from '../mentoring/dto/mentoring.object';
import { AnswerSurveyInput, CreateSurveyInput, SurveyObject, SurveyResultsObject, SurveyTaskObject } from './dto/survey.dto';
import { SurveyService } from './survey.service';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);

@Resolver(() => SurveyObject)
export class SurveyResolver {
  constructor(private readonly service: SurveyService) {}

  @Policy(Permission.MENTORING_READ)
  @Query(() => [SurveyObject], { description: 'Questionnaires of a visible programme' })
  async surveys(@CurrentActor() actor: Actor, @Id('programId') programId: string) {
    return (await this.service.list(actor, programId)).map(SurveyObject.from);
  }

  @Policy(Permission.MENTORING_READ)
  @Query(() => [SurveyTaskObject], { description: 'Questionnaires waiting for the caller’s answer' })
  async mySurveyTasks(@CurrentActor() actor: Actor) {
    return (await this.service.tasks(actor)).map((t) => ({ ...t, survey: SurveyObject.from(t.survey), mentorship: MentorshipObject.from(t.mentorship) }));
  }

  @Policy(Permission.MENTORING_READ)
  @Query(() => SurveyResultsObject, { description: 'Aggregated answers: for the programme’s coordinators only' })
  async surveyResults(@CurrentActor() actor: Actor, @Id('surveyId') surveyId: string) {
    const r = await this.service.results(actor, surveyId);
    return { ...r, survey: SurveyObject.from(r.survey) };
  }

  @Policy(Permission.MENTORING_WRITE)
  @Mutation(() => SurveyObject)
  async createSurvey(@CurrentActor() actor: Actor, @Id('programId') programId: string, @Args('input') input: CreateSurveyInput) {
    return SurveyObject.from(await this.service.create(actor, programId, input));
  }

  @Policy(Permission.MENTORING_WRITE)
  @Mutation(() => SurveyObject)
  async closeSurvey(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return SurveyObject.from(await this.service.setClosed(actor, id, true));
  }

  @Policy(Permission.MENTORING_WRITE)
  @Mutation(() => SurveyObject)
  async reopenSurvey(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return SurveyObject.from(await this.service.setClosed(actor, id, false));
  }

  @Policy(Permission.MENTORING_READ)
  @Mutation(() => SurveyObject, { description: 'A participant answers once per mentorship' })
  async answerSurvey(@CurrentActor() actor: Actor, @Args('input') input: AnswerSurveyInput) {
    return SurveyObject.from(await this.service.answer(actor, input));
  }
}
