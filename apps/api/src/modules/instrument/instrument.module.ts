import { Module } from '@nestjs/common';
import { CompetenceModule } from '../competence/competence.module';
import { DiagnosticInstrumentFieldsResolver, DiagnosticItemFieldsResolver, DiagnosticScoringRuleFieldsResolver } from './instrument-fields.resolver';
import { InstrumentImportService } from './instrument-import.service';
import { InstrumentRepository } from './instrument.repository';
import { InstrumentResolver } from './instrument.resolver';
import { InstrumentService } from './instrument.service';

@Module({
  imports: [CompetenceModule],
  providers: [InstrumentRepository, InstrumentService, InstrumentImportService, InstrumentResolver, DiagnosticInstrumentFieldsResolver, DiagnosticItemFieldsResolver, DiagnosticScoringRuleFieldsResolver],
  exports: [InstrumentRepository],
})
export class InstrumentModule {}
