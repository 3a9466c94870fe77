import { Injectable } from '@nestjs/common';
import { EVENT_KIND_LABELS, EVENT_STATUS_LABELS, EventRegistrationStatus } from '@metodset/shared';
import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { Connection } from '../../common/pagination/connection';
import { byLabel, orderedPage, OrderColumns, PageRequest, SortDirection } from '../../common/pagination/order';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { escapeLike } from '../organization/organization.repository';
import { EventFilter, EventOrder, EventOrderField } from './dto/events.args';
import { EventAttendanceEntity } from './event-attendance.entity';
import { EventExceptionEntity } from './event-exception.entity';
import { EventFeedbackEntity } from './event-feedback.entity';
import { EventMaterialFileEntity } from './event-material-file.entity';
import { EventMaterialEntity } from './event-material.entity';
import { EventOrganizerEntity } from './event-organizer.entity';
import { EventRegistrationEntity } from './event-registration.entity';
import { EventResponsibleEntity } from './event-responsible.entity';
import { EventEntity } from './event.entity';
import { eventCondition } from './event.sql';
import { acceptedMemberOrgsSql } from '../network/network-membership.sql';

const REGISTERED = `'${EventRegistrationStatus.REGISTERED}'`;
const ORDER: OrderColumns<EventOrderField> = {
  STARTS_ON: { sql: 'e.starts_on', type: 'date' },
  TITLE: { sql: 'e.title', type: 'text' },
  KIND: { sql: byLabel('e.kind', EVENT_KIND_LABELS), type: 'text' },
  STATUS: { sql: byLabel('e.status', EVENT_STATUS_LABELS), type: 'text' },
  HOST: {
    sql: `COALESCE((SELECT COALESCE(ho.short_name, ho.name) FROM organization ho WHERE ho.id = e.organization_id),
                   (SELECT hm.name FROM municipality hm WHERE hm.id = e.municipality_id), (SELECT hn.name FROM network hn WHERE hn.id = e.network_id))`,
    type: 'text',
    nulls: '',
  },
  REGISTERED_COUNT: { sql: `(SELECT count(*) FROM event_registration erc WHERE erc.event_id = e.id AND erc.status = ${REGISTERED})`, type: 'int' },
};
const DEFAULT_ORDER: EventOrder = { field: EventOrderField.STARTS_ON, direction: SortDirection.ASC };

export interface EventHostRow {
  eventId: string;
  kind: 'organization' | 'municipality' | 'network';
  id: string;
  name: string;
}

export interface EventCompetenceRow {
  eventId: string;
  id: string;
  code: string;
  name: string;
}

export interface EventOrganizerRow {
  eventId: string;
  id: string;
  name: string;
}

export interface CountRow {
  eventId: string;
  count: number;
}

export interface FeedbackSummaryRow {
  eventId: string;
  count: number;
  average: number | null;
}

/** All SQL of events: lists and pages in the caller's scope, the rows around an event, batches for field resolvers. */
@Injectable()
export class EventRepository {
  private scoped(m: EntityManager, scope: AccessScope): SelectQueryBuilder<EventEntity> {
    const cond = eventCondition(scope, 'e');
    return m.getRepository(EventEntity).createQueryBuilder('e').where(cond.sql, cond.params);
  }

