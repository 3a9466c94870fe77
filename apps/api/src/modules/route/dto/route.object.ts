import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JournalEntryKind, RouteEvidenceSource, RouteStatus, RouteStepKind, RouteStepStatus } from '@metodset/shared';
import { ConnectionType } from '../../../common/pagination/connection';
import { LearningRouteJournalEntryEntity } from '../learning-route-journal-entry.entity';
import { LearningRouteStepEntity } from '../learning-route-step.entity';
import { LearningRouteEntity } from '../learning-route.entity';

registerEnumType(RouteStatus, { name: 'RouteStatus' });
registerEnumType(RouteStepKind, { name: 'RouteStepKind' });
registerEnumType(RouteStepStatus, { name: 'RouteStepStatus' });
registerEnumType(RouteEvidenceSource, { name: 'RouteEvidenceSource' });
registerEnumType(JournalEntryKind, { name: 'RouteJournalEntryKind' });

@ObjectType('LearningRoute', { description: 'Индивидуальный (или групповой) образовательный маршрут — ИОМ' })
export class LearningRouteObject {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) personId!: string | null;
  @Field(() => ID, { nullable: true }) associationId!: string | null;
  @Field(() => ID) organizationId!: string;
  @Field() title!: string;
  @Field() goal!: string;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field(() => RouteStatus) status!: RouteStatus;
  @Field(() => ID, { nullable: true }) campaignId!: string | null;
  @Field(() => String, { nullable: true }) returnComment!: string | null;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field() sharedInNetwork!: boolean;
  @Field(() => Date, { nullable: true }) archivedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;

  static from(e: LearningRouteEntity): LearningRouteObject {
    const { id, personId, associationId, organizationId, title, goal, startsOn, endsOn, status, campaignId, returnComment, approvedAt, completedAt, sharedInNetwork, archivedAt, createdAt } = e;
    return { id, personId, associationId, organizationId, title, goal, startsOn, endsOn, status, campaignId, returnComment, approvedAt, completedAt, sharedInNetwork, archivedAt, createdAt };
  }
}

@ObjectType('RouteCompetence', { description: 'Компетенция (дефицит), на которую направлен маршрут, и её исходный балл' })
export class RouteCompetenceObject {
  @Field(() => ID) competenceId!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Float, { nullable: true, description: 'Score (0–100) in the baseline campaign' }) baselineScore!: number | null;
}

@ObjectType('RouteStep', { description: 'Шаг маршрута' })
export class RouteStepObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) routeId!: string;
  @Field(() => Int) position!: number;
  @Field(() => RouteStepKind) kind!: RouteStepKind;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => [ID]) competenceIds!: string[];
  @Field(() => String, { nullable: true }) startsOn!: string | null;
  @Field(() => String, { nullable: true }) endsOn!: string | null;
  @Field(() => RouteStepStatus) status!: RouteStepStatus;
  @Field(() => ID, { nullable: true }) mentorshipId!: string | null;
  /** Served by RouteStepFieldsResolver: null where the caller may not see the mentor (rule `route.stepMentor`). */
  mentorPersonId!: string | null;
  @Field(() => String, { nullable: true }) evidenceUrl!: string | null;
  @Field(() => String, { nullable: true }) evidenceFileName!: string | null;
  @Field(() => String, { nullable: true }) evidenceFileType!: string | null;
  @Field(() => Int, { nullable: true }) evidenceFileSize!: number | null;
  @Field() reflection!: string;
  @Field(() => String, { nullable: true }) completedOn!: string | null;
  /** Served by RouteStepFieldsResolver: null where the caller may not see the event. */
  eventId!: string | null;
  @Field(() => String, { nullable: true, description: 'EVENT of a series: the one occurrence' }) eventOccurrenceDate!: string | null;
  /** Served by RouteStepFieldsResolver: null where the caller may not see the module's site. */
  internshipModuleId!: string | null;
  internshipCohortId!: string | null;
  @Field(() => RouteEvidenceSource, { nullable: true, description: 'What completed the step by itself: attendance at its event or its module’s completion' })
  evidenceSource!: RouteEvidenceSource | null;

  static from(e: LearningRouteStepEntity): RouteStepObject {
    const { id, routeId, position, kind, title, description, competenceIds, startsOn, endsOn, status, mentorshipId, mentorPersonId } = e;
    const { evidenceUrl, evidenceFileName, evidenceFileType, evidenceFileSize, reflection, completedOn } = e;
    const { eventId, eventOccurrenceDate, internshipModuleId, internshipCohortId, evidenceSource } = e;
    return {
      id, routeId, position, kind, title, description, competenceIds, startsOn, endsOn, status, mentorshipId, mentorPersonId, evidenceUrl, evidenceFileName, evidenceFileType, evidenceFileSize, reflection, completedOn,
      eventId, eventOccurrenceDate, internshipModuleId, internshipCohortId, evidenceSource,
    };
  }
}

