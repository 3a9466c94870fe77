import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Connection } from '../../common/pagination/connection';
import { VERSION_STATUS_LABELS } from '@metodset/shared';
import { versionKeySql } from '../competence/competence.repository';
import { byLabel, orderedPage, OrderColumns, PageRequest, SortDirection } from '../../common/pagination/order';
import { ArchiveFilter } from '../organization/dto/organizations.args';
import { escapeLike } from '../organization/organization.repository';
import { DiagnosticInstrumentEntity } from './diagnostic-instrument.entity';
import { DiagnosticItemEntity } from './diagnostic-item.entity';
import { DiagnosticScoringRuleEntity } from './diagnostic-scoring-rule.entity';
import { InstrumentFilter, InstrumentOrder, InstrumentOrderField } from './dto/instrument.args';
import { NormalizedItem, RuleDraft } from './instrument-rules';

const ORDER: OrderColumns<InstrumentOrderField> = {
  CODE: { sql: versionKeySql('di'), type: 'text' },
  NAME: { sql: 'di.name', type: 'text' },
  FRAMEWORK: { sql: `(SELECT ${versionKeySql('dif')} FROM competency_framework dif WHERE dif.id = di.framework_id)`, type: 'text', nulls: '' },
  STATUS: { sql: byLabel('di.status', VERSION_STATUS_LABELS), type: 'text' },
  ITEM_COUNT: { sql: '(SELECT count(*) FROM diagnostic_item dic WHERE dic.instrument_id = di.id)', type: 'int' },
};
const DEFAULT_ORDER: InstrumentOrder = { field: InstrumentOrderField.CODE, direction: SortDirection.ASC };

/** The bank of diagnostic methods: reference data everyone reads, so no scope condition. */
@Injectable()
export class InstrumentRepository {
  pageInstruments(m: EntityManager, f: InstrumentFilter | undefined, order: InstrumentOrder | undefined, page: PageRequest): Promise<Connection<DiagnosticInstrumentEntity>> {
    const qb = m.getRepository(DiagnosticInstrumentEntity).createQueryBuilder('di');
    const archived = f?.archived ?? ArchiveFilter.ACTIVE;
    if (archived === ArchiveFilter.ACTIVE) qb.andWhere('di.archived_at IS NULL');
    if (archived === ArchiveFilter.ARCHIVED) qb.andWhere('di.archived_at IS NOT NULL');
    if (f?.status) qb.andWhere('di.status = :fStatus', { fStatus: f.status });
    if (f?.frameworkId) qb.andWhere('di.framework_id = :fFramework', { fFramework: f.frameworkId });
    if (f?.search?.trim()) qb.andWhere('(di.name ILIKE :fSearch OR di.code ILIKE :fSearch)', { fSearch: `%${escapeLike(f.search.trim())}%` });
    return orderedPage(qb, 'di.id', ORDER, order ?? DEFAULT_ORDER, page);
  }

