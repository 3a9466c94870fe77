import { Injectable } from '@nestjs/common';
import { VersionStatus } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, fieldError, FieldError, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { CompetenceAreaEntity } from './competence-area.entity';
import { CompetenceIndicatorEntity } from './competence-indicator.entity';
import { CompetenceEntity } from './competence.entity';
import { CompetenceRepository } from './competence.repository';
import { CompetencyFrameworkEntity } from './competency-framework.entity';
import { FrameworkFilter, FrameworkOrder } from './dto/competence.args';
import { PageRequest } from '../../common/pagination/order';
import { AreaInput, CompetenceInput, CreateFrameworkInput, IndicatorInput, UpdateFrameworkInput } from './dto/competence.input';
import { changeProblem, newVersionProblem, nextVersion } from './versioning';

const CONSTRAINTS: Record<string, FieldError> = {
  uq_competency_framework_version: { field: 'code', message: 'Рамка с таким кодом уже есть' },
  uq_competence_area_code: { field: 'code', message: 'Область с таким кодом уже есть в этой рамке' },
  uq_competence_code: { field: 'code', message: 'Компетенция с таким кодом уже есть в этой рамке' },
  uq_competence_indicator_code: { field: 'code', message: 'Индикатор с таким кодом уже есть у этой компетенции' },
  ck_competency_framework_name: { field: 'name', message: 'Введите название рамки' },
  ck_competence_area_name: { field: 'name', message: 'Введите код и название области' },
  ck_competence_name: { field: 'name', message: 'Введите код и название компетенции' },
  ck_competence_indicator_name: { field: 'name', message: 'Введите код и формулировку индикатора' },
};
const ARCHIVED = 'Рамка в архиве: сначала восстановите её';
const ENTITY = 'competency-framework';

