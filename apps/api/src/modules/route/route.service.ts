import { Inject, Injectable } from '@nestjs/common';
import { JournalEntryKind, ROUTE_EDITABLE_STATUSES, ROUTE_STATUS_LABELS, ROUTE_STEP_STATUS_LABELS, RouteStatus, RouteStepKind } from '@metodset/shared';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { AccessScope } from '../../common/auth/access-scope';
import { Permission } from '../../common/auth/permissions';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, fieldError, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { HostAccess } from '../network/host-access';
import { OrganizationRepository } from '../organization/organization.repository';
import { PersonRepository } from '../person/person.repository';
import { RouteSort, RoutesFilter } from './dto/route.args';
import { CreateRouteInput, RouteEvidenceInput, RouteJournalInput, RouteStepInput, RouteStepStatusInput, UpdateRouteInput, UpdateRouteStepInput } from './dto/route.input';
import { LearningRouteStepEntity } from './learning-route-step.entity';
import { LearningRouteEntity } from './learning-route.entity';
import { RouteAccess, RouteRights } from './route-access';
import { ROUTE_MENTOR_SOURCE, RouteMentorSource, RouteMentorSuggestion } from './route-mentor-source';
import { checkEvidenceFile, coverWithMentors, effectiveness, openSteps, reorder, routeTransitionProblem, stepDateProblems, stepStatusProblem } from './route-rules';
import { RouteRepository } from './route.repository';

const CONSTRAINTS: Record<string, FieldError> = {
  ck_learning_route_period: { field: 'endsOn', message: 'Окончание не может быть раньше начала' },
  ck_learning_route_title: { field: 'title', message: 'Введите название маршрута' },
  ck_learning_route_step_period: { field: 'endsOn', message: 'Окончание не может быть раньше начала' },
  ck_learning_route_step_title: { field: 'title', message: 'Введите название шага' },
  ck_learning_route_journal_text: { field: 'text', message: 'Введите текст записи' },
};
const NOT_FOUND = 'Маршрут не найден';
const NO_EDIT = 'Изменять маршрут может сам педагог или те, кто отвечает за его организацию (методист, заместитель директора)';
const NO_APPROVE = 'Утверждать маршрут может администрация организации или методист, отвечающие за неё';
const NOT_EDITABLE = 'Маршрут можно изменять только в состояниях «Черновик» и «Возвращён на доработку»';
const ARCHIVED = 'Маршрут в архиве: сначала восстановите его';
const callerOf = (actor: Actor) => ({ grants: actor.user.grants, personId: actor.user.personId });
const today = () => new Date().toISOString().slice(0, 10);

type Need = 'edit' | 'act' | 'approve' | 'own';

/** Individual and group learning routes (ИОМ): building, the approval flow, steps, evidence, the growth journal. */
@Injectable()
export class RouteService {
  constructor(
    private readonly repo: RouteRepository,
    private readonly access: RouteAccess,
    private readonly people: PersonRepository,
    private readonly organizations: OrganizationRepository,
    private readonly hostAccess: HostAccess,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    @Inject(ROUTE_MENTOR_SOURCE) private readonly mentors: RouteMentorSource,
  ) {}

  
  private static read = (actor: Actor) => RouteAccess.scope(Permission.ROUTE_READ, callerOf(actor));
  private static write = (actor: Actor) => RouteAccess.scope(Permission.ROUTE_WRITE, callerOf(actor));

  // Reading.
  list = (actor: Actor, f: RoutesFilter | undefined, sort: RouteSort, first: number, after?: string | null) =>
    this.repo.page(this.uow.reader, actor.scope, actor.user.personId, f, sort, first, after);

  mine = (actor: Actor) => (actor.user.personId ? this.repo.mine(this.uow.reader, actor.user.personId) : Promise.resolve([]));

  async get(actor: Actor, id: string): Promise<LearningRouteEntity> {
    const r = await this.repo.find(this.uow.reader, actor.scope, actor.user.personId, id);
    if (!r) throw notFound(NOT_FOUND);
    return r;
  }

