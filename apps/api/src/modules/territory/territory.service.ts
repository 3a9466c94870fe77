import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Caller } from '../../common/access/access-rule';
import { AccessService } from '../../common/access/access.service';
import { AccessScope } from '../../common/auth/access-scope';
import { Permission } from '../../common/auth/permissions';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, conflict, FieldError, fieldError, forbidden, notFound } from '../../common/errors/errors';
import { PageRequest } from '../../common/pagination/order';
import { AuditService } from '../audit/audit.service';
import { CreateMunicipalityInput, MunicipalityFilter, MunicipalityOrder, UpdateMunicipalityInput } from './dto/territory.input';
import { MunicipalityEntity } from './municipality.entity';
import { RegionEntity } from './region.entity';
import { HistoryRow, MoveCounts, TerritoryRepository } from './territory.repository';

const NOT_FOUND = 'Муниципалитет не найден';
const NOT_YOURS = 'Муниципалитетами этого региона управляет его администратор';
const OKTMO_TAKEN = 'Этот код ОКТМО уже у другого муниципалитета';
const NAME_TAKEN = 'Муниципалитет с таким названием в регионе уже есть';
const CONSTRAINTS: Record<string, FieldError> = {
  uq_municipality_oktmo: { field: 'oktmo', message: OKTMO_TAKEN },
  uq_municipality_region_name: { field: 'name', message: NAME_TAKEN },
  ck_municipality_oktmo: { field: 'oktmo', message: 'Код ОКТМО — 8 или 11 цифр' },
  ck_municipality_name: { field: 'name', message: 'Введите название' },
};

/** Who changes territories: a signed-in account (its grants) or the CLI (`accountId` null, audited as «система»). */
export interface TerritoryCaller extends Caller {
  accountId: string | null;
}

export interface MergeResult extends MoveCounts {
  source: MunicipalityEntity;
  target: MunicipalityEntity;
}

