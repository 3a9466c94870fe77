import { isoDay, routeDiagnostics, RouteDiagnostics } from './support/route-fixtures';
import { GqlResult, startTestApp, TestApp } from './support/test-app';

const ext = (r: GqlResult) => r.errors?.[0]?.extensions;
const one = async (t: TestApp, sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;
const RANDOM = '6f1c2a4e-9b7d-4c3e-8a21-5d0f3b9e7c64';

/**
 * Regression tests of issue 8's findings in mentoring, diaries and routes: each failed on the code before the fix.
 * Out of reach is NOT_FOUND (the same for an existing row and for nothing), never FORBIDDEN, and never nested.
 */
describe('leaks closed: mentoring, diaries, routes', () => {
  let t: TestApp;
  let f: RouteDiagnostics;
  let filippov: string;
  let zhdanova: string;
  let school12: string;
  let methodist: string;
  /** A person far from Vorkuta (a Timashevsk teacher): no network, no scope in common with №12. */
  let stranger: string;

  beforeAll(async () => {
    t = await startTestApp();
    f = await routeDiagnostics(t.db);
    [filippov, zhdanova, school12, methodist] = await Promise.all(['teacher.filippov', 'mentor.zhdanova', 'school12.vorkuta', 'methodist.podporozhye'].map((l) => t.login(l)));
    stranger = await one(
      t,
      `SELECT pe.id FROM person pe JOIN position po ON po.person_id = pe.id JOIN organization o ON o.id = po.organization_id
        WHERE o.external_id LIKE 'demo:org:23-tim-%' ORDER BY pe.id LIMIT 1`,
    );
  });
  afterAll(() => t?.close());

  describe('mentorships', () => {
    it('a teacher sees only the mentorships he takes part in, and no other mentorship by id', async () => {
      const LIST = `query { mentorships(first: 100) { totalCount nodes { id mentors { id fullName } mentees { id } sessions { notes } } } }`;
      const r = await t.gql<{ mentorships: { totalCount: number; nodes: { id: string; mentors: { id: string }[]; mentees: { id: string }[]; sessions: { notes: string | null }[] }[] } }>(LIST, {}, filippov);
      expect(r.errors).toBeUndefined();
      const own = (await t.db.query('SELECT mentorship_id AS id FROM mentorship_participant WHERE person_id = $1', [f.filippov])) as { id: string }[];
      expect(own.length).toBeGreaterThan(0);
      expect(r.data!.mentorships.totalCount).toBe(own.length);
      expect(r.data!.mentorships.nodes.map((n) => n.id).sort()).toEqual(own.map((x) => x.id).sort());
      for (const n of r.data!.mentorships.nodes) expect([...n.mentors, ...n.mentees].map((p) => p.id)).toContain(f.filippov);
      // A mentorship of his school's network he is not in: NOT_FOUND, as for an id of nothing, and so is its diary.
      const other = await one(
        t,
        `SELECT ms.id FROM mentorship ms JOIN mentoring_program p ON p.id = ms.program_id
          WHERE NOT EXISTS (SELECT 1 FROM mentorship_participant x WHERE x.mentorship_id = ms.id AND x.person_id = $1)
            AND (p.organization_id = $2 OR p.network_id IN (SELECT network_id FROM network_member WHERE organization_id = $2))
          ORDER BY ms.id LIMIT 1`,
        [f.filippov, f.org12],
      );
      const GET = `query($id: ID!) { mentorship(id: $id) { id sessions { notes } } }`;
      for (const id of [other, RANDOM]) expect(ext(await t.gql(GET, { id }, filippov))?.code).toBe('NOT_FOUND');
    });

    it('shows session notes to the pair and to the programme’s managers', async () => {
      const ms = await one(t, `SELECT id FROM mentorship WHERE external_id = 'demo:mentorship:vorkuta-2026-zhdanova-filippov'`);
      await t.db.query(`INSERT INTO mentorship_session (mentorship_id, planned_on, format, topic, notes) VALUES ($1, $2, 'IN_PERSON', 'Разбор урока', 'Личное: трудно с 7Б')`, [ms, isoDay(-3)]);
      const GET = `query($id: ID!) { mentorship(id: $id) { sessions { topic notes } } }`;
      for (const token of [filippov, zhdanova, school12]) {
        const r = await t.gql<{ mentorship: { sessions: { topic: string; notes: string | null }[] } }>(GET, { id: ms }, token);
        expect(r.errors).toBeUndefined();
        expect(r.data!.mentorship.sessions.find((s) => s.topic === 'Разбор урока')!.notes).toBe('Личное: трудно с 7Б');
      }
      expect(ext(await t.gql(GET, { id: ms }, methodist))?.code).toBe('NOT_FOUND');
    });
  });

  describe('a network programme', () => {
    it('is seen by staff of accepted members only; staff who see but do not manage get no session notes', async () => {
      // A network №12 coordinates with a Podporozhye school as a member; a programme in it with a pair of №12.
      const podp = await one(t, `SELECT id FROM organization WHERE external_id = 'demo:org:47-podp-sosh-1'`);
      const network = await one(t, `INSERT INTO network (name, model, coordinator_organization_id, starts_on) VALUES ('Сеть: проверка', 'DISTRIBUTED', $1, $2) RETURNING id`, [f.org12, isoDay(-100)]);
      await t.db.query(`INSERT INTO network_member (network_id, organization_id, role, status) VALUES ($1, $2, 'COORDINATOR', 'ACCEPTED'), ($1, $3, 'SUPPORTED_SCHOOL', 'INVITED')`, [network, f.org12, podp]);
      const program = await one(t, `INSERT INTO mentoring_program (name, model, forms, network_id, starts_on) VALUES ('Программа сети', 'TEACHER_TO_TEACHER', '{TRADITIONAL}', $1, $2) RETURNING id`, [network, isoDay(-100)]);
      const ms = await one(t, `INSERT INTO mentorship (program_id, form, starts_on, status) VALUES ($1, 'TRADITIONAL', $2, 'ACTIVE') RETURNING id`, [program, isoDay(-50)]);
      await t.db.query(`INSERT INTO mentorship_participant (mentorship_id, person_id, side) VALUES ($1, $2, 'MENTOR'), ($1, $3, 'MENTEE')`, [ms, f.zhdanova, f.filippov]);
      await t.db.query(`INSERT INTO mentorship_session (mentorship_id, planned_on, format, topic, notes) VALUES ($1, $2, 'IN_PERSON', 'Встреча', 'Заметки пары')`, [ms, isoDay(-10)]);
      const PROGRAM = `query($id: ID!) { mentoringProgram(id: $id) { id canEdit } }`;
      const MS = `query($id: ID!) { mentorship(id: $id) { canManage sessions { notes } } }`;
      // Invited, not accepted: the methodist of the invited school's municipality sees nothing of it.
      expect(ext(await t.gql(PROGRAM, { id: program }, methodist))?.code).toBe('NOT_FOUND');
      expect(ext(await t.gql(MS, { id: ms }, methodist))?.code).toBe('NOT_FOUND');
      await t.db.query(`UPDATE network_member SET status = 'ACCEPTED' WHERE network_id = $1`, [network]);
      const seen = await t.gql<{ mentoringProgram: { canEdit: boolean } }>(PROGRAM, { id: program }, methodist);
      expect(seen.data?.mentoringProgram).toMatchObject({ canEdit: false });
      const pair = await t.gql<{ mentorship: { canManage: boolean; sessions: { notes: string | null }[] } }>(MS, { id: ms }, methodist);
      expect(pair.data!.mentorship).toEqual({ canManage: false, sessions: [{ notes: null }] });
      const managed = await t.gql<{ mentorship: { canManage: boolean; sessions: { notes: string | null }[] } }>(MS, { id: ms }, school12);
      expect(managed.data!.mentorship).toEqual({ canManage: true, sessions: [{ notes: 'Заметки пары' }] });
      // Leaving stops the sharing.
      await t.db.query(`UPDATE network_member SET status = 'LEFT' WHERE network_id = $1 AND organization_id = $2`, [network, podp]);
      expect(ext(await t.gql(MS, { id: ms }, methodist))?.code).toBe('NOT_FOUND');
    });
  });

  describe('«Дневник ПОС»', () => {
    it('answers NOT_FOUND with the same message for an existing diary out of reach and for nothing', async () => {
      const DIARY = `query($owner: DiaryOwnerInput!) { diary(owner: $owner) { canWrite entries { id } } }`;
      const other = await one(t, `SELECT id FROM mentorship WHERE external_id = 'demo:mentorship:vorkuta-2022-zhdanova-lytkina'`);
      const existing = await t.gql(DIARY, { owner: { mentorshipId: other } }, filippov);
      const nothing = await t.gql(DIARY, { owner: { mentorshipId: RANDOM } }, filippov);
      expect(ext(existing)?.code).toBe('NOT_FOUND');
      expect(ext(nothing)?.code).toBe('NOT_FOUND');
      expect(existing.errors![0].message).toBe(nothing.errors![0].message);
      const assoc = await one(t, `SELECT id FROM association WHERE external_id = 'demo:association:timashevsk-krc-coordination-council'`);
      const a = await t.gql(DIARY, { owner: { associationId: assoc } }, methodist);
      const n = await t.gql(DIARY, { owner: { associationId: RANDOM } }, methodist);
      expect([ext(a)?.code, ext(n)?.code]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
      expect(a.errors![0].message).toBe(n.errors![0].message);
    });
  });

  describe('mentors on routes', () => {
    const STEP = `mutation($id: ID!, $input: RouteStepInput!) { addRouteStep(routeId: $id, input: $input) { steps { mentorPersonId mentor { id fullName organizationName } } } }`;
    const GET = `query($id: ID!) { learningRoute(id: $id) { person { id } steps { id mentorPersonId mentor { id fullName } } } }`;
    const draft = async () =>
      one(
        t,
        `INSERT INTO learning_route (person_id, organization_id, title, starts_on, ends_on) VALUES ($1, $2, 'ИОМ: наставник', $3, $4) RETURNING id`,
        [f.filippov, f.org12, isoDay(-10), isoDay(90)],
      );
    const steps = async (routeId: string) => Number(((await t.db.query('SELECT count(*) AS n FROM learning_route_step WHERE route_id = $1', [routeId])) as { n: string }[])[0].n);

    it('refuses a mentor out of reach exactly as an id of nobody, writing nothing', async () => {
      const routeId = await draft();
      const far = await t.gql(STEP, { id: routeId, input: { kind: 'MENTORING', title: 'Наставник', mentorPersonId: stranger } }, filippov);
      const none = await t.gql(STEP, { id: routeId, input: { kind: 'MENTORING', title: 'Наставник', mentorPersonId: RANDOM } }, filippov);
      expect(ext(far)?.fields).toEqual([{ field: 'mentorPersonId', message: 'Наставник не найден или недоступен для этого маршрута' }]);
      expect(ext(none)?.fields).toEqual(ext(far)?.fields);
      expect(await steps(routeId)).toBe(0);
      // A mentor of an accepted network of the school is reachable, and shown.
      const ok = await t.gql<{ addRouteStep: { steps: { mentor: { id: string; fullName: string } | null }[] } }>(
        STEP,
        { id: routeId, input: { kind: 'MENTORING', title: 'Наставник из сети', mentorPersonId: f.zhdanova } },
        filippov,
      );
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.addRouteStep.steps[0].mentor).toMatchObject({ id: f.zhdanova, fullName: expect.stringContaining('Жданова') });
    });

    it('never shows, nested in a route, a person the caller could not open', async () => {
      const routeId = await draft();
      await t.db.query(`INSERT INTO learning_route_step (route_id, position, kind, title, mentor_person_id) VALUES ($1, 0, 'MENTORING', 'Старый шаг', $2)`, [routeId, stranger]);
      expect(ext(await t.gql(`query($id: ID!) { person(id: $id) { id } }`, { id: stranger }, filippov))?.code).toBe('NOT_FOUND');
      const r = await t.gql<{ learningRoute: { person: { id: string } | null; steps: { mentorPersonId: string | null; mentor: unknown }[] } }>(GET, { id: routeId }, filippov);
      expect(r.errors).toBeUndefined();
      expect(r.data!.learningRoute.person).toEqual({ id: f.filippov });
      expect(r.data!.learningRoute.steps[0]).toMatchObject({ mentorPersonId: null, mentor: null });
    });

    it('reaches a network’s mentors only while the school is an accepted member', async () => {
      // A teacher of №35 who is not Филиппов's mentor in any mentorship (Жданова is: she stays reachable as his mentor).
      const colleague = await one(
        t,
        `SELECT po.person_id AS id FROM position po JOIN organization o ON o.id = po.organization_id
          WHERE o.external_id = 'demo:org:11-vorkuta-sosh-35' AND po.person_id <> $1
            AND NOT EXISTS (SELECT 1 FROM mentorship_participant a JOIN mentorship_participant b ON b.mentorship_id = a.mentorship_id
                             WHERE a.person_id = po.person_id AND b.person_id = $1)
          ORDER BY po.person_id LIMIT 1`,
        [f.filippov],
      );
      const routeId = await draft();
      await t.db.query(`UPDATE network_member SET status = 'INVITED' WHERE organization_id = $1`, [f.org12]);
      try {
        const r = await t.gql(STEP, { id: routeId, input: { kind: 'MENTORING', title: 'Наставник', mentorPersonId: colleague } }, filippov);
        expect(ext(r)?.fields).toEqual([{ field: 'mentorPersonId', message: 'Наставник не найден или недоступен для этого маршрута' }]);
        const linked = await t.gql(STEP, { id: routeId, input: { kind: 'MENTORING', title: 'Наставник', mentorPersonId: f.zhdanova } }, filippov);
        expect(linked.errors).toBeUndefined();
      } finally {
        await t.db.query(`UPDATE network_member SET status = 'ACCEPTED' WHERE organization_id = $1`, [f.org12]);
      }
      const back = await t.gql(STEP, { id: routeId, input: { kind: 'MENTORING', title: 'Наставник из сети', mentorPersonId: colleague } }, filippov);
      expect(back.errors).toBeUndefined();
    });
  });

  describe('«Диалог в сети»', () => {
    it('shares products only: no baselines, no journal, no effectiveness, no files of steps not done; only through accepted members', async () => {
      const routeId = await one(
        t,
        `INSERT INTO learning_route (person_id, organization_id, title, starts_on, ends_on, status, campaign_id, shared_in_network)
         VALUES ($1, $2, 'ИОМ в сети', $3, $4, 'IN_PROGRESS', $5, true) RETURNING id`,
        [f.filippov, f.org12, isoDay(-30), isoDay(90), f.before],
      );
      await t.db.query('INSERT INTO learning_route_competence (route_id, competence_id, baseline_score) VALUES ($1, $2, 30)', [routeId, f.sh21]);
      await t.db.query(`INSERT INTO learning_route_journal_entry (route_id, occurred_on, kind, text) VALUES ($1, $2, 'NOTE', 'Личная запись')`, [routeId, isoDay(-2)]);
      const step = (position: number, status: string, title: string) =>
        one(
          t,
          `INSERT INTO learning_route_step (route_id, position, kind, title, status, completed_on, reflection, evidence_file_name, evidence_file_type, evidence_file_size)
           VALUES ($1, $2, 'OPEN_LESSON', $3, $4, $5, 'Получилось', 'урок.pdf', 'application/pdf', 8) RETURNING id`,
          [routeId, position, title, status, status === 'DONE' ? isoDay(-1) : null],
        );
      const done = await step(0, 'DONE', 'Открытый урок');
      const planned = await step(1, 'PLANNED', 'Семинар');
      for (const s of [done, planned]) await t.db.query('INSERT INTO learning_route_step_file (step_id, content) VALUES ($1, $2)', [s, Buffer.from('%PDF-1.4')]);

      const ACH = `query($p: ID!) { routeAchievements(personId: $p) { routes { id progress products { stepId title result evidenceFileName } } } }`;
      const r = await t.gql<{ routeAchievements: { routes: { id: string; progress: number; products: { stepId: string }[] }[] } }>(ACH, { p: f.filippov }, zhdanova);
      expect(r.errors).toBeUndefined();
      const shared = r.data!.routeAchievements.routes.find((x) => x.id === routeId)!;
      expect(shared).toMatchObject({ progress: 50, products: [{ stepId: done, title: 'Открытый урок', result: 'Получилось', evidenceFileName: 'урок.pdf' }] });
      // The baselines and the journal are not in the shared view at all.
      const leaky = await t.gql(`query($p: ID!) { routeAchievements(personId: $p) { routes { competences { baselineScore } journal { text } } } }`, { p: f.filippov }, zhdanova);
      expect(ext(leaky)?.code).toBe('BAD_USER_INPUT');
      expect(leaky.data ?? null).toBeNull();
      // Every sub-query of the route answers as learningRoute does.
      const FILE = `query($id: ID!) { routeStepEvidenceFile(stepId: $id) { fileName } }`;
      expect(ext(await t.gql(`query($id: ID!) { learningRoute(id: $id) { id } }`, { id: routeId }, zhdanova))?.code).toBe('NOT_FOUND');
      expect(ext(await t.gql(`query($id: ID!) { routeEffectiveness(routeId: $id) { code } }`, { id: routeId }, zhdanova))?.code).toBe('NOT_FOUND');
      expect(ext(await t.gql(`query($id: ID!) { routeMentorshipOptions(routeId: $id) { id } }`, { id: routeId }, zhdanova))?.code).toBe('NOT_FOUND');
      expect(ext(await t.gql(FILE, { id: planned }, zhdanova))?.code).toBe('NOT_FOUND');
      expect((await t.gql(FILE, { id: done }, zhdanova)).errors).toBeUndefined();
      // A member that has not accepted confers nothing: the route is not shared with №35 then.
      await t.db.query(`UPDATE network_member SET status = 'INVITED' WHERE organization_id = $1`, [f.org12]);
      try {
        const hidden = await t.gql<{ routeAchievements: { routes: { id: string }[] } }>(ACH, { p: f.filippov }, zhdanova);
        expect(hidden.data?.routeAchievements.routes.map((x) => x.id) ?? []).not.toContain(routeId);
        expect(ext(await t.gql(FILE, { id: done }, zhdanova))?.code).toBe('NOT_FOUND');
      } finally {
        await t.db.query(`UPDATE network_member SET status = 'ACCEPTED' WHERE organization_id = $1`, [f.org12]);
      }
    });
  });
});
