import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Caller } from '../../common/access/access-rule';
import { AccessService } from '../../common/access/access.service';
import { Actor } from '../../common/auth/actor';
import { AccessScope } from '../../common/auth/access-scope';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, FieldError, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { OrganizationRepository } from '../organization/organization.repository';
import { PageAlongside, PageRequest } from '../../common/pagination/order';
import { PersonFilter, PersonOrder } from './dto/people.args';
import { QualificationCategory } from '@metodset/shared';
import { CreatePersonInput, PositionInput, QualificationRecordInput, UpdatePersonInput } from './dto/person.input';
import { PersonEntity } from './person.entity';
import { PersonPrefetch, PersonRepository } from './person.repository';
import { PositionEntity } from './position.entity';
import { QualificationRecordEntity } from './qualification-record.entity';

const CONSTRAINTS = {
  uq_person_external_id: { field: 'externalId', message: 'Педагог с таким кодом уже есть' },
  uq_person_email: { field: 'email', message: 'Педагог с такой почтой уже есть' },
  uq_position: { field: 'positions', message: 'Должность в организации повторяется' },
  ck_person_birth_date: { field: 'birthDate', message: 'Дата рождения вне допустимого диапазона' },
  ck_position_period: { field: 'positions', message: 'Дата окончания работы раньше даты начала' },
  ck_position_dates: { field: 'positions', message: 'Дата работы — не раньше 1940 года' },
  uq_qualification_record: { field: 'qualificationHistory', message: 'Эта категория с этой датой присвоения уже указана' },
  ck_qualification_record_period: { field: 'qualificationHistory', message: 'Срок действия категории должен быть позже даты присвоения' },
  ck_qualification_record_category: { field: 'qualificationHistory', message: 'Выберите категорию' },
  ck_qualification_record_assigned: { field: 'qualificationHistory', message: 'Дата присвоения — не раньше 1960 года' },
};
const NOT_FOUND = 'Карточка педагога не найдена';

type PositionSnapshot = { organizationId: string; kind: string; title?: string | null; startedOn?: string | null; endedOn?: string | null };

function snapshot(p: PersonEntity, positions?: PositionSnapshot[], qualifications?: QualificationRecordInput[]) {
  const { createdAt: _c, updatedAt: _u, ...rest } = p;
  return {
    ...rest,
    ...(positions && {
      positions: positions.map((x) => ({ organizationId: x.organizationId, kind: x.kind, title: x.title ?? null, startedOn: x.startedOn ?? null, endedOn: x.endedOn ?? null })),
    }),
    ...(qualifications && {
      qualificationHistory: qualifications.map((q) => ({ category: q.category, assignedOn: q.assignedOn, orderRef: q.orderRef ?? null, validUntil: q.validUntil ?? null })),
    }),
  };
}

/** Field errors of a history the DTOs cannot see row by row: dates in order, no duplicates. */
function historyErrors(positions: PositionInput[], qualifications: QualificationRecordInput[]): FieldError[] {
  const fields: FieldError[] = [];
  positions.forEach((p, i) => {
    if (p.startedOn && p.endedOn && p.endedOn < p.startedOn) fields.push({ field: `positions.${i}.endedOn`, message: 'Дата окончания работы раньше даты начала' });
  });
  const seen = new Set<string>();
  qualifications.forEach((q, i) => {
    if (q.category === QualificationCategory.NONE) fields.push({ field: `qualificationHistory.${i}.category`, message: 'Выберите категорию' });
    if (q.validUntil && q.validUntil <= q.assignedOn) fields.push({ field: `qualificationHistory.${i}.validUntil`, message: 'Срок действия категории должен быть позже даты присвоения' });
    const key = `${q.category}:${q.assignedOn}`;
    if (seen.has(key)) fields.push({ field: `qualificationHistory.${i}.assignedOn`, message: 'Эта категория с этой датой присвоения уже указана' });
    seen.add(key);
  });
  return fields;
}

