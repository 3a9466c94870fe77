import { DataSource } from 'typeorm';

/** The computed-indicator rows of one region of the cross-scope suite (hooked into `cross-scope-fixtures.ts`'s `region`). */
export interface ComputedRegionIds {
  /** A computed indicator (share of teachers with an approved route) of the region's municipality. */
  computedIndicator: string;
}

export async function computedRows(db: DataSource, municipality: string, word: string): Promise<{ ids: ComputedRegionIds; names: string[] }> {
  const [row] = (await db.query(
    `INSERT INTO indicator (municipality_id, name, unit, kind, computed_key) VALUES ($1, $2, 'PERCENT', 'COMPUTED', 'TEACHERS_WITH_APPROVED_ROUTE_SHARE') RETURNING id`,
    [municipality, `Вычисляемый показатель ${word}`],
  )) as { id: string }[];
  return { ids: { computedIndicator: row!.id }, names: [`Вычисляемый показатель ${word}`] };
}
