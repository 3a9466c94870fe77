import { Module } from '@nestjs/common';
import { CompetenceResultsReader } from './competence-results.reader';
import { DiagnosticsImportService } from './diagnostics-import.service';
import { DiagnosticsRepository } from './diagnostics.repository';
import { DiagnosticsResolver } from './diagnostics.resolver';
import { DiagnosticsService } from './diagnostics.service';

@Module({
  providers: [DiagnosticsRepository, DiagnosticsService, DiagnosticsImportService, DiagnosticsResolver, CompetenceResultsReader],
  exports: [DiagnosticsRepository, DiagnosticsService, DiagnosticsImportService, CompetenceResultsReader],
})
export class DiagnosticsModule {}
