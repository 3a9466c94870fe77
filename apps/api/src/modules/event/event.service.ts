import { Injectable } from '@nestjs/common';
import { Caller } from '../../common/access/access-rule';
import { AccessService } from '../../common/access/access.service';
import { AccessScope } from '../../common/auth/access-scope';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { notFound } from '../../common/errors/errors';
import { PageRequest } from '../../common/pagination/order';
import { EventFilter, EventOrder } from './dto/events.args';
import { EventRepository } from './event.repository';
import { EventEntity } from './event.entity';
import { occurrences } from './event-occurrences';

export const EVENT_NOT_FOUND = 'Мероприятие не найдено';

/** Events: reading them in the caller's scope; batches for the field resolvers. */
@Injectable()
export class EventService {
  constructor(
    private readonly repo: EventRepository,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
  ) {}

  list(scope: AccessScope, filter: EventFilter | undefined, order: EventOrder | undefined, page: PageRequest) {
    return this.repo.page(this.uow.reader, scope, filter, order, page);
  }

  async get(scope: AccessScope, id: string): Promise<EventEntity> {
    const found = await this.repo.findInScope(this.uow.reader, scope, id);
    if (!found) throw notFound(EVENT_NOT_FOUND);
    return found;
  }

  // Batches for field resolvers.
  hostNames = (ids: readonly string[]) => this.repo.hosts(this.uow.reader, ids);
  organizersOf = (ids: readonly string[]) => this.repo.organizersOf(this.uow.reader, ids);
  responsibleOf = (ids: readonly string[]) => this.repo.responsibleOf(this.uow.reader, ids);
  exceptionsOf = (ids: readonly string[]) => this.repo.exceptionsOf(this.uow.reader, ids);
  registrationsOf = (ids: readonly string[]) => this.repo.registrationsOf(this.uow.reader, ids);
  attendanceOf = (ids: readonly string[]) => this.repo.attendanceOf(this.uow.reader, ids);
  feedbackOf = (ids: readonly string[]) => this.repo.feedbackOf(this.uow.reader, ids);
  materialsOf = (ids: readonly string[]) => this.repo.materialsOf(this.uow.reader, ids);
  registeredCounts = (ids: readonly string[]) => this.repo.registeredCounts(this.uow.reader, ids);
  feedbackSummaries = (ids: readonly string[]) => this.repo.feedbackSummaries(this.uow.reader, ids);
  myRegistrations = (personId: string, ids: readonly string[]) => this.repo.myRegistrations(this.uow.reader, personId, ids);
  manageable = (caller: Caller, ids: readonly string[]) => this.access.check(this.uow.reader, caller, 'event.manage', ids);
  responsibleFor = (caller: Caller, ids: readonly string[]) => this.access.check(this.uow.reader, caller, 'event.responsible', ids);
  occurrencesOf = async (events: readonly EventEntity[]) => {
    const exceptions = await this.repo.exceptionsOf(this.uow.reader, events.map((e) => e.id));
    return events.map((e) => occurrences(e, exceptions.filter((x) => x.eventId === e.id)));
  };
}
