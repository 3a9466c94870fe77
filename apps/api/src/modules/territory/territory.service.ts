import { Injectable } from '@nestjs/common';
import { AccessScope } from '../../common/auth/access-scope';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { MunicipalityEntity } from './municipality.entity';
import { RegionEntity } from './region.entity';
import { TerritoryRepository } from './territory.repository';

@Injectable()
export class TerritoryService {
  constructor(
    private readonly repo: TerritoryRepository,
    private readonly uow: UnitOfWork,
  ) {}

  regions(scope: AccessScope): Promise<RegionEntity[]> {
    return this.repo.listRegions(this.uow.reader, scope);
  }

  municipalities(scope: AccessScope, regionId?: string | null): Promise<MunicipalityEntity[]> {
    return this.repo.listMunicipalities(this.uow.reader, scope, regionId);
  }

  municipalitiesByIds(ids: readonly string[]): Promise<MunicipalityEntity[]> {
    return this.repo.municipalitiesByIds(this.uow.reader, ids);
  }

  regionsByIds(ids: readonly string[]): Promise<RegionEntity[]> {
    return this.repo.regionsByIds(this.uow.reader, ids);
  }
}
