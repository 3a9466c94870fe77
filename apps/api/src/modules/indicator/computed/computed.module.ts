import { Module } from '@nestjs/common';
import { IndicatorModule } from '../indicator.module';
import { PracticeModule } from '../../practice/practice.module';
import { ComputedIndicatorSource } from './computed-source';
import { ComputedRepository } from './computed.repository';
import { ComputedResolver } from './computed.resolver';
import { ComputedService } from './computed.service';
import { RecalculationRepository } from './recalculation.repository';
import { RecalculationService } from './recalculation.service';

/**
 * Computed indicators: read models over the facts other domains own (routes, mentoring, internships, hours,
 * diagnostics, organisation statuses, person histories), each with its formula in words, and the rows behind
 * every number. Owns no table; registers itself as the indicators' computed source.
 */
@Module({
  imports: [IndicatorModule, PracticeModule],
  providers: [ComputedRepository, ComputedService, ComputedResolver, ComputedIndicatorSource, RecalculationRepository, RecalculationService],
  exports: [ComputedService],
})
export class ComputedModule {}
