import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InternshipRepository } from '../src/modules/internship/internship.repository';
import { InternshipService } from '../src/modules/internship/internship.service';
import { InternshipCohortEntity } from '../src/modules/internship/internship-cohort.entity';
import { UnitOfWork } from '../src/common/database/unit-of-work';
import { isoDay, RouteDiagnostics, routeDiagnostics } from './support/route-fixtures';
import { idOf, startTestApp, TestApp } from './support/test-app';

type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
type Step = {
  id: string;
  kind: string;
  title: string;
  status: string;
  completedOn: string | null;
  evidenceUrl: string | null;
  evidenceSource: string | null;
  eventOccurrenceDate: string | null;
  event: { id: string; title: string; startsOn: string } | null;
  internshipModule: { id: string; title: string; programTitle: string; siteTitle: string; cohortId: string | null } | null;
};
type Route = { id: string; status: string; steps: Step[]; journal: { kind: string; text: string }[] };
type Proposal = { kind: string; title: string; competenceIds: string[]; reason: string | null; eventId: string | null; internshipModuleId: string | null; internshipCohortId: string | null; startsOn: string | null };

const ROUTE = `id status steps { id kind title status completedOn evidenceUrl evidenceSource eventOccurrenceDate event { id title startsOn } internshipModule { id title programTitle siteTitle cohortId } }
  journal { kind text }`;
const CREATE = `mutation($input: CreateRouteInput!) { createLearningRoute(input: $input) { ${ROUTE} } }`;
const GET = `query($id: ID!) { learningRoute(id: $id) { ${ROUTE} } }`;
const ADD_STEP = `mutation($id: ID!, $input: RouteStepInput!) { addRouteStep(routeId: $id, input: $input) { ${ROUTE} } }`;
const UPDATE_STEP = `mutation($id: ID!, $input: UpdateRouteStepInput!) { updateRouteStep(stepId: $id, input: $input) { ${ROUTE} } }`;
const MARK = `mutation($id: ID!, $input: EventAttendanceInput!) { markEventAttendance(eventId: $id, input: $input) { id } }`;
const PROPOSE = `query($p: ID!, $c: [ID!]!) { proposeRouteSteps(personId: $p, competenceIds: $c) { kind title competenceIds reason eventId internshipModuleId internshipCohortId startsOn } }`;

