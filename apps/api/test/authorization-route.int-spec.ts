import { ROUTE_CASES, RouteFixtures } from './authorization/route.cases';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { isoDay, routeDiagnostics } from './support/route-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/** Who may call each route (ИОМ) operation: rows in test/authorization/route.cases.ts. */
describe('authorization: learning routes', () => {
  let t: TestApp;
  let fixtures: RouteFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    const d = await routeDiagnostics(t.db);
    const one = async (sql: string, params: unknown[]) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;
    const route = async (status: string, archived = false) => {
      const id = await one(
        `INSERT INTO learning_route (person_id, organization_id, title, starts_on, ends_on, status, campaign_id, archived_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [d.filippov, d.org12, `ИОМ ${status}`, isoDay(-30), isoDay(90), status, d.before, archived ? new Date() : null],
      );
      await t.db.query('INSERT INTO learning_route_competence (route_id, competence_id, baseline_score) VALUES ($1, $2, 30), ($1, $3, 40)', [id, d.sh21, d.sh33]);
      return id;
    };
    const step = (routeId: string, position: number, status = 'PLANNED') =>
      one(
        `INSERT INTO learning_route_step (route_id, position, kind, title, competence_ids, status, completed_on)
         VALUES ($1, $2, 'SELF_EDUCATION', $3, $4, $5, $6) RETURNING id`,
        [routeId, position, `Шаг ${position}`, [d.sh21], status, status === 'DONE' ? isoDay(-1) : null],
      );
    const draft = await route('DRAFT');
    const draftToSubmit = await route('DRAFT');
    const onApproval = await route('ON_APPROVAL');
    const onApprovalToReturn = await route('ON_APPROVAL');
    const approved = await route('APPROVED');
    const inProgress = await route('IN_PROGRESS');
    const readyToComplete = await route('IN_PROGRESS');
    await Promise.all([step(draftToSubmit, 0), step(onApproval, 0), step(approved, 0), step(readyToComplete, 0, 'DONE')]);
    // Shared in the network: «Диалог в сети» lists Филиппов to Жданова (Vorkuta №35).
    await t.db.query('UPDATE learning_route SET shared_in_network = true WHERE id = $1', [readyToComplete]);
    const fileStep = await step(inProgress, 1);
    await t.db.query(`UPDATE learning_route_step SET evidence_file_name = 'отчёт.pdf', evidence_file_type = 'application/pdf', evidence_file_size = 8 WHERE id = $1`, [fileStep]);
    await t.db.query('INSERT INTO learning_route_step_file (step_id, content) VALUES ($1, $2)', [fileStep, Buffer.from('%PDF-1.4')]);
    fixtures = {
      filippov: d.filippov,
      sh21: d.sh21,
      sh33: d.sh33,
      draft,
      draftStep: await step(draft, 0),
      removableStep: await step(draft, 1),
      draftToSubmit,
      onApproval,
      onApprovalToReturn,
      approved,
      inProgress,
      planStep: await step(inProgress, 0),
      fileStep,
      readyToComplete,
      archived: await route('DRAFT', true),
      toArchive: await route('COMPLETED'),
    };
  });
  afterAll(() => t?.close());

  describeOperationCases(ROUTE_CASES, () => ({ t, fixtures, tokens }));
});
