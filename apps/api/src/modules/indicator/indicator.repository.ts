import { Injectable } from '@nestjs/common';
import { INDICATOR_KIND_LABELS, INDICATOR_UNIT_LABELS, IndicatorOwnerKind, IndicatorValueSource } from '@metodset/shared';
import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { indicatorReadCondition, indicatorValueReadCondition } from '../../common/access/rules/indicator.rules';
import { Connection } from '../../common/pagination/connection';
import { byLabel, orderedPage, OrderColumns, PageRequest, SortDirection } from '../../common/pagination/order';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { escapeLike } from '../organization/organization.repository';
import { IndicatorFilter, IndicatorOrder, IndicatorOrderField } from './dto/indicators.args';
import { IndicatorTargetEntity } from './indicator-target.entity';
import { IndicatorValueEntity } from './indicator-value.entity';
import { IndicatorEntity } from './indicator.entity';
import { OWNER_COLUMN, OWNER_NAME_SQL, OWNER_TABLE } from './indicator-owner';
import { IndicatorOwnerRef } from './computed-value-source';
import { ImportOrganization } from './indicator-import';

const ORDER: OrderColumns<IndicatorOrderField> = {
  NAME: { sql: 'i.name', type: 'text' },
  OWNER: { sql: OWNER_NAME_SQL('i'), type: 'text', nulls: '' },
  UNIT: { sql: byLabel('i.unit', INDICATOR_UNIT_LABELS), type: 'text' },
  KIND: { sql: byLabel('i.kind', INDICATOR_KIND_LABELS), type: 'text' },
  BASELINE_YEAR: { sql: 'i.baseline_year', type: 'int', nulls: 0 },
  UPDATED_AT: { sql: 'i.updated_at', type: 'timestamptz' },
};
const DEFAULT_ORDER: IndicatorOrder = { field: IndicatorOrderField.OWNER, direction: SortDirection.ASC };

/** A target as the summaries read it. */
export interface IndicatorTargetRow {
  indicatorId: string;
  year: number;
  value: number;
  valueText: string;
}

/** A live total of the owner as the summaries read it. */
export interface IndicatorTotalRow {
  indicatorId: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  source: IndicatorValueSource;
  sourceText: string;
  illustrative: boolean;
  enteredAt: Date;
}

export interface OwnerNameRow {
  id: string;
  ownerName: string;
}

/** All SQL of indicators: the scope through `indicatorReadCondition`, targets and values in batches. */
@Injectable()
export class IndicatorRepository {
  private scoped(m: EntityManager, scope: AccessScope, callerPersonId: string | null): SelectQueryBuilder<IndicatorEntity> {
    const cond = indicatorReadCondition(scope, 'i');
    return m.getRepository(IndicatorEntity).createQueryBuilder('i').where(cond.sql, { ...cond.params, callerPersonId });
  }

  private filtered(m: EntityManager, scope: AccessScope, callerPersonId: string | null, f: IndicatorFilter | undefined): SelectQueryBuilder<IndicatorEntity> {
    const qb = this.scoped(m, scope, callerPersonId);
    const archived = f?.archived ?? ArchiveFilter.ACTIVE;
    if (archived === ArchiveFilter.ACTIVE) qb.andWhere('i.archived_at IS NULL');
    if (archived === ArchiveFilter.ARCHIVED) qb.andWhere('i.archived_at IS NOT NULL');
    if (f?.ownerKind) qb.andWhere(`i.${OWNER_COLUMN[f.ownerKind]} IS NOT NULL`);
    if (f?.ownerKind && f.ownerId) qb.andWhere(`i.${OWNER_COLUMN[f.ownerKind]} = :fOwner`, { fOwner: f.ownerId });
    if (f?.unit) qb.andWhere('i.unit = :fUnit', { fUnit: f.unit });
    if (f?.kind) qb.andWhere('i.kind = :fKind', { fKind: f.kind });
    if (f?.search?.trim()) qb.andWhere('(i.name ILIKE :fSearch OR i.section ILIKE :fSearch)', { fSearch: `%${escapeLike(f.search.trim())}%` });
    return qb;
  }

  /** A page of indicators in scope; `onlyIds` narrows it (the status filter, decided by the reader). */
  page(m: EntityManager, scope: AccessScope, callerPersonId: string | null, f: IndicatorFilter | undefined, order: IndicatorOrder | undefined, page: PageRequest, onlyIds?: readonly string[]): Promise<Connection<IndicatorEntity>> {
    const qb = this.filtered(m, scope, callerPersonId, f);
    if (onlyIds) qb.andWhere('i.id = ANY(CAST(:onlyIds AS uuid[]))', { onlyIds });
    return orderedPage(qb, 'i.id', ORDER, order ?? DEFAULT_ORDER, page);
  }