describe('route steps linked to events and internship modules', () => {
  let t: TestApp;
  let f: RouteDiagnostics;
  let filippov: string;
  let school12: string;
  let admin: string;
  let today: string;
  let attendedEvent: string; // held today by №12, SH2.1: Филиппов registered
  let upcomingEvent: string; // in 10 days by №12, SH2.1 — proposed
  let foreignEvent: string; // upcoming, SH2.1, hosted in another municipality — never proposed
  let cancelledEvent: string; // upcoming, SH2.1, cancelled — never proposed
  let module1: string; // SH3.3, of an active site on №12
  let cohort: string;
  let application: string;
  let route: Route;

  const gql = <T = Record<string, Route>>(q: string, v: Record<string, unknown>, token: string) => t.gql<T>(q, v, token) as Promise<R<T>>;
  const one = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;
  const event = (title: string, org: string, startsOn: string, competence: string, status = 'PLANNED') =>
    one(
      `INSERT INTO event (title, kind, organization_id, starts_on, ends_on, span_ends_on, competence_ids, status) VALUES ($1, 'SEMINAR', $2, $3, $3, $3, ARRAY[$4]::uuid[], $5) RETURNING id`,
      [title, org, startsOn, competence, status],
    );
  const stepOf = async (kind: string) => (await gql(GET, { id: route.id }, filippov)).data!.learningRoute.steps.find((s) => s.kind === kind)!;

  beforeAll(async () => {
    t = await startTestApp();
    f = await routeDiagnostics(t.db);
    [filippov, school12, admin] = await Promise.all(['teacher.filippov', 'school12.vorkuta', 'admin'].map((l) => t.login(l)));
    today = isoDay(0);
    const foreignOrg = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-1');
    attendedEvent = await event('Семинар «Постановка педагогической задачи»', f.org12, today, f.sh21);
    upcomingEvent = await event('Практикум «Тема урока — задача для ученика»', f.org12, isoDay(10), f.sh21);
    foreignEvent = await event('Семинар другого района', foreignOrg, isoDay(12), f.sh21);
    cancelledEvent = await event('Отменённый семинар', f.org12, isoDay(14), f.sh21, 'CANCELLED');
    await t.db.query(`INSERT INTO event_registration (event_id, person_id) VALUES ($1, $2)`, [attendedEvent, f.filippov]);
    const site = await one(
      `INSERT INTO staging_site (kind, level, organization_id, theme, starts_on, ends_on) VALUES ('STAGING_SITE', 'MUNICIPAL', $1, 'Мотивация учащихся', $2, $3) RETURNING id`,
      [f.org12, isoDay(-200), isoDay(400)],
    );
    const program = await one(`INSERT INTO internship_program (site_id, title, min_months, max_months) VALUES ($1, 'Мотивирующий урок', 1, 3) RETURNING id`, [site]);
    module1 = await one(`INSERT INTO internship_module (program_id, position, title, hours, format) VALUES ($1, 1, 'Приёмы мотивации', 12, 'IN_PERSON') RETURNING id`, [program]);
    await t.db.query(`INSERT INTO internship_module_competence (module_id, competence_id) VALUES ($1, $2)`, [module1, f.sh33]);
    cohort = await one(`INSERT INTO internship_cohort (program_id, title, starts_on, ends_on, capacity) VALUES ($1, 'Группа 1', $2, $3, 5) RETURNING id`, [program, isoDay(-20), isoDay(40)]);
    application = await one(`INSERT INTO internship_application (cohort_id, person_id, source, status) VALUES ($1, $2, 'SELF', 'APPROVED') RETURNING id`, [cohort, f.filippov]);

    const created = await gql(CREATE, {
      input: { personId: f.filippov, title: 'ИОМ со ссылками', startsOn: isoDay(-60), endsOn: isoDay(120), campaignId: f.before, competenceIds: [f.sh21, f.sh33] },
    }, filippov);
    expect(created.errors).toBeUndefined();
    const id = created.data!.createLearningRoute.id;
    const a = await gql(ADD_STEP, { id, input: { kind: 'EVENT', title: 'Посетить семинар', competenceIds: [f.sh21], eventId: attendedEvent } }, filippov);
    expect(a.errors).toBeUndefined();
    const b = await gql(ADD_STEP, { id, input: { kind: 'INTERNSHIP_MODULE', title: 'Пройти модуль', competenceIds: [f.sh33], internshipModuleId: module1, internshipCohortId: cohort } }, filippov);
    expect(b.errors).toBeUndefined();
    for (const [q, token] of [['submitLearningRoute', filippov], ['approveLearningRoute', school12], ['startLearningRoute', filippov]] as const) {
      const x = await gql(`mutation($id: ID!) { ${q}(id: $id) { id } }`, { id }, token);
      expect(x.errors).toBeUndefined();
    }
    route = (await gql(GET, { id }, filippov)).data!.learningRoute;
  });
  afterAll(() => t.close());

  it('shows the linked event and module on the steps', async () => {
    const ev = route.steps.find((s) => s.kind === 'EVENT')!;
    expect(ev.event).toEqual({ id: attendedEvent, title: 'Семинар «Постановка педагогической задачи»', startsOn: today });
    const mod = route.steps.find((s) => s.kind === 'INTERNSHIP_MODULE')!;
    expect(mod.internshipModule).toEqual({ id: module1, title: 'Приёмы мотивации', programTitle: 'Мотивирующий урок', siteTitle: 'Мотивация учащихся', cohortId: cohort });
  });

  it('refuses links of another kind, out of reach, and the database refuses them too', async () => {
    const draft = await gql(CREATE, { input: { personId: f.filippov, title: 'Черновик 3', startsOn: isoDay(-1), endsOn: isoDay(60), competenceIds: [f.sh21] } }, filippov);
    const wrongKind = await gql(ADD_STEP, { id: draft.data!.createLearningRoute.id, input: { kind: 'SELF_EDUCATION', title: 'x', eventId: attendedEvent } }, school12);
    expect(wrongKind.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrongKind.errors?.[0]?.extensions?.fields).toEqual([{ field: 'eventId', message: 'Мероприятие указывается только для шагов вида «Мероприятие»' }]);
    await expect(t.db.query(`UPDATE learning_route_step SET event_id = $1 WHERE kind = 'INTERNSHIP_MODULE' AND route_id = $2`, [attendedEvent, route.id])).rejects.toThrow(/ck_learning_route_step_event/);
    await expect(t.db.query(`UPDATE learning_route_step SET internship_module_id = $1 WHERE kind = 'EVENT' AND route_id = $2`, [module1, route.id])).rejects.toThrow(/ck_learning_route_step_module/);
  });

  it('never shows a linked event out of the caller’s scope nested in the step, and does not let one be linked', async () => {
    const ev = route.steps.find((s) => s.kind === 'EVENT')!;
    await t.db.query(`UPDATE learning_route_step SET event_id = $1 WHERE id = $2`, [foreignEvent, ev.id]);
    try {
      expect((await stepOf('EVENT')).event).toBeNull();
      const asAdmin = (await gql(GET, { id: route.id }, admin)).data!.learningRoute.steps.find((s) => s.kind === 'EVENT')!;
      expect(asAdmin.event?.id).toBe(foreignEvent);
    } finally {
      await t.db.query(`UPDATE learning_route_step SET event_id = $1 WHERE id = $2`, [attendedEvent, ev.id]);
    }
    const draft = await gql(CREATE, { input: { personId: f.filippov, title: 'Черновик', startsOn: isoDay(-1), endsOn: isoDay(60), competenceIds: [f.sh21] } }, filippov);
    for (const eventId of [foreignEvent, '00000000-0000-4000-8000-000000000000']) {
      const r = await gql(ADD_STEP, { id: draft.data!.createLearningRoute.id, input: { kind: 'EVENT', title: 'Чужой семинар', eventId } }, filippov);
      // Out of reach answers as a row that does not exist: NOT_FOUND, as for a random id.
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(r.errors?.[0]?.message).toBe('Мероприятие не найдено');
    }
    const step = (await gql(GET, { id: draft.data!.createLearningRoute.id }, filippov)).data!.learningRoute.steps;
    expect(step).toEqual([]);
  });

  it('marking attendance completes the linked step in the same transaction; a failure leaves nothing; unmarking reverts it', async () => {
    // A failure after the step's change (the journal refuses its line) rolls the mark back too.
    await t.db.query(`CREATE FUNCTION route_links_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'journal refused'; END $$`);
    await t.db.query(`CREATE TRIGGER route_links_fail BEFORE INSERT ON learning_route_journal_entry FOR EACH ROW WHEN (NEW.text LIKE 'Посещено%') EXECUTE FUNCTION route_links_fail()`);
    try {
      const failed = await gql(MARK, { id: attendedEvent, input: { personIds: [f.filippov], attended: true } }, school12);
      expect(failed.errors).toBeDefined();
      expect(await t.db.query(`SELECT 1 FROM event_attendance WHERE event_id = $1`, [attendedEvent])).toEqual([]);
      expect(await stepOf('EVENT')).toMatchObject({ status: 'PLANNED', evidenceUrl: null, evidenceSource: null, completedOn: null });
    } finally {
      await t.db.query(`DROP TRIGGER route_links_fail ON learning_route_journal_entry; DROP FUNCTION route_links_fail()`);
    }

    const marked = await gql(MARK, { id: attendedEvent, input: { personIds: [f.filippov], attended: true } }, school12);
    expect(marked.errors).toBeUndefined();
    const after = (await gql(GET, { id: route.id }, filippov)).data!.learningRoute;
    expect(after.steps.find((s) => s.kind === 'EVENT')).toMatchObject({ status: 'DONE', completedOn: today, evidenceUrl: `/events/${attendedEvent}`, evidenceSource: 'ATTENDANCE' });
    expect(after.journal[0]).toEqual({ kind: 'EVIDENCE', text: `Посещено мероприятие «Семинар «Постановка педагогической задачи»» ${today.slice(8, 10)}.${today.slice(5, 7)}.${today.slice(0, 4)}: шаг «Посетить семинар» выполнен` });
    const audit = await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'attendance-evidence' AND entity_id = $1`, [route.id]);
    expect(audit).toHaveLength(1);

    const unmarked = await gql(MARK, { id: attendedEvent, input: { personIds: [f.filippov], attended: false } }, school12);
    expect(unmarked.errors).toBeUndefined();
    expect(await stepOf('EVENT')).toMatchObject({ status: 'PLANNED', completedOn: null, evidenceUrl: null, evidenceSource: null });

    // Marked again, then the owner changes the evidence by hand: unmarking no longer touches the step.
    await gql(MARK, { id: attendedEvent, input: { personIds: [f.filippov], attended: true } }, school12);
    const ev = await stepOf('EVENT');
    const own = await gql(`mutation($id: ID!) { attachRouteStepEvidence(stepId: $id, input: { url: "https://example.org/report" }) { id } }`, { id: ev.id }, filippov);
    expect(own.errors).toBeUndefined();
    await gql(MARK, { id: attendedEvent, input: { personIds: [f.filippov], attended: false } }, school12);
    expect(await stepOf('EVENT')).toMatchObject({ status: 'DONE', evidenceUrl: 'https://example.org/report', evidenceSource: null });
  });

  it('completing a module completes the linked step in the same transaction; a failure leaves nothing', async () => {
    const uow = t.app.get(UnitOfWork);
    const internships = t.app.get(InternshipService);
    const repo = t.app.get(InternshipRepository);
    const issue = (m: Parameters<Parameters<UnitOfWork['write']>[0]>[0]) =>
      (async () => {
        const c = (await m.getRepository(InternshipCohortEntity).findOneByOrFail({ id: cohort }));
        const row = (await repo.applicationRows(m, [application]))[0]!;
        return internships.issue(m, null, c, row, today, false);
      })();
    await expect(
      uow.write(async (m) => {
        await issue(m);
        throw new Error('after the completion');
      }),
    ).rejects.toThrow('after the completion');
    expect(await t.db.query(`SELECT 1 FROM internship_completion WHERE application_id = $1`, [application])).toEqual([]);
    expect(await stepOf('INTERNSHIP_MODULE')).toMatchObject({ status: 'PLANNED', evidenceUrl: null, evidenceSource: null });

    const cert = await uow.write((m) => issue(m));
    const step = await stepOf('INTERNSHIP_MODULE');
    expect(step).toMatchObject({ status: 'DONE', completedOn: today, evidenceUrl: `/verify/${encodeURIComponent(cert.number)}`, evidenceSource: 'COMPLETION' });
    const journal = (await gql(GET, { id: route.id }, filippov)).data!.learningRoute.journal;
    expect(journal[0]).toEqual({ kind: 'EVIDENCE', text: `Модуль стажировки «Приёмы мотивации» завершён (сертификат № ${cert.number}): шаг «Пройти модуль» выполнен` });
  });

  it('proposes upcoming events and modules that develop the targeted competences, in the caller’s scope, at a bounded cost', async () => {
    const propose = async (token: string) => {
      t.counter.reset();
      const r = await gql<{ proposeRouteSteps: Proposal[] }>(PROPOSE, { p: f.filippov, c: [f.sh21, f.sh33] }, token);
      expect(r.errors).toBeUndefined();
      return { statements: t.counter.statements, steps: r.data!.proposeRouteSteps };
    };
    const first = await propose(school12);
    const events = first.steps.filter((s) => s.kind === 'EVENT');
    expect(events.map((s) => s.eventId)).toContain(upcomingEvent);
    expect(events.map((s) => s.eventId)).not.toContain(foreignEvent);
    expect(events.map((s) => s.eventId)).not.toContain(cancelledEvent);
    expect(events.find((s) => s.eventId === upcomingEvent)).toMatchObject({
      title: 'Мероприятие: Практикум «Тема урока — задача для ученика»',
      competenceIds: [f.sh21],
      reason: expect.stringMatching(/^развивает: Умение перевести тему урока/),
      startsOn: isoDay(10),
    });
    expect(first.steps.find((s) => s.internshipModuleId === module1)).toMatchObject({ kind: 'INTERNSHIP_MODULE', internshipCohortId: cohort, competenceIds: [f.sh33], reason: expect.stringMatching(/^развивает: /) });
    // The teacher himself gets the same events and modules.
    expect((await propose(filippov)).steps.map((s) => s.eventId)).toContain(upcomingEvent);

    // More events and modules: the same number of statements (one per source).
    for (let i = 0; i < 4; i++) await event(`Ещё семинар ${i}`, f.org12, isoDay(20 + i), f.sh21);
    const more = await propose(school12);
    expect(more.steps.filter((s) => s.kind === 'EVENT').length).toBeGreaterThan(events.length);
    expect(more.statements).toBe(first.statements);
  });

  it('serves the SPA’s route page in a fixed, small number of statements: the abilities asked together share one', async () => {
    // The page as the SPA sends it (apps/web/src/modules/route/route.graphql.ts), on a route with every kind of nested
    // thing: the person, an event step, a module step with its cohort, a mentoring step with a mentor and a mentorship.
    const text = readFileSync(join(__dirname, '../../web/src/modules/route/route.graphql.ts'), 'utf8');
    const PAGE = [...text.matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((x) => x[1]!).find((d) => /^\s*query Route\b/.test(d))!;
    const mentorship = await one(`SELECT id FROM mentorship WHERE external_id = 'demo:mentorship:vorkuta-2026-zhdanova-filippov'`);
    const created = await gql(CREATE, { input: { personId: f.filippov, title: 'ИОМ для подсчёта', startsOn: isoDay(-60), endsOn: isoDay(120), campaignId: f.before, competenceIds: [f.sh21, f.sh33] } }, filippov);
    const id = created.data!.createLearningRoute.id;
    for (const input of [
      { kind: 'EVENT', title: 'Семинар', competenceIds: [f.sh21], eventId: attendedEvent },
      { kind: 'INTERNSHIP_MODULE', title: 'Модуль', competenceIds: [f.sh33], internshipModuleId: module1, internshipCohortId: cohort },
      { kind: 'MENTORING', title: 'Наставник', competenceIds: [f.sh21], mentorPersonId: f.zhdanova },
      { kind: 'MENTORING', title: 'Наставничество', competenceIds: [f.sh21], mentorshipId: mentorship },
    ]) expect((await gql(ADD_STEP, { id, input }, filippov)).errors).toBeUndefined();
    type Page = { learningRoute: { person: { id: string } | null; canEdit: boolean; isOwner: boolean; steps: { mentor: { id: string } | null; mentorship: { id: string } | null; event: { id: string } | null; internshipModule: { cohortId: string | null } | null }[]; journal: unknown[]; effectiveness: unknown[] } };
    const page = async (token: string) => {
      t.counter.reset();
      const r = await gql<Page>(PAGE, { id }, token);
      expect(r.errors).toBeUndefined();
      return { statements: t.counter.statements, route: r.data!.learningRoute };
    };
    const counts: number[] = [];
    for (const token of [admin, filippov, school12]) {
      const { statements, route: r } = await page(token);
      counts.push(statements);
      expect(r).toMatchObject({ person: { id: f.filippov }, canEdit: true, isOwner: token === filippov });
      expect(r.steps.map((s) => [!!s.event, s.internshipModule?.cohortId ?? null, s.mentor?.id ?? null, s.mentorship?.id ?? null])).toEqual([
        [true, null, null, null],
        [false, cohort, null, null],
        [false, null, f.zhdanova, null],
        [false, null, null, mentorship],
      ]);
      expect(r.journal.length).toBeGreaterThan(0);
      expect(r.effectiveness).toHaveLength(2);
    }
    // ONE statement for route.read with the route's abilities (own, edit, approve, its person shown), the route, its
    // steps, journal, effectiveness (the competences are its first columns), the steps' checks (mentor shown,
    // event.read), their events and mentorship, the person's and the mentor's cards (RouteRepository.routePage); the
    // modules beside internship.cohort.read; staging.read beside the cohorts; the audit row of the people read (none
    // when the teacher reads his own route: his own person is not recorded). 21 for the admin before the access
    // component answered the checks asked together in one statement, 15 before the competences came with the
    // effectiveness, 14 before the page's reads became one statement (round 23).
    expect(counts).toEqual([6, 5, 6]);
    // More steps of every kind read in the same statements (constant in N).
    for (const input of [
      { kind: 'EVENT', title: 'Семинар 2', competenceIds: [f.sh21], eventId: upcomingEvent },
      { kind: 'MENTORING', title: 'Наставник 2', competenceIds: [f.sh21], mentorPersonId: f.zhdanova },
      { kind: 'SELF_EDUCATION', title: 'Самообразование', competenceIds: [f.sh33] },
    ]) expect((await gql(ADD_STEP, { id, input }, filippov)).errors).toBeUndefined();
    expect((await page(admin)).statements).toBe(6);
    expect((await page(filippov)).statements).toBe(5);
    // The competences read with the effectiveness are those read alone (their own statement), in the same order.
    const alone = await gql<{ learningRoute: { competences: unknown[] } }>(`query($id: ID!) { learningRoute(id: $id) { competences { competenceId code name baselineScore } } }`, { id }, admin);
    const withPage = await gql<{ learningRoute: { competences: unknown[]; effectiveness: unknown[] } }>(
      `query($id: ID!) { learningRoute(id: $id) { competences { competenceId code name baselineScore } effectiveness { competenceId } } }`,
      { id },
      admin,
    );
    expect(alone.data!.learningRoute.competences).toHaveLength(2);
    expect(withPage.data!.learningRoute.competences).toEqual(alone.data!.learningRoute.competences);
  });

  it('a step that stops being EVENT forgets its event', async () => {
    const draft = await gql(CREATE, { input: { personId: f.filippov, title: 'Черновик 2', startsOn: isoDay(-1), endsOn: isoDay(60), competenceIds: [f.sh21] } }, filippov);
    const id = draft.data!.createLearningRoute.id;
    const added = await gql(ADD_STEP, { id, input: { kind: 'EVENT', title: 'Практикум', eventId: upcomingEvent } }, filippov);
    const s = added.data!.addRouteStep.steps[0];
    expect(s.event?.id).toBe(upcomingEvent);
    const changed = await gql(UPDATE_STEP, { id: s.id, input: { kind: 'SELF_EDUCATION' } }, filippov);
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateRouteStep.steps[0]).toMatchObject({ kind: 'SELF_EDUCATION', event: null });
  });

  it('demo: an illustrative young teacher’s route shows the telebridge she attended as a done, linked step', async () => {
    const rows: { status: string; evidence_source: string; completed_on: string; illustrative: boolean; text: string }[] = await t.db.query(
      `SELECT s.status, s.evidence_source, s.completed_on::text, p.illustrative, j.text
         FROM learning_route r JOIN person p ON p.id = r.person_id JOIN learning_route_step s ON s.route_id = r.id AND s.kind = 'EVENT'
         JOIN event e ON e.id = s.event_id AND e.external_id = 'demo:event:friends-telebridge-teachers-day'
         JOIN learning_route_journal_entry j ON j.step_id = s.id
        WHERE r.external_id = 'demo:route:illustrative:borovichi-sosh9-young'`,
    );
    expect(rows).toEqual([
      {
        status: 'DONE',
        evidence_source: 'ATTENDANCE',
        completed_on: '2026-10-01',
        illustrative: true,
        text: 'Посещено мероприятие «Телемост, посвящённый Дню учителя «Учитель – профессия дальнего действия»» 01.10.2026: шаг «Участие: Телемост, посвящённый Дню учителя «Учитель – профессия дальнего действия»» выполнен',
      },
    ]);
  });
});
