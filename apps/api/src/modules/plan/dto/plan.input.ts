import { Field, ID, InputType, Int, OmitType, PartialType } from '@nestjs/graphql';
import { PlanItemStatus, PlanKind, PlanLinkKind, PlanStageKind, PlanStatus } from '@metodset/shared';
import { ArrayMaxSize, IsDateString, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Trim } from '../../../common/validation/trim';

const DATE = (what: string) => IsDateString({ strict: true }, { message: `${what} — в виде ГГГГ-ММ-ДД` });

/** A new plan: its title, kind, dates or period as written, state, source, and its one owner. */
@InputType()
export class CreatePlanInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите название плана' })
  @MaxLength(1000, { message: 'Название — не длиннее 1000 символов' })
  title!: string;

  @Field(() => PlanKind)
  @IsEnum(PlanKind, { message: 'Выберите вид плана' })
  kind!: PlanKind;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @DATE('Дата начала')
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @DATE('Дата окончания')
  endsOn?: string | null;

  @Field({ nullable: true, description: 'The period as written («2020–2021 учебный год»)' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300, { message: 'Период — не длиннее 300 символов' })
  periodText?: string;

  @Field(() => PlanStatus, { nullable: true })
  @IsOptional()
  @IsEnum(PlanStatus, { message: 'Выберите состояние плана' })
  status?: PlanStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Источник — не длиннее 5000 символов' })
  sourceNote?: string;

  @Field(() => ID, { nullable: true, description: 'Owner: an organisation…' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор организации' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: '…or a municipality…' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор муниципалитета' })
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true, description: '…or a network' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор сети' })
  networkId?: string | null;
}

/** A change of a plan: any of its fields (the owner stays), each checked as on creation. */
@InputType()
export class UpdatePlanInput extends PartialType(OmitType(CreatePlanInput, ['organizationId', 'municipalityId', 'networkId'] as const)) {}

@InputType()
export class PlanStageInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите название этапа' })
  @MaxLength(1000, { message: 'Название этапа — не длиннее 1000 символов' })
  title!: string;

  @Field(() => PlanStageKind, { defaultValue: PlanStageKind.OTHER })
  @IsEnum(PlanStageKind, { message: 'Выберите вид этапа' })
  kind: PlanStageKind = PlanStageKind.OTHER;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @DATE('Дата начала')
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @DATE('Дата окончания')
  endsOn?: string | null;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(300, { message: 'Сроки — не длиннее 300 символов' })
  periodText: string = '';

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(10000, { message: 'Описание этапа — не длиннее 10000 символов' })
  description: string = '';
}

@InputType()
export class PlanItemInput {
  @Field(() => ID, { nullable: true, description: 'Move to another stage of the same plan (appended at its end)' })
  @IsOptional()
  @IsUUID('all', { message: 'Выберите этап' })
  stageId?: string;

  @Field(() => Int, { nullable: true, description: 'Position within the stage; unique there' })
  @IsOptional()
  @IsInt({ message: 'Позиция — целое число' })
  @Min(1, { message: 'Позиция — от 1' })
  @Max(10000, { message: 'Позиция — не больше 10000' })
  position?: number;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(20, { message: 'Номер — не длиннее 20 символов' })
  number?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите мероприятие' })
  @MaxLength(5000, { message: 'Мероприятие — не длиннее 5000 символов' })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @DATE('Дата начала')
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @DATE('Дата окончания')
  endsOn?: string | null;

  @Field({ nullable: true, description: '«Сроки» as written' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300, { message: 'Сроки — не длиннее 300 символов' })
  periodText?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000, { message: 'Ответственные — не длиннее 5000 символов' })
  responsibleText?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000, { message: 'Участники — не длиннее 5000 символов' })
  participantsText?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(10000, { message: 'Планируемый результат — не длиннее 10000 символов' })
  expectedResult?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10000, { message: 'Фактический результат — не длиннее 10000 символов' })
  actualResult?: string;

  @Field(() => PlanItemStatus, { nullable: true, description: 'Set by hand (a linked mentorship or campaign overrides it)' })
  @IsOptional()
  @IsEnum(PlanItemStatus, { message: 'Выберите состояние' })
  status?: PlanItemStatus;

  @Field(() => [ID], { nullable: true, description: 'Replaces the responsible people when given' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Не больше 50 ответственных' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор педагога' })
  responsiblePersonIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Не больше 50 организаций' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор организации' })
  responsibleOrganizationIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500, { message: 'Не больше 500 участников' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор педагога' })
  participantPersonIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200, { message: 'Не больше 200 организаций' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор организации' })
  participantOrganizationIds?: string[];
}

@InputType()
export class PlanItemLinkInput {
  @Field(() => PlanLinkKind)
  @IsEnum(PlanLinkKind, { message: 'Выберите, что выполняет пункт' })
  kind!: PlanLinkKind;

  @Field(() => ID)
  @IsUUID('all', { message: 'Неверный идентификатор' })
  targetId!: string;

  @Field(() => String, { nullable: true, description: 'EVENT only: one occurrence of a series, its date (YYYY-MM-DD)' })
  @IsOptional()
  @DATE('Дата проведения')
  occurrenceDate?: string | null;
}


@InputType()
export class PlanOrderIdsInput {
  @Field(() => [ID], { description: 'All stages of the plan (or items of the stage), once each, in the new order' })
  @ArrayMaxSize(1000, { message: 'Не больше 1000 позиций' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор' })
  ids!: string[];
}

@InputType()
export class CreatePlanItemInput extends PlanItemInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Введите мероприятие' })
  @MaxLength(5000, { message: 'Мероприятие — не длиннее 5000 символов' })
  declare title: string;
}
