import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { DocumentKind, DocumentLevel, DocumentTaskState, DocumentValidity } from '@metodset/shared';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../common/pagination/order';
import { ListArgs } from '../../../common/pagination/page.args';
import { ArchiveFilter } from '../../organization/dto/organizations.args';

export enum DocumentOrderField {
  TITLE = 'TITLE',
  NUMBER = 'NUMBER',
  ISSUED_ON = 'ISSUED_ON',
  LEVEL = 'LEVEL',
  KIND = 'KIND',
  TASK_COUNT = 'TASK_COUNT',
}
registerEnumType(DocumentOrderField, { name: 'DocumentOrderField' });
export const DocumentOrder = OrderInput('Document', DocumentOrderField);
export type DocumentOrder = ListOrder<DocumentOrderField>;

@InputType()
export class DocumentFilter {
  @Field(() => DocumentLevel, { nullable: true })
  @IsOptional()
  @IsEnum(DocumentLevel, { message: 'Неизвестный уровень документа' })
  level?: DocumentLevel;

  @Field(() => DocumentKind, { nullable: true })
  @IsOptional()
  @IsEnum(DocumentKind, { message: 'Неизвестный вид документа' })
  kind?: DocumentKind;

  @Field(() => DocumentValidity, { nullable: true, description: 'Validity today' })
  @IsOptional()
  @IsEnum(DocumentValidity, { message: 'Неизвестное состояние действия' })
  validity?: DocumentValidity;

  @Field(() => Int, { nullable: true, description: 'Year of the document’s date' })
  @IsOptional()
  @IsInt({ message: 'Год — целое число' })
  @Min(1900, { message: 'Год — не раньше 1900' })
  @Max(2100, { message: 'Год — не позже 2100' })
  year?: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор организации' })
  organizationId?: string;

  @Field(() => String, { nullable: true, description: 'Documents with exactly this tag (case and spaces do not matter)' })
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: 'Метка — не длиннее 60 символов' })
  tag?: string;

  @Field(() => String, { nullable: true, description: 'Words of the title (Russian full text: «положение» finds «положения») or part of the number' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Строка поиска — не длиннее 200 символов' })
  search?: string;

  @Field(() => ArchiveFilter, { defaultValue: ArchiveFilter.ACTIVE })
  @IsEnum(ArchiveFilter)
  archived: ArchiveFilter = ArchiveFilter.ACTIVE;
}

@ArgsType()
export class DocumentsArgs extends ListArgs {
  @Field(() => DocumentFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DocumentFilter)
  filter?: DocumentFilter;

  @Field(() => DocumentOrder, { nullable: true, description: 'Newest first when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DocumentOrder)
  orderBy?: DocumentOrder;
}

export enum DocumentTaskOrderField {
  DUE_ON = 'DUE_ON',
  DOCUMENT = 'DOCUMENT',
  STATE = 'STATE',
  TEXT = 'TEXT',
}
registerEnumType(DocumentTaskOrderField, { name: 'DocumentTaskOrderField' });
export const DocumentTaskOrder = OrderInput('DocumentTask', DocumentTaskOrderField);
export type DocumentTaskOrder = ListOrder<DocumentTaskOrderField>;

@InputType()
export class DocumentTaskFilter {
  @Field(() => ID, { nullable: true, description: 'Tasks naming this person as responsible' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор педагога' })
  responsiblePersonId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only the caller’s own tasks' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field(() => DocumentTaskState, { nullable: true })
  @IsOptional()
  @IsEnum(DocumentTaskState, { message: 'Неизвестное состояние поручения' })
  state?: DocumentTaskState;

  @Field(() => ID, { nullable: true, description: 'Tasks of documents of this organisation' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор организации' })
  organizationId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Строка поиска — не длиннее 200 символов' })
  search?: string;
}

@ArgsType()
export class DocumentTasksArgs extends ListArgs {
  @Field(() => DocumentTaskFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DocumentTaskFilter)
  filter?: DocumentTaskFilter;

  @Field(() => DocumentTaskOrder, { nullable: true, description: 'Nearest deadline first when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DocumentTaskOrder)
  orderBy?: DocumentTaskOrder;
}
