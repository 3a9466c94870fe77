import { Injectable } from '@nestjs/common';
import { ASSOCIATION_HOST, ASSOCIATION_KIND_LABELS } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AccessService } from '../../common/access/access.service';
import { Caller } from '../../common/access/access-rule';
import { Actor } from '../../common/auth/actor';
import { AccessScope } from '../../common/auth/access-scope';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, fieldError, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { PersonRepository } from '../person/person.repository';
import { AssociationRepository } from './association.repository';
import { AssociationEntity } from './association.entity';
import { AssociationFilter, AssociationOrder } from './dto/associations.args';
import { PageRequest } from '../../common/pagination/order';
import { AssociationMeetingInput, AssociationMemberInput, CreateAssociationInput, UpdateAssociationInput } from './dto/association.input';

const CONSTRAINTS: Record<string, FieldError> = {
  uq_association_member: { field: 'personId', message: 'Педагог уже состоит в объединении' },
  ck_association_host: { field: 'organizationId', message: 'Укажите одно: организацию, муниципалитет или сеть' },
  // A host that does not exist reads exactly like one out of reach (no existence oracle).
  FK_ec2879aff0924107c85c99c8c5b: { field: 'organizationId', message: 'Не найдено или вне вашей зоны ответственности' },
  FK_48340f058a6918694dd28e8fdba: { field: 'municipalityId', message: 'Не найдено или вне вашей зоны ответственности' },
  FK_dd30b0d8b4446a0f6aa498594ee: { field: 'networkId', message: 'Не найдено или вне вашей зоны ответственности' },
};
const NOT_FOUND = 'Объединение не найдено';
const NOT_YOURS = 'Изменять объединение может тот, кто отвечает за его организацию, муниципалитет или сеть';

