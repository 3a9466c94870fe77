import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { CampaignStatus, CompetenceLevel } from '@metodset/shared';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../common/pagination/order';
import { ListArgs } from '../../../common/pagination/page.args';
import './diagnostics.enums';

export enum CampaignOrderField {
  NAME = 'NAME',
  MODE = 'MODE',
  SCOPE = 'SCOPE',
  OPENS_ON = 'OPENS_ON',
  STATUS = 'STATUS',
  PARTICIPANTS = 'PARTICIPANTS',
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(CampaignOrderField, { name: 'CampaignOrderField' });
export const CampaignOrder = OrderInput('Campaign', CampaignOrderField);
export type CampaignOrder = ListOrder<CampaignOrderField>;

@InputType()
export class CampaignFilter {
  @Field(() => CampaignStatus, { nullable: true }) @IsOptional() @IsEnum(CampaignStatus, { message: 'Неизвестное состояние' }) status?: CampaignStatus;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный идентификатор методики' }) instrumentId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200, { message: 'Строка поиска — не длиннее 200 символов' }) search?: string;
  @Field(() => Boolean, { nullable: true, description: 'Include archived campaigns' }) @IsOptional() @IsBoolean() includeArchived?: boolean;
}

@ArgsType()
export class CampaignsArgs extends ListArgs {
  @Field(() => CampaignFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => CampaignFilter) filter?: CampaignFilter;
  @Field(() => CampaignOrder, { nullable: true, description: 'Latest opening first when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CampaignOrder)
  orderBy?: CampaignOrder;
}

@InputType()
export class ParticipantFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный идентификатор организации' }) organizationId?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200, { message: 'Строка поиска — не длиннее 200 символов' }) search?: string;
}

export enum ParticipantOrderField {
  NAME = 'NAME',
  ORGANIZATION = 'ORGANIZATION',
  SELF_STATUS = 'SELF_STATUS',
  EXPERT_STATUS = 'EXPERT_STATUS',
}
registerEnumType(ParticipantOrderField, { name: 'ParticipantOrderField', description: 'A response status sorts as its progress: not started, draft, submitted' });
export const ParticipantOrder = OrderInput('Participant', ParticipantOrderField);
export type ParticipantOrder = ListOrder<ParticipantOrderField>;

@ArgsType()
export class ParticipantsArgs extends ListArgs {
  @Field(() => ID) @IsUUID('all', { message: 'Неверный идентификатор диагностики' }) campaignId!: string;
  @Field(() => ParticipantFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ParticipantFilter) filter?: ParticipantFilter;
  @Field(() => ParticipantOrder, { nullable: true, description: 'By full name A→Я when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ParticipantOrder)
  orderBy?: ParticipantOrder;
}

@InputType()
export class ResultFilter extends ParticipantFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'Неверный идентификатор компетенции' }) competenceId?: string;
  @Field(() => CompetenceLevel, { nullable: true, description: 'People with this level (in the competence, if given)' })
  @IsOptional()
  @IsEnum(CompetenceLevel, { message: 'Неизвестный уровень' })
  level?: CompetenceLevel;
}

export enum ResultOrderField {
  NAME = 'NAME',
  ORGANIZATION = 'ORGANIZATION',
}
registerEnumType(ResultOrderField, { name: 'ResultOrderField' });
export const ResultOrder = OrderInput('Result', ResultOrderField);
export type ResultOrder = ListOrder<ResultOrderField>;

@ArgsType()
export class ResultsArgs extends ListArgs {
  @Field(() => ID) @IsUUID('all', { message: 'Неверный идентификатор диагностики' }) campaignId!: string;
  @Field(() => ResultFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ResultFilter) filter?: ResultFilter;
  @Field(() => ResultOrder, { nullable: true, description: 'By full name A→Я when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResultOrder)
  orderBy?: ResultOrder;
}
