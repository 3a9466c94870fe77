import { Injectable } from '@nestjs/common';
import { IndicatorKind, IndicatorValueSource } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { IndicatorEntity } from '../indicator.entity';

export interface RecalculationTarget {
  indicator: IndicatorEntity;
  /** The baseline's and the targets' years (none: the recent years). */
  years: number[];
}

/** The SQL of the recalculation: which computed indicators, and the stored values («расчёт»). */
@Injectable()
export class RecalculationRepository {
  /** Live computed indicators (of these ids, or all) with the years their baseline and targets name. One statement per call. */
  async targets(m: EntityManager, ids: readonly string[] | null): Promise<RecalculationTarget[]> {
    const qb = m
      .getRepository(IndicatorEntity)
      .createQueryBuilder('i')
      .where('i.kind = :kind AND i.computed_key IS NOT NULL AND i.archived_at IS NULL', { kind: IndicatorKind.COMPUTED })
      .addSelect(
        `ARRAY(SELECT DISTINCT y FROM (SELECT i.baseline_year AS y UNION SELECT t.year FROM indicator_target t WHERE t.indicator_id = i.id) yy WHERE y IS NOT NULL ORDER BY y)`,
        'years',
      )
      .orderBy('i.id');
    if (ids) qb.andWhere('i.id = ANY(:ids)', { ids: [...ids] });
    const { entities, raw } = await qb.getRawAndEntities<{ years: number[] }>();
    return entities.map((indicator, n) => ({ indicator, years: (raw[n]?.years ?? []).map(Number) }));
  }

  /**
   * Each period's value becomes the indicator's actual (the total, not a school's) with the source «расчёт»: a value
   * already stored for the period is overwritten, one statement for all periods; and the indicator is marked
   * recalculated now (its values are «по состоянию на» this moment, even when no period had data). Two statements.
   */
  async store(
    m: EntityManager,
    indicatorId: string,
    values: readonly { from: string; to: string; value: number }[],
    sourceText: string,
    accountId: string | null,
  ): Promise<void> {
    if (values.length) {
      await m.query(
        `INSERT INTO indicator_value (indicator_id, period_start, period_end, organization_id, value, source, source_text, entered_by_account_id, entered_at)
         SELECT $1, v.period_start, v.period_end, NULL, v.value, CAST($2 AS indicator_value_source), $3, $7, now()
           FROM unnest($4::date[], $5::date[], $6::numeric[]) AS v(period_start, period_end, value)
         ON CONFLICT (indicator_id, period_start, period_end) WHERE organization_id IS NULL AND archived_at IS NULL
         DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source, source_text = EXCLUDED.source_text,
                       entered_by_account_id = EXCLUDED.entered_by_account_id, entered_at = now(), updated_at = now()`,
        [indicatorId, IndicatorValueSource.CALCULATION, sourceText, values.map((v) => v.from), values.map((v) => v.to), values.map((v) => v.value), accountId],
      );
    }
    await m.query(`UPDATE indicator SET recalculated_at = now() WHERE id = $1`, [indicatorId]);
  }
}
