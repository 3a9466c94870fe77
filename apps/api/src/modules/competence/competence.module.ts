import { Module } from '@nestjs/common';
import { CompetenceAreaFieldsResolver, CompetenceFieldsResolver, CompetencyFrameworkFieldsResolver } from './competence-fields.resolver';
import { CompetenceRepository } from './competence.repository';
import { CompetenceResolver } from './competence.resolver';
import { CompetenceService } from './competence.service';

@Module({
  providers: [CompetenceRepository, CompetenceService, CompetenceResolver, CompetencyFrameworkFieldsResolver, CompetenceAreaFieldsResolver, CompetenceFieldsResolver],
  exports: [CompetenceRepository, CompetenceService],
})
export class CompetenceModule {}
