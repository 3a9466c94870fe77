import { Module } from '@nestjs/common';
import { TerritoryModule } from '../territory/territory.module';
import { OrganizationFieldsResolver } from './organization-fields.resolver';
import { OrganizationRepository } from './organization.repository';
import { OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';

@Module({
  imports: [TerritoryModule],
  providers: [OrganizationRepository, OrganizationService, OrganizationResolver, OrganizationFieldsResolver],
  exports: [OrganizationService, OrganizationRepository],
})
export class OrganizationModule {}
