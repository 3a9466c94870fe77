import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DocumentTaskState, InternshipApplicationSource, MentorshipSide, ResponseStatus, RouteStatus, SessionFormat } from '@metodset/shared';
import '../../diagnostics/dto/diagnostics.enums';
import '../../document/dto/document.object';
import '../../internship/dto/internship.object';
import '../../mentoring/dto/mentoring.object';
import '../../survey/dto/survey.dto';
import { StepDue } from '../agenda-rules';

registerEnumType(StepDue, { name: 'StepDue', description: 'OVERDUE: the step’s end has passed; SOON: it ends within 14 days' });

@ObjectType({ description: 'A person the agenda names (audited as a read of personal data)' })
export class AgendaPersonObject {
  @Field(() => ID) personId!: string;
  @Field() fullName!: string;
}

@ObjectType({ description: 'An open diagnostic waiting for the caller’s self-assessment' })
export class AgendaDiagnosticObject {
  @Field(() => ID) participantId!: string;
  @Field(() => ID) campaignId!: string;
  @Field() campaignName!: string;
  @Field() instrumentName!: string;
  @Field() closesOn!: string;
  @Field(() => ResponseStatus, { nullable: true, description: 'null: not started; DRAFT: begun' }) status!: ResponseStatus | null;
}

@ObjectType({ description: 'A step of the caller’s own route that is due soon or overdue' })
export class AgendaRouteStepObject {
  @Field(() => ID) stepId!: string;
  @Field(() => ID) routeId!: string;
  @Field() routeTitle!: string;
  @Field() title!: string;
  @Field() endsOn!: string;
  @Field(() => StepDue) due!: StepDue;
}

@ObjectType({ description: 'A route waiting for the caller’s approval' })
export class AgendaApprovalObject {
  @Field(() => ID) routeId!: string;
  @Field() title!: string;
  @Field(() => RouteStatus) status!: RouteStatus;
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field(() => String, { nullable: true, description: 'The teacher whose route it is (null for a group route)' }) fullName!: string | null;
  @Field() startsOn!: string;
}

@ObjectType({ description: 'An upcoming event the caller registered for' })
export class AgendaEventObject {
  @Field(() => ID) eventId!: string;
  @Field() title!: string;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field(() => String, { nullable: true }) place!: string | null;
}

@ObjectType({ description: 'An upcoming session of a cohort the caller was admitted to' })
export class AgendaInternshipSessionObject {
  @Field(() => ID) sessionId!: string;
  @Field(() => ID) cohortId!: string;
  @Field() cohortTitle!: string;
  @Field() topic!: string;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => String, { nullable: true }) place!: string | null;
}

@ObjectType({ description: 'An internship application waiting for the caller’s decision (the caller runs its cohort)' })
export class AgendaInternshipApplicationObject {
  @Field(() => ID) applicationId!: string;
  @Field(() => ID) cohortId!: string;
  @Field() cohortTitle!: string;
  @Field() cohortStartsOn!: string;
  @Field(() => ID) personId!: string;
  @Field({ description: 'The teacher who applied or was nominated' }) fullName!: string;
  @Field(() => InternshipApplicationSource) source!: InternshipApplicationSource;
  @Field() submittedAt!: Date;
}

@ObjectType({ description: 'A task of an order (пункт приказа) naming the caller as responsible, not done yet' })
export class AgendaDocumentTaskObject {
  @Field(() => ID) taskId!: string;
  @Field(() => ID) documentId!: string;
  @Field({ description: 'The order’s title' }) documentTitle!: string;
  @Field({ description: 'The order’s number as written' }) documentNumber!: string;
  @Field({ description: 'The point’s number as written («4.»)' }) number!: string;
  @Field() text!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueOn!: string | null;
  @Field(() => DocumentTaskState, { description: 'PLANNED or OVERDUE' }) state!: DocumentTaskState;
}

@ObjectType({ description: 'A meeting of a mentoring pair (or group) the caller belongs to, not yet held' })
export class AgendaMeetingObject {
  @Field(() => ID) sessionId!: string;
  @Field(() => ID) mentorshipId!: string;
  @Field() plannedOn!: string;
  @Field() topic!: string;
  @Field(() => SessionFormat) format!: SessionFormat;
  @Field(() => MentorshipSide, { description: 'The caller’s side in the pair' }) side!: MentorshipSide;
  @Field(() => [AgendaPersonObject], { description: 'The other side: mentees of a mentor, mentors of a mentee' }) others!: AgendaPersonObject[];
}

@ObjectType({ description: 'A questionnaire waiting for the caller’s answer' })
export class AgendaSurveyObject {
  @Field(() => ID) surveyId!: string;
  @Field() title!: string;
  @Field(() => ID) mentorshipId!: string;
  @Field() programName!: string;
}

@ObjectType({ description: '«Моя страница»: what waits for the caller. Each block resolves on its own, so one failing block leaves the others.' })
export class AgendaObject {
  @Field({ description: 'The day the agenda is computed for (YYYY-MM-DD)' }) today!: string;
}

@ObjectType({ description: 'The school page: what the school’s administration acts on' })
export class SchoolHomeObject {
  @Field(() => ID) organizationId!: string;
  @Field() organizationName!: string;
  @Field() today!: string;
}

export const AGENDA_LIMIT = 20;
