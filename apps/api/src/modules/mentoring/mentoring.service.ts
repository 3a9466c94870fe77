import { Injectable } from '@nestjs/common';
import { DomainEvents } from '../../common/jobs/domain-events';
import { MentoringModel, MentorshipStatus, NetworkMemberStatus, WebhookEvent } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Caller } from '../../common/access/access-rule';
import { AccessService } from '../../common/access/access.service';
import { Actor } from '../../common/auth/actor';
import { AccessScope } from '../../common/auth/access-scope';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, fieldError, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { PersonRepository } from '../person/person.repository';
import { NetworkRepository } from '../network/network.repository';
import { MentorBaseFilter, MentorOrder, MentorshipFilter, MentorshipOrder, ProgramFilter, ProgramOrder } from './dto/mentoring.args';
import { PageRequest } from '../../common/pagination/order';
import {
  CreateMentorshipInput,
  CreateProgramInput,
  MentorProfileInput,
  MentorshipStatusInput,
  PlanSessionInput,
  RecordSessionInput,
  UpdateMentorshipInput,
  UpdateProgramInput,
} from './dto/mentoring.input';
import { capacityProblems, latestHeldOn, participantsProblems, transitionProblem } from './mentoring-rules';
import { MentoringProgramEntity } from './mentoring-program.entity';
import { MentoringRepository } from './mentoring.repository';
import { MentorshipEntity } from './mentorship.entity';

const CONSTRAINTS: Record<string, FieldError> = {
  ck_mentoring_program_period: { field: 'endsOn', message: 'Окончание не может быть раньше начала' },
  ck_mentorship_period: { field: 'endsOn', message: 'Окончание не может быть раньше начала' },
  ck_mentor_profile_capacity: { field: 'capacity', message: 'Число мест — от 1 до 20' },
};
const NO_RIGHTS = 'Изменять программу может тот, кто отвечает за её организацию или координирует её сеть';
const PROGRAM_NOT_FOUND = 'Программа наставничества не найдена';
const MENTORSHIP_NOT_FOUND = 'Наставничество не найдено';
const callerOf = (actor: Actor): Caller => ({ grants: actor.user.grants, personId: actor.user.personId });

/** Mentoring programmes, the mentor base and mentorships with their plan and log of sessions. */
@Injectable()
export class MentoringService {
  constructor(
    private readonly repo: MentoringRepository,
    private readonly access: AccessService,
    private readonly networks: NetworkRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly people: PersonRepository,
    private readonly events: DomainEvents,
  ) {}

  // Programmes.
  listPrograms = (actor: Actor, f: ProgramFilter | undefined, order: ProgramOrder | undefined, page: PageRequest) =>
    this.repo.pagePrograms(this.uow.reader, actor.scope, actor.user.personId, f, order, page);

  async getProgram(actor: Actor, id: string): Promise<MentoringProgramEntity> {
    const m = this.uow.reader;
    await this.access.require(m, callerOf(actor), 'program.read', id, PROGRAM_NOT_FOUND);
    const p = await this.repo.programById(m, id);
    if (!p) throw notFound(PROGRAM_NOT_FOUND);
    return p;
  }

  /** A programme for a change: NOT_FOUND out of reach, FORBIDDEN when visible but not managed by the caller. */
  private async lockProgram(m: EntityManager, actor: Actor, id: string, opts: { allowArchived?: boolean } = {}): Promise<MentoringProgramEntity> {
    await this.access.require(m, callerOf(actor), 'program.read', id, PROGRAM_NOT_FOUND);
    const p = await this.repo.programById(m, id, true);
    if (!p) throw notFound(PROGRAM_NOT_FOUND);
    if (!(await this.access.can(m, callerOf(actor), 'program.manage', id))) throw forbidden(NO_RIGHTS);
    if (p.archivedAt && !opts.allowArchived) throw badInput([], 'Программа в архиве: сначала восстановите её');
    return p;
  }

  private static checkPeriod(startsOn: string, endsOn: string | null | undefined): void {
    if (endsOn && endsOn < startsOn) throw fieldError('endsOn', 'Окончание не может быть раньше начала');
  }