  competenceOptions = (frameworkCode: string | null) => this.repo.competenceOptions(this.uow.reader, frameworkCode);

  /** A person the caller may see (staff scope, or oneself). */
  private async checkPerson(m: EntityManager, scope: AccessScope, personId: string): Promise<void> {
    if (!(await this.people.eligible(m, scope, null, [personId])).size) throw notFound('Педагог не найден');
  }

  async deficitOptions(actor: Actor, personId: string, campaignId: string | null) {
    const m = this.uow.reader;
    await this.checkPerson(m, actor.scope, personId);
    return this.repo.deficits(m, personId, campaignId);
  }

  /**
   * Proposed steps from a person's deficits: MENTORING steps with mentors covering as many targeted competences as
   * possible, and SELF_EDUCATION for each competence no mentor covers. Without competences, the person's deficits.
   */
  async propose(actor: Actor, personId: string, competenceIds: readonly string[], campaignId: string | null) {
    const m = this.uow.reader;
    await this.checkPerson(m, actor.scope, personId);
    const malformed = competenceIds.map((id, i) => ({ id, i })).filter((x) => !isUUID(x.id));
    if (malformed.length) throw badInput(malformed.map((x) => ({ field: `competenceIds.${x.i}`, message: 'Неверный идентификатор компетенции' })));
    let ids = [...new Set(competenceIds)];
    if (!ids.length) ids = (await this.repo.deficits(m, personId, campaignId)).filter((d) => d.level === 'DEFICIT').map((d) => d.competenceId);
    const known = await this.repo.competenceCodes(m, ids);
    const unknown = ids.map((id, i) => ({ id, i })).filter((x) => !known.has(x.id));
    if (unknown.length) throw badInput(unknown.map((x) => ({ field: `competenceIds.${x.i}`, message: 'Компетенция не найдена' })));
    const suggestions = ids.length ? await this.mentors.suggest(m, RouteService.write(actor).withoutSelf(), personId, ids, 10) : [];
    const byId = new Map(suggestions.map((s) => [s.personId, s]));
    const { chosen, uncovered } = coverWithMentors(
      ids,
      suggestions.map((s) => ({ personId: s.personId, name: s.name, covers: s.competenceIds ?? ids, freePlaces: 0 })),
    );
    const label = (cid: string) => known.get(cid)!.name;
    return [
      ...chosen.map((c) => ({
        kind: RouteStepKind.MENTORING,
        title: `Наставничество: ${c.competenceIds.map(label).join('; ')}`.slice(0, 500),
        competenceIds: c.competenceIds,
        mentor: byId.get(c.mentor.personId) as RouteMentorSuggestion,
      })),
      ...uncovered.map((cid) => ({ kind: RouteStepKind.SELF_EDUCATION, title: `Самообразование: ${label(cid)}`.slice(0, 500), competenceIds: [cid], mentor: null })),
    ];
  }

  async effectiveness(actor: Actor, routeId: string) {
    const r = await this.repo.findShared(this.uow.reader, actor.scope, actor.user.personId, routeId);
    if (!r) throw notFound(NOT_FOUND);
    return (await this.repo.effectiveness(this.uow.reader, [r.id])).map(effectiveness);
  }

  async achievements(actor: Actor, personId: string) {
    const m = this.uow.reader;
    const routes = await this.repo.ofPerson(m, actor.scope, actor.user.personId, personId, true);
    if (!routes.length) await this.checkPerson(m, actor.scope, personId);
    const [card] = await this.people.cards(m, [personId]);
    if (!card) throw notFound('Педагог не найден');
    return { personId, fullName: card.fullName, organizationName: card.organizationName, routes };
  }

  async evidenceFile(actor: Actor, stepId: string) {
    const m = this.uow.reader;
    const step = await this.repo.step(m, stepId);
    const route = step && (await this.repo.findShared(m, actor.scope, actor.user.personId, step.routeId));
    const file = route && step.evidenceFileName ? await this.repo.file(m, stepId) : null;
    if (!step || !file || !step.evidenceFileType) throw notFound('Файл подтверждения не найден');
    return { fileName: step.evidenceFileName!, fileType: step.evidenceFileType, contentBase64: file.content.toString('base64') };
  }

