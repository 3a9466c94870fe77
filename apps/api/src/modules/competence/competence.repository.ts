import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Connection } from '../../common/pagination/connection';
import { VERSION_STATUS_LABELS } from '@metodset/shared';
import { byLabel, orderedPage, OrderColumns, PageRequest, SortDirection } from '../../common/pagination/order';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { escapeLike } from '../organization/organization.repository';
import { CompetenceAreaEntity } from './competence-area.entity';
import { CompetenceIndicatorEntity } from './competence-indicator.entity';
import { CompetenceEntity } from './competence.entity';
import { AreaNode } from './case/case-format';
import { CompetencyFrameworkEntity } from './competency-framework.entity';
import { FrameworkFilter, FrameworkOrder, FrameworkOrderField } from './dto/competence.args';

/** By code, the newest version first: the code, then the version counted down, in one sortable key. */
/** A code with its newest version first (frameworks, instruments). */
export const versionKeySql = (alias: string) => `(${alias}.code || ' ' || lpad(CAST(1000000 - ${alias}.version AS text), 7, '0'))`;
const ORDER: OrderColumns<FrameworkOrderField> = {
  CODE: { sql: versionKeySql('cf'), type: 'text' },
  NAME: { sql: 'cf.name', type: 'text' },
  STATUS: { sql: byLabel('cf.status', VERSION_STATUS_LABELS), type: 'text' },
  COMPETENCE_COUNT: { sql: '(SELECT count(*) FROM competence cfc WHERE cfc.framework_id = cf.id)', type: 'int' },
};
const DEFAULT_ORDER: FrameworkOrder = { field: FrameworkOrderField.CODE, direction: SortDirection.ASC };

type Child = CompetenceAreaEntity | CompetenceEntity | CompetenceIndicatorEntity;

/**
 * Competency frameworks and their tree. Reference data of the region: everyone with COMPETENCE_READ sees every
 * framework, so there is no scope condition here.
 */
@Injectable()
export class CompetenceRepository {
  pageFrameworks(m: EntityManager, f: FrameworkFilter | undefined, order: FrameworkOrder | undefined, page: PageRequest): Promise<Connection<CompetencyFrameworkEntity>> {
    const qb = m.getRepository(CompetencyFrameworkEntity).createQueryBuilder('cf');
    const archived = f?.archived ?? ArchiveFilter.ACTIVE;
    if (archived === ArchiveFilter.ACTIVE) qb.andWhere('cf.archived_at IS NULL');
    if (archived === ArchiveFilter.ARCHIVED) qb.andWhere('cf.archived_at IS NOT NULL');
    if (f?.status) qb.andWhere('cf.status = :fStatus', { fStatus: f.status });
    if (f?.search?.trim()) qb.andWhere('(cf.name ILIKE :fSearch OR cf.code ILIKE :fSearch)', { fSearch: `%${escapeLike(f.search.trim())}%` });
    return orderedPage(qb, 'cf.id', ORDER, order ?? DEFAULT_ORDER, page);
  }

