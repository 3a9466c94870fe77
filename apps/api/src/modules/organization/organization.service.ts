import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../../common/auth/actor';
import { AccessScope } from '../../common/auth/access-scope';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { badInput, fieldError, notFound } from '../../common/errors/errors';
import { AuditService } from '../audit/audit.service';
import { TerritoryRepository } from '../territory/territory.repository';
import { CreateOrganizationInput, OrganizationStatusInput, UpdateOrganizationInput } from './dto/organization.input';
import { PageRequest } from '../../common/pagination/order';
import { OrganizationFilter, OrganizationOrder } from './dto/organizations.args';
import { ORGANIZATION_STATUS_LABELS } from '@metodset/shared';
import { DERIVED_SITE_STATUS_KINDS } from '../staging/staging-status.sql';
import { OrganizationEntity } from './organization.entity';
import { OrganizationPrefetch, OrganizationRepository, OrganizationStatusRow } from './organization.repository';

const CONSTRAINTS = {
  uq_organization_inn: { field: 'inn', message: 'Организация с таким ИНН уже есть' },
  uq_organization_external_id: { field: 'externalId', message: 'Организация с таким кодом уже есть' },
  ck_organization_inn: { field: 'inn', message: 'ИНН организации — 10 цифр' },
  uq_organization_status: { field: 'statuses', message: 'Статус повторяется в одном году' },
};

const NOT_FOUND = 'Организация не найдена';

/** The audited snapshot of an organisation. */
function snapshot(o: OrganizationEntity, statuses?: OrganizationStatusInput[] | OrganizationStatusRow[]) {
  const { municipality: _m, createdAt: _c, updatedAt: _u, ...rest } = o;
  return statuses ? { ...rest, statuses: statuses.map((s) => ({ kind: s.kind, year: s.year, source: s.source ?? null })) } : rest;
}

@Injectable()
export class OrganizationService {
  constructor(
    private readonly repo: OrganizationRepository,
    private readonly territory: TerritoryRepository,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  list(scope: AccessScope, filter: OrganizationFilter | undefined, order: OrganizationOrder | undefined, page: PageRequest, prefetch: OrganizationPrefetch = {}) {
    return this.repo.page(this.uow.reader, scope, filter, order, page, prefetch);
  }

  async get(scope: AccessScope, id: string): Promise<OrganizationEntity> {
    const found = await this.repo.findInScope(this.uow.reader, scope, id);
    if (!found) throw notFound(NOT_FOUND);
    return found;
  }

  private async assertMunicipality(m: EntityManager, scope: AccessScope, municipalityId: string): Promise<void> {
    if (!(await this.territory.findMunicipalityInScope(m, scope, municipalityId))) {
      throw fieldError('municipalityId', 'Муниципалитет не найден или вне вашей зоны ответственности');
    }
  }

  private static checkStatuses(statuses: OrganizationStatusInput[] | undefined): void {
    if (!statuses) return;
    const seen = new Set<string>();
    const fields = statuses.flatMap((s, i) => {
      if ((DERIVED_SITE_STATUS_KINDS as readonly string[]).includes(s.kind)) {
        return [{ field: `statuses.${i}.kind`, message: `«${ORGANIZATION_STATUS_LABELS[s.kind]}» следует из реестра площадок: заведите площадку в разделе «Стажировочные площадки»` }];
      }
      const key = `${s.kind}:${s.year}`;
      if (seen.has(key)) return [{ field: `statuses.${i}.year`, message: 'Этот статус в этом году уже указан' }];
      seen.add(key);
      return [];
    });
    if (fields.length) throw badInput(fields);
  }

  async create(actor: Actor, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    OrganizationService.checkStatuses(input.statuses);
    return this.uow.write(async (m) => {
      await this.assertMunicipality(m, actor.scope, input.municipalityId);
      const { statuses, ...values } = input;
      const created = await this.repo.insert(m, values);
      if (statuses) await this.repo.replaceStatuses(m, created.id, statuses);
      await this.audit.record(m, { accountId: actor.user.accountId, action: 'create', entityType: 'organization', entityId: created.id, after: snapshot(created, statuses) });
      return created;
    }, CONSTRAINTS);
  }

  async update(actor: Actor, id: string, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    OrganizationService.checkStatuses(input.statuses);
    return this.uow.write(async (m) => {
      const before = await this.repo.findInScopeForUpdate(m, actor.scope, id);
      if (!before) throw notFound(NOT_FOUND);
      if (before.archivedAt) throw badInput([], 'Организация в архиве: сначала восстановите её');
      if (input.municipalityId && input.municipalityId !== before.municipalityId) await this.assertMunicipality(m, actor.scope, input.municipalityId);
      const beforeStatuses = input.statuses ? (await this.repo.statusesOf(m, [id])).filter((s) => !s.siteId) : undefined;
      const { statuses, ...values } = input;
      const changes = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<OrganizationEntity>;
      const after = await this.repo.update(m, id, changes);
      if (statuses) await this.repo.replaceStatuses(m, id, statuses);
      await this.audit.record(m, {
        accountId: actor.user.accountId,
        action: 'update',
        entityType: 'organization',
        entityId: id,
        before: snapshot(before, beforeStatuses),
        after: snapshot(after, statuses),
      });
      return after;
    }, CONSTRAINTS);
  }

  async setArchived(actor: Actor, id: string, archived: boolean): Promise<OrganizationEntity> {
    return this.uow.write(async (m) => {
      const before = await this.repo.findInScopeForUpdate(m, actor.scope, id);
      if (!before) throw notFound(NOT_FOUND);
      if (!!before.archivedAt === archived) return before;
      const after = await this.repo.update(m, id, { archivedAt: archived ? new Date() : null });
      await this.audit.record(m, {
        accountId: actor.user.accountId,
        action: archived ? 'archive' : 'restore',
        entityType: 'organization',
        entityId: id,
        before: { archivedAt: before.archivedAt },
        after: { archivedAt: after.archivedAt },
      });
      return after;
    }, CONSTRAINTS);
  }

  // Batches for field resolvers (one statement per field per request).
  statusesOf(ids: readonly string[]): Promise<OrganizationStatusRow[]> {
    return this.repo.statusesOf(this.uow.reader, ids);
  }

  staffCounts(ids: readonly string[]): Promise<Map<string, number>> {
    return this.repo.staffCounts(this.uow.reader, ids);
  }

  byIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return this.repo.byIds(this.uow.reader, ids);
  }
}
