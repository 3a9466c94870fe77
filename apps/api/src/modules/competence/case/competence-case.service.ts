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
      caseId: f.caseIdentifier,
      code: f.code,
      version: f.version,
      name: f.name,
      description: f.description,
      lastChange: f.publishedAt ?? f.updatedAt,
      areas: areas.map((a) => ({
        id: a.id,
        caseId: a.caseIdentifier,
        code: a.code,
        name: a.name,
        competences: competences
          .filter((c) => c.areaId === a.id)
          .map((c) => ({
            id: c.id,
            caseId: c.caseIdentifier,
            code: c.code,
            name: c.name,
            description: c.description,
            indicators: indicators.filter((i) => i.competenceId === c.id).map((i) => ({ id: i.id, caseId: i.caseIdentifier, code: i.code, name: i.name })),
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
      // The same package again (its CFDocument identifier) updates the framework it made: never a duplicate.
      const versions = await this.repo.lockVersions(m, input.code);
      const family = tree.caseId ? await this.repo.latestByCaseIdentifier(m, tree.caseId) : null;
      const updated = !!family && family.code === input.code;
      if (versions.length && !updated) throw fieldError('code', 'Рамка с таким кодом уже есть: выберите другой код');
      if (family && !updated) {
        throw fieldError('code', `Этот пакет CASE уже загружен как рамка «${family.code}»: повторная загрузка обновляет её — укажите код ${family.code}`);
      }
      if (input.dryRun) return { dryRun: true, updated, code: input.code, name, ...counts, framework: null };
      const latest = versions[versions.length - 1];
      let framework: CompetencyFrameworkEntity;
      if (latest && latest.status === VersionStatus.DRAFT) {
        // A draft changes in place: the same rows for the items the package still holds.
        await this.repo.updateFramework(m, latest.id, { name, description: tree.description, caseIdentifier: tree.caseId ?? null });
        await this.repo.updateTreeByCaseIds(m, latest.id, tree.areas);
        framework = (await this.repo.findFramework(m, latest.id)) as CompetencyFrameworkEntity;
      } else {
        // New, or after a published version: the next version (a draft), as the house versions frameworks.
        framework = await this.repo.insertFramework(m, {
          code: input.code,
          name,
          description: tree.description,
          version: latest ? latest.version + 1 : 1,
          status: VersionStatus.DRAFT,
          previousVersionId: latest?.id ?? null,
          caseIdentifier: tree.caseId ?? null,
        });
        await this.repo.insertTree(m, framework.id, tree.areas);
      }
      await this.audit.record(m, {
        accountId: actor.user.accountId,
        action: updated ? 'reimport-case' : 'import-case',
        entityType: 'competency-framework',
        entityId: framework.id,
        before: latest ? { version: latest.version, status: latest.status } : null,
        after: { code: input.code, name, version: framework.version, caseIdentifier: tree.caseId, ...counts },
      });
      return { dryRun: false, updated, code: input.code, name, ...counts, framework };
    }, CONSTRAINTS);
  }
}
