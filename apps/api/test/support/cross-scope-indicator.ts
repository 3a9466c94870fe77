import { DataSource } from 'typeorm';

/** The indicator rows of one region of the cross-scope suite (hooked into `cross-scope-fixtures.ts`'s `region`). */
export interface IndicatorRegionIds {
  /** An indicator of the region's municipality… */
  indicator: string;
  /** …with a value of the region's school. */
  indicatorValue: string;
}

export async function indicatorRows(db: DataSource, r: { municipality: string; organization: string }, word: string): Promise<{ ids: IndicatorRegionIds; names: string[] }> {
  const one = async (sql: string, params: unknown[]) => ((await db.query(sql, params)) as { id: string }[])[0].id;
  const indicator = await one(
    `INSERT INTO indicator (municipality_id, name, unit, direction, kind, baseline_year, baseline_value, source_note) VALUES ($1, $2, 'PERCENT', 'HIGHER_IS_BETTER', 'MANUAL', 2025, 40, $3) RETURNING id`,
    [r.municipality, `Показатель ${word}`, `Источник показателя ${word}`],
  );
  await db.query(`INSERT INTO indicator_target (indicator_id, year, value, value_text) VALUES ($1, 2026, 50, $2)`, [indicator, `Цель показателя ${word}`]);
  const indicatorValue = await one(
    `INSERT INTO indicator_value (indicator_id, period_start, period_end, organization_id, value, source, source_text) VALUES ($1, '2025-09-01', '2026-05-31', $2, 45, 'VPR', $3) RETURNING id`,
    [indicator, r.organization, `Значение показателя ${word}`],
  );
  return { ids: { indicator, indicatorValue }, names: [`Показатель ${word}`, `Источник показателя ${word}`, `Цель показателя ${word}`, `Значение показателя ${word}`] };
}
