import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MentorshipSide, SURVEY_SCALE_MAX, SurveyQuestionType } from '@metodset/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { MentorshipObject } from '../../mentoring/dto/mentoring.object';
import { SurveyEntity } from '../survey.entity';

registerEnumType(MentorshipSide, { name: 'MentorshipSide', description: 'MENTOR or MENTEE' });
registerEnumType(SurveyQuestionType, { name: 'SurveyQuestionType', description: 'SCALE: 1–5; TEXT: free text' });

@InputType()
export class SurveyQuestionInput {
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите вопрос' }) @MaxLength(500, { message: 'Вопрос — не длиннее 500 символов' }) text!: string;
  @Field(() => SurveyQuestionType) @IsEnum(SurveyQuestionType, { message: 'Выберите вид вопроса' }) type!: SurveyQuestionType;
}

@InputType()
export class CreateSurveyInput {
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите название анкеты' }) @MaxLength(300, { message: 'Название — не длиннее 300 символов' }) title!: string;
  @Field({ defaultValue: true, description: 'true: at the end; false: mid-way' }) @IsBoolean() isFinal: boolean = true;
  @Field(() => [SurveyQuestionInput])
  @ArrayMinSize(1, { message: 'Добавьте хотя бы один вопрос' })
  @ArrayMaxSize(30, { message: 'Не больше 30 вопросов' })
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionInput)
  questions!: SurveyQuestionInput[];
}

@InputType()
export class SurveyAnswerInput {
  @Field() @IsString() @MaxLength(20) key!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'Оценка — целое число' }) @Min(1, { message: `Оцените от 1 до ${SURVEY_SCALE_MAX}` }) @Max(SURVEY_SCALE_MAX, { message: `Оцените от 1 до ${SURVEY_SCALE_MAX}` }) scale?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000, { message: 'Ответ — не длиннее 5000 символов' }) text?: string | null;
}

@InputType()
export class AnswerSurveyInput {
  @Field(() => ID) @IsUUID('all', { message: 'Неверная анкета' }) surveyId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'Неверное наставничество' }) mentorshipId!: string;
  @Field(() => [SurveyAnswerInput]) @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => SurveyAnswerInput) answers!: SurveyAnswerInput[];
}

@ObjectType('SurveyQuestion')
export class SurveyQuestionObject {
  @Field() key!: string;
  @Field() text!: string;
  @Field(() => SurveyQuestionType) type!: SurveyQuestionType;
}

@ObjectType('Survey', { description: 'Анкета пар программы наставничества' })
export class SurveyObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) programId!: string;
  @Field() title!: string;
  @Field() isFinal!: boolean;
  @Field(() => [SurveyQuestionObject]) questions!: SurveyQuestionObject[];
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;

  static from(e: SurveyEntity): SurveyObject {
    return { id: e.id, programId: e.programId, title: e.title, isFinal: e.isFinal, questions: e.questions, closedAt: e.closedAt };
  }
}

@ObjectType('SurveyQuestionResult')
export class SurveyQuestionResultObject {
  @Field() key!: string;
  @Field() text!: string;
  @Field(() => SurveyQuestionType) type!: SurveyQuestionType;
  @Field(() => Int) answered!: number;
  @Field(() => Number, { nullable: true }) average!: number | null;
  @Field(() => Number, { nullable: true }) mentorAverage!: number | null;
  @Field(() => Number, { nullable: true }) menteeAverage!: number | null;
  @Field(() => [Int], { description: 'How many answered 1, 2, … 5' }) distribution!: number[];
  @Field(() => [String], { description: 'Free-text answers without authors' }) texts!: string[];
  @Field(() => [MentorshipSide], { description: 'Sides whose answers are withheld here: fewer than SURVEY_ANONYMITY_MIN of them answered' }) withheld!: MentorshipSide[];
  @Field(() => String, { nullable: true, description: '«Недостаточно ответов для анонимности» when a side is withheld' }) withheldMessage!: string | null;
}

@ObjectType('SurveyResults', { description: 'Aggregated answers for the programme: no individual answers' })
export class SurveyResultsObject {
  @Field(() => SurveyObject) survey!: SurveyObject;
  @Field(() => Int) respondents!: number;
  @Field(() => Int, { description: 'Participants of the mentorships the questionnaire is for: going or completed, not over before it opened' }) expected!: number;
  @Field(() => Int, { description: 'A side’s answers are shown only when at least this many of that side answered' }) anonymityThreshold!: number;
  @Field(() => [SurveyQuestionResultObject]) questions!: SurveyQuestionResultObject[];
}

@ObjectType('SurveyTask', { description: 'An open questionnaire the caller has not answered yet for a mentorship' })
export class SurveyTaskObject {
  @Field(() => SurveyObject) survey!: SurveyObject;
  @Field(() => ID) mentorshipId!: string;
  @Field() programName!: string;
  @Field(() => MentorshipObject, { description: 'The pair the answer is about: its mentors, mentees and schools' }) mentorship!: MentorshipObject;
}
