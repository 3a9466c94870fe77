import { Injectable } from '@nestjs/common';
import { JournalEntryKind, ROUTE_STEP_STATUS_LABELS, RouteStepKind } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { AccessService } from '../../common/access/access.service';
import { badInput, fieldError, FieldError, notFound } from '../../common/errors/errors';
import { CheckedFile } from '../../common/files/attached-file';
import { AuditService } from '../audit/audit.service';
import { RouteEvidenceInput, RouteStepInput, RouteStepStatusInput, UpdateRouteStepInput } from './dto/route.input';
import { LearningRouteStepEntity } from './learning-route-step.entity';
import { LearningRouteEntity } from './learning-route.entity';
import { callerOf, ROUTE_CONSTRAINTS as CONSTRAINTS, RouteLocks, today } from './route-locks';
import { checkEvidenceFile, reorder, stepDateProblems, stepStatusProblem } from './route-rules';
import { RouteRepository } from './route.repository';

/** A status or evidence set by hand: the step no longer carries what attendance or completion set (no revert). */
const BY_HAND = { evidenceSource: null, evidencePrevStatus: null };
export const MENTOR_NOT_FOUND = 'Наставник не найден или недоступен для этого маршрута';

/**
 * Steps of a route: built while the route is a draft or returned (typed kinds, dates inside its period, competences
 * among its own, mentors for mentoring), marked while it is in progress (status, evidence, reflection).
 */
@Injectable()
export class RouteStepService {
  constructor(
    private readonly repo: RouteRepository,
    private readonly locks: RouteLocks,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  private async checkStep(m: EntityManager, actor: Actor, route: LearningRouteEntity, step: Partial<RouteStepInput> & { kind: RouteStepKind }): Promise<void> {
    const problems = stepDateProblems(route, step);
    problems.push(...(await this.checkLinks(m, actor, step)));
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
    }
    if (problems.length) throw badInput(problems);
  }

  /**
   * The event or module a step links to: only for its kind, and one the caller sees (the event and staging domains'
   * own rules); an id out of reach and an id of nothing get the same answer.
   */
  private async checkLinks(m: EntityManager, actor: Actor, step: Partial<RouteStepInput> & { kind: RouteStepKind }): Promise<FieldError[]> {
    const out: FieldError[] = [];
    const caller = callerOf(actor);
    if (step.kind !== RouteStepKind.EVENT) {
      if (step.eventId) out.push({ field: 'eventId', message: 'Мероприятие указывается только для шагов вида «Мероприятие»' });
      if (step.eventOccurrenceDate) out.push({ field: 'eventOccurrenceDate', message: 'Дата проведения указывается только для шагов вида «Мероприятие»' });
    } else {
      if (step.eventOccurrenceDate && !step.eventId) out.push({ field: 'eventOccurrenceDate', message: 'Сначала выберите мероприятие' });
      // Out of reach answers as a row that does not exist: NOT_FOUND (and nothing written), never a field error.
      if (step.eventId && !(await this.access.can(m, caller, 'event.read', step.eventId))) throw notFound('Мероприятие не найдено');
    }
    if (step.kind !== RouteStepKind.INTERNSHIP_MODULE) {
      if (step.internshipModuleId) out.push({ field: 'internshipModuleId', message: 'Модуль указывается только для шагов вида «Модуль стажировки»' });
      if (step.internshipCohortId) out.push({ field: 'internshipCohortId', message: 'Группа стажёров указывается только для шагов вида «Модуль стажировки»' });
    } else {
      if (step.internshipCohortId && !step.internshipModuleId) out.push({ field: 'internshipCohortId', message: 'Сначала выберите модуль' });
      if (step.internshipModuleId) {
        const link = await this.repo.moduleLink(m, step.internshipModuleId, step.internshipCohortId ?? null);
        if (!link || !(await this.access.can(m, caller, 'staging.read', link.siteId))) throw notFound('Модуль стажировки не найден');
        if (step.internshipCohortId && !(await this.access.can(m, caller, 'internship.cohort.read', step.internshipCohortId))) throw notFound('Группа стажёров не найдена');
        if (step.internshipCohortId && !link.cohortOfProgram) out.push({ field: 'internshipCohortId', message: 'Группа стажёров этой программы не найдена' });
      }
    }
    return out;
  }

