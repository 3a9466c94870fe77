import { Injectable } from '@nestjs/common';
import { PlanLinkKind, PlanPartyRole } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AccessService } from '../../common/access/access.service';
import { AccessAction } from '../../common/access/access-rules';
import { Caller } from '../../common/access/access-rule';
import { Actor } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, fieldError, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { PageRequest } from '../../common/pagination/order';
import { AuditService } from '../audit/audit.service';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { PersonRepository } from '../person/person.repository';
import { CreatePlanInput, CreatePlanItemInput, PlanItemInput, PlanItemLinkInput, PlanStageInput, UpdatePlanInput } from './dto/plan.input';
import { PlanFilter, PlanOrder } from './dto/plans.args';
import { readPlanItemStatuses, readPlanLinkStatuses } from './plan-item-status.reader';
import { PlanItemLinkEntity } from './plan-item-link.entity';
import { PlanItemPartyEntity } from './plan-item-party.entity';
import { PlanItemEntity } from './plan-item.entity';
import { PlanStageEntity } from './plan-stage.entity';
import { PlanEntity } from './plan.entity';
import { PlanRepository } from './plan.repository';
import { seriesDates } from '../event/event-occurrences';

const OUT_OF_REACH = 'Не найдено или вне вашей зоны ответственности';
const PERIOD = 'Дата окончания — не раньше даты начала';
const CONSTRAINTS: Record<string, FieldError> = {
  ck_plan_owner: { field: 'organizationId', message: 'Укажите одно: организацию, муниципалитет или сеть' },
  ck_plan_period: { field: 'endsOn', message: PERIOD },
  ck_plan_stage_period: { field: 'endsOn', message: PERIOD },
  ck_plan_item_period: { field: 'endsOn', message: PERIOD },
  ck_plan_title: { field: 'title', message: 'Введите название плана' },
  ck_plan_stage_title: { field: 'title', message: 'Введите название этапа' },
  ck_plan_item_title: { field: 'title', message: 'Введите мероприятие' },
  uq_plan_stage_position: { field: 'position', message: 'Эта позиция в плане уже занята' },
  uq_plan_item_position: { field: 'position', message: 'Эта позиция в этапе уже занята' },
  uq_plan_item_link: { field: 'targetId', message: 'Пункт уже связан с этой записью' },
  uq_plan_item_party_person: { field: 'responsiblePersonIds', message: 'Педагог указан дважды' },
  uq_plan_item_party_organization: { field: 'responsibleOrganizationIds', message: 'Организация указана дважды' },
  // An owner that does not exist reads exactly like one out of reach (no existence oracle).
  FK_4a0cbeaf8122e528b49ad04fb10: { field: 'organizationId', message: OUT_OF_REACH },
  FK_ac190387b2d3ea5b97b56240d50: { field: 'municipalityId', message: OUT_OF_REACH },
  FK_cd8ca140840668e2577d198b5a6: { field: 'networkId', message: OUT_OF_REACH },
};
const PLAN_NOT_FOUND = 'План не найден';
const STAGE_NOT_FOUND = 'Этап плана не найден';
const ITEM_NOT_FOUND = 'Пункт плана не найден';
const NOT_YOURS = 'Изменять план может тот, кто отвечает за его организацию, муниципалитет или сеть';

/** Who may link an item to a target of each kind: the caller sees the target. */
const LINK_TARGET_NOT_FOUND: Record<PlanLinkKind, string> = {
  [PlanLinkKind.MENTORSHIP]: 'Наставничество не найдено',
  [PlanLinkKind.CAMPAIGN]: 'Диагностика не найдена',
  [PlanLinkKind.EVENT]: 'Мероприятие не найдено',
  [PlanLinkKind.INTERNSHIP_COHORT]: 'Группа стажёров не найдена',
};
const LINK_RULE: Record<PlanLinkKind, AccessAction> = {
  [PlanLinkKind.MENTORSHIP]: 'mentorship.read',
  [PlanLinkKind.CAMPAIGN]: 'campaign.read',
  [PlanLinkKind.EVENT]: 'event.read',
  [PlanLinkKind.INTERNSHIP_COHORT]: 'internship.cohort.read',
};

const PARTY_FIELDS = [
  ['responsiblePersonIds', PlanPartyRole.RESPONSIBLE, 'person'],
  ['responsibleOrganizationIds', PlanPartyRole.RESPONSIBLE, 'organization'],
  ['participantPersonIds', PlanPartyRole.PARTICIPANT, 'person'],
  ['participantOrganizationIds', PlanPartyRole.PARTICIPANT, 'organization'],
] as const;

