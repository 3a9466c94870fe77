import { DataSource } from 'typeorm';
import { addDays } from '../src/modules/home/agenda-rules';
import { insertCalendarEvent } from './support/calendar-fixtures';
import { idOf, startTestApp, TestApp } from './support/test-app';

/**
 * «Моя страница» (myAgenda) and the school page (schoolHome) on the demo data, as of 3 December 2026 (the demo's
 * 2026/2027 school year): the exact items the seeds give the demo teacher and mentor, the items fixtures add, the
 * scope of approvals and events, the audit of the people the agenda names, and a statement count that does not grow
 * with the number of items.
 */
const TODAY = '2026-12-03';
const AGENDA = `query($today: String) { myAgenda(today: $today) {
  today canApprove
  diagnostics { campaignName instrumentName closesOn status }
  routeSteps { title routeTitle endsOn due }
  approvals { title fullName personId status }
  events { title startsOn endsOn }
  internshipSessions { cohortTitle topic startsAt }
  internshipApplications { applicationId cohortTitle fullName personId source }
  documentTasks { number text dueOn state documentTitle documentNumber }
  meetings { plannedOn topic format side others { personId fullName } }
  surveys { title programName }
} }`;
const SCHOOL = `query($id: ID!, $today: String) { schoolHome(organizationId: $id, today: $today) {
  organizationName approvals { title fullName } events { title startsOn }
} }`;

interface Agenda {
  today: string;
  canApprove: boolean;
  diagnostics: { campaignName: string; instrumentName: string; closesOn: string; status: string | null }[];
  routeSteps: { title: string; routeTitle: string; endsOn: string; due: string }[];
  approvals: { title: string; fullName: string | null; personId: string | null; status: string }[];
  events: { title: string; startsOn: string; endsOn: string }[];
  internshipSessions: { cohortTitle: string; topic: string; startsAt: string }[];
  internshipApplications: { applicationId: string; cohortTitle: string; fullName: string; personId: string; source: string }[];
  documentTasks: { number: string; text: string; dueOn: string | null; state: string; documentTitle: string; documentNumber: string }[];
  meetings: { plannedOn: string; topic: string; format: string; side: string; others: { personId: string; fullName: string }[] }[];
  surveys: { title: string; programName: string }[];
}

const ZHDANOVA_FILIPPOV_MEETINGS = [
  { plannedOn: '2026-12-09', topic: 'Посещение урока наставника (9 класс, подготовка к ОГЭ)', format: 'OPEN_LESSON' },
  { plannedOn: '2027-01-27', topic: 'Перекрёстная проверка диагностических работ 9-х классов', format: 'CONSULTATION' },
  { plannedOn: '2027-03-17', topic: 'Промежуточные итоги ИОМ', format: 'IN_PERSON' },
];

const one = async (db: DataSource, sql: string, params: unknown[] = []) => ((await db.query(sql, params)) as { id: string }[])[0]!.id;

