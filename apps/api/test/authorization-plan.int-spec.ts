import { PLAN_CASES, PlanFixtures } from './authorization/plan.cases';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { startTestApp, TestApp } from './support/test-app';

/** Who may read and change plans: rows in test/authorization/plan.cases.ts. */
describe('authorization: plans', () => {
  let t: TestApp;
  let fixtures: PlanFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    const one = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;
    const municipality = await one(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`);
    const plan = (title: string, archived = false) =>
      one(`INSERT INTO plan (kind, title, municipality_id, archived_at) VALUES ('PROJECT', $1, $2, $3) RETURNING id`, [title, municipality, archived ? new Date() : null]);
    const stage = (planId: string, position: number) => one(`INSERT INTO plan_stage (plan_id, position, title) VALUES ($1, $2, $3) RETURNING id`, [planId, position, `Этап ${position}`]);
    const item = (planId: string, stageId: string, position: number, archived = false) =>
      one(`INSERT INTO plan_item (plan_id, stage_id, position, title, archived_at) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [
        planId,
        stageId,
        position,
        `Мероприятие ${position}`,
        archived ? new Date() : null,
      ]);
    const p = await plan('План методической работы');
    const s = await stage(p, 1);
    const itemStage = await stage(p, 2);
    const emptyStage = await stage(p, 3);
    const i1 = await item(p, s, 1);
    const i2 = await item(p, s, 2);
    const mentorship = await one(`SELECT id FROM mentorship WHERE external_id = 'demo:mentorship:podporozhye-500-shakhova-klyuchina'`);
    const link = await one(`INSERT INTO plan_item_link (item_id, kind, target_id) VALUES ($1, 'MENTORSHIP', $2) RETURNING id`, [i1, mentorship]);
    const two = await plan('План с двумя этапами');
    fixtures = {
      municipality,
      plan: p,
      stage: s,
      itemStage,
      emptyStage,
      item: i1,
      item2: i2,
      toArchiveItem: await item(p, itemStage, 1),
      archivedItem: await item(p, itemStage, 2, true),
      link,
      mentorship,
      twoStages: two,
      stageIds: [await stage(two, 1), await stage(two, 2)],
      toArchive: await plan('План в архив'),
      archived: await plan('План из архива', true),
    };
  });
  afterAll(() => t?.close());

  describeOperationCases(PLAN_CASES, () => ({ t, fixtures, tokens }));
});
