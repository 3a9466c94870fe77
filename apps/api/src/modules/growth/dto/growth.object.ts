import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProfessionalHoursKind } from '@metodset/shared';

registerEnumType(ProfessionalHoursKind, { name: 'ProfessionalHoursKind', description: 'Where a row of the hours record comes from' });

@ObjectType({ description: 'One fact of a person’s professional-development hours: a completed internship module or an attended event (occurrence)' })
export class ProfessionalHoursRowObject {
  @Field(() => ID) personId!: string;
  @Field(() => String, { description: 'Completion or occurrence date (ISO)' }) date!: string;
  @Field(() => ProfessionalHoursKind) kind!: ProfessionalHoursKind;
  @Field(() => String, { nullable: true, description: 'Null for an event outside the caller’s scope' }) title!: string | null;
  @Field(() => Float, { nullable: true, description: 'Academic hours; null: the event gives no hours (counted in no total)' }) hours!: number | null;
  @Field(() => ID, { nullable: true, description: 'The event (link), when the caller may see it' }) eventId!: string | null;
  @Field(() => String, { nullable: true, description: 'Number of the valid certificate (public verification page)' }) certificateNumber!: string | null;
}

@ObjectType({ description: 'A person’s professional-development hours in one school year (1 September – 31 August)' })
export class ProfessionalHoursYearObject {
  @Field(() => ID) personId!: string;
  @Field(() => Int, { description: 'First calendar year of the school year' }) schoolYear!: number;
  @Field({ description: '«2025/2026»' }) label!: string;
  @Field(() => Float) totalHours!: number;
  @Field(() => [ProfessionalHoursRowObject]) rows!: ProfessionalHoursRowObject[];
}