  findFramework(m: EntityManager, id: string, lock = false): Promise<CompetencyFrameworkEntity | null> {
    const qb = m.getRepository(CompetencyFrameworkEntity).createQueryBuilder('cf').where('cf.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  frameworksByIds(m: EntityManager, ids: readonly string[]): Promise<CompetencyFrameworkEntity[]> {
    return ids.length ? m.getRepository(CompetencyFrameworkEntity).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /** Every version of a code, locked: versioning of one code is serialised (also while the code is still unused). */
  async lockVersions(m: EntityManager, code: string): Promise<CompetencyFrameworkEntity[]> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('competency_framework:' || $1))`, [code]);
    return m.getRepository(CompetencyFrameworkEntity).createQueryBuilder('cf').where('cf.code = :code', { code }).orderBy('cf.version', 'ASC').setLock('pessimistic_write').getMany();
  }

  async insertFramework(m: EntityManager, values: Partial<CompetencyFrameworkEntity>): Promise<CompetencyFrameworkEntity> {
    const res = await m.getRepository(CompetencyFrameworkEntity).insert(values);
    return m.getRepository(CompetencyFrameworkEntity).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id });
  }

  async updateFramework(m: EntityManager, id: string, values: Partial<CompetencyFrameworkEntity>): Promise<CompetencyFrameworkEntity> {
    if (Object.keys(values).length) await m.getRepository(CompetencyFrameworkEntity).update({ id }, values);
    return m.getRepository(CompetencyFrameworkEntity).findOneByOrFail({ id });
  }

  /** Retires the published versions of a code other than `keepId`. */
  async retireOthers(m: EntityManager, code: string, keepId: string): Promise<string[]> {
    const rows: [{ id: string }[], number] = await m.query(
      `UPDATE competency_framework SET status = 'RETIRED', updated_at = now() WHERE code = $1 AND id <> $2 AND status = 'PUBLISHED' RETURNING id`,
      [code, keepId],
    );
    return rows[0].map((r) => r.id);
  }

  /** Copies areas, competences and indicators with the same codes (codes are unique within their parent). */
  async copyTree(m: EntityManager, fromId: string, toId: string): Promise<void> {
    await m.query(
      'INSERT INTO competence_area (framework_id, code, name, position, case_identifier) SELECT $2, code, name, position, case_identifier FROM competence_area WHERE framework_id = $1',
      [fromId, toId],
    );
    await m.query(
      `INSERT INTO competence (framework_id, area_id, code, name, description, position, case_identifier)
       SELECT $2, na.id, c.code, c.name, c.description, c.position, c.case_identifier
         FROM competence c JOIN competence_area oa ON oa.id = c.area_id JOIN competence_area na ON na.framework_id = $2 AND na.code = oa.code
        WHERE c.framework_id = $1`,
      [fromId, toId],
    );
    await m.query(
      `INSERT INTO competence_indicator (competence_id, code, name, position, case_identifier)
       SELECT nc.id, i.code, i.name, i.position, i.case_identifier
         FROM competence_indicator i JOIN competence oc ON oc.id = i.competence_id JOIN competence nc ON nc.framework_id = $2 AND nc.code = oc.code
        WHERE oc.framework_id = $1`,
      [fromId, toId],
    );
  }

  /** A framework's whole tree, in order, in three statements (areas, competences, indicators). */
  async tree(m: EntityManager, frameworkId: string): Promise<{ areas: CompetenceAreaEntity[]; competences: CompetenceEntity[]; indicators: CompetenceIndicatorEntity[] }> {
    const areas = await this.areasOf(m, [frameworkId]);
    const competences = await this.competencesOfAreas(m, areas.map((a) => a.id));
    const indicators = await this.indicatorsOf(m, competences.map((c) => c.id));
    return { areas, competences, indicators };
  }

  /** Writes an imported tree under a new framework: one INSERT per level, whatever the size. */
  async insertTree(m: EntityManager, frameworkId: string, areas: AreaNode[]): Promise<void> {
    if (!areas.length) return;
    const areaIds = await this.insertReturningIds(m, CompetenceAreaEntity, areas.map((a, position) => ({ frameworkId, code: a.code, name: a.name, position, caseIdentifier: a.caseId ?? null })));
    const competences = areas.flatMap((a, ai) =>
      a.competences.map((c, position) => ({ c, row: { frameworkId, areaId: areaIds[ai], code: c.code, name: c.name, description: c.description, position, caseIdentifier: c.caseId ?? null } })),
    );
    if (!competences.length) return;
    const competenceIds = await this.insertReturningIds(m, CompetenceEntity, competences.map((x) => x.row));
    const indicators = competences.flatMap((x, ci) => x.c.indicators.map((i, position) => ({ competenceId: competenceIds[ci], code: i.code, name: i.name, position, caseIdentifier: i.caseId ?? null })));
    if (indicators.length) await this.insertReturningIds(m, CompetenceIndicatorEntity, indicators);
  }

  /** The newest version of the framework imported from this CASE document, if any. */
  latestByCaseIdentifier(m: EntityManager, caseIdentifier: string): Promise<CompetencyFrameworkEntity | null> {
    return m.getRepository(CompetencyFrameworkEntity).findOne({ where: { caseIdentifier }, order: { version: 'DESC' } });
  }

  /**
   * Brings a DRAFT framework's tree to an imported one, matching items by their CASE identifiers: a matched item is
   * updated in place (same row, so what refers to it stays), a new one inserted, one the package no longer holds
   * deleted. Removals first (codes of removed items are free for new ones), areas last (after their kept
   * competences moved). Runs inside the import's transaction.
   */
  async updateTreeByCaseIds(m: EntityManager, frameworkId: string, areas: AreaNode[]): Promise<void> {
    const held = await this.tree(m, frameworkId);
    const wanted = new Set(areas.flatMap((a) => [a.caseId, ...a.competences.flatMap((c) => [c.caseId, ...c.indicators.map((i) => `${c.caseId}>${i.caseId}`)])]));
    const competenceCase = new Map(held.competences.map((c) => [c.id, c.caseIdentifier]));
    const goneIndicators = held.indicators.filter((i) => !i.caseIdentifier || !wanted.has(`${competenceCase.get(i.competenceId)}>${i.caseIdentifier}`)).map((i) => i.id);
    const goneCompetences = held.competences.filter((c) => !c.caseIdentifier || !wanted.has(c.caseIdentifier)).map((c) => c.id);
    if (goneIndicators.length) await m.getRepository(CompetenceIndicatorEntity).delete({ id: In(goneIndicators) });
    if (goneCompetences.length) await m.getRepository(CompetenceEntity).delete({ id: In(goneCompetences) });
    const byCase = <T extends { caseIdentifier: string | null }>(rows: T[]) => new Map(rows.filter((r) => r.caseIdentifier).map((r) => [r.caseIdentifier as string, r]));
    const heldAreas = byCase(held.areas);
    const heldCompetences = byCase(held.competences.filter((c) => !goneCompetences.includes(c.id)));
    const keptAreas = new Set<string>();
    for (const [ai, a] of areas.entries()) {
      const h = a.caseId ? heldAreas.get(a.caseId) : undefined;
      const areaId = h ? h.id : (await this.insertReturningIds(m, CompetenceAreaEntity, [{ frameworkId, code: a.code, name: a.name, position: ai, caseIdentifier: a.caseId ?? null }]))[0]!;
      if (h) await m.getRepository(CompetenceAreaEntity).update(h.id, { code: a.code, name: a.name, position: ai });
      keptAreas.add(areaId);
      for (const [ci, c] of a.competences.entries()) {
        const hc = c.caseId ? heldCompetences.get(c.caseId) : undefined;
        const values = { areaId, code: c.code, name: c.name, description: c.description, position: ci };
        const competenceId = hc ? hc.id : (await this.insertReturningIds(m, CompetenceEntity, [{ frameworkId, ...values, caseIdentifier: c.caseId ?? null }]))[0]!;
        if (hc) await m.getRepository(CompetenceEntity).update(hc.id, values);
        const heldIndicators = byCase(held.indicators.filter((i) => i.competenceId === competenceId && !goneIndicators.includes(i.id)));
        for (const [ii, i] of c.indicators.entries()) {
          const hi = i.caseId ? heldIndicators.get(i.caseId) : undefined;
          if (hi) await m.getRepository(CompetenceIndicatorEntity).update(hi.id, { code: i.code, name: i.name, position: ii });
          else await this.insertReturningIds(m, CompetenceIndicatorEntity, [{ competenceId, code: i.code, name: i.name, position: ii, caseIdentifier: i.caseId ?? null }]);
        }
      }
    }
    const goneAreas = held.areas.filter((a) => !keptAreas.has(a.id)).map((a) => a.id);
    if (goneAreas.length) await m.getRepository(CompetenceAreaEntity).delete({ id: In(goneAreas) });
  }

  private async insertReturningIds<E extends Child>(m: EntityManager, entity: new () => E, rows: Partial<E>[]): Promise<string[]> {
    const res = await m.getRepository(entity).insert(rows as never);
    return res.identifiers.map((x) => (x as { id: string }).id);
  }

  async competenceCounts(m: EntityManager, frameworkIds: readonly string[]): Promise<Map<string, number>> {
    if (!frameworkIds.length) return new Map();
    const rows: { framework_id: string; n: string }[] = await m.query(
      'SELECT framework_id, count(*) AS n FROM competence WHERE framework_id = ANY($1::uuid[]) GROUP BY framework_id',
      [frameworkIds],
    );
    return new Map(rows.map((r) => [r.framework_id, Number(r.n)]));
  }

  // The tree, batched per level.
  areasOf(m: EntityManager, frameworkIds: readonly string[]): Promise<CompetenceAreaEntity[]> {
    if (!frameworkIds.length) return Promise.resolve([]);
    return m.getRepository(CompetenceAreaEntity).find({ where: { frameworkId: In([...frameworkIds]) }, order: { position: 'ASC', code: 'ASC' } });
  }

  competencesOfAreas(m: EntityManager, areaIds: readonly string[]): Promise<CompetenceEntity[]> {
    if (!areaIds.length) return Promise.resolve([]);
    return m.getRepository(CompetenceEntity).find({ where: { areaId: In([...areaIds]) }, order: { position: 'ASC', code: 'ASC' } });
  }

  competencesOf(m: EntityManager, frameworkId: string): Promise<CompetenceEntity[]> {
    return m.getRepository(CompetenceEntity).find({ where: { frameworkId }, order: { code: 'ASC' } });
  }

  indicatorsOf(m: EntityManager, competenceIds: readonly string[]): Promise<CompetenceIndicatorEntity[]> {
    if (!competenceIds.length) return Promise.resolve([]);
    return m.getRepository(CompetenceIndicatorEntity).find({ where: { competenceId: In([...competenceIds]) }, order: { position: 'ASC', code: 'ASC' } });
  }

  competencesByIds(m: EntityManager, ids: readonly string[]): Promise<CompetenceEntity[]> {
    return ids.length ? m.getRepository(CompetenceEntity).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  area = (m: EntityManager, id: string) => m.getRepository(CompetenceAreaEntity).findOneBy({ id });
  competence = (m: EntityManager, id: string) => m.getRepository(CompetenceEntity).findOneBy({ id });
  indicator = (m: EntityManager, id: string) => m.getRepository(CompetenceIndicatorEntity).findOneBy({ id });

  /** The next free position under a parent (areas of a framework, competences of an area, indicators of a competence). */
  async nextPosition(m: EntityManager, table: 'competence_area' | 'competence' | 'competence_indicator', parentColumn: string, parentId: string): Promise<number> {
    const [row]: { n: number }[] = await m.query(`SELECT COALESCE(MAX(position), 0) + 1 AS n FROM ${table} WHERE ${parentColumn} = $1`, [parentId]);
    return Number(row.n);
  }

  async insertChild<E extends Child>(m: EntityManager, entity: new () => E, values: Partial<E>): Promise<void> {
    await m.getRepository(entity).insert(values as never);
  }

  async updateChild<E extends Child>(m: EntityManager, entity: new () => E, id: string, values: Partial<E>): Promise<void> {
    if (Object.keys(values).length) await m.getRepository(entity).update({ id } as never, values as never);
  }

  async deleteChild<E extends Child>(m: EntityManager, entity: new () => E, id: string): Promise<void> {
    await m.getRepository(entity).delete({ id } as never);
  }

  /** How many instrument items and results refer to a competence (a draft's competences normally have none). */
  async competenceInUse(m: EntityManager, competenceIds: readonly string[]): Promise<boolean> {
    if (!competenceIds.length) return false;
    const [row]: { used: boolean }[] = await m.query(
      `SELECT EXISTS (SELECT 1 FROM diagnostic_item WHERE competence_id = ANY($1::uuid[]))
           OR EXISTS (SELECT 1 FROM diagnostic_scoring_rule WHERE competence_id = ANY($1::uuid[])) AS used`,
      [competenceIds],
    );
    return row.used;
  }
}
