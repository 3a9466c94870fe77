import { Injectable } from '@nestjs/common';
import { DomainEvents } from '../../common/jobs/domain-events';
import { WebhookEvent, CertificateStatus, FinalProductStatus, formatCertificateNumber, InternshipApplicationSource, InternshipApplicationStatus as S, normalizeCertificateNumber, YOUNG_TEACHER_MAX_YEARS } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Caller } from '../../common/access/access-rule';
import { AccessService } from '../../common/access/access.service';
import { Actor } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { conflict, fieldError, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { renderPdf } from '../../common/pdf/pdf';
import { AuditService } from '../audit/audit.service';
import { RouteEvidenceService } from '../route/route-evidence.service';
import { certificatePdf, openBadgeCredential, type CertificateFacts } from './certificate-document';
import { InternshipCertificateEntity } from './internship-certificate.entity';
import { InternshipCohortEntity } from './internship-cohort.entity';
import { attendancePercent, completionRuleText, isCompleted, SEAT_HOLDING, seatOrWait, transitionProblem } from './internship-rules';
import { ApplicationRow, InternshipRepository } from './internship.repository';
import {
  AddInternshipSessionInput,
  CreateInternshipCohortInput,
  DeclineInternshipApplicationInput,
  MarkInternshipAttendanceInput,
  NominateInternInput,
  ReviewInternshipProductInput,
  RevokeInternshipCertificateInput,
  SubmitInternshipProductInput,
  UpdateInternshipCohortInput,
  UpdateInternshipSessionInput,
} from './dto/internship.input';

const CONSTRAINTS: Record<string, FieldError> = {
  uq_internship_application_live: { field: 'cohortId', message: 'Заявка в эту группу уже подана' },
  ck_internship_cohort_period: { field: 'endsOn', message: 'Окончание не может быть раньше начала' },
  ck_internship_session_time: { field: 'endsAt', message: 'Окончание занятия должно быть позже начала' },
  ck_internship_session_where: { field: 'place', message: 'Укажите место проведения или ссылку на онлайн-занятие' },
};
const COHORT_NOT_FOUND = 'Группа стажёров не найдена';
const APPLICATION_NOT_FOUND = 'Заявка не найдена';
const SESSION_NOT_FOUND = 'Занятие не найдено';
const CERTIFICATE_NOT_FOUND = 'Сертификат не найден';

const today = () => new Date().toISOString().slice(0, 10);
const callerOf = (actor: Actor): Caller => ({ grants: actor.user.grants, personId: actor.user.personId });
const ruleOf = (c: InternshipCohortEntity) => ({ minAttendancePercent: c.minAttendancePercent, requireFinalProduct: c.requireFinalProduct });

/**
 * A programme for teachers with at most N years of experience (young teachers: ≤ YOUNG_TEACHER_MAX_YEARS) refuses
 * others and those whose experience is not on their card.
 */
const yearsText = (n: number): string => {
  const d = n % 100;
  const d1 = n % 10;
  return `${n} ${d > 10 && d < 20 ? 'лет' : d1 === 1 ? 'год' : d1 >= 2 && d1 <= 4 ? 'года' : 'лет'}`;
};

export function audienceProblem(c: { maxYears: number | null; years: number | null }, self: boolean): string | null {
  if (c.maxYears === null) return null;
  const who = c.maxYears === YOUNG_TEACHER_MAX_YEARS ? `для молодых педагогов со стажем не больше ${c.maxYears} лет` : `для педагогов со стажем не больше ${c.maxYears} лет`;
  if (c.years === null) return `Программа ${who}: стаж ${self ? 'в вашей карточке' : 'педагога'} не указан`;
  if (c.years > c.maxYears) return `Программа ${who}: стаж ${self ? 'ваш' : 'педагога'} — ${yearsText(c.years)}`;
  return null;
}

export interface ApplicationView extends ApplicationRow {
  completed: boolean;
  attendancePercent: number;
}

/**
 * Cohorts of internship programmes: applications (one's own or a school's nomination), the site's decisions, a
 * waitlist that moves up by itself, attendance, the completion rule, completion facts and certificates.
 * Every change of a cohort's seats runs with the cohort row locked (SELECT … FOR UPDATE), so simultaneous
 * applications never over-fill it and the queue stays in arrival order.
 */
@Injectable()
export class InternshipService {
  constructor(
    private readonly repo: InternshipRepository,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly routeEvidence: RouteEvidenceService,
    private readonly events: DomainEvents,
  ) {}

  // ----- cohorts and sessions

  async cohort(actor: Actor, id: string) {
    const m = this.uow.reader;
    await this.access.require(m, callerOf(actor), 'internship.cohort.read', id, COHORT_NOT_FOUND);
    const cohort = await this.repo.cohort(m, id);
    if (!cohort) throw notFound(COHORT_NOT_FOUND);
    return cohort;
  }

  /** Cohorts of a programme the caller sees. */
  async cohortsOfProgram(actor: Actor, programId: string): Promise<InternshipCohortEntity[]> {
    const m = this.uow.reader;
    const caller = callerOf(actor);
    const siteId = await this.repo.siteOfProgram(m, programId);
    const [catalogue, runs] = await Promise.all([this.access.can(m, caller, 'staging.read', siteId), this.access.can(m, caller, 'internship.program.manage', programId)]);
    if (!catalogue && !runs) throw notFound('Программа стажировки не найдена');
    const all = await this.repo.cohortsOfProgram(m, programId);
    const visible = await this.access.check(m, caller, 'internship.cohort.read', all.map((c) => c.id));
    return all.filter((c) => visible.has(c.id));
  }

  /** Cohorts the caller sees that have not ended yet (where a teacher may apply). */
  async openCohorts(actor: Actor): Promise<InternshipCohortEntity[]> {
    const m = this.uow.reader;
    const visible = await this.access.check(m, callerOf(actor), 'internship.cohort.read', await this.repo.liveCohortIds(m));
    return this.repo.openCohorts(m, [...visible], today());
  }

  async cohortDetails(actor: Actor, cohorts: readonly InternshipCohortEntity[]) {
    const m = this.uow.reader;
    const ids = cohorts.map((c) => c.id);
    const [counts, managed] = await Promise.all([this.repo.counts(m, ids), this.access.check(m, callerOf(actor), 'internship.cohort.manage', ids)]);
    return new Map(
      cohorts.map((c) => [
        c.id,
        { seated: counts.get(c.id)?.seated ?? 0, waitlisted: counts.get(c.id)?.waitlisted ?? 0, canManage: managed.has(c.id), completionRule: completionRuleText(ruleOf(c)) },
      ]),
    );
  }

  async sessions(cohortIds: readonly string[], archived = false) {
    return this.repo.sessions(this.uow.reader, cohortIds, archived);
  }

  /** The applications a cohort's page lists: all of them for those who run it, none for anyone else. */
  async applicationsOf(actor: Actor, cohort: InternshipCohortEntity): Promise<ApplicationView[]> {
    const m = this.uow.reader;
    if (!(await this.access.can(m, callerOf(actor), 'internship.cohort.manage', cohort.id))) return [];
    return (await this.repo.applicationsOfCohort(m, cohort.id)).map((r) => this.view(cohort, r));
  }

  /** The caller's own live or latest application to a cohort. */
  async myApplicationTo(actor: Actor, cohort: InternshipCohortEntity): Promise<ApplicationView | null> {
    if (!actor.user.personId) return null;
    const rows = (await this.repo.applicationsOfPerson(this.uow.reader, actor.user.personId)).filter((r) => r.cohortId === cohort.id);
    return rows[0] ? this.view(cohort, rows[0]) : null;
  }

  /**
   * Applications waiting for the caller's decision: submitted to live cohorts the caller runs (rule
   * `internship.cohort.manage`: the site's head and masters, staff over its host), oldest first. Three statements.
   */
  async applicationsToDecide(actor: Actor, on: string, limit: number): Promise<ApplicationRow[]> {
    const m = this.uow.reader;
    const pending = await this.repo.cohortsWithSubmitted(m, on);
    if (!pending.length) return [];
    const managed = await this.access.check(m, callerOf(actor), 'internship.cohort.manage', pending);
    return this.repo.submittedApplications(m, [...managed], limit);
  }

  /** The caller's application rows without their cohorts (HOME's agenda needs only the cohort ids and titles). */
  myApplicationRows = (actor: Actor) => (actor.user.personId ? this.repo.applicationsOfPerson(this.uow.reader, actor.user.personId) : Promise.resolve([]));

  async myApplications(actor: Actor): Promise<{ application: ApplicationView; cohort: InternshipCohortEntity }[]> {
    if (!actor.user.personId) return [];
    const m = this.uow.reader;
    const rows = await this.repo.applicationsOfPerson(m, actor.user.personId);
    const cohorts = new Map<string, InternshipCohortEntity>();
    for (const id of new Set(rows.map((r) => r.cohortId))) {
      const c = await this.repo.cohort(m, id);
      if (c) cohorts.set(id, c);
    }
    return rows.filter((r) => cohorts.has(r.cohortId)).map((r) => ({ application: this.view(cohorts.get(r.cohortId)!, r), cohort: cohorts.get(r.cohortId)! }));
  }

  private view(cohort: InternshipCohortEntity, r: ApplicationRow): ApplicationView {
    const completed = r.status === S.APPROVED && isCompleted(ruleOf(cohort), { attended: r.attended, sessions: r.sessions, finalProduct: r.finalProductStatus });
    return { ...r, completed, attendancePercent: attendancePercent(r.attended, r.sessions) };
  }

  async createCohort(actor: Actor, input: CreateInternshipCohortInput): Promise<InternshipCohortEntity> {
    if (input.endsOn < input.startsOn) throw fieldError('endsOn', 'Окончание не может быть раньше начала');
    return this.uow.write(async (m) => {
      await this.access.require(m, callerOf(actor), 'internship.program.manage', input.programId, 'Программа стажировки не найдена');
      if (input.trackId && !(await this.repo.trackOfProgram(m, input.trackId, input.programId))) throw fieldError('trackId', 'Маршрут не относится к этой программе');
      const cohort = await this.repo.insertCohort(m, { ...input, trackId: input.trackId ?? null });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'create', entityType: 'internship-cohort', entityId: cohort.id, after: { title: cohort.title, capacity: cohort.capacity } });
      return cohort;
    }, CONSTRAINTS);
  }

  async addSession(actor: Actor, input: AddInternshipSessionInput) {
    if (!input.place && !input.onlineUrl) throw fieldError('place', 'Укажите место проведения или ссылку на онлайн-занятие');
    if (new Date(input.endsAt) <= new Date(input.startsAt)) throw fieldError('endsAt', 'Окончание занятия должно быть позже начала');
    return this.uow.write(async (m) => {
      await this.requireManage(m, actor, input.cohortId);
      if (input.moduleId && !(await this.repo.moduleOfCohortProgram(m, input.moduleId, input.cohortId))) throw fieldError('moduleId', 'Модуль не относится к программе группы');
      if (input.masterPersonId && !(await this.repo.masterOfCohortSite(m, input.masterPersonId, input.cohortId)))
        throw fieldError('masterPersonId', 'Занятие ведёт руководитель или педагог-мастер площадки');
      const s = await this.repo.insertSession(m, {
        cohortId: input.cohortId,
        moduleId: input.moduleId ?? null,
        topic: input.topic,
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        place: input.place || null,
        onlineUrl: input.onlineUrl || null,
        masterPersonId: input.masterPersonId ?? null,
      });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'create', entityType: 'internship-session', entityId: s.id, after: { cohortId: s.cohortId, topic: s.topic } });
      return s;
    }, CONSTRAINTS);
  }

  /**
   * Edits a cohort under its row lock: capacity never below the seats already taken; a raised capacity moves the
   * waitlist up in the same transaction; a changed rule or track settles those who now complete.
   */
  async updateCohort(actor: Actor, id: string, input: UpdateInternshipCohortInput): Promise<InternshipCohortEntity> {
    if (input.endsOn < input.startsOn) throw fieldError('endsOn', 'Окончание не может быть раньше начала');
    return this.uow.write(async (m) => {
      await this.requireManage(m, actor, id);
      const before = await this.repo.lockCohort(m, id);
      if (!before || before.archivedAt) throw notFound(COHORT_NOT_FOUND);
      if (input.trackId && !(await this.repo.trackOfProgram(m, input.trackId, before.programId))) throw fieldError('trackId', 'Маршрут не относится к этой программе');
      const seated = await this.repo.seatedCount(m, id);
      if (input.capacity < seated) throw fieldError('capacity', `Мест не может быть меньше, чем уже занято: ${seated}`);
      const values = {
        title: input.title,
        trackId: input.trackId ?? null,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        capacity: input.capacity,
        minAttendancePercent: input.minAttendancePercent,
        requireFinalProduct: input.requireFinalProduct,
      };
      const cohort = await this.repo.updateCohort(m, id, values);
      const moved = cohort.capacity > before.capacity ? await this.repo.promote(m, id, cohort.capacity) : [];
      const pick = (c: InternshipCohortEntity) => ({ title: c.title, trackId: c.trackId, startsOn: c.startsOn, endsOn: c.endsOn, capacity: c.capacity, minAttendancePercent: c.minAttendancePercent, requireFinalProduct: c.requireFinalProduct });
      await this.audit.recordMany(m, [
        { accountId: actor.user.accountId, action: 'update', entityType: 'internship-cohort', entityId: id, before: pick(before), after: pick(cohort) },
        ...moved.map((p) => ({ accountId: actor.user.accountId, action: 'promote', entityType: 'internship-application', entityId: p.id, before: { status: S.WAITLISTED }, after: { status: S.SUBMITTED }, personIds: [p.personId] })),
      ]);
      await this.settleAll(m, actor, cohort);
      return cohort;
    }, CONSTRAINTS);
  }

  /** A live session the caller may change (its cohort run by the caller): NOT_FOUND out of reach, FORBIDDEN if only seen. */
  private async manageableSession(m: EntityManager, actor: Actor, id: string) {
    const session = await this.repo.session(m, id);
    if (!session) throw notFound(SESSION_NOT_FOUND);
    await this.requireManage(m, actor, session.cohortId, SESSION_NOT_FOUND);
    return session;
  }

  async updateSession(actor: Actor, id: string, input: UpdateInternshipSessionInput) {
    return this.uow.write(async (m) => {
      // The row first: a session out of reach is NOT_FOUND whatever the input says.
      const before = await this.manageableSession(m, actor, id);
      if (!input.place && !input.onlineUrl) throw fieldError('place', 'Укажите место проведения или ссылку на онлайн-занятие');
      if (new Date(input.endsAt) <= new Date(input.startsAt)) throw fieldError('endsAt', 'Окончание занятия должно быть позже начала');
      if (before.archivedAt) throw conflict('Занятие удалено: сначала верните его');
      if (input.moduleId && !(await this.repo.moduleOfCohortProgram(m, input.moduleId, before.cohortId))) throw fieldError('moduleId', 'Модуль не относится к программе группы');
      if (input.masterPersonId && !(await this.repo.masterOfCohortSite(m, input.masterPersonId, before.cohortId)))
        throw fieldError('masterPersonId', 'Занятие ведёт руководитель или педагог-мастер площадки');
      if (input.startsAt.slice(0, 10) > today() && (await this.repo.sessionHasMarks(m, id)))
        throw fieldError('startsAt', 'По занятию уже отмечено посещение: перенести его на будущую дату нельзя');
      const s = await this.repo.updateSession(m, id, {
        moduleId: input.moduleId ?? null,
        topic: input.topic,
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        place: input.place || null,
        onlineUrl: input.onlineUrl || null,
        masterPersonId: input.masterPersonId ?? null,
      });
      await this.audit.record(m, {
        accountId: actor.user.accountId,
        action: 'update',
        entityType: 'internship-session',
        entityId: id,
        before: { topic: before.topic, startsAt: before.startsAt, endsAt: before.endsAt, place: before.place, onlineUrl: before.onlineUrl, moduleId: before.moduleId, masterPersonId: before.masterPersonId },
        after: { topic: s.topic, startsAt: s.startsAt, endsAt: s.endsAt, place: s.place, onlineUrl: s.onlineUrl, moduleId: s.moduleId, masterPersonId: s.masterPersonId },
      });
      return s;
    }, CONSTRAINTS);
  }

  /**
   * Removes a session from the schedule (archive, undo-able) or brings it back. A session with attendance marked
   * stays: its marks are facts of the interns' completion. Both change the count of sessions, so they run under the
   * cohort's lock and settle those who now complete.
   */
  async setSessionArchived(actor: Actor, id: string, archived: boolean) {
    return this.uow.write(async (m) => {
      const found = await this.manageableSession(m, actor, id);
      const cohort = (await this.repo.lockCohort(m, found.cohortId))!;
      if (archived && (await this.repo.sessionHasMarks(m, id))) throw fieldError('id', 'По занятию уже отмечено посещение: удалить его нельзя');
      if (Boolean(found.archivedAt) === archived) return found;
      const s = await this.repo.updateSession(m, id, { archivedAt: archived ? new Date() : null });
      await this.audit.record(m, { accountId: actor.user.accountId, action: archived ? 'archive' : 'restore', entityType: 'internship-session', entityId: id, after: { cohortId: s.cohortId, topic: s.topic } });
      await this.settleAll(m, actor, cohort);
      return s;
    }, CONSTRAINTS);
  }

  /** The cohort exists for the caller (else NOT_FOUND) and the caller runs it (else FORBIDDEN). */
  private async requireManage(m: EntityManager, actor: Actor, cohortId: string, notFoundMessage = COHORT_NOT_FOUND): Promise<void> {
    const caller = callerOf(actor);
    const [read, manage] = await Promise.all([this.access.can(m, caller, 'internship.cohort.read', cohortId), this.access.can(m, caller, 'internship.cohort.manage', cohortId)]);
    if (!read && !manage) throw notFound(notFoundMessage);
    if (!manage) throw forbidden('Группой распоряжаются руководитель, педагоги-мастера площадки и методисты');
  }

  // ----- applications

  async apply(actor: Actor, cohortId: string): Promise<ApplicationView> {
    await this.access.require(this.uow.reader, callerOf(actor), 'internship.cohort.read', cohortId, COHORT_NOT_FOUND);
    const personId = actor.user.personId;
    if (!personId) throw forbidden('Подать заявку может педагог, чья учётная запись связана с карточкой');
    return this.enqueue(actor, cohortId, personId, InternshipApplicationSource.SELF, null);
  }

  async nominate(actor: Actor, input: NominateInternInput): Promise<ApplicationView> {
    const m0 = this.uow.reader;
    const caller = callerOf(actor);
    await this.access.require(m0, caller, 'internship.cohort.read', input.cohortId, COHORT_NOT_FOUND);
    const workplaces = await this.repo.workplaces(m0, input.personId);
    const candidates = input.organizationId ? workplaces.filter((o) => o === input.organizationId) : workplaces;
    const allowed = await this.access.check(m0, caller, 'internship.nominateFrom', candidates);
    const organizationId = candidates.find((o) => allowed.has(o));
    if (!organizationId) throw notFound('Педагог не найден');
    return this.enqueue(actor, input.cohortId, input.personId, InternshipApplicationSource.NOMINATION, organizationId);
  }

  private enqueue(actor: Actor, cohortId: string, personId: string, source: InternshipApplicationSource, nominatedBy: string | null): Promise<ApplicationView> {
    return this.uow.write(async (m) => {
      const cohort = await this.repo.lockCohort(m, cohortId);
      if (!cohort || cohort.archivedAt) throw notFound(COHORT_NOT_FOUND);
      if (cohort.endsOn < today()) throw conflict('Группа уже завершила работу: заявки не принимаются');
      if (await this.repo.liveApplication(m, cohortId, personId)) throw conflict('Заявка в эту группу уже подана', [{ field: 'cohortId', message: 'Заявка в эту группу уже подана' }]);
      const audience = audienceProblem(await this.repo.experienceCheck(m, cohortId, personId), source === InternshipApplicationSource.SELF);
      if (audience) throw fieldError(source === InternshipApplicationSource.SELF ? 'cohortId' : 'personId', audience);
      const status = seatOrWait(cohort.capacity, await this.repo.seatedCount(m, cohortId));
      const app = await this.repo.insertApplication(m, {
        cohortId,
        personId,
        source,
        nominatedByOrganizationId: nominatedBy,
        status,
        waitlistSeq: status === S.WAITLISTED ? await this.repo.nextWaitlistSeq(m, cohortId) : null,
      });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'create', entityType: 'internship-application', entityId: app.id, after: { cohortId, source, status }, personIds: [personId] });
      return this.view(cohort, (await this.repo.applicationRows(m, [app.id]))[0]!);
    }, CONSTRAINTS);
  }

  /** Loads an application the caller may see (else NOT_FOUND). */
  private async visibleApplication(m: EntityManager, actor: Actor, id: string) {
    await this.access.require(m, callerOf(actor), 'internship.application.read', id, APPLICATION_NOT_FOUND);
    const app = await this.repo.application(m, id);
    if (!app) throw notFound(APPLICATION_NOT_FOUND);
    return app;
  }

  async approve(actor: Actor, id: string): Promise<ApplicationView> {
    return this.decide(actor, id, 'approve', null);
  }

  async decline(actor: Actor, input: DeclineInternshipApplicationInput): Promise<ApplicationView> {
    if (!input.reason.trim()) throw fieldError('reason', 'Укажите причину отказа');
    return this.decide(actor, input.applicationId, 'decline', input.reason.trim());
  }

  async withdraw(actor: Actor, id: string): Promise<ApplicationView> {
    return this.uow.write(async (m) => {
      const app = await this.visibleApplication(m, actor, id);
      if (!(await this.access.can(m, callerOf(actor), 'internship.application.withdraw', id))) throw forbidden('Отозвать заявку может сам педагог или направившая его школа');
      return this.change(m, actor, app.cohortId, id, 'withdraw', { status: S.WITHDRAWN });
    }, CONSTRAINTS);
  }

  private decide(actor: Actor, id: string, action: 'approve' | 'decline', reason: string | null): Promise<ApplicationView> {
    return this.uow.write(async (m) => {
      const app = await this.visibleApplication(m, actor, id);
      if (!(await this.access.can(m, callerOf(actor), 'internship.cohort.manage', app.cohortId))) throw forbidden('Решение по заявке принимает стажировочная площадка');
      return this.change(m, actor, app.cohortId, id, action, action === 'approve' ? { status: S.APPROVED } : { status: S.DECLINED, declineReason: reason });
    }, CONSTRAINTS);
  }

  /**
   * One change of an application's status under the cohort's lock; when it frees a seat, the first on the waitlist
   * moves up in the same transaction.
   */
  private async change(m: EntityManager, actor: Actor, cohortId: string, id: string, action: 'approve' | 'decline' | 'withdraw', values: { status: S; declineReason?: string | null }): Promise<ApplicationView> {
    const cohort = (await this.repo.lockCohort(m, cohortId))!;
    const app = (await this.repo.application(m, id))!;
    const problem = transitionProblem(app.status, action);
    if (problem) throw conflict(problem);
    await this.repo.updateApplication(m, id, { ...values, waitlistSeq: values.status === S.WAITLISTED ? app.waitlistSeq : null, decidedAt: action === 'withdraw' ? app.decidedAt : new Date() });
    const moved = SEAT_HOLDING.includes(app.status) && values.status !== S.APPROVED ? await this.repo.promote(m, cohortId, cohort.capacity) : [];
    await this.audit.recordMany(m, [
      { accountId: actor.user.accountId, action, entityType: 'internship-application', entityId: id, before: { status: app.status }, after: { ...values }, personIds: [app.personId] },
      ...moved.map((p) => ({ accountId: actor.user.accountId, action: 'promote', entityType: 'internship-application', entityId: p.id, before: { status: S.WAITLISTED }, after: { status: S.SUBMITTED }, personIds: [p.personId] })),
    ]);
    return this.view(cohort, (await this.repo.applicationRows(m, [id]))[0]!);
  }

  // ----- attendance

  async sheet(actor: Actor, sessionId: string) {
    const m = this.uow.reader;
    await this.access.require(m, callerOf(actor), 'internship.session.mark', sessionId, SESSION_NOT_FOUND);
    const session = await this.repo.session(m, sessionId);
    if (!session || session.archivedAt) throw notFound(SESSION_NOT_FOUND);
    const cohort = (await this.repo.cohort(m, session.cohortId))!;
    return { session, cohort, rows: await this.repo.sheet(m, sessionId) };
  }

  async mark(actor: Actor, input: MarkInternshipAttendanceInput) {
    return this.uow.write(async (m) => {
      await this.access.require(m, callerOf(actor), 'internship.session.mark', input.sessionId, SESSION_NOT_FOUND);
      const session = (await this.repo.session(m, input.sessionId))!;
      if (session.archivedAt) throw notFound(SESSION_NOT_FOUND);
      if (session.startsAt.toISOString().slice(0, 10) > today()) throw fieldError('sessionId', 'Занятие ещё не состоялось: отметить посещение можно в день занятия');
      const cohort = (await this.repo.lockCohort(m, session.cohortId))!;
      const app = await this.repo.application(m, input.applicationId);
      if (!app || app.cohortId !== session.cohortId || app.status !== S.APPROVED) throw notFound('Стажёр не найден в этой группе');
      await this.repo.mark(m, input.sessionId, input.applicationId, input.present, actor.user.accountId);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'mark', entityType: 'internship-attendance', entityId: input.sessionId, after: { applicationId: app.id, present: input.present }, personIds: [app.personId] });
      await this.settle(m, actor, cohort, app.id);
      const row = (await this.repo.applicationRows(m, [app.id]))[0]!;
      return { applicationId: app.id, personId: app.personId, present: input.present, fullName: row.fullName };
    }, CONSTRAINTS);
  }

  // ----- final product

  async submitProduct(actor: Actor, input: SubmitInternshipProductInput): Promise<ApplicationView> {
    return this.uow.write(async (m) => {
      const app = await this.visibleApplication(m, actor, input.applicationId);
      if (app.personId !== actor.user.personId) throw forbidden('Итоговый продукт представляет сам стажёр');
      if (app.status !== S.APPROVED) throw conflict('Итоговый продукт представляют зачисленные стажёры');
      if (app.finalProductStatus === FinalProductStatus.ACCEPTED) throw conflict('Итоговый продукт уже принят');
      await this.repo.updateApplication(m, app.id, { finalProductTitle: input.title, finalProductUrl: input.url, finalProductStatus: FinalProductStatus.SUBMITTED });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'submit-product', entityType: 'internship-application', entityId: app.id, after: { title: input.title }, personIds: [app.personId] });
      const cohort = (await this.repo.cohort(m, app.cohortId))!;
      return this.view(cohort, (await this.repo.applicationRows(m, [app.id]))[0]!);
    }, CONSTRAINTS);
  }

  async reviewProduct(actor: Actor, input: ReviewInternshipProductInput): Promise<ApplicationView> {
    return this.uow.write(async (m) => {
      const app = await this.visibleApplication(m, actor, input.applicationId);
      if (!(await this.access.can(m, callerOf(actor), 'internship.cohort.manage', app.cohortId))) throw forbidden('Итоговый продукт принимает педагог-мастер площадки');
      const cohort = (await this.repo.lockCohort(m, app.cohortId))!;
      if (app.finalProductStatus !== FinalProductStatus.SUBMITTED) throw conflict('Нет продукта на проверке');
      const status = input.accepted ? FinalProductStatus.ACCEPTED : FinalProductStatus.RETURNED;
      await this.repo.updateApplication(m, app.id, { finalProductStatus: status });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'review-product', entityType: 'internship-application', entityId: app.id, after: { finalProductStatus: status }, personIds: [app.personId] });
      await this.settle(m, actor, cohort, app.id);
      return this.view(cohort, (await this.repo.applicationRows(m, [app.id]))[0]!);
    }, CONSTRAINTS);
  }

  // ----- completion and certificates

  /**
   * When an intern meets the cohort's rule and has no certificate yet: the completed modules are recorded with their
   * hours and date (the facts a yearly record sums), and a certificate is issued with the next number.
   */
  private async settle(m: EntityManager, actor: Actor, cohort: InternshipCohortEntity, applicationId: string): Promise<void> {
    const row = (await this.repo.applicationRows(m, [applicationId]))[0]!;
    if (row.certificateId || !this.view(cohort, row).completed) return;
    await this.issue(m, actor.user.accountId, cohort, row, today(), false);
  }

  /** Settles every approved intern of the cohort who has no certificate yet (after the rule or the schedule changed). */
  private async settleAll(m: EntityManager, actor: Actor, cohort: InternshipCohortEntity): Promise<void> {
    for (const id of await this.repo.approvedWithoutCertificate(m, cohort.id)) await this.settle(m, actor, cohort, id);
  }

  /** Records the completion and issues the certificate (also used by the demo seeder). */
  async issue(m: EntityManager, accountId: string | null, cohort: InternshipCohortEntity, row: ApplicationRow, on: string, illustrative: boolean): Promise<InternshipCertificateEntity> {
    const facts = await this.repo.programFacts(m, cohort.id);
    if (!facts) throw notFound('Программа стажировки не найдена');
    const modules = await this.repo.programModules(m, cohort.id);
    await this.repo.insertCompletions(
      m,
      modules.length
        ? modules.map((x) => ({ applicationId: row.id, personId: row.personId, programId: facts.programId, moduleId: x.moduleId, title: x.title, hours: x.hours, completedOn: on }))
        : [{ applicationId: row.id, personId: row.personId, programId: facts.programId, moduleId: null, title: facts.programTitle, hours: facts.hours, completedOn: on }],
    );
    const hours = modules.length ? modules.reduce((s, x) => s + Number(x.hours), 0) : Number(facts.hours);
    const cert = await this.repo.insertCertificate(m, {
      number: formatCertificateNumber(Number(on.slice(0, 4)), await this.repo.nextCertificateSerial(m)),
      applicationId: row.id,
      personId: row.personId,
      holderName: row.fullName,
      programId: facts.programId,
      programTitle: facts.programTitle,
      siteTitle: facts.siteTitle,
      issuerOrganizationId: facts.issuerOrganizationId,
      issuerName: facts.issuerName,
      hours: String(hours),
      startsOn: cohort.startsOn,
      endsOn: cohort.endsOn,
      issuedOn: on,
      criteria: completionRuleText(ruleOf(cohort)),
      status: CertificateStatus.VALID,
      illustrative,
    });
    await this.audit.record(m, { accountId, action: 'issue', entityType: 'internship-certificate', entityId: cert.id, after: { number: cert.number, hours }, personIds: [row.personId] });
    await this.routeEvidence.modulesCompleted(m, { accountId, personId: row.personId, cohortId: cohort.id, modules, on, certificateNumber: cert.number });
    await this.events.emit(m, WebhookEvent.INTERNSHIP_COMPLETED, { personIds: [row.personId], data: { cohortId: cohort.id, personId: row.personId, certificateNumber: cert.number, hours } });
    return cert;
  }

  /**
   * Revokes a certificate with a reason (those who run its cohort: the site's head and masters, methodists over its
   * host). The public page and the credential then say it was revoked, when and why. Audited.
   */
  async revokeCertificate(actor: Actor, input: RevokeInternshipCertificateInput): Promise<InternshipCertificateEntity> {
    const reason = input.reason.trim();
    if (!reason) throw fieldError('reason', 'Укажите причину отзыва');
    return this.uow.write(async (m) => {
      const caller = callerOf(actor);
      await this.access.require(m, caller, 'internship.certificate.read', input.certificateId, CERTIFICATE_NOT_FOUND);
      const cert = await this.repo.certificate(m, input.certificateId);
      if (!cert) throw notFound(CERTIFICATE_NOT_FOUND);
      const app = (await this.repo.application(m, cert.applicationId))!;
      if (!(await this.access.can(m, caller, 'internship.cohort.manage', app.cohortId))) throw forbidden('Отозвать сертификат может руководитель площадки или методист');
      if (cert.status === CertificateStatus.REVOKED) throw conflict('Сертификат уже отозван');
      const revoked = await this.repo.revokeCertificate(m, cert.id, reason);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'revoke', entityType: 'internship-certificate', entityId: cert.id, before: { status: cert.status }, after: { status: revoked.status, reason }, personIds: [cert.personId] });
      return revoked;
    }, CONSTRAINTS);
  }

  /** The public check of a number: only what the certificate states; each look-up is audited as a read of personal data. */
  async verify(rawNumber: string, accountId: string | null) {
    const number = normalizeCertificateNumber(rawNumber);
    if (!number) return null;
    return this.uow.write(async (m) => {
      const cert = await this.repo.certificateByNumber(m, number);
      if (!cert) return null;
      await this.audit.record(m, { accountId, action: 'verify', entityType: 'internship-certificate', entityId: cert.id, after: { number }, personIds: [cert.personId] });
      return cert;
    });
  }

  private async ownCertificate(actor: Actor, id: string): Promise<InternshipCertificateEntity> {
    const m = this.uow.reader;
    await this.access.require(m, callerOf(actor), 'internship.certificate.read', id, CERTIFICATE_NOT_FOUND);
    const cert = await this.repo.certificate(m, id);
    if (!cert) throw notFound(CERTIFICATE_NOT_FOUND);
    return cert;
  }

  private async factsOf(cert: InternshipCertificateEntity): Promise<CertificateFacts> {
    const completions = await this.repo.completions(this.uow.reader, cert.applicationId);
    return {
      number: cert.number,
      holderName: cert.holderName,
      programmeId: cert.programId,
      programmeTitle: cert.programTitle,
      cohortTitle: '',
      siteTitle: cert.siteTitle,
      issuerName: cert.issuerName,
      issuerId: `urn:metodset:organization:${cert.issuerOrganizationId}`,
      hours: Number(cert.hours),
      startsOn: cert.startsOn,
      endsOn: cert.endsOn,
      issuedOn: cert.issuedOn,
      criteria: cert.criteria,
      modules: completions.filter((c) => c.moduleId).map((c) => ({ title: c.title, hours: Number(c.hours) })),
      status: cert.status,
      revokedAt: cert.revokedAt ? cert.revokedAt.toISOString() : null,
      revokeReason: cert.revokeReason,
    };
  }

  async certificatePdf(actor: Actor, id: string) {
    const cert = await this.ownCertificate(actor, id);
    const bytes = await renderPdf(certificatePdf(await this.factsOf(cert)));
    await this.audit.record(this.uow.reader, { accountId: actor.user.accountId, action: 'download', entityType: 'internship-certificate', entityId: id, personIds: [cert.personId] });
    return { fileName: `sertifikat-${cert.number.replace('МС', 'MS')}.pdf`, fileType: 'application/pdf', contentBase64: bytes.toString('base64') };
  }

  async credential(actor: Actor, id: string): Promise<string> {
    const cert = await this.ownCertificate(actor, id);
    await this.audit.record(this.uow.reader, { accountId: actor.user.accountId, action: 'download', entityType: 'internship-certificate', entityId: id, after: { format: 'open-badges-3.0' }, personIds: [cert.personId] });
    return JSON.stringify(openBadgeCredential(await this.factsOf(cert)), null, 2);
  }
}
