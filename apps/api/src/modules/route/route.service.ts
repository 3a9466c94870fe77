import { Injectable } from '@nestjs/common';
import { DomainEvents } from '../../common/jobs/domain-events';
import { Caller } from '../../common/access/access-rule';
import { JournalEntryKind, ROUTE_STATUS_LABELS, RouteStatus, WebhookEvent } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { AccessService } from '../../common/access/access.service';
import { Permission } from '../../common/auth/permissions';
import { badInput, fieldError, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { PersonRepository } from '../person/person.repository';
import { RouteOrder, RoutesFilter, SharedTeacherOrder } from './dto/route.args';
import { PageRequest } from '../../common/pagination/order';
import { CreateRouteInput, RouteJournalInput, UpdateRouteInput } from './dto/route.input';
import { LearningRouteStepEntity } from './learning-route-step.entity';
import { LearningRouteEntity } from './learning-route.entity';
import { callerOf, Need, ROUTE_CONSTRAINTS as CONSTRAINTS, ROUTE_NOT_FOUND as NOT_FOUND, RouteLocks, today } from './route-locks';
import { effectiveness, openSteps, routeTransitionProblem, sharedRoute, stepDateProblems } from './route-rules';
import { RouteRepository } from './route.repository';
import type { RoutePage } from './route-loaders';

/** Individual and group learning routes (ИОМ): reading, building, the approval flow, the growth journal, sharing. */
@Injectable()
export class RouteService {
  constructor(
    private readonly repo: RouteRepository,
    private readonly access: AccessService,
    private readonly people: PersonRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly locks: RouteLocks,
    private readonly events: DomainEvents,
  ) {}

  // Reading.
  list = (actor: Actor, f: RoutesFilter | undefined, order: RouteOrder | undefined, page: PageRequest) =>
    this.repo.page(this.uow.reader, actor.scope, actor.user.personId, f, order, page);

  mine = (actor: Actor) => (actor.user.personId ? this.repo.mine(this.uow.reader, actor.user.personId) : Promise.resolve([]));

  async get(actor: Actor, id: string): Promise<LearningRouteEntity> {
    const m = this.uow.reader;
    await this.access.require(m, callerOf(actor), 'route.read', id, NOT_FOUND);
    const r = await this.repo.byId(m, id);
    if (!r) throw notFound(NOT_FOUND);
    return r;
  }

  /**
   * The route page in one statement (`RouteRepository.routePage`): `route.read` decided with the caller's rights over
   * the route, whether its person is shown and, over its steps, `route.stepMentor` and `event.read` (the access
   * component's rules, in the same statement), then — only for a readable route — the route and what its page shows
   * under it. Out of reach is NOT_FOUND, as in `get`.
   */
  async forPage(actor: Actor, id: string): Promise<RoutePage> {
    const m = this.uow.reader;
    const caller = callerOf(actor);
    const page = await this.repo.routePage(m, id, (action, idsSql, values) => this.access.selectSql(m, caller, action, idsSql, values));
    if (!page) throw notFound(NOT_FOUND);
    return { ...page, effectiveness: page.effectiveness.map((r) => ({ ...effectiveness(r), routeId: r.routeId })) };
  }

  /** «Карта эффективности»: the same rule as the route itself (`route.read`); a route only shared in the network has none. */
  async effectiveness(actor: Actor, routeId: string) {
    const m = this.uow.reader;
    await this.access.require(m, callerOf(actor), 'route.read', routeId, NOT_FOUND);
    return (await this.repo.effectiveness(m, [routeId])).map(effectiveness);
  }

  /**
   * «Диалог в сети»: the person's routes the caller sees (their own, in scope, or shared in a common network), each
   * as its achievements and products only — never the baselines or the journal.
   */
  async achievements(actor: Actor, personId: string) {
    const m = this.uow.reader;
    const routes = await this.repo.ofPerson(m, actor.scope, actor.user.personId, personId, true);
    if (!routes.length && !(await this.access.can(m, callerOf(actor), 'person.read', personId))) throw notFound('Педагог не найден');
    const [card] = await this.people.cards(m, [personId]);
    if (!card) throw notFound('Педагог не найден');
    const steps = await this.repo.stepsOf(m, routes.map((r) => r.id));
    return { personId, fullName: card.fullName, organizationName: card.organizationName, routes: routes.map((r) => sharedRoute(r, steps.filter((s) => s.routeId === r.id))) };
  }

  /** «Диалог в сети»: teachers whose shared routes the caller sees, in the order asked, with their names and workplaces. */
  sharedTeachers(actor: Actor, search: string | null, order: SharedTeacherOrder | undefined, page: PageRequest) {
    return this.repo.sharedTeachers(this.uow.reader, actor.scope, actor.user.personId, search, order, page);
  }

  /** Mentorships where the route's person is a mentee (to tie a MENTORING step to one); none for a group route. */
  async mentorshipOptions(actor: Actor, routeId: string) {
    const route = await this.get(actor, routeId);
    return route.personId ? this.repo.mentorships(this.uow.reader, { menteeId: route.personId }) : [];
  }

  associationsOf = (ids: readonly string[]) => this.repo.associationNames(this.uow.reader, ids);
  mentorshipsOf = (ids: readonly string[]) => this.repo.mentorships(this.uow.reader, { ids });

  /** A step's evidence file: for readers of the route; for those it is shared with, only a done step's (a product). */
  async evidenceFile(actor: Actor, stepId: string) {
    const m = this.uow.reader;
    const step = await this.repo.step(m, stepId);
    const caller = callerOf(actor);
    const readable = !!step && ((await this.access.can(m, caller, 'route.read', step.routeId)) || (step.status === 'DONE' && (await this.access.can(m, caller, 'route.readShared', step.routeId))));
    const file = readable && step.evidenceFileName ? await this.repo.file(m, stepId) : null;
    if (!step || !file || !step.evidenceFileType) throw notFound('Файл подтверждения не найден');
    return { fileName: step.evidenceFileName!, fileType: step.evidenceFileType, contentBase64: file.content.toString('base64') };
  }

  // Batches for field resolvers.
  competencesOf = (ids: readonly string[]) => this.repo.competencesOf(this.uow.reader, ids);
  stepsOf = (ids: readonly string[]) => this.repo.stepsOf(this.uow.reader, ids);
  journalOf = (ids: readonly string[]) => this.repo.journalOf(this.uow.reader, ids);
  effectivenessOf = async (ids: readonly string[]) => (await this.repo.effectiveness(this.uow.reader, ids)).map((r) => ({ ...effectiveness(r), routeId: r.routeId }));
  rights = (caller: { grants: Actor['user']['grants']; personId: string | null }, ids: readonly string[]) => this.locks.rights(this.uow.reader, caller, ids);
  /** Which of these ids the caller may `action` (the person and mentor cards nested in routes). */
  /** Events linked from steps that the caller sees (the event domain's rule `event.read`); others are left out. */
  async linkedEvents(caller: Caller, ids: readonly string[]) {
    const m = this.uow.reader;
    const seen = await this.access.check(m, caller, 'event.read', ids);
    return this.repo.linkedEvents(m, [...seen]);
  }

  /** Modules linked from steps whose site the caller sees (`staging.read`), each with its cohort where the caller sees that. */
  async linkedModules(caller: Caller, keys: readonly string[]) {
    const m = this.uow.reader;
    const pairs = keys.map((k) => k.split(':') as [string, string]);
    const cohortIds = pairs.map(([, c]) => c).filter(Boolean);
    // The cohorts' rule needs no module row: it is asked at once (with the other checks of the steps' fields).
    const [rows, seenCohorts] = await Promise.all([this.repo.linkedModules(m, [...new Set(pairs.map(([mid]) => mid))]), this.access.check(m, caller, 'internship.cohort.read', cohortIds)]);
    const [sites, cohorts] = await Promise.all([this.access.check(m, caller, 'staging.read', rows.map((r) => r.siteId)), this.repo.linkedCohorts(m, [...seenCohorts])]);
    const byModule = new Map(rows.filter((r) => sites.has(r.siteId)).map((r) => [r.id, r]));
    const byCohort = new Map(cohorts.map((c) => [c.id, c]));
    return keys.map((_, i) => {
      const [mid, cid] = pairs[i]!;
      const mod = byModule.get(mid);
      if (!mod) return null;
      const c = cid ? byCohort.get(cid) : undefined;
      return { ...mod, cohortId: c?.id ?? null, cohortStartsOn: c?.startsOn ?? null, cohortEndsOn: c?.endsOn ?? null };
    });
  }

  allowed = (caller: { grants: Actor['user']['grants']; personId: string | null }, action: 'route.person' | 'route.stepMentor', ids: readonly string[]) =>
    this.access.check(this.uow.reader, caller, action, ids);

  // Writing.
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
      const write = this.access.scope(callerOf(actor), Permission.ROUTE_WRITE);
      let organizationId = input.organizationId ?? null;
      if (input.personId) {
        const own = input.personId === actor.user.personId;
        if (!own && !(await this.people.eligible(m, write.withoutSelf(), null, [input.personId])).size) {
          throw fieldError('personId', 'Педагог не найден или вне вашей зоны ответственности');
        }
        organizationId ??= await this.repo.mainOrganization(m, input.personId);
      } else {
        // Missing and out of reach read alike.
        const group = (await this.access.can(m, callerOf(actor), 'association.manage', input.associationId)) ? await this.repo.association(m, input.associationId!) : null;
        if (!group) throw fieldError('associationId', 'Объединение не найдено или вне вашей зоны ответственности');
        organizationId ??= group.organizationId;
      }
      if (!organizationId) throw fieldError('organizationId', 'Укажите организацию, отвечающую за маршрут');
      if (!(await this.access.can(m, callerOf(actor), 'route.organization', organizationId))) throw fieldError('organizationId', 'Организация не найдена или вне вашей зоны ответственности');
      if (input.campaignId && !(await this.access.can(m, callerOf(actor), 'campaign.read', input.campaignId))) throw fieldError('campaignId', 'Диагностика не найдена');
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
      await this.locks.journal(m, actor, created.id, JournalEntryKind.STATUS, `Маршрут создан: «${ROUTE_STATUS_LABELS.DRAFT}»`);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'create', entityType: 'learning-route', entityId: created.id, after: input });
      return created;
    }, CONSTRAINTS);
  }

  async update(actor: Actor, id: string, input: UpdateRouteInput): Promise<LearningRouteEntity> {
    return this.uow.write(async (m) => {
      const { route } = await this.locks.lock(m, actor, id, 'edit');
      const period = { startsOn: input.startsOn ?? route.startsOn, endsOn: input.endsOn ?? route.endsOn };
      if (period.endsOn < period.startsOn) throw fieldError('endsOn', 'Окончание не может быть раньше начала');
      const steps = await this.repo.stepsOf(m, [id]);
      const outside = steps.find((s) => stepDateProblems(period, s).length);
      if (outside) throw fieldError('startsOn', `Шаг «${outside.title}» выходит за новые сроки маршрута`);
      if (input.campaignId && !(await this.access.can(m, callerOf(actor), 'campaign.read', input.campaignId))) throw fieldError('campaignId', 'Диагностика не найдена');
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
      const { route } = await this.locks.lock(m, actor, id, 'archive');
      if (!!route.archivedAt === archived) return route;
      const after = await this.repo.update(m, id, { archivedAt: archived ? new Date() : null });
      await this.audit.record(m, { accountId: actor.user.accountId, action: archived ? 'archive' : 'restore', entityType: 'learning-route', entityId: id });
      return after;
    }, CONSTRAINTS);
  }

  // The flow.
  private async move(actor: Actor, id: string, to: RouteStatus, need: Need, extra: (r: LearningRouteEntity, steps: LearningRouteStepEntity[]) => Partial<LearningRouteEntity>, note = '') {
    return this.uow.write(async (m) => {
      const { route } = await this.locks.lock(m, actor, id, need);
      const problem = routeTransitionProblem(route.status, to);
      if (problem) throw badInput([], problem);
      const steps = await this.repo.stepsOf(m, [id]);
      const after = await this.repo.update(m, id, { status: to, ...extra(route, steps) });
      await this.locks.journal(m, actor, id, JournalEntryKind.STATUS, `${ROUTE_STATUS_LABELS[route.status]} → ${ROUTE_STATUS_LABELS[to]}${note ? `: ${note}` : ''}`);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'status', entityType: 'learning-route', entityId: id, before: { status: route.status }, after: { status: to, note } });
      if (to === RouteStatus.APPROVED) await this.events.emit(m, WebhookEvent.ROUTE_APPROVED, { personIds: [route.personId], data: { routeId: id, personId: route.personId } });
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

  async addJournalEntry(actor: Actor, routeId: string, input: RouteJournalInput): Promise<LearningRouteEntity> {
    if (input.occurredOn > today()) throw fieldError('occurredOn', 'Дата записи не может быть в будущем');
    return this.uow.write(async (m) => {
      const { route } = await this.locks.lock(m, actor, routeId, 'act');
      if (input.occurredOn < route.startsOn) throw fieldError('occurredOn', `Дата записи — не раньше начала маршрута (${route.startsOn})`);
      await this.repo.addJournal(m, [{ routeId, kind: JournalEntryKind.NOTE, text: input.text, occurredOn: input.occurredOn, authorAccountId: actor.user.accountId }]);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'journal', entityType: 'learning-route', entityId: routeId, after: input });
      return route;
    }, CONSTRAINTS);
  }

  async setSharing(actor: Actor, routeId: string, shared: boolean): Promise<LearningRouteEntity> {
    return this.uow.write(async (m) => {
      const { route } = await this.locks.lock(m, actor, routeId, 'own');
      if (route.sharedInNetwork === shared) return route;
      const after = await this.repo.update(m, routeId, { sharedInNetwork: shared });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'share', entityType: 'learning-route', entityId: routeId, before: { shared: route.sharedInNetwork }, after: { shared } });
      return after;
    }, CONSTRAINTS);
  }
}
