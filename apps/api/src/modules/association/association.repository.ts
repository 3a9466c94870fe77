import { Injectable } from '@nestjs/common';
import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { AccessScope, SqlCondition } from '../../common/auth/access-scope';
import { Connection } from '../../common/pagination/connection';
import { ASSOCIATION_KIND_LABELS } from '@metodset/shared';
import { byLabel, orderedPage, OrderColumns, PageRequest, SortDirection } from '../../common/pagination/order';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { acceptedMemberOrgsSql } from '../network/network-membership.sql';
import { escapeLike } from '../organization/organization.repository';
import { AssociationMeetingEntity } from './association-meeting.entity';
import { AssociationMemberEntity } from './association-member.entity';
import { AssociationEntity } from './association.entity';
import { AssociationFilter, AssociationOrder, AssociationOrderField } from './dto/associations.args';

const ORDER: OrderColumns<AssociationOrderField> = {
  NAME: { sql: 'a.name', type: 'text' },
  KIND: { sql: byLabel('a.kind', ASSOCIATION_KIND_LABELS), type: 'text' },
  // The host's name as the list shows it (hosts()).
  HOST: {
    sql: `COALESCE((SELECT COALESCE(ho.short_name, ho.name) FROM organization ho WHERE ho.id = a.organization_id),
                   (SELECT hm.name FROM municipality hm WHERE hm.id = a.municipality_id), (SELECT hn.name FROM network hn WHERE hn.id = a.network_id))`,
    type: 'text',
    nulls: '',
  },
  MEMBER_COUNT: { sql: '(SELECT count(*) FROM association_member amc WHERE amc.association_id = a.id)', type: 'int' },
};
const DEFAULT_ORDER: AssociationOrder = { field: AssociationOrderField.NAME, direction: SortDirection.ASC };

export interface HostRow {
  associationId: string;
  kind: 'organization' | 'municipality' | 'network';
  id: string;
  name: string;
}

/** Visible associations: the host is in the scope (a network host: any accepted member is), or the caller is a member. */
export function associationCondition(scope: AccessScope, alias: string): SqlCondition {
  if (scope.all) return { sql: 'TRUE', params: {} };
  const org = scope.organizationCondition('aho');
  const territory = scope.municipalityCondition(`${alias}.municipality_id`);
  const netOrg = scope.organizationCondition('ano');
  return {
    sql: `((${alias}.organization_id IS NOT NULL AND EXISTS (SELECT 1 FROM organization aho WHERE aho.id = ${alias}.organization_id AND ${org.sql}))
      OR (${alias}.municipality_id IS NOT NULL AND ${territory.sql})
      OR (${alias}.network_id IS NOT NULL AND EXISTS (SELECT 1 FROM organization ano WHERE ano.id IN (${acceptedMemberOrgsSql(`${alias}.network_id`, 'anm')})
                                                     AND ${netOrg.sql}))
      OR EXISTS (SELECT 1 FROM association_member aself WHERE aself.association_id = ${alias}.id AND aself.person_id = CAST(:scopePersonId AS uuid)))`,
    params: { ...org.params, ...territory.params, ...netOrg.params },
  };
}

@Injectable()
export class AssociationRepository {
  private scoped(m: EntityManager, scope: AccessScope): SelectQueryBuilder<AssociationEntity> {
    const cond = associationCondition(scope, 'a');
    return m.getRepository(AssociationEntity).createQueryBuilder('a').where(cond.sql, cond.params);
  }

