import { Module } from '@nestjs/common';
import { NetworkModule } from '../network/network.module';
import { OrganizationModule } from '../organization/organization.module';
import { PersonModule } from '../person/person.module';
import { TerritoryModule } from '../territory/territory.module';
import { AssociationFieldsResolver, AssociationMeetingFieldsResolver, AssociationMemberFieldsResolver } from './association-fields.resolver';
import { AssociationRepository } from './association.repository';
import { AssociationResolver } from './association.resolver';
import { AssociationService } from './association.service';

@Module({
  imports: [OrganizationModule, TerritoryModule, NetworkModule, PersonModule],
  providers: [AssociationRepository, AssociationService, AssociationResolver, AssociationFieldsResolver, AssociationMemberFieldsResolver, AssociationMeetingFieldsResolver],
  exports: [AssociationRepository],
})
export class AssociationModule {}
