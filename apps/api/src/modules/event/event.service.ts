import { Injectable } from '@nestjs/common';
import { EventRegistrationStatus, EventStatus } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Caller } from '../../common/access/access-rule';
import { AccessService } from '../../common/access/access.service';
import { AccessScope } from '../../common/auth/access-scope';
import { Actor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, conflict, fieldError, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { PageRequest } from '../../common/pagination/order';
import { AuditService } from '../audit/audit.service';
import { PersonRepository } from '../person/person.repository';
import { RouteEvidenceService } from '../route/route-evidence.service';
import { CreateEventInput, EventAttendanceInput, EventExceptionInput, EventFeedbackInput, EventInput, EventMaterialInput } from './dto/event.input';
import { EventFilter, EventOrder } from './dto/events.args';
import { occurrences, seriesDates, spanEnd } from './event-occurrences';
import { checkMaterialFile, eventDates, exceptionValues, registrationProblem, seriesColumns, today } from './event-rules';
import { EventRepository } from './event.repository';
import { EventEntity } from './event.entity';

export const EVENT_NOT_FOUND = 'Мероприятие не найдено';
const OUT_OF_REACH = 'Не найдено или вне вашей зоны ответственности';
const NOT_YOURS = 'Изменять мероприятие может тот, кто отвечает за его организацию, муниципалитет или сеть';
const CONSTRAINTS: Record<string, FieldError> = {
  ck_event_host: { field: 'networkId', message: 'Укажите одно: сеть, организацию или муниципалитет' },
  ck_event_dates: { field: 'endsOn', message: 'Дата окончания — не раньше даты начала' },
  ck_event_capacity: { field: 'capacity', message: 'Число мест — не меньше 1' },
  ck_event_hours: { field: 'hours', message: 'Часы — больше 0 и не больше 1000' },
  ck_event_online_url: { field: 'onlineUrl', message: 'Ссылка — адрес вида https://…' },
  ck_event_recurrence: { field: 'series', message: 'Проверьте правило повторения' },
  ck_event_feedback_rating: { field: 'rating', message: 'Оценка — от 1 до 5' },
  ck_event_material_url: { field: 'url', message: 'Ссылка — адрес вида https://…' },
  // A host that does not exist reads exactly like one out of reach (no existence oracle).
  FK_f476008fe61c6e93f2fe8a3d124: { field: 'organizationId', message: OUT_OF_REACH },
  FK_1eb5a1bf47c75a9df5c610eee57: { field: 'municipalityId', message: OUT_OF_REACH },
  FK_5ba1dced24cbd0f653eecd46af7: { field: 'networkId', message: OUT_OF_REACH },
};

/** Events: keeping them and their series, registrations with a cap, attendance, feedback and materials. */
@Injectable()
export class EventService {
  constructor(
    private readonly repo: EventRepository,
    private readonly access: AccessService,
    private readonly people: PersonRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly routeEvidence: RouteEvidenceService,
  ) {}

  list(scope: AccessScope, filter: EventFilter | undefined, order: EventOrder | undefined, page: PageRequest) {
    return this.repo.page(this.uow.reader, scope, filter, order, page);
  }

  async get(scope: AccessScope, id: string): Promise<EventEntity> {
    const found = await this.repo.findInScope(this.uow.reader, scope, id);
    if (!found) throw notFound(EVENT_NOT_FOUND);
    return found;
  }

  /** Visible (else NOT_FOUND, locked), then the caller's to manage (else FORBIDDEN: they see it). */
  private async lockForChange(m: EntityManager, actor: Actor, id: string, opts: { allowArchived?: boolean } = {}): Promise<EventEntity> {
    const e = await this.visible(m, actor, id, true);
    if (!(await this.access.can(m, actor.user, 'event.manage', id))) throw forbidden(NOT_YOURS);
    if (e.archivedAt && !opts.allowArchived) throw badInput([], 'Мероприятие в архиве: сначала восстановите его');
    return e;
  }

  /** The event as the caller sees it (read scope of EVENT_READ, whatever the operation's permission). */
  private async visible(m: EntityManager, actor: Actor, id: string, lock = false): Promise<EventEntity> {
    const e = await this.repo.findInScope(m, this.access.scope(actor.user, Permission.EVENT_READ), id, lock);
    if (!e) throw notFound(EVENT_NOT_FOUND);
    return e;
  }

  /** Checks the organisers, responsible people and competences a form names (all in one pass of field errors). */
  private async checkLinks(m: EntityManager, actor: Actor, networkId: string | null, input: EventInput): Promise<void> {
    const errors: FieldError[] = [];
    const orgs = await this.repo.eligibleOrganizations(m, actor.scope, networkId, input.organizerIds);
    input.organizerIds.forEach((id, i) => !orgs.has(id) && errors.push({ field: `organizerIds.${i}`, message: OUT_OF_REACH }));
    const people = await this.people.eligible(m, actor.scope, networkId, input.responsibleIds);
    input.responsibleIds.forEach((id, i) => !people.has(id) && errors.push({ field: `responsibleIds.${i}`, message: 'Педагог не найден или вне вашей зоны ответственности' }));
    const comps = await this.repo.existingCompetences(m, input.competenceIds);
    input.competenceIds.forEach((id, i) => !comps.has(id) && errors.push({ field: `competenceIds.${i}`, message: 'Компетенция не найдена' }));
    if (new Set(input.organizerIds).size !== input.organizerIds.length) errors.push({ field: 'organizerIds', message: 'Организация указана дважды' });
    if (new Set(input.responsibleIds).size !== input.responsibleIds.length) errors.push({ field: 'responsibleIds', message: 'Педагог указан дважды' });
    if (errors.length) throw badInput(errors);
  }

  private columns(input: EventInput): Partial<EventEntity> {
    const dates = eventDates(input);
    if (Array.isArray(dates)) throw badInput(dates);
    const series = seriesColumns(input);
    return {
      title: input.title,
      kind: input.kind,
      description: input.description,
      ...dates,
      ...series,
      place: input.place ?? null,
      onlineUrl: input.onlineUrl ?? null,
      audience: input.audience,
      audienceTarget: input.audienceTarget ?? null,
      competenceIds: [...new Set(input.competenceIds)],
      responsibleNote: input.responsibleNote,
      plannedResult: input.plannedResult,
      actualResult: input.actualResult,
      status: input.status,
      capacity: input.capacity ?? null,
      hours: input.hours == null ? null : String(input.hours),
      registrationOpen: input.registrationOpen,
    };
  }

  async create(actor: Actor, input: CreateEventInput): Promise<EventEntity> {
    const given = (['network', 'organization', 'municipality'] as const).filter((h) => input[`${h}Id`]);
    if (given.length !== 1) throw fieldError('networkId', 'Укажите одно: сеть, организацию или муниципалитет');
    const values = this.columns(input);
    return this.uow.write(async (m) => {
      const host = { organizationId: input.organizationId ?? null, municipalityId: input.municipalityId ?? null, networkId: input.networkId ?? null };
      await this.checkLinks(m, actor, host.networkId, input);
      const created = await this.repo.insert(m, { ...values, ...host, spanEndsOn: spanEnd({ ...(values as EventEntity), revision: 0 }) });
      // The rule decides on the row itself: one the caller may not manage is rolled back with the transaction.
      if (!(await this.access.can(m, actor.user, 'event.manage', created.id))) throw fieldError(`${given[0]}Id`, OUT_OF_REACH);
      await this.repo.setOrganizers(m, created.id, input.organizerIds);
      await this.repo.setResponsible(m, created.id, input.responsibleIds);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'create', entityType: 'event', entityId: created.id, after: input });
      return created;
    }, CONSTRAINTS);
  }

  async update(actor: Actor, id: string, input: EventInput): Promise<EventEntity> {
    const values = this.columns(input);
    return this.uow.write(async (m) => {
      const before = await this.lockForChange(m, actor, id);
      await this.checkLinks(m, actor, before.networkId, input);
      const exceptions = await this.repo.exceptions(m, id);
      const after = await this.repo.update(m, id, { ...values, spanEndsOn: spanEnd({ ...before, ...(values as EventEntity) }, exceptions) });
      await this.repo.setOrganizers(m, id, input.organizerIds);
      await this.repo.setResponsible(m, id, input.responsibleIds);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update', entityType: 'event', entityId: id, before, after: input });
      return after;
    }, CONSTRAINTS);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<EventEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockForChange(m, actor, id, { allowArchived: true });
      if (!!before.archivedAt === archived) return before;
      const after = await this.repo.update(m, id, { archivedAt: archived ? new Date() : null });
      await this.audit.record(m, { accountId: actor.user.accountId, action: archived ? 'archive' : 'restore', entityType: 'event', entityId: id });
      return after;
    }, CONSTRAINTS);
  }

  /** Moves or cancels one occurrence of a series (recorded as an exception; setting it again replaces it). */
  async setException(actor: Actor, eventId: string, input: EventExceptionInput): Promise<EventEntity> {
    return this.uow.write(async (m) => {
      const e = await this.lockForChange(m, actor, eventId);
      if (!e.recurrence) throw fieldError('occurrenceDate', 'Мероприятие не повторяется: измените его даты');
      const values = exceptionValues(input, seriesDates(e), e.timing);
      if (Array.isArray(values)) throw badInput(values);
      await this.repo.upsertException(m, { eventId, occurrenceDate: input.occurrenceDate, kind: input.kind, ...values, note: input.note });
      const after = await this.repo.update(m, eventId, { spanEndsOn: spanEnd(e, await this.repo.exceptions(m, eventId)) });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'set-exception', entityType: 'event', entityId: eventId, after: input });
      return after;
    }, CONSTRAINTS);
  }

  /** Restores an occurrence as the rule generates it. */
  async removeException(actor: Actor, eventId: string, occurrenceDate: string): Promise<EventEntity> {
    return this.uow.write(async (m) => {
      const e = await this.lockForChange(m, actor, eventId);
      const found = (await this.repo.exceptions(m, eventId)).find((x) => x.occurrenceDate === occurrenceDate);
      if (!found) throw fieldError('occurrenceDate', 'Для этого проведения нет исключения');
      await this.repo.deleteException(m, found.id);
      const after = await this.repo.update(m, eventId, { spanEndsOn: spanEnd(e, await this.repo.exceptions(m, eventId)) });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'remove-exception', entityType: 'event', entityId: eventId, before: found });
      return after;
    }, CONSTRAINTS);
  }

  /**
   * Registers the caller. The event row is locked (FOR UPDATE) before the seats are counted, so parallel requests
   * queue on it and the cap is never exceeded.
   */
  async register(actor: Actor, eventId: string): Promise<EventEntity> {
    return this.uow.write(async (m) => {
      const e = await this.visible(m, actor, eventId, true);
      const personId = actor.user.personId;
      if (!personId) throw forbidden('Записаться может педагог, учётная запись которого связана с карточкой');
      const mine = await this.repo.registration(m, eventId, personId);
      if (mine?.status === EventRegistrationStatus.REGISTERED) throw conflict('Вы уже записаны на это мероприятие');
      const problem = registrationProblem(e, await this.repo.registeredCount(m, eventId));
      if (problem) throw conflict(problem);
      await this.repo.register(m, eventId, personId);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'register', entityType: 'event', entityId: eventId, personIds: [personId] });
      return e;
    }, CONSTRAINTS);
  }

  async cancelRegistration(actor: Actor, eventId: string): Promise<EventEntity> {
    return this.uow.write(async (m) => {
      const e = await this.visible(m, actor, eventId, true);
      const personId = actor.user.personId;
      if (!personId) throw forbidden('Запись отменяет сам педагог');
      const mine = await this.repo.registration(m, eventId, personId);
      if (mine?.status !== EventRegistrationStatus.REGISTERED) throw conflict('Вы не записаны на это мероприятие');
      if (await this.repo.attended(m, eventId, personId)) throw conflict('Посещение уже отмечено: запись отменить нельзя');
      await this.repo.cancelRegistration(m, mine.id);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'cancel-registration', entityType: 'event', entityId: eventId, personIds: [personId] });
      return e;
    }, CONSTRAINTS);
  }

  /** Marks (or unmarks) registered people as attending one occurrence: managers and responsible people only. */
  async markAttendance(actor: Actor, eventId: string, input: EventAttendanceInput): Promise<EventEntity> {
    return this.uow.write(async (m) => {
      const e = await this.visible(m, actor, eventId, true);
      const may = (await this.access.can(m, actor.user, 'event.manage', eventId)) || (await this.access.can(m, actor.user, 'event.responsible', eventId));
      if (!may) throw forbidden('Посещение отмечают организаторы и ответственные');
      if (e.archivedAt) throw badInput([], 'Мероприятие в архиве: сначала восстановите его');
      if (e.status === EventStatus.CANCELLED) throw badInput([], 'Мероприятие отменено');
      const date = input.occurrenceDate ?? (e.recurrence ? null : e.startsOn);
      if (!date) throw fieldError('occurrenceDate', 'Укажите проведение серии');
      const occ = occurrences(e, await this.repo.exceptions(m, eventId)).find((o) => o.occurrenceDate === date);
      if (!occ) throw fieldError('occurrenceDate', 'У мероприятия нет проведения с этой датой');
      if (occ.cancelled) throw fieldError('occurrenceDate', 'Это проведение отменено');
      if (input.attended && occ.startsOn > today()) throw fieldError('occurrenceDate', 'Посещение отмечают в день проведения или после');
      const registered = new Set((await this.repo.registrationsOf(m, [eventId])).filter((r) => r.status === EventRegistrationStatus.REGISTERED).map((r) => r.personId));
      const errors = input.personIds.flatMap((id, i) => (input.attended && !registered.has(id) ? [{ field: `personIds.${i}`, message: 'Отметить можно только записавшихся' }] : []));
      if (errors.length) throw badInput(errors);
      if (input.attended) await this.repo.markAttendance(m, eventId, date, input.personIds, actor.user.accountId);
      else await this.repo.unmarkAttendance(m, eventId, date, input.personIds);
      const fact = { accountId: actor.user.accountId, eventId, eventTitle: e.title, occurrenceDate: date, personIds: input.personIds };
      await (input.attended ? this.routeEvidence.attended(m, fact) : this.routeEvidence.unattended(m, fact));
      await this.audit.record(m, {
        accountId: actor.user.accountId,
        action: input.attended ? 'mark-attendance' : 'unmark-attendance',
        entityType: 'event',
        entityId: eventId,
        after: { occurrenceDate: date },
        personIds: [...input.personIds],
      });
      return e;
    }, CONSTRAINTS);
  }

  /** Feedback from someone who attended (one per person; giving it again replaces it). */
  async leaveFeedback(actor: Actor, eventId: string, input: EventFeedbackInput): Promise<EventEntity> {
    return this.uow.write(async (m) => {
      const e = await this.visible(m, actor, eventId);
      const personId = actor.user.personId;
      if (!personId) throw forbidden('Отзыв оставляет участник');
      if (!(await this.repo.attended(m, eventId, personId))) throw forbidden('Отзыв оставляют те, кто был на мероприятии');
      await this.repo.upsertFeedback(m, eventId, personId, input.rating, input.comment.trim());
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'feedback', entityType: 'event', entityId: eventId, after: input, personIds: [personId] });
      return e;
    }, CONSTRAINTS);
  }

  async addMaterial(actor: Actor, eventId: string, input: EventMaterialInput): Promise<EventEntity> {
    return this.uow.write(async (m) => {
      const e = await this.lockForChange(m, actor, eventId);
      const hasFile = !!(input.fileName || input.contentBase64);
      if (!!input.url === hasFile) throw fieldError('url', 'Укажите ссылку или приложите файл');
      const file = hasFile ? await checkMaterialFile(input.fileName ?? '', input.contentBase64 ?? '') : null;
      if (file && 'field' in file) throw badInput([file]);
      await this.repo.insertMaterial(
        m,
        { eventId, kind: input.kind, title: input.title, url: input.url ?? null, fileName: file?.fileName ?? null, fileType: file?.type ?? null, fileSize: file?.content.length ?? null },
        file?.content ?? null,
      );
      const after = await this.repo.update(m, eventId, {});
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'add-material', entityType: 'event', entityId: e.id, after: { kind: input.kind, title: input.title, url: input.url, fileName: file?.fileName } });
      return after;
    }, CONSTRAINTS);
  }

  async removeMaterial(actor: Actor, materialId: string): Promise<EventEntity> {
    return this.uow.write(async (m) => {
      const material = await this.repo.material(m, materialId);
      if (!material || !(await this.access.can(m, actor.user, 'event.read', material.eventId))) throw notFound('Материал не найден');
      await this.lockForChange(m, actor, material.eventId);
      await this.repo.deleteMaterial(m, materialId);
      const after = await this.repo.update(m, material.eventId, {});
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'remove-material', entityType: 'event', entityId: material.eventId, before: material });
      return after;
    }, CONSTRAINTS);
  }

  /** The bytes of an uploaded material, for whoever sees the event. */
  async materialFile(actor: Actor, materialId: string) {
    const m = this.uow.reader;
    const material = await this.repo.material(m, materialId);
    const readable = !!material && (await this.access.can(m, actor.user, 'event.read', material.eventId));
    const file = readable && material.fileName ? await this.repo.materialFile(m, materialId) : null;
    if (!material || !file || !material.fileName || !material.fileType) throw notFound('Файл не найден');
    return { fileName: material.fileName, fileType: material.fileType, contentBase64: file.content.toString('base64') };
  }

  // Batches for field resolvers.
  hostNames = (ids: readonly string[]) => this.repo.hosts(this.uow.reader, ids);
  organizersOf = (ids: readonly string[]) => this.repo.organizerNames(this.uow.reader, ids);
  responsibleOf = (ids: readonly string[]) => this.repo.responsibleOf(this.uow.reader, ids);
  competencesOf = (ids: readonly string[]) => this.repo.competencesOf(this.uow.reader, ids);
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
}
