import { Module } from '@nestjs/common';
import { NetworkModule } from '../network/network.module';
import { OrganizationModule } from '../organization/organization.module';
import { PersonModule } from '../person/person.module';
import { MentoringProgramFieldsResolver, MentorProfileFieldsResolver, MentorshipFieldsResolver } from './mentoring-fields.resolver';
import { MentoringRepository } from './mentoring.repository';
import { MentoringResolver } from './mentoring.resolver';
import { MentoringService } from './mentoring.service';

@Module({
  imports: [NetworkModule, OrganizationModule, PersonModule],
  providers: [MentoringRepository, MentoringService, MentoringResolver, MentoringProgramFieldsResolver, MentorProfileFieldsResolver, MentorshipFieldsResolver],
  exports: [MentoringRepository, MentoringService],
})
export class MentoringModule {}
