import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { MENTOR_CAPACITY_MAX, MentorDirection, MentoringForm, MentoringModel, MentorshipStatus, MentorType, SessionFormat } from '@metodset/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDateString,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Trim, TrimToNull } from '../../../common/validation/trim';

@InputType()
export class CreateProgramInput {
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите название программы' }) @MaxLength(500, { message: 'Название — не длиннее 500 символов' }) name!: string;
  @Field(() => MentoringModel) @IsEnum(MentoringModel, { message: 'Выберите модель наставничества' }) model!: MentoringModel;
  @Field(() => [MentoringForm])
  @ArrayMinSize(1, { message: 'Выберите хотя бы одну форму наставничества' })
  @IsEnum(MentoringForm, { each: true, message: 'Неизвестная форма наставничества' })
  forms!: MentoringForm[];
  @Field(() => ID, { nullable: true, description: 'Host: an organisation…' }) @IsOptional() @IsUUID('all', { message: 'Неверный идентификатор организации' }) organizationId?: string | null;
  @Field(() => ID, { nullable: true, description: '…or a network' }) @IsOptional() @IsUUID('all', { message: 'Неверный идентификатор сети' }) networkId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Куратор программы' }) @IsOptional() @IsUUID('all', { message: 'Неверный идентификатор куратора' }) coordinatorPersonId?: string | null;
  @Field({ description: 'YYYY-MM-DD' }) @IsDateString({ strict: true }, { message: 'Дата начала — в виде ГГГГ-ММ-ДД' }) startsOn!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @TrimToNull() @IsDateString({ strict: true }, { message: 'Дата окончания — в виде ГГГГ-ММ-ДД' }) endsOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000, { message: 'Цели — не длиннее 5000 символов' }) goals?: string;
}

@InputType()
export class UpdateProgramInput extends PartialType(OmitType(CreateProgramInput, ['organizationId', 'networkId'] as const)) {}

@InputType()
export class MentorProfileInput {
  @Field(() => [MentorType], { defaultValue: [] }) @ArrayMaxSize(8) @IsEnum(MentorType, { each: true, message: 'Неизвестный тип наставника' }) types: MentorType[] = [];
  @Field(() => [MentorDirection], { defaultValue: [] }) @ArrayMaxSize(5) @IsEnum(MentorDirection, { each: true, message: 'Неизвестное направление' }) directions: MentorDirection[] = [];
  @Field(() => [String], { defaultValue: [] }) @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(100, { each: true, message: 'Предмет — не длиннее 100 символов' }) subjects: string[] = [];
  @Field({ defaultValue: '' }) @IsString() @MaxLength(5000, { message: 'Сильные стороны — не длиннее 5000 символов' }) strengths: string = '';
  @Field(() => Int)
  @IsInt({ message: 'Число мест — целое' })
  @Min(1, { message: 'Наставник берёт хотя бы одного наставляемого' })
  @Max(MENTOR_CAPACITY_MAX, { message: `Не больше ${MENTOR_CAPACITY_MAX} наставляемых одновременно` })
  capacity!: number;
  @Field({ defaultValue: true }) @IsBoolean() available: boolean = true;
}

@InputType()
export class CreateMentorshipInput {
  @Field(() => MentoringForm) @IsEnum(MentoringForm, { message: 'Выберите форму наставничества' }) form!: MentoringForm;
  @Field(() => [ID]) @ArrayMaxSize(10, { message: 'Не больше 10 наставников' }) @IsUUID('all', { each: true, message: 'Неверный идентификатор наставника' }) mentorIds!: string[];
  @Field(() => [ID]) @ArrayMaxSize(30, { message: 'Не больше 30 наставляемых' }) @IsUUID('all', { each: true, message: 'Неверный идентификатор наставляемого' }) menteeIds!: string[];
  @Field({ defaultValue: '' }) @IsString() @MaxLength(5000, { message: 'Цели — не длиннее 5000 символов' }) goals: string = '';
  @Field({ description: 'YYYY-MM-DD' }) @IsDateString({ strict: true }, { message: 'Дата начала — в виде ГГГГ-ММ-ДД' }) startsOn!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @TrimToNull() @IsDateString({ strict: true }, { message: 'Дата окончания — в виде ГГГГ-ММ-ДД' }) endsOn?: string | null;
  @Field(() => ID, { nullable: true, description: '«Школа – школе»: the supporting organisation' }) @IsOptional() @IsUUID('all', { message: 'Неверная организация' }) mentorOrganizationId?: string | null;
  @Field(() => ID, { nullable: true, description: '«Школа – школе»: the supported organisation' }) @IsOptional() @IsUUID('all', { message: 'Неверная организация' }) menteeOrganizationId?: string | null;
}

@InputType()
export class UpdateMentorshipInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000, { message: 'Цели — не длиннее 5000 символов' }) goals?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @TrimToNull() @IsDateString({ strict: true }, { message: 'Дата окончания — в виде ГГГГ-ММ-ДД' }) endsOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Итог работы' }) @IsOptional() @IsString() @MaxLength(5000, { message: 'Итог — не длиннее 5000 символов' }) outcome?: string;
}

@InputType()
export class MentorshipStatusInput {
  @Field(() => MentorshipStatus) @IsEnum(MentorshipStatus, { message: 'Неизвестное состояние' }) status!: MentorshipStatus;
  @Field(() => String, { nullable: true, description: 'Required when stopping' }) @IsOptional() @TrimToNull() @IsString() @MaxLength(1000, { message: 'Причина — не длиннее 1000 символов' }) reason?: string | null;
}

@InputType()
export class PlanSessionInput {
  @Field({ description: 'YYYY-MM-DD' }) @IsDateString({ strict: true }, { message: 'Дата — в виде ГГГГ-ММ-ДД' }) plannedOn!: string;
  @Field(() => SessionFormat) @IsEnum(SessionFormat, { message: 'Выберите формат встречи' }) format!: SessionFormat;
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Укажите тему встречи' }) @MaxLength(500, { message: 'Тема — не длиннее 500 символов' }) topic!: string;
}

@InputType()
export class RecordSessionInput {
  @Field({ description: 'YYYY-MM-DD' }) @IsDateString({ strict: true }, { message: 'Дата — в виде ГГГГ-ММ-ДД' }) heldOn!: string;
  @Field(() => Int) @IsInt({ message: 'Длительность — целое число минут' }) @Min(5, { message: 'Длительность — от 5 минут' }) @Max(600, { message: 'Длительность — не больше 600 минут' }) durationMinutes!: number;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(10000, { message: 'Заметки — не длиннее 10000 символов' }) notes: string = '';
}
