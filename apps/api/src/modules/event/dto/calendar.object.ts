import { Field, ID, ObjectType } from '@nestjs/graphql';
import { EventKind } from '@metodset/shared';
import { CalendarEntry } from '../calendar-occurrences';

@ObjectType('CalendarOccurrence', { description: 'Одно проведение мероприятия в календаре (серия развёрнута, исключения учтены)' })
export class CalendarOccurrenceObject {
  @Field(() => ID, { description: 'Stable: the event id, or `<event id>_<generated date>` for an occurrence of a series' }) id!: string;
  @Field(() => ID) eventId!: string;
  @Field() title!: string;
  @Field(() => EventKind) kind!: EventKind;
  @Field({ description: 'All-day (a date or a period) or timed' }) allDay!: boolean;
  @Field({ description: 'YYYY-MM-DD when all-day, an ISO instant otherwise' }) startsAt!: string;
  @Field(() => String, { nullable: true, description: 'Last day (inclusive) when all-day, an ISO instant otherwise' }) endsAt!: string | null;
  @Field() cancelled!: boolean;
  @Field(() => String, { nullable: true }) place!: string | null;
  @Field(() => String, { nullable: true }) periodLabel!: string | null;

  static from(e: CalendarEntry): CalendarOccurrenceObject {
    return Object.assign(new CalendarOccurrenceObject(), {
      id: e.id,
      eventId: e.eventId,
      title: e.title,
      kind: e.kind,
      allDay: e.allDay,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      cancelled: e.cancelled,
      place: e.place,
      periodLabel: e.periodLabel,
    });
  }
}

@ObjectType('CalendarOption')
export class CalendarOptionObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('CalendarFilterOptions', { description: 'Values of the filters that the caller’s visible events use' })
export class CalendarFilterOptionsObject {
  @Field(() => [CalendarOptionObject]) networks!: CalendarOptionObject[];
  @Field(() => [CalendarOptionObject]) municipalities!: CalendarOptionObject[];
  @Field(() => [CalendarOptionObject]) competences!: CalendarOptionObject[];
}

@ObjectType('CalendarSubscription', { description: 'Подписка на календарь (iCal) с фильтром; сама ссылка показывается один раз' })
export class CalendarSubscriptionObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID, { nullable: true }) networkId!: string | null;
  @Field(() => ID, { nullable: true }) municipalityId!: string | null;
  @Field(() => EventKind, { nullable: true }) kind!: EventKind | null;
  @Field(() => ID, { nullable: true }) competenceId!: string | null;
  @Field({ description: 'The filter in words («Сеть: …; Вид: …»); empty: every visible event' }) filterLabel!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType('CalendarSubscriptionCreated')
export class CalendarSubscriptionCreatedObject {
  @Field({ description: 'Path of the feed (`/ical/<secret>.ics`) relative to the site; shown once, only its hash is kept' }) path!: string;
  @Field(() => CalendarSubscriptionObject) subscription!: CalendarSubscriptionObject;
}
