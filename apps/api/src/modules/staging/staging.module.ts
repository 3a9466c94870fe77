import { Module } from '@nestjs/common';
import { CompetenceModule } from '../competence/competence.module';
import { PersonModule } from '../person/person.module';
import {
  InternshipModuleFieldsResolver,
  InternshipProgramFieldsResolver,
  InternshipTrackFieldsResolver,
  StagingSiteFieldsResolver,
  StagingSitePersonFieldsResolver,
} from './staging-fields.resolver';
import { StagingRepository } from './staging.repository';
import { StagingResolver } from './staging.resolver';
import { StagingService } from './staging.service';

@Module({
  imports: [CompetenceModule, PersonModule],
  providers: [
    StagingRepository,
    StagingService,
    StagingResolver,
    StagingSiteFieldsResolver,
    StagingSitePersonFieldsResolver,
    InternshipProgramFieldsResolver,
    InternshipModuleFieldsResolver,
    InternshipTrackFieldsResolver,
  ],
  exports: [StagingRepository, StagingService],
})
export class StagingModule {}