@Injectable()
export class PersonService {
  constructor(
    private readonly repo: PersonRepository,
    private readonly organizations: OrganizationRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  list(scope: AccessScope, filter: PersonFilter | undefined, order: PersonOrder | undefined, page: PageRequest, prefetch: PersonPrefetch = {}, alongside?: PageAlongside) {
    return this.repo.page(this.uow.reader, scope, filter, order, page, prefetch, alongside);
  }

  /** Opening a person's card is audited. */
  async get(actor: Actor, id: string): Promise<PersonEntity> {
    return this.uow.run(async (m) => {
      const found = await this.repo.findInScope(m, actor.scope, id);
      if (!found) throw notFound(NOT_FOUND);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'read', entityType: 'person', entityId: id });
      return found;
    });
  }

  private async checkPositions(m: EntityManager, actor: Actor, positions: PositionInput[]): Promise<void> {
    const inScope = await this.access.check(m, actor.user, 'organization.write', positions.map((p) => p.organizationId));
    const seen = new Set<string>();
    const fields: FieldError[] = [];
    positions.forEach((p, i) => {
      if (!inScope.has(p.organizationId)) fields.push({ field: `positions.${i}.organizationId`, message: 'Организация не найдена или вне вашей зоны ответственности' });
      const key = `${p.organizationId}:${p.kind}`;
      if (seen.has(key)) fields.push({ field: `positions.${i}.kind`, message: 'Эта должность в этой организации уже указана' });
      seen.add(key);
    });
    fields.push(...historyErrors(positions, []));
    if (fields.length) throw badInput(fields);
  }

  async create(actor: Actor, input: CreatePersonInput): Promise<PersonEntity> {
    const positions = input.positions ?? [];
    if (!positions.length && !actor.scope.all) {
      throw badInput([{ field: 'positions', message: 'Укажите хотя бы одно место работы' }]);
    }
    return this.uow.write(async (m) => {
      await this.checkPositions(m, actor, positions);
      const qualifications = input.qualificationHistory ?? [];
      const qErrors = historyErrors([], qualifications);
      if (qErrors.length) throw badInput(qErrors);
      const { positions: _p, qualificationHistory: _q, ...values } = input;
      const created = await this.repo.insert(m, values);
      await this.repo.replacePositions(m, created.id, 'all', positions);
      await this.repo.replaceQualifications(m, created.id, qualifications);
      await this.audit.record(m, {
        accountId: actor.user.accountId,
        action: 'create',
        entityType: 'person',
        entityId: created.id,
        after: snapshot(created, positions, qualifications),
      });
      return created;
    }, CONSTRAINTS);
  }

  async update(actor: Actor, id: string, input: UpdatePersonInput): Promise<PersonEntity> {
    return this.uow.write(async (m) => {
      const before = await this.repo.findInScope(m, actor.scope, id, true);
      if (!before) throw notFound(NOT_FOUND);
      if (before.archivedAt) throw badInput([], 'Карточка в архиве: сначала восстановите её');
      const { positions, qualificationHistory, ...values } = input;
      const changes = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<PersonEntity>;
      let beforePositions: PositionEntity[] | undefined;
      if (positions) {
        await this.checkPositions(m, actor, positions);
        beforePositions = await this.repo.positionsOfPeople(m, [id]);
        // Positions at organisations outside the caller's scope stay as they are.
        const editable = actor.scope.all ? 'all' : [...(await this.access.check(m, actor.user, 'organization.write', beforePositions.map((p) => p.organizationId))), ...positions.map((p) => p.organizationId)];
        await this.repo.replacePositions(m, id, editable, positions);
      }
      let beforeQualifications: QualificationRecordInput[] | undefined;
      if (qualificationHistory) {
        const qErrors = historyErrors([], qualificationHistory);
        if (qErrors.length) throw badInput(qErrors);
        beforeQualifications = await this.repo.qualificationsOfPeople(m, [id]);
        await this.repo.replaceQualifications(m, id, qualificationHistory);
      }
      const after = await this.repo.update(m, id, changes);
      await this.audit.record(m, {
        accountId: actor.user.accountId,
        action: 'update',
        entityType: 'person',
        entityId: id,
        before: snapshot(before, beforePositions, beforeQualifications),
        after: snapshot(after, positions, qualificationHistory),
      });
      return after;
    }, CONSTRAINTS);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<PersonEntity> {
    return this.uow.write(async (m) => {
      const before = await this.repo.findInScope(m, actor.scope, id, true);
      if (!before) throw notFound(NOT_FOUND);
      if (!!before.archivedAt === archived) return before;
      const after = await this.repo.update(m, id, { archivedAt: archived ? new Date() : null });
      await this.audit.record(m, {
        accountId: actor.user.accountId,
        action: archived ? 'archive' : 'restore',
        entityType: 'person',
        entityId: id,
        before: { archivedAt: before.archivedAt },
        after: { archivedAt: after.archivedAt },
      });
      return after;
    }, CONSTRAINTS);
  }

  /** Which of these people the caller may change (the ability `Person.canEdit`), in one statement. */
  editable(caller: Caller, ids: readonly string[]): Promise<Set<string>> {
    return this.access.check(this.uow.reader, caller, 'person.write', ids);
  }

  organizationsInScope(scope: AccessScope, ids: readonly string[]) {
    return this.organizations.byIdsInScope(this.uow.reader, scope, ids);
  }

  qualificationsOfPeople(ids: readonly string[]): Promise<QualificationRecordEntity[]> {
    return this.repo.qualificationsOfPeople(this.uow.reader, ids);
  }

  positionsOfPeople(ids: readonly string[]): Promise<PositionEntity[]> {
    return this.repo.positionsOfPeople(this.uow.reader, ids);
  }

  staffOf(scope: AccessScope, organizationIds: readonly string[]): Promise<PositionEntity[]> {
    return this.repo.staffOf(this.uow.reader, scope, organizationIds);
  }
}
