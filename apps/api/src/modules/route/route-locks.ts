import { Injectable } from '@nestjs/common';
import { JournalEntryKind, ROUTE_EDITABLE_STATUSES, ROUTE_STATUS_LABELS, RouteStatus } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { badInput, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { LearningRouteStepEntity } from './learning-route-step.entity';
import { LearningRouteEntity } from './learning-route.entity';
import { RouteAccess, RouteRights } from './route-access';
import { RouteRepository } from './route.repository';

/** Database constraints of the routes' tables, as field errors. */
export const ROUTE_CONSTRAINTS: Record<string, FieldError> = {
  ck_learning_route_period: { field: 'endsOn', message: 'Окончание не может быть раньше начала' },
  ck_learning_route_title: { field: 'title', message: 'Введите название маршрута' },
  ck_learning_route_step_period: { field: 'endsOn', message: 'Окончание не может быть раньше начала' },
  ck_learning_route_step_title: { field: 'title', message: 'Введите название шага' },
  ck_learning_route_journal_text: { field: 'text', message: 'Введите текст записи' },
};
export const ROUTE_NOT_FOUND = 'Маршрут не найден';
export const NO_EDIT = 'Изменять маршрут может сам педагог или те, кто отвечает за его организацию (методист, заместитель директора)';
const NO_APPROVE = 'Утверждать маршрут может администрация организации или методист, отвечающие за неё';
const NOT_EDITABLE = 'Маршрут можно изменять только в состояниях «Черновик» и «Возвращён на доработку»';
const ARCHIVED = 'Маршрут в архиве: сначала восстановите его';

export const callerOf = (actor: Actor) => ({ grants: actor.user.grants, personId: actor.user.personId });
export const readScope = (actor: Actor) => RouteAccess.scope(Permission.ROUTE_READ, callerOf(actor));
export const writeScope = (actor: Actor) => RouteAccess.scope(Permission.ROUTE_WRITE, callerOf(actor));
export const today = () => new Date().toISOString().slice(0, 10);

/** What the caller is about to do: edit the content, act on it (flow, marks, journal), approve, or share it as its owner. */
export type Need = 'edit' | 'act' | 'approve' | 'own';

/** The one check of who may change a route, taken with the route locked inside the caller's transaction. */
@Injectable()
export class RouteLocks {
  constructor(
    private readonly repo: RouteRepository,
    private readonly access: RouteAccess,
  ) {}

  async lock(m: EntityManager, actor: Actor, id: string, need: Need): Promise<{ route: LearningRouteEntity; rights: RouteRights }> {
    const route = await this.repo.find(m, readScope(actor), actor.user.personId, id, true);
    if (!route) throw notFound(ROUTE_NOT_FOUND);
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

  async lockStep(m: EntityManager, actor: Actor, stepId: string, need: Need): Promise<{ route: LearningRouteEntity; step: LearningRouteStepEntity }> {
    const step = await this.repo.step(m, stepId);
    if (!step) throw notFound('Шаг маршрута не найден');
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
