import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';

/** The largest cohort one plan takes in an explicit list. */
export const PLAN_MENTEES_MAX = 5000;

@InputType()
export class MatchPreferencesInput {
  @Field(() => Boolean, { nullable: true, description: 'Prefer a mentor from another school' })
  @IsOptional()
  @IsBoolean({ message: 'Укажите да или нет' })
  otherSchool?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Prefer a mentor from the same municipality' })
  @IsOptional()
  @IsBoolean({ message: 'Укажите да или нет' })
  sameMunicipality?: boolean | null;
}

@ArgsType()
export class MentorSuggestionsArgs {
  @Field(() => ID) @IsUUID('all', { message: 'Неверный идентификатор педагога' }) menteePersonId!: string;
  @Field(() => ID, { nullable: true, description: 'Mentors eligible for this programme; without it, mentors in the caller’s scope' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор программы' })
  programId?: string | null;
  @Field(() => MatchPreferencesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchPreferencesInput)
  preferences?: MatchPreferencesInput | null;
}

@InputType()
export class CreateAssignmentPlanInput {
  @Field(() => [ID], { nullable: true, description: 'The cohort; by default the programme’s people with a deficit and no pair in it yet' })
  @IsOptional()
  @ArrayMaxSize(PLAN_MENTEES_MAX, { message: `Не больше ${PLAN_MENTEES_MAX} наставляемых в одном проекте` })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор педагога' })
  menteePersonIds?: string[] | null;
  @Field(() => MatchPreferencesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchPreferencesInput)
  preferences?: MatchPreferencesInput | null;
}

@ArgsType()
export class SchoolPairSuggestionsArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный идентификатор сети' }) networkId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный идентификатор муниципалитета' }) municipalityId?: string | null;
}