@ObjectType('RouteStepEvent', { description: 'Мероприятие, которым является шаг (только видимое вызывающему)' })
export class RouteStepEventObject {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field({ description: 'PLANNED, HELD or CANCELLED' }) status!: string;
}

@ObjectType('RouteStepModule', { description: 'Модуль стажировки, которым является шаг (только видимый вызывающему)' })
export class RouteStepModuleObject {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => Int) hours!: number;
  @Field(() => ID) programId!: string;
  @Field() programTitle!: string;
  @Field(() => ID) siteId!: string;
  @Field() siteTitle!: string;
  @Field(() => ID, { nullable: true, description: 'The cohort named by the step, when the caller sees it' }) cohortId!: string | null;
  @Field(() => String, { nullable: true }) cohortStartsOn!: string | null;
  @Field(() => String, { nullable: true }) cohortEndsOn!: string | null;
}

@ObjectType('RouteJournalEntry', { description: 'Запись «Журнала непрерывного профессионального роста»' })
export class RouteJournalEntryObject {
  @Field(() => ID) id!: string;
  @Field() occurredOn!: string;
  @Field(() => JournalEntryKind) kind!: JournalEntryKind;
  @Field() text!: string;
  @Field(() => ID, { nullable: true }) stepId!: string | null;
  @Field(() => String, { nullable: true }) authorName!: string | null;
  @Field(() => Date) createdAt!: Date;

  static from(e: LearningRouteJournalEntryEntity & { authorName?: string | null }): RouteJournalEntryObject {
    const { id, occurredOn, kind, text, stepId, createdAt } = e;
    return { id, occurredOn, kind, text, stepId, createdAt, authorName: e.authorName ?? null };
  }
}

@ObjectType('RouteEffectivenessItem', { description: 'Строка «Карты эффективности»: компетенция до и после маршрута' })
export class RouteEffectivenessItemObject {
  @Field(() => ID) competenceId!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Float, { nullable: true }) beforeScore!: number | null;
  @Field(() => String, { nullable: true, description: 'DEFICIT, NORM or PROFICIT' }) beforeLevel!: string | null;
  @Field(() => Float, { nullable: true }) afterScore!: number | null;
  @Field(() => String, { nullable: true }) afterLevel!: string | null;
  @Field(() => String, { nullable: true }) afterMeasuredOn!: string | null;
  @Field(() => String, { nullable: true }) afterCampaignName!: string | null;
  @Field(() => Float, { nullable: true }) delta!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'A deficit before that is no longer one after' }) deficitClosed!: boolean | null;
}

@ObjectType('RouteMentorSuggestion', { description: 'Предлагаемый наставник: балл и причины словами' })
export class RouteMentorSuggestionObject {
  @Field(() => ID) personId!: string;
  @Field() name!: string;
  @Field(() => Float) score!: number;
  @Field(() => [String]) reasons!: string[];
}

@ObjectType('ProposedRouteStep', { description: 'Шаг, предложенный по дефицитам педагога' })
export class ProposedRouteStepObject {
  @Field(() => RouteStepKind) kind!: RouteStepKind;
  @Field() title!: string;
  @Field(() => [ID]) competenceIds!: string[];
  @Field(() => RouteMentorSuggestionObject, { nullable: true }) mentor!: RouteMentorSuggestionObject | null;
  @Field(() => String, { nullable: true, description: 'EVENT / INTERNSHIP_MODULE: why, in words («развивает: …»)' }) reason!: string | null;
  @Field(() => String, { nullable: true }) startsOn!: string | null;
  @Field(() => String, { nullable: true }) endsOn!: string | null;
  @Field(() => ID, { nullable: true, description: 'EVENT: the upcoming event' }) eventId!: string | null;
  @Field(() => ID, { nullable: true, description: 'INTERNSHIP_MODULE: the module' }) internshipModuleId!: string | null;
  @Field(() => ID, { nullable: true, description: 'INTERNSHIP_MODULE: the earliest cohort of its programme not yet ended' }) internshipCohortId!: string | null;
}

