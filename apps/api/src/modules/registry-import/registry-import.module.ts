import { Module } from '@nestjs/common';
import { OrganizationsImporter } from './organizations.importer';
import { PeopleImporter } from './people.importer';
import { RegistryImportRepository } from './registry-import.repository';
import { RegistryImportReportResolver, RegistryImportResolver } from './registry-import.resolver';
import { RegistryImportService } from './registry-import.service';

@Module({
  providers: [RegistryImportRepository, OrganizationsImporter, PeopleImporter, RegistryImportService, RegistryImportResolver, RegistryImportReportResolver],
})
export class RegistryImportModule {}