  // Batches for field resolvers.
  competencesOf = (ids: readonly string[]) => this.repo.competencesOf(this.uow.reader, ids);
  stepsOf = (ids: readonly string[]) => this.repo.stepsOf(this.uow.reader, ids);
  journalOf = (ids: readonly string[]) => this.repo.journalOf(this.uow.reader, ids);
  effectivenessOf = async (ids: readonly string[]) => (await this.repo.effectiveness(this.uow.reader, ids)).map((r) => ({ ...effectiveness(r), routeId: r.routeId }));
  rights = (caller: { grants: Actor['user']['grants']; personId: string | null }, routes: readonly LearningRouteEntity[]) => this.access.rights(this.uow.reader, caller, routes);

  // Writing: the one check of who may do what.
  private async lock(m: EntityManager, actor: Actor, id: string, need: Need): Promise<{ route: LearningRouteEntity; rights: RouteRights }> {
    const route = await this.repo.find(m, RouteService.read(actor), actor.user.personId, id, true);
    if (!route) throw notFound(NOT_FOUND);
    const rights = await this.access.of(m, callerOf(actor), route);
    if (need === 'approve') {
      if (route.personId && route.personId === actor.user.personId) throw forbidden('Нельзя утверждать собственный маршрут');
      if (!rights.approver) throw forbidden(NO_APPROVE);
    } else if (need === 'own') {
      if (!rights.owner) throw forbidden('Делиться маршрутом в сети может только сам педагог');
    } else if (!rights.owner && !rights.manager) throw forbidden(NO_EDIT);
    if (route.archivedAt) throw badInput([], ARCHIVED);
    if (need === 'edit' && !ROUTE_EDITABLE_STATUSES.includes(route.status)) throw badInput([], NOT_EDITABLE);
    return { route, rights };
  }

  private async lockStep(m: EntityManager, actor: Actor, stepId: string, need: Need) {
    const step = await this.repo.step(m, stepId);
    if (!step) throw notFound('Шаг маршрута не найден');
    const { route } = await this.lock(m, actor, step.routeId, need);
    return { route, step };
  }

  private static requireInProgress(route: LearningRouteEntity): void {
    if (route.status !== RouteStatus.IN_PROGRESS) throw badInput([], `Отмечать шаги можно, когда маршрут выполняется (сейчас: «${ROUTE_STATUS_LABELS[route.status]}»)`);
  }

  private journal(m: EntityManager, actor: Actor, routeId: string, kind: JournalEntryKind, text: string, stepId: string | null = null) {
    return this.repo.addJournal(m, [{ routeId, kind, text, stepId, occurredOn: today(), authorAccountId: actor.user.accountId }]);
  }

  private async checkCompetences(m: EntityManager, ids: readonly string[]): Promise<string[]> {
    const known = await this.repo.publishedCompetenceIds(m, ids);
    const bad = ids.map((id, i) => ({ id, i })).filter((x) => !known.has(x.id));
    if (bad.length) throw badInput(bad.map((x) => ({ field: `competenceIds.${x.i}`, message: 'Компетенция не найдена в опубликованных рамках' })));
    return [...new Set(ids)];
  }

  private async baselines(m: EntityManager, campaignId: string | null, personId: string | null, ids: readonly string[]) {
    const scores = campaignId && personId ? await this.repo.baselineScores(m, campaignId, personId, ids) : new Map<string, number>();
    return ids.map((competenceId) => ({ competenceId, baselineScore: scores.get(competenceId) ?? null }));
  }