/** Regions and municipalities: reads for everyone in scope; create, rename, merge, archive by their administrators. */
@Injectable()
export class TerritoryService {
  constructor(
    private readonly repo: TerritoryRepository,
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  regions(scope: AccessScope): Promise<RegionEntity[]> {
    return this.repo.listRegions(this.uow.reader, scope);
  }

  municipalities(scope: AccessScope, regionId?: string | null, includeArchived = false): Promise<MunicipalityEntity[]> {
    return this.repo.listMunicipalities(this.uow.reader, scope, regionId, includeArchived);
  }

  page(scope: AccessScope, filter: MunicipalityFilter | undefined, order: MunicipalityOrder | undefined, page: PageRequest) {
    return this.repo.page(this.uow.reader, scope, filter, order, page);
  }

  async municipality(scope: AccessScope, id: string): Promise<MunicipalityEntity> {
    const found = await this.repo.findVisible(this.uow.reader, scope, id);
    if (!found) throw notFound(NOT_FOUND);
    return found;
  }

  municipalitiesByIds(ids: readonly string[]): Promise<MunicipalityEntity[]> {
    return this.repo.municipalitiesByIds(this.uow.reader, ids);
  }

  regionsByIds(ids: readonly string[]): Promise<RegionEntity[]> {
    return this.repo.regionsByIds(this.uow.reader, ids);
  }

  /** Of these municipalities, those the caller keeps (the SPA's `canManage`). */
  manageable(caller: Caller, ids: readonly string[]): Promise<Set<string>> {
    return this.access.check(this.uow.reader, caller, 'territory.manage', ids);
  }

  history(organizationIds: readonly string[]): Promise<HistoryRow[]> {
    return this.repo.history(this.uow.reader, organizationIds);
  }

  private record(m: EntityManager, caller: TerritoryCaller, action: string, id: string, extra: { before?: object | null; after?: object | null } = {}) {
    return this.audit.record(m, { accountId: caller.accountId, action, entityType: 'municipality', entityId: id, before: extra.before ?? null, after: extra.after ?? null });
  }

  /** Locks the rows; each must be visible (else NOT_FOUND) and the caller's to keep (else FORBIDDEN). */
  private async lockManaged(m: EntityManager, caller: TerritoryCaller, ids: string[], fields: string[]): Promise<MunicipalityEntity[]> {
    const read = AccessService.scope(caller, Permission.TERRITORY_READ);
    const visible = await Promise.all(ids.map((id) => this.repo.findVisible(m, read, id)));
    visible.forEach((v, i) => {
      if (!v) throw notFound(fields[i] === 'id' ? NOT_FOUND : `${NOT_FOUND} (${fields[i]})`);
    });
    const rows = await this.repo.lock(m, ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const allowed = await this.access.check(m, caller, 'territory.manage', ids);
    for (const id of ids) if (!allowed.has(id)) throw forbidden(NOT_YOURS);
    return ids.map((id) => byId.get(id) as MunicipalityEntity);
  }

  async create(caller: TerritoryCaller, input: CreateMunicipalityInput): Promise<MunicipalityEntity> {
    return this.uow.write(async (m) => {
      if (!(await this.access.can(m, caller, 'territory.region', input.regionId))) throw notFound('Регион не найден');
      const created = await this.repo.insert(m, { regionId: input.regionId, name: input.name.trim(), kind: input.kind, oktmo: input.oktmo ?? null });
      await this.record(m, caller, 'create', created.id, { after: { regionId: input.regionId, name: created.name, kind: created.kind, oktmo: created.oktmo } });
      return created;
    }, CONSTRAINTS);
  }

  /** Rename, change the kind or the OKTMO code (an archived municipality is restored first). */
  async update(caller: TerritoryCaller, id: string, input: UpdateMunicipalityInput): Promise<MunicipalityEntity> {
    return this.uow.write(async (m) => {
      const [before] = await this.lockManaged(m, caller, [id], ['id']);
      if (before.archivedAt) throw badInput([], 'Муниципалитет в архиве: сначала восстановите его');
      const changes: Partial<MunicipalityEntity> = {};
      if (input.name !== undefined && input.name !== null) changes.name = input.name.trim();
      if (input.kind !== undefined && input.kind !== null) changes.kind = input.kind;
      if (input.oktmo !== undefined) changes.oktmo = input.oktmo ?? null;
      const after = await this.repo.update(m, id, changes);
      await this.record(m, caller, 'update', id, { before: { name: before.name, kind: before.kind, oktmo: before.oktmo }, after: changes });
      return after;
    }, CONSTRAINTS);
  }

  /** Archive (undo-able); a merged municipality stays archived: its organisations live in the target now. */
  async setArchived(caller: TerritoryCaller, id: string, archived: boolean): Promise<MunicipalityEntity> {
    return this.uow.write(async (m) => {
      const [before] = await this.lockManaged(m, caller, [id], ['id']);
      if (!!before.archivedAt === archived) return before;
      if (!archived && before.mergedIntoId) throw badInput([], 'Муниципалитет объединён с другим: его нельзя восстановить');
      const after = await this.repo.update(m, id, { archivedAt: archived ? new Date() : null });
      await this.record(m, caller, archived ? 'archive' : 'restore', id);
      return after;
    }, CONSTRAINTS);
  }

  /**
   * Merges `sourceId` into `targetId` in one transaction: organisations (with a history row each), and every other
   * row referencing the source (campaigns, events, plans, indicators, documents, associations, subscriptions, role
   * grants) move to the target; the source is archived with a pointer to it. Both rows are locked in id order, so two
   * merges of the same pair at once leave one result: the second finds the source merged and is refused.
   */
  async merge(caller: TerritoryCaller, sourceId: string, targetId: string): Promise<MergeResult> {
    if (sourceId === targetId) throw fieldError('targetId', 'Муниципалитет нельзя объединить с самим собой');
    return this.uow.write(async (m) => {
      const [source, target] = await this.lockManaged(m, caller, [sourceId, targetId], ['sourceId', 'targetId']);
      if (source.mergedIntoId) throw conflict('Этот муниципалитет уже объединён с другим', [{ field: 'sourceId', message: 'Уже объединён' }]);
      if (source.archivedAt) throw fieldError('sourceId', 'Муниципалитет в архиве: сначала восстановите его');
      if (target.archivedAt) throw fieldError('targetId', 'Муниципалитет, в который объединяют, в архиве');
      if (source.regionId !== target.regionId) throw fieldError('targetId', 'Объединять можно только муниципалитеты одного региона');
      const at = new Date();
      const moved = await this.repo.moveEverything(m, sourceId, targetId, at);
      const archived = await this.repo.update(m, sourceId, { archivedAt: at, mergedIntoId: targetId, mergedAt: at });
      await this.record(m, caller, 'merge', sourceId, { before: { name: source.name }, after: { mergedIntoId: targetId, mergedInto: target.name, ...moved } });
      await this.record(m, caller, 'merge-into', targetId, { after: { mergedFromId: sourceId, mergedFrom: source.name, ...moved } });
      return { source: archived, target, ...moved };
    }, CONSTRAINTS);
  }
}
