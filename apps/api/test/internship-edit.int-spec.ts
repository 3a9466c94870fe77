import { application, cohortWithSessions, InternshipFixtures, internshipFixtures, teachersAt } from './support/internship-fixtures';
import { isoDay } from './support/route-fixtures';
import { startTestApp, TestApp } from './support/test-app';

type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
const RANDOM = '8a5b7c1e-0d4f-4e2a-9b3c-6d7e8f9a0b1c';
const code = <T>(r: R<T>) => r.errors?.[0]?.extensions?.code;
const fields = <T>(r: R<T>) => r.errors?.[0]?.extensions?.fields;

const UPDATE = `mutation($id: ID!, $input: UpdateInternshipCohortInput!) { updateInternshipCohort(id: $id, input: $input) { id title capacity seated waitlisted trackId minAttendancePercent requireFinalProduct completionRule } }`;
const UPDATE_SESSION = `mutation($id: ID!, $input: UpdateInternshipSessionInput!) { updateInternshipSession(id: $id, input: $input) { id topic startsAt place onlineUrl archivedAt } }`;
const ARCHIVE_SESSION = `mutation($id: ID!, $archived: Boolean!) { setInternshipSessionArchived(id: $id, archived: $archived) { id archivedAt } }`;
const SESSIONS = `query($id: ID!) { internshipCohort(id: $id) { sessions { id } archived: sessions(archived: true) { id } } }`;
const NOMINATE = `mutation($input: NominateInternInput!) { nominateToInternship(input: $input) { id status } }`;
const REVOKE = `mutation($input: RevokeInternshipCertificateInput!) { revokeInternshipCertificate(input: $input) { id number status revokedAt revokeReason } }`;
const VERIFY = `query($n: String!) { verifyInternshipCertificate(number: $n) { number status revokedAt revokeReason } }`;
const BADGE = `query($id: ID!) { internshipCertificateCredential(certificateId: $id) }`;
const APPS = `query($id: ID!) { internshipCohort(id: $id) { applications { id personId status waitlistPosition certificateId certificateNumber certificateStatus sessions attended } } }`;

