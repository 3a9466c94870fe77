import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { InternshipTrackKind, ModuleFormat, STAGING_LIMITS as L, StagingSiteKind, StagingSiteLevel } from '@metodset/shared';
import {
  ArrayMaxSize,
  ArrayUnique,
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

/** What a site is; the whole of it is sent on create and on every change (the form holds it all). */
@InputType()
export class StagingSiteInput {
  @Field(() => StagingSiteKind)
  @IsEnum(StagingSiteKind, { message: 'Выберите вид площадки' })
  kind!: StagingSiteKind;

  @Field(() => StagingSiteLevel)
  @IsEnum(StagingSiteLevel, { message: 'Выберите уровень площадки' })
  level!: StagingSiteLevel;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите тему площадки' })
  @MaxLength(L.themeLength, { message: `Тема — не длиннее ${L.themeLength} символов` })
  theme!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(L.textLength, { message: `Описание — не длиннее ${L.textLength} символов` })
  description: string = '';

  @Field()
  @IsDateString({ strict: true }, { message: 'Дата начала — в виде ГГГГ-ММ-ДД' })
  startsOn!: string;

  @Field()
  @IsDateString({ strict: true }, { message: 'Дата окончания — в виде ГГГГ-ММ-ДД' })
  endsOn!: string;

  @Field(() => String, { nullable: true, description: 'Номер приказа о создании площадки' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(L.orderNumberLength, { message: `Номер приказа — не длиннее ${L.orderNumberLength} символов` })
  orderNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Дата приказа, как в документе' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(L.orderDateLength, { message: `Дата приказа — не длиннее ${L.orderDateLength} символов` })
  orderDate?: string | null;

  @Field(() => ID, { nullable: true, description: 'Руководитель площадки' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор руководителя' })
  headPersonId?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Рабочая группа: педагоги-мастера' })
  @ArrayMaxSize(L.maxMasters, { message: `Не больше ${L.maxMasters} педагогов-мастеров` })
  @ArrayUnique({ message: 'Педагог указан дважды' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор педагога' })
  masterIds: string[] = [];

  @Field(() => [ID], { defaultValue: [], description: 'Компетенции, которые развивает площадка' })
  @ArrayMaxSize(L.maxCompetences, { message: `Не больше ${L.maxCompetences} компетенций` })
  @ArrayUnique({ message: 'Компетенция указана дважды' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор компетенции' })
  competenceIds: string[] = [];
}

@InputType()
export class CreateStagingSiteInput extends StagingSiteInput {
  @Field(() => ID, { description: 'Организация, на базе которой работает площадка' })
  @IsUUID('all', { message: 'Выберите организацию' })
  organizationId!: string;
}

@InputType()
export class InternshipProgramInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите название программы' })
  @MaxLength(L.titleLength, { message: `Название — не длиннее ${L.titleLength} символов` })
  title!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(L.textLength, { message: `Описание — не длиннее ${L.textLength} символов` })
  description: string = '';

  @Field(() => Int)
  @IsInt({ message: 'Срок — целое число месяцев' })
  @Min(1, { message: 'Срок — не меньше месяца' })
  @Max(L.programMonthsMax, { message: `Срок — не больше ${L.programMonthsMax} месяцев` })
  minMonths!: number;

  @Field(() => Int)
  @IsInt({ message: 'Срок — целое число месяцев' })
  @Min(1, { message: 'Срок — не меньше месяца' })
  @Max(L.programMonthsMax, { message: `Срок — не больше ${L.programMonthsMax} месяцев` })
  maxMonths!: number;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(L.titleLength, { message: `Аудитория — не длиннее ${L.titleLength} символов` })
  audience: string = '';

  @Field(() => Int, { nullable: true, description: 'Стаж не больше (лет); пусто — для всех' })
  @IsOptional()
  @IsInt({ message: 'Стаж — целое число лет' })
  @Min(0, { message: 'Стаж — не меньше 0' })
  @Max(60, { message: 'Стаж — не больше 60 лет' })
  maxExperienceYears?: number | null;
}

@InputType()
export class InternshipModuleInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите название модуля' })
  @MaxLength(L.titleLength, { message: `Название — не длиннее ${L.titleLength} символов` })
  title!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(L.textLength, { message: `Описание — не длиннее ${L.textLength} символов` })
  description: string = '';

  @Field(() => Int)
  @IsInt({ message: 'Часы — целое число' })
  @Min(1, { message: 'Часов должно быть больше нуля' })
  @Max(L.moduleHoursMax, { message: `Не больше ${L.moduleHoursMax} часов на модуль` })
  hours!: number;

  @Field(() => ModuleFormat)
  @IsEnum(ModuleFormat, { message: 'Выберите формат' })
  format!: ModuleFormat;

  @Field({ defaultValue: '' })
  @Trim()
  @IsString()
  @MaxLength(L.titleLength, { message: `Аудитория — не длиннее ${L.titleLength} символов` })
  audience: string = '';

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(L.maxCompetences, { message: `Не больше ${L.maxCompetences} компетенций` })
  @ArrayUnique({ message: 'Компетенция указана дважды' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор компетенции' })
  competenceIds: string[] = [];
}

@InputType()
export class InternshipTrackInput {
  @Field(() => InternshipTrackKind)
  @IsEnum(InternshipTrackKind, { message: 'Выберите вид маршрута' })
  kind!: InternshipTrackKind;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите название маршрута' })
  @MaxLength(L.titleLength, { message: `Название — не длиннее ${L.titleLength} символов` })
  name!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(L.textLength, { message: `Описание — не длиннее ${L.textLength} символов` })
  description: string = '';

  @Field(() => [ID], { description: 'Модули программы в порядке прохождения' })
  @ArrayMaxSize(L.maxModules, { message: `Не больше ${L.maxModules} модулей` })
  @ArrayUnique({ message: 'Модуль указан дважды' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор модуля' })
  moduleIds!: string[];
}
