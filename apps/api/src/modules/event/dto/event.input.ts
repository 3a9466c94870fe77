import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { EventAudienceTarget, EventExceptionKind, EventKind, EventMaterialKind, EventRecurrence, EventStatus, EventTiming } from '@metodset/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDateString,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Trim, TrimToNull } from '../../../common/validation/trim';

const URL_MESSAGE = 'Ссылка — адрес вида https://…';
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const TIME_MESSAGE = 'Время — в виде ЧЧ:ММ';

@InputType({ description: 'Правило повторения: частота, интервал и число повторений или дата окончания' })
export class EventSeriesInput {
  @Field(() => EventRecurrence)
  @IsEnum(EventRecurrence, { message: 'Выберите частоту' })
  frequency!: EventRecurrence;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt({ message: 'Интервал — целое число' })
  @Min(1, { message: 'Интервал — не меньше 1' })
  @Max(12, { message: 'Интервал — не больше 12' })
  interval: number = 1;

  @Field(() => Int, { nullable: true, description: 'How many occurrences (or until)' })
  @IsOptional()
  @IsInt({ message: 'Число повторений — целое число' })
  @Min(1, { message: 'Число повторений — не меньше 1' })
  @Max(60, { message: 'Число повторений — не больше 60' })
  count?: number | null;

  @Field(() => String, { nullable: true, description: 'The last possible date, YYYY-MM-DD (or count)' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'Дата окончания — в виде ГГГГ-ММ-ДД' })
  until?: string | null;
}

