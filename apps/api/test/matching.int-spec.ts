import { assignmentComputations, computeAssignment } from '../src/modules/matching/assignment-compute';
import { idOf, startTestApp, TestApp } from './support/test-app';

type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
const ext = <T>(r: R<T>) => r.errors?.[0]?.extensions;

const SUGGEST = `query($m: ID!, $p: ID, $prefs: MatchPreferencesInput) { mentorSuggestions(menteePersonId: $m, programId: $p, preferences: $prefs) {
  mentee { id fullName } deficits suggestions { mentor { id fullName organizationName } score reasons capacity load freePlaces } } }`;
const PLAN_FIELDS = `id programId status totalScore greedyScore menteeCount assignedCount canEdit publishedAt program { id }
  items { id menteePersonId mentorPersonId score reasons isManual mentee { id fullName } mentor { id fullName } }
  mentors { person { id fullName } capacity load inPlan freePlaces }`;
const CREATE = `mutation($p: ID!, $input: CreateAssignmentPlanInput) { createAssignmentPlan(programId: $p, input: $input) { ${PLAN_FIELDS} } }`;
const PLAN = `query($id: ID!) { assignmentPlan(id: $id) { ${PLAN_FIELDS} } }`;
const PLANS = `query($p: ID!) { assignmentPlans(programId: $p) { id status totalScore } }`;
const SET = `mutation($id: ID!, $mentor: ID) { setAssignmentPlanItem(itemId: $id, mentorPersonId: $mentor) { ${PLAN_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishAssignmentPlan(id: $id) { id status publishedAt } }`;
const DISCARD = `mutation($id: ID!) { discardAssignmentPlan(id: $id) { id status } }`;
const PAIRS = `query($n: ID, $mu: ID) { schoolPairSuggestions(networkId: $n, municipalityId: $mu) {
  strongOrganizationId strongOrganizationName weakOrganizationId weakOrganizationName score reasons } }`;

type Item = { id: string; menteePersonId: string; mentorPersonId: string | null; score: number; reasons: string[]; isManual: boolean };
type Plan = {
  id: string;
  status: string;
  totalScore: number;
  greedyScore: number | null;
  menteeCount: number;
  assignedCount: number;
  canEdit: boolean;
  items: Item[];
  mentors: { person: { id: string }; capacity: number; load: number; inPlan: number; freePlaces: number }[];
};
type Suggestions = { mentee: { id: string }; deficits: string[]; suggestions: { mentor: { id: string }; score: number; reasons: string[]; freePlaces: number }[] };

const NET = 'Сеть подбора (фикстура)';
const NET_REASON = `школа-наставник сети «${NET}»`;

