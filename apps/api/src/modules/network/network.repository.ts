import { Injectable } from '@nestjs/common';
import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { Connection } from '../../common/pagination/connection';
import { byLabel, orderedPage, OrderColumns, PageRequest, SortDirection } from '../../common/pagination/order';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { escapeLike } from '../organization/organization.repository';
import { NetworkFilter, NetworkOrder, NetworkOrderField } from './dto/networks.args';
import { NETWORK_MODEL_LABELS, NetworkMemberStatus } from '@metodset/shared';
import { NetworkEdgeEntity } from './network-edge.entity';
import { acceptedMemberOrgsSql, ACCEPTED, isAcceptedMemberSql } from './network-membership.sql';
import { NetworkMemberEntity } from './network-member.entity';
import { NetworkEntity } from './network.entity';

const ORDER: OrderColumns<NetworkOrderField> = {
  NAME: { sql: 'n.name', type: 'text' },
  MODEL: { sql: byLabel('n.model', NETWORK_MODEL_LABELS), type: 'text' },
  COORDINATOR: { sql: "(SELECT COALESCE(NULLIF(co.short_name, ''), co.name) FROM organization co WHERE co.id = n.coordinator_organization_id)", type: 'text', nulls: '' },
  MEMBER_COUNT: { sql: `(SELECT count(*) FROM network_member mc WHERE mc.network_id = n.id AND mc.status = ${ACCEPTED})`, type: 'int' },
  STARTS_ON: { sql: 'n.starts_on', type: 'date' },
  CREATED_AT: { sql: 'n.created_at', type: 'timestamptz' },
};
const DEFAULT_ORDER: NetworkOrder = { field: NetworkOrderField.NAME, direction: SortDirection.ASC };

/** A pending invitation as the invited organisation sees it. */
export interface InvitationRow {
  memberId: string;
  networkId: string;
  networkName: string;
  networkModel: string;
  networkGoals: string;
  coordinatorOrganizationId: string;
  organizationId: string;
  role: string;
  invitedByName: string | null;
  invitedAt: Date | null;
  memberCount: number;
}

export interface DirectoryRow {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
  municipalityName: string;
  regionName: string;
}

@Injectable()
export class NetworkRepository {
  /** A network is visible when any of its accepted members lies in the scope (an invitation confers nothing). */
  private scoped(m: EntityManager, scope: AccessScope): SelectQueryBuilder<NetworkEntity> {
    const qb = m.getRepository(NetworkEntity).createQueryBuilder('n');
    if (scope.all) return qb.where('TRUE');
    const cond = scope.organizationCondition('nso');
    return qb.where(`EXISTS (SELECT 1 FROM organization nso WHERE nso.id IN (${acceptedMemberOrgsSql('n.id')}) AND ${cond.sql})`, cond.params);
  }

  page(m: EntityManager, scope: AccessScope, f: NetworkFilter | undefined, order: NetworkOrder | undefined, page: PageRequest): Promise<Connection<NetworkEntity>> {
    const qb = this.scoped(m, scope);
    const archived = f?.archived ?? ArchiveFilter.ACTIVE;
    if (archived === ArchiveFilter.ACTIVE) qb.andWhere('n.archived_at IS NULL');
    if (archived === ArchiveFilter.ARCHIVED) qb.andWhere('n.archived_at IS NOT NULL');
    if (f?.model) qb.andWhere('n.model = :fModel', { fModel: f.model });
    if (f?.search?.trim()) qb.andWhere('n.name ILIKE :fSearch', { fSearch: `%${escapeLike(f.search.trim())}%` });
    if (f?.organizationId) {
      qb.andWhere(isAcceptedMemberSql('n.id', 'CAST(:fOrg AS uuid)'), { fOrg: f.organizationId });
    }
    return orderedPage(qb, 'n.id', ORDER, order ?? DEFAULT_ORDER, page);
  }

  findInScope(m: EntityManager, scope: AccessScope, id: string, lock = false): Promise<NetworkEntity | null> {
    const qb = this.scoped(m, scope).andWhere('n.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write', undefined, ['n']);
    return qb.getOne();
  }

