import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DashboardRowKind } from '@metodset/shared';
import { ConnectionType } from '../../../common/pagination/connection';

@ObjectType('DashboardRow', { description: 'A row behind a dashboard number: a person, a mentorship, a cohort, an event or an attended occurrence' })
export class DashboardRowObject {
  @Field(() => ID, { description: 'The person, mentorship, cohort, event or attendance' }) id!: string;
  @Field(() => DashboardRowKind) kind!: DashboardRowKind;
  @Field(() => ID, { nullable: true, description: 'The person (rows of people and attended occurrences)' }) personId!: string | null;
  @Field({ description: 'A person’s full name, a programme’s, a cohort’s or an event’s title; «недоступно» when the caller may not open the row' }) name!: string;
  @Field(() => String, { nullable: true, description: 'A person’s workplace, a mentorship’s programme, a cohort’s programme, an occurrence’s event' })
  context!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: a mentorship’s or a cohort’s start, an event’s first attended day in the period, an occurrence’s day' })
  day!: string | null;
  @Field({ description: 'The caller may open the row’s own page' }) canOpen!: boolean;
}

export const DashboardRowConnection = ConnectionType(DashboardRowObject, 'DashboardRow');
