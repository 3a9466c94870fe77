import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { CalendarService } from './calendar.service';
import { CalendarArgs, CreateCalendarSubscriptionInput } from './dto/calendar.args';
import {
  CalendarFilterOptionsObject,
  CalendarOccurrenceObject,
  CalendarSubscriptionCreatedObject,
  CalendarSubscriptionObject,
} from './dto/calendar.object';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);

@Resolver()
export class CalendarResolver {
  constructor(private readonly service: CalendarService) {}

  @Policy(Permission.EVENT_READ)
  @Query(() => [CalendarOccurrenceObject], { description: 'Occurrences of the visible events in [from, to) (≤ 100 days), series expanded, exceptions applied' })
  async calendar(@CurrentActor() actor: Actor, @Args() args: CalendarArgs) {
    return (await this.service.occurrences(actor.scope, args)).map(CalendarOccurrenceObject.from);
  }

  @Policy(Permission.EVENT_READ)
  @Query(() => CalendarFilterOptionsObject)
  calendarFilterOptions(@CurrentActor() actor: Actor) {
    return this.service.filterOptions(actor.scope);
  }

  @Policy(Permission.EVENT_READ)
  @Query(() => [CalendarSubscriptionObject], { description: 'The caller’s own live iCal subscriptions' })
  calendarSubscriptions(@CurrentActor() actor: Actor) {
    return this.service.subscriptions(actor);
  }

  @Policy(Permission.EVENT_READ)
  @Mutation(() => CalendarSubscriptionCreatedObject, { description: 'A subscription URL for the filter (the feed shows what the caller may see when it is fetched)' })
  createCalendarSubscription(@CurrentActor() actor: Actor, @Args('input') input: CreateCalendarSubscriptionInput) {
    return this.service.subscribe(actor, input);
  }

  @Policy(Permission.EVENT_READ)
  @Mutation(() => CalendarSubscriptionObject, { description: 'Revokes one of the caller’s subscriptions: its URL answers 404 from now on' })
  revokeCalendarSubscription(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return this.service.revoke(actor, id);
  }

  @Policy(Permission.EVENT_READ)
  @Query(() => String, { description: 'One event (every occurrence of a series) as iCal text (text/calendar)' })
  eventIcal(@CurrentActor() actor: Actor, @Id('eventId') eventId: string) {
    return this.service.eventIcal(actor.scope, eventId, null);
  }
}
