import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MESSAGE = 'Дата — в виде ГГГГ-ММ-ДД';

@ArgsType()
export class AgendaArgs {
  @Field(() => String, { nullable: true, description: 'The day to look from (YYYY-MM-DD); today when not given' })
  @IsOptional()
  @Matches(DAY, { message: DAY_MESSAGE })
  @IsISO8601({ strict: true }, { message: DAY_MESSAGE })
  today?: string | null;
}

@ArgsType()
export class SchoolHomeArgs extends AgendaArgs {
  @Field(() => ID) @IsUUID('all', { message: 'Неверный идентификатор организации' }) organizationId!: string;
}