function checkPeriod(startsOn: string | null | undefined, endsOn: string | null | undefined): void {
  if (startsOn && endsOn && endsOn < startsOn) throw fieldError('endsOn', PERIOD);
}

const defined = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** Plans, their stages and items; every change is audited with the people it names. */
@Injectable()
export class PlanService {
  constructor(
    private readonly repo: PlanRepository,
    private readonly access: AccessService,
    private readonly people: PersonRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor, filter: PlanFilter | undefined, order: PlanOrder | undefined, page: PageRequest) {
    return this.repo.page(this.uow.reader, actor.scope, actor.user.personId, filter, order, page);
  }

  async get(actor: Actor, id: string): Promise<PlanEntity> {
    const found = await this.repo.findInScope(this.uow.reader, actor.scope, actor.user.personId, id);
    if (!found) throw notFound(PLAN_NOT_FOUND);
    return found;
  }

  /** Visible (else NOT_FOUND with `missing`), then the caller's to manage (else FORBIDDEN), and not archived. */
  private async lockPlan(m: EntityManager, actor: Actor, id: string, missing = PLAN_NOT_FOUND, allowArchived = false): Promise<PlanEntity> {
    const plan = await this.repo.findInScope(m, actor.scope, actor.user.personId, id, true);
    if (!plan) throw notFound(missing);
    if (!(await this.access.can(m, actor.user, 'plan.manage', id))) throw forbidden(NOT_YOURS);
    if (plan.archivedAt && !allowArchived) throw badInput([], 'План в архиве: сначала восстановите его');
    return plan;
  }

  private async lockStage(m: EntityManager, actor: Actor, stageId: string): Promise<{ plan: PlanEntity; stage: PlanStageEntity }> {
    const stage = await this.repo.stage(m, stageId);
    if (!stage) throw notFound(STAGE_NOT_FOUND);
    return { plan: await this.lockPlan(m, actor, stage.planId, STAGE_NOT_FOUND), stage };
  }

  private async lockItem(m: EntityManager, actor: Actor, itemId: string, allowArchived = false): Promise<{ plan: PlanEntity; item: PlanItemEntity }> {
    const item = await this.repo.item(m, itemId);
    if (!item) throw notFound(ITEM_NOT_FOUND);
    const plan = await this.lockPlan(m, actor, item.planId, ITEM_NOT_FOUND);
    if (item.archivedAt && !allowArchived) throw badInput([], 'Пункт в архиве: сначала восстановите его');
    return { plan, item };
  }

  private record(m: EntityManager, actor: Actor, action: string, planId: string, extra: { before?: object | null; after?: object | null; personIds?: string[] } = {}) {
    const personIds = extra.personIds?.length ? [...new Set(extra.personIds)] : null;
    return this.audit.record(m, { accountId: actor.user.accountId, action, entityType: 'plan', entityId: planId, before: extra.before ?? null, after: extra.after ?? null, personIds });
  }

  async create(actor: Actor, input: CreatePlanInput): Promise<PlanEntity> {
    const given = (['organization', 'municipality', 'network'] as const).filter((h) => input[`${h}Id`]);
    if (given.length !== 1) throw fieldError('organizationId', 'Укажите одно: организацию, муниципалитет или сеть');
    checkPeriod(input.startsOn, input.endsOn);
    return this.uow.write(async (m) => {
      const created = await this.repo.insert(m, PlanEntity, {
        kind: input.kind,
        title: input.title,
        organizationId: input.organizationId ?? null,
        municipalityId: input.municipalityId ?? null,
        networkId: input.networkId ?? null,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        periodText: input.periodText ?? '',
        status: input.status,
        sourceNote: input.sourceNote ?? '',
      });
      // The rule decides on the row itself: a plan the caller may not manage is rolled back with the transaction.
      if (!(await this.access.can(m, actor.user, 'plan.manage', created.id))) throw fieldError(`${given[0]}Id`, OUT_OF_REACH);
      await this.record(m, actor, 'create', created.id, { after: input });
      return created;
    }, CONSTRAINTS);
  }

