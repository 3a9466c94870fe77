import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDateString, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../common/pagination/order';
import { ListArgs } from '../../../common/pagination/page.args';

/** The columns of the log page: when, who, what was done (in words), to what kind of object (in words). */
export enum AuditOrderField {
  AT = 'AT',
  ACTOR = 'ACTOR',
  ACTION = 'ACTION',
  ENTITY = 'ENTITY',
}
registerEnumType(AuditOrderField, { name: 'AuditOrderField' });
export const AuditOrder = OrderInput('Audit', AuditOrderField);
export type AuditOrder = ListOrder<AuditOrderField>;

@InputType()
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Rows that concern this person (their card, lists that returned them, changes naming them)' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор педагога' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Rows written by this account' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор учётной записи' })
  actorAccountId?: string | null;

  @Field(() => String, { nullable: true, description: 'From this moment (ISO date or date-time), inclusive' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'Начало периода — дата в виде ГГГГ-ММ-ДД или дата и время ISO 8601' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to this moment (ISO date-time, exclusive) or to the end of this day (ISO date)' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'Конец периода — дата в виде ГГГГ-ММ-ДД или дата и время ISO 8601' })
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'read, read-list, create, update, login…' })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'Действие — не длиннее 40 символов' })
  @Matches(/^[a-z-]+$/, { message: 'Действие — латинские строчные буквы и дефис' })
  action?: string | null;
}

@ArgsType()
export class AuditLogArgs extends ListArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter | null;

  @Field(() => AuditOrder, { nullable: true, description: 'Newest first when not given' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditOrder)
  orderBy?: AuditOrder;
}