  async createProgram(actor: Actor, input: CreateProgramInput): Promise<MentoringProgramEntity> {
    if (!!input.organizationId === !!input.networkId) throw fieldError('organizationId', 'Укажите одно: организацию или сеть, в которой идёт программа');
    MentoringService.checkPeriod(input.startsOn, input.endsOn);
    return this.uow.write(async (m) => {
      const host = { organizationId: input.organizationId ?? null, networkId: input.networkId ?? null };
      const hosts = host.organizationId
        ? await this.access.can(m, callerOf(actor), 'program.hostOrganization', host.organizationId)
        : await this.access.can(m, callerOf(actor), 'program.hostNetwork', host.networkId);
      if (!hosts) throw fieldError(host.organizationId ? 'organizationId' : 'networkId', 'Вне вашей зоны ответственности');
      if (input.coordinatorPersonId && !(await this.people.eligible(m, actor.scope, host.networkId, [input.coordinatorPersonId])).size) {
        throw fieldError('coordinatorPersonId', 'Педагог не найден или вне вашей зоны ответственности');
      }
      const created = await this.repo.insertProgram(m, { ...input, ...host, endsOn: input.endsOn ?? null, goals: input.goals ?? '', coordinatorPersonId: input.coordinatorPersonId ?? null });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'create', entityType: 'mentoring-program', entityId: created.id, after: input });
      return created;
    }, CONSTRAINTS);
  }

  async updateProgram(actor: Actor, id: string, input: UpdateProgramInput): Promise<MentoringProgramEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockProgram(m, actor, id);
      MentoringService.checkPeriod(input.startsOn ?? before.startsOn, input.endsOn === undefined ? before.endsOn : input.endsOn);
      if (input.coordinatorPersonId && !(await this.people.eligible(m, actor.scope, before.networkId, [input.coordinatorPersonId])).size) {
        throw fieldError('coordinatorPersonId', 'Педагог не найден или вне вашей зоны ответственности');
      }
      const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<MentoringProgramEntity>;
      const after = await this.repo.updateProgram(m, id, changes);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update', entityType: 'mentoring-program', entityId: id, before, after });
      return after;
    }, CONSTRAINTS);
  }

  async setProgramArchived(actor: Actor, id: string, archived: boolean): Promise<MentoringProgramEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockProgram(m, actor, id, { allowArchived: true });
      if (!!before.archivedAt === archived) return before;
      const after = await this.repo.updateProgram(m, id, { archivedAt: archived ? new Date() : null });
      await this.audit.record(m, { accountId: actor.user.accountId, action: archived ? 'archive' : 'restore', entityType: 'mentoring-program', entityId: id });
      return after;
    }, CONSTRAINTS);
  }

  // The mentor base.
  listMentors = (scope: AccessScope, f: MentorBaseFilter | undefined, order: MentorOrder | undefined, page: PageRequest) => this.repo.pageMentors(this.uow.reader, scope, f, order, page);

  async saveMentorProfile(actor: Actor, personId: string, input: MentorProfileInput) {
    return this.uow.write(async (m) => {
      if (!(await this.people.eligible(m, actor.scope, null, [personId])).size) throw notFound('Карточка педагога не найдена');
      const [current] = await this.repo.loads(m, [personId], true);
      if (current && input.capacity < current.load) {
        throw fieldError('capacity', `Сейчас у наставника ${current.load} наставляемых: мест не может быть меньше`);
      }
      const [before] = await this.repo.profilesByPeople(m, [personId]);
      const saved = await this.repo.upsertProfile(m, personId, input);
      await this.audit.record(m, { accountId: actor.user.accountId, action: before ? 'update' : 'create', entityType: 'mentor-profile', entityId: saved.id, before: before ?? null, after: input });
      return saved;
    }, CONSTRAINTS);
  }

  // Mentorships.
  listMentorships = (actor: Actor, f: MentorshipFilter | undefined, order: MentorshipOrder | undefined, page: PageRequest) =>
    this.repo.pageMentorships(this.uow.reader, actor.scope, actor.user.personId, f, order, page);

  async getMentorship(actor: Actor, id: string): Promise<MentorshipEntity> {
    const m = this.uow.reader;
    await this.access.require(m, callerOf(actor), 'mentorship.read', id, MENTORSHIP_NOT_FOUND);
    const found = await this.repo.mentorshipById(m, id);
    if (!found) throw notFound(MENTORSHIP_NOT_FOUND);
    return found;
  }

  private async checkOrganizations(m: EntityManager, actor: Actor, program: MentoringProgramEntity, input: CreateMentorshipInput): Promise<void> {
    const ids = [input.mentorOrganizationId, input.menteeOrganizationId];
    if (program.model !== MentoringModel.SCHOOL_TO_SCHOOL) {
      if (ids.some(Boolean)) throw fieldError('mentorOrganizationId', 'Организации указываются только в модели «Школа – школе»');
      return;
    }
    const fields: FieldError[] = [];
    if (!input.mentorOrganizationId) fields.push({ field: 'mentorOrganizationId', message: 'Укажите школу-наставника' });
    if (!input.menteeOrganizationId) fields.push({ field: 'menteeOrganizationId', message: 'Укажите школу, которую поддерживают' });
    if (fields.length) throw badInput(fields);
    if (input.mentorOrganizationId === input.menteeOrganizationId) throw fieldError('menteeOrganizationId', 'Школа не может наставлять сама себя');
    const known = program.networkId
      ? new Set((await this.networks.membersOf(m, [program.networkId])).filter((x) => x.status === NetworkMemberStatus.ACCEPTED).map((x) => x.organizationId))
      : await this.access.check(m, actor.user, 'organization.write', ids);
    for (const [field, id] of [['mentorOrganizationId', input.mentorOrganizationId], ['menteeOrganizationId', input.menteeOrganizationId]] as const) {
      if (!known.has(id!)) throw fieldError(field, program.networkId ? 'Организация не участвует в сети программы' : 'Организация вне вашей зоны ответственности');
    }
  }

  async createMentorship(actor: Actor, programId: string, input: CreateMentorshipInput): Promise<MentorshipEntity> {
    const sides = participantsProblems(input.mentorIds, input.menteeIds);
    if (sides.length) throw badInput(sides);
    MentoringService.checkPeriod(input.startsOn, input.endsOn);
    return this.uow.write(async (m) => {
      const program = await this.lockProgram(m, actor, programId);
      if (input.startsOn < program.startsOn || (program.endsOn && (input.endsOn ?? input.startsOn) > program.endsOn)) {
        throw fieldError('startsOn', `Сроки наставничества — внутри сроков программы (${program.startsOn} – ${program.endsOn ?? '…'})`);
      }
      await this.checkOrganizations(m, actor, program, input);
      const everyone = [...input.mentorIds, ...input.menteeIds];
      const eligible = await this.people.eligible(m, actor.scope, program.networkId, everyone);
      const outside: FieldError[] = [
        ...input.mentorIds.map((id, i) => ({ id, field: `mentorIds.${i}` })),
        ...input.menteeIds.map((id, i) => ({ id, field: `menteeIds.${i}` })),
      ]
        .filter((x) => !eligible.has(x.id))
        .map((x) => ({ field: x.field, message: 'Педагог не найден или вне вашей зоны ответственности' }));
      if (outside.length) throw badInput(outside);
      // Capacity counts across all programmes; the profiles stay locked until the mentorship is written.
      const full = capacityProblems(await this.repo.loads(m, input.mentorIds, true), input.menteeIds.length);
      if (full.length) throw badInput(full, full[0].message);
      const { mentorIds, menteeIds, ...values } = input;
      const created = await this.repo.insertMentorship(
        m,
        { ...values, programId, endsOn: values.endsOn ?? null, mentorOrganizationId: values.mentorOrganizationId ?? null, menteeOrganizationId: values.menteeOrganizationId ?? null },
        mentorIds,
        menteeIds,
      );
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'create', entityType: 'mentorship', entityId: created.id, after: input });
      return created;
    }, CONSTRAINTS);
  }

  /** The mentorship for a change by a manager of its programme: NOT_FOUND out of reach, FORBIDDEN when only visible. */
  private async lockMentorship(m: EntityManager, actor: Actor, id: string): Promise<MentorshipEntity> {
    await this.access.require(m, callerOf(actor), 'mentorship.read', id, MENTORSHIP_NOT_FOUND);
    const ms = await this.repo.mentorshipById(m, id, true);
    if (!ms) throw notFound(MENTORSHIP_NOT_FOUND);
    if (!(await this.access.can(m, callerOf(actor), 'mentorship.manage', id))) throw forbidden(NO_RIGHTS);
    const [program] = await this.repo.programsByIds(m, [ms.programId]);
    if (program.archivedAt) throw badInput([], 'Программа в архиве: сначала восстановите её');
    return ms;
  }

  async updateMentorship(actor: Actor, id: string, input: UpdateMentorshipInput): Promise<MentorshipEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockMentorship(m, actor, id);
      if (input.endsOn !== undefined) MentoringService.checkPeriod(before.startsOn, input.endsOn);
      const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<MentorshipEntity>;
      const after = await this.repo.updateMentorship(m, id, changes);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update', entityType: 'mentorship', entityId: id, before, after });
      return after;
    }, CONSTRAINTS);
  }

  async setMentorshipStatus(actor: Actor, id: string, input: MentorshipStatusInput): Promise<MentorshipEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockMentorship(m, actor, id);
      const problem = transitionProblem(before.status, input.status, input.reason);
      if (problem) throw fieldError(problem.startsWith('Укажите') ? 'reason' : 'status', problem);
      const after = await this.repo.updateMentorship(m, id, { status: input.status, stopReason: input.status === MentorshipStatus.STOPPED ? input.reason!.trim() : null });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'status', entityType: 'mentorship', entityId: id, before: { status: before.status }, after: input });
      const event = input.status === MentorshipStatus.ACTIVE ? WebhookEvent.MENTORSHIP_STARTED : [MentorshipStatus.COMPLETED, MentorshipStatus.STOPPED].includes(input.status) ? WebhookEvent.MENTORSHIP_ENDED : null;
      if (event && before.status !== input.status) {
        const personIds = (await this.repo.participantsOf(m, [id])).map((x) => x.personId);
        await this.events.emit(m, event, { personIds, data: { mentorshipId: id, status: input.status, personIds } });
      }
      return after;
    }, CONSTRAINTS);
  }

  /** Sessions are planned and logged by the programme's managers and by the mentorship's mentors (rule `mentorship.log`). */
  private async lockForLog(m: EntityManager, actor: Actor, mentorshipId: string): Promise<MentorshipEntity> {
    await this.access.require(m, callerOf(actor), 'mentorship.read', mentorshipId, MENTORSHIP_NOT_FOUND);
    const ms = await this.repo.mentorshipById(m, mentorshipId, true);
    if (!ms) throw notFound(MENTORSHIP_NOT_FOUND);
    if (!(await this.access.can(m, callerOf(actor), 'mentorship.log', mentorshipId))) throw forbidden('Встречи ведут наставники пары и кураторы программы');
    const [program] = await this.repo.programsByIds(m, [ms.programId]);
    if (program.archivedAt) throw badInput([], 'Программа в архиве: сначала восстановите её');
    if (ms.status === MentorshipStatus.COMPLETED || ms.status === MentorshipStatus.STOPPED) throw badInput([], 'Наставничество закрыто: встречи больше не ведутся');
    return ms;
  }

  async planSession(actor: Actor, mentorshipId: string, input: PlanSessionInput): Promise<MentorshipEntity> {
    return this.uow.write(async (m) => {
      const ms = await this.lockForLog(m, actor, mentorshipId);
      if (input.plannedOn < ms.startsOn) throw fieldError('plannedOn', 'Встреча не может быть раньше начала наставничества');
      await this.repo.insertSession(m, { mentorshipId, ...input });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'plan-session', entityType: 'mentorship', entityId: mentorshipId, after: input });
      return ms;
    }, CONSTRAINTS);
  }

  async recordSession(actor: Actor, sessionId: string, input: RecordSessionInput): Promise<MentorshipEntity> {
    return this.uow.write(async (m) => {
      const session = await this.repo.session(m, sessionId);
      if (!session || !(await this.access.can(m, callerOf(actor), 'mentorship.read', session.mentorshipId))) throw notFound('Встреча не найдена');
      const ms = await this.lockForLog(m, actor, session.mentorshipId);
      if (input.heldOn < ms.startsOn) throw fieldError('heldOn', 'Встреча не может быть раньше начала наставничества');
      if (input.heldOn > latestHeldOn()) throw fieldError('heldOn', 'Проведённая встреча не может быть в будущем');
      await this.repo.updateSession(m, sessionId, input);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'record-session', entityType: 'mentorship', entityId: ms.id, before: session, after: input });
      return ms;
    }, CONSTRAINTS);
  }

  // Batches for field resolvers.
  mentorshipCounts = (ids: readonly string[]) => this.repo.mentorshipCounts(this.uow.reader, ids);
  loads = (personIds: readonly string[]) => this.repo.loads(this.uow.reader, personIds);
  participantsOf = (ids: readonly string[]) => this.repo.participantsOf(this.uow.reader, ids);
  sessionsOf = (ids: readonly string[]) => this.repo.sessionsOf(this.uow.reader, ids);
  programsByIds = (ids: readonly string[]) => this.repo.programsByIds(this.uow.reader, ids);
  /** Which of these ids the caller may `action` (abilities and session notes of listed rows), one statement. */
  allowed = (caller: Caller, action: 'program.manage' | 'mentorship.manage' | 'mentorship.log' | 'mentorship.notes', ids: readonly string[]) =>
    this.access.check(this.uow.reader, caller, action, ids);
}