describe('home: myAgenda and schoolHome', () => {
  let t: TestApp;
  let filippov: string;
  let zhdanova: string;
  let org12: string;
  let org35: string;
  const tokens: Record<string, string> = {};
  const agenda = async (login: string, today = TODAY) => {
    const r = await t.gql<{ myAgenda: Agenda }>(AGENDA, { today }, tokens[login]);
    expect(r.errors).toBeUndefined();
    return r.data!.myAgenda;
  };

  beforeAll(async () => {
    t = await startTestApp();
    filippov = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-young-math');
    zhdanova = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh35-math');
    org12 = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12');
    org35 = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-35');
    for (const login of ['teacher.filippov', 'mentor.zhdanova', 'school12.vorkuta', 'methodist.podporozhye', 'admin']) tokens[login] = await t.login(login);
  });
  afterAll(() => t.close());

  describe('on the demo data alone', () => {
    it('shows the teacher his open diagnostic and the meetings ahead with his mentor', async () => {
      const a = await agenda('teacher.filippov');
      expect(a.today).toBe(TODAY);
      expect(a.diagnostics).toEqual([
        {
          campaignName: 'Диагностика профессиональных дефицитов молодых педагогов МОУ «СОШ №12» (2026/2027 учебный год)',
          instrumentName: expect.any(String),
          closesOn: '2027-06-30',
          status: null,
        },
      ]);
      expect(a.meetings).toEqual(ZHDANOVA_FILIPPOV_MEETINGS.map((m) => ({ ...m, side: 'MENTEE', others: [{ personId: zhdanova, fullName: 'Жданова Тамара Михайловна' }] })));
      expect(a).toMatchObject({ canApprove: false, approvals: [], routeSteps: [], events: [], internshipSessions: [], internshipApplications: [], documentTasks: [], surveys: [] });
    });

    it('shows the mentor the same meetings, naming her mentee; nothing else waits for her', async () => {
      const a = await agenda('mentor.zhdanova');
      expect(a.meetings).toEqual(ZHDANOVA_FILIPPOV_MEETINGS.map((m) => ({ ...m, side: 'MENTOR', others: [{ personId: filippov, fullName: 'Филиппов Максим Игоревич' }] })));
      expect(a).toMatchObject({ canApprove: false, diagnostics: [], approvals: [], routeSteps: [], events: [], internshipSessions: [], internshipApplications: [], documentTasks: [], surveys: [] });
    });

    it('drops meetings already past: a week later the first one is gone', async () => {
      const a = await agenda('mentor.zhdanova', '2026-12-10');
      expect(a.meetings.map((m) => m.plannedOn)).toEqual(['2027-01-27', '2027-03-17']);
    });

    it('audits the people the agenda names (the mentee for the mentor), not the caller herself', async () => {
      const before = new Date();
      await agenda('mentor.zhdanova');
      const rows = (await t.db.query(
        `SELECT l.person_ids FROM audit_log l JOIN account a ON a.id = l.account_id WHERE a.login = 'mentor.zhdanova' AND l.action = 'read-list' AND l.at >= $1`,
        [before],
      )) as { person_ids: string[] }[];
      expect(rows).toHaveLength(1);
      expect(rows[0].person_ids).toEqual([filippov]);
    });

    it('gives the school page of school №12 to its administration: nothing on approval, no events in the demo', async () => {
      const r = await t.gql<{ schoolHome: { organizationName: string; approvals: unknown[]; events: unknown[] } }>(SCHOOL, { id: org12, today: TODAY }, tokens['school12.vorkuta']);
      expect(r.errors).toBeUndefined();
      expect(r.data!.schoolHome).toEqual({ organizationName: 'МОУ «СОШ №12» г. Воркуты', approvals: [], events: [] });
    });
  });

  describe('with items added', () => {
    let program = '';
    beforeAll(async () => {
      const db = t.db;
      // A running route with an overdue, a soon and a later step, a done one; a draft route whose dated step does not count.
      const route = await one(db, `INSERT INTO learning_route (person_id, organization_id, title, starts_on, ends_on, status) VALUES ($1, $2, 'ИОМ: учебная задача', '2026-09-01', '2027-05-31', 'IN_PROGRESS') RETURNING id`, [filippov, org12]);
      const step = (title: string, endsOn: string, status = 'PLANNED', routeId = route) =>
        db.query(`INSERT INTO learning_route_step (route_id, kind, title, starts_on, ends_on, status) VALUES ($1, 'SELF_EDUCATION', $2, '2026-09-01', $3, $4)`, [routeId, title, endsOn, status]);
      await step('Конспект урока с учебной задачей', '2026-11-30', 'IN_PROGRESS');
      await step('Открытый урок в 8 классе', '2026-12-15');
      await step('Самоанализ урока', '2027-02-01');
      await step('Курс «Мотивация на уроке»', '2026-11-01', 'DONE');
      const draft = await one(db, `INSERT INTO learning_route (person_id, organization_id, title, starts_on, ends_on, status) VALUES ($1, $2, 'Черновик', '2026-09-01', '2027-05-31', 'DRAFT') RETURNING id`, [filippov, org12]);
      await step('Шаг черновика', '2026-12-05', 'PLANNED', draft);
      // Two events hosted by his school in the next weeks, one he registered for and one he did not; one he registered for, cancelled.
      const ev = (title: string, on: string) => insertCalendarEvent(db, { title, organizationId: org12, startsOn: on });
      const going = await ev('Методический совет: ВПР', addDays(TODAY, 6));
      await ev('Семинар без регистрации', addDays(TODAY, 8));
      const cancelled = await ev('Отменённая регистрация', addDays(TODAY, 9));
      await db.query(`INSERT INTO event_registration (event_id, person_id) VALUES ($1, $2)`, [going, filippov]);
      await db.query(`INSERT INTO event_registration (event_id, person_id, status, cancelled_at) VALUES ($1, $2, 'CANCELLED', now())`, [cancelled, filippov]);
      // A cohort he was admitted to, with a session ahead and one past; a cohort he only applied to.
      const site = await one(db, `INSERT INTO staging_site (kind, level, organization_id, theme, head_person_id, starts_on, ends_on) VALUES ('STAGING_SITE', 'MUNICIPAL', $1, 'Проектная деятельность', $2, '2026-01-01', '2027-12-31') RETURNING id`, [org35, zhdanova]);
      program = await one(db, `INSERT INTO internship_program (site_id, title, min_months, max_months, audience, max_experience_years) VALUES ($1, 'Проектный урок', 12, 18, 'молодые педагоги', 3) RETURNING id`, [site]);
      const cohort = (title: string) => one(db, `INSERT INTO internship_cohort (program_id, title, starts_on, ends_on, capacity) VALUES ($1, $2, '2026-10-01', '2027-03-31', 5) RETURNING id`, [program, title]);
      const admitted = await cohort('Группа молодых педагогов');
      const pending = await cohort('Вторая группа');
      const session = (c: string, at: string, topic: string) => db.query(`INSERT INTO internship_session (cohort_id, starts_at, ends_at, topic, place) VALUES ($1, $2, $2::timestamptz + interval '2 hours', $3, 'Школа № 35, каб. 12')`, [c, at, topic]);
      await session(admitted, '2026-12-10T10:00:00Z', 'Проектирование урока');
      await session(admitted, '2026-11-10T10:00:00Z', 'Прошедшее занятие');
      await session(pending, '2026-12-11T10:00:00Z', 'Занятие чужой группы');
      await db.query(`INSERT INTO internship_application (cohort_id, person_id, source, status) VALUES ($1, $2, 'SELF', 'APPROVED'), ($3, $2, 'SELF', 'SUBMITTED')`, [admitted, filippov, pending]);
      // A questionnaire of the pair's programme.
      const programId = await one(db, `SELECT program_id AS id FROM mentorship WHERE external_id = 'demo:mentorship:vorkuta-2026-zhdanova-filippov'`);
      await db.query(`INSERT INTO survey (program_id, title, is_final, questions, created_at) VALUES ($1, 'Анкета наставляемого: первое полугодие', false, '[{"key":"q1","text":"Насколько полезны встречи?","type":"SCALE"}]', '2026-11-20')`, [programId]);
      // More meetings of the pair.
      const ms = await one(db, `SELECT id FROM mentorship WHERE external_id = 'demo:mentorship:vorkuta-2026-zhdanova-filippov'`);
      await db.query(`INSERT INTO mentorship_session (mentorship_id, planned_on, format, topic) VALUES ($1, '2026-12-04', 'CONSULTATION', 'Разбор конспекта'), ($1, '2026-12-20', 'ONLINE', 'Итоги полугодия')`, [ms]);
    });

    it('lists the due steps of running routes, the registered events, the sessions of admitted cohorts and the surveys', async () => {
      const a = await agenda('teacher.filippov');
      expect(a.routeSteps).toEqual([
        { title: 'Конспект урока с учебной задачей', routeTitle: 'ИОМ: учебная задача', endsOn: '2026-11-30', due: 'OVERDUE' },
        { title: 'Открытый урок в 8 классе', routeTitle: 'ИОМ: учебная задача', endsOn: '2026-12-15', due: 'SOON' },
      ]);
      expect(a.events).toEqual([{ title: 'Методический совет: ВПР', startsOn: addDays(TODAY, 6), endsOn: addDays(TODAY, 6) }]);
      expect(a.internshipSessions).toEqual([{ cohortTitle: 'Группа молодых педагогов', topic: 'Проектирование урока', startsAt: '2026-12-10T10:00:00.000Z' }]);
      expect(a.surveys).toEqual([{ title: 'Анкета наставляемого: первое полугодие', programName: expect.stringContaining('Наставничество «Учитель – учитель»') }]);
      expect(a.meetings.map((m) => m.plannedOn)).toEqual(['2026-12-04', '2026-12-09', '2026-12-20', '2027-01-27', '2027-03-17']);
    });

    it('shows the staging site’s head the applications waiting for her decision, not the teacher who applied nor another region; a decision takes it off', async () => {
      const head = await agenda('mentor.zhdanova');
      expect(head.internshipApplications).toEqual([{ applicationId: expect.any(String), cohortTitle: 'Вторая группа', fullName: 'Филиппов Максим Игоревич', personId: filippov, source: 'SELF' }]);
      expect((await agenda('teacher.filippov')).internshipApplications).toEqual([]);
      expect((await agenda('methodist.podporozhye')).internshipApplications).toEqual([]);
      // Out of the caller's reach the block lists nothing, whatever waits elsewhere; after the decision nothing waits.
      const decided = await t.gql('mutation($id: ID!) { approveInternshipApplication(id: $id) { id status } }', { id: head.internshipApplications[0]!.applicationId }, tokens['mentor.zhdanova']);
      expect(decided.errors).toBeUndefined();
      expect((await agenda('mentor.zhdanova')).internshipApplications).toEqual([]);
      await t.db.query(`UPDATE internship_application SET status = 'SUBMITTED', decided_at = NULL WHERE id = $1`, [head.internshipApplications[0]!.applicationId]);
    });

    it('lists the points of orders naming the caller that are not done, overdue first, with their order; nobody else’s', async () => {
      const db = t.db;
      const order = await one(db, `INSERT INTO document (level, kind, number, issued_on, title, organization_id) VALUES ('ORGANIZATION', 'ORDER', '88', '2026-09-01', 'О наставничестве молодых педагогов', $1) RETURNING id`, [org12]);
      const task = async (position: number, number: string, text: string, dueOn: string | null, person: string, done = false) => {
        const id = await one(
          db,
          `INSERT INTO document_task (document_id, position, number, text, due_on, status, done_on) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [order, position, number, text, dueOn, done ? 'DONE' : 'PLANNED', done ? '2026-10-01' : null],
        );
        await db.query(`INSERT INTO document_task_responsible (task_id, person_id, position) VALUES ($1, $2, 1)`, [id, person]);
      };
      await task(1, '1.', 'Провести открытый урок', '2099-03-01', filippov);
      await task(2, '2.', 'Сдать план самообразования', '2026-01-15', filippov);
      await task(3, '3.', 'Выполненное поручение', '2026-02-01', filippov, true);
      await task(4, '4.', 'Поручение наставнику', '2099-04-01', zhdanova);
      const title = 'О наставничестве молодых педагогов';
      expect((await agenda('teacher.filippov')).documentTasks).toEqual([
        { number: '2.', text: 'Сдать план самообразования', dueOn: '2026-01-15', state: 'OVERDUE', documentTitle: title, documentNumber: '88' },
        { number: '1.', text: 'Провести открытый урок', dueOn: '2099-03-01', state: 'PLANNED', documentTitle: title, documentNumber: '88' },
      ]);
      expect((await agenda('methodist.podporozhye')).documentTasks).toEqual([]);
      // «Overdue» is measured against the agenda's own today, like the rest of the agenda (not the real date, which
      // lies between the two due dates).
      const states = async (today: string) => (await agenda('teacher.filippov', today)).documentTasks.map((x) => `${x.number} ${x.state}`);
      expect(await states('2026-01-10')).toEqual(['2. PLANNED', '1. PLANNED']);
      expect(await states('2026-01-15')).toEqual(['2. PLANNED', '1. PLANNED']);
      expect(await states('2026-01-16')).toEqual(['2. OVERDUE', '1. PLANNED']);
      expect(await states('2099-03-02')).toEqual(['2. OVERDUE', '1. OVERDUE']);
    });

    it('costs the same number of SQL statements for twice the items in every block', async () => {
      t.counter.reset();
      const few = await agenda('teacher.filippov');
      const fewStatements = t.counter.statements;

      const db = t.db;
      const route = await one(db, `INSERT INTO learning_route (person_id, organization_id, title, starts_on, ends_on, status) VALUES ($1, $2, 'ИОМ: ВПР', '2026-09-01', '2027-05-31', 'APPROVED') RETURNING id`, [filippov, org12]);
      for (const [title, endsOn] of [['Разбор заданий ВПР', '2026-11-20'], ['Пробная работа', '2026-12-10']]) {
        await db.query(`INSERT INTO learning_route_step (route_id, kind, title, starts_on, ends_on) VALUES ($1, 'SELF_EDUCATION', $2, '2026-09-01', $3)`, [route, title, endsOn]);
      }
      for (const [title, days] of [['Круглый стол', 12], ['Педсовет', 20]] as const) {
        const ev = await insertCalendarEvent(db, { title, organizationId: org12, startsOn: addDays(TODAY, days) });
        await db.query(`INSERT INTO event_registration (event_id, person_id) VALUES ($1, $2)`, [ev, filippov]);
      }
      const cohort = await one(db, `INSERT INTO internship_cohort (program_id, title, starts_on, ends_on, capacity) VALUES ($1, 'Третья группа', '2026-10-01', '2027-03-31', 5) RETURNING id`, [program]);
      await db.query(`INSERT INTO internship_session (cohort_id, starts_at, ends_at, topic, place) VALUES ($1, '2026-12-12T10:00:00Z', '2026-12-12T12:00:00Z', 'Оценивание проектов', 'Школа № 35')`, [cohort]);
      await db.query(`INSERT INTO internship_application (cohort_id, person_id, source, status) VALUES ($1, $2, 'SELF', 'APPROVED')`, [cohort, filippov]);

      t.counter.reset();
      const many = await agenda('teacher.filippov');
      expect(many.routeSteps.length).toBe(few.routeSteps.length + 2);
      expect(many.events.length).toBe(few.events.length + 2);
      expect(many.internshipSessions.length).toBe(few.internshipSessions.length + 1);
      expect(t.counter.statements).toBe(fewStatements);
      expect(fewStatements).toBeLessThanOrEqual(20);
    });
  });

  describe('approvals and scope', () => {
    let onApproval12: string;
    beforeAll(async () => {
      const db = t.db;
      onApproval12 = await one(db, `INSERT INTO learning_route (person_id, organization_id, title, starts_on, ends_on, status) VALUES ($1, $2, 'ИОМ на согласовании (№12)', '2026-12-01', '2027-05-31', 'ON_APPROVAL') RETURNING id`, [filippov, org12]);
      await db.query(`INSERT INTO learning_route (person_id, organization_id, title, starts_on, ends_on, status) VALUES ($1, $2, 'ИОМ на согласовании (№35)', '2026-12-01', '2027-05-31', 'ON_APPROVAL')`, [zhdanova, org35]);
      await insertCalendarEvent(db, { title: 'Событие школы №35', organizationId: org35, startsOn: addDays(TODAY, 5) });
      await insertCalendarEvent(db, { title: 'Совещание школы №12', organizationId: org12, startsOn: addDays(TODAY, 4) });
      await insertCalendarEvent(db, { title: 'Совещание через три месяца', organizationId: org12, startsOn: addDays(TODAY, 90) });
    });

    it('shows the school admin the routes of her school waiting for approval, with the teacher named, and no other school’s', async () => {
      const a = await agenda('school12.vorkuta');
      expect(a.canApprove).toBe(true);
      expect(a.approvals).toEqual([{ title: 'ИОМ на согласовании (№12)', fullName: 'Филиппов Максим Игоревич', personId: filippov, status: 'ON_APPROVAL' }]);
      const r = await t.gql<{ schoolHome: { approvals: { title: string }[]; events: { title: string }[] } }>(SCHOOL, { id: org12, today: TODAY }, tokens['school12.vorkuta']);
      expect(r.data!.schoolHome.approvals.map((x) => x.title)).toEqual(['ИОМ на согласовании (№12)']);
      const events = r.data!.schoolHome.events.map((x) => x.title);
      expect(events).toContain('Совещание школы №12');
      expect(events).not.toContain('Событие школы №35');
      expect(events).not.toContain('Совещание через три месяца');
      expect(onApproval12).toBeTruthy();
    });

    it('shows the school’s own indicators from the indicator read model, with the latest value and status, and no other school’s', async () => {
      const db = t.db;
      const indicator = (org: string, name: string) =>
        one(db, `INSERT INTO indicator (organization_id, name, unit, baseline_year, baseline_value) VALUES ($1, $2, 'PERCENT', 2025, 40) RETURNING id`, [org, name]);
      const own = await indicator(org12, 'Доля педагогов с ИОМ (СОШ №12)');
      await indicator(org35, 'Доля педагогов с ИОМ (СОШ №35)');
      await db.query(`INSERT INTO indicator_target (indicator_id, year, value) VALUES ($1, 2026, 60)`, [own]);
      await db.query(`INSERT INTO indicator_value (indicator_id, period_start, period_end, value) VALUES ($1, '2026-09-01', '2026-09-30', 62.5)`, [own]);
      const r = await t.gql<{ schoolHome: { indicators: { name: string; status: string; latest: { value: number } | null; latestTarget: { value: number } | null }[] } }>(
        'query($id: ID!) { schoolHome(organizationId: $id) { indicators { name status latest { value } latestTarget { value } } } }',
        { id: org12 },
        tokens['school12.vorkuta'],
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.schoolHome.indicators).toEqual([{ name: 'Доля педагогов с ИОМ (СОШ №12)', status: 'MET', latest: { value: 62.5 }, latestTarget: { value: 60 } }]);
    });

    it('never offers a teacher his own route for approval, nor anyone else’s', async () => {
      const a = await agenda('teacher.filippov');
      expect(a).toMatchObject({ canApprove: false, approvals: [] });
    });

    it('keeps another school’s page NOT_FOUND for a school admin and for another municipality’s methodist, and FORBIDDEN for a teacher', async () => {
      const other = await t.gql(SCHOOL, { id: org35 }, tokens['school12.vorkuta']);
      expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(other.data).toBeNull();
      const methodist = await t.gql(SCHOOL, { id: org12 }, tokens['methodist.podporozhye']);
      expect(methodist.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const random = await t.gql(SCHOOL, { id: '00000000-0000-4000-8000-000000000000' }, tokens['school12.vorkuta']);
      expect(random.errors?.[0]).toEqual(other.errors?.[0]);
      const teacher = await t.gql(SCHOOL, { id: org12 }, tokens['teacher.filippov']);
      expect(teacher.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses a malformed day with a field error', async () => {
      for (const today of ['2026-13-45', '03.12.2026', 'завтра']) {
        const r = await t.gql(AGENDA, { today }, tokens['teacher.filippov']);
        expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(r.errors?.[0]?.extensions?.fields).toEqual([{ field: 'today', message: 'Дата — в виде ГГГГ-ММ-ДД' }]);
      }
      const bad = await t.gql(SCHOOL, { id: 'не-идентификатор' }, tokens['school12.vorkuta']);
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});
