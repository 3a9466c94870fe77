import { pdfText } from './support/pdf-text';
import { application, cohortWithSessions, InternshipFixtures, internshipFixtures, teachersAt } from './support/internship-fixtures';
import { isoDay } from './support/route-fixtures';
import { startTestApp, TestApp } from './support/test-app';

type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
const code = <T>(r: R<T>) => r.errors?.[0]?.extensions?.code;

const APP = `id status waitlistPosition declineReason attended sessions attendancePercent completed certificateId certificateNumber finalProductStatus personId fullName`;
type App = { id: string; status: string; waitlistPosition: number | null; declineReason: string | null; attended: number; sessions: number; attendancePercent: number; completed: boolean; certificateId: string | null; certificateNumber: string | null; finalProductStatus: string; personId: string; fullName: string };
const COHORT = `query($id: ID!) { internshipCohort(id: $id) { id title capacity seated waitlisted canManage completionRule
  sessions { id topic } myApplication { ${APP} } applications { ${APP} } } }`;
const CREATE = `mutation($input: CreateInternshipCohortInput!) { createInternshipCohort(input: $input) { id capacity seated canManage } }`;
const SESSION = `mutation($input: AddInternshipSessionInput!) { addInternshipSession(input: $input) { id topic masterPersonId } }`;
const APPLY = `mutation($id: ID!) { applyToInternship(cohortId: $id) { ${APP} } }`;
const NOMINATE = `mutation($input: NominateInternInput!) { nominateToInternship(input: $input) { ${APP} } }`;
const APPROVE = `mutation($id: ID!) { approveInternshipApplication(id: $id) { ${APP} } }`;
const DECLINE = `mutation($input: DeclineInternshipApplicationInput!) { declineInternshipApplication(input: $input) { ${APP} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawInternshipApplication(id: $id) { ${APP} } }`;
const MARK = `mutation($input: MarkInternshipAttendanceInput!) { markInternshipAttendance(input: $input) { applicationId present } }`;
const SHEET = `query($id: ID!) { internshipAttendanceSheet(sessionId: $id) { cohortTitle rows { applicationId fullName present } } }`;
const SUBMIT = `mutation($input: SubmitInternshipProductInput!) { submitInternshipProduct(input: $input) { ${APP} } }`;
const REVIEW = `mutation($input: ReviewInternshipProductInput!) { reviewInternshipProduct(input: $input) { ${APP} } }`;
const PDF = `query($id: ID!) { internshipCertificatePdf(certificateId: $id) { fileName fileType contentBase64 } }`;
const BADGE = `query($id: ID!) { internshipCertificateCredential(certificateId: $id) }`;
const VERIFY = `query($n: String!) { verifyInternshipCertificate(number: $n) { number holderName programTitle siteTitle hours startsOn endsOn issuedOn issuerName status } }`;
const MY = `query { myInternshipApplications { ${APP} cohortTitle } }`;

