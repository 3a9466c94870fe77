import { Module } from '@nestjs/common';
import { ComputedRepository } from './computed.repository';
import { ComputedResolver } from './computed.resolver';
import { ComputedService } from './computed.service';

/**
 * Computed indicators: read models over the facts other domains own (routes, mentoring, internships, hours,
 * diagnostics, organisation statuses, person histories), each with its formula in words, and the rows behind
 * every number. Owns no table.
 */
@Module({
  providers: [ComputedRepository, ComputedService, ComputedResolver],
  exports: [ComputedService],
})
export class ComputedModule {}