  /** Every indicator in scope matching the filter (no paging: to decide a status filter). */
  all(m: EntityManager, scope: AccessScope, callerPersonId: string | null, f: IndicatorFilter | undefined): Promise<IndicatorEntity[]> {
    return this.filtered(m, scope, callerPersonId, f).getMany();
  }

  findInScope(m: EntityManager, scope: AccessScope, callerPersonId: string | null, id: string, lock = false): Promise<IndicatorEntity | null> {
    const qb = this.scoped(m, scope, callerPersonId).andWhere('i.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /** Live indicators of these owners in scope, in the owner's order. */
  ofOwners(m: EntityManager, scope: AccessScope, callerPersonId: string | null, owners: readonly IndicatorOwnerRef[]): Promise<IndicatorEntity[]> {
    if (!owners.length) return Promise.resolve([]);
    const qb = this.scoped(m, scope, callerPersonId).andWhere('i.archived_at IS NULL');
    const parts: string[] = [];
    owners.forEach((o, n) => parts.push(`i.${OWNER_COLUMN[o.kind]} = CAST(:own${n} AS uuid)`));
    qb.andWhere(`(${parts.join(' OR ')})`, Object.fromEntries(owners.map((o, n) => [`own${n}`, o.id])));
    return qb.orderBy('i.position', 'ASC').addOrderBy('i.name', 'ASC').addOrderBy('i.id', 'ASC').getMany();
  }

  byIdsInScope(m: EntityManager, scope: AccessScope, callerPersonId: string | null, ids: readonly string[]): Promise<IndicatorEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.scoped(m, scope, callerPersonId).andWhere('i.id = ANY(CAST(:ids AS uuid[]))', { ids }).getMany();
  }

  /** The targets of these indicators, earliest year first: the columns the summaries read, as plain rows. */
  targetsOf(m: EntityManager, indicatorIds: readonly string[]): Promise<IndicatorTargetRow[]> {
    if (!indicatorIds.length) return Promise.resolve([]);
    return m
      .query(
        `SELECT t.indicator_id AS "indicatorId", t.year, t.value, t.value_text AS "valueText"
           FROM indicator_target t WHERE t.indicator_id = ANY($1::uuid[]) ORDER BY t.year`,
        [indicatorIds],
      )
      .then((rows: (Omit<IndicatorTargetRow, 'value'> & { value: string })[]) => rows.map((r) => ({ ...r, value: Number(r.value) })));
  }

  /**
   * Live totals (values of the whole owner, no school) of these indicators, oldest period first: the columns the
   * summaries read, as plain rows (a dashboard reads hundreds; entities parsed four timestamps a row).
   */
  totalsOf(m: EntityManager, indicatorIds: readonly string[]): Promise<IndicatorTotalRow[]> {
    if (!indicatorIds.length) return Promise.resolve([]);
    return m
      .query(
        `SELECT v.indicator_id AS "indicatorId", to_char(v.period_start, 'YYYY-MM-DD') AS "periodStart", to_char(v.period_end, 'YYYY-MM-DD') AS "periodEnd",
                v.value, v.source, v.source_text AS "sourceText", v.illustrative, v.entered_at AS "enteredAt"
           FROM indicator_value v
          WHERE v.indicator_id = ANY($1::uuid[]) AND v.organization_id IS NULL AND v.archived_at IS NULL
          ORDER BY v.period_end, v.period_start`,
        [indicatorIds],
      )
      .then((rows: (Omit<IndicatorTotalRow, 'value'> & { value: string })[]) => rows.map((r) => ({ ...r, value: Number(r.value) })));
  }

  /** Values of an indicator the caller may read (totals, and schools' values of schools in scope). */
  valuesOf(m: EntityManager, scope: AccessScope, indicatorId: string, archived: ArchiveFilter): Promise<IndicatorValueEntity[]> {
    const cond = indicatorValueReadCondition(scope, 'v');
    const qb = m.getRepository(IndicatorValueEntity).createQueryBuilder('v').leftJoinAndSelect('v.organization', 'vo').where('v.indicator_id = :indicatorId', { indicatorId }).andWhere(cond.sql, cond.params);
    if (archived === ArchiveFilter.ACTIVE) qb.andWhere('v.archived_at IS NULL');
    if (archived === ArchiveFilter.ARCHIVED) qb.andWhere('v.archived_at IS NOT NULL');
    return qb.orderBy('v.period_end', 'DESC').addOrderBy('v.period_start', 'DESC').addOrderBy('v.organization_id', 'ASC', 'NULLS FIRST').addOrderBy('v.id', 'ASC').getMany();
  }

  async ownerNames(m: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows: OwnerNameRow[] = await m.query(`SELECT i.id, ${OWNER_NAME_SQL('i')} AS "ownerName" FROM indicator i WHERE i.id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, r.ownerName]));
  }

  /** The owner exists and the caller would see an indicator of it (the indicator's own read rule, on a would-be row). */
  async ownerVisible(m: EntityManager, scope: AccessScope, callerPersonId: string | null, kind: IndicatorOwnerKind, id: string): Promise<boolean> {
    const cond = indicatorReadCondition(scope, 'io');
    // The rule's columns of the would-be indicator `io`: the owner's column holds the owner, the others are null.
    const sql = cond.sql.replace(/\bio\.(\w+)/g, (_, col: string) => (col === OWNER_COLUMN[kind] ? 'CAST(:ownerId AS uuid)' : 'NULL::uuid'));
    const row: unknown = await m
      .createQueryBuilder()
      .select('1', 'ok')
      .from(OWNER_TABLE[kind], 'ox')
      .where('ox.id = CAST(:ownerId AS uuid)')
      .andWhere(sql, { ...cond.params, callerPersonId, ownerId: id })
      .getRawOne();
    return !!row;
  }

  async ownerExists(m: EntityManager, kind: IndicatorOwnerKind, id: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM ${OWNER_TABLE[kind]} WHERE id = $1`, [id]);
    return rows.length > 0;
  }
  // ---- writes --------------------------------------------------------------------------------------------------

  insertIndicator(m: EntityManager, fields: Partial<IndicatorEntity>): Promise<IndicatorEntity> {
    const repo = m.getRepository(IndicatorEntity);
    return repo.save(repo.create(fields));
  }

  async updateIndicator(m: EntityManager, id: string, fields: Partial<IndicatorEntity>): Promise<void> {
    await m.getRepository(IndicatorEntity).update({ id }, fields);
  }

  /** The targets become exactly these (one statement to clear, one to insert). */
  async replaceTargets(m: EntityManager, indicatorId: string, targets: readonly { year: number; value: number; text: string }[]): Promise<void> {
    await m.getRepository(IndicatorTargetEntity).delete({ indicatorId });
    if (targets.length) await m.getRepository(IndicatorTargetEntity).insert(targets.map((t) => ({ indicatorId, year: t.year, value: t.value, valueText: t.text })));
  }

  findValue(m: EntityManager, id: string): Promise<IndicatorValueEntity | null> {
    return m.getRepository(IndicatorValueEntity).findOne({ where: { id }, relations: { organization: true } });
  }

  async insertValue(m: EntityManager, fields: Partial<IndicatorValueEntity>): Promise<IndicatorValueEntity> {
    const repo = m.getRepository(IndicatorValueEntity);
    const saved = await repo.save(repo.create(fields));
    return (await this.findValue(m, saved.id))!;
  }

  async insertValues(m: EntityManager, rows: Partial<IndicatorValueEntity>[]): Promise<void> {
    if (rows.length) await m.getRepository(IndicatorValueEntity).insert(rows);
  }

  async updateValue(m: EntityManager, id: string, fields: Partial<IndicatorValueEntity>): Promise<IndicatorValueEntity> {
    await m.getRepository(IndicatorValueEntity).update({ id }, fields);
    return (await this.findValue(m, id))!;
  }

  async archiveValues(m: EntityManager, ids: readonly string[]): Promise<void> {
    if (ids.length) await m.getRepository(IndicatorValueEntity).update({ id: In([...ids]) }, { archivedAt: new Date() });
  }

  /** Live values of an indicator (totals and schools'), to tell which imported rows replace one. */
  liveValues(m: EntityManager, indicatorId: string): Promise<IndicatorValueEntity[]> {
    return m.getRepository(IndicatorValueEntity).createQueryBuilder('v').where('v.indicator_id = :indicatorId', { indicatorId }).andWhere('v.archived_at IS NULL').getMany();
  }

  /** Organisations in scope an import names by ИНН, full or short name (case and «ё» aside). */
  organizationsByKeys(m: EntityManager, scope: AccessScope, keys: readonly string[]): Promise<ImportOrganization[]> {
    if (!keys.length) return Promise.resolve([]);
    const c = scope.organizationCondition('o');
    const norm = (x: string) => `lower(replace(btrim(${x}), 'ё', 'е'))`;
    return m
      .createQueryBuilder()
      .select(['o.id AS id', 'o.name AS name', 'o.short_name AS "shortName"', 'o.inn AS inn'])
      .from('organization', 'o')
      .where(c.sql, c.params)
      .andWhere(`(o.inn = ANY(CAST(:keys AS text[])) OR ${norm('o.name')} = ANY(CAST(:normKeys AS text[])) OR ${norm('o.short_name')} = ANY(CAST(:normKeys AS text[])))`, {
        keys: keys.map((k) => k.trim()),
        normKeys: keys.map((k) => k.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ')),
      })
      .andWhere('o.archived_at IS NULL')
      .getRawMany<ImportOrganization>();
  }
}
