import { Module } from '@nestjs/common';
import { TerritoryRepository } from './territory.repository';
import { OrganizationMunicipalityHistoryResolver, TerritoryResolver } from './territory.resolver';
import { TerritoryService } from './territory.service';

@Module({
  providers: [TerritoryRepository, TerritoryService, TerritoryResolver, OrganizationMunicipalityHistoryResolver],
  exports: [TerritoryService, TerritoryRepository],
})
export class TerritoryModule {}
