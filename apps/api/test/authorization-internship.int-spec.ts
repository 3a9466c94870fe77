import { INTERNSHIP_CASES, InternshipCaseFixtures } from './authorization/internship.cases';
import { application, cohortWithSessions, internshipFixtures, teachersAt } from './support/internship-fixtures';
import { describeOperationCases, Tokens } from './support/operation-cases';
import { startTestApp, TestApp } from './support/test-app';

/** Who may call each internship operation: rows in test/authorization/internship.cases.ts. */
describe('authorization: internships', () => {
  let t: TestApp;
  let fixtures: InternshipCaseFixtures;
  const tokens = new Tokens(() => t);

  beforeAll(async () => {
    t = await startTestApp();
    const f = await internshipFixtures(t.db);
    const a = await cohortWithSessions(t.db, f, { capacity: 20, sessions: 2 });
    const b = await cohortWithSessions(t.db, f, { capacity: 20, title: 'Группа Б' });
    const c = await cohortWithSessions(t.db, f, { capacity: 20, title: 'Группа В' });
    const d = await cohortWithSessions(t.db, f, { capacity: 20, sessions: 2, title: 'Группа Г' });
    const [x, y, z, nominee, w] = await teachersAt(t.db, f.org12, 5, 'Права');
    const reviewApp = await application(t.db, a.cohort, x!);
    await t.db.query(`UPDATE internship_application SET final_product_status = 'SUBMITTED', final_product_title = 'Проект', final_product_url = 'https://example.org/p' WHERE id = $1`, [reviewApp]);
    const filippovApp = await application(t.db, a.cohort, f.filippov);
    const certificateNumber = 'МС-2026-900001';
    const [cert] = (await t.db.query(
      `INSERT INTO internship_certificate (number, application_id, person_id, holder_name, program_id, program_title, site_title, issuer_organization_id, issuer_name, hours, starts_on, ends_on, issued_on, criteria)
       VALUES ($1, $2, $3, 'Филиппов Максим Игоревич', $4, 'Проектный урок', 'Проектная деятельность', $5, 'Школа № 35', 36, '2026-01-10', '2026-11-30', '2026-12-01', 'посещено не менее 80 % занятий') RETURNING id`,
      [certificateNumber, filippovApp, f.filippov, f.program, f.org35],
    )) as { id: string }[];
    const revokeApp = await application(t.db, d.cohort, w!);
    const [revokable] = (await t.db.query(
      `INSERT INTO internship_certificate (number, application_id, person_id, holder_name, program_id, program_title, site_title, issuer_organization_id, issuer_name, hours, starts_on, ends_on, issued_on, criteria)
       VALUES ('МС-2026-900002', $1, $2, 'Права Тест Тестович', $3, 'Проектный урок', 'Проектная деятельность', $4, 'Школа № 35', 36, '2026-01-10', '2026-11-30', '2026-12-01', 'посещено не менее 80 % занятий') RETURNING id`,
      [revokeApp, w, f.program, f.org35],
    )) as { id: string }[];
    fixtures = {
      cohortD: d.cohort,
      sessionEdit: d.sessions[0]!,
      sessionRemove: d.sessions[1]!,
      revokable: revokable!.id,
      program: f.program,
      org12: f.org12,
      cohortA: a.cohort,
      sessionA: a.sessions[0]!,
      filippovApp,
      reviewApp,
      withdrawApp: await application(t.db, b.cohort, f.filippov, 'SUBMITTED'),
      approveApp: await application(t.db, b.cohort, y!, 'SUBMITTED'),
      declineApp: await application(t.db, b.cohort, z!, 'SUBMITTED'),
      cohortC: c.cohort,
      nominee: nominee!,
      certificate: cert!.id,
      certificateNumber,
    };
  });
  afterAll(() => t?.close());

  describeOperationCases(INTERNSHIP_CASES, () => ({ t, fixtures, tokens }));
});
