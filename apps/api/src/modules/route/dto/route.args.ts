import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { RouteStatus } from '@metodset/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../common/pagination/order';
import { ListArgs } from '../../../common/pagination/page.args';
import { ArchiveFilter } from '../../organization/dto/organizations.args';

export enum RouteOrderField {
  TITLE = 'TITLE',
  OWNER = 'OWNER',
  STATUS = 'STATUS',
  PROGRESS = 'PROGRESS',
  STARTS_ON = 'STARTS_ON',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(RouteOrderField, { name: 'RouteOrderField' });
export const RouteOrder = OrderInput('Route', RouteOrderField);
export type RouteOrder = ListOrder<RouteOrderField>;

@InputType()
export class RoutesFilter {
  @Field(() => RouteStatus, { nullable: true }) @IsOptional() @IsEnum(RouteStatus, { message: 'Неизвестное состояние маршрута' }) status?: RouteStatus;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный идентификатор организации' }) organizationId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный идентификатор педагога' }) personId?: string;
  @Field(() => String, { nullable: true, description: 'By title or the owner’s name' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Строка поиска — не длиннее 200 символов' })
  search?: string;
  @Field(() => ArchiveFilter, { defaultValue: ArchiveFilter.ACTIVE }) @IsEnum(ArchiveFilter) archived: ArchiveFilter = ArchiveFilter.ACTIVE;
}

@ArgsType()
export class RoutesArgs extends ListArgs {
  @Field(() => RoutesFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => RoutesFilter) filter?: RoutesFilter;
  @Field(() => RouteOrder, { nullable: true, description: 'Newest first when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RouteOrder)
  orderBy?: RouteOrder;
}

/** «Диалог в сети» by its columns: the teacher, their workplace, shared routes, done steps, the latest change. */
export enum SharedTeacherOrderField {
  NAME = 'NAME',
  ORGANIZATION = 'ORGANIZATION',
  SHARED_ROUTES = 'SHARED_ROUTES',
  COMPLETED_STEPS = 'COMPLETED_STEPS',
  LATEST_AT = 'LATEST_AT',
}
registerEnumType(SharedTeacherOrderField, { name: 'SharedTeacherOrderField' });
export const SharedTeacherOrder = OrderInput('SharedTeacher', SharedTeacherOrderField);
export type SharedTeacherOrder = ListOrder<SharedTeacherOrderField>;

@ArgsType()
export class SharedTeachersArgs extends ListArgs {
  @Field(() => String, { nullable: true, description: 'By the teacher’s name' })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Строка поиска — не длиннее 200 символов' })
  search?: string;

  @Field(() => SharedTeacherOrder, { nullable: true, description: 'The most recently changed first when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SharedTeacherOrder)
  orderBy?: SharedTeacherOrder;
}
