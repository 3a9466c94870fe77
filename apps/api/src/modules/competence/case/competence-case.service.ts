import { Injectable } from '@nestjs/common';
import { VersionStatus } from '@metodset/shared';
import { Actor } from '../../../common/auth/actor';
import { UnitOfWork } from '../../../common/database/unit-of-work';
import { badInput, fieldError, FieldError, notFound } from '../../../common/errors/errors';
import { AuditService } from '../../audit/audit.service';
import { CompetenceRepository } from '../competence.repository';
import { CompetencyFrameworkEntity } from '../competency-framework.entity';
import { CaseExportObject, CaseImportObject, ImportCaseInput } from './case.dto';

/** What an import found (and wrote, unless a dry run). */
export type CaseImportResult = Omit<CaseImportObject, 'framework'> & { framework: CompetencyFrameworkEntity | null };
import { FrameworkTree, fromCasePackage, toCasePackage } from './case-format';

const CONSTRAINTS: Record<string, FieldError> = {
  uq_competency_framework_version: { field: 'code', message: 'Рамка с таким кодом уже есть' },
  uq_competence_area_code: { field: 'json', message: 'Коды областей в пакете повторяются' },
  uq_competence_code: { field: 'json', message: 'Коды компетенций в пакете повторяются' },
  uq_competence_indicator_code: { field: 'json', message: 'Коды индикаторов одной компетенции в пакете повторяются' },
};

/** Export of a framework as a 1EdTech CASE 1.1 package, and import of a package as a new draft framework. */
@Injectable()
export class CompetenceCaseService {
  constructor(
    private readonly repo: CompetenceRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  /** A published (or retired) framework as a CASE package; a draft is still changing and is not exported. */
  async export(id: string): Promise<CaseExportObject> {
    const m = this.uow.reader;
    const f = await this.repo.findFramework(m, id);
    if (!f) throw notFound('Рамка компетенций не найдена');
    if (f.status === VersionStatus.DRAFT) throw badInput([], 'Выгрузить в CASE можно только опубликованную рамку: черновик ещё меняется');
    const tree = await this.treeOf(f);
    const json = JSON.stringify(toCasePackage(tree), null, 2);
    return { fileName: `${f.code}-v${f.version}.case.json`, json };
  }

  private async treeOf(f: CompetencyFrameworkEntity): Promise<FrameworkTree & { id: string; version: number }> {
    const { areas, competences, indicators } = await this.repo.tree(this.uow.reader, f.id);
    return {
      id: f.id,
      code: f.code,
      version: f.version,
      name: f.name,
      description: f.description,
      lastChange: f.publishedAt ?? f.updatedAt,
      areas: areas.map((a) => ({
        id: a.id,
        code: a.code,
        name: a.name,
        competences: competences
          .filter((c) => c.areaId === a.id)
          .map((c) => ({
            id: c.id,
            code: c.code,
            name: c.name,
            description: c.description,
            indicators: indicators.filter((i) => i.competenceId === c.id).map((i) => ({ id: i.id, code: i.code, name: i.name })),
          })),
      })),
    };
  }

  /**
   * Reads a CASE package; on a dry run tells what it holds (or every problem, as field errors), otherwise writes it as
   * a new framework (version 1, DRAFT) with its whole tree in one transaction, audited.
   */
  async import(actor: Actor, input: ImportCaseInput): Promise<CaseImportResult> {
    let raw: unknown;
    try {
      raw = JSON.parse(input.json);
    } catch {
      throw fieldError('json', 'Файл не читается как JSON: выберите пакет CASE 1.1 (CFPackage)');
    }
    const { tree, errors } = fromCasePackage(raw);
    if (!tree) throw badInput(errors.map((e) => ({ field: `json.${e.field}`, message: e.message })), `Пакет CASE не загружен: ${errors[0]?.message ?? 'ошибка'}`);
    const name = input.name?.trim() || tree.name;
    const counts = {
      areas: tree.areas.length,
      competences: tree.areas.reduce((n, a) => n + a.competences.length, 0),
      indicators: tree.areas.reduce((n, a) => n + a.competences.reduce((k, c) => k + c.indicators.length, 0), 0),
    };
    return this.uow.write(async (m) => {
      if ((await this.repo.lockVersions(m, input.code)).length) throw fieldError('code', 'Рамка с таким кодом уже есть: выберите другой код');
      if (input.dryRun) return { dryRun: true, code: input.code, name, ...counts, framework: null };
      const created = await this.repo.insertFramework(m, { code: input.code, name, description: tree.description, version: 1, status: VersionStatus.DRAFT });
      await this.repo.insertTree(m, created.id, tree.areas);
      await this.audit.record(m, {
        accountId: actor.user.accountId,
        action: 'import-case',
        entityType: 'competency-framework',
        entityId: created.id,
        before: null,
        after: { code: input.code, name, ...counts },
      });
      return { dryRun: false, code: input.code, name, ...counts, framework: created };
    }, CONSTRAINTS);
  }
}
