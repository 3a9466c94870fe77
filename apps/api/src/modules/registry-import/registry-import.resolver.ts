import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '../../common/auth/actor';
import { Permission } from '../../common/auth/permissions';
import { Policy } from '../../common/auth/policy.decorator';
import { RegistryImportKind } from './columns';
import { ImportRegistryInput } from './dto/import.input';
import { RegistryImportFileObject, RegistryImportReportObject, RegistryImportTemplateObject } from './dto/import-report.object';
import { RegistryImportService } from './registry-import.service';

@Resolver()
export class RegistryImportResolver {
  constructor(private readonly service: RegistryImportService) {}

  @Policy(Permission.REGISTRY_IMPORT)
  @Mutation(() => RegistryImportReportObject, {
    description:
      'Проверка (dryRun: true) или загрузка реестра из XLSX/CSV; при любой ошибке в строках ничего не записывается, ' +
      'а с onlyValidRows: true записываются строки без ошибок',
  })
  importRegistry(@CurrentActor() actor: Actor, @Args('input') input: ImportRegistryInput): Promise<RegistryImportReportObject> {
    return this.service.import(actor, input);
  }

  @Policy(Permission.REGISTRY_IMPORT)
  @Query(() => RegistryImportTemplateObject, { description: 'Шаблон XLSX для загрузки реестра' })
  registryImportTemplate(@Args('kind', { type: () => RegistryImportKind }) kind: RegistryImportKind): Promise<RegistryImportTemplateObject> {
    return this.service.template(kind);
  }
}

/** The refused rows of a report as an XLSX, built only when asked for. */
@Resolver(() => RegistryImportReportObject)
export class RegistryImportReportResolver {
  @ResolveField(() => RegistryImportFileObject, {
    nullable: true,
    description: 'Строки с ошибками в столбцах шаблона и с причинами в добавленном столбце; null — ошибок нет',
  })
  refusedRows(@Parent() report: RegistryImportReportObject): Promise<RegistryImportFileObject> | null {
    return report.errors.length && report.refusedRowsFile ? report.refusedRowsFile() : null;
  }
}