  page(m: EntityManager, scope: AccessScope, f: AssociationFilter | undefined, order: AssociationOrder | undefined, page: PageRequest): Promise<Connection<AssociationEntity>> {
    const qb = this.scoped(m, scope);
    const archived = f?.archived ?? ArchiveFilter.ACTIVE;
    if (archived === ArchiveFilter.ACTIVE) qb.andWhere('a.archived_at IS NULL');
    if (archived === ArchiveFilter.ARCHIVED) qb.andWhere('a.archived_at IS NOT NULL');
    if (f?.kind) qb.andWhere('a.kind = :fKind', { fKind: f.kind });
    if (f?.organizationId) qb.andWhere('a.organization_id = :fOrg', { fOrg: f.organizationId });
    if (f?.municipalityId) qb.andWhere('a.municipality_id = :fMun', { fMun: f.municipalityId });
    if (f?.networkId) qb.andWhere('a.network_id = :fNet', { fNet: f.networkId });
    if (f?.search?.trim()) qb.andWhere('(a.name ILIKE :fSearch OR a.subject ILIKE :fSearch)', { fSearch: `%${escapeLike(f.search.trim())}%` });
    return orderedPage(qb, 'a.id', ORDER, order ?? DEFAULT_ORDER, page);
  }

  findInScope(m: EntityManager, scope: AccessScope, id: string, lock = false): Promise<AssociationEntity | null> {
    const qb = this.scoped(m, scope).andWhere('a.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['a']);
    return qb.getOne();
  }

  async insert(m: EntityManager, values: Partial<AssociationEntity>): Promise<AssociationEntity> {
    const res = await m.getRepository(AssociationEntity).insert(values);
    return m.getRepository(AssociationEntity).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id });
  }

  async update(m: EntityManager, id: string, values: Partial<AssociationEntity>): Promise<AssociationEntity> {
    if (Object.keys(values).length) await m.getRepository(AssociationEntity).update({ id }, values);
    return m.getRepository(AssociationEntity).findOneByOrFail({ id });
  }

  membersOf(m: EntityManager, ids: readonly string[]): Promise<AssociationMemberEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.getRepository(AssociationMemberEntity).find({ where: { associationId: In([...ids]) }, order: { role: 'ASC', createdAt: 'ASC' } });
  }

  meetingsOf(m: EntityManager, ids: readonly string[]): Promise<AssociationMeetingEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.getRepository(AssociationMeetingEntity).find({ where: { associationId: In([...ids]) }, order: { heldOn: 'DESC', createdAt: 'DESC' } });
  }

  member = (m: EntityManager, id: string) => m.getRepository(AssociationMemberEntity).findOneBy({ id });
  meeting = (m: EntityManager, id: string) => m.getRepository(AssociationMeetingEntity).findOneBy({ id });

  async insertMember(m: EntityManager, values: Partial<AssociationMemberEntity>): Promise<void> {
    await m.getRepository(AssociationMemberEntity).insert(values);
  }

  async updateMember(m: EntityManager, id: string, values: Partial<AssociationMemberEntity>): Promise<void> {
    await m.getRepository(AssociationMemberEntity).update({ id }, values);
  }

  async deleteMember(m: EntityManager, id: string): Promise<void> {
    await m.getRepository(AssociationMemberEntity).delete({ id });
  }

  async insertMeeting(m: EntityManager, values: Partial<AssociationMeetingEntity>): Promise<void> {
    await m.getRepository(AssociationMeetingEntity).insert(values);
  }

  async updateMeeting(m: EntityManager, id: string, values: Partial<AssociationMeetingEntity>): Promise<void> {
    await m.getRepository(AssociationMeetingEntity).update({ id }, values);
  }

  /** Host names of associations, in one statement. */
  hosts(m: EntityManager, ids: readonly string[]): Promise<HostRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return m.query(
      `SELECT a.id AS "associationId",
              CASE WHEN a.organization_id IS NOT NULL THEN 'organization' WHEN a.municipality_id IS NOT NULL THEN 'municipality' ELSE 'network' END AS kind,
              coalesce(a.organization_id, a.municipality_id, a.network_id) AS id,
              coalesce(coalesce(o.short_name, o.name), mu.name, n.name) AS name
         FROM association a
         LEFT JOIN organization o ON o.id = a.organization_id
         LEFT JOIN municipality mu ON mu.id = a.municipality_id
         LEFT JOIN network n ON n.id = a.network_id
        WHERE a.id = ANY($1::uuid[])`,
      [ids],
    );
  }
}