/** Every field of an event as the form sends it (a change replaces them all; the host is fixed at creation). */
@InputType()
export class EventInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите название мероприятия' })
  @MaxLength(500, { message: 'Название — не длиннее 500 символов' })
  title!: string;

  @Field(() => EventKind)
  @IsEnum(EventKind, { message: 'Выберите вид мероприятия' })
  kind!: EventKind;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000, { message: 'Описание — не длиннее 5000 символов' })
  description: string = '';

  @Field(() => EventTiming, { defaultValue: EventTiming.DATE })
  @IsEnum(EventTiming, { message: 'Выберите, как задана дата' })
  timing: EventTiming = EventTiming.DATE;

  @Field({ description: 'YYYY-MM-DD: the day, or the first day of the period' })
  @IsDateString({ strict: true }, { message: 'Дата начала — в виде ГГГГ-ММ-ДД' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; the start day when not given' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'Дата окончания — в виде ГГГГ-ММ-ДД' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM, Moscow time (timing DATE_TIME)' })
  @IsOptional()
  @Matches(TIME, { message: TIME_MESSAGE })
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM, Moscow time' })
  @IsOptional()
  @Matches(TIME, { message: TIME_MESSAGE })
  endTime?: string | null;

  @Field(() => String, { nullable: true, description: 'A period as written («октябрь 2026»), timing PERIOD' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(100, { message: 'Период — не длиннее 100 символов' })
  periodLabel?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(500, { message: 'Место — не длиннее 500 символов' })
  place?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: URL_MESSAGE })
  @MaxLength(1000, { message: 'Ссылка — не длиннее 1000 символов' })
  onlineUrl?: string | null;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000, { message: 'Аудитория — не длиннее 2000 символов' })
  audience: string = '';

  @Field(() => EventAudienceTarget, { nullable: true })
  @IsOptional()
  @IsEnum(EventAudienceTarget, { message: 'Неизвестная целевая группа' })
  audienceTarget?: EventAudienceTarget | null;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(50, { message: 'Не больше 50 компетенций' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор компетенции' })
  competenceIds: string[] = [];

  @Field(() => [ID], { defaultValue: [], description: 'Organising organisations' })
  @ArrayMaxSize(50, { message: 'Не больше 50 организаторов' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор организации' })
  organizerIds: string[] = [];

  @Field(() => [ID], { defaultValue: [], description: 'Responsible people' })
  @ArrayMaxSize(50, { message: 'Не больше 50 ответственных' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор педагога' })
  responsibleIds: string[] = [];

  @Field({ defaultValue: '', description: 'Responsible as the source writes them' })
  @IsString()
  @MaxLength(2000, { message: 'Ответственные — не длиннее 2000 символов' })
  responsibleNote: string = '';

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000, { message: 'Планируемый результат — не длиннее 5000 символов' })
  plannedResult: string = '';

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000, { message: 'Фактический результат — не длиннее 5000 символов' })
  actualResult: string = '';

  @Field(() => EventStatus, { defaultValue: EventStatus.PLANNED })
  @IsEnum(EventStatus, { message: 'Выберите статус' })
  status: EventStatus = EventStatus.PLANNED;

  @Field(() => Int, { nullable: true, description: 'Registration cap; null: no cap' })
  @IsOptional()
  @IsInt({ message: 'Число мест — целое число' })
  @Min(1, { message: 'Число мест — не меньше 1' })
  @Max(100000, { message: 'Число мест — не больше 100 000' })
  capacity?: number | null;

  @Field(() => Float, { nullable: true, description: 'Academic hours per attended occurrence (professional-development record); null: none' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'Часы — число с одним знаком после запятой' })
  @Min(0.5, { message: 'Часы — не меньше 0,5' })
  @Max(1000, { message: 'Часы — не больше 1000' })
  hours?: number | null;

  @Field({ defaultValue: true })
  @IsBoolean()
  registrationOpen: boolean = true;

  @Field(() => EventSeriesInput, { nullable: true, description: 'Makes it a recurring series' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EventSeriesInput)
  series?: EventSeriesInput | null;
}

@InputType()
export class CreateEventInput extends EventInput {
  @Field(() => ID, { nullable: true, description: 'Host: a network…' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор сети' })
  networkId?: string | null;

  @Field(() => ID, { nullable: true, description: '…or an organisation…' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор организации' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: '…or a municipality' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор муниципалитета' })
  municipalityId?: string | null;
}

@InputType({ description: 'Исключение серии: одно проведение перенесено или отменено' })
export class EventExceptionInput {
  @Field({ description: 'The occurrence (the date the rule generated)' })
  @IsDateString({ strict: true }, { message: 'Дата проведения — в виде ГГГГ-ММ-ДД' })
  occurrenceDate!: string;

  @Field(() => EventExceptionKind)
  @IsEnum(EventExceptionKind, { message: 'Выберите: перенести или отменить' })
  kind!: EventExceptionKind;

  @Field(() => String, { nullable: true, description: 'MOVED: the new first day' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'Новая дата — в виде ГГГГ-ММ-ДД' })
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'MOVED: the new last day (the first when not given)' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'Новая дата окончания — в виде ГГГГ-ММ-ДД' })
  endsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM, Moscow time' })
  @IsOptional()
  @Matches(TIME, { message: TIME_MESSAGE })
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: 'HH:MM, Moscow time' })
  @IsOptional()
  @Matches(TIME, { message: TIME_MESSAGE })
  endTime?: string | null;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(1000, { message: 'Примечание — не длиннее 1000 символов' })
  note: string = '';
}

@InputType()
export class EventAttendanceInput {
  @Field(() => String, { nullable: true, description: 'The occurrence of a series; a single event’s own date when not given' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'Дата проведения — в виде ГГГГ-ММ-ДД' })
  occurrenceDate?: string | null;

  @Field(() => [ID])
  @ArrayMaxSize(500, { message: 'Не больше 500 человек за раз' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор педагога' })
  personIds!: string[];

  @Field({ description: 'true: attended; false: remove the mark' })
  @IsBoolean()
  attended!: boolean;
}

@InputType()
export class EventFeedbackInput {
  @Field(() => Int)
  @IsInt({ message: 'Оценка — целое число от 1 до 5' })
  @Min(1, { message: 'Оценка — от 1 до 5' })
  @Max(5, { message: 'Оценка — от 1 до 5' })
  rating!: number;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000, { message: 'Отзыв — не длиннее 2000 символов' })
  comment: string = '';
}

@InputType({ description: 'Материал: ссылка или файл (PDF, DOCX, PPTX, DOC, JPG, PNG до 10 МБ)' })
export class EventMaterialInput {
  @Field(() => EventMaterialKind)
  @IsEnum(EventMaterialKind, { message: 'Выберите вид материала' })
  kind!: EventMaterialKind;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите название материала' })
  @MaxLength(300, { message: 'Название — не длиннее 300 символов' })
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: URL_MESSAGE })
  @MaxLength(1000, { message: 'Ссылка — не длиннее 1000 символов' })
  url?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(255, { message: 'Имя файла — не длиннее 255 символов' })
  fileName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(14_000_000, { message: 'Файл больше 10 МБ' })
  contentBase64?: string | null;
}