  findInstrument(m: EntityManager, id: string, lock = false): Promise<DiagnosticInstrumentEntity | null> {
    const qb = m.getRepository(DiagnosticInstrumentEntity).createQueryBuilder('di').where('di.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /** Every version of a code, locked (versioning of one code is serialised, also while the code is unused). */
  async lockVersions(m: EntityManager, code: string): Promise<DiagnosticInstrumentEntity[]> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('diagnostic_instrument:' || $1))`, [code]);
    return m.getRepository(DiagnosticInstrumentEntity).createQueryBuilder('di').where('di.code = :code', { code }).orderBy('di.version', 'ASC').setLock('pessimistic_write').getMany();
  }

  async insertInstrument(m: EntityManager, values: Partial<DiagnosticInstrumentEntity>): Promise<DiagnosticInstrumentEntity> {
    const res = await m.getRepository(DiagnosticInstrumentEntity).insert(values);
    return m.getRepository(DiagnosticInstrumentEntity).findOneByOrFail({ id: (res.identifiers[0] as { id: string }).id });
  }

  async updateInstrument(m: EntityManager, id: string, values: Partial<DiagnosticInstrumentEntity>): Promise<DiagnosticInstrumentEntity> {
    if (Object.keys(values).length) await m.getRepository(DiagnosticInstrumentEntity).update({ id }, values);
    return m.getRepository(DiagnosticInstrumentEntity).findOneByOrFail({ id });
  }

  async retireOthers(m: EntityManager, code: string, keepId: string): Promise<string[]> {
    const rows: [{ id: string }[], number] = await m.query(
      `UPDATE diagnostic_instrument SET status = 'RETIRED', updated_at = now() WHERE code = $1 AND id <> $2 AND status = 'PUBLISHED' RETURNING id`,
      [code, keepId],
    );
    return rows[0].map((r) => r.id);
  }

  /** Copies items and scoring rules (same competences: the framework stays). */
  async copyContent(m: EntityManager, fromId: string, toId: string): Promise<void> {
    await m.query(
      `INSERT INTO diagnostic_item (instrument_id, position, competence_id, kind, text, scale_min, scale_max, options, weight)
       SELECT $2, position, competence_id, kind, text, scale_min, scale_max, options, weight FROM diagnostic_item WHERE instrument_id = $1`,
      [fromId, toId],
    );
    await m.query(
      `INSERT INTO diagnostic_scoring_rule (instrument_id, competence_id, aggregation, deficit_below, proficit_from)
       SELECT $2, competence_id, aggregation, deficit_below, proficit_from FROM diagnostic_scoring_rule WHERE instrument_id = $1`,
      [fromId, toId],
    );
  }

  itemsOf(m: EntityManager, instrumentIds: readonly string[]): Promise<DiagnosticItemEntity[]> {
    if (!instrumentIds.length) return Promise.resolve([]);
    return m.getRepository(DiagnosticItemEntity).find({ where: { instrumentId: In([...instrumentIds]) }, order: { position: 'ASC' } });
  }

  rulesOf(m: EntityManager, instrumentIds: readonly string[]): Promise<DiagnosticScoringRuleEntity[]> {
    if (!instrumentIds.length) return Promise.resolve([]);
    return m.getRepository(DiagnosticScoringRuleEntity).findBy({ instrumentId: In([...instrumentIds]) });
  }

  async itemCounts(m: EntityManager, instrumentIds: readonly string[]): Promise<Map<string, number>> {
    if (!instrumentIds.length) return new Map();
    const rows: { instrument_id: string; n: string }[] = await m.query(
      'SELECT instrument_id, count(*) AS n FROM diagnostic_item WHERE instrument_id = ANY($1::uuid[]) GROUP BY instrument_id',
      [instrumentIds],
    );
    return new Map(rows.map((r) => [r.instrument_id, Number(r.n)]));
  }

  item = (m: EntityManager, id: string) => m.getRepository(DiagnosticItemEntity).findOneBy({ id });
  rule = (m: EntityManager, id: string) => m.getRepository(DiagnosticScoringRuleEntity).findOneBy({ id });

  /** Appends items after the last one. */
  async appendItems(m: EntityManager, instrumentId: string, items: readonly NormalizedItem[]): Promise<void> {
    if (!items.length) return;
    const [row]: { n: number }[] = await m.query('SELECT COALESCE(MAX(position), 0) AS n FROM diagnostic_item WHERE instrument_id = $1', [instrumentId]);
    const start = Number(row.n);
    await m.getRepository(DiagnosticItemEntity).insert(items.map((item, i) => ({ ...item, instrumentId, position: start + i + 1 })));
  }

  async updateItem(m: EntityManager, id: string, values: NormalizedItem): Promise<void> {
    await m.getRepository(DiagnosticItemEntity).update({ id }, values);
  }

  async deleteItem(m: EntityManager, id: string): Promise<void> {
    await m.getRepository(DiagnosticItemEntity).delete({ id });
  }

  /** Numbers the items 1..n in the given order (two statements, so the unique position never collides). */
  async setPositions(m: EntityManager, instrumentId: string, orderedIds: readonly string[]): Promise<void> {
    if (!orderedIds.length) return;
    await m.query(
      `UPDATE diagnostic_item d SET position = -o.n FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, n) WHERE d.id = o.id AND d.instrument_id = $1`,
      [instrumentId, orderedIds],
    );
    await m.query('UPDATE diagnostic_item SET position = -position WHERE instrument_id = $1 AND position < 0', [instrumentId]);
  }

  async upsertRule(m: EntityManager, instrumentId: string, competenceId: string, rule: RuleDraft): Promise<void> {
    await m.getRepository(DiagnosticScoringRuleEntity).upsert({ instrumentId, competenceId, ...rule }, ['instrumentId', 'competenceId']);
  }

  async insertRules(m: EntityManager, instrumentId: string, rules: readonly (RuleDraft & { competenceId: string })[]): Promise<void> {
    if (rules.length) await m.getRepository(DiagnosticScoringRuleEntity).insert(rules.map((r) => ({ instrumentId, competenceId: r.competenceId, aggregation: r.aggregation, deficitBelow: r.deficitBelow, proficitFrom: r.proficitFrom })));
  }

  async deleteRule(m: EntityManager, id: string): Promise<void> {
    await m.getRepository(DiagnosticScoringRuleEntity).delete({ id });
  }
}
