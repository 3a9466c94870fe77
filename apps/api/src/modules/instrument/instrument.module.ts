import { Module } from '@nestjs/common';
import { CompetenceModule } from '../competence/competence.module';
import { DiagnosticInstrumentFieldsResolver, DiagnosticItemFieldsResolver, DiagnosticScoringRuleFieldsResolver } from './instrument-fields.resolver';
import { InstrumentRepository } from './instrument.repository';
import { InstrumentResolver } from './instrument.resolver';
import { InstrumentService } from './instrument.service';

@Module({
  imports: [CompetenceModule],
  providers: [InstrumentRepository, InstrumentService, InstrumentResolver, DiagnosticInstrumentFieldsResolver, DiagnosticItemFieldsResolver, DiagnosticScoringRuleFieldsResolver],
  exports: [InstrumentRepository],
})
export class InstrumentModule {}
