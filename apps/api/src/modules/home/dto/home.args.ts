import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';

/** A calendar day: month 01–12, day 01–31. */
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DAY_MESSAGE = 'Дата — в виде ГГГГ-ММ-ДД';

@ArgsType()
export class AgendaArgs {
  @Field(() => String, { nullable: true, description: 'The day to look from (YYYY-MM-DD); today when not given' })
  @IsOptional()
  @Matches(DAY, { message: DAY_MESSAGE })
  today?: string | null;
}

@ArgsType()
export class SchoolHomeArgs extends AgendaArgs {
  @Field(() => ID) @IsUUID('all', { message: 'Неверный идентификатор организации' }) organizationId!: string;
}