/** Associations of teachers: members with roles, meetings with minutes. */
@Injectable()
export class AssociationService {
  constructor(
    private readonly repo: AssociationRepository,
    private readonly access: AccessService,
    private readonly people: PersonRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  list(scope: AccessScope, filter: AssociationFilter | undefined, order: AssociationOrder | undefined, page: PageRequest) {
    return this.repo.page(this.uow.reader, scope, filter, order, page);
  }

  async get(scope: AccessScope, id: string): Promise<AssociationEntity> {
    const found = await this.repo.findInScope(this.uow.reader, scope, id);
    if (!found) throw notFound(NOT_FOUND);
    return found;
  }

  /** Visible (else NOT_FOUND), then the caller's to manage (`association.manage`; else FORBIDDEN: they see it and its host). */
  private async lockForChange(m: EntityManager, actor: Actor, id: string, opts: { allowArchived?: boolean } = {}): Promise<AssociationEntity> {
    const a = await this.repo.findInScope(m, actor.scope, id, true);
    if (!a) throw notFound(NOT_FOUND);
    if (!(await this.access.can(m, actor.user, 'association.manage', id))) throw forbidden(NOT_YOURS);
    if (a.archivedAt && !opts.allowArchived) throw badInput([], 'Объединение в архиве: сначала восстановите его');
    return a;
  }

  async create(actor: Actor, input: CreateAssociationInput): Promise<AssociationEntity> {
    const given = (['organization', 'municipality', 'network'] as const).filter((h) => input[`${h}Id`]);
    const allowed = ASSOCIATION_HOST[input.kind];
    if (given.length !== 1 || !allowed.includes(given[0])) {
      const where = allowed.map((h) => ({ organization: 'организации', municipality: 'муниципалитета', network: 'сети' })[h]).join(', ');
      throw fieldError(`${allowed[0]}Id`, `${ASSOCIATION_KIND_LABELS[input.kind]}: укажите одно место — ${where}`);
    }
    return this.uow.write(async (m) => {
      const host = { organizationId: input.organizationId ?? null, municipalityId: input.municipalityId ?? null, networkId: input.networkId ?? null };
      const created = await this.repo.insert(m, { ...input, ...host, subject: input.subject ?? null, description: input.description ?? '' });
      // The rule decides on the row itself: one the caller may not manage is rolled back with the transaction.
      if (!(await this.access.can(m, actor.user, 'association.manage', created.id))) throw fieldError(`${given[0]}Id`, 'Не найдено или вне вашей зоны ответственности');
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'create', entityType: 'association', entityId: created.id, after: input });
      return created;
    }, CONSTRAINTS);
  }

  async update(actor: Actor, id: string, input: UpdateAssociationInput): Promise<AssociationEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockForChange(m, actor, id);
      const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
      const after = await this.repo.update(m, id, changes);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update', entityType: 'association', entityId: id, before, after });
      return after;
    }, CONSTRAINTS);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<AssociationEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockForChange(m, actor, id, { allowArchived: true });
      if (!!before.archivedAt === archived) return before;
      const after = await this.repo.update(m, id, { archivedAt: archived ? new Date() : null });
      await this.audit.record(m, { accountId: actor.user.accountId, action: archived ? 'archive' : 'restore', entityType: 'association', entityId: id });
      return after;
    }, CONSTRAINTS);
  }

  async addMember(actor: Actor, associationId: string, input: AssociationMemberInput): Promise<AssociationEntity> {
    return this.uow.write(async (m) => {
      const a = await this.lockForChange(m, actor, associationId);
      if (!(await this.people.eligible(m, actor.scope, a.networkId, [input.personId])).size) {
        throw fieldError('personId', 'Педагог не найден или вне вашей зоны ответственности');
      }
      await this.repo.insertMember(m, { associationId, personId: input.personId, role: input.role });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'add-member', entityType: 'association', entityId: associationId, after: input });
      return a;
    }, CONSTRAINTS);
  }

  async updateMember(actor: Actor, memberId: string, input: Pick<AssociationMemberInput, 'role'>): Promise<AssociationEntity> {
    return this.uow.write(async (m) => {
      const member = await this.repo.member(m, memberId);
      if (!member) throw notFound('Участник объединения не найден');
      const a = await this.lockForChange(m, actor, member.associationId);
      await this.repo.updateMember(m, memberId, { role: input.role });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update-member', entityType: 'association', entityId: a.id, before: member, after: input });
      return a;
    }, CONSTRAINTS);
  }

  async removeMember(actor: Actor, memberId: string): Promise<AssociationEntity> {
    return this.uow.write(async (m) => {
      const member = await this.repo.member(m, memberId);
      if (!member) throw notFound('Участник объединения не найден');
      const a = await this.lockForChange(m, actor, member.associationId);
      await this.repo.deleteMember(m, memberId);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'remove-member', entityType: 'association', entityId: a.id, before: member });
      return a;
    }, CONSTRAINTS);
  }

  private async checkAttendees(m: EntityManager, associationId: string, attendeeIds: readonly string[]): Promise<void> {
    const members = new Set((await this.repo.membersOf(m, [associationId])).map((x) => x.personId));
    const fields = attendeeIds.flatMap((id, i) => (members.has(id) ? [] : [{ field: `attendeeIds.${i}`, message: 'Присутствовать могут только участники объединения' }]));
    if (new Set(attendeeIds).size !== attendeeIds.length) fields.push({ field: 'attendeeIds', message: 'Участник указан дважды' });
    if (fields.length) throw badInput(fields);
  }

  async addMeeting(actor: Actor, associationId: string, input: AssociationMeetingInput): Promise<AssociationEntity> {
    return this.uow.write(async (m) => {
      const a = await this.lockForChange(m, actor, associationId);
      await this.checkAttendees(m, associationId, input.attendeeIds);
      await this.repo.insertMeeting(m, { associationId, ...input });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'add-meeting', entityType: 'association', entityId: associationId, after: input });
      return a;
    }, CONSTRAINTS);
  }

  async updateMeeting(actor: Actor, meetingId: string, input: AssociationMeetingInput): Promise<AssociationEntity> {
    return this.uow.write(async (m) => {
      const meeting = await this.repo.meeting(m, meetingId);
      if (!meeting) throw notFound('Заседание не найдено');
      const a = await this.lockForChange(m, actor, meeting.associationId);
      await this.checkAttendees(m, a.id, input.attendeeIds);
      await this.repo.updateMeeting(m, meetingId, input);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update-meeting', entityType: 'association', entityId: a.id, before: meeting, after: input });
      return a;
    }, CONSTRAINTS);
  }

  // Batches for field resolvers.
  membersOf = (ids: readonly string[]) => this.repo.membersOf(this.uow.reader, ids);
  meetingsOf = (ids: readonly string[]) => this.repo.meetingsOf(this.uow.reader, ids);
  hostNames = (ids: readonly string[]) => this.repo.hosts(this.uow.reader, ids);
  manageable = (caller: Caller, ids: readonly string[]) => this.access.check(this.uow.reader, caller, 'association.manage', ids);
}
