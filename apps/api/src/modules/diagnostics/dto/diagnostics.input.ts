import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { CampaignMode, CampaignScopeKind, CombineRule, IMPORT_MAX_BYTES, ResponseRole } from '@metodset/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import './diagnostics.enums';

@InputType()
export class CreateCampaignInput {
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите название диагностики' }) @MaxLength(500, { message: 'Название — не длиннее 500 символов' }) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000, { message: 'Описание — не длиннее 5000 символов' }) description?: string;
  @Field(() => ID) @IsUUID('all', { message: 'Выберите методику' }) instrumentId!: string;
  @Field(() => CampaignMode) @IsEnum(CampaignMode, { message: 'Выберите вид диагностики' }) mode!: CampaignMode;
  @Field(() => CombineRule, { nullable: true, description: 'COMBINED only' }) @IsOptional() @IsEnum(CombineRule, { message: 'Выберите правило сведения оценок' }) combineRule?: CombineRule | null;
  @Field(() => Int, { nullable: true, description: 'WEIGHTED: weight of self-assessment, % (50 when not given)' })
  @IsOptional()
  @IsInt({ message: 'Вес — целое число' })
  @Min(0, { message: 'Вес самооценки — от 0 до 100 %' })
  @Max(100, { message: 'Вес самооценки — от 0 до 100 %' })
  selfWeight?: number;
  @Field(() => CampaignScopeKind) @IsEnum(CampaignScopeKind, { message: 'Выберите охват' }) scopeKind!: CampaignScopeKind;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверная сеть' }) networkId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный муниципалитет' }) municipalityId?: string | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(500, { message: 'Не больше 500 организаций' }) @IsUUID('all', { each: true, message: 'Неверная организация' }) organizationIds?: string[];
  @Field(() => Int, { nullable: true, description: 'Audience: at most this many years of experience' })
  @IsOptional()
  @IsInt({ message: 'Стаж — целое число лет' })
  @Min(0, { message: 'Стаж — от 0 до 70 лет' })
  @Max(70, { message: 'Стаж — от 0 до 70 лет' })
  maxExperienceYears?: number | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(100, { each: true, message: 'Предмет — не длиннее 100 символов' }) subjects?: string[];
  @Field({ description: 'YYYY-MM-DD' }) @IsDateString({ strict: true }, { message: 'Дата начала — в виде ГГГГ-ММ-ДД' }) opensOn!: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsDateString({ strict: true }, { message: 'Дата окончания — в виде ГГГГ-ММ-ДД' }) closesOn!: string;
}

@InputType()
export class UpdateCampaignInput extends PartialType(CreateCampaignInput) {}

@InputType({ description: 'One answer: `scale` for SCALE, `option` for SINGLE_CHOICE, `options` for MULTIPLE_CHOICE, `text` for TEXT' })
export class DiagnosticAnswerInput {
  @Field(() => ID) @IsUUID('all', { message: 'Неверный вопрос' }) itemId!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt({ message: 'Ответ — целое число' }) scale?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(50) option?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) options?: string[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000, { message: 'Ответ — не длиннее 5000 символов' }) text?: string | null;
}

@InputType()
export class DiagnosticAnswersInput {
  @Field(() => ID) @IsUUID('all', { message: 'Неверный участник' }) participantId!: string;
  @Field(() => ResponseRole) @IsEnum(ResponseRole, { message: 'Неизвестная роль' }) role!: ResponseRole;
  @Field(() => [DiagnosticAnswerInput]) @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => DiagnosticAnswerInput) answers!: DiagnosticAnswerInput[];
}

const MAX_BASE64 = Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 1024;
const MB = Math.round(IMPORT_MAX_BYTES / 1024 / 1024);

@InputType()
export class ImportDiagnosticResultsInput {
  @Field(() => ID) @IsUUID('all', { message: 'Неверный идентификатор диагностики' }) campaignId!: string;
  @Field({ description: 'Имя файла: .xlsx' })
  @IsString()
  @IsNotEmpty({ message: 'Выберите файл' })
  @MaxLength(255, { message: 'Имя файла — не длиннее 255 символов' })
  @Matches(/\.xlsx\s*$/i, { message: 'Загрузите файл .xlsx' })
  fileName!: string;
  @Field({ description: `Содержимое файла в base64, не больше ${MB} МБ` })
  @IsString()
  @IsNotEmpty({ message: 'Файл пустой' })
  @MaxLength(MAX_BASE64, { message: `Файл больше ${MB} МБ: разделите его на части` })
  contentBase64!: string;
  @Field({ description: 'true — только проверить, ничего не записывая' }) @IsBoolean() dryRun!: boolean;
}