  /** The network row locked for a change (the caller's rights are checked by the access component first). */
  lockById(m: EntityManager, id: string): Promise<NetworkEntity | null> {
    return m.getRepository(NetworkEntity).createQueryBuilder('n').where('n.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /** Coordinating organisation of each network (no scope: callers check the coordinator against theirs). */
  async coordinatorsOf(m: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await m.getRepository(NetworkEntity).findBy({ id: In([...ids]) });
    return new Map(rows.map((n) => [n.id, n.coordinatorOrganizationId]));
  }

  async insert(m: EntityManager, values: Partial<NetworkEntity>): Promise<NetworkEntity> {
    const res = await m.getRepository(NetworkEntity).insert(values);
    return m.getRepository(NetworkEntity).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id });
  }

  async update(m: EntityManager, id: string, values: Partial<NetworkEntity>): Promise<NetworkEntity> {
    if (Object.keys(values).length) await m.getRepository(NetworkEntity).update({ id }, values);
    return m.getRepository(NetworkEntity).findOneByOrFail({ id });
  }

  membersOf(m: EntityManager, networkIds: readonly string[]): Promise<NetworkMemberEntity[]> {
    if (!networkIds.length) return Promise.resolve([]);
    return m.getRepository(NetworkMemberEntity).find({ where: { networkId: In([...networkIds]) }, order: { level: { direction: 'ASC', nulls: 'LAST' }, createdAt: 'ASC' } });
  }

  edgesOf(m: EntityManager, networkIds: readonly string[]): Promise<NetworkEdgeEntity[]> {
    if (!networkIds.length) return Promise.resolve([]);
    return m.getRepository(NetworkEdgeEntity).find({ where: { networkId: In([...networkIds]) }, order: { createdAt: 'ASC' } });
  }

  async memberCounts(m: EntityManager, networkIds: readonly string[]): Promise<Map<string, number>> {
    if (!networkIds.length) return new Map();
    const rows: { network_id: string; n: string }[] = await m.query(
      `SELECT network_id, count(*) AS n FROM network_member WHERE network_id = ANY($1::uuid[]) AND status = ${ACCEPTED} GROUP BY network_id`,
      [networkIds],
    );
    return new Map(rows.map((r) => [r.network_id, Number(r.n)]));
  }

  /** The new coordinator's member row takes the COORDINATOR role; the old one becomes a participant. */
  async handOverCoordination(m: EntityManager, networkId: string, fromOrganizationId: string, toOrganizationId: string): Promise<void> {
    await m.query(
      `UPDATE network_member SET role = CASE WHEN organization_id = $3 THEN 'COORDINATOR'::network_member_role ELSE 'PARTICIPANT'::network_member_role END
        WHERE network_id = $1 AND (organization_id = $3 OR (organization_id = $2 AND role = 'COORDINATOR'))`,
      [networkId, fromOrganizationId, toOrganizationId],
    );
  }

  async clearLevels(m: EntityManager, networkId: string): Promise<void> {
    await m.getRepository(NetworkMemberEntity).update({ networkId }, { level: null });
  }

  member(m: EntityManager, id: string): Promise<NetworkMemberEntity | null> {
    return m.getRepository(NetworkMemberEntity).findOneBy({ id });
  }

