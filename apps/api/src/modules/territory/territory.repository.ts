import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { MunicipalityEntity } from './municipality.entity';
import { RegionEntity } from './region.entity';

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

  listMunicipalities(m: EntityManager, scope: AccessScope, regionId?: string | null): Promise<MunicipalityEntity[]> {
    const qb = this.visibleMunicipalities(m, scope).orderBy('mu.name').addOrderBy('mu.id');
    if (regionId) qb.andWhere('mu.region_id = :regionId', { regionId });
    return qb.getMany();
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
}