describe('matching', () => {
  let t: TestApp;
  let manager: string; // fixture.matching: admin of the mentor school S, which coordinates the fixture network
  let member: string; // fixture.member: admin of the supported school W (sees the programme, does not manage it)
  let admin: string;
  let school12: string;
  const f: Record<string, string> = {};
  const one = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;
  const person = async (lastName: string, org: string, subjects: string[] = []) => {
    const id = await one(`INSERT INTO person (last_name, first_name, subjects) VALUES ($1, 'Анна', $2) RETURNING id`, [lastName, subjects]);
    await t.db.query(`INSERT INTO position (person_id, organization_id, kind) VALUES ($1, $2, 'TEACHER')`, [id, org]);
    return id;
  };
  const result = (campaign: string, personId: string, code: string, level: string, on = '2026-09-15') =>
    t.db.query(
      `INSERT INTO competence_result (campaign_id, person_id, competence_id, source, score, level, measured_on)
       SELECT $1, $2, c.id, 'IMPORT', CASE $4 WHEN 'DEFICIT' THEN 30 WHEN 'NORM' THEN 60 ELSE 90 END, $4::competence_level, $5
         FROM competence c JOIN competency_framework fw ON fw.id = c.framework_id WHERE fw.code = 'MATCHTEST' AND c.code = $3`,
      [campaign, personId, code, level, on],
    );
  const account = async (login: string, org: string) => {
    const acc = await one(`INSERT INTO account (login, display_name, password_hash) SELECT $1, 'Фикстура', password_hash FROM account WHERE login = 'school12.vorkuta' RETURNING id`, [login]);
    await t.db.query(`INSERT INTO role_grant (account_id, role, organization_id, scope_key) VALUES ($1, 'ORGANIZATION_ADMIN', $2, $3)`, [acc, org, org]);
  };
  /** Everything a matching mutation may write. */
  const written = async () =>
    t.db.query(
      `SELECT (SELECT json_agg(x ORDER BY x.id) FROM assignment_plan x) plans, (SELECT json_agg(x ORDER BY x.id) FROM assignment_plan_item x) items,
              (SELECT count(*) FROM mentorship) ms, (SELECT count(*) FROM mentorship_participant) mp, (SELECT count(*) FROM audit_log) a`,
    );

  beforeAll(async () => {
    t = await startTestApp();
    const org12 = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12');
    const mun = await one('SELECT municipality_id AS id FROM organization WHERE id = $1', [org12]);
    f.mun = mun;
    f.S = await one(`INSERT INTO organization (municipality_id, name, short_name, kind) VALUES ($1, 'МОУ «Школа-наставник (фикстура)»', 'Школа-наставник', 'SCHOOL') RETURNING id`, [mun]);
    f.W = await one(`INSERT INTO organization (municipality_id, name, short_name, kind) VALUES ($1, 'МОУ «Школа (фикстура)»', 'Школа W', 'SCHOOL') RETURNING id`, [mun]);
    f.net = await one(`INSERT INTO network (name, model, coordinator_organization_id, starts_on) VALUES ($1, 'BILATERAL_PARTNERSHIP', $2, '2026-01-01') RETURNING id`, [NET, f.S]);
    const mS = await one(`INSERT INTO network_member (network_id, organization_id, role) VALUES ($1, $2, 'COORDINATOR') RETURNING id`, [f.net, f.S]);
    const mW = await one(`INSERT INTO network_member (network_id, organization_id, role) VALUES ($1, $2, 'SUPPORTED_SCHOOL') RETURNING id`, [f.net, f.W]);
    await t.db.query(`INSERT INTO network_edge (network_id, from_member_id, to_member_id, kind) VALUES ($1, $2, $3, 'SUPPORT')`, [f.net, mS, mW]);
    // Competences of a framework of its own, so that no other data fits these deficits.
    const fw = await one(`INSERT INTO competency_framework (code, version, name, status) VALUES ('MATCHTEST', 1, 'Фикстура подбора', 'PUBLISHED') RETURNING id`);
    const area = await one(`INSERT INTO competence_area (framework_id, code, name) VALUES ($1, 'MT', 'Фикстурная область') RETURNING id`, [fw]);
    for (const [code, name] of [
      ['MT1', 'Фикстура: умение один'],
      ['MT2', 'Фикстура: умение два'],
      ['MT3', 'Фикстура: умение три'],
    ]) {
      await t.db.query(`INSERT INTO competence (framework_id, area_id, code, name) VALUES ($1, $2, $3, $4)`, [fw, area, code, name]);
    }
    const instrument = await one(
      `INSERT INTO diagnostic_instrument (code, version, name, framework_id, status)
       SELECT 'MATCHTEST', 1, 'Фикстурная методика', id, 'PUBLISHED' FROM competency_framework WHERE code = 'SHADRIKOV' AND version = 1 RETURNING id`,
    );
    const campaign = (name: string, on: string) =>
      one(`INSERT INTO diagnostic_campaign (name, instrument_id, mode, scope_kind, opens_on, closes_on, status) VALUES ($1, $2, 'EXTERNAL', 'ORGANIZATIONS', $3, $3, 'CLOSED') RETURNING id`, [
        name,
        instrument,
        on,
      ]);
    const older = await campaign('Фикстурная диагностика 2025', '2025-05-01');
    const latest = await campaign('Фикстурная диагностика 2026', '2026-09-15');
    // Mentees at the supported school W.
    f.e1 = await person('Алексеева', f.W);
    f.e2 = await person('Борисова', f.W, ['астрономия']);
    f.e3 = await person('Власова', f.W);
    f.e4 = await person('Горина', f.W);
    await result(latest, f.e1, 'MT1', 'DEFICIT');
    await result(latest, f.e1, 'MT2', 'DEFICIT');
    await result(older, f.e1, 'MT3', 'DEFICIT', '2025-05-01'); // overcome since: the latest result counts
    await result(latest, f.e1, 'MT3', 'NORM');
    await result(latest, f.e2, 'MT1', 'DEFICIT');
    await result(latest, f.e3, 'MT3', 'DEFICIT');
    await result(latest, f.e4, 'MT3', 'NORM');
    // Mentors at the mentor school S: one place each.
    f.X = await person('Иксова', f.S);
    f.Y = await person('Игрекова', f.S);
    await result(latest, f.X, 'MT1', 'PROFICIT');
    await result(latest, f.X, 'MT2', 'PROFICIT');
    await result(latest, f.Y, 'MT2', 'PROFICIT');
    await t.db.query(`INSERT INTO mentor_profile (person_id, types, capacity, subjects) VALUES ($1, '{CLASSIC}', 1, '{астрономия}'), ($2, '{TUTOR}', 1, '{}')`, [f.X, f.Y]);
    f.prog = await one(`INSERT INTO mentoring_program (name, model, forms, network_id, starts_on) VALUES ('Программа подбора (фикстура)', 'TEACHER_TO_TEACHER', '{TRADITIONAL}', $1, '2026-09-01') RETURNING id`, [
      f.net,
    ]);
    f.otherProg = await one(`INSERT INTO mentoring_program (name, model, forms, organization_id, starts_on) VALUES ('Другая программа (фикстура)', 'TEACHER_TO_TEACHER', '{TRADITIONAL}', $1, '2026-09-01') RETURNING id`, [
      f.S,
    ]);
    f.filippov = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-young-math');
    await account('fixture.matching', f.S);
    await account('fixture.member', f.W);
    [manager, member, admin, school12] = await Promise.all([t.login('fixture.matching'), t.login('fixture.member'), t.login('admin'), t.login('school12.vorkuta')]);
  });
  afterAll(() => t?.close());

  describe('mentor suggestions', () => {
    it('ranks the mentors for a known mentee and says why, in Russian words', async () => {
      const r: R<{ mentorSuggestions: Suggestions }> = await t.gql(SUGGEST, { m: f.e2, p: f.prog }, manager);
      expect(r.errors).toBeUndefined();
      const s = r.data!.mentorSuggestions;
      expect(s.mentee.id).toBe(f.e2);
      expect(s.deficits).toEqual(['Фикстура: умение один']);
      expect(s.suggestions.map((x) => [x.mentor.id, x.score, x.freePlaces])).toEqual([
        [f.X, 23, 1],
        [f.Y, 8, 1],
      ]);
      expect(s.suggestions[0].reasons).toEqual(['закрывает дефициты: Фикстура: умение один', 'тот же предмет: астрономия', NET_REASON, 'свободно мест: 1']);
      expect(s.suggestions[1].reasons).toEqual([NET_REASON, 'свободно мест: 1']);
    });

    it('takes preferences into account and gives the same answer every time', async () => {
      const vars = { m: f.e1, p: f.prog, prefs: { otherSchool: true, sameMunicipality: true } };
      const a: R<{ mentorSuggestions: Suggestions }> = await t.gql(SUGGEST, vars, manager);
      const b: R<{ mentorSuggestions: Suggestions }> = await t.gql(SUGGEST, vars, manager);
      expect(a.data).toEqual(b.data);
      const x = a.data!.mentorSuggestions.suggestions[0];
      expect(x.mentor.id).toBe(f.X);
      expect(x.score).toBe(20 + 8 + 3 + 3);
      expect(x.reasons).toEqual(['закрывает дефициты: Фикстура: умение один, Фикстура: умение два', NET_REASON, 'из другой школы', 'тот же муниципалитет', 'свободно мест: 1']);
      // The older MT3 deficit was overcome: only the latest results count.
      expect(a.data!.mentorSuggestions.deficits).toEqual(['Фикстура: умение один', 'Фикстура: умение два']);
    });

    it('does not find a mentee outside the scope, nor a programme', async () => {
      expect(ext(await t.gql(SUGGEST, { m: f.filippov, p: f.prog }, manager))?.code).toBe('NOT_FOUND');
      expect(ext(await t.gql(SUGGEST, { m: f.e2, p: f.prog }, school12))?.code).toBe('NOT_FOUND');
      expect(ext(await t.gql(SUGGEST, { m: 'не-идентификатор' }, manager))?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('assignment plans', () => {
    let plan1: Plan;
    let plan2: Plan;
    const pairs = (p: Plan) => Object.fromEntries(p.items.map((x) => [x.menteePersonId, x.mentorPersonId]));

    it('refuses bad input and writes nothing', async () => {
      const before = await written();
      const outside: R<unknown> = await t.gql(CREATE, { p: f.prog, input: { menteePersonIds: [f.e1, f.filippov] } }, manager);
      expect(ext(outside)?.code).toBe('BAD_USER_INPUT');
      expect(ext(outside)?.fields).toEqual([{ field: 'menteePersonIds.1', message: 'Педагог не найден или вне вашей зоны ответственности' }]);
      const twice: R<unknown> = await t.gql(CREATE, { p: f.prog, input: { menteePersonIds: [f.e1, f.e1] } }, manager);
      expect(ext(twice)?.fields).toEqual([{ field: 'menteePersonIds.1', message: 'Наставляемый указан дважды' }]);
      const bad: R<unknown> = await t.gql(CREATE, { p: f.prog, input: { menteePersonIds: ['x'] } }, manager);
      expect(ext(bad)?.code).toBe('BAD_USER_INPUT');
      expect(ext(bad)?.fields).toEqual([{ field: 'menteePersonIds', message: 'Неверный идентификатор педагога' }]);
      const nobody: R<unknown> = await t.gql(CREATE, { p: f.otherProg }, manager);
      expect(r(nobody).message).toBe('Некого распределять: в программе нет педагогов с дефицитами без пары');
      expect(await written()).toEqual(before);
    });

    it('lets only the programme’s managers plan', async () => {
      const before = await written();
      const r1: R<unknown> = await t.gql(CREATE, { p: f.prog }, member);
      expect(ext(r1)?.code).toBe('FORBIDDEN');
      expect(r1.errors?.[0].message).toBe('Распределять наставляемых может тот, кто отвечает за организацию программы или координирует её сеть');
      expect(ext(await t.gql(CREATE, { p: f.prog }, school12))?.code).toBe('NOT_FOUND');
      expect(await written()).toEqual(before);
    });

    it('proposes the optimal assignment of the default cohort, better than greedy, with reasons', async () => {
      const res: R<{ createAssignmentPlan: Plan }> = await t.gql(CREATE, { p: f.prog }, manager);
      expect(res.errors).toBeUndefined();
      plan1 = res.data!.createAssignmentPlan;
      // e4 has no deficit, X and Y are mentors: the cohort is e1, e2, e3.
      expect(plan1.menteeCount).toBe(3);
      expect(pairs(plan1)).toEqual({ [f.e1]: f.Y, [f.e2]: f.X, [f.e3]: null });
      expect(plan1.totalScore).toBe(18 + 23);
      expect(plan1.greedyScore).toBe(28 + 8);
      expect(plan1.assignedCount).toBe(2);
      expect(plan1.canEdit).toBe(true);
      const e2 = plan1.items.find((x) => x.menteePersonId === f.e2)!;
      expect(e2).toMatchObject({ score: 23, isManual: false, reasons: ['закрывает дефициты: Фикстура: умение один', 'тот же предмет: астрономия', NET_REASON] });
      expect(plan1.items.find((x) => x.menteePersonId === f.e3)!.reasons).toEqual(['нет подходящего наставника со свободными местами']);
      expect(plan1.mentors.filter((x) => [f.X, f.Y].includes(x.person.id)).map((x) => [x.capacity, x.load, x.inPlan, x.freePlaces])).toEqual([
        [1, 0, 1, 0],
        [1, 0, 1, 0],
      ]);
      const list: R<{ assignmentPlans: { id: string; status: string }[] }> = await t.gql(PLANS, { p: f.prog }, manager);
      expect(list.data!.assignmentPlans).toEqual([{ id: plan1.id, status: 'DRAFT', totalScore: 41 }]);
    });

    it('keeps one draft per programme', async () => {
      const before = await written();
      const r2: R<unknown> = await t.gql(CREATE, { p: f.prog }, manager);
      expect(ext(r2)?.code).toBe('CONFLICT');
      expect(r2.errors?.[0].message).toBe('У программы уже есть проект распределения: опубликуйте или отклоните его');
      expect(await written()).toEqual(before);
    });

    it('is deterministic: discarded and made again, the plan is the same', async () => {
      const d: R<{ discardAssignmentPlan: { status: string } }> = await t.gql(DISCARD, { id: plan1.id }, manager);
      expect(d.data!.discardAssignmentPlan.status).toBe('DISCARDED');
      const again: R<{ createAssignmentPlan: Plan }> = await t.gql(CREATE, { p: f.prog }, manager);
      plan2 = again.data!.createAssignmentPlan;
      expect(plan2.id).not.toBe(plan1.id);
      expect(pairs(plan2)).toEqual(pairs(plan1));
      expect(plan2.items.map((x) => [x.menteePersonId, x.score, x.reasons])).toEqual(plan1.items.map((x) => [x.menteePersonId, x.score, x.reasons]));
      expect([plan2.totalScore, plan2.greedyScore]).toEqual([plan1.totalScore, plan1.greedyScore]);
      // A discarded plan no longer changes.
      const item = plan1.items[0];
      const late: R<unknown> = await t.gql(SET, { id: item.id, mentor: null }, manager);
      expect(r(late).message).toBe('Проект уже опубликован или отклонён: изменить его нельзя');
    });

    it('edits a mentee’s mentor, refusing over capacity with the reason and writing nothing then', async () => {
      const item = (id: string) => plan2.items.find((x) => x.menteePersonId === id)!;
      const before = await written();
      const full: R<unknown> = await t.gql(SET, { id: item(f.e3).id, mentor: f.X }, manager);
      expect(ext(full)?.code).toBe('BAD_USER_INPUT');
      expect(ext(full)?.fields).toEqual([{ field: 'mentorPersonId', message: 'Иксова Анна: занято 1 из 1 мест, а нужно ещё 1 (с учётом 1 в этом проекте)' }]);
      const self: R<unknown> = await t.gql(SET, { id: item(f.e3).id, mentor: f.e3 }, manager);
      expect(ext(self)?.fields).toEqual([{ field: 'mentorPersonId', message: 'Педагог не может быть наставником самому себе' }]);
      const notMentor: R<unknown> = await t.gql(SET, { id: item(f.e3).id, mentor: f.e4 }, manager);
      expect(ext(notMentor)?.fields).toEqual([{ field: 'mentorPersonId', message: 'Горина Анна: нет в базе наставников' }]);
      expect(ext(await t.gql(SET, { id: item(f.e3).id, mentor: f.filippov }, manager))?.fields?.[0].message).toBe('Педагог не найден или вне вашей зоны ответственности');
      expect(ext(await t.gql(SET, { id: item(f.e3).id, mentor: f.X }, member))?.code).toBe('FORBIDDEN');
      expect(await written()).toEqual(before);

      const freed: R<{ setAssignmentPlanItem: Plan }> = await t.gql(SET, { id: item(f.e1).id, mentor: null }, manager);
      expect(freed.errors).toBeUndefined();
      const moved: R<{ setAssignmentPlanItem: Plan }> = await t.gql(SET, { id: item(f.e3).id, mentor: f.Y }, manager);
      expect(moved.errors).toBeUndefined();
      const p = moved.data!.setAssignmentPlanItem;
      expect(pairs(p)).toEqual({ [f.e1]: null, [f.e2]: f.X, [f.e3]: f.Y });
      expect(p.items.find((x) => x.menteePersonId === f.e3)).toMatchObject({ score: 8, isManual: true, reasons: [NET_REASON] });
      expect(p.items.find((x) => x.menteePersonId === f.e1)).toMatchObject({ score: 0, isManual: true, reasons: ['наставник снят вручную'] });
      expect(p.totalScore).toBe(23 + 8);
    });

    it('publishes as planned mentorships within capacity, in one transaction', async () => {
      // Someone fills X's only place meanwhile (another programme): publishing must refuse and write nothing.
      const other = await one(`INSERT INTO mentorship (program_id, form, starts_on) VALUES ($1, 'TRADITIONAL', '2026-12-01') RETURNING id`, [f.otherProg]);
      await t.db.query(`INSERT INTO mentorship_participant (mentorship_id, person_id, side) VALUES ($1, $2, 'MENTOR'), ($1, $3, 'MENTEE')`, [other, f.X, f.e4]);
      const before = await written();
      const refused: R<unknown> = await t.gql(PUBLISH, { id: plan2.id }, manager);
      expect(ext(refused)?.code).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].message).toBe('Иксова Анна: занято 1 из 1 мест, а нужно ещё 1');
      expect(await written()).toEqual(before);
      await t.db.query('DELETE FROM mentorship WHERE id = $1', [other]);

      const ok: R<{ publishAssignmentPlan: { status: string; publishedAt: string } }> = await t.gql(PUBLISH, { id: plan2.id }, manager);
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.publishAssignmentPlan.status).toBe('PUBLISHED');
      const made: { mentor: string; mentee: string; status: string; goals: string }[] = await t.db.query(
        `SELECT (SELECT person_id FROM mentorship_participant WHERE mentorship_id = ms.id AND side = 'MENTOR') mentor,
                (SELECT person_id FROM mentorship_participant WHERE mentorship_id = ms.id AND side = 'MENTEE') mentee, ms.status, ms.goals
           FROM mentorship ms WHERE ms.program_id = $1 ORDER BY 2`,
        [f.prog],
      );
      expect(made.map((x) => `${x.mentor}>${x.mentee}:${x.status}`).sort()).toEqual([`${f.X}>${f.e2}:PLANNED`, `${f.Y}>${f.e3}:PLANNED`].sort());
      expect(made.every((x) => x.goals.startsWith('Подбор по дефицитам: '))).toBe(true);
      expect(r(await t.gql(PUBLISH, { id: plan2.id }, manager)).message).toBe('Проект уже опубликован или отклонён: изменить его нельзя');
    });

    it('leaves out paired mentees next time and leaves a mentee alone when nobody has room', async () => {
      const res: R<{ createAssignmentPlan: Plan }> = await t.gql(CREATE, { p: f.prog }, manager);
      expect(res.errors).toBeUndefined();
      const p = res.data!.createAssignmentPlan;
      expect(pairs(p)).toEqual({ [f.e1]: null });
      expect(p.totalScore).toBe(0);
      // Asked for by hand, a mentee already paired in the programme is refused.
      await t.gql(DISCARD, { id: p.id }, manager);
      const paired: R<unknown> = await t.gql(CREATE, { p: f.prog, input: { menteePersonIds: [f.e1, f.e2] } }, manager);
      expect(ext(paired)?.fields).toEqual([{ field: 'menteePersonIds.1', message: 'Уже в паре этой программы' }]);
    });
  });

  describe('school pairs', () => {
    it('suggests the strong school for the weak one in the network, with reasons in words', async () => {
      const res: R<{ schoolPairSuggestions: { strongOrganizationId: string; weakOrganizationId: string; strongOrganizationName: string; weakOrganizationName: string; score: number; reasons: string[] }[] }> =
        await t.gql(PAIRS, { n: f.net }, manager);
      expect(res.errors).toBeUndefined();
      expect(res.data!.schoolPairSuggestions).toEqual([
        {
          strongOrganizationId: f.S,
          strongOrganizationName: 'Школа-наставник',
          weakOrganizationId: f.W,
          weakOrganizationName: 'Школа W',
          score: 210,
          reasons: [
            'закрывает дефициты школы: Фикстура: умение один, Фикстура: умение два (дефицит у 100 % педагогов; у школы-наставника профицит у 100 % педагогов)',
            `уже ${NET_REASON}`,
          ],
        },
      ]);
    });

    it('works for a municipality in scope, and not outside it', async () => {
      const res: R<{ schoolPairSuggestions: { strongOrganizationId: string; weakOrganizationId: string }[] }> = await t.gql(PAIRS, { mu: f.mun }, admin);
      expect(res.errors).toBeUndefined();
      expect(res.data!.schoolPairSuggestions.some((p) => p.strongOrganizationId === f.S && p.weakOrganizationId === f.W)).toBe(true);
      expect(ext(await t.gql(PAIRS, { mu: f.mun }, manager))?.code).toBe('NOT_FOUND');
      expect(ext(await t.gql(PAIRS, { n: f.net }, school12))?.code).toBe('NOT_FOUND');
      const neither: R<unknown> = await t.gql(PAIRS, {}, manager);
      expect(ext(neither)?.fields).toEqual([{ field: 'networkId', message: 'Укажите одно: сеть или муниципалитет' }]);
    });
  });

  describe('bounded SQL', () => {
    const statements = async (query: string, variables: Record<string, unknown>) => {
      t.counter.reset();
      const res: R<unknown> = await t.gql(query, variables, manager);
      expect(res.errors).toBeUndefined();
      return t.counter.statements;
    };

    it('reads a plan and suggestions at the same cost for few and many mentees and mentors', async () => {
      const small = await one(`SELECT id FROM assignment_plan WHERE program_id = $1 AND status = 'PUBLISHED'`, [f.prog]);
      const fewSuggest = await statements(SUGGEST, { m: f.e2, p: f.prog });
      const fewPlan = await statements(PLAN, { id: small });
      // Twelve more mentees with deficits and ten more mentors with room.
      const more: string[] = [];
      const campaign = await one(`SELECT id FROM diagnostic_campaign WHERE name = 'Фикстурная диагностика 2026'`);
      for (let i = 0; i < 12; i++) {
        const e = await person(`Наставляемая${i}`, f.W, ['астрономия']);
        await result(campaign, e, i % 2 ? 'MT1' : 'MT2', 'DEFICIT');
        more.push(e);
      }
      for (let i = 0; i < 10; i++) {
        const m = await person(`Наставница${i}`, f.S, ['астрономия']);
        await result(campaign, m, 'MT1', 'PROFICIT');
        await t.db.query(`INSERT INTO mentor_profile (person_id, types, capacity) VALUES ($1, '{CLASSIC}', 2)`, [m]);
      }
      const created: R<{ createAssignmentPlan: Plan }> = await t.gql(CREATE, { p: f.prog, input: { menteePersonIds: more } }, manager);
      expect(created.data!.createAssignmentPlan.items).toHaveLength(12);
      expect(created.data!.createAssignmentPlan.assignedCount).toBe(12);
      expect(await statements(SUGGEST, { m: f.e2, p: f.prog })).toBe(fewSuggest);
      expect(await statements(PLAN, { id: created.data!.createAssignmentPlan.id })).toBe(fewPlan);
    });
  });
  describe('publishing at a bounded cost; computing off the API thread', () => {
    it('publishes a plan of 3 pairs and one of 9 with the same number of SQL statements, audited per pair', async () => {
      const campaign = await one(`SELECT id FROM diagnostic_campaign WHERE name = 'Фикстурная диагностика 2026'`);
      const mentees: string[] = [];
      for (let i = 0; i < 12; i++) {
        const e = await person(`Публикуемая${i}`, f.W);
        await result(campaign, e, 'MT1', 'DEFICIT');
        mentees.push(e);
      }
      for (let i = 0; i < 8; i++) {
        const m = await person(`Публикующая${i}`, f.S);
        await result(campaign, m, 'MT1', 'PROFICIT');
        await t.db.query(`INSERT INTO mentor_profile (person_id, types, capacity) VALUES ($1, '{CLASSIC}', 3)`, [m]);
      }
      const publishCost = async (name: string, ids: string[]) => {
        const prog = await one(`INSERT INTO mentoring_program (name, model, forms, network_id, starts_on) VALUES ($1, 'TEACHER_TO_TEACHER', '{TRADITIONAL}', $2, '2026-09-01') RETURNING id`, [name, f.net]);
        const plan: R<{ createAssignmentPlan: Plan }> = await t.gql(CREATE, { p: prog, input: { menteePersonIds: ids } }, manager);
        expect(plan.errors).toBeUndefined();
        expect(plan.data!.createAssignmentPlan.assignedCount).toBe(ids.length);
        const audits = Number((await t.db.query(`SELECT count(*) AS n FROM audit_log WHERE entity_type = 'mentorship'`))[0].n);
        t.counter.reset();
        const res: R<{ publishAssignmentPlan: { status: string } }> = await t.gql(PUBLISH, { id: plan.data!.createAssignmentPlan.id }, manager);
        const statements = t.counter.statements;
        expect(res.errors).toBeUndefined();
        const pairs = await t.db.query(
          `SELECT mp.side, count(*)::int AS n FROM mentorship ms JOIN mentorship_participant mp ON mp.mentorship_id = ms.id WHERE ms.program_id = $1 GROUP BY mp.side ORDER BY mp.side`,
          [prog],
        );
        expect(pairs).toEqual([
          { side: 'MENTOR', n: ids.length },
          { side: 'MENTEE', n: ids.length },
        ]);
        expect(Number((await t.db.query(`SELECT count(*) AS n FROM audit_log WHERE entity_type = 'mentorship'`))[0].n)).toBe(audits + ids.length);
        return statements;
      };
      const few = await publishCost('Публикация: три пары (фикстура)', mentees.slice(0, 3));
      const many = await publishCost('Публикация: девять пар (фикстура)', mentees.slice(3));
      expect(many).toBe(few);
    });

    it('answers /health while a plan is being computed in a worker thread', async () => {
      // A cohort of 12,000 mentees × 1,200 mentors, as the bench builds them (smaller).
      let seed = 7;
      const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
      const codes = Array.from({ length: 30 }, (_, i) => `C${i}`);
      const mentees = Array.from({ length: 12000 }, (_, i) => ({
        personId: `e-${String(i).padStart(6, '0')}`,
        organizationIds: [`org-${Math.floor(rand() * 300)}`],
        municipalityIds: ['mun'],
        subjects: ['математика'],
        deficits: [...new Set([codes[Math.floor(rand() * 30)], codes[Math.floor(rand() * 30)]])],
      }));
      const mentors = Array.from({ length: 1200 }, (_, j) => ({
        personId: `r-${String(j).padStart(6, '0')}`,
        organizationIds: [`org-${Math.floor(rand() * 300)}`],
        municipalityIds: ['mun'],
        subjects: ['математика'],
        proficits: [...new Set(Array.from({ length: 4 }, () => codes[Math.floor(rand() * 30)]))],
        directions: [],
        freePlaces: 1 + Math.floor(rand() * 8),
      }));
      let computing = false;
      let answeredWhileComputing = 0;
      const onStart = () => (computing = true);
      const onEnd = () => (computing = false);
      assignmentComputations.on('start', onStart);
      assignmentComputations.on('end', onEnd);
      const progress: number[] = [];
      let finished = false;
      const plan = computeAssignment({ mentees, mentors, names: codes.map((c) => [c, c]), links: [], prefs: {}, topK: 20 }, (p) => progress.push(p)).finally(() => (finished = true));
      try {
        // Health requests one after another until the plan is there; count those answered during the computation.
        while (!finished) {
          const res = await fetch(`${t.url}/health`);
          expect(res.status).toBe(200);
          if (computing && !finished) answeredWhileComputing++;
        }
        const r = await plan;
        expect(r.assigned).toBeGreaterThan(0);
        expect(r.total).toBeGreaterThan(0);
        expect(answeredWhileComputing).toBeGreaterThan(0);
        expect(progress.length).toBeGreaterThan(0);
        expect([...progress].sort((a, b) => a - b)).toEqual(progress);
      } finally {
        assignmentComputations.off('start', onStart);
        assignmentComputations.off('end', onEnd);
      }
    });

    it('computes a plan asked through the API in the worker thread', async () => {
      let started = 0;
      const onStart = () => started++;
      assignmentComputations.on('start', onStart);
      try {
        const prog = await one(`INSERT INTO mentoring_program (name, model, forms, network_id, starts_on) VALUES ('Программа в потоке (фикстура)', 'TEACHER_TO_TEACHER', '{TRADITIONAL}', $1, '2026-09-01') RETURNING id`, [f.net]);
        const plan: R<{ createAssignmentPlan: Plan }> = await t.gql(CREATE, { p: prog, input: { menteePersonIds: [f.e2] } }, manager);
        expect(plan.errors).toBeUndefined();
        expect(started).toBe(1);
      } finally {
        assignmentComputations.off('start', onStart);
      }
    });
  });

  describe('through a network: accepted members only; current results only', () => {
    let I: string;
    let teacherI: string;
    let mentorI: string;
    beforeAll(async () => {
      // School I is invited into the network (not yet accepted): its people take part in nothing there.
      I = await one(`INSERT INTO organization (municipality_id, name, short_name, kind) VALUES ($1, 'МОУ «Приглашённая школа (фикстура)»', 'Школа I', 'SCHOOL') RETURNING id`, [f.mun]);
      await t.db.query(`INSERT INTO network_member (network_id, organization_id, role, status) VALUES ($1, $2, 'SUPPORTED_SCHOOL', 'INVITED')`, [f.net, I]);
      const campaign = await one(`SELECT id FROM diagnostic_campaign WHERE name = 'Фикстурная диагностика 2026'`);
      teacherI = await person('Приглашённова', I, ['астрономия']);
      await result(campaign, teacherI, 'MT1', 'DEFICIT');
      await result(campaign, teacherI, 'MT2', 'DEFICIT');
      mentorI = await person('Наставникова-из-I', I, ['астрономия']);
      await result(campaign, mentorI, 'MT1', 'PROFICIT');
      await result(campaign, mentorI, 'MT2', 'PROFICIT');
      await t.db.query(`INSERT INTO mentor_profile (person_id, types, capacity, subjects) VALUES ($1, '{CLASSIC}', 5, '{астрономия}')`, [mentorI]);
    });

    it('does not offer mentors of an invited organisation, nor take its teachers into a cohort', async () => {
      const s: R<{ mentorSuggestions: Suggestions }> = await t.gql(SUGGEST, { m: f.e2, p: f.prog }, manager);
      expect(s.errors).toBeUndefined();
      expect(s.data!.mentorSuggestions.suggestions.map((x) => x.mentor.id)).not.toContain(mentorI);
      expect(ext(await t.gql(SUGGEST, { m: teacherI, p: f.prog }, manager))?.code).toBe('NOT_FOUND');
      const prog = await one(`INSERT INTO mentoring_program (name, model, forms, network_id, starts_on) VALUES ('Сетевая программа (фикстура)', 'TEACHER_TO_TEACHER', '{TRADITIONAL}', $1, '2026-09-01') RETURNING id`, [f.net]);
      const plan: R<{ createAssignmentPlan: Plan }> = await t.gql(CREATE, { p: prog }, manager);
      expect(plan.errors).toBeUndefined();
      const people = plan.data!.createAssignmentPlan.items.flatMap((x) => [x.menteePersonId, x.mentorPersonId]);
      expect(people).not.toContain(teacherI);
      expect(people).not.toContain(mentorI);
      expect(plan.data!.createAssignmentPlan.mentors.map((x) => x.person.id)).not.toContain(mentorI);
      expect((await t.gql(DISCARD, { id: plan.data!.createAssignmentPlan.id }, manager)).errors).toBeUndefined();
    });

    it('does not pair an invited organisation’s school', async () => {
      const res: R<{ schoolPairSuggestions: { strongOrganizationId: string; weakOrganizationId: string }[] }> = await t.gql(PAIRS, { n: f.net }, manager);
      expect(res.errors).toBeUndefined();
      expect(res.data!.schoolPairSuggestions.flatMap((p) => [p.strongOrganizationId, p.weakOrganizationId])).not.toContain(I);
    });

    it('does not count the results of an archived campaign', async () => {
      const archived = await one(
        `INSERT INTO diagnostic_campaign (name, instrument_id, mode, scope_kind, opens_on, closes_on, status, archived_at)
         SELECT 'Архивная фикстурная диагностика', instrument_id, 'EXTERNAL', 'ORGANIZATIONS', '2026-10-01', '2026-10-01', 'CLOSED', now() FROM diagnostic_campaign
          WHERE name = 'Фикстурная диагностика 2026' RETURNING id`,
      );
      await result(archived, f.e4, 'MT3', 'DEFICIT', '2026-10-01');
      const s: R<{ mentorSuggestions: Suggestions }> = await t.gql(SUGGEST, { m: f.e4, p: f.prog }, manager);
      expect(s.errors).toBeUndefined();
      expect(s.data!.mentorSuggestions.deficits).toEqual([]);
    });
  });
});

function r(res: R<unknown>): { message: string; code?: string } {
  return { message: res.errors?.[0]?.message ?? '', code: res.errors?.[0]?.extensions?.code };
}
