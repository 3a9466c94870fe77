import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { acceptedMemberOrgsSql } from '../network/network-membership.sql';
import { fullNameSql, mainOrganizationNameSql } from '../person/person.sql';
import { CrossCheckExpertPairEntity, CrossCheckProtocolRowEntity, CrossCheckSchoolPairEntity } from './cross-check.entity';

export interface SchoolPairRow {
  id: string;
  fromOrganizationId: string;
  fromName: string;
  checkerOrganizationId: string;
  checkerName: string;
}
export interface ExpertRow {
  personId: string;
  fullName: string;
  organizationName: string | null;
}
export interface ExpertPairRow {
  id: string;
  subject: string;
  first: ExpertRow;
  second: ExpertRow;
}

/** All SQL of the cross-check of papers: the three lists of an event, replaced together. */
@Injectable()
export class CrossCheckRepository {
  async schoolPairs(m: EntityManager, eventId: string): Promise<SchoolPairRow[]> {
    return m.query(
      `SELECT p.id, p.from_organization_id AS "fromOrganizationId", COALESCE(f.short_name, f.name) AS "fromName",
              p.checker_organization_id AS "checkerOrganizationId", COALESCE(c.short_name, c.name) AS "checkerName"
         FROM cross_check_school_pair p JOIN organization f ON f.id = p.from_organization_id JOIN organization c ON c.id = p.checker_organization_id
        WHERE p.event_id = $1 ORDER BY p.position, p.id`,
      [eventId],
    );
  }

  async expertPairs(m: EntityManager, eventId: string): Promise<ExpertPairRow[]> {
    const rows: Record<string, string | null>[] = await m.query(
      `SELECT x.id, x.subject,
              a.id AS a_id, ${fullNameSql('a')} AS a_name, ${mainOrganizationNameSql('a.id', 'ao')} AS a_org,
              b.id AS b_id, ${fullNameSql('b')} AS b_name, ${mainOrganizationNameSql('b.id', 'bo')} AS b_org
         FROM cross_check_expert_pair x JOIN person a ON a.id = x.first_person_id JOIN person b ON b.id = x.second_person_id
        WHERE x.event_id = $1 ORDER BY x.position, x.id`,
      [eventId],
    );
    return rows.map((r) => ({
      id: r['id']!,
      subject: r['subject'] ?? '',
      first: { personId: r['a_id']!, fullName: r['a_name']!, organizationName: r['a_org'] },
      second: { personId: r['b_id']!, fullName: r['b_name']!, organizationName: r['b_org'] },
    }));
  }

  protocol(m: EntityManager, eventId: string): Promise<CrossCheckProtocolRowEntity[]> {
    return m.getRepository(CrossCheckProtocolRowEntity).find({ where: { eventId }, order: { position: 'ASC', id: 'ASC' } });
  }

  /** Organisations a cross-check of this event may name: its host, its organisers and the accepted members of its network. */
  async eventOrganizations(m: EntityManager, eventId: string, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await m.query(
      `SELECT o.id FROM organization o, event e
        WHERE e.id = $1 AND o.id = ANY($2::uuid[])
          AND (o.id = e.organization_id
               OR EXISTS (SELECT 1 FROM event_organizer eo WHERE eo.event_id = e.id AND eo.organization_id = o.id)
               OR (e.network_id IS NOT NULL AND o.id IN (${acceptedMemberOrgsSql('e.network_id')})))`,
      [eventId, ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** People working at one of the organisations a cross-check of this event may name. */
  async eventPeople(m: EntityManager, eventId: string, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { id: string }[] = await m.query(
      `SELECT DISTINCT p.person_id AS id FROM position p, event e
        WHERE e.id = $1 AND p.person_id = ANY($2::uuid[])
          AND (p.organization_id = e.organization_id
               OR EXISTS (SELECT 1 FROM event_organizer eo WHERE eo.event_id = e.id AND eo.organization_id = p.organization_id)
               OR (e.network_id IS NOT NULL AND p.organization_id IN (${acceptedMemberOrgsSql('e.network_id')})))`,
      [eventId, ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  async replace(
    m: EntityManager,
    eventId: string,
    lists: {
      schoolPairs: Pick<CrossCheckSchoolPairEntity, 'fromOrganizationId' | 'checkerOrganizationId'>[];
      expertPairs: Pick<CrossCheckExpertPairEntity, 'firstPersonId' | 'secondPersonId' | 'subject'>[];
      protocol: Pick<CrossCheckProtocolRowEntity, 'subject' | 'grade' | 'paperCount' | 'discrepancyCount' | 'comment'>[];
    },
  ): Promise<void> {
    for (const entity of [CrossCheckSchoolPairEntity, CrossCheckExpertPairEntity, CrossCheckProtocolRowEntity]) await m.getRepository(entity).delete({ eventId });
    if (lists.schoolPairs.length) await m.getRepository(CrossCheckSchoolPairEntity).insert(lists.schoolPairs.map((p, position) => ({ ...p, eventId, position })));
    if (lists.expertPairs.length) await m.getRepository(CrossCheckExpertPairEntity).insert(lists.expertPairs.map((p, position) => ({ ...p, eventId, position })));
    if (lists.protocol.length) await m.getRepository(CrossCheckProtocolRowEntity).insert(lists.protocol.map((p, position) => ({ ...p, eventId, position })));
  }
}
