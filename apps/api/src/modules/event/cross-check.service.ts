import { Injectable } from '@nestjs/common';
import { EventKind } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AccessService } from '../../common/access/access.service';
import { Actor } from '../../common/auth/actor';
import { AccessScope } from '../../common/auth/access-scope';
import { Permission } from '../../common/auth/permissions';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, FieldError, forbidden, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { PersonRepository } from '../person/person.repository';
import { CrossCheckRepository, ExpertRow } from './cross-check.repository';
import { CrossCheckInput } from './dto/cross-check.input';
import { CrossCheckObject } from './dto/cross-check.object';
import { EventEntity } from './event.entity';
import { EventRepository } from './event.repository';

const NOT_FOUND = 'Перекрёстная проверка не найдена';
const NOT_YOURS = 'Изменять перекрёстную проверку может тот, кто ведёт мероприятие';
const OUT_OF_REACH = 'Не найдено или вне вашей зоны ответственности';
const CONSTRAINTS: Record<string, FieldError> = {
  ck_cross_check_protocol_counts: { field: 'protocol', message: 'Расхождений не может быть больше, чем работ' },
  uq_cross_check_protocol_row: { field: 'protocol', message: 'Строка с этим предметом и классом уже есть' },
};

/**
 * The cross-check of pupils' diagnostic papers on an event of kind PAPER_CROSS_CHECK: which schools exchange papers,
 * the expert pairs and the protocol of discrepancies. Read with the event; changed by whoever keeps the event.
 */
@Injectable()
export class CrossCheckService {
  constructor(
    private readonly repo: CrossCheckRepository,
    private readonly events: EventRepository,
    private readonly people: PersonRepository,
    private readonly access: AccessService,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  private async event(m: EntityManager, actor: Actor, eventId: string, lock = false): Promise<EventEntity> {
    const event = await this.events.findInScope(m, this.access.scope(actor.user, Permission.EVENT_READ), eventId, lock);
    if (!event || event.kind !== EventKind.PAPER_CROSS_CHECK) throw notFound(NOT_FOUND);
    return event;
  }

  /** People the caller may see named here: in their scope, or working at one of the event's organisations. */
  private async reachablePeople(m: EntityManager, scope: AccessScope, event: EventEntity, ids: readonly string[]): Promise<Set<string>> {
    const unique = [...new Set(ids)];
    const [inScope, ofEvent] = await Promise.all([this.people.eligible(m, scope, event.networkId, unique), this.repo.eventPeople(m, event.id, unique)]);
    return new Set([...inScope, ...ofEvent]);
  }

  async get(actor: Actor, eventId: string): Promise<CrossCheckObject> {
    const m = this.uow.reader;
    const event = await this.event(m, actor, eventId);
    return this.read(m, actor, event);
  }

  private async read(m: EntityManager, actor: Actor, event: EventEntity): Promise<CrossCheckObject> {
    const [schoolPairs, expertPairs, protocol, canEdit] = await Promise.all([
      this.repo.schoolPairs(m, event.id),
      this.repo.expertPairs(m, event.id),
      this.repo.protocol(m, event.id),
      this.access.can(m, actor.user, 'event.manage', event.id),
    ]);
    const visible = await this.reachablePeople(
      m,
      this.access.scope(actor.user, Permission.EVENT_READ),
      event,
      expertPairs.flatMap((p) => [p.first.personId, p.second.personId]),
    );
    const shown = (x: ExpertRow) => (visible.has(x.personId) ? x : null);
    return {
      eventId: event.id,
      canEdit,
      schoolPairs,
      expertPairs: expertPairs.map((p) => ({ id: p.id, subject: p.subject, first: shown(p.first), second: shown(p.second) })),
      protocol: protocol.map((r) => ({ id: r.id, subject: r.subject, grade: r.grade, paperCount: r.paperCount, discrepancyCount: r.discrepancyCount, comment: r.comment, illustrative: r.illustrative })),
    };
  }

  async save(actor: Actor, eventId: string, input: CrossCheckInput): Promise<CrossCheckObject> {
    return this.uow.write(async (m) => {
      const event = await this.event(m, actor, eventId, true);
      if (!(await this.access.can(m, actor.user, 'event.manage', event.id))) throw forbidden(NOT_YOURS);
      const fields: FieldError[] = [];

      const orgIds = [...new Set(input.schoolPairs.flatMap((p) => [p.fromOrganizationId, p.checkerOrganizationId]))];
      const [ofEvent, readable] = await Promise.all([this.repo.eventOrganizations(m, event.id, orgIds), this.access.check(m, actor.user, 'organization.read', orgIds)]);
      const seenPairs = new Set<string>();
      input.schoolPairs.forEach((p, i) => {
        for (const key of ['fromOrganizationId', 'checkerOrganizationId'] as const) {
          if (!ofEvent.has(p[key]) && !readable.has(p[key])) fields.push({ field: `schoolPairs.${i}.${key}`, message: OUT_OF_REACH });
        }
        if (p.fromOrganizationId === p.checkerOrganizationId) fields.push({ field: `schoolPairs.${i}.checkerOrganizationId`, message: 'Школа не проверяет собственные работы' });
        const key = `${p.fromOrganizationId}>${p.checkerOrganizationId}`;
        if (seenPairs.has(key)) fields.push({ field: `schoolPairs.${i}`, message: 'Эта пара школ уже указана' });
        seenPairs.add(key);
      });

      const people = await this.reachablePeople(m, actor.scope, event, input.expertPairs.flatMap((p) => [p.firstPersonId, p.secondPersonId]));
      const seenExperts = new Set<string>();
      input.expertPairs.forEach((p, i) => {
        for (const key of ['firstPersonId', 'secondPersonId'] as const) if (!people.has(p[key])) fields.push({ field: `expertPairs.${i}.${key}`, message: OUT_OF_REACH });
        if (p.firstPersonId === p.secondPersonId) fields.push({ field: `expertPairs.${i}.secondPersonId`, message: 'В паре — два разных эксперта' });
        const key = `${[p.firstPersonId, p.secondPersonId].sort().join('+')}|${p.subject.toLowerCase()}`;
        if (seenExperts.has(key)) fields.push({ field: `expertPairs.${i}`, message: 'Эта пара экспертов уже указана' });
        seenExperts.add(key);
      });

      const seenRows = new Set<string>();
      input.protocol.forEach((r, i) => {
        if (r.discrepancyCount > r.paperCount) fields.push({ field: `protocol.${i}.discrepancyCount`, message: 'Расхождений не может быть больше, чем работ' });
        const key = `${r.subject.toLowerCase()}|${r.grade}`;
        if (seenRows.has(key)) fields.push({ field: `protocol.${i}.subject`, message: 'Строка с этим предметом и классом уже есть' });
        seenRows.add(key);
      });
      if (fields.length) throw badInput(fields);

      await this.repo.replace(m, event.id, {
        schoolPairs: input.schoolPairs,
        expertPairs: input.expertPairs,
        protocol: input.protocol.map((r) => ({ ...r, comment: r.comment.trim() })),
      });
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'update-cross-check', entityType: 'event', entityId: event.id, after: input });
      return this.read(m, actor, event);
    }, CONSTRAINTS);
  }
}