/** Competency frameworks: drafts are edited, a published version is never changed in place, a new version is made. */
@Injectable()
export class CompetenceService {
  constructor(
    private readonly repo: CompetenceRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  list = (f: FrameworkFilter | undefined, order: FrameworkOrder | undefined, page: PageRequest) => this.repo.pageFrameworks(this.uow.reader, f, order, page);

  async get(id: string): Promise<CompetencyFrameworkEntity> {
    const f = await this.repo.findFramework(this.uow.reader, id);
    if (!f) throw notFound('Рамка компетенций не найдена');
    return f;
  }

  private async lock(m: EntityManager, id: string): Promise<CompetencyFrameworkEntity> {
    const f = await this.repo.findFramework(m, id, true);
    if (!f) throw notFound('Рамка компетенций не найдена');
    return f;
  }

  /** The framework for a change of its content: a draft outside the archive. */
  private async lockDraft(m: EntityManager, id: string): Promise<CompetencyFrameworkEntity> {
    const f = await this.lock(m, id);
    const problem = changeProblem(f, ARCHIVED);
    if (problem) throw badInput([], problem);
    return f;
  }

  private record(m: EntityManager, actor: Actor, action: string, entityId: string, before: object | null, after: object | null) {
    return this.audit.record(m, { accountId: actor.user.accountId, action, entityType: ENTITY, entityId, before: before ?? null, after: after ?? null });
  }

  async create(actor: Actor, input: CreateFrameworkInput): Promise<CompetencyFrameworkEntity> {
    return this.uow.write(async (m) => {
      if ((await this.repo.lockVersions(m, input.code)).length) throw fieldError('code', 'Рамка с таким кодом уже есть: создайте её новую версию');
      const created = await this.repo.insertFramework(m, { ...input, version: 1, status: VersionStatus.DRAFT });
      await this.record(m, actor, 'create', created.id, null, input);
      return created;
    }, CONSTRAINTS);
  }

  async update(actor: Actor, id: string, input: UpdateFrameworkInput): Promise<CompetencyFrameworkEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lockDraft(m, id);
      const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)) as Partial<CompetencyFrameworkEntity>;
      const after = await this.repo.updateFramework(m, id, changes);
      await this.record(m, actor, 'update', id, { name: before.name, description: before.description }, changes);
      return after;
    }, CONSTRAINTS);
  }

  async publish(actor: Actor, id: string): Promise<CompetencyFrameworkEntity> {
    return this.uow.write(async (m) => {
      const f = await this.lock(m, id);
      await this.repo.lockVersions(m, f.code);
      const locked = changeProblem(f, ARCHIVED);
      if (locked) throw badInput([], locked);
      if (!(await this.repo.competencesOf(m, id)).length) throw badInput([], 'В рамке нет ни одной компетенции: публиковать нечего');
      const retired = await this.repo.retireOthers(m, f.code, id);
      const after = await this.repo.updateFramework(m, id, { status: VersionStatus.PUBLISHED, publishedAt: new Date() });
      await this.record(m, actor, 'publish', id, { status: f.status }, { status: after.status, retired });
      return after;
    }, CONSTRAINTS);
  }

  async newVersion(actor: Actor, id: string): Promise<CompetencyFrameworkEntity> {
    return this.uow.write(async (m) => {
      const source = await this.lock(m, id);
      if (source.archivedAt) throw badInput([], ARCHIVED);
      const versions = await this.repo.lockVersions(m, source.code);
      const problem = newVersionProblem(versions);
      if (problem) throw badInput([], problem);
      const created = await this.repo.insertFramework(m, {
        code: source.code,
        version: nextVersion(versions),
        name: source.name,
        description: source.description,
        status: VersionStatus.DRAFT,
        previousVersionId: source.id,
        caseIdentifier: source.caseIdentifier,
      });
      await this.repo.copyTree(m, source.id, created.id);
      await this.record(m, actor, 'new-version', created.id, null, { from: source.id, version: created.version });
      return created;
    }, CONSTRAINTS);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<CompetencyFrameworkEntity> {
    return this.uow.write(async (m) => {
      const before = await this.lock(m, id);
      if (!!before.archivedAt === archived) return before;
      const after = await this.repo.updateFramework(m, id, { archivedAt: archived ? new Date() : null });
      await this.record(m, actor, archived ? 'archive' : 'restore', id, null, null);
      return after;
    }, CONSTRAINTS);
  }

  // The tree: every change goes through the draft framework it belongs to.
  async addArea(actor: Actor, frameworkId: string, input: AreaInput): Promise<CompetencyFrameworkEntity> {
    return this.uow.write(async (m) => {
      const f = await this.lockDraft(m, frameworkId);
      const position = input.position ?? (await this.repo.nextPosition(m, 'competence_area', 'framework_id', f.id));
      await this.repo.insertChild(m, CompetenceAreaEntity, { frameworkId: f.id, code: input.code, name: input.name, position });
      await this.record(m, actor, 'add-area', f.id, null, input);
      return f;
    }, CONSTRAINTS);
  }

  async updateArea(actor: Actor, id: string, input: AreaInput): Promise<CompetencyFrameworkEntity> {
    return this.uow.write(async (m) => {
      const area = await this.repo.area(m, id);
      if (!area) throw notFound('Область не найдена');
      const f = await this.lockDraft(m, area.frameworkId);
      await this.repo.updateChild(m, CompetenceAreaEntity, id, { code: input.code, name: input.name, ...(input.position != null ? { position: input.position } : {}) });
      await this.record(m, actor, 'update-area', f.id, area, input);
      return f;
    }, CONSTRAINTS);
  }

  async removeArea(actor: Actor, id: string): Promise<CompetencyFrameworkEntity> {
    return this.uow.write(async (m) => {
      const area = await this.repo.area(m, id);
      if (!area) throw notFound('Область не найдена');
      const f = await this.lockDraft(m, area.frameworkId);
      await this.repo.deleteChild(m, CompetenceAreaEntity, id);
      await this.record(m, actor, 'remove-area', f.id, area, null);
      return f;
    }, CONSTRAINTS);
  }

  async addCompetence(actor: Actor, areaId: string, input: CompetenceInput): Promise<CompetencyFrameworkEntity> {
    return this.uow.write(async (m) => {
      const area = await this.repo.area(m, areaId);
      if (!area) throw notFound('Область не найдена');
      const f = await this.lockDraft(m, area.frameworkId);
      const position = input.position ?? (await this.repo.nextPosition(m, 'competence', 'area_id', areaId));
      await this.repo.insertChild(m, CompetenceEntity, { frameworkId: f.id, areaId, code: input.code, name: input.name, description: input.description, position });
      await this.record(m, actor, 'add-competence', f.id, null, { areaId, ...input });
      return f;
    }, CONSTRAINTS);
  }

  async updateCompetence(actor: Actor, id: string, input: CompetenceInput): Promise<CompetencyFrameworkEntity> {
    return this.uow.write(async (m) => {
      const c = await this.repo.competence(m, id);
      if (!c) throw notFound('Компетенция не найдена');
      const f = await this.lockDraft(m, c.frameworkId);
      if (input.areaId && input.areaId !== c.areaId) {
        const area = await this.repo.area(m, input.areaId);
        if (!area || area.frameworkId !== f.id) throw fieldError('areaId', 'Область не найдена в этой рамке');
      }
      await this.repo.updateChild(m, CompetenceEntity, id, {
        code: input.code,
        name: input.name,
        description: input.description,
        ...(input.areaId ? { areaId: input.areaId } : {}),
        ...(input.position != null ? { position: input.position } : {}),
      });
      await this.record(m, actor, 'update-competence', f.id, c, input);
      return f;
    }, CONSTRAINTS);
  }

  async removeCompetence(actor: Actor, id: string): Promise<CompetencyFrameworkEntity> {
    return this.uow.write(async (m) => {
      const c = await this.repo.competence(m, id);
      if (!c) throw notFound('Компетенция не найдена');
      const f = await this.lockDraft(m, c.frameworkId);
      if (await this.repo.competenceInUse(m, [id])) throw badInput([], 'Компетенция используется в диагностических методиках');
      await this.repo.deleteChild(m, CompetenceEntity, id);
      await this.record(m, actor, 'remove-competence', f.id, c, null);
      return f;
    }, CONSTRAINTS);
  }

  async addIndicator(actor: Actor, competenceId: string, input: IndicatorInput): Promise<CompetencyFrameworkEntity> {
    return this.uow.write(async (m) => {
      const c = await this.repo.competence(m, competenceId);
      if (!c) throw notFound('Компетенция не найдена');
      const f = await this.lockDraft(m, c.frameworkId);
      const position = input.position ?? (await this.repo.nextPosition(m, 'competence_indicator', 'competence_id', competenceId));
      await this.repo.insertChild(m, CompetenceIndicatorEntity, { competenceId, code: input.code, name: input.name, position });
      await this.record(m, actor, 'add-indicator', f.id, null, { competenceId, ...input });
      return f;
    }, CONSTRAINTS);
  }

  private async lockIndicator(m: EntityManager, id: string) {
    const indicator = await this.repo.indicator(m, id);
    if (!indicator) throw notFound('Индикатор не найден');
    const c = await this.repo.competence(m, indicator.competenceId);
    const f = await this.lockDraft(m, c!.frameworkId);
    return { indicator, f };
  }

  async updateIndicator(actor: Actor, id: string, input: IndicatorInput): Promise<CompetencyFrameworkEntity> {
    return this.uow.write(async (m) => {
      const { indicator, f } = await this.lockIndicator(m, id);
      await this.repo.updateChild(m, CompetenceIndicatorEntity, id, { code: input.code, name: input.name, ...(input.position != null ? { position: input.position } : {}) });
      await this.record(m, actor, 'update-indicator', f.id, indicator, input);
      return f;
    }, CONSTRAINTS);
  }

  async removeIndicator(actor: Actor, id: string): Promise<CompetencyFrameworkEntity> {
    return this.uow.write(async (m) => {
      const { indicator, f } = await this.lockIndicator(m, id);
      await this.repo.deleteChild(m, CompetenceIndicatorEntity, id);
      await this.record(m, actor, 'remove-indicator', f.id, indicator, null);
      return f;
    }, CONSTRAINTS);
  }

  // Batches for field resolvers.
  areasOf = (ids: readonly string[]) => this.repo.areasOf(this.uow.reader, ids);
  competencesOfAreas = (ids: readonly string[]) => this.repo.competencesOfAreas(this.uow.reader, ids);
  indicatorsOf = (ids: readonly string[]) => this.repo.indicatorsOf(this.uow.reader, ids);
  competenceCounts = (ids: readonly string[]) => this.repo.competenceCounts(this.uow.reader, ids);
  frameworksByIds = (ids: readonly string[]) => this.repo.frameworksByIds(this.uow.reader, ids);
  competencesByIds = (ids: readonly string[]) => this.repo.competencesByIds(this.uow.reader, ids);
}
