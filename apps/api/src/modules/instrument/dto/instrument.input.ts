import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { DiagnosticItemKind, IMPORT_MAX_BYTES, ScoreAggregation } from '@metodset/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Trim } from '../../../common/validation/trim';
import { CODE_OR_EMPTY } from '../../competence/dto/competence.input';

const CODE_MESSAGE = 'Код — буквы, цифры, точка, дефис или подчёркивание, без пробелов';

@InputType()
export class CreateInstrumentInput {
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите код методики' }) @MaxLength(50, { message: 'Код — не длиннее 50 символов' }) @Matches(CODE_OR_EMPTY, { message: CODE_MESSAGE }) code!: string;
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите название методики' }) @MaxLength(500, { message: 'Название — не длиннее 500 символов' }) name!: string;
  @Field({ defaultValue: '' }) @IsString() @MaxLength(5000, { message: 'Описание — не длиннее 5000 символов' }) description: string = '';
  @Field(() => ID, { description: 'A published competency framework' }) @IsUUID('all', { message: 'Выберите рамку компетенций' }) frameworkId!: string;
}

@InputType()
export class UpdateInstrumentInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @IsNotEmpty({ message: 'Введите название методики' }) @MaxLength(500, { message: 'Название — не длиннее 500 символов' }) name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(5000, { message: 'Описание — не длиннее 5000 символов' }) description?: string;
}

@InputType()
export class ItemOptionInput {
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Укажите ключ варианта' }) @MaxLength(20, { message: 'Ключ — не длиннее 20 символов' }) key!: string;
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите текст варианта' }) @MaxLength(500, { message: 'Текст варианта — не длиннее 500 символов' }) label!: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Балл варианта — число' }) @Min(-1000, { message: 'Балл — не меньше −1000' }) @Max(1000, { message: 'Балл — не больше 1000' }) score!: number;
}

@InputType()
export class ItemInput {
  @Field(() => ID) @IsUUID('all', { message: 'Выберите компетенцию' }) competenceId!: string;
  @Field(() => DiagnosticItemKind) @IsEnum(DiagnosticItemKind, { message: 'Выберите тип задания' }) kind!: DiagnosticItemKind;
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите текст задания' }) @MaxLength(2000, { message: 'Текст — не длиннее 2000 символов' }) text!: string;
  @Field(() => Int, { nullable: true, description: 'SCALE only' }) @IsOptional() @IsInt({ message: 'Минимум шкалы — целое число' }) @Min(-100, { message: 'Минимум шкалы — не меньше −100' }) @Max(100, { message: 'Минимум шкалы — не больше 100' }) scaleMin?: number | null;
  @Field(() => Int, { nullable: true, description: 'SCALE only' }) @IsOptional() @IsInt({ message: 'Максимум шкалы — целое число' }) @Min(-100, { message: 'Максимум шкалы — не меньше −100' }) @Max(100, { message: 'Максимум шкалы — не больше 100' }) scaleMax?: number | null;
  @Field(() => [ItemOptionInput], { defaultValue: [], description: 'SINGLE_CHOICE / MULTIPLE_CHOICE only' })
  @ArrayMaxSize(30, { message: 'Не больше 30 вариантов' })
  @ValidateNested({ each: true })
  @Type(() => ItemOptionInput)
  options: ItemOptionInput[] = [];
  @Field(() => Float, { defaultValue: 1, description: 'Weight in the competence score' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Вес — число' })
  @Min(0.01, { message: 'Вес — больше 0' })
  @Max(100, { message: 'Вес — не больше 100' })
  weight: number = 1;
}

@InputType()
export class ScoringRuleInput {
  @Field(() => ID) @IsUUID('all', { message: 'Выберите компетенцию' }) competenceId!: string;
  @Field(() => ScoreAggregation, { defaultValue: ScoreAggregation.MEAN }) @IsEnum(ScoreAggregation, { message: 'Выберите правило подсчёта' }) aggregation: ScoreAggregation = ScoreAggregation.MEAN;
  @Field(() => Float, { description: 'Below this % a deficit' }) @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Порог дефицита — число' }) deficitBelow!: number;
  @Field(() => Float, { description: 'From this % a proficit' }) @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Порог профицита — число' }) proficitFrom!: number;
}

/** Base64 of IMPORT_MAX_BYTES bytes, plus room for line breaks some encoders add. */
const MAX_BASE64 = Math.ceil(IMPORT_MAX_BYTES / 3) * 4 + 1024;
const MB = Math.round(IMPORT_MAX_BYTES / 1024 / 1024);

@InputType()
export class ImportInstrumentInput {
  @Field(() => ID) @IsUUID('all', { message: 'Выберите рамку компетенций' }) frameworkId!: string;
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите код методики' }) @MaxLength(50, { message: 'Код — не длиннее 50 символов' }) @Matches(CODE_OR_EMPTY, { message: CODE_MESSAGE }) code!: string;
  @Field() @Trim() @IsString() @IsNotEmpty({ message: 'Введите название методики' }) @MaxLength(500, { message: 'Название — не длиннее 500 символов' }) name!: string;
  @Field({ description: 'File name: .xlsx' })
  @IsString()
  @IsNotEmpty({ message: 'Выберите файл' })
  @MaxLength(255, { message: 'Имя файла — не длиннее 255 символов' })
  @Matches(/\.xlsx\s*$/i, { message: 'Загрузите книгу Excel (.xlsx)' })
  fileName!: string;
  @Field({ description: `File content in base64, at most ${MB} MB` })
  @IsString()
  @IsNotEmpty({ message: 'Файл пустой' })
  @MaxLength(MAX_BASE64, { message: `Файл больше ${MB} МБ: разделите его на части` })
  contentBase64!: string;
  @Field({ description: 'true — only check and preview, write nothing' }) @IsBoolean() dryRun!: boolean;
}