  /** The filters of the list (the calendar applies the same ones). */
  applyFilter(qb: SelectQueryBuilder<EventEntity>, f: EventFilter | undefined): SelectQueryBuilder<EventEntity> {
    const archived = f?.archived ?? ArchiveFilter.ACTIVE;
    if (archived === ArchiveFilter.ACTIVE) qb.andWhere('e.archived_at IS NULL');
    if (archived === ArchiveFilter.ARCHIVED) qb.andWhere('e.archived_at IS NOT NULL');
    if (f?.kind) qb.andWhere('e.kind = :fKind', { fKind: f.kind });
    if (f?.status) qb.andWhere('e.status = :fStatus', { fStatus: f.status });
    if (f?.networkId) qb.andWhere('e.network_id = :fNet', { fNet: f.networkId });
    if (f?.organizationId) {
      qb.andWhere('(e.organization_id = :fOrg OR EXISTS (SELECT 1 FROM event_organizer fo WHERE fo.event_id = e.id AND fo.organization_id = :fOrg))', { fOrg: f.organizationId });
    }
    if (f?.municipalityId) {
      qb.andWhere('(e.municipality_id = :fMun OR EXISTS (SELECT 1 FROM organization fmo WHERE fmo.id = e.organization_id AND fmo.municipality_id = :fMun))', { fMun: f.municipalityId });
    }
    if (f?.competenceId) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM competence fc JOIN competence fc2 ON fc2.code = fc.code WHERE fc.id = :fComp AND fc2.id = ANY(e.competence_ids))`,
        { fComp: f.competenceId },
      );
    }
    if (f?.from) qb.andWhere('e.span_ends_on >= CAST(:fFrom AS date)', { fFrom: f.from });
    if (f?.to) qb.andWhere('e.starts_on <= CAST(:fTo AS date)', { fTo: f.to });
    if (f?.search?.trim()) qb.andWhere('(e.title ILIKE :fSearch OR e.description ILIKE :fSearch)', { fSearch: `%${escapeLike(f.search.trim())}%` });
    return qb;
  }

  page(m: EntityManager, scope: AccessScope, f: EventFilter | undefined, order: EventOrder | undefined, page: PageRequest): Promise<Connection<EventEntity>> {
    return orderedPage(this.applyFilter(this.scoped(m, scope), f), 'e.id', ORDER, order ?? DEFAULT_ORDER, page);
  }

  /** Every visible event matching the filter (the calendar; bounded by the caller's date range). */
  all(m: EntityManager, scope: AccessScope, f: EventFilter | undefined, limit: number): Promise<EventEntity[]> {
    return this.applyFilter(this.scoped(m, scope), f).orderBy('e.starts_on', 'ASC').addOrderBy('e.id', 'ASC').take(limit).getMany();
  }

  findInScope(m: EntityManager, scope: AccessScope, id: string, lock = false): Promise<EventEntity | null> {
    const qb = this.scoped(m, scope).andWhere('e.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['e']);
    return qb.getOne();
  }

  async insert(m: EntityManager, values: Partial<EventEntity>): Promise<EventEntity> {
    const res = await m.getRepository(EventEntity).insert(values);
    return m.getRepository(EventEntity).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id });
  }

  /** Applies changes and bumps the revision (every change is a new iCal SEQUENCE). */
  async update(m: EntityManager, id: string, values: Partial<EventEntity>): Promise<EventEntity> {
    await m
      .getRepository(EventEntity)
      .createQueryBuilder()
      .update()
      .set({ ...values, revision: () => 'revision + 1' })
      .where('id = :id', { id })
      .execute();
    return m.getRepository(EventEntity).findOneByOrFail({ id });
  }

  async setOrganizers(m: EntityManager, eventId: string, organizationIds: readonly string[]): Promise<void> {
    await m.getRepository(EventOrganizerEntity).delete({ eventId });
    if (organizationIds.length) await m.getRepository(EventOrganizerEntity).insert(organizationIds.map((organizationId, position) => ({ eventId, organizationId, position })));
  }

  async setResponsible(m: EntityManager, eventId: string, personIds: readonly string[]): Promise<void> {
    await m.getRepository(EventResponsibleEntity).delete({ eventId });
    if (personIds.length) await m.getRepository(EventResponsibleEntity).insert(personIds.map((personId, position) => ({ eventId, personId, position })));
  }

  // Exceptions of a series.
  exceptions = (m: EntityManager, eventId: string) => m.getRepository(EventExceptionEntity).find({ where: { eventId }, order: { occurrenceDate: 'ASC' } });
  exception = (m: EntityManager, id: string) => m.getRepository(EventExceptionEntity).findOneBy({ id });

  async upsertException(m: EntityManager, values: Omit<EventExceptionEntity, 'id' | 'createdAt' | 'updatedAt' | 'revision' | 'event'>): Promise<void> {
    await m.query(
      `INSERT INTO event_exception (event_id, occurrence_date, kind, starts_on, ends_on, starts_at, ends_at, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT ON CONSTRAINT uq_event_exception DO UPDATE
         SET kind = EXCLUDED.kind, starts_on = EXCLUDED.starts_on, ends_on = EXCLUDED.ends_on, starts_at = EXCLUDED.starts_at,
             ends_at = EXCLUDED.ends_at, note = EXCLUDED.note, revision = event_exception.revision + 1, updated_at = now()`,
      [values.eventId, values.occurrenceDate, values.kind, values.startsOn, values.endsOn, values.startsAt, values.endsAt, values.note],
    );
  }

  async deleteException(m: EntityManager, id: string): Promise<void> {
    await m.getRepository(EventExceptionEntity).delete({ id });
  }

  // Registrations.
  registration = (m: EntityManager, eventId: string, personId: string) => m.getRepository(EventRegistrationEntity).findOneBy({ eventId, personId });

  async registeredCount(m: EntityManager, eventId: string): Promise<number> {
    const [row] = (await m.query(`SELECT count(*)::int AS n FROM event_registration WHERE event_id = $1 AND status = ${REGISTERED}`, [eventId])) as { n: number }[];
    return row.n;
  }

  async register(m: EntityManager, eventId: string, personId: string): Promise<void> {
    await m.query(
      `INSERT INTO event_registration (event_id, person_id, status) VALUES ($1, $2, ${REGISTERED})
       ON CONFLICT ON CONSTRAINT uq_event_registration DO UPDATE SET status = ${REGISTERED}, cancelled_at = NULL, updated_at = now()`,
      [eventId, personId],
    );
  }

  async cancelRegistration(m: EntityManager, id: string): Promise<void> {
    await m.getRepository(EventRegistrationEntity).update({ id }, { status: EventRegistrationStatus.CANCELLED, cancelledAt: new Date() });
  }

  // Attendance.
  async markAttendance(m: EntityManager, eventId: string, occurrenceDate: string, personIds: readonly string[], accountId: string): Promise<void> {
    if (!personIds.length) return;
    await m.query(
      `INSERT INTO event_attendance (event_id, occurrence_date, person_id, marked_by_account_id)
       SELECT $1, $2, p, $4 FROM unnest($3::uuid[]) AS p
       ON CONFLICT ON CONSTRAINT uq_event_attendance DO NOTHING`,
      [eventId, occurrenceDate, personIds, accountId],
    );
  }

  async unmarkAttendance(m: EntityManager, eventId: string, occurrenceDate: string, personIds: readonly string[]): Promise<void> {
    if (!personIds.length) return;
    await m.query(`DELETE FROM event_attendance WHERE event_id = $1 AND occurrence_date = $2 AND person_id = ANY($3::uuid[])`, [eventId, occurrenceDate, personIds]);
  }

  async attended(m: EntityManager, eventId: string, personId: string): Promise<boolean> {
    const rows = (await m.query(`SELECT 1 FROM event_attendance WHERE event_id = $1 AND person_id = $2 LIMIT 1`, [eventId, personId])) as unknown[];
    return rows.length > 0;
  }

  // Feedback.
  async upsertFeedback(m: EntityManager, eventId: string, personId: string, rating: number, comment: string): Promise<void> {
    await m.query(
      `INSERT INTO event_feedback (event_id, person_id, rating, comment) VALUES ($1, $2, $3, $4)
       ON CONFLICT ON CONSTRAINT uq_event_feedback DO UPDATE SET rating = EXCLUDED.rating, comment = EXCLUDED.comment, updated_at = now()`,
      [eventId, personId, rating, comment],
    );
  }

  // Materials.
  material = (m: EntityManager, id: string) => m.getRepository(EventMaterialEntity).findOneBy({ id });
  materialFile = (m: EntityManager, id: string) => m.getRepository(EventMaterialFileEntity).findOneBy({ materialId: id });

  async insertMaterial(m: EntityManager, values: Partial<EventMaterialEntity>, content: Buffer | null): Promise<void> {
    const res = await m.getRepository(EventMaterialEntity).insert(values);
    if (content) await m.getRepository(EventMaterialFileEntity).insert({ materialId: (res.identifiers[0] as { id: string }).id, content });
  }

  async deleteMaterial(m: EntityManager, id: string): Promise<void> {
    await m.getRepository(EventMaterialEntity).delete({ id });
  }

  // Batches for field resolvers: one statement for any number of events.
  organizersOf(m: EntityManager, ids: readonly string[]): Promise<EventOrganizerEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.getRepository(EventOrganizerEntity).find({ where: { eventId: In([...ids]) }, order: { position: 'ASC' } });
  }

  responsibleOf(m: EntityManager, ids: readonly string[]): Promise<EventResponsibleEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.getRepository(EventResponsibleEntity).find({ where: { eventId: In([...ids]) }, order: { position: 'ASC' } });
  }

  exceptionsOf(m: EntityManager, ids: readonly string[]): Promise<EventExceptionEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.getRepository(EventExceptionEntity).find({ where: { eventId: In([...ids]) }, order: { occurrenceDate: 'ASC' } });
  }

  registrationsOf(m: EntityManager, ids: readonly string[]): Promise<EventRegistrationEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.getRepository(EventRegistrationEntity).find({ where: { eventId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  attendanceOf(m: EntityManager, ids: readonly string[]): Promise<EventAttendanceEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.getRepository(EventAttendanceEntity).find({ where: { eventId: In([...ids]) }, order: { occurrenceDate: 'ASC', createdAt: 'ASC' } });
  }

  feedbackOf(m: EntityManager, ids: readonly string[]): Promise<EventFeedbackEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.getRepository(EventFeedbackEntity).find({ where: { eventId: In([...ids]) }, order: { createdAt: 'ASC' } });
  }

  materialsOf(m: EntityManager, ids: readonly string[]): Promise<EventMaterialEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.getRepository(EventMaterialEntity).find({ where: { eventId: In([...ids]) }, order: { createdAt: 'ASC' } });
  }

  registeredCounts(m: EntityManager, ids: readonly string[]): Promise<CountRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(
      `SELECT event_id AS "eventId", count(*)::int AS count FROM event_registration WHERE event_id = ANY($1::uuid[]) AND status = ${REGISTERED} GROUP BY event_id`,
      [ids],
    );
  }

  feedbackSummaries(m: EntityManager, ids: readonly string[]): Promise<FeedbackSummaryRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(
      `SELECT event_id AS "eventId", count(*)::int AS count, round(avg(rating), 2)::float AS average FROM event_feedback WHERE event_id = ANY($1::uuid[]) GROUP BY event_id`,
      [ids],
    );
  }

  /** The caller's own registrations among these events (status included). */
  myRegistrations(m: EntityManager, personId: string, ids: readonly string[]): Promise<EventRegistrationEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.getRepository(EventRegistrationEntity).find({ where: { eventId: In([...ids]), personId } });
  }

  /** Organisations the caller may name as organisers: in the scope, or accepted members of the host network. */
  async eligibleOrganizations(m: EntityManager, scope: AccessScope, networkId: string | null, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const cond = scope.organizationCondition('eo');
    const rows: { id: string }[] = await m
      .createQueryBuilder()
      .select('eo.id', 'id')
      .from('organization', 'eo')
      .where('eo.id = ANY(CAST(:ids AS uuid[]))', { ids })
      .andWhere(`(${cond.sql} OR (CAST(:netId AS uuid) IS NOT NULL AND eo.id IN (${acceptedMemberOrgsSql('CAST(:netId AS uuid)', 'eom')})))`, { ...cond.params, netId: networkId })
      .getRawMany();
    return new Set(rows.map((r) => r.id));
  }

  async existingCompetences(m: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = (await m.query(`SELECT id FROM competence WHERE id = ANY($1::uuid[])`, [ids])) as { id: string }[];
    return new Set(rows.map((r) => r.id));
  }

  competencesOf(m: EntityManager, ids: readonly string[]): Promise<EventCompetenceRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(
      `SELECT e.id AS "eventId", c.id, c.code, c.name
         FROM event e JOIN competence c ON c.id = ANY(e.competence_ids)
        WHERE e.id = ANY($1::uuid[]) ORDER BY c.code, c.id`,
      [ids],
    );
  }

  organizerNames(m: EntityManager, ids: readonly string[]): Promise<EventOrganizerRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(
      `SELECT eo.event_id AS "eventId", o.id, coalesce(o.short_name, o.name) AS name
         FROM event_organizer eo JOIN organization o ON o.id = eo.organization_id
        WHERE eo.event_id = ANY($1::uuid[]) ORDER BY eo.position, o.name`,
      [ids],
    );
  }

  hosts(m: EntityManager, ids: readonly string[]): Promise<EventHostRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(
      `SELECT e.id AS "eventId",
              CASE WHEN e.organization_id IS NOT NULL THEN 'organization' WHEN e.municipality_id IS NOT NULL THEN 'municipality' ELSE 'network' END AS kind,
              coalesce(e.organization_id, e.municipality_id, e.network_id) AS id,
              coalesce(coalesce(o.short_name, o.name), mu.name, n.name) AS name
         FROM event e
         LEFT JOIN organization o ON o.id = e.organization_id
         LEFT JOIN municipality mu ON mu.id = e.municipality_id
         LEFT JOIN network n ON n.id = e.network_id
        WHERE e.id = ANY($1::uuid[])`,
      [ids],
    );
  }
}