  /**
   * A mentor named by a step must be one the caller may reach for this route (rule `route.stepMentor`, the same that
   * shows the mentor's card): checked on the written step, so a refusal rolls the change back. A person out of reach
   * and an id of nobody get the same answer.
   */
  private async checkMentor(m: EntityManager, actor: Actor, stepId: string): Promise<void> {
    if (!(await this.access.can(m, callerOf(actor), 'route.stepMentor', stepId))) throw fieldError('mentorPersonId', MENTOR_NOT_FOUND);
  }

  async addStep(actor: Actor, routeId: string, input: RouteStepInput): Promise<LearningRouteEntity> {
    return this.uow.write(async (m) => {
      const { route } = await this.locks.lock(m, actor, routeId, 'edit');
      await this.checkStep(m, actor, route, input);
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
        eventId: input.eventId ?? null,
        eventOccurrenceDate: input.eventOccurrenceDate ?? null,
        internshipModuleId: input.internshipModuleId ?? null,
        internshipCohortId: input.internshipCohortId ?? null,
      });
      if (step.mentorPersonId) await this.checkMentor(m, actor, step.id);
      await this.locks.journal(m, actor, routeId, JournalEntryKind.STEP, `Добавлен шаг «${step.title}»`, step.id);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'add-step', entityType: 'learning-route', entityId: routeId, after: { stepId: step.id, ...input } });
      return this.repo.update(m, routeId, { updatedAt: new Date() });
    }, CONSTRAINTS);
  }

  async updateStep(actor: Actor, stepId: string, input: UpdateRouteStepInput): Promise<LearningRouteEntity> {
    return this.uow.write(async (m) => {
      const { route, step } = await this.locks.lockStep(m, actor, stepId, 'edit');
      const merged = { ...step, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) } as LearningRouteStepEntity;
      await this.checkStep(m, actor, route, {
        ...merged,
        // A step that stops being MENTORING forgets its mentor unless one is given explicitly.
        mentorshipId: input.kind && input.kind !== RouteStepKind.MENTORING && input.mentorshipId === undefined ? null : merged.mentorshipId,
        mentorPersonId: input.kind && input.kind !== RouteStepKind.MENTORING && input.mentorPersonId === undefined ? null : merged.mentorPersonId,
        // Likewise a step that stops being EVENT or INTERNSHIP_MODULE forgets its link.
        ...(merged.kind !== RouteStepKind.EVENT ? { eventId: input.eventId ?? null, eventOccurrenceDate: input.eventOccurrenceDate ?? null } : {}),
        ...(merged.kind !== RouteStepKind.INTERNSHIP_MODULE ? { internshipModuleId: input.internshipModuleId ?? null, internshipCohortId: input.internshipCohortId ?? null } : {}),
      });
      const changes: Partial<LearningRouteStepEntity> = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      if (changes.competenceIds) changes.competenceIds = [...new Set(changes.competenceIds)];
      if (merged.kind !== RouteStepKind.MENTORING) Object.assign(changes, { mentorshipId: null, mentorPersonId: null });
      if (merged.kind !== RouteStepKind.EVENT) Object.assign(changes, { eventId: null, eventOccurrenceDate: null });
      if (merged.kind !== RouteStepKind.INTERNSHIP_MODULE) Object.assign(changes, { internshipModuleId: null, internshipCohortId: null });
      const after = await this.repo.updateStep(m, stepId, changes);
      if (after.mentorPersonId && after.mentorPersonId !== step.mentorPersonId) await this.checkMentor(m, actor, stepId);
      await this.locks.journal(m, actor, route.id, JournalEntryKind.STEP, `Изменён шаг «${after.title}»`, stepId);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update-step', entityType: 'learning-route', entityId: route.id, before: step, after: input });
      return this.repo.update(m, route.id, { updatedAt: new Date() });
    }, CONSTRAINTS);
  }

  async moveStep(actor: Actor, stepId: string, position: number): Promise<LearningRouteEntity> {
    return this.uow.write(async (m) => {
      const { route } = await this.locks.lockStep(m, actor, stepId, 'edit');
      const ids = (await this.repo.stepsOf(m, [route.id])).map((s) => s.id);
      await this.repo.setPositions(m, reorder(ids, stepId, position));
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'move-step', entityType: 'learning-route', entityId: route.id, after: { stepId, position } });
      return this.repo.update(m, route.id, { updatedAt: new Date() });
    }, CONSTRAINTS);
  }

  async removeStep(actor: Actor, stepId: string): Promise<LearningRouteEntity> {
    return this.uow.write(async (m) => {
      const { route, step } = await this.locks.lockStep(m, actor, stepId, 'edit');
      await this.repo.removeStep(m, stepId);
      await this.repo.setPositions(m, (await this.repo.stepsOf(m, [route.id])).map((s) => s.id));
      await this.locks.journal(m, actor, route.id, JournalEntryKind.STEP, `Удалён шаг «${step.title}»`);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'remove-step', entityType: 'learning-route', entityId: route.id, before: step });
      return this.repo.update(m, route.id, { updatedAt: new Date() });
    }, CONSTRAINTS);
  }

  async setStepStatus(actor: Actor, stepId: string, input: RouteStepStatusInput): Promise<LearningRouteEntity> {
    return this.uow.write(async (m) => {
      const { route, step } = await this.locks.lockStep(m, actor, stepId, 'act');
      RouteLocks.requireInProgress(route);
      const problem = stepStatusProblem(route, input.status, input.completedOn, today());
      if (problem) throw badInput([problem], problem.message);
      await this.repo.updateStep(m, stepId, { status: input.status, completedOn: input.status === 'DONE' ? input.completedOn! : null, ...BY_HAND });
      await this.locks.journal(m, actor, route.id, JournalEntryKind.STEP, `Шаг «${step.title}»: ${ROUTE_STEP_STATUS_LABELS[input.status]}`, stepId);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'step-status', entityType: 'learning-route', entityId: route.id, before: { stepId, status: step.status }, after: input });
      return this.repo.update(m, route.id, { updatedAt: new Date() });
    }, CONSTRAINTS);
  }

  async attachEvidence(actor: Actor, stepId: string, input: RouteEvidenceInput): Promise<LearningRouteEntity> {
    const hasFile = !!(input.fileName || input.contentBase64);
    if (!!input.url === hasFile) throw fieldError('url', 'Укажите ссылку или приложите файл (одно из двух)');
    let checked: CheckedFile | null = null;
    if (hasFile) {
      if (!input.fileName) throw fieldError('fileName', 'Укажите имя файла');
      const res = await checkEvidenceFile(input.fileName, input.contentBase64 ?? '');
      if (!('content' in res)) throw badInput([res], res.message);
      checked = res;
    }
    return this.uow.write(async (m) => {
      const { route, step } = await this.locks.lockStep(m, actor, stepId, 'act');
      RouteLocks.requireInProgress(route);
      if (checked) {
        await this.repo.putFile(m, stepId, checked.content);
        await this.repo.updateStep(m, stepId, { evidenceUrl: null, evidenceFileName: checked.fileName, evidenceFileType: checked.type, evidenceFileSize: checked.content.length, ...BY_HAND });
      } else {
        await this.repo.deleteFile(m, stepId);
        await this.repo.updateStep(m, stepId, { evidenceUrl: input.url!, evidenceFileName: null, evidenceFileType: null, evidenceFileSize: null, ...BY_HAND });
      }
      const what = checked ? `файл «${checked.fileName}»` : `ссылка ${input.url}`;
      await this.locks.journal(m, actor, route.id, JournalEntryKind.EVIDENCE, `Подтверждение к шагу «${step.title}»: ${what}`, stepId);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'step-evidence', entityType: 'learning-route', entityId: route.id, after: { stepId, url: input.url ?? null, fileName: checked?.fileName ?? null, fileSize: checked?.content.length ?? null } });
      return this.repo.update(m, route.id, { updatedAt: new Date() });
    }, CONSTRAINTS);
  }

  async setReflection(actor: Actor, stepId: string, reflection: string): Promise<LearningRouteEntity> {
    return this.uow.write(async (m) => {
      const { route, step } = await this.locks.lockStep(m, actor, stepId, 'act');
      RouteLocks.requireInProgress(route);
      await this.repo.updateStep(m, stepId, { reflection });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'step-reflection', entityType: 'learning-route', entityId: route.id, before: { stepId, reflection: step.reflection }, after: { reflection } });
      return this.repo.update(m, route.id, { updatedAt: new Date() });
    }, CONSTRAINTS);
  }
}
