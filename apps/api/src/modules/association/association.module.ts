import { Module } from '@nestjs/common';
import { NetworkModule } from '../network/network.module';
import { OrganizationModule } from '../organization/organization.module';
import { TerritoryModule } from '../territory/territory.module';
import { AssociationFieldsResolver, AssociationMeetingFieldsResolver, AssociationMemberFieldsResolver } from './association-fields.resolver';
import { AssociationRepository } from './association.repository';
import { AssociationResolver } from './association.resolver';
import { AssociationService } from './association.service';

@Module({
  imports: [OrganizationModule, TerritoryModule, NetworkModule],
  providers: [AssociationRepository, AssociationService, AssociationResolver, AssociationFieldsResolver, AssociationMemberFieldsResolver, AssociationMeetingFieldsResolver],
})
export class AssociationModule {}
