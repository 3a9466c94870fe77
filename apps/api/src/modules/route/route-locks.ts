import { Injectable } from '@nestjs/common';
import { JournalEntryKind, ROUTE_EDITABLE_STATUSES, ROUTE_STATUS_LABELS, RouteStatus } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Caller } from '../../common/access/access-rule';
import { AccessService } from '../../common/access/access.service';
import { Actor } from '../../common/auth/actor';
import { badInput, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { LearningRouteStepEntity } from './learning-route-step.entity';
import { LearningRouteEntity } from './learning-route.entity';
import { RouteRepository } from './route.repository';

/** Database constraints of the routes' tables, as field errors. */
export const ROUTE_CONSTRAINTS: Record<string, FieldError> = {
  ck_learning_route_period: { field: 'endsOn', message: 'Окончание не может быть раньше начала' },
  ck_learning_route_title: { field: 'title', message: 'Введите название маршрута' },
  ck_learning_route_step_period: { field: 'endsOn', message: 'Окончание не может быть раньше начала' },
  ck_learning_route_step_title: { field: 'title', message: 'Введите название шага' },
  ck_learning_route_journal_text: { field: 'text', message: 'Введите текст записи' },
  ck_learning_route_step_event: { field: 'eventId', message: 'Мероприятие указывается только для шагов вида «Мероприятие»' },
  ck_learning_route_step_module: { field: 'internshipModuleId', message: 'Модуль указывается только для шагов вида «Модуль стажировки»' },
  // A link to a row that does not exist reads like one out of reach.
  FK_c88b97d0578d8c125a7764067ef: { field: 'eventId', message: 'Не найдено или вне вашей зоны ответственности' },
  FK_78a6cb2cdd58bc74e51a6eac841: { field: 'internshipModuleId', message: 'Не найдено или вне вашей зоны ответственности' },
  FK_bd28ca89c2416111eeeb89d87e5: { field: 'internshipCohortId', message: 'Не найдено или вне вашей зоны ответственности' },
};
export const ROUTE_NOT_FOUND = 'Маршрут не найден';
export const NO_EDIT = 'Изменять маршрут может сам педагог или те, кто отвечает за его организацию (методист, заместитель директора)';
const NO_APPROVE = 'Утверждать маршрут может администрация организации или методист, отвечающие за неё';
const NOT_EDITABLE = 'Маршрут можно изменять только в состояниях «Черновик» и «Возвращён на доработку»';
const ARCHIVED = 'Маршрут в архиве: сначала восстановите его';

export const callerOf = (actor: Actor): Caller => ({ grants: actor.user.grants, personId: actor.user.personId });
export const today = () => new Date().toISOString().slice(0, 10);

/** What the caller may do with a route: the rules `route.own`, `route.edit` and `route.approve` of the access component. */
export interface RouteRights {
  /** The route is the caller's own (individual route of the caller's person). */
  owner: boolean;
  /** May change it and act on it: its person, or staff who manage it. */
  editor: boolean;
  /** May approve or return it (never their own). */
  approver: boolean;
}

/**
 * What the caller is about to do: edit the content, act on it (flow, marks, journal), approve, share it as its owner,
 * or archive/restore it (like `act`, but also on an archived route).
 */
export type Need = 'edit' | 'act' | 'approve' | 'own' | 'archive';

/**
 * Locks a route for a change inside the caller's transaction and maps the caller's rights (decided by the access
 * component's route rules) to errors: a route the caller may not read is NOT_FOUND; a readable one they may not
 * change is FORBIDDEN.
 */
@Injectable()
export class RouteLocks {
  constructor(
    private readonly repo: RouteRepository,
    private readonly access: AccessService,
  ) {}

  /** Rights for many routes: three statements for any number. */
  async rights(m: EntityManager, caller: Caller, routeIds: readonly string[]): Promise<Map<string, RouteRights>> {
    const [own, edit, approve] = await Promise.all([
      this.access.check(m, caller, 'route.own', routeIds),
      this.access.check(m, caller, 'route.edit', routeIds),
      this.access.check(m, caller, 'route.approve', routeIds),
    ]);
    return new Map(routeIds.map((id) => [id, { owner: own.has(id), editor: edit.has(id), approver: approve.has(id) }]));
  }

  async lock(m: EntityManager, actor: Actor, id: string, need: Need): Promise<{ route: LearningRouteEntity; rights: RouteRights }> {
    const caller = callerOf(actor);
    await this.access.require(m, caller, 'route.read', id, ROUTE_NOT_FOUND);
    const route = await this.repo.byId(m, id, true);
    if (!route) throw notFound(ROUTE_NOT_FOUND);
    const rights = (await this.rights(m, caller, [id])).get(id)!;
    if (need === 'approve') {
      if (route.personId && route.personId === actor.user.personId) throw forbidden('Нельзя утверждать собственный маршрут');
      if (!rights.approver) throw forbidden(NO_APPROVE);
    } else if (need === 'own') {
      if (!rights.owner) throw forbidden('Делиться маршрутом в сети может только сам педагог');
    } else if (!rights.editor) throw forbidden(NO_EDIT);
    if (need === 'archive') return { route, rights };
    if (route.archivedAt) throw badInput([], ARCHIVED);
    if (need === 'edit' && !ROUTE_EDITABLE_STATUSES.includes(route.status)) throw badInput([], NOT_EDITABLE);
    return { route, rights };
  }

  async lockStep(m: EntityManager, actor: Actor, stepId: string, need: Need): Promise<{ route: LearningRouteEntity; step: LearningRouteStepEntity }> {
    const step = await this.repo.step(m, stepId);
    if (!step || !(await this.access.can(m, callerOf(actor), 'route.read', step.routeId))) throw notFound('Шаг маршрута не найден');
    const { route } = await this.lock(m, actor, step.routeId, need);
    return { route, step };
  }

  static requireInProgress(route: LearningRouteEntity): void {
    if (route.status !== RouteStatus.IN_PROGRESS) throw badInput([], `Отмечать шаги можно, когда маршрут выполняется (сейчас: «${ROUTE_STATUS_LABELS[route.status]}»)`);
  }

  /** A line of the growth journal written by a change, dated today. */
  journal(m: EntityManager, actor: Actor, routeId: string, kind: JournalEntryKind, text: string, stepId: string | null = null): Promise<void> {
    return this.repo.addJournal(m, [{ routeId, kind, text, stepId, occurredOn: today(), authorAccountId: actor.user.accountId }]);
  }
}
