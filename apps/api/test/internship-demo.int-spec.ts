import { startTestApp, TestApp } from './support/test-app';

/** The illustrative Timashevsk cohorts: what a demo user sees, and that nothing invented is attached to people the seeds name. */
describe('internship demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('has a past cohort of young teachers with attendance and certificates, and an open one with a waitlist, all marked illustrative', async () => {
    const cohorts = await t.db.query(
      `SELECT c.title, c.illustrative, s.external_id AS site,
              (SELECT count(*)::int FROM internship_session x WHERE x.cohort_id = c.id) AS sessions,
              (SELECT count(*)::int FROM internship_application a WHERE a.cohort_id = c.id AND NOT a.illustrative) AS unmarked,
              (SELECT count(*)::int FROM internship_certificate ct JOIN internship_application a ON a.id = ct.application_id WHERE a.cohort_id = c.id AND ct.illustrative) AS certificates,
              (SELECT count(*)::int FROM internship_application a WHERE a.cohort_id = c.id AND a.status = 'WAITLISTED') AS waitlisted
         FROM internship_cohort c JOIN internship_program p ON p.id = c.program_id JOIN staging_site s ON s.id = p.site_id ORDER BY c.starts_on`,
    );
    expect(cohorts).toEqual([
      { title: 'Молодые педагоги, 2025/26 учебный год', illustrative: true, site: 'demo:staging:timashevsk-2020-sosh-2', sessions: 5, unmarked: 0, certificates: 2, waitlisted: 0 },
      { title: 'Молодые педагоги, 2026/27 учебный год', illustrative: true, site: 'demo:staging:timashevsk-2020-sosh-2', sessions: 5, unmarked: 0, certificates: 0, waitlisted: 1 },
    ]);
    // Interns are young teachers (≤ 3 years), none of them a person the seeds name; the masters neither.
    const people = await t.db.query(
      `SELECT DISTINCT p.experience_years AS years, p.illustrative FROM person p
        WHERE p.id IN (SELECT person_id FROM internship_application UNION SELECT master_person_id FROM internship_session)
          AND p.id IN (SELECT person_id FROM internship_application)`,
    );
    expect(people.every((p: { years: number; illustrative: boolean }) => p.years <= 3 && p.illustrative)).toBe(true);
    const masters = await t.db.query(`SELECT DISTINCT p.illustrative FROM person p JOIN internship_session s ON s.master_person_id = p.id`);
    expect(masters).toEqual([{ illustrative: true }]);
  });

  it('teacher.timashevsk sees «Мои стажировки» with her certificate, which the public page verifies', async () => {
    const token = await t.login('teacher.timashevsk');
    const my = await t.gql<{ myInternshipApplications: { status: string; certificateNumber: string | null; completed: boolean; attendancePercent: number }[]; openInternshipCohorts: { title: string }[] }>(
      `query { myInternshipApplications { status certificateNumber completed attendancePercent } openInternshipCohorts { title } }`,
      {},
      token,
    );
    expect(my.errors).toBeUndefined();
    const [mine] = my.data!.myInternshipApplications;
    expect(mine).toMatchObject({ status: 'APPROVED', completed: true, attendancePercent: 100 });
    expect(mine!.certificateNumber).toMatch(/^МС-2026-\d{6}$/);
    expect(my.data!.openInternshipCohorts.map((c) => c.title)).toContain('Молодые педагоги, 2026/27 учебный год');
    const v = await t.gql<{ verifyInternshipCertificate: { holderName: string; hours: number } }>(`query($n: String!) { verifyInternshipCertificate(number: $n) { holderName hours } }`, { n: mine!.certificateNumber });
    expect(v.data!.verifyInternshipCertificate).toEqual({ holderName: 'Сидоренко Алина Сергеевна', hours: 40 });
  });
});
