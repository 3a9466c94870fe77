import { Module } from '@nestjs/common';
import { TerritoryRepository } from './territory.repository';
import { TerritoryResolver } from './territory.resolver';
import { TerritoryService } from './territory.service';

@Module({
  providers: [TerritoryRepository, TerritoryService, TerritoryResolver],
  exports: [TerritoryService, TerritoryRepository],
})
export class TerritoryModule {}
