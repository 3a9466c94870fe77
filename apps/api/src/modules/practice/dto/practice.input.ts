import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { PRACTICE_MAX_TAGS, PRACTICE_TAG_MAX_LENGTH, ProductKind } from '@metodset/shared';
import { ArrayMaxSize, IsDateString, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { NormalizeTags } from '../../../common/validation/tags';
import { Trim, TrimToNull } from '../../../common/validation/trim';

const TEXT = 20000;
const section = (what: string) => MaxLength(TEXT, { message: `${what} — не длиннее ${TEXT} символов` });
/** Tags trimmed, lower-cased, blanks and repeats dropped. */
const Tags = NormalizeTags;
const URL = Matches(/^https?:\/\/\S+$/i, { message: 'Ссылка — адрес вида https://…' });

@InputType()
export class UpdatePracticeInput {
  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите название практики' })
  @MaxLength(500, { message: 'Название — не длиннее 500 символов' })
  title?: string;

  @Field({ nullable: true, description: 'Проблема' })
  @IsOptional()
  @IsString()
  @section('Проблема')
  problem?: string;

  @Field({ nullable: true, description: 'Способы решения' })
  @IsOptional()
  @IsString()
  @section('Способы решения')
  solutions?: string;

  @Field({ nullable: true, description: 'Механизмы взаимодействия' })
  @IsOptional()
  @IsString()
  @section('Механизмы взаимодействия')
  mechanisms?: string;

  @Field({ nullable: true, description: 'Продукты (в словах)' })
  @IsOptional()
  @IsString()
  @section('Продукты')
  products?: string;

  @Field({ nullable: true, description: 'Результат' })
  @IsOptional()
  @IsString()
  @section('Результат')
  result?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @Tags()
  @ArrayMaxSize(PRACTICE_MAX_TAGS, { message: `Не больше ${PRACTICE_MAX_TAGS} меток` })
  @IsString({ each: true, message: 'Метка — текст' })
  @MaxLength(PRACTICE_TAG_MAX_LENGTH, { each: true, message: `Метка — не длиннее ${PRACTICE_TAG_MAX_LENGTH} символов` })
  tags?: string[];

  @Field(() => [ID], { nullable: true, description: 'Competences of the competency framework' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'Не больше 50 компетенций' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор компетенции' })
  competenceIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Authors (people of the registry), in order' })
  @IsOptional()
  @ArrayMaxSize(30, { message: 'Не больше 30 авторов' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор автора' })
  authorPersonIds?: string[];

  @Field(() => ID, { nullable: true, description: 'The network to publish in (the organisation must take part in it)' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор сети' })
  networkId?: string | null;
}

@InputType()
export class CreatePracticeInput extends UpdatePracticeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Выберите организацию' })
  organizationId!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите название практики' })
  @MaxLength(500, { message: 'Название — не длиннее 500 символов' })
  declare title: string;
}

@InputType()
export class ReturnPracticeInput {
  @Field({ description: 'Why the card goes back to its authors (Russian)' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Укажите причину возврата' })
  @MaxLength(2000, { message: 'Причина — не длиннее 2000 символов' })
  reason!: string;
}

@InputType()
export class AttachmentInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите название вложения' })
  @MaxLength(300, { message: 'Название — не длиннее 300 символов' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'A link instead of a file' })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(1000, { message: 'Ссылка — не длиннее 1000 символов' })
  @URL
  url?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(255, { message: 'Имя файла — не длиннее 255 символов' })
  fileName?: string | null;

  @Field(() => String, { nullable: true, description: 'The file, base64 (pdf, docx, pptx, doc, jpg, png; up to 10 MB)' })
  @IsOptional()
  @IsString()
  contentBase64?: string | null;
}

@InputType()
export class UpdateProductInput {
  @Field(() => ProductKind, { nullable: true })
  @IsOptional()
  @IsEnum(ProductKind, { message: 'Выберите вид продукта' })
  kind?: ProductKind;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите название' })
  @MaxLength(500, { message: 'Название — не длиннее 500 символов' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Описание — не длиннее 5000 символов' })
  description?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Год — целое число' })
  @Min(1950, { message: 'Год — не раньше 1950' })
  @Max(2100, { message: 'Год — не позже 2100' })
  year?: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, in the year' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'Дата выхода — в виде ГГГГ-ММ-ДД' })
  publishedOn?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор карточки практики' })
  practiceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The route (ИОМ) it was made on' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор маршрута' })
  routeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The step of that route' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор шага маршрута' })
  routeStepId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimToNull()
  @IsString()
  @MaxLength(1000, { message: 'Ссылка — не длиннее 1000 символов' })
  @URL
  url?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Authors (people of the registry), in order' })
  @IsOptional()
  @ArrayMaxSize(30, { message: 'Не больше 30 авторов' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор автора' })
  authorPersonIds?: string[];

  @Field(() => String, { nullable: true, description: 'Replace the file: its name' })
  @IsOptional()
  @IsString()
  @MaxLength(255, { message: 'Имя файла — не длиннее 255 символов' })
  fileName?: string | null;

  @Field(() => String, { nullable: true, description: 'Replace the file: base64 (pdf, docx, pptx, doc, jpg, png; up to 10 MB)' })
  @IsOptional()
  @IsString()
  contentBase64?: string | null;
}

@InputType()
export class CreateProductInput extends UpdateProductInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Выберите организацию' })
  organizationId!: string;

  @Field(() => ProductKind)
  @IsEnum(ProductKind, { message: 'Выберите вид продукта' })
  declare kind: ProductKind;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите название' })
  @MaxLength(500, { message: 'Название — не длиннее 500 символов' })
  declare title: string;

  @Field(() => Int)
  @IsInt({ message: 'Год — целое число' })
  @Min(1950, { message: 'Год — не раньше 1950' })
  @Max(2100, { message: 'Год — не позже 2100' })
  declare year: number;
}