@ObjectType('RouteDeficitOption', { description: 'Последний результат педагога по компетенции (дефицит или профицит)' })
export class RouteDeficitOptionObject {
  @Field(() => ID) competenceId!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field() frameworkCode!: string;
  @Field({ description: 'DEFICIT or PROFICIT' }) level!: string;
  @Field(() => Float) score!: number;
  @Field({ description: 'SELF, EXPERT, COMBINED or IMPORT' }) source!: string;
  @Field() measuredOn!: string;
  @Field(() => ID) campaignId!: string;
  @Field() campaignName!: string;
}

@ObjectType('RouteCompetenceOption', { description: 'Компетенция опубликованной рамки для выбора в маршрут' })
export class RouteCompetenceOptionObject {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field() frameworkCode!: string;
  @Field() areaName!: string;
}

@ObjectType('RouteEvidenceFile')
export class RouteEvidenceFileObject {
  @Field() fileName!: string;
  @Field() fileType!: string;
  @Field() contentBase64!: string;
}

@ObjectType('RouteProduct', { description: '«Диалог в сети»: продукт маршрута — выполненный шаг и его результат' })
export class RouteProductObject {
  @Field(() => ID) stepId!: string;
  @Field(() => RouteStepKind) kind!: RouteStepKind;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) completedOn!: string | null;
  @Field({ description: 'What came of the step, in the owner’s words' }) result!: string;
  @Field(() => String, { nullable: true }) evidenceUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'The evidence file (served by routeStepEvidenceFile)' }) evidenceFileName!: string | null;
}

@ObjectType('SharedRoute', { description: '«Диалог в сети»: маршрут, как его показывает владелец — достижения и продукты, без исходных баллов и журнала' })
export class SharedRouteObject {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => RouteStatus) status!: RouteStatus;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field() sharedInNetwork!: boolean;
  @Field(() => Int, { description: 'Share (0–100) of the non-cancelled steps that are done' }) progress!: number;
  @Field(() => [RouteProductObject], { description: 'Done steps with their results and evidence' }) products!: RouteProductObject[];
}

@ObjectType('RouteAchievements', { description: '«Диалог в сети»: достижения педагога на маршрутах' })
export class RouteAchievementsObject {
  @Field(() => ID) personId!: string;
  @Field() fullName!: string;
  @Field(() => String, { nullable: true }) organizationName!: string | null;
  @Field(() => [SharedRouteObject]) routes!: SharedRouteObject[];
}

@ObjectType('RouteAssociation', { description: 'Объединение, чей это групповой маршрут' })
export class RouteAssociationObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('RouteMentorship', { description: 'Наставничество, в котором педагог маршрута — наставляемый' })
export class RouteMentorshipObject {
  @Field(() => ID) id!: string;
  @Field({ description: 'PLANNED, ACTIVE, COMPLETED or STOPPED' }) status!: string;
  @Field() startsOn!: string;
  @Field() programName!: string;
  @Field({ description: 'The mentors’ full names, comma-separated' }) mentorNames!: string;
}

@ObjectType('SharedTeacher', { description: '«Диалог в сети»: педагог, открывший свои маршруты сети' })
export class SharedTeacherObject {
  @Field(() => ID) personId!: string;
  @Field() fullName!: string;
  @Field(() => String, { nullable: true }) organizationName!: string | null;
  @Field(() => Int, { description: 'Active routes shared in the network and visible to the caller' }) sharedRoutes!: number;
  @Field(() => Int, { description: 'Done steps of those routes' }) completedSteps!: number;
  @Field(() => Date, { description: 'When the newest of those routes last changed' }) latestAt!: Date;
}

export const SharedTeacherConnection = ConnectionType(SharedTeacherObject, 'SharedTeacher');
export const LearningRouteConnection = ConnectionType(LearningRouteObject, 'LearningRoute');