describe('internship cohorts and sessions: editing, removal, audience, revocation', () => {
  let t: TestApp;
  let f: InternshipFixtures;
  let filippov: string;
  let school12: string;
  let zhdanova: string;
  let podporozhye: string;
  const gql = <T = Record<string, unknown>>(q: string, v: Record<string, unknown>, token?: string) => t.gql<T>(q, v, token) as Promise<R<T>>;
  const statuses = async (cohort: string) =>
    (await t.db.query(`SELECT status, count(*)::int AS n FROM internship_application WHERE cohort_id = $1 GROUP BY status`, [cohort])).reduce(
      (acc: Record<string, number>, r: { status: string; n: number }) => ({ ...acc, [r.status]: r.n }),
      {},
    ) as Record<string, number>;
  const cohortInput = (o: Record<string, unknown> = {}) => ({ title: 'Группа молодых педагогов', startsOn: isoDay(-60), endsOn: isoDay(120), capacity: 5, trackId: null, minAttendancePercent: 80, requireFinalProduct: true, ...o });
  const sessionInput = (o: Record<string, unknown> = {}) => ({ topic: 'Проектный урок: защита', startsAt: `${isoDay(5)}T09:00:00Z`, endsAt: `${isoDay(5)}T11:00:00Z`, place: 'Школа № 35, каб. 14', moduleId: f.module2, masterPersonId: f.zhdanova, ...o });

  beforeAll(async () => {
    t = await startTestApp();
    f = await internshipFixtures(t.db);
    [filippov, school12, zhdanova, podporozhye] = await Promise.all(['teacher.filippov', 'school12.vorkuta', 'mentor.zhdanova', 'methodist.podporozhye'].map((l) => t.login(l)));
  });
  afterAll(() => t?.close());

  it('edits a cohort: capacity never below the seats taken, a raise moves the waitlist up (audited), the track must be the programme’s', async () => {
    const { cohort } = await cohortWithSessions(t.db, f, { capacity: 2 });
    const people = await teachersAt(t.db, f.org12, 5, 'Правка');
    await application(t.db, cohort, people[0]!, 'APPROVED');
    await application(t.db, cohort, people[1]!, 'SUBMITTED');
    for (const [i, p] of people.slice(2).entries()) await application(t.db, cohort, p, 'WAITLISTED', i + 1);

    const below = await gql(UPDATE, { id: cohort, input: cohortInput({ capacity: 1 }) }, zhdanova);
    expect(code(below)).toBe('BAD_USER_INPUT');
    expect(fields(below)).toEqual([{ field: 'capacity', message: 'Мест не может быть меньше, чем уже занято: 2' }]);
    expect(await statuses(cohort)).toEqual({ APPROVED: 1, SUBMITTED: 1, WAITLISTED: 3 });

    const raised = await gql<{ updateInternshipCohort: Record<string, unknown> }>(UPDATE, { id: cohort, input: cohortInput({ capacity: 4, title: 'Группа весна', minAttendancePercent: 75, trackId: f.track }) }, zhdanova);
    expect(raised.errors).toBeUndefined();
    expect(raised.data!.updateInternshipCohort).toMatchObject({ title: 'Группа весна', capacity: 4, seated: 4, waitlisted: 1, trackId: f.track, minAttendancePercent: 75, completionRule: 'посещено не менее 75 % занятий и принят итоговый продукт' });
    const apps = (await gql<{ internshipCohort: { applications: { personId: string; status: string; waitlistPosition: number | null }[] } }>(APPS, { id: cohort }, zhdanova)).data!.internshipCohort.applications;
    // The first two on the waitlist moved up, in their order; the third is now first in line.
    expect(apps.find((a) => a.personId === people[2])!.status).toBe('SUBMITTED');
    expect(apps.find((a) => a.personId === people[3])!.status).toBe('SUBMITTED');
    expect(apps.find((a) => a.personId === people[4])).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    const audit = await t.db.query(`SELECT action, count(*)::int AS n FROM audit_log WHERE entity_id = $1 OR entity_id IN (SELECT id FROM internship_application WHERE cohort_id = $1) GROUP BY action ORDER BY action`, [cohort]);
    expect(audit).toEqual(expect.arrayContaining([{ action: 'promote', n: 2 }, { action: 'update', n: 1 }]));

    const otherTrack = (await internshipFixtures(t.db)).track;
    expect(fields(await gql(UPDATE, { id: cohort, input: cohortInput({ capacity: 4, trackId: otherTrack }) }, zhdanova))).toEqual([{ field: 'trackId', message: 'Маршрут не относится к этой программе' }]);
    expect(fields(await gql(UPDATE, { id: cohort, input: cohortInput({ capacity: 4, endsOn: isoDay(-100) }) }, zhdanova))).toEqual([{ field: 'endsOn', message: 'Окончание не может быть раньше начала' }]);
    expect(code(await gql(UPDATE, { id: cohort, input: cohortInput({ capacity: 9 }) }, filippov))).toBe('FORBIDDEN');
    expect(code(await gql(UPDATE, { id: cohort, input: cohortInput({ capacity: 9 }) }, podporozhye))).toBe('NOT_FOUND');
    expect((await t.db.query(`SELECT capacity FROM internship_cohort WHERE id = $1`, [cohort]))[0].capacity).toBe(4);
  });

  it('a capacity raise and simultaneous applications never over-fill the cohort (the cohort row is locked)', async () => {
    const { cohort } = await cohortWithSessions(t.db, f, { capacity: 2 });
    const first = await teachersAt(t.db, f.org12, 4, 'Замок');
    await application(t.db, cohort, first[0]!, 'APPROVED');
    await application(t.db, cohort, first[1]!, 'APPROVED');
    await application(t.db, cohort, first[2]!, 'WAITLISTED', 1);
    await application(t.db, cohort, first[3]!, 'WAITLISTED', 2);
    const late = await teachersAt(t.db, f.org12, 8, 'Гонка');
    const answers = await Promise.all([
      ...late.map((p) => gql(NOMINATE, { input: { cohortId: cohort, personId: p, organizationId: f.org12 } }, school12)),
      gql(UPDATE, { id: cohort, input: cohortInput({ capacity: 5 }) }, zhdanova),
    ]);
    expect(answers.filter((a) => a.errors)).toEqual([]);
    const s = await statuses(cohort);
    expect((s['APPROVED'] ?? 0) + (s['SUBMITTED'] ?? 0)).toBe(5);
    expect(s['WAITLISTED']).toBe(7);
    // The two who waited before the raise are never overtaken by the late applicants.
    const waited = await t.db.query(`SELECT status FROM internship_application WHERE cohort_id = $1 AND person_id = ANY($2::uuid[])`, [cohort, [first[2], first[3]]]);
    expect(waited.map((r: { status: string }) => r.status)).toEqual(['SUBMITTED', 'SUBMITTED']);
  });

  it('a lowered completion rule settles the interns who now complete (certificate issued)', async () => {
    const { cohort, sessions } = await cohortWithSessions(t.db, f, { capacity: 5, sessions: 5 });
    const [p] = await teachersAt(t.db, f.org12, 1, 'Правило');
    const app = await application(t.db, cohort, p!, 'APPROVED');
    await t.db.query(`UPDATE internship_application SET final_product_status = 'ACCEPTED', final_product_title = 'Проект', final_product_url = 'https://example.org/p' WHERE id = $1`, [app]);
    for (const [i, s] of sessions.entries()) await t.db.query(`INSERT INTO internship_attendance (session_id, application_id, present, marked_at) VALUES ($1, $2, $3, now())`, [s, app, i < 3]);
    expect((await gql(UPDATE, { id: cohort, input: cohortInput({ minAttendancePercent: 60 }) }, zhdanova)).errors).toBeUndefined();
    const apps = (await gql<{ internshipCohort: { applications: { id: string; certificateNumber: string | null }[] } }>(APPS, { id: cohort }, zhdanova)).data!.internshipCohort.applications;
    expect(apps.find((a) => a.id === app)!.certificateNumber).toMatch(/^МС-\d{4}-\d{6}$/);
  });

  it('edits a session and removes it (undo-able); a session with attendance marked cannot be removed or moved ahead', async () => {
    const { cohort, sessions } = await cohortWithSessions(t.db, f, { capacity: 5, sessions: 2 });
    const [p] = await teachersAt(t.db, f.org12, 1, 'Занятие');
    const app = await application(t.db, cohort, p!, 'APPROVED');
    await t.db.query(`INSERT INTO internship_attendance (session_id, application_id, present, marked_at) VALUES ($1, $2, true, now())`, [sessions[0], app]);

    const edited = await gql<{ updateInternshipSession: { topic: string; place: string | null; onlineUrl: string | null } }>(
      UPDATE_SESSION,
      { id: sessions[1], input: sessionInput({ place: null, onlineUrl: 'https://meet.example.org/35' }) },
      zhdanova,
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateInternshipSession).toMatchObject({ topic: 'Проектный урок: защита', place: null, onlineUrl: 'https://meet.example.org/35' });
    expect(fields(await gql(UPDATE_SESSION, { id: sessions[1], input: sessionInput({ place: null }) }, zhdanova))).toEqual([{ field: 'place', message: 'Укажите место проведения или ссылку на онлайн-занятие' }]);
    expect(fields(await gql(UPDATE_SESSION, { id: sessions[1], input: sessionInput({ masterPersonId: f.filippov }) }, zhdanova))).toEqual([
      { field: 'masterPersonId', message: 'Занятие ведёт руководитель или педагог-мастер площадки' },
    ]);
    expect(fields(await gql(UPDATE_SESSION, { id: sessions[0], input: sessionInput() }, zhdanova))).toEqual([{ field: 'startsAt', message: 'По занятию уже отмечено посещение: перенести его на будущую дату нельзя' }]);
    expect(code(await gql(UPDATE_SESSION, { id: sessions[1], input: sessionInput() }, filippov))).toBe('FORBIDDEN');
    expect(code(await gql(UPDATE_SESSION, { id: sessions[1], input: sessionInput() }, podporozhye))).toBe('NOT_FOUND');

    const marked = await gql(ARCHIVE_SESSION, { id: sessions[0], archived: true }, zhdanova);
    expect(code(marked)).toBe('BAD_USER_INPUT');
    expect(fields(marked)).toEqual([{ field: 'id', message: 'По занятию уже отмечено посещение: удалить его нельзя' }]);
    expect(code(await gql(ARCHIVE_SESSION, { id: sessions[1], archived: true }, podporozhye))).toBe('NOT_FOUND');
    expect(code(await gql(ARCHIVE_SESSION, { id: sessions[1], archived: true }, filippov))).toBe('FORBIDDEN');

    const removed = await gql<{ setInternshipSessionArchived: { archivedAt: string | null } }>(ARCHIVE_SESSION, { id: sessions[1], archived: true }, zhdanova);
    expect(removed.data!.setInternshipSessionArchived.archivedAt).not.toBeNull();
    let page = (await gql<{ internshipCohort: { sessions: { id: string }[]; archived: { id: string }[] } }>(SESSIONS, { id: cohort }, zhdanova)).data!.internshipCohort;
    expect(page).toEqual({ sessions: [{ id: sessions[0] }], archived: [{ id: sessions[1] }] });
    // The removed session no longer counts towards attendance: 1 of 1.
    const apps = (await gql<{ internshipCohort: { applications: { id: string; sessions: number; attended: number }[] } }>(APPS, { id: cohort }, zhdanova)).data!.internshipCohort.applications;
    expect(apps.find((a) => a.id === app)).toMatchObject({ sessions: 1, attended: 1 });
    expect(code(await gql(UPDATE_SESSION, { id: sessions[1], input: sessionInput() }, zhdanova))).toBe('CONFLICT');
    expect(code(await gql(`query($id: ID!) { internshipAttendanceSheet(sessionId: $id) { cohortTitle } }`, { id: sessions[1] }, zhdanova))).toBe('NOT_FOUND');

    const restored = await gql<{ setInternshipSessionArchived: { archivedAt: string | null } }>(ARCHIVE_SESSION, { id: sessions[1], archived: false }, zhdanova);
    expect(restored.data!.setInternshipSessionArchived.archivedAt).toBeNull();
    page = (await gql<{ internshipCohort: { sessions: { id: string }[]; archived: { id: string }[] } }>(SESSIONS, { id: cohort }, zhdanova)).data!.internshipCohort;
    expect(page.sessions.map((s) => s.id)).toEqual(sessions);
    const audit = await t.db.query(`SELECT action FROM audit_log WHERE entity_type = 'internship-session' AND entity_id = $1 ORDER BY at`, [sessions[1]]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['update', 'archive', 'restore']);
  });

  it('a programme for young teachers (≤ 3 years) refuses a nomination of a teacher with more experience or none on the card', async () => {
    const { cohort } = await cohortWithSessions(t.db, f, { capacity: 5 });
    const [senior, unknown, young] = await teachersAt(t.db, f.org12, 3, 'Стаж');
    await t.db.query(`UPDATE person SET experience_years = 5 WHERE id = $1`, [senior]);
    await t.db.query(`UPDATE person SET experience_years = NULL WHERE id = $1`, [unknown]);
    const refused = await gql(NOMINATE, { input: { cohortId: cohort, personId: senior, organizationId: f.org12 } }, school12);
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(fields(refused)).toEqual([{ field: 'personId', message: 'Программа для молодых педагогов со стажем не больше 3 лет: стаж педагога — 5 лет' }]);
    expect(fields(await gql(NOMINATE, { input: { cohortId: cohort, personId: unknown, organizationId: f.org12 } }, school12))).toEqual([
      { field: 'personId', message: 'Программа для молодых педагогов со стажем не больше 3 лет: стаж педагога не указан' },
    ]);
    expect((await gql(NOMINATE, { input: { cohortId: cohort, personId: young, organizationId: f.org12 } }, school12)).errors).toBeUndefined();
    // Filippov has 3 years: a young teacher, he may apply himself.
    expect((await gql(`mutation($id: ID!) { applyToInternship(cohortId: $id) { id } }`, { id: cohort }, filippov)).errors).toBeUndefined();
    expect(await statuses(cohort)).toEqual({ SUBMITTED: 2 });
  });

  it('the site revokes a certificate with a reason: the public page and the Open Badges credential say so; audited', async () => {
    const { cohort } = await cohortWithSessions(t.db, f, { capacity: 5, sessions: 1 });
    const [p] = await teachersAt(t.db, f.org12, 1, 'Отзыв');
    const app = await application(t.db, cohort, p!, 'APPROVED');
    await t.db.query(`UPDATE internship_application SET final_product_status = 'ACCEPTED', final_product_title = 'Проект', final_product_url = 'https://example.org/p' WHERE id = $1`, [app]);
    const [s] = (await gql<{ internshipCohort: { sessions: { id: string }[] } }>(SESSIONS, { id: cohort }, zhdanova)).data!.internshipCohort.sessions;
    expect((await gql(`mutation($s: ID!, $a: ID!) { markInternshipAttendance(input: { sessionId: $s, applicationId: $a, present: true }) { present } }`, { s: s!.id, a: app }, zhdanova)).errors).toBeUndefined();
    const cert = (await gql<{ internshipCohort: { applications: { id: string; certificateId: string; certificateNumber: string; certificateStatus: string }[] } }>(APPS, { id: cohort }, zhdanova)).data!.internshipCohort.applications.find((a) => a.id === app)!;
    expect(cert.certificateStatus).toBe('VALID');

    expect(fields(await gql(REVOKE, { input: { certificateId: cert.certificateId, reason: '   ' } }, zhdanova))).toEqual([{ field: 'reason', message: 'Укажите причину отзыва' }]);
    expect(code(await gql(REVOKE, { input: { certificateId: cert.certificateId, reason: 'Ошибка' } }, podporozhye))).toBe('NOT_FOUND');
    expect(code(await gql(REVOKE, { input: { certificateId: cert.certificateId, reason: 'Ошибка' } }, school12))).toBe('NOT_FOUND');
    const revoked = await gql<{ revokeInternshipCertificate: { status: string; revokedAt: string; revokeReason: string } }>(
      REVOKE,
      { input: { certificateId: cert.certificateId, reason: 'Итоговый продукт оказался заимствованным' } },
      zhdanova,
    );
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeInternshipCertificate).toMatchObject({ status: 'REVOKED', revokeReason: 'Итоговый продукт оказался заимствованным' });
    expect(code(await gql(REVOKE, { input: { certificateId: cert.certificateId, reason: 'Ещё раз' } }, zhdanova))).toBe('CONFLICT');

    const verified = await gql<{ verifyInternshipCertificate: { status: string; revokedAt: string; revokeReason: string } }>(VERIFY, { n: cert.certificateNumber });
    expect(verified.data!.verifyInternshipCertificate).toMatchObject({ number: cert.certificateNumber, status: 'REVOKED', revokeReason: 'Итоговый продукт оказался заимствованным' });
    expect(verified.data!.verifyInternshipCertificate.revokedAt.slice(0, 10)).toBe(isoDay(0));
    const badge = JSON.parse((await gql<{ internshipCertificateCredential: string }>(BADGE, { id: cert.certificateId }, zhdanova)).data!.internshipCertificateCredential);
    expect(badge.credentialStatus).toMatchObject({ statusPurpose: 'revocation', status: 'REVOKED', revoked: true, revocationReason: 'Итоговый продукт оказался заимствованным' });
    const audit = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'revoke' AND entity_id = $1 AND $2 = ANY(person_ids)`, [cert.certificateId, p]);
    expect(audit[0].n).toBe(1);
  });

  it.each([
    ['updateInternshipCohort', UPDATE, { id: RANDOM, input: { title: ' ', startsOn: '2026-13-01', endsOn: '2026-01-01', capacity: 0, minAttendancePercent: 80, requireFinalProduct: true } }, ['title', 'startsOn', 'capacity']],
    ['updateInternshipSession', UPDATE_SESSION, { id: RANDOM, input: { topic: '', startsAt: 'вчера', endsAt: '2026-01-01T10:00:00Z', place: 'Школа' } }, ['topic', 'startsAt']],
    ['updateInternshipSession (id)', UPDATE_SESSION, { id: 'x', input: { topic: 'Тема', startsAt: '2026-01-01T09:00:00Z', endsAt: '2026-01-01T10:00:00Z', place: 'Школа' } }, ['id']],
    ['setInternshipSessionArchived', ARCHIVE_SESSION, { id: 'x', archived: true }, ['id']],
    ['revokeInternshipCertificate', REVOKE, { input: { certificateId: 'x', reason: '' } }, ['certificateId', 'reason']],
  ])('%s refuses bad input on its fields and writes nothing', async (_name, query, variables, expected) => {
    const count = async () =>
      (await t.db.query(`SELECT (SELECT count(*) FROM internship_cohort) + (SELECT count(*) FROM internship_session WHERE archived_at IS NOT NULL) + (SELECT count(*) FROM internship_certificate WHERE status = 'REVOKED') AS n`))[0].n;
    const before = await count();
    const r = await gql(query, variables, zhdanova);
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(fields(r)!.map((x) => x.field).sort()).toEqual([...expected].sort());
    expect(await count()).toBe(before);
  });
});
