import { Module } from '@nestjs/common';
import { DiagnosticsModule } from '../diagnostics/diagnostics.module';
import { MentoringModule } from '../mentoring/mentoring.module';
import { NetworkModule } from '../network/network.module';
import { PersonModule } from '../person/person.module';
import { AssignmentPlanJob } from './assignment-plan.job';
import { AssignmentPlanFieldsResolver, AssignmentPlanItemFieldsResolver } from './matching-fields.resolver';
import { MatchingRepository } from './matching.repository';
import { MatchingResolver } from './matching.resolver';
import { MatchingService } from './matching.service';

@Module({
  imports: [DiagnosticsModule, MentoringModule, NetworkModule, PersonModule],
  providers: [AssignmentPlanJob, MatchingRepository, MatchingService, MatchingResolver, AssignmentPlanFieldsResolver, AssignmentPlanItemFieldsResolver],
  exports: [MatchingService],
})
export class MatchingModule {}
