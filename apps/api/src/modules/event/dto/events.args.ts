import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { EventKind, EventStatus } from '@metodset/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ListOrder, OrderInput } from '../../../common/pagination/order';
import { ListArgs } from '../../../common/pagination/page.args';
import { ArchiveFilter } from '../../organization/dto/organizations.args';

export enum EventOrderField {
  STARTS_ON = 'STARTS_ON',
  TITLE = 'TITLE',
  KIND = 'KIND',
  HOST = 'HOST',
  STATUS = 'STATUS',
  REGISTERED_COUNT = 'REGISTERED_COUNT',
}
registerEnumType(EventOrderField, { name: 'EventOrderField' });
export const EventOrder = OrderInput('Event', EventOrderField);
export type EventOrder = ListOrder<EventOrderField>;

@InputType()
export class EventFilter {
  @Field(() => ID, { nullable: true, description: 'Hosted by this network' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор сети' })
  networkId?: string;

  @Field(() => ID, { nullable: true, description: 'Hosted by this municipality or by an organisation in it' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор муниципалитета' })
  municipalityId?: string;

  @Field(() => ID, { nullable: true, description: 'Hosted or organised by this organisation' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор организации' })
  organizationId?: string;

  @Field(() => EventKind, { nullable: true })
  @IsOptional()
  @IsEnum(EventKind, { message: 'Неизвестный вид мероприятия' })
  kind?: EventKind;

  @Field(() => ID, { nullable: true, description: 'Addresses this competence (by its code across framework versions)' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор компетенции' })
  competenceId?: string;

  @Field(() => EventStatus, { nullable: true })
  @IsOptional()
  @IsEnum(EventStatus, { message: 'Неизвестный статус мероприятия' })
  status?: EventStatus;

  @Field(() => String, { nullable: true, description: 'Events (any occurrence) ending on or after this date' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Дата «с» — в формате ГГГГ-ММ-ДД' })
  from?: string;

  @Field(() => String, { nullable: true, description: 'Events starting on or before this date' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'Дата «по» — в формате ГГГГ-ММ-ДД' })
  to?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Строка поиска — не длиннее 200 символов' })
  search?: string;

  @Field(() => ArchiveFilter, { defaultValue: ArchiveFilter.ACTIVE })
  @IsEnum(ArchiveFilter)
  archived: ArchiveFilter = ArchiveFilter.ACTIVE;
}

@ArgsType()
export class EventsArgs extends ListArgs {
  @Field(() => EventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EventFilter)
  filter?: EventFilter;

  @Field(() => EventOrder, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EventOrder)
  orderBy?: EventOrder;
}
