import { Injectable } from '@nestjs/common';
import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { Connection } from '../../common/pagination/connection';
import { ORGANIZATION_KIND_LABELS, OrganizationStatusKind } from '@metodset/shared';
import { byLabel, orderedPage, OrderColumns, PageRequest, SortDirection } from '../../common/pagination/order';
import { OrganizationStatusEntity } from './organization-status.entity';
import { ORGANIZATION_STATUSES_SQL } from '../staging/staging-status.sql';
import { OrganizationEntity } from './organization.entity';
import { MunicipalityEntity } from '../territory/municipality.entity';
import { ArchiveFilter, OrganizationFilter, OrganizationOrder, OrganizationOrderField } from './dto/organizations.args';

/** A status of an organisation as read: entered by hand, or derived from a live staging site (`siteId`). */
export interface OrganizationStatusRow {
  id: string;
  organizationId: string;
  kind: OrganizationStatusKind;
  year: number;
  source: string | null;
  siteId: string | null;
}

/** A status of an organisation as read: entered by hand, or derived from a live staging site (`siteId`). */
export interface OrganizationStatusRow {
  id: string;
  organizationId: string;
  kind: OrganizationStatusKind;
  year: number;
  source: string | null;
  siteId: string | null;
}

/** What a page of organisations may read in its own statement for its fields. */
export interface OrganizationPrefetch {
  municipality?: boolean;
  statuses?: boolean;
  staffCount?: boolean;
  /** Only these properties of each organisation (the id always): partial entities. Absent: the whole row. */
  columns?: readonly (keyof OrganizationEntity)[];
}
export interface OrganizationPageExtras {
  municipality?: MunicipalityEntity;
  statuses?: OrganizationStatusRow[];
  staffCount?: number;
}

/** Active people with a position at the organisation `o` (the list's «Педагогов» column), as SQL. */
const STAFF_COUNT_SQL = `(SELECT count(DISTINCT sp.person_id) FROM position sp JOIN person spe ON spe.id = sp.person_id AND spe.archived_at IS NULL
   WHERE sp.organization_id = o.id)`;
const ORDER: OrderColumns<OrganizationOrderField> = {
  NAME: { sql: "COALESCE(NULLIF(o.short_name, ''), o.name)", type: 'text' },
  KIND: { sql: byLabel('o.kind', ORGANIZATION_KIND_LABELS), type: 'text' },
  MUNICIPALITY: { sql: '(SELECT om.name FROM municipality om WHERE om.id = o.municipality_id)', type: 'text', nulls: '' },
  STAFF_COUNT: { sql: STAFF_COUNT_SQL, type: 'int' },
  CREATED_AT: { sql: 'o.created_at', type: 'timestamptz' },
};
export const ORGANIZATION_DEFAULT_ORDER: OrganizationOrder = { field: OrganizationOrderField.NAME, direction: SortDirection.ASC };

@Injectable()
export class OrganizationRepository {
  private scoped(m: EntityManager, scope: AccessScope): SelectQueryBuilder<OrganizationEntity> {
    const cond = scope.organizationCondition('o');
    return m.getRepository(OrganizationEntity).createQueryBuilder('o').where(cond.sql, cond.params);
  }

