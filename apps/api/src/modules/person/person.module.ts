import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organization/organization.module';
import { OrganizationStaffResolver, PersonFieldsResolver, PositionFieldsResolver } from './person-fields.resolver';
import { PersonCards } from './person-cards';
import { PersonRepository } from './person.repository';
import { PersonResolver } from './person.resolver';
import { PersonService } from './person.service';

@Module({
  imports: [OrganizationModule],
  providers: [PersonCards, PersonRepository, PersonService, PersonResolver, PersonFieldsResolver, PositionFieldsResolver, OrganizationStaffResolver],
  exports: [PersonService, PersonRepository, PersonCards],
})
export class PersonModule {}