  async create(actor: Actor, input: CreateRouteInput): Promise<LearningRouteEntity> {
    if (!!input.personId === !!input.associationId) throw fieldError('personId', 'Укажите одно: педагога (ИОМ) или объединение (групповой маршрут)');
    if (input.endsOn < input.startsOn) throw fieldError('endsOn', 'Окончание не может быть раньше начала');
    return this.uow.write(async (m) => {
      const write = RouteService.write(actor);
      let organizationId = input.organizationId ?? null;
      if (input.personId) {
        const own = input.personId === actor.user.personId;
        if (!own && !(await this.people.eligible(m, write.withoutSelf(), null, [input.personId])).size) {
          throw fieldError('personId', 'Педагог не найден или вне вашей зоны ответственности');
        }
        organizationId ??= await this.repo.mainOrganization(m, input.personId);
      } else {
        const group = await this.repo.association(m, input.associationId!);
        if (!group) throw fieldError('associationId', 'Объединение не найдено');
        if (!(await this.hostAccess.canManage(m, write.withoutSelf(), group))) throw fieldError('associationId', 'Объединение вне вашей зоны ответственности');
        organizationId ??= group.organizationId;
      }
      if (!organizationId) throw fieldError('organizationId', 'Укажите организацию, отвечающую за маршрут');
      if (!(await this.organizations.idsInScope(m, write, [organizationId])).size) throw fieldError('organizationId', 'Организация вне вашей зоны ответственности');
      if (input.campaignId && !(await this.repo.campaignExists(m, input.campaignId))) throw fieldError('campaignId', 'Диагностика не найдена');
      const ids = await this.checkCompetences(m, input.competenceIds);
      const created = await this.repo.insert(m, {
        personId: input.personId ?? null,
        associationId: input.associationId ?? null,
        organizationId,
        title: input.title,
        goal: input.goal ?? '',
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        campaignId: input.campaignId ?? null,
      });
      await this.repo.setCompetences(m, created.id, await this.baselines(m, created.campaignId, created.personId, ids));
      await this.journal(m, actor, created.id, JournalEntryKind.STATUS, `Маршрут создан: «${ROUTE_STATUS_LABELS.DRAFT}»`);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'create', entityType: 'learning-route', entityId: created.id, after: input });
      return created;
    }, CONSTRAINTS);
  }

  async update(actor: Actor, id: string, input: UpdateRouteInput): Promise<LearningRouteEntity> {
    return this.uow.write(async (m) => {
      const { route } = await this.lock(m, actor, id, 'edit');
      const period = { startsOn: input.startsOn ?? route.startsOn, endsOn: input.endsOn ?? route.endsOn };
      if (period.endsOn < period.startsOn) throw fieldError('endsOn', 'Окончание не может быть раньше начала');
      const steps = await this.repo.stepsOf(m, [id]);
      const outside = steps.find((s) => stepDateProblems(period, s).length);
      if (outside) throw fieldError('startsOn', `Шаг «${outside.title}» выходит за новые сроки маршрута`);
      if (input.campaignId && !(await this.repo.campaignExists(m, input.campaignId))) throw fieldError('campaignId', 'Диагностика не найдена');
      const { competenceIds, ...rest } = input;
      const changes = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Partial<LearningRouteEntity>;
      const after = await this.repo.update(m, id, changes);
      if (competenceIds || input.campaignId !== undefined) {
        const ids = competenceIds ? await this.checkCompetences(m, competenceIds) : (await this.repo.competencesOf(m, [id])).map((c) => c.competenceId);
        const used = steps.find((s) => s.competenceIds.some((c) => !ids.includes(c)));
        if (used) throw fieldError('competenceIds', `Компетенция, которую убрали, используется в шаге «${used.title}»`);
        await this.repo.setCompetences(m, id, await this.baselines(m, after.campaignId, after.personId, ids));
      }
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update', entityType: 'learning-route', entityId: id, before: route, after: input });
      return after;
    }, CONSTRAINTS);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<LearningRouteEntity> {
    return this.uow.write(async (m) => {
      const route = await this.repo.find(m, RouteService.read(actor), actor.user.personId, id, true);
      if (!route) throw notFound(NOT_FOUND);
      const rights = await this.access.of(m, callerOf(actor), route);
      if (!rights.owner && !rights.manager) throw forbidden(NO_EDIT);
      if (!!route.archivedAt === archived) return route;
      const after = await this.repo.update(m, id, { archivedAt: archived ? new Date() : null });
      await this.audit.record(m, { accountId: actor.user.accountId, action: archived ? 'archive' : 'restore', entityType: 'learning-route', entityId: id });
      return after;
    }, CONSTRAINTS);
  }

  // The flow.
  private async move(actor: Actor, id: string, to: RouteStatus, need: Need, extra: (r: LearningRouteEntity, steps: LearningRouteStepEntity[]) => Partial<LearningRouteEntity>, note = '') {
    return this.uow.write(async (m) => {
      const { route } = await this.lock(m, actor, id, need);
      const problem = routeTransitionProblem(route.status, to);
      if (problem) throw badInput([], problem);
      const steps = await this.repo.stepsOf(m, [id]);
      const after = await this.repo.update(m, id, { status: to, ...extra(route, steps) });
      await this.journal(m, actor, id, JournalEntryKind.STATUS, `${ROUTE_STATUS_LABELS[route.status]} → ${ROUTE_STATUS_LABELS[to]}${note ? `: ${note}` : ''}`);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'status', entityType: 'learning-route', entityId: id, before: { status: route.status }, after: { status: to, note } });
      return after;
    }, CONSTRAINTS);
  }

  submit = (actor: Actor, id: string) =>
    this.move(actor, id, RouteStatus.ON_APPROVAL, 'act', (_, steps) => {
      if (!steps.length) throw badInput([], 'Добавьте в маршрут хотя бы один шаг');
      return {};
    });

  approve = (actor: Actor, id: string) => this.move(actor, id, RouteStatus.APPROVED, 'approve', () => ({ approvedByAccountId: actor.user.accountId, approvedAt: new Date(), returnComment: null }));

  returnForRework(actor: Actor, id: string, comment: string) {
    const text = comment.trim();
    if (!text) throw fieldError('comment', 'Укажите, что нужно доработать');
    if (text.length > 5000) throw fieldError('comment', 'Комментарий — не длиннее 5000 символов');
    return this.move(actor, id, RouteStatus.RETURNED, 'approve', () => ({ returnComment: text }), text);
  }

  start = (actor: Actor, id: string) => this.move(actor, id, RouteStatus.IN_PROGRESS, 'act', () => ({}));

  complete = (actor: Actor, id: string) =>
    this.move(actor, id, RouteStatus.COMPLETED, 'act', (_, steps) => {
      const open = openSteps(steps);
      if (open.length) throw badInput([], `Сначала отметьте выполненными или отменённые шаги: ${open.map((s) => `«${s.title}»`).join(', ')}`);
      return { completedAt: new Date() };
    });

  // Steps.
  private async checkStep(m: EntityManager, route: LearningRouteEntity, step: Partial<RouteStepInput> & { kind: RouteStepKind }): Promise<void> {
    const problems = stepDateProblems(route, step);
    const allowed = new Set((await this.repo.competencesOf(m, [route.id])).map((c) => c.competenceId));
    (step.competenceIds ?? []).forEach((id, i) => {
      if (!allowed.has(id)) problems.push({ field: `competenceIds.${i}`, message: 'Компетенция не входит в маршрут' });
    });
    if (step.kind !== RouteStepKind.MENTORING) {
      if (step.mentorshipId) problems.push({ field: 'mentorshipId', message: 'Наставничество указывается только для шагов вида «Наставничество»' });
      if (step.mentorPersonId) problems.push({ field: 'mentorPersonId', message: 'Наставник указывается только для шагов вида «Наставничество»' });
    } else {
      if (step.mentorshipId && (!route.personId || !(await this.repo.inMentorship(m, step.mentorshipId, route.personId)))) {
        problems.push({ field: 'mentorshipId', message: 'Это не наставничество педагога, чей маршрут' });
      }
      if (step.mentorPersonId && step.mentorPersonId === route.personId) problems.push({ field: 'mentorPersonId', message: 'Педагог не может быть наставником самому себе' });
      else if (step.mentorPersonId && !(await this.people.cards(m, [step.mentorPersonId])).length) problems.push({ field: 'mentorPersonId', message: 'Наставник не найден' });
    }
    if (problems.length) throw badInput(problems);
  }

  async addStep(actor: Actor, routeId: string, input: RouteStepInput): Promise<LearningRouteEntity> {
    return this.uow.write(async (m) => {
      const { route } = await this.lock(m, actor, routeId, 'edit');
      await this.checkStep(m, route, input);
      const step = await this.repo.insertStep(m, {
        routeId,
        kind: input.kind,
        title: input.title,
        description: input.description ?? '',
        competenceIds: [...new Set(input.competenceIds ?? [])],
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        mentorshipId: input.mentorshipId ?? null,
        mentorPersonId: input.mentorPersonId ?? null,
      });
      await this.journal(m, actor, routeId, JournalEntryKind.STEP, `Добавлен шаг «${step.title}»`, step.id);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'add-step', entityType: 'learning-route', entityId: routeId, after: { stepId: step.id, ...input } });
      return this.repo.update(m, routeId, { updatedAt: new Date() });
    }, CONSTRAINTS);
  }

  async updateStep(actor: Actor, stepId: string, input: UpdateRouteStepInput): Promise<LearningRouteEntity> {
    return this.uow.write(async (m) => {
      const { route, step } = await this.lockStep(m, actor, stepId, 'edit');
      const merged = { ...step, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as LearningRouteStepEntity;
      await this.checkStep(m, route, {
        ...merged,
        // A step that stops being MENTORING forgets its mentor unless one is given explicitly.
        mentorshipId: input.kind && input.kind !== RouteStepKind.MENTORING && input.mentorshipId === undefined ? null : merged.mentorshipId,
        mentorPersonId: input.kind && input.kind !== RouteStepKind.MENTORING && input.mentorPersonId === undefined ? null : merged.mentorPersonId,
      });
      const changes: Partial<LearningRouteStepEntity> = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      if (changes.competenceIds) changes.competenceIds = [...new Set(changes.competenceIds)];
      if (merged.kind !== RouteStepKind.MENTORING) Object.assign(changes, { mentorshipId: null, mentorPersonId: null });
      const after = await this.repo.updateStep(m, stepId, changes);
      await this.journal(m, actor, route.id, JournalEntryKind.STEP, `Изменён шаг «${after.title}»`, stepId);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update-step', entityType: 'learning-route', entityId: route.id, before: step, after: input });
      return this.repo.update(m, route.id, { updatedAt: new Date() });
    }, CONSTRAINTS);
  }

  async moveStep(actor: Actor, stepId: string, position: number): Promise<LearningRouteEntity> {
    return this.uow.write(async (m) => {
      const { route } = await this.lockStep(m, actor, stepId, 'edit');
      const ids = (await this.repo.stepsOf(m, [route.id])).map((s) => s.id);
      await this.repo.setPositions(m, reorder(ids, stepId, position));
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'move-step', entityType: 'learning-route', entityId: route.id, after: { stepId, position } });
      return this.repo.update(m, route.id, { updatedAt: new Date() });
    }, CONSTRAINTS);
  }

  async removeStep(actor: Actor, stepId: string): Promise<LearningRouteEntity> {
    return this.uow.write(async (m) => {
      const { route, step } = await this.lockStep(m, actor, stepId, 'edit');
      await this.repo.removeStep(m, stepId);
      await this.repo.setPositions(m, (await this.repo.stepsOf(m, [route.id])).map((s) => s.id));
      await this.journal(m, actor, route.id, JournalEntryKind.STEP, `Удалён шаг «${step.title}»`);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'remove-step', entityType: 'learning-route', entityId: route.id, before: step });
      return this.repo.update(m, route.id, { updatedAt: new Date() });
    }, CONSTRAINTS);
  }

  async setStepStatus(actor: Actor, stepId: string, input: RouteStepStatusInput): Promise<LearningRouteEntity> {
    return this.uow.write(async (m) => {
      const { route, step } = await this.lockStep(m, actor, stepId, 'act');
      RouteService.requireInProgress(route);
      const problem = stepStatusProblem(route, input.status, input.completedOn, today());
      if (problem) throw badInput([problem], problem.message);
      await this.repo.updateStep(m, stepId, { status: input.status, completedOn: input.status === 'DONE' ? input.completedOn! : null });
      await this.journal(m, actor, route.id, JournalEntryKind.STEP, `Шаг «${step.title}»: ${ROUTE_STEP_STATUS_LABELS[input.status]}`, stepId);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'step-status', entityType: 'learning-route', entityId: route.id, before: { stepId, status: step.status }, after: input });
      return this.repo.update(m, route.id, { updatedAt: new Date() });
    }, CONSTRAINTS);
  }

  async attachEvidence(actor: Actor, stepId: string, input: RouteEvidenceInput): Promise<LearningRouteEntity> {
    const hasFile = !!(input.fileName || input.contentBase64);
    if (!!input.url === hasFile) throw fieldError('url', 'Укажите ссылку или приложите файл (одно из двух)');
    let checked: { content: Buffer; type: string } | null = null;
    if (hasFile) {
      if (!input.fileName) throw fieldError('fileName', 'Укажите имя файла');
      const res = checkEvidenceFile(input.fileName, input.contentBase64 ?? '');
      if (!('content' in res)) throw badInput([res], res.message);
      checked = res;
    }
    return this.uow.write(async (m) => {
      const { route, step } = await this.lockStep(m, actor, stepId, 'act');
      RouteService.requireInProgress(route);
      if (checked) {
        await this.repo.putFile(m, stepId, checked.content);
        await this.repo.updateStep(m, stepId, { evidenceUrl: null, evidenceFileName: input.fileName!, evidenceFileType: checked.type, evidenceFileSize: checked.content.length });
      } else {
        await this.repo.deleteFile(m, stepId);
        await this.repo.updateStep(m, stepId, { evidenceUrl: input.url!, evidenceFileName: null, evidenceFileType: null, evidenceFileSize: null });
      }
      const what = checked ? `файл «${input.fileName}»` : `ссылка ${input.url}`;
      await this.journal(m, actor, route.id, JournalEntryKind.EVIDENCE, `Подтверждение к шагу «${step.title}»: ${what}`, stepId);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'step-evidence', entityType: 'learning-route', entityId: route.id, after: { stepId, url: input.url ?? null, fileName: input.fileName ?? null, fileSize: checked?.content.length ?? null } });
      return this.repo.update(m, route.id, { updatedAt: new Date() });
    }, CONSTRAINTS);
  }

  async setReflection(actor: Actor, stepId: string, reflection: string): Promise<LearningRouteEntity> {
    return this.uow.write(async (m) => {
      const { route, step } = await this.lockStep(m, actor, stepId, 'act');
      RouteService.requireInProgress(route);
      await this.repo.updateStep(m, stepId, { reflection });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'step-reflection', entityType: 'learning-route', entityId: route.id, before: { stepId, reflection: step.reflection }, after: { reflection } });
      return this.repo.update(m, route.id, { updatedAt: new Date() });
    }, CONSTRAINTS);
  }

  async addJournalEntry(actor: Actor, routeId: string, input: RouteJournalInput): Promise<LearningRouteEntity> {
    if (input.occurredOn > today()) throw fieldError('occurredOn', 'Дата записи не может быть в будущем');
    return this.uow.write(async (m) => {
      const { route } = await this.lock(m, actor, routeId, 'act');
      if (input.occurredOn < route.startsOn) throw fieldError('occurredOn', `Дата записи — не раньше начала маршрута (${route.startsOn})`);
      await this.repo.addJournal(m, [{ routeId, kind: JournalEntryKind.NOTE, text: input.text, occurredOn: input.occurredOn, authorAccountId: actor.user.accountId }]);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'journal', entityType: 'learning-route', entityId: routeId, after: input });
      return route;
    }, CONSTRAINTS);
  }

  async setSharing(actor: Actor, routeId: string, shared: boolean): Promise<LearningRouteEntity> {
    return this.uow.write(async (m) => {
      const { route } = await this.lock(m, actor, routeId, 'own');
      if (route.sharedInNetwork === shared) return route;
      const after = await this.repo.update(m, routeId, { sharedInNetwork: shared });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'share', entityType: 'learning-route', entityId: routeId, before: { shared: route.sharedInNetwork }, after: { shared } });
      return after;
    }, CONSTRAINTS);
  }
}
