import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { EventRegistrationStatus } from '@metodset/shared';
import { GateRequest } from '../../common/auth/actor';
import { byKeys, groupByKeys, loaderFor } from '../../common/graphql/loaders';
import { PersonCardObject } from '../person/dto/person-card.object';
import { PersonCards } from '../person/person-cards';
import {
  EventAttendanceObject,
  EventCompetenceObject,
  EventExceptionObject,
  EventFeedbackObject,
  EventFeedbackSummaryObject,
  EventHostObject,
  EventMaterialObject,
  EventObject,
  EventOccurrenceObject,
  EventOrganizerObject,
  EventRegistrationObject,
  EventResponsibleObject,
} from './dto/event.object';
import { EventAttendanceEntity } from './event-attendance.entity';
import { EventExceptionEntity } from './event-exception.entity';
import { EventFeedbackEntity } from './event-feedback.entity';
import { occurrences } from './event-occurrences';
import { EventRegistrationEntity } from './event-registration.entity';
import { registrationProblem } from './event-rules';
import { EventEntity } from './event.entity';
import { EventHostRow } from './event.repository';
import { EventService } from './event.service';

/** What one event's page shows of people: everything to its managers and responsible people, one's own rows to others. */
function staffView(req: GateRequest, service: EventService, id: string): Promise<boolean> {
  return loaderFor<string, boolean>(req, 'event.staffView', async (ids) => {
    if (!req.user) return ids.map(() => false);
    const [managed, responsible] = await Promise.all([service.manageable(req.user, ids), service.responsibleFor(req.user, ids)]);
    return ids.map((x) => managed.has(x) || responsible.has(x));
  }).load(id);
}

const grouped = <T>(req: object, key: string, batch: (ids: readonly string[]) => Promise<T[]>, by: (row: T) => string, id: string) =>
  loaderFor<string, T[]>(req, key, async (ids) => groupByKeys(ids, await batch(ids), by)).load(id);

@Resolver(() => EventObject)
export class EventFieldsResolver {
  constructor(
    private readonly service: EventService,
    private readonly cards: PersonCards,
  ) {}

  private registrationRows = (req: object, id: string) => grouped<EventRegistrationEntity>(req, 'event.registrations', this.service.registrationsOf, (r) => r.eventId, id);
  private attendanceRows = (req: object, id: string) => grouped<EventAttendanceEntity>(req, 'event.attendance', this.service.attendanceOf, (r) => r.eventId, id);
  private feedbackRows = (req: object, id: string) => grouped<EventFeedbackEntity>(req, 'event.feedback', this.service.feedbackOf, (r) => r.eventId, id);
  private exceptionRows = (req: object, id: string) => grouped<EventExceptionEntity>(req, 'event.exceptions', this.service.exceptionsOf, (r) => r.eventId, id);

  private async registeredCountOf(req: object, id: string): Promise<number> {
    return loaderFor<string, number>(req, 'event.registeredCount', async (ids) => byKeys(ids, await this.service.registeredCounts(ids), (r) => r.eventId, null).map((r) => r?.count ?? 0)).load(id);
  }

  private async mine(req: GateRequest, id: string): Promise<EventRegistrationEntity | null> {
    const personId = req.user?.personId;
    if (!personId) return null;
    return loaderFor<string, EventRegistrationEntity | null>(req, 'event.mine', async (ids) => byKeys(ids, await this.service.myRegistrations(personId, ids), (r) => r.eventId, null)).load(id);
  }

  @ResolveField(() => EventHostObject, { description: 'The network, organisation or municipality it belongs to' })
  async host(@Parent() e: EventObject, @Context('req') req: object): Promise<EventHostObject> {
    const row = await loaderFor<string, EventHostRow | null>(req, 'event.host', async (ids) => byKeys(ids, await this.service.hostNames(ids), (r) => r.eventId, null)).load(e.id);
    if (!row) throw new Error(`host of ${e.id} missing`);
    return { kind: row.kind, id: row.id, name: row.name };
  }

