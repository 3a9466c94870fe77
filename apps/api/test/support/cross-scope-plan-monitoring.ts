import { DataSource } from 'typeorm';

/** Plan-monitoring rows of one region of the cross-scope suite, on the region's plan (cross-scope-plan.ts): a risk, a council meeting with a decision, two versions, a correction. */
export interface PlanMonitoringRegionIds {
  planRisk: string;
  councilMeeting: string;
  councilDecision: string;
  planVersion: string;
}

const one = async (db: DataSource, sql: string, params: unknown[]) => ((await db.query(sql, params)) as { id: string }[])[0].id;

export async function planMonitoringRegion(db: DataSource, p: { plan: string; planStage: string; planItem: string }, word: string): Promise<{ ids: PlanMonitoringRegionIds; names: string[] }> {
  const { plan, planItem } = p;
  const planRisk = await one(db, `INSERT INTO plan_risk (plan_id, title, mitigation) VALUES ($1, $2, $3) RETURNING id`, [plan, `Риск ${word}`, `Меры ${word}`]);
  const councilMeeting = await one(db, `INSERT INTO council_meeting (plan_id, held_on, agenda) VALUES ($1, current_date - 10, ARRAY[$2]) RETURNING id`, [plan, `Повестка совета ${word}`]);
  const councilDecision = await one(db, `INSERT INTO council_decision (meeting_id, position, text) VALUES ($1, 1, $2) RETURNING id`, [councilMeeting, `Решение совета ${word}`]);
  const snapshot = JSON.stringify({ title: `План ${word}`, items: [{ id: planItem, stageTitle: `Этап плана ${word}`, title: `Мероприятие плана ${word}`, startDate: null, endDate: null, periodText: null, responsible: null, participants: null, expectedResult: null, status: 'Запланировано' }] });
  await db.query(`INSERT INTO plan_version (plan_id, number, snapshot, created_by_name) VALUES ($1, 1, $2, 'Проверка')`, [plan, snapshot]);
  const planVersion = await one(db, `INSERT INTO plan_version (plan_id, number, snapshot, created_by_name) VALUES ($1, 2, $2, 'Проверка') RETURNING id`, [plan, snapshot]);
  await db.query(`INSERT INTO plan_correction (plan_id, item_id, item_title, reason, changes, version_id, author_name) VALUES ($1, $2, $3, $4, '[]', $5, 'Проверка')`, [
    plan,
    planItem,
    `Мероприятие плана ${word}`,
    `Причина корректировки ${word}`,
    planVersion,
  ]);
  return {
    ids: { planRisk, councilMeeting, councilDecision, planVersion },
    names: [`Риск ${word}`, `Повестка совета ${word}`, `Решение совета ${word}`, `Причина корректировки ${word}`],
  };
}
