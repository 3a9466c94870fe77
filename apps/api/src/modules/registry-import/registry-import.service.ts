import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { fieldError } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { columnsOf, NATURAL_KEY, ORGANIZATION_COLUMNS, OrganizationColumn, PERSON_COLUMNS, PersonColumn, RegistryImportKind } from './columns';
import { ImportRegistryInput } from './dto/import.input';
import { RegistryImportReportObject, RegistryImportTemplateObject } from './dto/import-report.object';
import { ImportPlan } from './import-plan';
import { OrganizationsImporter } from './organizations.importer';
import { Sheet } from './parse/sheet';
import { decodeUpload } from './parse/upload';
import { readSheet } from './parse/read';
import { buildTemplate } from './parse/xlsx';
import { PeopleImporter } from './people.importer';
import { referencesOf, refusedFileName, refusedRowsXlsx } from './refused-rows';
import { RegistryImportRepository } from './registry-import.repository';
import { mapHeaders } from './rows';

const CONSTRAINTS = {
  uq_organization_inn: { field: 'contentBase64', message: 'Организация с таким ИНН появилась во время загрузки: повторите загрузку' },
  uq_organization_external_id: { field: 'contentBase64', message: 'Организация с таким кодом появилась во время загрузки: повторите загрузку' },
  uq_person_external_id: { field: 'contentBase64', message: 'Педагог с таким кодом появился во время загрузки: повторите загрузку' },
  uq_person_email: { field: 'contentBase64', message: 'Адрес почты занят другим педагогом: повторите загрузку' },
};

const TEMPLATE_NAMES: Record<RegistryImportKind, string> = {
  ORGANIZATIONS: 'шаблон-организации.xlsx',
  PEOPLE: 'шаблон-педагоги.xlsx',
};

/**
 * Registry import from XLSX/CSV. A dry run checks every row and lists every error of every row; a real run
 * writes in one transaction all rows, or nothing when any row has an error — or, when asked, only the rows
 * without errors. Imports take turns, so two of the same file never create a record twice.
 */
@Injectable()
export class RegistryImportService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationsImporter,
    private readonly people: PeopleImporter,
    private readonly repo: RegistryImportRepository,
  ) {}

  private async read(input: ImportRegistryInput): Promise<Sheet> {
    const upload = decodeUpload(input.fileName, input.contentBase64);
    if (!upload.ok) throw fieldError(upload.error.field, upload.error.message);
    return readSheet(upload.data, upload.format);
  }

  private async plan(m: EntityManager, actor: Actor, kind: RegistryImportKind, sheet: Sheet): Promise<{ plan: ImportPlan; index: Map<string, number> }> {
    const missingOf = (missing: string[]) => {
      if (!sheet.headers.length) return fieldError('contentBase64', 'В файле нет строки заголовков: скачайте шаблон');
      return fieldError('contentBase64', `В файле нет обязательных столбцов: ${missing.map((h) => `«${h}»`).join(', ')}. Скачайте шаблон`);
    };
    if (kind === RegistryImportKind.ORGANIZATIONS) {
      const { index, missing } = mapHeaders<OrganizationColumn>(sheet.headers, ORGANIZATION_COLUMNS);
      if (missing.length || !sheet.headers.length) throw missingOf(missing);
      return { plan: await this.organizations.plan(m, actor.scope, sheet, index), index };
    }
    const { index, missing } = mapHeaders<PersonColumn>(sheet.headers, PERSON_COLUMNS);
    if (missing.length || !sheet.headers.length) throw missingOf(missing);
    return { plan: await this.people.plan(m, actor.scope, sheet, index), index };
  }

  async import(actor: Actor, input: ImportRegistryInput): Promise<RegistryImportReportObject> {
    const sheet = await this.read(input);
    const report = ({ plan: p, index }: { plan: ImportPlan; index: Map<string, number> }, dryRun: boolean): RegistryImportReportObject => {
      const errors = [...p.errors].sort((a, b) => a.line - b.line || (a.column ?? '').localeCompare(b.column ?? ''));
      return {
        kind: input.kind,
        dryRun,
        total: p.total,
        created: p.created,
        updated: p.updated,
        unchanged: p.unchanged,
        refused: new Set(errors.map((e) => e.line)).size,
        key: NATURAL_KEY[input.kind],
        errors,
        refusedRowsFile: async () => {
          const data = await refusedRowsXlsx(input.kind, columnsOf(input.kind), index, sheet, errors);
          return { fileName: refusedFileName(input.fileName), contentBase64: data.toString('base64') };
        },
      };
    };
    if (input.dryRun) return report(await this.plan(this.uow.reader, actor, input.kind, sheet), true);
    return this.uow.write(async (m) => {
      await this.repo.takeTurn(m);
      const planned = await this.plan(m, actor, input.kind, sheet);
      const { plan } = planned;
      // All or nothing, unless asked to load the rows without errors: the refused rows are then left out.
      if (plan.errors.length && !input.onlyValidRows) return report(planned, true);
      await plan.write(m);
      const done = report(planned, false);
      const after = {
        kind: input.kind,
        fileName: input.fileName,
        total: plan.total,
        created: plan.created,
        updated: plan.updated,
        unchanged: plan.unchanged,
        refused: done.refused,
        onlyValidRows: !!input.onlyValidRows,
      };
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'import', entityType: 'registry', entityId: null, after });
      return done;
    }, CONSTRAINTS);
  }

  async template(kind: RegistryImportKind): Promise<RegistryImportTemplateObject> {
    const data = await buildTemplate(columnsOf(kind), { references: referencesOf(kind) });
    return { fileName: TEMPLATE_NAMES[kind], contentBase64: data.toString('base64') };
  }
}
