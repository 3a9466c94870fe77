import { DataSource } from 'typeorm';

/** The plan rows of one region of the cross-scope suite (hooked into `cross-scope-fixtures.ts`'s `region`). */
export interface PlanRegionIds {
  /** A plan of the region's municipality… */
  plan: string;
  /** …its stage… */
  planStage: string;
  /** …an item naming the region's school and teacher as responsible… */
  planItem: string;
  /** …carried out by the region's mentorship. */
  planLink: string;
}

export async function planRows(
  db: DataSource,
  r: { municipality: string; organization: string; person: string; mentorship: string },
  word: string,
): Promise<{ ids: PlanRegionIds; names: string[] }> {
  const one = async (sql: string, params: unknown[]) => ((await db.query(sql, params)) as { id: string }[])[0].id;
  const plan = await one(`INSERT INTO plan (kind, title, municipality_id, period_text) VALUES ('ROADMAP', $1, $2, $3) RETURNING id`, [`План ${word}`, r.municipality, `Период плана ${word}`]);
  const planStage = await one(`INSERT INTO plan_stage (plan_id, position, title, kind) VALUES ($1, 1, $2, 'MAIN') RETURNING id`, [plan, `Этап плана ${word}`]);
  const planItem = await one(
    `INSERT INTO plan_item (plan_id, stage_id, position, title, responsible_text, expected_result) VALUES ($1, $2, 1, $3, $4, $5) RETURNING id`,
    [plan, planStage, `Мероприятие плана ${word}`, `Ответственные плана ${word}`, `Результат плана ${word}`],
  );
  await db.query(`INSERT INTO plan_item_party (item_id, role, position, person_id) VALUES ($1, 'RESPONSIBLE', 1, $2)`, [planItem, r.person]);
  await db.query(`INSERT INTO plan_item_party (item_id, role, position, organization_id) VALUES ($1, 'PARTICIPANT', 1, $2)`, [planItem, r.organization]);
  const planLink = await one(`INSERT INTO plan_item_link (item_id, kind, target_id) VALUES ($1, 'MENTORSHIP', $2) RETURNING id`, [planItem, r.mentorship]);
  return {
    ids: { plan, planStage, planItem, planLink },
    names: [`План ${word}`, `Период плана ${word}`, `Этап плана ${word}`, `Мероприятие плана ${word}`, `Ответственные плана ${word}`, `Результат плана ${word}`],
  };
}