  @ResolveField(() => [EventOrganizerObject])
  async organizers(@Parent() e: EventObject, @Context('req') req: object): Promise<EventOrganizerObject[]> {
    return (await grouped(req, 'event.organizers', this.service.organizersOf, (r) => r.eventId, e.id)).map((r) => ({ id: r.id, name: r.name }));
  }

  @ResolveField(() => [EventResponsibleObject])
  async responsible(@Parent() e: EventObject, @Context('req') req: object): Promise<EventResponsibleObject[]> {
    return (await grouped(req, 'event.responsible', this.service.responsibleOf, (r) => r.eventId, e.id)).map((r) => ({ personId: r.personId }));
  }

  @ResolveField(() => [EventCompetenceObject])
  async competences(@Parent() e: EventObject, @Context('req') req: object): Promise<EventCompetenceObject[]> {
    return (await grouped(req, 'event.competences', this.service.competencesOf, (r) => r.eventId, e.id)).map((r) => ({ id: r.id, code: r.code, name: r.name }));
  }

  @ResolveField(() => [EventExceptionObject], { description: 'Moved and cancelled occurrences of a series' })
  async exceptions(@Parent() e: EventObject, @Context('req') req: object): Promise<EventExceptionObject[]> {
    return (await this.exceptionRows(req, e.id)).map(EventExceptionObject.from);
  }

  @ResolveField(() => [EventOccurrenceObject], { description: 'One for a single event; a series’ occurrences with its exceptions applied' })
  async occurrences(@Parent() e: EventObject, @Context('req') req: object): Promise<EventOccurrenceObject[]> {
    const source = {
      ...e,
      recurrence: e.series?.frequency ?? null,
      recurrenceInterval: e.series?.interval ?? 1,
      recurrenceCount: e.series?.count ?? null,
      recurrenceUntil: e.series?.until ?? null,
    };
    return occurrences(source, await this.exceptionRows(req, e.id)).map(EventOccurrenceObject.from);
  }

