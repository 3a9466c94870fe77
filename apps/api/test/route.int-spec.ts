import { isoDay, result, RouteDiagnostics, routeDiagnostics } from './support/route-fixtures';
import { idOf, startTestApp, TestApp } from './support/test-app';

type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
const ext = <T>(r: R<T>) => r.errors?.[0]?.extensions;

const ROUTE = `id status title startsOn endsOn returnComment progress isOwner canEdit canSubmit canApprove canStart canComplete canMark sharedInNetwork
  person { id fullName } competences { competenceId code name baselineScore }
  steps { id position kind title status competenceIds completedOn mentorPersonId mentor { id fullName } evidenceUrl evidenceFileName evidenceFileSize reflection }
  journal { occurredOn kind text }`;
const CREATE = `mutation($input: CreateRouteInput!) { createLearningRoute(input: $input) { ${ROUTE} } }`;
const GET = `query($id: ID!) { learningRoute(id: $id) { ${ROUTE} } }`;
const ADD_STEP = `mutation($id: ID!, $input: RouteStepInput!) { addRouteStep(routeId: $id, input: $input) { ${ROUTE} } }`;
const SUBMIT = `mutation($id: ID!) { submitLearningRoute(id: $id) { ${ROUTE} } }`;
const APPROVE = `mutation($id: ID!) { approveLearningRoute(id: $id) { ${ROUTE} } }`;
const RETURN = `mutation($id: ID!, $c: String!) { returnLearningRoute(id: $id, input: { comment: $c }) { ${ROUTE} } }`;
const START = `mutation($id: ID!) { startLearningRoute(id: $id) { ${ROUTE} } }`;
const COMPLETE = `mutation($id: ID!) { completeLearningRoute(id: $id) { ${ROUTE} } }`;
const STEP_STATUS = `mutation($id: ID!, $input: RouteStepStatusInput!) { setRouteStepStatus(stepId: $id, input: $input) { ${ROUTE} } }`;
const EVIDENCE = `mutation($id: ID!, $input: RouteEvidenceInput!) { attachRouteStepEvidence(stepId: $id, input: $input) { ${ROUTE} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateRouteInput!) { updateLearningRoute(id: $id, input: $input) { ${ROUTE} } }`;
const EFFECT = `query($id: ID!) { routeEffectiveness(routeId: $id) { code beforeScore beforeLevel afterScore afterLevel delta deficitClosed } }`;
const LIST = `query($first: Int!, $filter: RoutesFilter) { learningRoutes(first: $first, filter: $filter) {
  totalCount nodes { id title status progress canEdit canApprove person { id fullName } competences { code baselineScore } steps { id title mentor { id } } } } }`;

type Step = { id: string; position: number; kind: string; title: string; status: string; completedOn: string | null; mentorPersonId: string | null; evidenceUrl: string | null; evidenceFileName: string | null; evidenceFileSize: number | null; reflection: string };
type Route = {
  id: string;
  status: string;
  title: string;
  returnComment: string | null;
  progress: number;
  isOwner: boolean;
  canEdit: boolean;
  canSubmit: boolean;
  canApprove: boolean;
  canStart: boolean;
  canComplete: boolean;
  canMark: boolean;
  competences: { competenceId: string; code: string; name: string; baselineScore: number | null }[];
  steps: Step[];
  journal: { occurredOn: string; kind: string; text: string }[];
};