  private filtered(m: EntityManager, scope: AccessScope, f: OrganizationFilter | undefined): SelectQueryBuilder<OrganizationEntity> {
    const qb = this.scoped(m, scope);
    const archived = f?.archived ?? ArchiveFilter.ACTIVE;
    if (archived === ArchiveFilter.ACTIVE) qb.andWhere('o.archived_at IS NULL');
    if (archived === ArchiveFilter.ARCHIVED) qb.andWhere('o.archived_at IS NOT NULL');
    if (f?.municipalityId) qb.andWhere('o.municipality_id = :fMunicipality', { fMunicipality: f.municipalityId });
    if (f?.regionId) {
      qb.andWhere('o.municipality_id IN (SELECT fm.id FROM municipality fm WHERE fm.region_id = :fRegion)', { fRegion: f.regionId });
    }
    if (f?.kinds?.length) qb.andWhere('o.kind IN (:...fKinds)', { fKinds: f.kinds });
    if (f?.statusKind) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM (${ORGANIZATION_STATUSES_SQL}) fs WHERE fs.organization_id = o.id AND fs.kind = CAST(:fStatus AS text)
                 AND (CAST(:fYear AS int) IS NULL OR fs.year = CAST(:fYear AS int)))`,
        { fStatus: f.statusKind, fYear: f.statusYear ?? null },
      );
    }
    if (f?.search?.trim()) {
      qb.andWhere(`(o.name ILIKE :fSearch OR o.short_name ILIKE :fSearch OR o.inn LIKE :fSearchRaw)`, {
        fSearch: `%${escapeLike(f.search.trim())}%`,
        fSearchRaw: `${escapeLike(f.search.trim())}%`,
      });
    }
    return qb;
  }

  /**
   * A page of organisations; with `prefetch`, the same statement also reads what the page's fields ask for (the
   * municipality, the statuses, the staff count: `OrganizationPageExtras`), exactly as `municipalitiesByIds`,
   * `statusesOf` and `staffCounts` read them, so the page costs one statement instead of four.
   */
  async page(
    m: EntityManager,
    scope: AccessScope,
    f: OrganizationFilter | undefined,
    order: OrganizationOrder | undefined,
    page: PageRequest,
    prefetch: OrganizationPrefetch = {},
  ): Promise<Connection<OrganizationEntity> & { extras: Map<string, OrganizationPageExtras> }> {
    const extras: Record<string, string> = {};
    if (prefetch.staffCount) extras['staff_count'] = STAFF_COUNT_SQL;
    if (prefetch.statuses) {
      extras['statuses'] = `(SELECT COALESCE(json_agg(json_build_object('id', st.id, 'organizationId', st.organization_id, 'kind', st.kind, 'year', st.year,
                                   'source', st.source, 'siteId', st.site_id) ORDER BY st.year DESC, st.kind ASC), '[]'::json)
                           FROM (${ORGANIZATION_STATUSES_SQL}) st WHERE st.organization_id = o.id)`;
    }
    if (prefetch.municipality) {
      extras['municipality'] = `(SELECT json_build_object('id', pm.id, 'regionId', pm.region_id, 'name', pm.name, 'kind', pm.kind, 'oktmo', pm.oktmo,
                                  'archivedAt', pm.archived_at, 'mergedIntoId', pm.merged_into_id, 'mergedAt', pm.merged_at, 'createdAt', pm.created_at)
                               FROM municipality pm WHERE pm.id = o.municipality_id)`;
    }
    const qb = this.filtered(m, scope, f);
    // Only the columns the page's fields need, when the caller says which (the id always: cursor, extras).
    if (prefetch.columns) qb.select([...new Set<keyof OrganizationEntity>(['id', ...prefetch.columns])].sort().map((c) => `o.${c}`));
    // A named prepared statement, as the people list's (common/pagination/order.ts): parsed and planned once per connection.
    const r = await orderedPage(qb, 'o.id', ORDER, order ?? ORGANIZATION_DEFAULT_ORDER, page, extras, { prepared: true });
    const date = (v: unknown): Date | null => (v == null ? null : new Date(String(v)));
    const out = new Map<string, OrganizationPageExtras>();
    // A page's rows share few municipalities: each is built once (the loader keeps the first primed value anyway).
    const municipalities = new Map<string, MunicipalityEntity>();
    for (const [id, x] of r.extras) {
      const e: OrganizationPageExtras = {};
      if ('staff_count' in x) e.staffCount = Number(x['staff_count']);
      if ('statuses' in x) e.statuses = x['statuses'] as OrganizationStatusRow[];
      const mu = x['municipality'] as (Record<string, unknown> & { id: string }) | null | undefined;
      if (mu) {
        let m = municipalities.get(mu.id);
        if (!m) {
          m = Object.assign(new MunicipalityEntity(), mu, { archivedAt: date(mu['archivedAt']), mergedAt: date(mu['mergedAt']), createdAt: date(mu['createdAt']) });
          municipalities.set(mu.id, m);
        }
        e.municipality = m;
      }
      out.set(id, e);
    }
    return { ...r, extras: out };
  }

  findInScope(m: EntityManager, scope: AccessScope, id: string): Promise<OrganizationEntity | null> {
    return this.scoped(m, scope).andWhere('o.id = :id', { id }).getOne();
  }

  /** For update: locks the row so concurrent edits queue instead of overwriting each other. */
  findInScopeForUpdate(m: EntityManager, scope: AccessScope, id: string): Promise<OrganizationEntity | null> {
    return this.scoped(m, scope).andWhere('o.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /** Which of these organisations lie inside the scope. */
  async idsInScope(m: EntityManager, scope: AccessScope, ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.scoped(m, scope).andWhere('o.id IN (:...ids)', { ids }).select('o.id', 'id').getRawMany<{ id: string }>();
    return new Set(rows.map((r) => r.id));
  }

  byIdsInScope(m: EntityManager, scope: AccessScope, ids: readonly string[]): Promise<OrganizationEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.scoped(m, scope).andWhere('o.id IN (:...ids)', { ids }).getMany();
  }

  byIds(m: EntityManager, ids: readonly string[]): Promise<OrganizationEntity[]> {
    return m.getRepository(OrganizationEntity).findBy({ id: In([...ids]) });
  }

  async insert(m: EntityManager, values: Partial<OrganizationEntity>): Promise<OrganizationEntity> {
    const res = await m.getRepository(OrganizationEntity).insert(values);
    const id = (res.identifiers[0] as { id: string }).id;
    return m.getRepository(OrganizationEntity).findOneByOrFail({ id });
  }

  async update(m: EntityManager, id: string, values: Partial<OrganizationEntity>): Promise<OrganizationEntity> {
    if (Object.keys(values).length) await m.getRepository(OrganizationEntity).update({ id }, values);
    return m.getRepository(OrganizationEntity).findOneByOrFail({ id });
  }

  /** Statuses entered and derived from live staging sites (`siteId` set), newest year first: the one read model. */
  async statusesOf(m: EntityManager, organizationIds: readonly string[]): Promise<OrganizationStatusRow[]> {
    if (!organizationIds.length) return [];
    const rows: { id: string; organization_id: string; kind: string; year: number; source: string | null; site_id: string | null }[] = await m.query(
      `SELECT * FROM (${ORGANIZATION_STATUSES_SQL}) st WHERE st.organization_id = ANY($1::uuid[]) ORDER BY st.year DESC, st.kind ASC`,
      [organizationIds],
    );
    return rows.map((r) => ({ id: r.id, organizationId: r.organization_id, kind: r.kind as OrganizationStatusKind, year: r.year, source: r.source, siteId: r.site_id }));
  }

  async replaceStatuses(m: EntityManager, organizationId: string, statuses: { kind: string; year: number; source?: string | null }[]): Promise<void> {
    await m.getRepository(OrganizationStatusEntity).delete({ organizationId });
    if (statuses.length) {
      await m.getRepository(OrganizationStatusEntity).insert(
        statuses.map((s) => ({ organizationId, kind: s.kind as OrganizationStatusEntity['kind'], year: s.year, source: s.source ?? null })),
      );
    }
  }

  /**
   * Active people with a position at each organisation, in one statement: counted per organisation of the page
   * (index on position.organization_id, then the person by its key), never by joining every person of the registry.
   */
  async staffCounts(m: EntityManager, organizationIds: readonly string[]): Promise<Map<string, number>> {
    if (!organizationIds.length) return new Map();
    const rows: { organization_id: string; n: string }[] = await m.query(
      `SELECT o.id AS organization_id,
              (SELECT count(DISTINCT p.person_id) FROM position p
                 WHERE p.organization_id = o.id
                   AND EXISTS (SELECT 1 FROM person pe WHERE pe.id = p.person_id AND pe.archived_at IS NULL)) AS n
         FROM unnest($1::uuid[]) AS o(id)`,
      [organizationIds],
    );
    return new Map(rows.map((r) => [r.organization_id, Number(r.n)]));
  }
}

export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
