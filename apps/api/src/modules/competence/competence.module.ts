import { Module } from '@nestjs/common';
import { CompetenceCaseResolver } from './case/competence-case.resolver';
import { CompetenceCaseService } from './case/competence-case.service';
import { CompetenceAreaFieldsResolver, CompetenceFieldsResolver, CompetencyFrameworkFieldsResolver } from './competence-fields.resolver';
import { CompetenceRepository } from './competence.repository';
import { CompetenceResolver } from './competence.resolver';
import { CompetenceService } from './competence.service';

@Module({
  providers: [CompetenceRepository, CompetenceService, CompetenceResolver, CompetencyFrameworkFieldsResolver, CompetenceAreaFieldsResolver, CompetenceFieldsResolver, CompetenceCaseService, CompetenceCaseResolver],
  exports: [CompetenceRepository, CompetenceService],
})
export class CompetenceModule {}
