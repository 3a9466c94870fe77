import { Field, ID, InputType, Int, OmitType } from '@nestjs/graphql';
import { IsBoolean, IsDateString, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../../../common/validation/trim';

const URL = /^https?:\/\/\S+$/;

@InputType()
export class CreateInternshipCohortInput {
  @Field(() => ID) @IsUUID('all', { message: 'Неверный идентификатор программы' }) programId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный идентификатор маршрута' }) trackId?: string | null;
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Укажите название группы' }) @MaxLength(300, { message: 'Название — не длиннее 300 символов' }) title!: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsDateString({ strict: true }, { message: 'Дата — в виде ГГГГ-ММ-ДД' }) startsOn!: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsDateString({ strict: true }, { message: 'Дата — в виде ГГГГ-ММ-ДД' }) endsOn!: string;
  @Field(() => Int) @IsInt({ message: 'Число мест — целое число' }) @Min(1, { message: 'Хотя бы одно место' }) @Max(500, { message: 'Не больше 500 мест' }) capacity!: number;
  @Field(() => Int, { defaultValue: 80, description: 'Completion rule: the least share of sessions attended, %' })
  @IsInt({ message: 'Доля посещений — целое число процентов' })
  @Min(0, { message: 'От 0 до 100 %' })
  @Max(100, { message: 'От 0 до 100 %' })
  minAttendancePercent = 80;
  @Field(() => Boolean, { defaultValue: true, description: 'Completion rule: the final product must be accepted' }) @IsBoolean() requireFinalProduct = true;
}

@InputType()
export class AddInternshipSessionInput {
  @Field(() => ID) @IsUUID('all', { message: 'Неверный идентификатор группы' }) cohortId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный идентификатор модуля' }) moduleId?: string | null;
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Укажите тему занятия' }) @MaxLength(300, { message: 'Тема — не длиннее 300 символов' }) topic!: string;
  @Field({ description: 'ISO date-time' }) @IsISO8601({ strict: true }, { message: 'Укажите дату и время начала' }) startsAt!: string;
  @Field({ description: 'ISO date-time' }) @IsISO8601({ strict: true }, { message: 'Укажите дату и время окончания' }) endsAt!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(300, { message: 'Место — не длиннее 300 символов' }) place?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(1000, { message: 'Ссылка — не длиннее 1000 символов' })
  @Matches(URL, { message: 'Ссылка начинается с http:// или https://' })
  onlineUrl?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный идентификатор педагога-мастера' }) masterPersonId?: string | null;
}

/** A cohort's dates, capacity, track and completion rule (its programme stays). */
@InputType()
export class UpdateInternshipCohortInput extends OmitType(CreateInternshipCohortInput, ['programId'] as const) {}

/** A session's module, topic, time, place and master (its cohort stays). */
@InputType()
export class UpdateInternshipSessionInput extends OmitType(AddInternshipSessionInput, ['cohortId'] as const) {}

@InputType()
export class RevokeInternshipCertificateInput {
  @Field(() => ID) @IsUUID('all', { message: 'Неверный идентификатор сертификата' }) certificateId!: string;
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Укажите причину отзыва' }) @MaxLength(2000, { message: 'Причина — не длиннее 2000 символов' }) reason!: string;
}

@InputType()
export class NominateInternInput {
  @Field(() => ID) @IsUUID('all', { message: 'Неверный идентификатор группы' }) cohortId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'Неверный идентификатор педагога' }) personId!: string;
  @Field(() => ID, { nullable: true, description: 'The school that nominates (the teacher works there); by default his workplace in the caller’s scope' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор организации' })
  organizationId?: string | null;
}

@InputType()
export class DeclineInternshipApplicationInput {
  @Field(() => ID) @IsUUID('all', { message: 'Неверный идентификатор заявки' }) applicationId!: string;
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Укажите причину отказа' }) @MaxLength(2000, { message: 'Причина — не длиннее 2000 символов' }) reason!: string;
}

@InputType()
export class MarkInternshipAttendanceInput {
  @Field(() => ID) @IsUUID('all', { message: 'Неверный идентификатор занятия' }) sessionId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'Неверный идентификатор заявки' }) applicationId!: string;
  @Field() @IsBoolean({ message: 'Отметьте: был или не был' }) present!: boolean;
}

@InputType()
export class SubmitInternshipProductInput {
  @Field(() => ID) @IsUUID('all', { message: 'Неверный идентификатор заявки' }) applicationId!: string;
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Укажите название продукта' }) @MaxLength(300, { message: 'Название — не длиннее 300 символов' }) title!: string;
  @Field() @Trim() @MaxLength(1000, { message: 'Ссылка — не длиннее 1000 символов' }) @Matches(URL, { message: 'Ссылка начинается с http:// или https://' }) url!: string;
}

@InputType()
export class ReviewInternshipProductInput {
  @Field(() => ID) @IsUUID('all', { message: 'Неверный идентификатор заявки' }) applicationId!: string;
  @Field() @IsBoolean() accepted!: boolean;
}
