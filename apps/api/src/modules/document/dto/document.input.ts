import { Field, ID, InputType } from '@nestjs/graphql';
import { DOCUMENT_MAX_TAGS, DOCUMENT_TAG_MAX_LENGTH, DocumentKind, DocumentLevel, DocumentTaskStatus } from '@metodset/shared';
import { ArrayMaxSize, IsArray, IsDateString, IsEnum, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, MaxLength } from 'class-validator';
import { NormalizeTags } from '../../../common/validation/tags';
import { Trim, TrimToNull } from '../../../common/validation/trim';

const DATE = (what: string) => IsDateString({ strict: true }, { message: `${what} — в виде ГГГГ-ММ-ДД` });

@InputType()
export class UpdateDocumentInput {
  @Field(() => DocumentKind, { nullable: true })
  @IsOptional()
  @IsEnum(DocumentKind, { message: 'Выберите вид документа' })
  kind?: DocumentKind;

  @Field({ nullable: true, description: 'As written («273-ФЗ»); empty when none' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100, { message: 'Номер — не длиннее 100 символов' })
  number?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @DATE('Дата документа')
  issuedOn?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите название документа' })
  @MaxLength(2000, { message: 'Название — не длиннее 2000 символов' })
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500, { message: 'Кем принят — не длиннее 500 символов' })
  issuer?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @DATE('Дата вступления в силу')
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @DATE('Дата окончания действия')
  validUntil?: string | null;

  @Field(() => ID, { nullable: true, description: 'The document that replaced this one' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор документа' })
  replacedById?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the text is published (http/https)' })
  @IsOptional()
  @TrimToNull()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'Ссылка — адрес вида https://…' })
  @MaxLength(2000, { message: 'Ссылка — не длиннее 2000 символов' })
  url?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Источник — не длиннее 5000 символов' })
  sourceNote?: string;

  @Field(() => [String], { nullable: true, description: 'Topics (lower-cased, each once; replaces the list when given)' })
  @IsOptional()
  @NormalizeTags()
  @IsArray({ message: 'Метки — список' })
  @ArrayMaxSize(DOCUMENT_MAX_TAGS, { message: `Не больше ${DOCUMENT_MAX_TAGS} меток` })
  @IsString({ each: true, message: 'Метка — текст' })
  @MaxLength(DOCUMENT_TAG_MAX_LENGTH, { each: true, message: `Метка — не длиннее ${DOCUMENT_TAG_MAX_LENGTH} символов` })
  tags?: string[];
}

@InputType()
export class CreateDocumentInput extends UpdateDocumentInput {
  @Field(() => DocumentLevel)
  @IsEnum(DocumentLevel, { message: 'Выберите уровень документа' })
  level!: DocumentLevel;

  @Field(() => DocumentKind)
  @IsEnum(DocumentKind, { message: 'Выберите вид документа' })
  declare kind: DocumentKind;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите название документа' })
  @MaxLength(2000, { message: 'Название — не длиннее 2000 символов' })
  declare title: string;

  @Field(() => ID, { nullable: true, description: 'Regional documents: the region' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор региона' })
  regionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Municipal documents: the municipality' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор муниципалитета' })
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Documents of an organisation' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор организации' })
  organizationId?: string | null;
}

@InputType()
export class DocumentFileInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Укажите имя файла' })
  @MaxLength(255, { message: 'Имя файла — не длиннее 255 символов' })
  fileName!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Файл пуст' })
  // base64 is checked by the service (`checkAttachedFile`, a loop): a pattern over megabytes can overflow the stack.
  contentBase64!: string;
}

@InputType()
export class DocumentTaskInput {
  @Field({ nullable: true, description: 'As written («4.»)' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(20, { message: 'Номер пункта — не длиннее 20 символов' })
  number?: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите текст поручения' })
  @MaxLength(5000, { message: 'Текст — не длиннее 5000 символов' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @DATE('Срок')
  dueOn?: string | null;

  @Field({ nullable: true, description: '«Ответственные» as written' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000, { message: 'Ответственные — не длиннее 1000 символов' })
  responsibleText?: string;

  @Field(() => [ID], { nullable: true, description: 'Responsible people (replaces the list when given)' })
  @IsOptional()
  @ArrayMaxSize(30, { message: 'Не больше 30 ответственных' })
  @IsUUID('all', { each: true, message: 'Неверный идентификатор педагога' })
  responsiblePersonIds?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Результат — не длиннее 5000 символов' })
  result?: string;
}

@InputType()
export class DocumentTaskStatusInput {
  @Field(() => DocumentTaskStatus)
  @IsEnum(DocumentTaskStatus, { message: 'Выберите состояние поручения' })
  status!: DocumentTaskStatus;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; DONE: the day it was done (today when not given)' })
  @IsOptional()
  @DATE('Дата выполнения')
  doneOn?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'Результат — не длиннее 5000 символов' })
  result?: string;
}