  @ResolveField(() => Int, { description: 'People registered now' })
  registeredCount(@Parent() e: EventObject, @Context('req') req: object): Promise<number> {
    return this.registeredCountOf(req, e.id);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Seats left under the cap (null: no cap)' })
  async seatsLeft(@Parent() e: EventObject, @Context('req') req: object): Promise<number | null> {
    if (e.capacity == null) return null;
    return Math.max(0, e.capacity - (await this.registeredCountOf(req, e.id)));
  }

  @ResolveField(() => EventRegistrationObject, { nullable: true, description: 'The caller’s own registration' })
  async myRegistration(@Parent() e: EventObject, @Context('req') req: GateRequest): Promise<EventRegistrationObject | null> {
    const r = await this.mine(req, e.id);
    return r ? EventRegistrationObject.from(r) : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Why the caller cannot register now (null: can, or is registered)' })
  async registrationProblem(@Parent() e: EventObject, @Context('req') req: GateRequest): Promise<string | null> {
    if (!req.user?.personId) return 'Записаться может педагог, учётная запись которого связана с карточкой';
    const r = await this.mine(req, e.id);
    if (r?.status === EventRegistrationStatus.REGISTERED) return null;
    return registrationProblem({ ...e, archivedAt: e.archivedAt } as unknown as EventEntity, await this.registeredCountOf(req, e.id));
  }

  @ResolveField(() => [EventRegistrationObject], { description: 'Everyone’s to its managers and responsible people; one’s own to others' })
  async registrations(@Parent() e: EventObject, @Context('req') req: GateRequest): Promise<EventRegistrationObject[]> {
    const all = await this.registrationRows(req, e.id);
    const staff = await staffView(req, this.service, e.id);
    return all.filter((r) => staff || r.personId === req.user?.personId).map(EventRegistrationObject.from);
  }

  @ResolveField(() => [EventAttendanceObject], { description: 'Attendance facts: everyone’s to its managers and responsible people; one’s own to others' })
  async attendance(@Parent() e: EventObject, @Context('req') req: GateRequest): Promise<EventAttendanceObject[]> {
    const all = await this.attendanceRows(req, e.id);
    const staff = await staffView(req, this.service, e.id);
    return all.filter((a) => staff || a.personId === req.user?.personId).map((a) => ({ id: a.id, personId: a.personId, occurrenceDate: a.occurrenceDate, markedAt: a.createdAt }));
  }

  @ResolveField(() => Boolean, { description: 'The caller attended (an occurrence of) it' })
  async attended(@Parent() e: EventObject, @Context('req') req: GateRequest): Promise<boolean> {
    const personId = req.user?.personId;
    return !!personId && (await this.attendanceRows(req, e.id)).some((a) => a.personId === personId);
  }

  @ResolveField(() => [EventFeedbackObject], { description: 'Everyone’s to its managers and responsible people; one’s own to others' })
  async feedback(@Parent() e: EventObject, @Context('req') req: GateRequest): Promise<EventFeedbackObject[]> {
    const all = await this.feedbackRows(req, e.id);
    const staff = await staffView(req, this.service, e.id);
    return all.filter((f) => staff || f.personId === req.user?.personId).map((f) => ({ id: f.id, personId: f.personId, rating: f.rating, comment: f.comment, createdAt: f.createdAt }));
  }

  @ResolveField(() => EventFeedbackSummaryObject)
  async feedbackSummary(@Parent() e: EventObject, @Context('req') req: object): Promise<EventFeedbackSummaryObject> {
    const row = await loaderFor<string, EventFeedbackSummaryObject | null>(req, 'event.feedbackSummary', async (ids) =>
      byKeys(ids, await this.service.feedbackSummaries(ids), (r) => r.eventId, null),
    ).load(e.id);
    return { count: row?.count ?? 0, average: row?.average ?? null };
  }

  @ResolveField(() => [EventMaterialObject])
  async materials(@Parent() e: EventObject, @Context('req') req: object): Promise<EventMaterialObject[]> {
    return (await grouped(req, 'event.materials', this.service.materialsOf, (r) => r.eventId, e.id)).map(EventMaterialObject.from);
  }

  @ResolveField(() => Boolean, { description: 'The caller may change it (fields, series, materials)' })
  canEdit(@Parent() e: EventObject, @Context('req') req: GateRequest): Promise<boolean> {
    return loaderFor<string, boolean>(req, 'event.canEdit', async (ids) => {
      const ok = req.user ? await this.service.manageable(req.user, ids) : new Set<string>();
      return ids.map((id) => ok.has(id));
    }).load(e.id);
  }

  @ResolveField(() => Boolean, { description: 'The caller may mark attendance (managers and responsible people)' })
  canMarkAttendance(@Parent() e: EventObject, @Context('req') req: GateRequest): Promise<boolean> {
    return staffView(req, this.service, e.id);
  }
}

@Resolver(() => EventResponsibleObject)
export class EventResponsibleFieldsResolver {
  constructor(private readonly cards: PersonCards) {}

  @ResolveField(() => PersonCardObject)
  async person(@Parent() r: EventResponsibleObject, @Context('req') req: object): Promise<PersonCardObject> {
    const p = await this.cards.load(req, r.personId);
    if (!p) throw new Error(`person ${r.personId} missing`);
    return p;
  }
}

@Resolver(() => EventRegistrationObject)
export class EventRegistrationFieldsResolver {
  constructor(private readonly cards: PersonCards) {}

  @ResolveField(() => PersonCardObject)
  async person(@Parent() r: EventRegistrationObject, @Context('req') req: object): Promise<PersonCardObject> {
    const p = await this.cards.load(req, r.personId);
    if (!p) throw new Error(`person ${r.personId} missing`);
    return p;
  }
}
