import { MATCHING_CASES, MatchingFixtures } from './authorization/matching.cases';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { idOf, startTestApp, TestApp } from './support/test-app';

/** Authorization rows of the matching operations (see support/operation-cases.ts). */
describe('authorization: matching', () => {
  let t: TestApp;
  let fixtures: MatchingFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    const one = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;
    const [org12, org35] = await Promise.all([idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12'), idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-35')]);
    const netVorkuta = await one(`SELECT id FROM network WHERE external_id = 'demo:network:vorkuta-sosh12-sosh35'`);
    const person = async (lastName: string, org: string) => {
      const id = await one(`INSERT INTO person (last_name, first_name, subjects) VALUES ($1, 'Анна', '{математика}') RETURNING id`, [lastName]);
      await t.db.query(`INSERT INTO position (person_id, organization_id, kind) VALUES ($1, $2, 'TEACHER')`, [id, org]);
      return id;
    };
    const instrument = await one(
      `INSERT INTO diagnostic_instrument (code, version, name, framework_id, status)
       SELECT 'AUTHZ-MATCHING', 1, 'Методика (фикстура)', id, 'PUBLISHED' FROM competency_framework WHERE code = 'SHADRIKOV' AND version = 1 RETURNING id`,
    );
    const campaign = await one(
      `INSERT INTO diagnostic_campaign (name, instrument_id, mode, scope_kind, opens_on, closes_on, status) VALUES ('Диагностика (фикстура)', $1, 'EXTERNAL', 'ORGANIZATIONS', '2026-09-01', '2026-09-30', 'CLOSED') RETURNING id`,
      [instrument],
    );
    const result = (personId: string, level: string) =>
      t.db.query(
        `INSERT INTO competence_result (campaign_id, person_id, competence_id, source, score, level, measured_on)
         SELECT $1, $2, c.id, 'IMPORT', 50, $3::competence_level, '2026-09-20' FROM competence c JOIN competency_framework fw ON fw.id = c.framework_id
          WHERE fw.code = 'SHADRIKOV' AND fw.version = 1 AND c.code = 'SH2.1'`,
        [campaign, personId, level],
      );
    // The Vorkuta demo campaigns give the №35 mentors proficits too; here only the fixture's results count, so the
    // plan's choice of mentor is the fixture's.
    await t.db.query(`DELETE FROM competence_result WHERE campaign_id IN (SELECT id FROM diagnostic_campaign WHERE external_id LIKE 'demo:campaign:vorkuta-%')`);
    const mentee = await person('Новикова (фикстура)', org12);
    const mentee2 = await person('Орлова (фикстура)', org12);
    const mentor = await person('Павлова (фикстура)', org35);
    await result(mentee, 'DEFICIT');
    await result(mentee2, 'DEFICIT');
    await result(mentor, 'PROFICIT');
    await t.db.query(`INSERT INTO mentor_profile (person_id, types, capacity) VALUES ($1, '{CLASSIC}', 5)`, [mentor]);
    const program = (name: string) =>
      one(`INSERT INTO mentoring_program (name, model, forms, network_id, starts_on) VALUES ($1, 'TEACHER_TO_TEACHER', '{TRADITIONAL}', $2, '2026-09-01') RETURNING id`, [name, netVorkuta]);
    const plan = async (programId: string, menteeId: string) => {
      const id = await one(`INSERT INTO assignment_plan (program_id, status, total_score) VALUES ($1, 'DRAFT', 10) RETURNING id`, [programId]);
      const item = await one(`INSERT INTO assignment_plan_item (plan_id, mentee_person_id, mentor_person_id, score, reasons) VALUES ($1, $2, $3, 10, '["закрывает дефициты: …"]') RETURNING id`, [
        id,
        menteeId,
        mentor,
      ]);
      return { id, item };
    };
    const [progA, progB, progC, progD, progE, progF] = await Promise.all(['A', 'B', 'C', 'D', 'E', 'F'].map((x) => program(`Программа подбора ${x} (фикстура)`)));
    const b = await plan(progB, mentee);
    const c = await plan(progC, mentee2);
    const d = await plan(progD, mentee);
    const planF = await plan(progF, mentee2);
    fixtures = { netVorkuta, mentee, mentee2, mentor, progA, progB, planB: b.id, itemB: b.item, planC: c.id, planD: d.id, progE, planF: planF.id };
  });
  afterAll(() => t?.close());

  describeOperationCases(MATCHING_CASES, () => ({ t, fixtures, tokens }));
});
