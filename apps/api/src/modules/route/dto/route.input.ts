import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { RouteStepKind, RouteStepStatus } from '@metodset/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsDateString,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Trim, TrimToNull } from '../../../common/validation/trim';

@InputType()
export class CreateRouteInput {
  @Field(() => ID, { nullable: true, description: 'An individual route of this person…' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор педагога' })
  personId?: string | null;
  @Field(() => ID, { nullable: true, description: '…or a group route of this association' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор объединения' })
  associationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Responsible organisation; defaults to the person’s main workplace or the group’s host' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор организации' })
  organizationId?: string | null;
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите название маршрута' }) @MaxLength(300, { message: 'Название — не длиннее 300 символов' }) title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000, { message: 'Цель — не длиннее 5000 символов' }) goal?: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsDateString({ strict: true }, { message: 'Дата начала — в виде ГГГГ-ММ-ДД' }) startsOn!: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsDateString({ strict: true }, { message: 'Дата окончания — в виде ГГГГ-ММ-ДД' }) endsOn!: string;
  @Field(() => ID, { nullable: true, description: 'The diagnostics the route is built from (baseline scores)' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор диагностики' })
  campaignId?: string | null;
  @Field(() => [ID], { description: 'The competences (deficits) the route addresses' })
  @ArrayMinSize(1, { message: 'Выберите хотя бы одну компетенцию' })
  @ArrayMaxSize(50, { message: 'Не больше 50 компетенций' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор компетенции' })
  competenceIds!: string[];
}

@InputType()
export class UpdateRouteInput extends PartialType(OmitType(CreateRouteInput, ['personId', 'associationId', 'organizationId'] as const)) {}

@InputType()
export class RouteStepInput {
  @Field(() => RouteStepKind) @IsEnum(RouteStepKind, { message: 'Выберите вид шага' }) kind!: RouteStepKind;
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите название шага' }) @MaxLength(500, { message: 'Название — не длиннее 500 символов' }) title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000, { message: 'Описание — не длиннее 5000 символов' }) description?: string;
  @Field(() => [ID], { nullable: true, description: 'Among the route’s competences' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Не больше 50 компетенций' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор компетенции' })
  competenceIds?: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @TrimToNull() @IsDateString({ strict: true }, { message: 'Дата начала — в виде ГГГГ-ММ-ДД' }) startsOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @TrimToNull() @IsDateString({ strict: true }, { message: 'Дата окончания — в виде ГГГГ-ММ-ДД' }) endsOn?: string | null;
  @Field(() => ID, { nullable: true, description: 'MENTORING: a mentorship of the person' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор наставничества' })
  mentorshipId?: string | null;
  @Field(() => ID, { nullable: true, description: 'MENTORING: a suggested mentor' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор наставника' })
  mentorPersonId?: string | null;
  @Field(() => ID, { nullable: true, description: 'EVENT: the network event the step is' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор мероприятия' })
  eventId?: string | null;
  @Field(() => String, { nullable: true, description: 'EVENT of a series: the one occurrence (YYYY-MM-DD); any when not given' })
  @IsOptional()
  @TrimToNull()
  @IsDateString({ strict: true }, { message: 'Дата проведения — в виде ГГГГ-ММ-ДД' })
  eventOccurrenceDate?: string | null;
  @Field(() => ID, { nullable: true, description: 'INTERNSHIP_MODULE: the module of a staging site’s programme' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор модуля' })
  internshipModuleId?: string | null;
  @Field(() => ID, { nullable: true, description: 'INTERNSHIP_MODULE: the cohort (group of interns) to take it in; any when not given' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор группы стажёров' })
  internshipCohortId?: string | null;
}

@InputType()
export class UpdateRouteStepInput extends PartialType(RouteStepInput) {}

@InputType()
export class RouteStepStatusInput {
  @Field(() => RouteStepStatus) @IsEnum(RouteStepStatus, { message: 'Неизвестное состояние шага' }) status!: RouteStepStatus;
  @Field(() => String, { nullable: true, description: 'Required for DONE' })
  @IsOptional()
  @TrimToNull()
  @IsDateString({ strict: true }, { message: 'Дата выполнения — в виде ГГГГ-ММ-ДД' })
  completedOn?: string | null;
}

@InputType({ description: 'A link, or a file as base64 (pdf, doc(x), pptx, jpg, png; up to 5 MB)' })
export class RouteEvidenceInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'Ссылка — адрес вида https://…' })
  @MaxLength(1000, { message: 'Ссылка — не длиннее 1000 символов' })
  url?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(255, { message: 'Имя файла — не длиннее 255 символов' }) fileName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(8_000_000, { message: 'Файл больше 5 МБ' }) contentBase64?: string | null;
}

@InputType()
export class RouteJournalInput {
  @Field({ description: 'YYYY-MM-DD' }) @IsDateString({ strict: true }, { message: 'Дата — в виде ГГГГ-ММ-ДД' }) occurredOn!: string;
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите текст записи' }) @MaxLength(5000, { message: 'Запись — не длиннее 5000 символов' }) text!: string;
}

@InputType()
export class MoveRouteStepInput {
  @Field(() => Int, { description: '0-based position among the route’s steps' })
  @IsInt({ message: 'Позиция — целое число' })
  @Min(0, { message: 'Позиция — не меньше 0' })
  @Max(1000, { message: 'Позиция — не больше 1000' })
  position!: number;
}

@InputType()
export class RouteReturnInput {
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Укажите, что нужно доработать' }) @MaxLength(5000, { message: 'Комментарий — не длиннее 5000 символов' }) comment!: string;
}

@InputType()
export class RouteReflectionInput {
  @Field() @IsString() @MaxLength(10000, { message: 'Рефлексия — не длиннее 10000 символов' }) reflection!: string;
}
