import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { MentorDirection, MentoringModel, MentorshipStatus, MentorType } from '@metodset/shared';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../common/pagination/order';
import { ListArgs } from '../../../common/pagination/page.args';
import { ArchiveFilter } from '../../organization/dto/organizations.args';

export enum ProgramOrderField {
  NAME = 'NAME',
  MODEL = 'MODEL',
  COORDINATOR = 'COORDINATOR',
  MENTORSHIP_COUNT = 'MENTORSHIP_COUNT',
  STARTS_ON = 'STARTS_ON',
}
registerEnumType(ProgramOrderField, { name: 'ProgramOrderField' });
export const ProgramOrder = OrderInput('Program', ProgramOrderField);
export type ProgramOrder = ListOrder<ProgramOrderField>;

@InputType()
export class ProgramFilter {
  @Field(() => MentoringModel, { nullable: true }) @IsOptional() @IsEnum(MentoringModel, { message: 'Неизвестная модель' }) model?: MentoringModel;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный идентификатор сети' }) networkId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный идентификатор организации' }) organizationId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200, { message: 'Строка поиска — не длиннее 200 символов' }) search?: string;
  @Field(() => ArchiveFilter, { defaultValue: ArchiveFilter.ACTIVE }) @IsEnum(ArchiveFilter) archived: ArchiveFilter = ArchiveFilter.ACTIVE;
}

@ArgsType()
export class ProgramsArgs extends ListArgs {
  @Field(() => ProgramFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ProgramFilter) filter?: ProgramFilter;
  @Field(() => ProgramOrder, { nullable: true, description: 'By name A→Я when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProgramOrder)
  orderBy?: ProgramOrder;
}

export enum MentorOrderField {
  NAME = 'NAME',
  SUBJECTS = 'SUBJECTS',
  LOAD = 'LOAD',
}
registerEnumType(MentorOrderField, { name: 'MentorOrderField' });
export const MentorOrder = OrderInput('Mentor', MentorOrderField);
export type MentorOrder = ListOrder<MentorOrderField>;

@InputType()
export class MentorBaseFilter {
  @Field(() => MentorDirection, { nullable: true }) @IsOptional() @IsEnum(MentorDirection, { message: 'Неизвестное направление' }) direction?: MentorDirection;
  @Field(() => MentorType, { nullable: true }) @IsOptional() @IsEnum(MentorType, { message: 'Неизвестный тип наставника' }) type?: MentorType;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(100, { message: 'Предмет — не длиннее 100 символов' }) subject?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный идентификатор организации' }) organizationId?: string;
  @Field(() => ID, { nullable: true, description: 'Mentors working at the member organisations of this (visible) network, whatever their territory' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор сети' })
  networkId?: string;
  @Field(() => Boolean, { nullable: true, description: 'Only available mentors with a free place' }) @IsOptional() @IsBoolean() withFreePlaces?: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200, { message: 'Строка поиска — не длиннее 200 символов' }) search?: string;
}

@ArgsType()
export class MentorBaseArgs extends ListArgs {
  @Field(() => MentorBaseFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => MentorBaseFilter) filter?: MentorBaseFilter;
  @Field(() => MentorOrder, { nullable: true, description: 'By full name A→Я when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MentorOrder)
  orderBy?: MentorOrder;
}

@InputType()
export class MentorshipFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный идентификатор программы' }) programId?: string;
  @Field(() => MentorshipStatus, { nullable: true }) @IsOptional() @IsEnum(MentorshipStatus, { message: 'Неизвестное состояние' }) status?: MentorshipStatus;
  @Field(() => ID, { nullable: true, description: 'Mentorships this person takes part in' }) @IsOptional() @IsUUID('all', { message: 'Неверный идентификатор педагога' }) personId?: string;
}

export enum MentorshipOrderField {
  MENTORS = 'MENTORS',
  MENTEES = 'MENTEES',
  PROGRAM = 'PROGRAM',
  FORM = 'FORM',
  STATUS = 'STATUS',
  STARTS_ON = 'STARTS_ON',
  HELD_SESSIONS = 'HELD_SESSIONS',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(MentorshipOrderField, { name: 'MentorshipOrderField' });
export const MentorshipOrder = OrderInput('Mentorship', MentorshipOrderField);
export type MentorshipOrder = ListOrder<MentorshipOrderField>;

@ArgsType()
export class MentorshipsArgs extends ListArgs {
  @Field(() => MentorshipFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => MentorshipFilter) filter?: MentorshipFilter;
  @Field(() => MentorshipOrder, { nullable: true, description: 'Newest first when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MentorshipOrder)
  orderBy?: MentorshipOrder;
}
