import { DataSource } from 'typeorm';

/** A day relative to today (UTC), YYYY-MM-DD. */
export const day = (offset: number): string => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

export interface PlanFixture {
  planId: string;
  stages: string[];
  items: Record<string, string>;
}

export interface ItemSpec {
  key: string;
  stage: number;
  title: string;
  startsOn?: string | null;
  endsOn?: string | null;
  periodText?: string;
  status?: string;
  responsibleText?: string;
  expectedResult?: string;
  actualResult?: string;
}

/** A plan of Podporozhye's municipality (or `municipality`), written straight to the database. */
export async function makePlan(db: DataSource, title: string, stageTitles: string[], items: ItemSpec[], municipality = 'Подпорожский муниципальный район'): Promise<PlanFixture> {
  const one = async (sql: string, params: unknown[]) => ((await db.query(sql, params)) as { id: string }[])[0].id;
  const mun = await one('SELECT id FROM municipality WHERE name = $1', [municipality]);
  const planId = await one(
    `INSERT INTO plan (kind, title, municipality_id, starts_on, ends_on, period_text) VALUES ('YEARLY_EVENT_PLAN', $1, $2, $3, $4, '') RETURNING id`,
    [title, mun, day(-200), day(200)],
  );
  const stages: string[] = [];
  for (const [i, t] of stageTitles.entries()) stages.push(await one('INSERT INTO plan_stage (plan_id, position, title) VALUES ($1, $2, $3) RETURNING id', [planId, i + 1, t]));
  const ids: Record<string, string> = {};
  const positions = new Map<number, number>();
  for (const it of items) {
    const position = (positions.get(it.stage) ?? 0) + 1;
    positions.set(it.stage, position);
    ids[it.key] = await one(
      `INSERT INTO plan_item (plan_id, stage_id, position, number, title, starts_on, ends_on, period_text, responsible_text, expected_result, actual_result, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [planId, stages[it.stage], position, `${it.stage + 1}.${position}`, it.title, it.startsOn ?? null, it.endsOn ?? null, it.periodText ?? '', it.responsibleText ?? '', it.expectedResult ?? '', it.actualResult ?? '', it.status ?? 'PLANNED'],
    );
  }
  return { planId, stages, items: ids };
}
