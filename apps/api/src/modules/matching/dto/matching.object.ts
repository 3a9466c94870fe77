import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssignmentPlanStatus } from '@metodset/shared';
import { PersonCardObject } from '../../person/dto/person-card.object';
import { AssignmentPlanItemEntity } from '../assignment-plan-item.entity';
import { AssignmentPlanEntity } from '../assignment-plan.entity';

registerEnumType(AssignmentPlanStatus, { name: 'AssignmentPlanStatus' });

@ObjectType('MentorSuggestion', { description: 'Наставник, подходящий наставляемому: оценка и причины словами' })
export class MentorSuggestionObject {
  @Field(() => PersonCardObject) mentor!: PersonCardObject;
  @Field(() => Int) score!: number;
  @Field(() => [String]) reasons!: string[];
  @Field(() => Int) capacity!: number;
  @Field(() => Int, { description: 'Mentees now, all programmes' }) load!: number;
  @Field(() => Int) freePlaces!: number;
}

@ObjectType('MentorSuggestions')
export class MentorSuggestionsObject {
  @Field(() => PersonCardObject) mentee!: PersonCardObject;
  @Field(() => [String], { description: 'The mentee’s deficits (competence names) in the latest results' })
  deficits!: string[];
  @Field(() => [MentorSuggestionObject], { description: 'Best first: mentors with free places, then by score' })
  suggestions!: MentorSuggestionObject[];
}

@ObjectType('AssignmentPlanItem', { description: 'Наставляемый и предложенный (или выбранный вручную) наставник' })
export class AssignmentPlanItemObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) planId!: string;
  @Field(() => ID) menteePersonId!: string;
  @Field(() => ID, { nullable: true }) mentorPersonId!: string | null;
  @Field(() => Float) score!: number;
  @Field(() => [String]) reasons!: string[];
  @Field() isManual!: boolean;

  static from(e: AssignmentPlanItemEntity): AssignmentPlanItemObject {
    const { id, planId, menteePersonId, mentorPersonId, score, reasons, isManual } = e;
    return { id, planId, menteePersonId, mentorPersonId, score, reasons, isManual };
  }
}

@ObjectType('AssignmentPlanMentor', { description: 'A mentor one may choose in the plan, with the places left' })
export class AssignmentPlanMentorObject {
  @Field(() => PersonCardObject) person!: PersonCardObject;
  @Field(() => Int) capacity!: number;
  @Field(() => Int, { description: 'Mentees now, all programmes' }) load!: number;
  @Field(() => Int, { description: 'Mentees given to this mentor in the plan' }) inPlan!: number;
  @Field(() => Int, { description: 'Places left after the plan' }) freePlaces!: number;
}

@ObjectType('AssignmentPlan', { description: 'Проект распределения наставляемых по наставникам программы' })
export class AssignmentPlanObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) programId!: string;
  @Field(() => AssignmentPlanStatus) status!: AssignmentPlanStatus;
  @Field(() => Float, { description: 'Total fit of the plan as it stands' }) totalScore!: number;
  @Field(() => Float, { nullable: true, description: 'Total fit a greedy assignment reached on the same cohort' }) greedyScore!: number | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;

  static from(e: AssignmentPlanEntity): AssignmentPlanObject {
    const { id, programId, status, totalScore, greedyScore, createdAt, publishedAt } = e;
    return { id, programId, status, totalScore, greedyScore, createdAt, publishedAt };
  }
}

@ObjectType('AssignmentReplan', { description: 'A re-plan of a draft: the plan and how many pairs stayed, moved, came or went' })
export class AssignmentReplanObject {
  @Field(() => AssignmentPlanObject) plan!: AssignmentPlanObject;
  @Field(() => Int, { description: 'Mentees who keep their mentor' }) kept!: number;
  @Field(() => Int, { description: 'Mentees who get another mentor' }) moved!: number;
  @Field(() => Int, { description: 'Mentees who get a mentor they did not have' }) added!: number;
  @Field(() => Int, { description: 'Mentees left without a mentor they had' }) dropped!: number;
}

@ObjectType('SchoolPairSuggestion', { description: 'Какая сильная школа могла бы поддержать слабую' })
export class SchoolPairSuggestionObject {
  @Field(() => ID) strongOrganizationId!: string;
  @Field() strongOrganizationName!: string;
  @Field(() => ID) weakOrganizationId!: string;
  @Field() weakOrganizationName!: string;
  @Field(() => Int) score!: number;
  @Field(() => [String]) reasons!: string[];
}