  /** The member row locked, so concurrent answers to one invitation apply one after the other. */
  memberForUpdate(m: EntityManager, id: string): Promise<NetworkMemberEntity | null> {
    return m.getRepository(NetworkMemberEntity).createQueryBuilder('nm').where('nm.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  memberByOrganization(m: EntityManager, networkId: string, organizationId: string, lock = false): Promise<NetworkMemberEntity | null> {
    const qb = m.getRepository(NetworkMemberEntity).createQueryBuilder('nm').where('nm.network_id = :networkId AND nm.organization_id = :organizationId', { networkId, organizationId });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /** Pending invitations addressed to organisations in the scope, newest first. */
  invitations(m: EntityManager, scope: AccessScope): Promise<InvitationRow[]> {
    if (scope.isEmpty) return Promise.resolve([]);
    const cond = scope.organizationCondition('io');
    return m
      .createQueryBuilder()
      .from('network_member', 'nm')
      .innerJoin('network', 'n', 'n.id = nm.network_id')
      .innerJoin('organization', 'io', 'io.id = nm.organization_id')
      .leftJoin('account', 'ia', 'ia.id = nm.invited_by_account_id')
      .select(['nm.id AS "memberId"', 'n.id AS "networkId"', 'n.name AS "networkName"', 'n.model AS "networkModel"', 'n.goals AS "networkGoals"'])
      .addSelect(['n.coordinator_organization_id AS "coordinatorOrganizationId"', 'nm.organization_id AS "organizationId"', 'nm.role AS "role"'])
      .addSelect(['ia.display_name AS "invitedByName"', 'nm.invited_at AS "invitedAt"'])
      .addSelect(`(SELECT count(*) FROM (${acceptedMemberOrgsSql('n.id', 'ic')}) x)::int`, 'memberCount')
      .where(`nm.status = :invited AND n.archived_at IS NULL AND ${cond.sql}`, { invited: NetworkMemberStatus.INVITED, ...cond.params })
      .orderBy('nm.invited_at', 'DESC', 'NULLS LAST')
      .addOrderBy('nm.id')
      .limit(200)
      .getRawMany<InvitationRow>();
  }

  /** Display names of accounts (who invited, who answered). */
  async accountNames(m: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: { id: string; name: string }[] = await m.query('SELECT id, display_name AS name FROM account WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Links touching a member: they go when it stops taking part. */
  async deleteEdgesOf(m: EntityManager, memberId: string): Promise<void> {
    await m.query('DELETE FROM network_edge WHERE from_member_id = $1 OR to_member_id = $1', [memberId]);
  }

  edge(m: EntityManager, id: string): Promise<NetworkEdgeEntity | null> {
    return m.getRepository(NetworkEdgeEntity).findOneBy({ id });
  }

  async insertMember(m: EntityManager, values: Partial<NetworkMemberEntity>): Promise<NetworkMemberEntity> {
    const res = await m.getRepository(NetworkMemberEntity).insert(values);
    return m.getRepository(NetworkMemberEntity).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id });
  }

  async updateMember(m: EntityManager, id: string, values: Partial<NetworkMemberEntity>): Promise<void> {
    await m.getRepository(NetworkMemberEntity).update({ id }, values);
  }

  async deleteMember(m: EntityManager, id: string): Promise<void> {
    await m.getRepository(NetworkMemberEntity).delete({ id });
  }

  async insertEdge(m: EntityManager, values: Partial<NetworkEdgeEntity>): Promise<NetworkEdgeEntity> {
    const res = await m.getRepository(NetworkEdgeEntity).insert(values);
    return m.getRepository(NetworkEdgeEntity).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id });
  }

  async deleteEdge(m: EntityManager, id: string): Promise<void> {
    await m.getRepository(NetworkEdgeEntity).delete({ id });
  }

  /** Public identity of organisations (name and place) for network pages, whatever the reader's scope. */
  async directoryByIds(m: EntityManager, ids: readonly string[]): Promise<DirectoryRow[]> {
    if (!ids.length) return [];
    return this.directory(m).where('o.id = ANY(CAST(:ids AS uuid[]))', { ids }).getRawMany<DirectoryRow>();
  }

  /** Organisations to add to a network: any region, by name, short name or ИНН. */
  directorySearch(m: EntityManager, search: string, first: number): Promise<DirectoryRow[]> {
    const s = escapeLike(search.trim());
    return this.directory(m)
      .where('o.archived_at IS NULL')
      .andWhere('(o.name ILIKE :s OR o.short_name ILIKE :s OR o.inn LIKE :p)', { s: `%${s}%`, p: `${s}%` })
      .orderBy('o.name')
      .limit(first)
      .getRawMany<DirectoryRow>();
  }

  private directory(m: EntityManager) {
    return m
      .createQueryBuilder()
      .from('organization', 'o')
      .innerJoin('municipality', 'mu', 'mu.id = o.municipality_id')
      .innerJoin('region', 'r', 'r.id = mu.region_id')
      .select(['o.id AS "id"', 'o.name AS "name"', 'o.short_name AS "shortName"', 'o.kind AS "kind"', 'mu.name AS "municipalityName"', 'r.name AS "regionName"']);
  }
}
