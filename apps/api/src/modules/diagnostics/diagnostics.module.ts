import { Module } from '@nestjs/common';
import { NetworkModule } from '../network/network.module';
import { OrganizationModule } from '../organization/organization.module';
import { PersonModule } from '../person/person.module';
import { DiagnosticsImportService } from './diagnostics-import.service';
import { DiagnosticsRepository } from './diagnostics.repository';
import { DiagnosticsResolver } from './diagnostics.resolver';
import { DiagnosticsService } from './diagnostics.service';

@Module({
  imports: [NetworkModule, OrganizationModule, PersonModule],
  providers: [DiagnosticsRepository, DiagnosticsService, DiagnosticsImportService, DiagnosticsResolver],
  exports: [DiagnosticsRepository, DiagnosticsService],
})
export class DiagnosticsModule {}
