import { Module } from '@nestjs/common';
import { DeficitsRepository } from './deficits.repository';
import { DeficitsResolver } from './deficits.resolver';
import { DeficitsService } from './deficits.service';
import { SelfDiagnosisRepository } from './self-diagnosis.repository';
import { SelfDiagnosisService } from './self-diagnosis.service';

/** Deficits and proficits: profiles, heatmaps, before/after comparisons, schools' self-diagnostics. */
@Module({
  providers: [DeficitsRepository, SelfDiagnosisRepository, DeficitsService, SelfDiagnosisService, DeficitsResolver],
  exports: [DeficitsRepository, DeficitsService],
})
export class DeficitsModule {}