describe('internship cohorts', () => {
  let t: TestApp;
  let f: InternshipFixtures;
  let filippov: string; // teacher.filippov, Vorkuta №12
  let school12: string; // school12.vorkuta: administration of №12
  let zhdanova: string; // mentor.zhdanova: head of the fixture site at №35
  let podporozhye: string; // methodist.podporozhye: another region

  const gql = <T = Record<string, App>>(q: string, v: Record<string, unknown>, token?: string) => t.gql<T>(q, v, token) as Promise<R<T>>;
  const rows = async (cohort: string) =>
    (await t.db.query(`SELECT id, person_id, status, waitlist_seq::int AS seq, created_at FROM internship_application WHERE cohort_id = $1 ORDER BY created_at, id`, [cohort])) as {
      id: string;
      person_id: string;
      status: string;
      seq: number | null;
    }[];
  const nominate = (cohortId: string, personId: string) => gql(NOMINATE, { input: { cohortId, personId, organizationId: f.org12 } }, school12);

  beforeAll(async () => {
    t = await startTestApp();
    f = await internshipFixtures(t.db);
    [filippov, school12, zhdanova, podporozhye] = await Promise.all(['teacher.filippov', 'school12.vorkuta', 'mentor.zhdanova', 'methodist.podporozhye'].map((l) => t.login(l)));
  });
  afterAll(() => t?.close());

  it('the site head opens a cohort and adds sessions led by its master; rules are checked on input and in the database', async () => {
    const input = { programId: f.program, trackId: f.track, title: 'Молодые педагоги — весна', startsOn: isoDay(-10), endsOn: isoDay(100), capacity: 12 };
    const created = await gql<{ createInternshipCohort: { id: string; capacity: number; seated: number; canManage: boolean } }>(CREATE, { input }, zhdanova);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createInternshipCohort).toMatchObject({ capacity: 12, seated: 0, canManage: true });
    const id = created.data!.createInternshipCohort.id;

    const bad = await gql(CREATE, { input: { ...input, capacity: 0, endsOn: isoDay(-20) } }, zhdanova);
    expect(code(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields!.map((x) => x.field)).toContain('capacity');
    const backwards = await gql(CREATE, { input: { ...input, endsOn: isoDay(-20) } }, zhdanova);
    expect(backwards.errors![0].extensions!.fields).toEqual([{ field: 'endsOn', message: 'Окончание не может быть раньше начала' }]);
    // A teacher of another school does not run the site: the programme is out of his reach.
    expect(code(await gql(CREATE, { input }, filippov))).toBe('NOT_FOUND');

    const session = { cohortId: id, moduleId: f.module1, topic: 'Проектный урок: замысел', startsAt: `${isoDay(3)}T09:00:00Z`, endsAt: `${isoDay(3)}T11:00:00Z`, place: 'Школа № 35', masterPersonId: f.zhdanova };
    const s = await gql<{ addInternshipSession: { masterPersonId: string } }>(SESSION, { input: session }, zhdanova);
    expect(s.errors).toBeUndefined();
    expect(s.data!.addInternshipSession.masterPersonId).toBe(f.zhdanova);
    const nowhere = await gql(SESSION, { input: { ...session, place: null } }, zhdanova);
    expect(nowhere.errors![0].extensions!.fields).toEqual([{ field: 'place', message: 'Укажите место проведения или ссылку на онлайн-занятие' }]);
    const badUrl = await gql(SESSION, { input: { ...session, onlineUrl: 'javascript:alert(1)' } }, zhdanova);
    expect(badUrl.errors![0].extensions!.fields![0]).toEqual({ field: 'onlineUrl', message: 'Ссылка начинается с http:// или https://' });
    const stranger = await gql(SESSION, { input: { ...session, masterPersonId: f.filippov } }, zhdanova);
    expect(stranger.errors![0].extensions!.fields).toEqual([{ field: 'masterPersonId', message: 'Занятие ведёт руководитель или педагог-мастер площадки' }]);
    const otherModule = await gql(SESSION, { input: { ...session, moduleId: f.site } }, zhdanova);
    expect(otherModule.errors![0].extensions!.fields![0]!.field).toBe('moduleId');
    // Filippov sees the cohort (his district's catalogue) but does not run it.
    expect(code(await gql(SESSION, { input: session }, filippov))).toBe('FORBIDDEN');
    expect(code(await gql(SESSION, { input: session }, podporozhye))).toBe('NOT_FOUND');
  });

  it('never over-fills a cohort: 30 simultaneous applications to 5 seats give 5 seats and a waitlist in arrival order', async () => {
    const { cohort } = await cohortWithSessions(t.db, f, { capacity: 5 });
    const people = await teachersAt(t.db, f.org12, 29, 'Параллельный');
    const answers = await Promise.all([...people.map((p) => nominate(cohort, p)), gql(APPLY, { id: cohort }, filippov)]);
    expect(answers.filter((a) => a.errors)).toEqual([]);
    const all = await rows(cohort);
    expect(all).toHaveLength(30);
    expect(all.filter((r) => r.status === 'SUBMITTED')).toHaveLength(5);
    const waiting = all.filter((r) => r.status === 'WAITLISTED');
    expect(waiting).toHaveLength(25);
    // The queue is numbered under the cohort's lock, one after another as the cohort takes them: 1…25, no gap, no
    // repeat. (`created_at` is each transaction's start, before it waits for the lock, so it is not the order of writing.)
    expect(waiting.map((r) => r.seq!).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    const page = await gql<{ internshipCohort: { seated: number; waitlisted: number; applications: App[] } }>(COHORT, { id: cohort }, zhdanova);
    expect(page.data!.internshipCohort).toMatchObject({ seated: 5, waitlisted: 25 });
    expect(page.data!.internshipCohort.applications.filter((a) => a.status === 'WAITLISTED').map((a) => a.waitlistPosition)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    // A second application of the same teacher is refused.
    const again = await gql(APPLY, { id: cohort }, filippov);
    expect(code(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toBe('Заявка в эту группу уже подана');
  });

  it('moves the first on the waitlist up by itself when a seat frees (decline with a reason, withdrawal)', async () => {
    const { cohort } = await cohortWithSessions(t.db, f, { capacity: 2 });
    const [a, b, c, d] = await teachersAt(t.db, f.org12, 4, 'Очередь');
    for (const p of [a, b, c, d]) expect((await nominate(cohort, p!)).errors).toBeUndefined();
    const byPerson = async () => Object.fromEntries((await rows(cohort)).map((r) => [r.person_id, r]));
    let now = await byPerson();
    expect([a, b, c, d].map((p) => now[p!]!.status)).toEqual(['SUBMITTED', 'SUBMITTED', 'WAITLISTED', 'WAITLISTED']);

    const approved = await gql(APPROVE, { id: now[a!]!.id }, zhdanova);
    expect(approved.data!.approveInternshipApplication.status).toBe('APPROVED');
    // A decline needs a reason.
    const noReason = await gql(DECLINE, { input: { applicationId: now[a!]!.id, reason: '   ' } }, zhdanova);
    expect(code(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0].extensions!.fields).toEqual([{ field: 'reason', message: 'Укажите причину отказа' }]);
    const declined = await gql(DECLINE, { input: { applicationId: now[a!]!.id, reason: 'Стаж больше трёх лет' } }, zhdanova);
    expect(declined.data!.declineInternshipApplication).toMatchObject({ status: 'DECLINED', declineReason: 'Стаж больше трёх лет' });
    now = await byPerson();
    expect([a, b, c, d].map((p) => now[p!]!.status)).toEqual(['DECLINED', 'SUBMITTED', 'SUBMITTED', 'WAITLISTED']);
    const page = await gql<{ internshipCohort: { applications: App[] } }>(COHORT, { id: cohort }, zhdanova);
    expect(page.data!.internshipCohort.applications.find((x) => x.personId === d)!.waitlistPosition).toBe(1);
    // The promotion is audited in the same transaction.
    const audit = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'promote' AND entity_id = $1`, [now[c!]!.id]);
    expect(audit[0].n).toBe(1);

    // The school that nominated B withdraws him: D moves up.
    const withdrawn = await gql(WITHDRAW, { id: now[b!]!.id }, school12);
    expect(withdrawn.data!.withdrawInternshipApplication.status).toBe('WITHDRAWN');
    now = await byPerson();
    expect([a, b, c, d].map((p) => now[p!]!.status)).toEqual(['DECLINED', 'WITHDRAWN', 'SUBMITTED', 'SUBMITTED']);
    // A decided application cannot be decided again; an applicant cannot decide.
    expect(code(await gql(APPROVE, { id: now[b!]!.id }, zhdanova))).toBe('CONFLICT');
    expect(code(await gql(APPROVE, { id: now[c!]!.id }, school12))).toBe('FORBIDDEN');
    expect(code(await gql(APPROVE, { id: now[c!]!.id }, podporozhye))).toBe('NOT_FOUND');
  });

  it('completes by the cohort’s rule (≥ 80 % attendance and the product accepted), records module hours and issues a certificate anyone can verify', async () => {
    const { cohort, sessions } = await cohortWithSessions(t.db, f, { capacity: 5, sessions: 5, trackId: null });
    const applied = await gql(APPLY, { id: cohort }, filippov);
    expect(applied.data!.applyToInternship.status).toBe('SUBMITTED');
    const mine = applied.data!.applyToInternship.id;
    const [other] = await teachersAt(t.db, f.org12, 1, 'Пропускающий');
    const otherApp = await application(t.db, cohort, other!);
    // The sheet lists approved interns only: Filippov appears once approved.
    expect((await gql<{ internshipAttendanceSheet: { rows: unknown[] } }>(SHEET, { id: sessions[0] }, zhdanova)).data!.internshipAttendanceSheet.rows).toHaveLength(1);
    expect((await gql(APPROVE, { id: mine }, zhdanova)).errors).toBeUndefined();
    const sheet = await gql<{ internshipAttendanceSheet: { rows: { applicationId: string; present: boolean | null }[] } }>(SHEET, { id: sessions[0] }, zhdanova);
    expect(sheet.data!.internshipAttendanceSheet.rows.map((r) => r.present)).toEqual([null, null]);

    for (const [i, s] of sessions.entries()) {
      expect((await gql(MARK, { input: { sessionId: s, applicationId: mine, present: i !== 2 } }, zhdanova)).errors).toBeUndefined();
      expect((await gql(MARK, { input: { sessionId: s, applicationId: otherApp, present: i < 3 } }, zhdanova)).errors).toBeUndefined();
    }
    // A teacher cannot mark; an intern of another cohort is not on this sheet.
    expect(code(await gql(MARK, { input: { sessionId: sessions[0], applicationId: mine, present: true } }, filippov))).toBe('NOT_FOUND');
    let me = (await gql<{ internshipCohort: { myApplication: App } }>(COHORT, { id: cohort }, filippov)).data!.internshipCohort.myApplication;
    expect(me).toMatchObject({ attended: 4, sessions: 5, attendancePercent: 80, completed: false, certificateId: null });

    const badProduct = await gql(SUBMIT, { input: { applicationId: mine, title: 'Проект', url: 'ftp://x' } }, filippov);
    expect(badProduct.errors![0].extensions!.fields![0]!.field).toBe('url');
    expect(code(await gql(SUBMIT, { input: { applicationId: mine, title: 'Проект', url: 'https://example.org/p' } }, zhdanova))).toBe('FORBIDDEN');
    expect((await gql(SUBMIT, { input: { applicationId: mine, title: 'Проект урока «Дроби»', url: 'https://example.org/p' } }, filippov)).errors).toBeUndefined();
    const accepted = await gql(REVIEW, { input: { applicationId: mine, accepted: true } }, zhdanova);
    expect(accepted.errors).toBeUndefined();
    me = accepted.data!.reviewInternshipProduct;
    expect(me).toMatchObject({ completed: true, finalProductStatus: 'ACCEPTED' });
    expect(me.certificateNumber).toMatch(/^МС-\d{4}-\d{6}$/);

    // The other intern attended 3 of 5 (60 %): not completed, no certificate even with the product accepted.
    await t.db.query(`UPDATE internship_application SET final_product_status = 'SUBMITTED' WHERE id = $1`, [otherApp]);
    const rejected = await gql(REVIEW, { input: { applicationId: otherApp, accepted: true } }, zhdanova);
    expect(rejected.data!.reviewInternshipProduct).toMatchObject({ completed: false, certificateId: null, attendancePercent: 60 });

    // The completion fact: each module of the programme with its hours and date.
    const facts = await t.db.query(`SELECT title, hours::float AS hours, completed_on::text AS on FROM internship_completion WHERE application_id = $1 ORDER BY title`, [mine]);
    expect(facts).toEqual([
      { title: 'Оценивание проектов', hours: 18, on: isoDay(0) },
      { title: 'Проектирование урока', hours: 18, on: isoDay(0) },
    ]);

    // The PDF reads back in Russian with the holder's name and the number.
    const pdf = await gql<{ internshipCertificatePdf: { fileType: string; contentBase64: string } }>(PDF, { id: me.certificateId }, filippov);
    expect(pdf.errors).toBeUndefined();
    const text = await pdfText(Buffer.from(pdf.data!.internshipCertificatePdf.contentBase64, 'base64'));
    expect(text.text).toContain('Филиппов Максим Игоревич');
    expect(text.text).toContain(`№ ${me.certificateNumber}`);
    expect(text.text).toContain('36 часов');
    // Nobody outside sees it.
    expect(code(await gql(PDF, { id: me.certificateId }, school12))).toBe('NOT_FOUND');

    // Open Badges 3.0.
    const badge = JSON.parse((await gql<{ internshipCertificateCredential: string }>(BADGE, { id: me.certificateId }, filippov)).data!.internshipCertificateCredential);
    expect(badge['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(badge.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(badge.issuer).toMatchObject({ type: ['Profile'], id: `urn:metodset:organization:${f.org35}` });
    expect(badge.credentialSubject).toMatchObject({
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityHash: 'Филиппов Максим Игоревич' }],
      achievement: { type: ['Achievement'], humanCode: me.certificateNumber, criteria: { narrative: 'Условие завершения: посещено не менее 80 % занятий и принят итоговый продукт.' } },
    });
    expect(badge.validFrom).toBe(`${isoDay(0)}T00:00:00Z`);

    // The public page: no sign-in, only what the certificate states; each look-up audited with the holder.
    const verified = await gql<{ verifyInternshipCertificate: Record<string, unknown> }>(VERIFY, { n: me.certificateNumber!.toLowerCase() });
    expect(verified.errors).toBeUndefined();
    expect(verified.data!.verifyInternshipCertificate).toMatchObject({ number: me.certificateNumber, holderName: 'Филиппов Максим Игоревич', hours: 36, status: 'VALID', startsOn: isoDay(-60) });
    const audited = await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'verify' AND $1 = ANY(person_ids)`, [f.filippov]);
    expect(audited[0].n).toBe(1);
    expect((await gql<{ verifyInternshipCertificate: null }>(VERIFY, { n: 'МС-1999-000001' })).data!.verifyInternshipCertificate).toBeNull();
    expect((await gql<{ verifyInternshipCertificate: null }>(VERIFY, { n: "' OR 1=1 --" })).data!.verifyInternshipCertificate).toBeNull();

    // «Мои стажировки».
    const my = await gql<{ myInternshipApplications: (App & { cohortTitle: string })[] }>(MY, {}, filippov);
    expect(my.data!.myInternshipApplications.find((x) => x.id === mine)).toMatchObject({ certificateNumber: me.certificateNumber, cohortTitle: 'Группа молодых педагогов' });
  });

  it('shows applications only to those who run the cohort, and reads the cohort page in a bounded number of statements', async () => {
    const { cohort } = await cohortWithSessions(t.db, f, { capacity: 50, sessions: 3 });
    const small = await teachersAt(t.db, f.org12, 3, 'Малая');
    for (const p of small) await application(t.db, cohort, p);
    const count = async () => {
      t.counter.reset();
      const r = await gql<{ internshipCohort: { applications: App[] } }>(COHORT, { id: cohort }, zhdanova);
      expect(r.errors).toBeUndefined();
      return { n: t.counter.statements, apps: r.data!.internshipCohort.applications.length };
    };
    const few = await count();
    for (const p of await teachersAt(t.db, f.org12, 40, 'Большая')) await application(t.db, cohort, p);
    const many = await count();
    expect([few.apps, many.apps]).toEqual([3, 43]);
    expect(many.n).toBe(few.n);
    expect(many.n).toBeLessThanOrEqual(16);
    // Filippov sees the cohort but nobody's applications; another region sees nothing.
    const teacher = await gql<{ internshipCohort: { applications: App[]; canManage: boolean } }>(COHORT, { id: cohort }, filippov);
    expect(teacher.data!.internshipCohort).toMatchObject({ applications: [], canManage: false });
    expect(code(await gql(COHORT, { id: cohort }, podporozhye))).toBe('NOT_FOUND');
  });
  it.each([
    ['createInternshipCohort', CREATE, { input: { programId: 'x', title: ' ', startsOn: '2026-13-01', endsOn: '2026-01-01', capacity: 0 } }, ['programId', 'title', 'startsOn', 'capacity']],
    ['addInternshipSession', SESSION, { input: { cohortId: 'x', topic: '', startsAt: 'вчера', endsAt: '2026-01-01T10:00:00Z', place: 'Школа' } }, ['cohortId', 'topic', 'startsAt']],
    ['applyToInternship', APPLY, { id: 'school-1' }, ['cohortId']],
    ['nominateToInternship', NOMINATE, { input: { cohortId: 'x', personId: 'y' } }, ['cohortId', 'personId']],
    ['approveInternshipApplication', APPROVE, { id: 'x' }, ['id']],
    ['declineInternshipApplication', DECLINE, { input: { applicationId: 'x', reason: '' } }, ['applicationId', 'reason']],
    ['withdrawInternshipApplication', WITHDRAW, { id: 'x' }, ['id']],
    ['markInternshipAttendance', MARK, { input: { sessionId: 'x', applicationId: 'y', present: true } }, ['sessionId', 'applicationId']],
    ['submitInternshipProduct', SUBMIT, { input: { applicationId: 'x', title: '', url: 'example.org' } }, ['applicationId', 'title', 'url']],
    ['reviewInternshipProduct', REVIEW, { input: { applicationId: 'x', accepted: true } }, ['applicationId']],
  ])('%s refuses bad input on its fields and writes nothing', async (name, query, variables, fields) => {
    const count = async () => (await t.db.query(`SELECT (SELECT count(*) FROM internship_application) + (SELECT count(*) FROM internship_cohort) + (SELECT count(*) FROM internship_session) + (SELECT count(*) FROM internship_attendance) AS n`))[0].n;
    const before = await count();
    const r = await gql(query, variables, name === 'nominateToInternship' ? school12 : zhdanova);
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.fields!.map((x) => x.field).sort()).toEqual([...fields].sort());
    expect(await count()).toBe(before);
  });
});
