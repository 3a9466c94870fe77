import { PLAN_MONITORING_CASES, PlanMonitoringFixtures } from './authorization/plan-monitoring.cases';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { day, makePlan } from './support/plan-monitoring-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/** Who may call each plan-monitoring operation: rows in test/authorization/plan-monitoring.cases.ts. */
describe('authorization: plan monitoring, corrections, risks, council, exports', () => {
  let t: TestApp;
  let fixtures: PlanMonitoringFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    const p = await makePlan(t.db, 'План (авторизация)', ['Основной этап'], [{ key: 'a', stage: 0, title: 'Семинар', endsOn: day(10) }]);
    const one = async (sql: string, params: unknown[]) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;
    const snapshot = JSON.stringify({ title: 'План (авторизация)', items: [] });
    const meetingId = await one(`INSERT INTO council_meeting (plan_id, held_on, agenda) VALUES ($1, '2026-02-10', '{"Повестка"}') RETURNING id`, [p.planId]);
    fixtures = {
      planId: p.planId,
      stageId: p.stages[0],
      itemId: p.items['a'],
      riskId: await one(`INSERT INTO plan_risk (plan_id, title) VALUES ($1, 'Привлечение участников') RETURNING id`, [p.planId]),
      meetingId,
      decisionId: await one(`INSERT INTO council_decision (meeting_id, position, text) VALUES ($1, 1, 'Провести семинар') RETURNING id`, [meetingId]),
      olderVersionId: await one(`INSERT INTO plan_version (plan_id, number, snapshot, created_by_name) VALUES ($1, 1, $2, 'Тест') RETURNING id`, [p.planId, snapshot]),
      newerVersionId: await one(`INSERT INTO plan_version (plan_id, number, snapshot, created_by_name) VALUES ($1, 2, $2, 'Тест') RETURNING id`, [p.planId, snapshot]),
    };
  });
  afterAll(() => t.close());

  describeOperationCases(PLAN_MONITORING_CASES, () => ({ t, fixtures, tokens }));
});
