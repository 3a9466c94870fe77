import { DataSource } from 'typeorm';

/** Plan-monitoring rows of one region of the cross-scope suite: a municipal plan with a stage, an item, a risk, a council meeting with a decision, two versions. */
export interface PlanMonitoringRegionIds {
  plan: string;
  planStage: string;
  planItem: string;
  planRisk: string;
  councilMeeting: string;
  councilDecision: string;
  planVersion: string;
}

const one = async (db: DataSource, sql: string, params: unknown[]) => ((await db.query(sql, params)) as { id: string }[])[0].id;

export async function planMonitoringRegion(db: DataSource, municipality: string, word: string): Promise<{ ids: PlanMonitoringRegionIds; names: string[] }> {
  const plan = await one(db, `INSERT INTO plan (kind, title, municipality_id) VALUES ('PLAN_SCHEDULE', $1, $2) RETURNING id`, [`План-график ${word}`, municipality]);
  const planStage = await one(db, `INSERT INTO plan_stage (plan_id, position, title) VALUES ($1, 1, $2) RETURNING id`, [plan, `Этап ${word}`]);
  const planItem = await one(db, `INSERT INTO plan_item (plan_id, stage_id, position, title, ends_on) VALUES ($1, $2, 1, $3, current_date + 5) RETURNING id`, [plan, planStage, `Пункт плана ${word}`]);
  const planRisk = await one(db, `INSERT INTO plan_risk (plan_id, title, mitigation) VALUES ($1, $2, $3) RETURNING id`, [plan, `Риск ${word}`, `Меры ${word}`]);
  const councilMeeting = await one(db, `INSERT INTO council_meeting (plan_id, held_on, agenda) VALUES ($1, current_date - 10, ARRAY[$2]) RETURNING id`, [plan, `Повестка совета ${word}`]);
  const councilDecision = await one(db, `INSERT INTO council_decision (meeting_id, position, text) VALUES ($1, 1, $2) RETURNING id`, [councilMeeting, `Решение совета ${word}`]);
  const snapshot = JSON.stringify({ title: `План-график ${word}`, items: [{ id: planItem, stageTitle: `Этап ${word}`, title: `Пункт плана ${word}`, startDate: null, endDate: null, periodText: null, responsible: null, participants: null, expectedResult: null, status: 'Запланировано' }] });
  await db.query(`INSERT INTO plan_version (plan_id, number, snapshot, created_by_name) VALUES ($1, 1, $2, 'Проверка')`, [plan, snapshot]);
  const planVersion = await one(db, `INSERT INTO plan_version (plan_id, number, snapshot, created_by_name) VALUES ($1, 2, $2, 'Проверка') RETURNING id`, [plan, snapshot]);
  await db.query(`INSERT INTO plan_correction (plan_id, item_id, item_title, reason, changes, version_id, author_name) VALUES ($1, $2, $3, $4, '[]', $5, 'Проверка')`, [
    plan,
    planItem,
    `Пункт плана ${word}`,
    `Причина корректировки ${word}`,
    planVersion,
  ]);
  return {
    ids: { plan, planStage, planItem, planRisk, councilMeeting, councilDecision, planVersion },
    names: [`План-график ${word}`, `Пункт плана ${word}`, `Риск ${word}`, `Повестка совета ${word}`, `Решение совета ${word}`, `Причина корректировки ${word}`],
  };
}