  async update(actor: Actor, id: string, input: UpdatePlanInput): Promise<PlanEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockPlan(m, actor, id);
      const changes: Partial<PlanEntity> = defined(input);
      checkPeriod(changes.startsOn === undefined ? before.startsOn : changes.startsOn, changes.endsOn === undefined ? before.endsOn : changes.endsOn);
      const after = await this.repo.update(m, PlanEntity, id, changes);
      await this.record(m, actor, 'update', id, { before, after: changes });
      return after;
    }, CONSTRAINTS);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<PlanEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockPlan(m, actor, id, PLAN_NOT_FOUND, true);
      if (!!before.archivedAt === archived) return before;
      const after = await this.repo.update(m, PlanEntity, id, { archivedAt: archived ? new Date() : null });
      await this.record(m, actor, archived ? 'archive' : 'restore', id);
      return after;
    }, CONSTRAINTS);
  }

  // Stages.
  async addStage(actor: Actor, planId: string, input: PlanStageInput): Promise<PlanEntity> {
    checkPeriod(input.startsOn, input.endsOn);
    return this.uow.write(async (m) => {
      const plan = await this.lockPlan(m, actor, planId);
      const position = await this.repo.nextStagePosition(m, planId);
      await this.repo.insert(m, PlanStageEntity, { planId, position, title: input.title, kind: input.kind, startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null, periodText: input.periodText, description: input.description });
      await this.record(m, actor, 'add-stage', planId, { after: input });
      return plan;
    }, CONSTRAINTS);
  }

  async updateStage(actor: Actor, stageId: string, input: PlanStageInput): Promise<PlanEntity> {
    checkPeriod(input.startsOn, input.endsOn);
    return this.uow.write(async (m) => {
      const { plan, stage } = await this.lockStage(m, actor, stageId);
      await this.repo.update(m, PlanStageEntity, stageId, { title: input.title, kind: input.kind, startsOn: input.startsOn ?? null, endsOn: input.endsOn ?? null, periodText: input.periodText, description: input.description });
      await this.record(m, actor, 'update-stage', plan.id, { before: stage, after: input });
      return plan;
    }, CONSTRAINTS);
  }

  /** Only an empty stage goes (its items, archived ones too, move elsewhere first); the others close up. */
  async deleteStage(actor: Actor, stageId: string): Promise<PlanEntity> {
    return this.uow.write(async (m) => {
      const { plan, stage } = await this.lockStage(m, actor, stageId);
      if (await this.repo.countItemsOfStage(m, stageId)) throw badInput([], 'В этапе есть пункты: перенесите их в другой этап');
      await this.repo.delete(m, PlanStageEntity, stageId);
      const rest = (await this.repo.stagesOf(m, [plan.id])).map((s) => s.id);
      await this.repo.setPositions(m, 'plan_stage', rest);
      await this.record(m, actor, 'delete-stage', plan.id, { before: stage });
      return plan;
    }, CONSTRAINTS);
  }

  async reorderStages(actor: Actor, planId: string, stageIds: string[]): Promise<PlanEntity> {
    return this.uow.write(async (m) => {
      const plan = await this.lockPlan(m, actor, planId);
      const current = (await this.repo.stagesOf(m, [planId])).map((s) => s.id);
      if (!sameSet(current, stageIds)) throw fieldError('ids', 'Укажите все этапы плана, каждый по одному разу');
      await this.repo.setPositions(m, 'plan_stage', stageIds);
      await this.record(m, actor, 'reorder-stages', planId, { before: { stageIds: current }, after: { stageIds } });
      return plan;
    }, CONSTRAINTS);
  }

  // Items.
  private async checkParties(m: EntityManager, actor: Actor, plan: PlanEntity, input: PlanItemInput): Promise<void> {
    const fields: FieldError[] = [];
    for (const [field, , kind] of PARTY_FIELDS) {
      const ids = input[field];
      if (!ids?.length) continue;
      if (new Set(ids).size !== ids.length) fields.push({ field, message: kind === 'person' ? 'Педагог указан дважды' : 'Организация указана дважды' });
      const ok = kind === 'person' ? await this.people.eligible(m, actor.scope, plan.networkId, ids) : await this.repo.eligibleOrganizations(m, actor.scope, plan.networkId, ids);
      ids.forEach((id, i) => {
        if (!ok.has(id)) fields.push({ field: `${field}.${i}`, message: OUT_OF_REACH });
      });
    }
    if (fields.length) throw badInput(fields);
  }

  /** Replaces the parties of the roles/kinds the input gives; answers the people before and after (for the audit). */
  private async writeParties(m: EntityManager, itemId: string, input: PlanItemInput): Promise<string[]> {
    const before = await this.repo.partiesOf(m, [itemId]);
    const people = before.flatMap((p) => (p.personId ? [p.personId] : []));
    for (const [field, role, kind] of PARTY_FIELDS) {
      const ids = input[field];
      if (ids === undefined) continue;
      const key = kind === 'person' ? 'personId' : 'organizationId';
      for (const old of before.filter((p) => p.role === role && p[key])) await this.repo.delete(m, PlanItemPartyEntity, old.id);
      for (const [i, id] of ids.entries()) await this.repo.insert(m, PlanItemPartyEntity, { itemId, role, position: i + 1, personId: kind === 'person' ? id : null, organizationId: kind === 'organization' ? id : null });
      if (kind === 'person') people.push(...ids);
    }
    return people;
  }

  async createItem(actor: Actor, stageId: string, input: CreatePlanItemInput): Promise<PlanEntity> {
    if (!input.title.trim()) throw fieldError('title', 'Введите мероприятие');
    checkPeriod(input.startsOn, input.endsOn);
    return this.uow.write(async (m) => {
      const { plan } = await this.lockStage(m, actor, stageId);
      if (input.stageId && input.stageId !== stageId) throw fieldError('stageId', 'Этап не совпадает');
      await this.checkParties(m, actor, plan, input);
      const position = input.position ?? (await this.repo.nextItemPosition(m, stageId));
      const item = await this.repo.insert(m, PlanItemEntity, {
        planId: plan.id,
        stageId,
        position,
        number: input.number ?? '',
        title: input.title.trim(),
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
        periodText: input.periodText ?? '',
        responsibleText: input.responsibleText ?? '',
        participantsText: input.participantsText ?? '',
        expectedResult: input.expectedResult ?? '',
        actualResult: input.actualResult ?? '',
        status: input.status,
      });
      const personIds = await this.writeParties(m, item.id, input);
      await this.record(m, actor, 'add-item', plan.id, { after: { itemId: item.id, ...input }, personIds });
      return plan;
    }, CONSTRAINTS);
  }

  async updateItem(actor: Actor, itemId: string, input: PlanItemInput): Promise<PlanEntity> {
    return this.uow.write(async (m) => {
      const { plan, item } = await this.lockItem(m, actor, itemId);
      const changes: Partial<PlanItemEntity> = defined({
        number: input.number,
        title: input.title?.trim(),
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        periodText: input.periodText,
        responsibleText: input.responsibleText,
        participantsText: input.participantsText,
        expectedResult: input.expectedResult,
        actualResult: input.actualResult,
        status: input.status,
        position: input.position,
      });
      checkPeriod(changes.startsOn === undefined ? item.startsOn : changes.startsOn, changes.endsOn === undefined ? item.endsOn : changes.endsOn);
      if (input.stageId && input.stageId !== item.stageId) {
        const target = await this.repo.stage(m, input.stageId);
        if (!target || target.planId !== plan.id) throw fieldError('stageId', 'Выберите этап этого плана');
        changes.stageId = target.id;
        changes.position = input.position ?? (await this.repo.nextItemPosition(m, target.id));
      }
      await this.checkParties(m, actor, plan, input);
      await this.repo.update(m, PlanItemEntity, itemId, changes);
      const personIds = await this.writeParties(m, itemId, input);
      if (changes.stageId) await this.repo.setPositions(m, 'plan_item', (await this.repo.itemsOfStages(m, [item.stageId], ArchiveFilter.ALL)).map((i) => i.id));
      await this.record(m, actor, 'update-item', plan.id, { before: item, after: { itemId, ...input }, personIds });
      return plan;
    }, CONSTRAINTS);
  }

  async setItemArchived(actor: Actor, itemId: string, archived: boolean): Promise<PlanEntity> {
    return this.uow.write(async (m) => {
      const { plan, item } = await this.lockItem(m, actor, itemId, true);
      if (!!item.archivedAt === archived) return plan;
      await this.repo.update(m, PlanItemEntity, itemId, { archivedAt: archived ? new Date() : null });
      await this.record(m, actor, archived ? 'archive-item' : 'restore-item', plan.id, { after: { itemId } });
      return plan;
    }, CONSTRAINTS);
  }

  async reorderItems(actor: Actor, stageId: string, itemIds: string[]): Promise<PlanEntity> {
    return this.uow.write(async (m) => {
      const { plan } = await this.lockStage(m, actor, stageId);
      const current = (await this.repo.itemsOfStages(m, [stageId], ArchiveFilter.ALL)).map((i) => i.id);
      if (!sameSet(current, itemIds)) throw fieldError('ids', 'Укажите все пункты этапа, каждый по одному разу');
      await this.repo.setPositions(m, 'plan_item', itemIds);
      await this.record(m, actor, 'reorder-items', plan.id, { before: { stageId, itemIds: current }, after: { stageId, itemIds } });
      return plan;
    }, CONSTRAINTS);
  }

  // Links.
  async linkItem(actor: Actor, itemId: string, input: PlanItemLinkInput): Promise<PlanEntity> {
    return this.uow.write(async (m) => {
      const { plan } = await this.lockItem(m, actor, itemId);
      // What lies out of the caller's reach answers as a row that does not exist: NOT_FOUND, never a field error.
      if (!(await this.access.can(m, actor.user, LINK_RULE[input.kind], input.targetId))) throw notFound(LINK_TARGET_NOT_FOUND[input.kind]);
      const occurrenceDate = input.occurrenceDate ?? null;
      if (occurrenceDate) {
        if (input.kind !== PlanLinkKind.EVENT) throw fieldError('occurrenceDate', 'Дата проведения указывается только для мероприятия');
        const series = await this.repo.eventSeries(m, input.targetId);
        if (!series || !seriesDates(series).includes(occurrenceDate)) throw fieldError('occurrenceDate', 'В этот день мероприятие не проводится');
      }
      await this.repo.insert(m, PlanItemLinkEntity, { itemId, kind: input.kind, targetId: input.targetId, occurrenceDate });
      await this.record(m, actor, 'link-item', plan.id, { after: { itemId, ...input } });
      return plan;
    }, CONSTRAINTS);
  }

  async unlinkItem(actor: Actor, linkId: string): Promise<PlanEntity> {
    return this.uow.write(async (m) => {
      const link = await this.repo.link(m, linkId);
      if (!link) throw notFound('Связь не найдена');
      const item = await this.repo.item(m, link.itemId);
      if (!item) throw notFound('Связь не найдена');
      const plan = await this.lockPlan(m, actor, item.planId, 'Связь не найдена');
      await this.repo.delete(m, PlanItemLinkEntity, linkId);
      await this.record(m, actor, 'unlink-item', plan.id, { before: link });
      return plan;
    }, CONSTRAINTS);
  }

  /** Up to 20 records of a kind the caller may read, by part of the title (for the link picker). */
  async linkTargets(actor: Actor, kind: PlanLinkKind, search: string | undefined) {
    const m = this.uow.reader;
    const rows = await this.repo.linkCandidates(m, kind, (search ?? '').trim(), 200);
    const seen = await this.access.check(m, actor.user, LINK_RULE[kind], rows.map((r) => r.id));
    return rows
      .filter((r) => seen.has(r.id))
      .slice(0, 20)
      .map((r) => ({
        id: r.id,
        kind,
        title: r.title,
        startsOn: r.startsOn,
        endsOn: r.endsOn,
        occurrenceDates: r.recurrence && r.startsOn ? seriesDates({ startsOn: r.startsOn, recurrence: r.recurrence, recurrenceInterval: r.recurrenceInterval ?? 1, recurrenceCount: r.recurrenceCount ?? null, recurrenceUntil: r.recurrenceUntil ?? null }) : [],
      }));
  }

  // Batches for field resolvers.
  owners = (ids: readonly string[]) => this.repo.owners(this.uow.reader, ids);
  stagesOf = (planIds: readonly string[]) => this.repo.stagesOf(this.uow.reader, planIds);
  itemsOfStages = (stageIds: readonly string[], archived: ArchiveFilter) => this.repo.itemsOfStages(this.uow.reader, stageIds, archived);
  itemsOfPlans = (planIds: readonly string[]) => this.repo.itemsOfPlans(this.uow.reader, planIds);
  partiesOf = (itemIds: readonly string[]) => this.repo.partiesOf(this.uow.reader, itemIds);
  linksOf = (itemIds: readonly string[]) => this.repo.linksOf(this.uow.reader, itemIds);
  linkTitles = (targetIds: readonly string[]) => this.repo.linkTitles(this.uow.reader, targetIds);
  statuses = (itemIds: readonly string[]) => readPlanItemStatuses(this.uow.reader, itemIds);
  linkStatuses = (links: readonly PlanItemLinkEntity[]) => readPlanLinkStatuses(this.uow.reader, links.map((l) => l.id));
  manageable = (caller: Caller, ids: readonly string[]) => this.access.check(this.uow.reader, caller, 'plan.manage', ids);
  /** Link targets the caller sees, of every kind (one statement per kind present). */
  async visibleTargets(caller: Caller, links: readonly PlanItemLinkEntity[]): Promise<Set<string>> {
    const seen = new Set<string>();
    for (const kind of Object.values(PlanLinkKind)) {
      const ids = links.filter((l) => l.kind === kind).map((l) => l.targetId);
      if (ids.length) for (const id of await this.access.check(this.uow.reader, caller, LINK_RULE[kind], ids)) seen.add(id);
    }
    return seen;
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && new Set(b).size === b.length && b.every((x) => a.includes(x));
}
