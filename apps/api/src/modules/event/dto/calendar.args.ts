import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { EventKind } from '@metodset/shared';
import { Type } from 'class-transformer';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Trim } from '../../../common/validation/trim';

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The calendar's filters (those of the event list it shares with EVENTS). */
@InputType()
export class CalendarFilter {
  @Field(() => ID, { nullable: true, description: 'Hosted by this network' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор сети' })
  networkId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Hosted by this municipality or by an organisation in it' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор муниципалитета' })
  municipalityId?: string | null;

  @Field(() => EventKind, { nullable: true })
  @IsOptional()
  @IsEnum(EventKind, { message: 'Неизвестный вид мероприятия' })
  kind?: EventKind | null;

  @Field(() => ID, { nullable: true, description: 'Addresses this competence (by its code across framework versions)' })
  @IsOptional()
  @IsUUID('all', { message: 'Неверный идентификатор компетенции' })
  competenceId?: string | null;
}

@ArgsType()
export class CalendarArgs {
  @Field({ description: 'First day, YYYY-MM-DD' })
  @Matches(ISO_DAY, { message: 'Дата «с» — в формате ГГГГ-ММ-ДД' })
  from!: string;

  @Field({ description: 'Last day (exclusive, as calendars give it), YYYY-MM-DD; at most 100 days after `from`' })
  @Matches(ISO_DAY, { message: 'Дата «по» — в формате ГГГГ-ММ-ДД' })
  to!: string;

  @Field(() => CalendarFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CalendarFilter)
  filter?: CalendarFilter;
}

@InputType()
export class CreateCalendarSubscriptionInput {
  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Введите название подписки' })
  @MaxLength(200, { message: 'Название — не длиннее 200 символов' })
  name!: string;

  @Field(() => CalendarFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CalendarFilter)
  filter?: CalendarFilter;
}