describe('learning routes (ИОМ)', () => {
  let t: TestApp;
  let f: RouteDiagnostics;
  let filippov: string; // teacher.filippov: TEACHER (self)
  let school12: string; // school12.vorkuta: ORGANIZATION_ADMIN of Vorkuta №12
  let methodist: string; // methodist.podporozhye: another municipality
  let zhdanova: string; // mentor.zhdanova: Vorkuta №35, same network as №12
  let admin: string;

  const gql = <T = Record<string, Route>>(q: string, v: Record<string, unknown>, token: string) => t.gql<T>(q, v, token) as Promise<R<T>>;
  const counts = async () =>
    (await t.db.query(
      `SELECT (SELECT count(*) FROM learning_route) r, (SELECT count(*) FROM learning_route_step) s, (SELECT count(*) FROM learning_route_competence) c,
              (SELECT count(*) FROM learning_route_step_file) f, (SELECT count(*) FROM learning_route_journal_entry) j, (SELECT count(*) FROM audit_log) a,
              (SELECT json_agg(x ORDER BY x.id) FROM learning_route x) routes, (SELECT json_agg(x ORDER BY x.id) FROM learning_route_step x) steps`,
    ))[0] as Record<string, unknown>;

  const draft = async (token: string, over: Record<string, unknown> = {}): Promise<Route> => {
    const r = await gql(CREATE, {
      input: { personId: f.filippov, title: 'ИОМ: педагогическая задача и мотивация', goal: 'Закрыть дефициты', startsOn: isoDay(-60), endsOn: isoDay(120), campaignId: f.before, competenceIds: [f.sh21, f.sh33], ...over },
    }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.createLearningRoute;
  };
  const step = async (token: string, routeId: string, input: Record<string, unknown>): Promise<Route> => {
    const r = await gql(ADD_STEP, { id: routeId, input }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.addRouteStep;
  };
  /** A route of Филиппов with two steps, approved and started. */
  const running = async (): Promise<Route> => {
    const r = await draft(filippov);
    await step(filippov, r.id, { kind: 'SELF_EDUCATION', title: 'Изучить приёмы постановки задачи', competenceIds: [f.sh21] });
    await step(filippov, r.id, { kind: 'OPEN_LESSON', title: 'Открытый урок', competenceIds: [f.sh33], startsOn: isoDay(-20), endsOn: isoDay(-20) });
    for (const [q, token] of [[SUBMIT, filippov], [APPROVE, school12], [START, filippov]] as const) {
      const x = await gql(q, { id: r.id }, token);
      expect(x.errors).toBeUndefined();
    }
    return (await gql(GET, { id: r.id }, filippov)).data!.learningRoute;
  };

  beforeAll(async () => {
    t = await startTestApp();
    f = await routeDiagnostics(t.db);
    [filippov, school12, methodist, zhdanova, admin] = await Promise.all(
      ['teacher.filippov', 'school12.vorkuta', 'methodist.podporozhye', 'mentor.zhdanova', 'admin'].map((l) => t.login(l)),
    );
  });
  afterAll(() => t?.close());

  describe('the flow and who may do each step', () => {
    it('a teacher drafts his own route with baselines from the campaign, submits it; the school approves after a return with comments', async () => {
      const r = await draft(filippov);
      expect(r).toMatchObject({ status: 'DRAFT', isOwner: true, canEdit: true, canSubmit: false, canApprove: false, progress: 0 });
      expect(r.competences.map((c) => [c.code, c.baselineScore])).toEqual([['SH2.1', 30], ['SH3.3', 40]]);
      // Nothing to approve without steps.
      const empty = await gql(SUBMIT, { id: r.id }, filippov);
      expect(ext(empty)?.code).toBe('BAD_USER_INPUT');
      expect(empty.errors![0].message).toBe('Добавьте в маршрут хотя бы один шаг');

      const withStep = await step(filippov, r.id, { kind: 'SELF_EDUCATION', title: 'Самообразование', competenceIds: [f.sh21] });
      expect(withStep.canSubmit).toBe(true);
      const submitted = await gql(SUBMIT, { id: r.id }, filippov);
      expect(submitted.data!.submitLearningRoute).toMatchObject({ status: 'ON_APPROVAL', canEdit: false, canApprove: false });

      // The teacher has no right to approve; another municipality does not even see the route.
      expect(ext(await gql(APPROVE, { id: r.id }, filippov))?.code).toBe('FORBIDDEN');
      expect(ext(await gql(APPROVE, { id: r.id }, methodist))?.code).toBe('NOT_FOUND');
      expect(ext(await gql(GET, { id: r.id }, methodist))?.code).toBe('NOT_FOUND');

      const seen = (await gql(GET, { id: r.id }, school12)).data!.learningRoute;
      expect(seen).toMatchObject({ canApprove: true, isOwner: false, canEdit: false });

      const noComment = await gql(RETURN, { id: r.id, c: '   ' }, school12);
      expect(ext(noComment)?.code).toBe('BAD_USER_INPUT');
      expect(ext(noComment)?.fields).toEqual([{ field: 'comment', message: 'Укажите, что нужно доработать' }]);

      const returned = (await gql(RETURN, { id: r.id, c: 'Добавьте открытый урок' }, school12)).data!.returnLearningRoute;
      expect(returned).toMatchObject({ status: 'RETURNED', returnComment: 'Добавьте открытый урок' });
      await step(filippov, r.id, { kind: 'OPEN_LESSON', title: 'Открытый урок', competenceIds: [f.sh33] });
      await gql(SUBMIT, { id: r.id }, filippov);
      const approved = (await gql(APPROVE, { id: r.id }, school12)).data!.approveLearningRoute;
      expect(approved).toMatchObject({ status: 'APPROVED', returnComment: null, canApprove: false });
      const started = (await gql(START, { id: r.id }, filippov)).data!.startLearningRoute;
      expect(started).toMatchObject({ status: 'IN_PROGRESS', canMark: true, canComplete: false });
      expect(started.journal.filter((j) => j.kind === 'STATUS').map((j) => j.text)).toEqual([
        'Утверждён → Выполняется',
        'На согласовании → Утверждён',
        'Возвращён на доработку → На согласовании',
        'На согласовании → Возвращён на доработку: Добавьте открытый урок',
        'Черновик → На согласовании',
        'Маршрут создан: «Черновик»',
      ]);
    });

    it('the owner may not approve his own route even with the right to approve', async () => {
      const r = await draft(filippov);
      await step(filippov, r.id, { kind: 'SELF_EDUCATION', title: 'Самообразование', competenceIds: [f.sh21] });
      await gql(SUBMIT, { id: r.id }, filippov);
      const [{ id: account }] = (await t.db.query(`SELECT id FROM account WHERE login = 'teacher.filippov'`)) as { id: string }[];
      await t.db.query(`INSERT INTO role_grant (account_id, role, organization_id, scope_key) VALUES ($1, 'ORGANIZATION_ADMIN', $2::uuid, $2::text)`, [account, f.org12]);
      try {
        const fresh = await t.login('teacher.filippov');
        expect((await gql(GET, { id: r.id }, fresh)).data!.learningRoute.canApprove).toBe(false);
        const own = await gql(APPROVE, { id: r.id }, fresh);
        expect(ext(own)?.code).toBe('FORBIDDEN');
        expect(own.errors![0].message).toBe('Нельзя утверждать собственный маршрут');
      } finally {
        await t.db.query(`DELETE FROM role_grant WHERE account_id = $1 AND role = 'ORGANIZATION_ADMIN'`, [account]);
      }
    });

    it('staff of the school build a teacher’s route; the teacher reads it but another teacher’s route is not his', async () => {
      const r = await draft(school12);
      expect(r).toMatchObject({ isOwner: false, canEdit: true });
      expect((await gql(GET, { id: r.id }, filippov)).data!.learningRoute).toMatchObject({ isOwner: true, canEdit: true });
      // Жданова (№35) is neither the owner nor staff: the route is not hers to see.
      expect(ext(await gql(GET, { id: r.id }, zhdanova))?.code).toBe('NOT_FOUND');
      // A teacher may not draft a route for somebody else.
      const other = await gql(CREATE, { input: { personId: f.zhdanova, title: 'Чужой', startsOn: isoDay(0), endsOn: isoDay(10), competenceIds: [f.sh21] } }, filippov);
      expect(ext(other)?.fields).toEqual([{ field: 'personId', message: 'Педагог не найден или вне вашей зоны ответственности' }]);
    });

    it('refuses illegal transitions with the reason', async () => {
      const r = await draft(filippov);
      await step(filippov, r.id, { kind: 'SELF_EDUCATION', title: 'Самообразование', competenceIds: [f.sh21] });
      const early = await gql(START, { id: r.id }, filippov);
      expect(ext(early)?.code).toBe('BAD_USER_INPUT');
      expect(early.errors![0].message).toBe('Нельзя перевести маршрут из состояния «Черновик» в «Выполняется»');
      expect(ext(await gql(APPROVE, { id: r.id }, school12))?.code).toBe('BAD_USER_INPUT');
      expect(ext(await gql(COMPLETE, { id: r.id }, filippov))?.code).toBe('BAD_USER_INPUT');
      await gql(SUBMIT, { id: r.id }, filippov);
      const twice = await gql(SUBMIT, { id: r.id }, filippov);
      expect(twice.errors![0].message).toBe('Нельзя перевести маршрут из состояния «На согласовании» в «На согласовании»');
      // Content is frozen while on approval.
      const edit = await gql(UPDATE, { id: r.id, input: { title: 'Другое' } }, filippov);
      expect(edit.errors![0].message).toBe('Маршрут можно изменять только в состояниях «Черновик» и «Возвращён на доработку»');
    });
  });

  describe('steps and progress', () => {
    it('ties a MENTORING step to a mentorship where the route’s person is a mentee and shows its mentors', async () => {
      const OPTIONS = `query($id: ID!) { routeMentorshipOptions(routeId: $id) { id status programName mentorNames } }`;
      const STEP_MS = `mutation($id: ID!, $input: RouteStepInput!) { addRouteStep(routeId: $id, input: $input) { steps { title mentorshipId mentorship { id programName mentorNames } } } }`;
      const mentorship = async (key: string) => ((await t.db.query('SELECT id FROM mentorship WHERE external_id = $1', [key])) as { id: string }[])[0].id;
      const own = await mentorship('demo:mentorship:vorkuta-2026-zhdanova-filippov');
      const foreign = await mentorship('demo:mentorship:vorkuta-2022-zhdanova-lytkina');
      const r = await draft(school12);
      const opts = await gql<{ routeMentorshipOptions: { id: string; status: string; programName: string; mentorNames: string }[] }>(OPTIONS, { id: r.id }, school12);
      expect(opts.errors).toBeUndefined();
      expect(opts.data!.routeMentorshipOptions.map((o) => o.id)).toEqual([own]);
      expect(opts.data!.routeMentorshipOptions[0]).toMatchObject({ status: 'ACTIVE', mentorNames: expect.stringContaining('Жданова') });
      expect(ext(await gql(OPTIONS, { id: r.id }, methodist))?.code).toBe('NOT_FOUND');

      const before = await counts();
      const bad = await gql(STEP_MS, { id: r.id, input: { kind: 'MENTORING', title: 'Наставничество', competenceIds: [f.sh21], mentorshipId: foreign } }, school12);
      expect(ext(bad)?.fields).toEqual([{ field: 'mentorshipId', message: 'Это не наставничество педагога, чей маршрут' }]);
      expect(await counts()).toEqual(before);
      const ok = await gql<{ addRouteStep: { steps: { title: string; mentorshipId: string; mentorship: { id: string; mentorNames: string } | null }[] } }>(
        STEP_MS,
        { id: r.id, input: { kind: 'MENTORING', title: 'Наставничество', competenceIds: [f.sh21], mentorshipId: own } },
        school12,
      );
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.addRouteStep.steps[0]).toMatchObject({ mentorshipId: own, mentorship: { id: own, mentorNames: expect.stringContaining('Жданова') } });
    });

    it('computes progress from non-cancelled steps and completes only when none is open', async () => {
      const r = await running();
      const [a, b] = r.steps;
      const noDate = await gql(STEP_STATUS, { id: a.id, input: { status: 'DONE' } }, filippov);
      expect(ext(noDate)?.fields?.[0].field).toBe('completedOn');
      const future = await gql(STEP_STATUS, { id: a.id, input: { status: 'DONE', completedOn: isoDay(3) } }, filippov);
      expect(ext(future)?.fields).toEqual([{ field: 'completedOn', message: 'Дата выполнения не может быть в будущем' }]);

      const half = (await gql(STEP_STATUS, { id: a.id, input: { status: 'DONE', completedOn: isoDay(-1) } }, filippov)).data!.setRouteStepStatus;
      expect(half.progress).toBe(50);
      expect(half.canComplete).toBe(false);
      const blocked = await gql(COMPLETE, { id: r.id }, filippov);
      expect(blocked.errors![0].message).toBe('Сначала отметьте выполненными или отменённые шаги: «Открытый урок»');
      const all = (await gql(STEP_STATUS, { id: b.id, input: { status: 'CANCELLED' } }, school12)).data!.setRouteStepStatus;
      expect(all.progress).toBe(100);
      expect(all.canComplete).toBe(true);
      const done = (await gql(COMPLETE, { id: r.id }, filippov)).data!.completeLearningRoute;
      expect(done).toMatchObject({ status: 'COMPLETED', canMark: false });
      expect(done.journal.some((j) => j.kind === 'STEP' && j.text === 'Шаг «Изучить приёмы постановки задачи»: Выполнен')).toBe(true);
      // No marking after completion.
      expect((await gql(STEP_STATUS, { id: a.id, input: { status: 'PLANNED' } }, filippov)).errors![0].message).toMatch(/^Отмечать шаги можно, когда маршрут выполняется/);
    });

    it('keeps steps inside the period and among the route’s competences; moves and removes them', async () => {
      const r = await draft(filippov);
      const bad = await gql(ADD_STEP, {
        id: r.id,
        input: { kind: 'COURSE', title: 'Курсы', competenceIds: [f.sh42], startsOn: isoDay(-90), mentorPersonId: f.zhdanova },
      }, filippov);
      expect(ext(bad)?.fields).toEqual([
        { field: 'startsOn', message: `Дата начала шага — внутри сроков маршрута (${isoDay(-60)} – ${isoDay(120)})` },
        { field: 'competenceIds.0', message: 'Компетенция не входит в маршрут' },
        { field: 'mentorPersonId', message: 'Наставник указывается только для шагов вида «Наставничество»' },
      ]);
      await step(filippov, r.id, { kind: 'MENTORING', title: 'Наставничество', competenceIds: [f.sh21], mentorPersonId: f.zhdanova });
      const two = await step(filippov, r.id, { kind: 'COURSE', title: 'Курсы', competenceIds: [f.sh33] });
      expect(two.steps.map((s) => s.title)).toEqual(['Наставничество', 'Курсы']);
      expect(two.steps[0].mentorPersonId).toBe(f.zhdanova);
      const moved = await gql(`mutation($id: ID!) { moveRouteStep(stepId: $id, input: { position: 0 }) { ${ROUTE} } }`, { id: two.steps[1].id }, filippov);
      expect(moved.data!.moveRouteStep.steps.map((s) => [s.title, s.position])).toEqual([['Курсы', 0], ['Наставничество', 1]]);
      const removed = await gql(`mutation($id: ID!) { removeRouteStep(stepId: $id) { ${ROUTE} } }`, { id: two.steps[1].id }, filippov);
      expect(removed.data!.removeRouteStep.steps.map((s) => [s.title, s.position])).toEqual([['Наставничество', 0]]);
      // Shrinking the period past a step, or dropping a competence a step uses, is refused.
      const updated = await gql(UPDATE, { id: r.id, input: { competenceIds: [f.sh33] } }, filippov);
      expect(ext(updated)?.fields?.[0].message).toBe('Компетенция, которую убрали, используется в шаге «Наставничество»');
    });

    it('proposes a mentor with a proficit from the network and self-education for the rest', async () => {
      const r = await gql<{ proposeRouteSteps: { kind: string; title: string; competenceIds: string[]; mentor: { personId: string; name: string; reasons: string[] } | null }[] }>(
        `query($p: ID!, $c: [ID!]!) { proposeRouteSteps(personId: $p, competenceIds: $c) { kind title competenceIds mentor { personId name score reasons } } }`,
        { p: f.filippov, c: [f.sh21, f.sh33] },
        school12,
      );
      expect(r.errors).toBeUndefined();
      const [mentoring, self] = r.data!.proposeRouteSteps;
      expect(mentoring).toMatchObject({ kind: 'MENTORING', competenceIds: [f.sh21], mentor: { personId: f.zhdanova } });
      // Ranked by matching: the targeted competences stand in for the deficits.
      expect(mentoring.mentor!.reasons[0]).toMatch(/^закрывает дефициты: Умение перевести тему урока/);
      expect(mentoring.mentor!.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^школа-наставник сети/), 'тот же предмет: Математика']));
      expect(self).toMatchObject({ kind: 'SELF_EDUCATION', competenceIds: [f.sh33] });
      // Without competences, the person's deficits are taken.
      const byDeficits = await gql<{ proposeRouteSteps: { competenceIds: string[] }[] }>(
        `query($p: ID!) { proposeRouteSteps(personId: $p) { competenceIds } }`,
        { p: f.filippov },
        filippov,
      );
      expect(byDeficits.data!.proposeRouteSteps.flatMap((s) => s.competenceIds).sort()).toEqual([f.sh21, f.sh33].sort());
      const options = await gql<{ routeDeficitOptions: { code: string; level: string; score: number; campaignId: string }[] }>(
        `query($p: ID!) { routeDeficitOptions(personId: $p) { code level score campaignId } }`,
        { p: f.filippov },
        filippov,
      );
      expect(options.data!.routeDeficitOptions).toEqual([
        { code: 'SH2.1', level: 'DEFICIT', score: 30, campaignId: f.before },
        { code: 'SH3.3', level: 'DEFICIT', score: 40, campaignId: f.before },
      ]);
    });
  });

  describe('effectiveness card', () => {
    it('compares the baseline with the latest result of the same competence code after the route started', async () => {
      const r = await draft(filippov, { competenceIds: [f.sh21, f.sh33, f.sh42] });
      const none = await gql<{ routeEffectiveness: unknown[] }>(EFFECT, { id: r.id }, filippov);
      expect(none.data!.routeEffectiveness).toEqual([
        { code: 'SH2.1', beforeScore: 30, beforeLevel: 'DEFICIT', afterScore: null, afterLevel: null, delta: null, deficitClosed: null },
        { code: 'SH3.3', beforeScore: 40, beforeLevel: 'DEFICIT', afterScore: null, afterLevel: null, delta: null, deficitClosed: null },
        { code: 'SH4.2', beforeScore: 60, beforeLevel: 'NORM', afterScore: null, afterLevel: null, delta: null, deficitClosed: null },
      ]);
      await result(t.db, f.after, f.filippov, f.sh21, 72.5, 'NORM', isoDay(-10));
      await result(t.db, f.after, f.filippov, f.sh33, 45, 'DEFICIT', isoDay(-10));
      const card = await gql<{ routeEffectiveness: unknown[] }>(EFFECT, { id: r.id }, school12);
      expect(card.data!.routeEffectiveness).toEqual([
        { code: 'SH2.1', beforeScore: 30, beforeLevel: 'DEFICIT', afterScore: 72.5, afterLevel: 'NORM', delta: 42.5, deficitClosed: true },
        { code: 'SH3.3', beforeScore: 40, beforeLevel: 'DEFICIT', afterScore: 45, afterLevel: 'DEFICIT', delta: 5, deficitClosed: false },
        { code: 'SH4.2', beforeScore: 60, beforeLevel: 'NORM', afterScore: null, afterLevel: null, delta: null, deficitClosed: null },
      ]);
      expect(ext(await gql(EFFECT, { id: r.id }, methodist))?.code).toBe('NOT_FOUND');
    });
  });

  describe('evidence, reflection, journal and «Диалог в сети»', () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(93, 32), Buffer.from('\n%%EOF\n')]).toString('base64');

    it('checks evidence files by type, content and size, and serves them back', async () => {
      const r = await running();
      const id = r.steps[0].id;
      const before = await counts();
      const exe = await gql(EVIDENCE, { id, input: { fileName: 'virus.exe', contentBase64: pdf } }, filippov);
      expect(ext(exe)?.fields).toEqual([{ field: 'fileName', message: 'Допустимы файлы pdf, docx, pptx, doc, jpg, jpeg, png' }]);
      const fake = await gql(EVIDENCE, { id, input: { fileName: 'отчёт.pdf', contentBase64: Buffer.from('hello').toString('base64') } }, filippov);
      expect(ext(fake)?.fields).toEqual([{ field: 'contentBase64', message: 'Содержимое файла не похоже на PDF' }]);
      const big = Buffer.concat([Buffer.from('%PDF'), Buffer.alloc(5 * 1024 * 1024)]).toString('base64');
      expect(ext(await gql(EVIDENCE, { id, input: { fileName: 'big.pdf', contentBase64: big } }, filippov))?.fields?.[0].message).toBe('Файл больше 5 МБ');
      const both = await gql(EVIDENCE, { id, input: { url: 'https://example.org/a', fileName: 'a.pdf', contentBase64: pdf } }, filippov);
      expect(ext(both)?.fields).toEqual([{ field: 'url', message: 'Укажите ссылку или приложите файл (одно из двух)' }]);
      expect(await counts()).toEqual(before);

      const ok = (await gql(EVIDENCE, { id, input: { fileName: 'отчёт.pdf', contentBase64: pdf } }, filippov)).data!.attachRouteStepEvidence;
      expect(ok.steps[0]).toMatchObject({ evidenceFileName: 'отчёт.pdf', evidenceFileSize: 109, evidenceUrl: null });
      const file = await gql<{ routeStepEvidenceFile: { fileName: string; fileType: string; contentBase64: string } }>(
        `query($id: ID!) { routeStepEvidenceFile(stepId: $id) { fileName fileType contentBase64 } }`,
        { id },
        school12,
      );
      expect(file.data!.routeStepEvidenceFile).toEqual({ fileName: 'отчёт.pdf', fileType: 'application/pdf', contentBase64: pdf });
      const link = (await gql(EVIDENCE, { id, input: { url: 'https://example.org/lesson' } }, filippov)).data!.attachRouteStepEvidence;
      expect(link.steps[0]).toMatchObject({ evidenceUrl: 'https://example.org/lesson', evidenceFileName: null });
      expect(link.journal[0]).toMatchObject({ kind: 'EVIDENCE', text: 'Подтверждение к шагу «Изучить приёмы постановки задачи»: ссылка https://example.org/lesson' });
      const reflected = await gql(`mutation($id: ID!) { setRouteStepReflection(stepId: $id, input: { reflection: "Понял, как ставить задачу" }) { ${ROUTE} } }`, { id }, filippov);
      expect(reflected.data!.setRouteStepReflection.steps[0].reflection).toBe('Понял, как ставить задачу');
      const noted = await gql(`mutation($id: ID!, $input: RouteJournalInput!) { addRouteJournalEntry(routeId: $id, input: $input) { ${ROUTE} } }`, { id: r.id, input: { occurredOn: isoDay(-2), text: 'Посетил семинар' } }, filippov);
      expect(noted.data!.addRouteJournalEntry.journal.find((j) => j.kind === 'NOTE')).toEqual({ occurredOn: isoDay(-2), kind: 'NOTE', text: 'Посетил семинар' });
    });

    it('shows achievements to the network only when the owner shares them', async () => {
      const r = await running();
      const ACH = `query($p: ID!) { routeAchievements(personId: $p) { fullName routes { id title progress products { stepId title completedOn result evidenceUrl } } } }`;
      const own = await gql<{ routeAchievements: { routes: { id: string }[] } }>(ACH, { p: f.filippov }, filippov);
      expect(own.data!.routeAchievements.routes.map((x) => x.id)).toContain(r.id);
      const hidden = await gql<{ routeAchievements: { routes: { id: string }[] } }>(ACH, { p: f.filippov }, zhdanova);
      expect(hidden.data?.routeAchievements.routes.map((x) => x.id) ?? []).not.toContain(r.id);
      // Only the owner shares.
      const SHARE = `mutation($id: ID!, $s: Boolean!) { setRouteSharing(routeId: $id, shared: $s) { id sharedInNetwork } }`;
      const bySchool = await gql(SHARE, { id: r.id, s: true }, school12);
      expect(bySchool.errors![0].message).toBe('Делиться маршрутом в сети может только сам педагог');
      expect((await gql<{ setRouteSharing: { sharedInNetwork: boolean } }>(SHARE, { id: r.id, s: true }, filippov)).data!.setRouteSharing.sharedInNetwork).toBe(true);
      expect((await gql(STEP_STATUS, { id: r.steps[0].id, input: { status: 'DONE', completedOn: isoDay(-1) } }, filippov)).errors).toBeUndefined();
      const shown = await gql<{ routeAchievements: { fullName: string; routes: { id: string; products: { stepId: string; title: string; completedOn: string }[] }[] } }>(ACH, { p: f.filippov }, zhdanova);
      expect(shown.data!.routeAchievements.fullName).toBe('Филиппов Максим Игоревич');
      // Products only: the done step, not the planned one; the route itself (baselines, journal, effectiveness) stays closed.
      expect(shown.data!.routeAchievements.routes.find((x) => x.id === r.id)!.products).toEqual([
        expect.objectContaining({ stepId: r.steps[0].id, title: r.steps[0].title, completedOn: isoDay(-1) }),
      ]);
      expect(ext(await gql(EFFECT, { id: r.id }, zhdanova))?.code).toBe('NOT_FOUND');
      expect(ext(await gql(GET, { id: r.id }, zhdanova))?.code).toBe('NOT_FOUND');
      // A colleague of the same school sees only what is shared: Петров's unshared route stays hidden from Филиппов.
      const petrov = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-petrov');
      const colleague = await draft(school12, { personId: petrov, campaignId: null });
      const other = await gql<{ routeAchievements: { routes: { id: string }[] } }>(ACH, { p: petrov }, filippov);
      expect(other.data?.routeAchievements.routes.map((x) => x.id) ?? []).not.toContain(colleague.id);
      expect(ext(await gql(EFFECT, { id: colleague.id }, filippov))?.code).toBe('NOT_FOUND');
      // Podporozhye is in no network with Vorkuta.
      expect(ext(await gql(ACH, { p: f.filippov }, methodist))?.code).toBe('NOT_FOUND');
    });

    it('lists the teachers whose routes are shared in the caller’s networks, newest first, at a bounded cost', async () => {
      type Page = { sharedAchievements: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { personId: string; fullName: string; organizationName: string | null; sharedRoutes: number; completedSteps: number }[] } };
      const SHARED = `query($first: Int!, $after: String, $search: String) { sharedAchievements(first: $first, after: $after, search: $search) {
        totalCount pageInfo { hasNextPage endCursor } nodes { personId fullName organizationName sharedRoutes completedSteps latestAt } } }`;
      const list = async (token: string, v: Record<string, unknown> = {}) => {
        const r = await gql<Page>(SHARED, { first: 100, ...v }, token);
        expect(r.errors).toBeUndefined();
        return r.data!.sharedAchievements;
      };
      const r = await running();
      expect((await gql(STEP_STATUS, { id: r.steps[0].id, input: { status: 'DONE', completedOn: isoDay(-1) } }, filippov)).errors).toBeUndefined();
      await gql(`mutation($id: ID!) { setRouteSharing(routeId: $id, shared: true) { id } }`, { id: r.id }, filippov);
      const expected = (await t.db.query(
        `SELECT count(DISTINCT lr.id)::int AS routes, count(s.id) FILTER (WHERE s.status = 'DONE')::int AS done
           FROM learning_route lr LEFT JOIN learning_route_step s ON s.route_id = lr.id
          WHERE lr.person_id = $1 AND lr.shared_in_network AND lr.archived_at IS NULL`,
        [f.filippov],
      ))[0] as { routes: number; done: number };
      const seen = await list(zhdanova);
      // The route just shared is the newest: Филиппов comes first, with every shared route and its done steps.
      expect(seen.nodes[0]).toEqual({
        personId: f.filippov,
        fullName: 'Филиппов Максим Игоревич',
        organizationName: expect.stringContaining('12'),
        sharedRoutes: expected.routes,
        completedSteps: expected.done,
        latestAt: expect.any(String),
      });
      expect(expected.done).toBeGreaterThanOrEqual(1);
      expect(seen.totalCount).toBe(seen.nodes.length);
      // Unshared routes do not count: a new draft of Филиппов changes nothing.
      await draft(filippov);
      expect((await list(zhdanova)).nodes[0]).toMatchObject({ personId: f.filippov, sharedRoutes: expected.routes });
      // Search by name; Podporozhye shares no network with Vorkuta; an unshared route's owner is not listed.
      expect((await list(zhdanova, { search: 'филиппов' })).nodes.map((n) => n.personId)).toEqual([f.filippov]);
      expect((await list(methodist)).nodes.map((n) => n.personId)).not.toContain(f.filippov);
      const petrov = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-petrov');
      await t.db.query('UPDATE learning_route SET shared_in_network = false WHERE person_id = $1', [petrov]);
      await draft(school12, { personId: petrov, campaignId: null });
      expect((await list(zhdanova)).nodes.map((n) => n.personId)).not.toContain(petrov);
      // Another teacher of the network shares later and comes first; pages follow the same order without repeats.
      const other = await draft(school12, { personId: petrov, campaignId: null });
      await t.db.query('UPDATE learning_route SET shared_in_network = true, updated_at = now() WHERE id = $1', [other.id]);
      const all = await list(zhdanova);
      expect(all.nodes.slice(0, 2).map((n) => n.personId)).toEqual([petrov, f.filippov]);
      const paged: string[] = [];
      let after: string | null = null;
      do {
        const page: Page['sharedAchievements'] = await list(zhdanova, { first: 1, after });
        paged.push(...page.nodes.map((n) => n.personId));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(paged).toEqual(all.nodes.map((n) => n.personId));
      // Two statements (the total and the page, names and workplaces included): the same for one row and for many.
      const cost = async (v: Record<string, unknown>) => {
        t.counter.reset();
        await list(zhdanova, v);
        return t.counter.statements;
      };
      const one = await cost({ search: 'Филиппов' });
      expect(all.nodes.length).toBeGreaterThan(1);
      expect(await cost({})).toBe(one);
      const bad = await gql(SHARED, { first: 101 }, zhdanova);
      expect(ext(bad)?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('bad input', () => {
    it('answers with Russian field errors and writes nothing', async () => {
      const before = await counts();
      const r = await gql(CREATE, { input: { personId: f.filippov, title: ' ', startsOn: '2026-13-01', endsOn: isoDay(1), competenceIds: [] } }, school12);
      expect(ext(r)?.code).toBe('BAD_USER_INPUT');
      expect(ext(r)?.fields).toEqual(
        expect.arrayContaining([
          { field: 'title', message: 'Введите название маршрута' },
          { field: 'startsOn', message: 'Дата начала — в виде ГГГГ-ММ-ДД' },
          { field: 'competenceIds', message: 'Выберите хотя бы одну компетенцию' },
        ]),
      );
      const order = await gql(CREATE, { input: { personId: f.filippov, title: 'ИОМ', startsOn: isoDay(5), endsOn: isoDay(1), competenceIds: [f.sh21] } }, school12);
      expect(ext(order)?.fields).toEqual([{ field: 'endsOn', message: 'Окончание не может быть раньше начала' }]);
      const both = await gql(CREATE, { input: { title: 'ИОМ', startsOn: isoDay(0), endsOn: isoDay(1), competenceIds: [f.sh21] } }, school12);
      expect(ext(both)?.fields).toEqual([{ field: 'personId', message: 'Укажите одно: педагога (ИОМ) или объединение (групповой маршрут)' }]);
      const unknown = await gql(CREATE, { input: { personId: f.filippov, title: 'ИОМ', startsOn: isoDay(0), endsOn: isoDay(1), competenceIds: [f.sh21, f.filippov] } }, school12);
      expect(ext(unknown)?.fields).toEqual([{ field: 'competenceIds.1', message: 'Компетенция не найдена в опубликованных рамках' }]);
      const outside = await gql(CREATE, { input: { personId: f.filippov, title: 'ИОМ', startsOn: isoDay(0), endsOn: isoDay(1), competenceIds: [f.sh21] } }, methodist);
      expect(ext(outside)?.fields).toEqual([{ field: 'personId', message: 'Педагог не найден или вне вашей зоны ответственности' }]);
      const route = await draft(school12);
      const mid = await counts();
      const emptyTitle = await gql(ADD_STEP, { id: route.id, input: { kind: 'COURSE', title: '  ', startsOn: 'вчера' } }, school12);
      expect(ext(emptyTitle)?.fields).toEqual(
        expect.arrayContaining([
          { field: 'title', message: 'Введите название шага' },
          { field: 'startsOn', message: 'Дата начала — в виде ГГГГ-ММ-ДД' },
        ]),
      );
      expect(await counts()).toEqual(mid);
      expect(Number(mid.r)).toBe(Number(before.r) + 1);
    });
  });

  describe('group routes', () => {
    it('belong to an association: its host’s managers build them, its members read them', async () => {
      const [{ id: shmo }] = (await t.db.query(`SELECT id FROM association WHERE external_id = 'demo:association:vorkuta-sosh12-shmo-science-math'`)) as { id: string }[];
      const input = { associationId: shmo, title: 'Групповой ИОМ ШМО', startsOn: isoDay(0), endsOn: isoDay(200), competenceIds: [f.sh21] };
      expect(ext(await gql(CREATE, { input }, filippov))?.fields).toEqual([{ field: 'associationId', message: 'Объединение не найдено или вне вашей зоны ответственности' }]);
      const r = (await gql(CREATE, { input }, school12)).data!.createLearningRoute;
      expect(r).toMatchObject({ person: null, canEdit: true, isOwner: false });
      const named = await gql<{ learningRoute: { association: { id: string; name: string } | null } }>(`query($id: ID!) { learningRoute(id: $id) { association { id name } } }`, { id: r.id }, filippov);
      const [{ name }] = (await t.db.query('SELECT name FROM association WHERE id = $1', [shmo])) as { name: string }[];
      expect(named.data!.learningRoute.association).toEqual({ id: shmo, name });
      const listed = await gql<{ learningRoutes: { nodes: { id: string; association: { name: string } | null }[] } }>(
        `query { learningRoutes(first: 100) { nodes { id association { name } } } }`, {}, school12);
      expect(listed.data!.learningRoutes.nodes.find((n) => n.id === r.id)?.association).toEqual({ name });
      expect(r.competences[0].baselineScore).toBeNull();
      // A member (Филиппов) reads it and sees it among his routes, but does not build it.
      const seen = (await gql(GET, { id: r.id }, filippov)).data!.learningRoute;
      expect(seen).toMatchObject({ canEdit: false, isOwner: false });
      const mine = await gql<{ myLearningRoutes: { id: string }[] }>('{ myLearningRoutes { id } }', {}, filippov);
      expect(mine.data!.myLearningRoutes.map((x) => x.id)).toContain(r.id);
      const add = await gql(ADD_STEP, { id: r.id, input: { kind: 'EVENT', title: 'Семинар', competenceIds: [f.sh21] } }, filippov);
      expect(ext(add)?.code).toBe('FORBIDDEN');
      // Жданова (№35) is no member: not found.
      expect(ext(await gql(GET, { id: r.id }, zhdanova))?.code).toBe('NOT_FOUND');
    });
  });

  describe('bad input on the other mutations', () => {
    it('answers with field errors and writes nothing', async () => {
      const draftRoute = await draft(filippov);
      const withStep = await step(filippov, draftRoute.id, { kind: 'COURSE', title: 'Курсы', competenceIds: [f.sh21] });
      const live = await running();
      const before = await counts();
      const cases: [string, Record<string, unknown>, string, string][] = [
        [UPDATE, { id: draftRoute.id, input: { title: '   ' } }, 'title', 'Введите название маршрута'],
        [UPDATE, { id: draftRoute.id, input: { startsOn: isoDay(10), endsOn: isoDay(5) } }, 'endsOn', 'Окончание не может быть раньше начала'],
        [UPDATE, { id: 'не-id', input: { title: 'x' } }, 'id', 'Неверный идентификатор'],
        [`mutation($id: ID!, $input: UpdateRouteStepInput!) { updateRouteStep(stepId: $id, input: $input) { id } }`, { id: withStep.steps[0].id, input: { endsOn: isoDay(400) } }, 'endsOn', `Дата окончания шага — внутри сроков маршрута (${isoDay(-60)} – ${isoDay(120)})`],
        [`mutation($id: ID!, $input: UpdateRouteStepInput!) { updateRouteStep(stepId: $id, input: $input) { id } }`, { id: withStep.steps[0].id, input: { kind: 'MENTORING', mentorPersonId: f.filippov } }, 'mentorPersonId', 'Педагог не может быть наставником самому себе'],
        [`mutation($id: ID!) { moveRouteStep(stepId: $id, input: { position: -1 }) { id } }`, { id: withStep.steps[0].id }, 'position', 'Позиция — не меньше 0'],
        [`mutation($id: ID!, $input: RouteJournalInput!) { addRouteJournalEntry(routeId: $id, input: $input) { id } }`, { id: live.id, input: { occurredOn: isoDay(5), text: 'Завтра' } }, 'occurredOn', 'Дата записи не может быть в будущем'],
        [`mutation($id: ID!, $input: RouteJournalInput!) { addRouteJournalEntry(routeId: $id, input: $input) { id } }`, { id: live.id, input: { occurredOn: isoDay(0), text: '  ' } }, 'text', 'Введите текст записи'],
        [EVIDENCE, { id: live.steps[0].id, input: { url: 'ftp://example.org/x' } }, 'url', 'Ссылка — адрес вида https://…'],
        [`mutation($id: ID!) { setRouteStepReflection(stepId: $id, input: { reflection: "${'я'.repeat(10001)}" }) { id } }`, { id: live.steps[0].id }, 'reflection', 'Рефлексия — не длиннее 10000 символов'],
        [`query($p: ID!, $c: [ID!]!) { proposeRouteSteps(personId: $p, competenceIds: $c) { title } }`, { p: f.filippov, c: ['x'] }, 'competenceIds.0', 'Неверный идентификатор компетенции'],
      ];
      for (const [query, vars, field, message] of cases) {
        const r = await gql(query, vars, filippov);
        expect([field, ext(r)?.code, ext(r)?.fields?.find((x) => x.field === field)?.message]).toEqual([field, 'BAD_USER_INPUT', message]);
      }
      expect(await counts()).toEqual(before);
    });
  });

  describe('bounded SQL', () => {
    const cost = async <T>(query: string, variables: Record<string, unknown>) => {
      t.counter.reset();
      const r = await t.gql<T>(query, variables, admin);
      expect(r.errors).toBeUndefined();
      return { statements: t.counter.statements, data: r.data! };
    };

    it('lists routes with people, competences, steps and mentors at the same cost for 3 and 12 rows', async () => {
      for (let i = 0; i < 12; i++) {
        const r = await draft(school12, { title: `Маршрут для подсчёта ${i}` });
        await step(school12, r.id, { kind: 'MENTORING', title: 'Наставничество', competenceIds: [f.sh21], mentorPersonId: f.zhdanova });
      }
      const filter = { search: 'для подсчёта' };
      const few = await cost<{ learningRoutes: { nodes: unknown[] } }>(LIST, { first: 3, filter });
      const many = await cost<{ learningRoutes: { nodes: unknown[] } }>(LIST, { first: 12, filter });
      expect(few.data.learningRoutes.nodes).toHaveLength(3);
      expect(many.data.learningRoutes.nodes).toHaveLength(12);
      expect(many.statements).toBe(few.statements);
    });

    it('serves a route page at the same cost for 1 and 8 steps', async () => {
      const PAGE = `query($id: ID!) { learningRoute(id: $id) { ${ROUTE} canJournal effectiveness { code delta } } }`;
      const small = await draft(school12);
      await step(school12, small.id, { kind: 'MENTORING', title: 'Шаг', competenceIds: [f.sh21], mentorPersonId: f.zhdanova });
      const big = await draft(school12);
      for (let i = 0; i < 8; i++) await step(school12, big.id, { kind: 'MENTORING', title: `Шаг ${i}`, competenceIds: [f.sh21], mentorPersonId: f.zhdanova });
      const a = await cost(PAGE, { id: small.id });
      const b = await cost(PAGE, { id: big.id });
      expect(b.statements).toBe(a.statements);
    });
  });

  it('lists with filters: status, person and the caller’s own routes', async () => {
    const mine = await gql<{ myLearningRoutes: { id: string; isOwner: boolean; associationId: string | null }[] }>('{ myLearningRoutes { id isOwner associationId } }', {}, filippov);
    expect(mine.data!.myLearningRoutes.length).toBeGreaterThan(0);
    // His own routes, and the routes of the groups he is a member of.
    expect(mine.data!.myLearningRoutes.every((r) => r.isOwner || r.associationId)).toBe(true);
    const onApproval = await gql<{ learningRoutes: { totalCount: number; nodes: { status: string }[] } }>(LIST, { first: 50, filter: { status: 'ON_APPROVAL', personId: f.filippov } }, school12);
    expect(onApproval.data!.learningRoutes.nodes.every((n) => n.status === 'ON_APPROVAL')).toBe(true);
    const podp = await gql<{ learningRoutes: { totalCount: number } }>(LIST, { first: 10 }, methodist);
    expect(podp.data!.learningRoutes.totalCount).toBe(0);
    expect(await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-young-math')).toBe(f.filippov);
  });
});
