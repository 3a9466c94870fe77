import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { UuidPipe } from '../../common/graphql/uuid.pipe';
import { EventConnection, EventMaterialFileObject, EventObject } from './dto/event.object';
import { CreateEventInput, EventAttendanceInput, EventExceptionInput, EventFeedbackInput, EventInput, EventMaterialInput } from './dto/event.input';
import { EventsArgs } from './dto/events.args';
import { EventService } from './event.service';
import { DateStringPipe } from '../../common/graphql/date-string.pipe';

const Id = (name: string) => Args(name, { type: () => ID }, UuidPipe);
const E = EventObject.from;

/** Events: the list, the page, keeping them; registration, attendance, feedback, materials. Mutations answer the event. */
@Resolver(() => EventObject)
export class EventResolver {
  constructor(private readonly service: EventService) {}

  @Policy(Permission.EVENT_READ)
  @Query(() => EventConnection, { description: 'Events hosted or organised in the caller’s scope, and those the caller takes part in' })
  async events(@CurrentActor() actor: Actor, @Args() args: EventsArgs) {
    const page = await this.service.list(actor.scope, args.filter, args.orderBy, args);
    return { ...page, nodes: page.nodes.map(E) };
  }

  @Policy(Permission.EVENT_READ)
  @Query(() => EventObject)
  async event(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return E(await this.service.get(actor.scope, id));
  }

  @Policy(Permission.EVENT_READ)
  @Query(() => EventMaterialFileObject, { description: 'An uploaded material of an event' })
  eventMaterialFile(@CurrentActor() actor: Actor, @Id('materialId') materialId: string) {
    return this.service.materialFile(actor, materialId);
  }

  @Policy(Permission.EVENT_WRITE)
  @Mutation(() => EventObject)
  async createEvent(@CurrentActor() actor: Actor, @Args('input') input: CreateEventInput) {
    return E(await this.service.create(actor, input));
  }

  @Policy(Permission.EVENT_WRITE)
  @Mutation(() => EventObject, { description: 'Replaces every field of the form (the host stays)' })
  async updateEvent(@CurrentActor() actor: Actor, @Id('id') id: string, @Args('input') input: EventInput) {
    return E(await this.service.update(actor, id, input));
  }

  @Policy(Permission.EVENT_WRITE)
  @Mutation(() => EventObject)
  async archiveEvent(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return E(await this.service.setArchived(actor, id, true));
  }

  @Policy(Permission.EVENT_WRITE)
  @Mutation(() => EventObject)
  async restoreEvent(@CurrentActor() actor: Actor, @Id('id') id: string) {
    return E(await this.service.setArchived(actor, id, false));
  }

  @Policy(Permission.EVENT_WRITE)
  @Mutation(() => EventObject, { description: 'Moves or cancels one occurrence of a series' })
  async setEventException(@CurrentActor() actor: Actor, @Id('eventId') eventId: string, @Args('input') input: EventExceptionInput) {
    return E(await this.service.setException(actor, eventId, input));
  }

  @Policy(Permission.EVENT_WRITE)
  @Mutation(() => EventObject, { description: 'Restores an occurrence as the rule generates it' })
  async removeEventException(@CurrentActor() actor: Actor, @Id('eventId') eventId: string, @Args('occurrenceDate', DateStringPipe) occurrenceDate: string) {
    return E(await this.service.removeException(actor, eventId, occurrenceDate));
  }

  @Policy(Permission.EVENT_PARTICIPATE)
  @Mutation(() => EventObject, { description: 'Registers the caller (within the cap)' })
  async registerForEvent(@CurrentActor() actor: Actor, @Id('eventId') eventId: string) {
    return E(await this.service.register(actor, eventId));
  }

  @Policy(Permission.EVENT_PARTICIPATE)
  @Mutation(() => EventObject, { description: 'Cancels the caller’s registration' })
  async cancelEventRegistration(@CurrentActor() actor: Actor, @Id('eventId') eventId: string) {
    return E(await this.service.cancelRegistration(actor, eventId));
  }

  @Policy(Permission.EVENT_ATTENDANCE)
  @Mutation(() => EventObject, { description: 'Marks registered people as attending (or removes the mark): organisers and responsible people' })
  async markEventAttendance(@CurrentActor() actor: Actor, @Id('eventId') eventId: string, @Args('input') input: EventAttendanceInput) {
    return E(await this.service.markAttendance(actor, eventId, input));
  }

  @Policy(Permission.EVENT_PARTICIPATE)
  @Mutation(() => EventObject, { description: 'Short feedback of an attendee (rating 1–5 and a comment)' })
  async leaveEventFeedback(@CurrentActor() actor: Actor, @Id('eventId') eventId: string, @Args('input') input: EventFeedbackInput) {
    return E(await this.service.leaveFeedback(actor, eventId, input));
  }

  @Policy(Permission.EVENT_WRITE)
  @Mutation(() => EventObject, { description: 'A link or an uploaded file' })
  async addEventMaterial(@CurrentActor() actor: Actor, @Id('eventId') eventId: string, @Args('input') input: EventMaterialInput) {
    return E(await this.service.addMaterial(actor, eventId, input));
  }

  @Policy(Permission.EVENT_WRITE)
  @Mutation(() => EventObject)
  async removeEventMaterial(@CurrentActor() actor: Actor, @Id('materialId') materialId: string) {
    return E(await this.service.removeMaterial(actor, materialId));
  }
}
