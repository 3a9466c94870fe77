import { Injectable } from '@nestjs/common';
import { MUNICIPALITY_KIND_LABELS } from '@metodset/shared';
import { EntityManager, In } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { Connection } from '../../common/pagination/connection';
import { byLabel, orderedPage, OrderColumns, PageRequest, SortDirection } from '../../common/pagination/order';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { escapeLike } from '../organization/organization.repository';
import { MunicipalityFilter, MunicipalityOrder, MunicipalityOrderField } from './dto/territory.input';
import { MunicipalityEntity } from './municipality.entity';
import { OrganizationMunicipalityHistoryEntity } from './organization-municipality-history.entity';
import { RegionEntity } from './region.entity';

const ORDER: OrderColumns<MunicipalityOrderField> = {
  NAME: { sql: 'mu.name', type: 'text' },
  OKTMO: { sql: 'mu.oktmo', type: 'text', nulls: '' },
  KIND: { sql: byLabel('mu.kind', MUNICIPALITY_KIND_LABELS), type: 'text' },
  ORGANIZATION_COUNT: { sql: '(SELECT count(*) FROM organization oc WHERE oc.municipality_id = mu.id)', type: 'int' },
};
const DEFAULT_ORDER: MunicipalityOrder = { field: MunicipalityOrderField.NAME, direction: SortDirection.ASC };

/** A column that references a municipality (found in the catalogue, so a table added later is moved too). */
export interface MunicipalityReference {
  table: string;
  column: string;
}

/** What a merge moved: organisation rows and every other referencing row. */
export interface MoveCounts {
  organizations: number;
  otherRows: number;
}

/** The history row with both municipalities' names. */
export interface HistoryRow {
  id: string;
  organizationId: string;
  municipalityId: string;
  municipalityName: string;
  movedToId: string;
  movedToName: string;
  validFrom: Date;
  validUntil: Date;
}

/** Tables whose references a merge handles itself, not by the generic move. */
const HANDLED = new Set(['organization', 'organization_municipality_history', 'municipality', 'role_grant']);

@Injectable()
export class TerritoryRepository {
  /** Municipalities the scope covers by territory, or where it sees an organisation. */
  private visibleMunicipalities(m: EntityManager, scope: AccessScope) {
    const territory = scope.municipalityCondition('mu.id');
    const org = scope.organizationCondition('o');
    return m
      .getRepository(MunicipalityEntity)
      .createQueryBuilder('mu')
      .where(`(${territory.sql} OR EXISTS (SELECT 1 FROM organization o WHERE o.municipality_id = mu.id AND ${org.sql}))`, {
        ...territory.params,
        ...org.params,
      });
  }

  /** The pickers' list: active municipalities unless archived ones are asked for. */
  listMunicipalities(m: EntityManager, scope: AccessScope, regionId?: string | null, includeArchived = false): Promise<MunicipalityEntity[]> {
    const qb = this.visibleMunicipalities(m, scope).orderBy('mu.name').addOrderBy('mu.id');
    if (regionId) qb.andWhere('mu.region_id = :regionId', { regionId });
    if (!includeArchived) qb.andWhere('mu.archived_at IS NULL');
    return qb.getMany();
  }

  /** The list page: filter, order, page (two statements). */
  page(m: EntityManager, scope: AccessScope, f: MunicipalityFilter | undefined, order: MunicipalityOrder | undefined, page: PageRequest): Promise<Connection<MunicipalityEntity>> {
    const qb = this.visibleMunicipalities(m, scope);
    const archived = f?.archived ?? ArchiveFilter.ACTIVE;
    if (archived === ArchiveFilter.ACTIVE) qb.andWhere('mu.archived_at IS NULL');
    if (archived === ArchiveFilter.ARCHIVED) qb.andWhere('mu.archived_at IS NOT NULL');
    if (f?.regionId) qb.andWhere('mu.region_id = :fRegion', { fRegion: f.regionId });
    const q = f?.search?.trim();
    if (q) qb.andWhere('(mu.name ILIKE :fLike OR mu.oktmo LIKE :fLike)', { fLike: `%${escapeLike(q)}%` });
    return orderedPage(qb, 'mu.id', ORDER, order ?? DEFAULT_ORDER, page);
  }

  listRegions(m: EntityManager, scope: AccessScope): Promise<RegionEntity[]> {
    const sub = this.visibleMunicipalities(m, scope).select('mu.region_id');
    const qb = m.getRepository(RegionEntity).createQueryBuilder('r').orderBy('r.code').addOrderBy('r.id');
    if (!scope.all) {
      qb.where(`(r.id = ANY(CAST(:scopeRegionIds AS uuid[])) OR r.id IN (${sub.getQuery()}))`, {
        ...sub.getParameters(),
        scopeRegionIds: scope.regionIds,
      });
    }
    return qb.getMany();
  }

  municipalitiesByIds(m: EntityManager, ids: readonly string[]): Promise<MunicipalityEntity[]> {
    return m.getRepository(MunicipalityEntity).findBy({ id: In([...ids]) });
  }

  regionsByIds(m: EntityManager, ids: readonly string[]): Promise<RegionEntity[]> {
    return m.getRepository(RegionEntity).findBy({ id: In([...ids]) });
  }

  async municipalityIdsInScope(m: EntityManager, scope: AccessScope, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const cond = scope.municipalityCondition('mu.id');
    const rows = await m
      .getRepository(MunicipalityEntity)
      .createQueryBuilder('mu')
      .select('mu.id', 'id')
      .where('mu.id IN (:...ids)', { ids })
      .andWhere(cond.sql, cond.params)
      .getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }

  async findMunicipalityInScope(m: EntityManager, scope: AccessScope, id: string): Promise<MunicipalityEntity | null> {
    const cond = scope.municipalityCondition('mu.id');
    return m.getRepository(MunicipalityEntity).createQueryBuilder('mu').where('mu.id = :id', { id }).andWhere(cond.sql, cond.params).getOne();
  }

  /** A municipality the caller sees (by territory or through an organisation), or null. */
  findVisible(m: EntityManager, scope: AccessScope, id: string): Promise<MunicipalityEntity | null> {
    return this.visibleMunicipalities(m, scope).andWhere('mu.id = :id', { id }).getOne();
  }

  /** Locks the rows in id order (two merges of the same pair, either way round, queue instead of deadlocking). */
  async lock(m: EntityManager, ids: readonly string[]): Promise<MunicipalityEntity[]> {
    const sorted = [...new Set(ids)].sort();
    const rows = await m.getRepository(MunicipalityEntity).createQueryBuilder('mu').where('mu.id IN (:...ids)', { ids: sorted }).orderBy('mu.id').setLock('pessimistic_write').getMany();
    return rows;
  }

  async insert(m: EntityManager, row: Pick<MunicipalityEntity, 'regionId' | 'name' | 'kind' | 'oktmo'>): Promise<MunicipalityEntity> {
    const saved = await m.getRepository(MunicipalityEntity).save(m.getRepository(MunicipalityEntity).create(row));
    return (await m.getRepository(MunicipalityEntity).findOneByOrFail({ id: saved.id }));
  }

  async update(m: EntityManager, id: string, changes: Partial<MunicipalityEntity>): Promise<MunicipalityEntity> {
    if (Object.keys(changes).length) await m.getRepository(MunicipalityEntity).update({ id }, changes);
    return m.getRepository(MunicipalityEntity).findOneByOrFail({ id });
  }

  region(m: EntityManager, id: string): Promise<RegionEntity | null> {
    return m.getRepository(RegionEntity).findOneBy({ id });
  }

  /** Every column with a foreign key to municipality(id), from the catalogue. */
  async references(m: EntityManager): Promise<MunicipalityReference[]> {
    const rows: { table: string; column: string }[] = await m.query(
      `SELECT cl.relname AS "table", a.attname AS "column"
         FROM pg_constraint c
         JOIN pg_class cl ON cl.oid = c.conrelid
         JOIN pg_namespace n ON n.oid = cl.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
        WHERE c.contype = 'f' AND c.confrelid = 'municipality'::regclass AND n.nspname = current_schema()
        ORDER BY 1, 2`,
    );
    return rows;
  }

  /**
   * Moves the organisations of `sourceId` into `targetId`, writing each one's history row (from its previous move,
   * or its creation, until now), and every other reference; role grants that would repeat one already held on the
   * target are dropped (the holder keeps the target's grant). Runs in the caller's transaction.
   */
  async moveEverything(m: EntityManager, sourceId: string, targetId: string, at: Date): Promise<MoveCounts> {
    await m.query(
      `INSERT INTO organization_municipality_history (organization_id, municipality_id, moved_to_id, valid_from, valid_until)
       SELECT o.id, $1::uuid, $2::uuid,
              LEAST($3::timestamptz, COALESCE((SELECT max(h.valid_until) FROM organization_municipality_history h WHERE h.organization_id = o.id), o.created_at)),
              $3::timestamptz
         FROM organization o WHERE o.municipality_id = $1::uuid`,
      [sourceId, targetId, at],
    );
    const [, organizations] = (await m.query(`UPDATE organization SET municipality_id = $2 WHERE municipality_id = $1`, [sourceId, targetId])) as [unknown, number];
    await m.query(
      `DELETE FROM role_grant g WHERE g.municipality_id = $1
          AND EXISTS (SELECT 1 FROM role_grant t WHERE t.account_id = g.account_id AND t.role = g.role AND t.municipality_id = $2)`,
      [sourceId, targetId],
    );
    const [, grants] = (await m.query(`UPDATE role_grant SET municipality_id = $2::uuid, scope_key = CAST($2::uuid AS varchar) WHERE municipality_id = $1::uuid`, [sourceId, targetId])) as [unknown, number];
    let otherRows = grants;
    for (const ref of await this.references(m)) {
      if (HANDLED.has(ref.table)) continue;
      const [, n] = (await m.query(`UPDATE "${ref.table}" SET "${ref.column}" = $2::uuid WHERE "${ref.column}" = $1::uuid`, [sourceId, targetId])) as [unknown, number];
      otherRows += n;
    }
    return { organizations, otherRows };
  }

  /** Former municipalities of these organisations, oldest first. */
  history(m: EntityManager, organizationIds: readonly string[]): Promise<HistoryRow[]> {
    if (!organizationIds.length) return Promise.resolve([]);
    return m
      .getRepository(OrganizationMunicipalityHistoryEntity)
      .createQueryBuilder('h')
      .innerJoin(MunicipalityEntity, 'hm', 'hm.id = h.municipality_id')
      .innerJoin(MunicipalityEntity, 'ht', 'ht.id = h.moved_to_id')
      .select(['h.id AS "id"', 'h.organization_id AS "organizationId"', 'h.municipality_id AS "municipalityId"', 'hm.name AS "municipalityName"'])
      .addSelect(['h.moved_to_id AS "movedToId"', 'ht.name AS "movedToName"', 'h.valid_from AS "validFrom"', 'h.valid_until AS "validUntil"'])
      .where('h.organization_id IN (:...ids)', { ids: [...organizationIds] })
      .orderBy('h.valid_until')
      .addOrderBy('h.id')
      .getRawMany<HistoryRow>();
  }
}
