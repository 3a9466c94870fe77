import { JobRepository } from '../src/common/jobs/job.repository';
import { JobService } from '../src/common/jobs/jobs.service';
import { idOf, startTestApp, TestApp } from './support/test-app';

type Fields = { field: string; message: string }[];
type R<T> = { data?: T | null; errors?: { message: string; extensions?: { code?: string; fields?: Fields } }[] };
const ext = <T>(r: R<T>) => r.errors?.[0]?.extensions;

const PLAN_FIELDS = 'id status totalScore greedyScore assignedCount items { id menteePersonId mentorPersonId score reasons isManual }';
const CREATE = `mutation($p: ID!, $input: CreateAssignmentPlanInput) { createAssignmentPlan(programId: $p, input: $input) { ${PLAN_FIELDS} } }`;
const REPLAN = `mutation($id: ID!) { replanAssignmentPlan(id: $id) { kept moved added dropped plan { ${PLAN_FIELDS} } } }`;
const SET = `mutation($id: ID!, $mentor: ID) { setAssignmentPlanItem(itemId: $id, mentorPersonId: $mentor) { ${PLAN_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishAssignmentPlan(id: $id) { id status } }`;
const START = `mutation($p: ID!, $input: CreateAssignmentPlanInput) { startAssignmentPlan(programId: $p, input: $input) { id kind title state progress params } }`;
const MY_JOBS = `query { myJobs(kinds: ["matching.assignment-plan"], first: 5) { id state progress params } }`;
const PLANS = `query($p: ID!) { assignmentPlans(programId: $p) { ${PLAN_FIELDS} } }`;

type Item = { id: string; menteePersonId: string; mentorPersonId: string | null; score: number; reasons: string[]; isManual: boolean };
type Plan = { id: string; status: string; totalScore: number; greedyScore: number | null; assignedCount: number; items: Item[] };
type Replan = { kept: number; moved: number; added: number; dropped: number; plan: Plan };

/**
 * «Перепланировать» (issue 12): after the mentor base changes, the draft is re-planned with minimal disruption — every
 * pair that still fits and whose mentor still has a place stays as it is; only the mentees whose pair broke (or who had
 * none) are assigned again, with the best total over the places left. And the plan computed as a background job whose
 * progress the SPA follows.
 */
describe('matching: re-plan after mentors leave; the plan as a job', () => {
  let t: TestApp;
  let manager: string;
  let member: string;
  const f: Record<string, string> = {};
  const one = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0].id;
  const person = async (lastName: string, org: string, subjects: string[] = []) => {
    const id = await one(`INSERT INTO person (last_name, first_name, subjects) VALUES ($1, 'Вера', $2) RETURNING id`, [lastName, subjects]);
    await t.db.query(`INSERT INTO position (person_id, organization_id, kind) VALUES ($1, $2, 'TEACHER')`, [id, org]);
    return id;
  };
  const result = (personId: string, code: string, level: string) =>
    t.db.query(
      `INSERT INTO competence_result (campaign_id, person_id, competence_id, source, score, level, measured_on)
       SELECT $1, $2, c.id, 'IMPORT', CASE $4 WHEN 'DEFICIT' THEN 30 ELSE 90 END, $4::competence_level, '2026-09-15'
         FROM competence c JOIN competency_framework fw ON fw.id = c.framework_id WHERE fw.code = 'REPLANTEST' AND c.code = $3`,
      [f.campaign, personId, code, level],
    );
  const account = async (login: string, org: string) => {
    const acc = await one(`INSERT INTO account (login, display_name, password_hash) SELECT $1, 'Фикстура', password_hash FROM account WHERE login = 'school12.vorkuta' RETURNING id`, [login]);
    await t.db.query(`INSERT INTO role_grant (account_id, role, organization_id, scope_key) VALUES ($1, 'ORGANIZATION_ADMIN', $2, $3)`, [acc, org, org]);
  };
  const written = async () =>
    t.db.query(
      `SELECT (SELECT json_agg(x ORDER BY x.id) FROM assignment_plan x) plans, (SELECT json_agg(x ORDER BY x.id) FROM assignment_plan_item x) items,
              (SELECT count(*) FROM audit_log) a, (SELECT count(*) FROM job) jobs`,
    );
  const pairs = (p: Plan) => Object.fromEntries(p.items.map((x) => [x.menteePersonId, x.mentorPersonId]));

  beforeAll(async () => {
    t = await startTestApp();
    const org12 = await idOf(t.db, 'organization', 'demo:org:11-vorkuta-sosh-12');
    const mun = await one('SELECT municipality_id AS id FROM organization WHERE id = $1', [org12]);
    f.S = await one(`INSERT INTO organization (municipality_id, name, short_name, kind) VALUES ($1, 'МОУ «Опорная школа (фикстура)»', 'Опорная', 'SCHOOL') RETURNING id`, [mun]);
    f.W = await one(`INSERT INTO organization (municipality_id, name, short_name, kind) VALUES ($1, 'МОУ «Школа В (фикстура)»', 'Школа В', 'SCHOOL') RETURNING id`, [mun]);
    f.net = await one(`INSERT INTO network (name, model, coordinator_organization_id, starts_on) VALUES ('Сеть перепланирования (фикстура)', 'BILATERAL_PARTNERSHIP', $1, '2026-01-01') RETURNING id`, [f.S]);
    const mS = await one(`INSERT INTO network_member (network_id, organization_id, role) VALUES ($1, $2, 'COORDINATOR') RETURNING id`, [f.net, f.S]);
    const mW = await one(`INSERT INTO network_member (network_id, organization_id, role) VALUES ($1, $2, 'SUPPORTED_SCHOOL') RETURNING id`, [f.net, f.W]);
    await t.db.query(`INSERT INTO network_edge (network_id, from_member_id, to_member_id, kind) VALUES ($1, $2, $3, 'SUPPORT')`, [f.net, mS, mW]);
    const fw = await one(`INSERT INTO competency_framework (code, version, name, status) VALUES ('REPLANTEST', 1, 'Фикстура перепланирования', 'PUBLISHED') RETURNING id`);
    const area = await one(`INSERT INTO competence_area (framework_id, code, name) VALUES ($1, 'RP', 'Фикстурная область') RETURNING id`, [fw]);
    for (const [code, name] of [
      ['RP1', 'Фикстура: первое умение'],
      ['RP2', 'Фикстура: второе умение'],
    ]) {
      await t.db.query(`INSERT INTO competence (framework_id, area_id, code, name) VALUES ($1, $2, $3, $4)`, [fw, area, code, name]);
    }
    const instrument = await one(
      `INSERT INTO diagnostic_instrument (code, version, name, framework_id, status)
       SELECT 'REPLANTEST', 1, 'Фикстурная методика', id, 'PUBLISHED' FROM competency_framework WHERE code = 'SHADRIKOV' AND version = 1 RETURNING id`,
    );
    f.campaign = await one(
      `INSERT INTO diagnostic_campaign (name, instrument_id, mode, scope_kind, opens_on, closes_on, status) VALUES ('Фикстурная диагностика', $1, 'EXTERNAL', 'ORGANIZATIONS', '2026-09-15', '2026-09-15', 'CLOSED') RETURNING id`,
      [instrument],
    );
    // Mentees at W: three need RP1 (and teach physics), one needs RP2.
    f.a1 = await person('Агеева', f.W, ['физика']);
    f.a2 = await person('Белова', f.W, ['физика']);
    f.a3 = await person('Валеева', f.W, ['физика']);
    f.b1 = await person('Гусева', f.W);
    for (const x of [f.a1, f.a2, f.a3]) await result(x, 'RP1', 'DEFICIT');
    await result(f.b1, 'RP2', 'DEFICIT');
    // Mentors at S: X is the best for RP1 (physics too) with 2 places; Y and Q fit RP1 with a place each; Z fits RP2.
    f.X = await person('Ильина', f.S, ['физика']);
    f.Y = await person('Киселёва', f.S);
    f.Q = await person('Лаптева', f.S);
    f.Z = await person('Миронова', f.S);
    for (const x of [f.X, f.Y, f.Q]) await result(x, 'RP1', 'PROFICIT');
    await result(f.Z, 'RP2', 'PROFICIT');
    await t.db.query(`INSERT INTO mentor_profile (person_id, types, capacity) VALUES ($1, '{CLASSIC}', 2), ($2, '{CLASSIC}', 1), ($3, '{CLASSIC}', 1), ($4, '{CLASSIC}', 1)`, [
      f.X,
      f.Y,
      f.Q,
      f.Z,
    ]);
    const program = (name: string) =>
      one(`INSERT INTO mentoring_program (name, model, forms, network_id, starts_on) VALUES ($1, 'TEACHER_TO_TEACHER', '{TRADITIONAL}', $2, '2026-09-01') RETURNING id`, [name, f.net]);
    f.prog = await program('Программа перепланирования (фикстура)');
    f.jobProg = await program('Программа расчёта заданием (фикстура)');
    await account('fixture.replan', f.S);
    await account('fixture.replan.member', f.W);
    [manager, member] = await Promise.all([t.login('fixture.replan'), t.login('fixture.replan.member')]);
  });
  afterAll(() => t?.close());

  describe('«Перепланировать»', () => {
    let plan: Plan;

    it('keeps every pair whose mentor stays and moves the freed mentees to the places left', async () => {
      const created: R<{ createAssignmentPlan: Plan }> = await t.gql(CREATE, { p: f.prog }, manager);
      expect(created.errors).toBeUndefined();
      plan = created.data!.createAssignmentPlan;
      const before = pairs(plan);
      // X (the best fit, 2 places) takes two RP1 mentees; the third goes to Y or Q; Z takes the RP2 mentee.
      expect(Object.values(before).filter((m) => m === f.X)).toHaveLength(2);
      expect(before[f.b1]).toBe(f.Z);
      const third = [f.a1, f.a2, f.a3].find((x) => before[x] !== f.X)!;
      expect([f.Y, f.Q]).toContain(before[third]);
      const spare = before[third] === f.Y ? f.Q : f.Y;

      // X leaves: no longer takes mentees.
      await t.db.query('UPDATE mentor_profile SET available = false WHERE person_id = $1', [f.X]);
      const audits = Number((await t.db.query(`SELECT count(*) n FROM audit_log WHERE action = 'replan'`))[0].n);
      const res: R<{ replanAssignmentPlan: Replan }> = await t.gql(REPLAN, { id: plan.id }, manager);
      expect(res.errors).toBeUndefined();
      const r = res.data!.replanAssignmentPlan;
      const after = pairs(r.plan);
      // The pairs that still fit stay (the third mentee keeps its mentor, the RP2 pair too); one of X's mentees takes
      // the spare place, the other is left without: no place fits.
      expect(after[third]).toBe(before[third]);
      expect(after[f.b1]).toBe(f.Z);
      const freed = [f.a1, f.a2, f.a3].filter((x) => x !== third);
      expect(freed.map((x) => after[x]).sort()).toEqual([null, spare].sort());
      expect({ kept: r.kept, moved: r.moved, added: r.added, dropped: r.dropped }).toEqual({ kept: 2, moved: 1, added: 0, dropped: 1 });
      expect(r.plan.id).toBe(plan.id);
      expect(r.plan.assignedCount).toBe(3);
      expect(r.plan.totalScore).toBe(r.plan.items.reduce((s, x) => s + x.score, 0));
      const droppedItem = r.plan.items.find((x) => x.mentorPersonId === null)!;
      expect(droppedItem.reasons).toEqual(['нет подходящего наставника со свободными местами']);
      expect(r.plan.items.find((x) => x.menteePersonId === third)!.reasons[0]).toBe('закрывает дефициты: Фикстура: первое умение');
      const [audit] = await t.db.query(`SELECT after FROM audit_log WHERE action = 'replan' AND entity_id = $1`, [plan.id]);
      expect(audit.after).toMatchObject({ kept: 2, moved: 1, added: 0, dropped: 1, fixedByHand: 0 });
      expect(Number((await t.db.query(`SELECT count(*) n FROM audit_log WHERE action = 'replan'`))[0].n)).toBe(audits + 1);
      plan = r.plan;
    });

    it('keeps a pair chosen by hand and every pair that still fits, even when a better mentor comes back', async () => {
      // A new mentor R for RP1 joins, and the coordinator gives R the mentee left without, by hand.
      f.R = await person('Носова', f.S);
      await result(f.R, 'RP1', 'PROFICIT');
      await t.db.query(`INSERT INTO mentor_profile (person_id, types, capacity) VALUES ($1, '{CLASSIC}', 1)`, [f.R]);
      const left = plan.items.find((x) => x.mentorPersonId === null)!;
      const set: R<{ setAssignmentPlanItem: Plan }> = await t.gql(SET, { id: left.id, mentor: f.R }, manager);
      expect(set.errors).toBeUndefined();
      const before = pairs(set.data!.setAssignmentPlanItem);
      const scores = (p: Plan) => Object.fromEntries(p.items.map((x) => [x.menteePersonId, [x.mentorPersonId, x.score, x.reasons, x.isManual]]));
      // X comes back with its 2 places and would be a better fit (physics) for two RP1 mentees: a fresh plan would
      // move them, the re-plan does not — their pairs still fit and their mentors still have a place.
      await t.db.query('UPDATE mentor_profile SET available = true WHERE person_id = $1', [f.X]);
      const res: R<{ replanAssignmentPlan: Replan }> = await t.gql(REPLAN, { id: plan.id }, manager);
      expect(res.errors).toBeUndefined();
      const r = res.data!.replanAssignmentPlan;
      expect(pairs(r.plan)).toEqual(before);
      expect(scores(r.plan)).toEqual(scores(set.data!.setAssignmentPlanItem));
      expect(r.plan.items.find((x) => x.menteePersonId === left.menteePersonId)!.isManual).toBe(true);
      expect(Object.values(pairs(r.plan))).not.toContain(f.X);
      expect({ kept: r.kept, moved: r.moved, added: r.added, dropped: r.dropped }).toEqual({ kept: 4, moved: 0, added: 0, dropped: 0 });
      const [audit] = await t.db.query(`SELECT after FROM audit_log WHERE action = 'replan' AND entity_id = $1 ORDER BY at DESC LIMIT 1`, [plan.id]);
      expect(audit.after).toMatchObject({ kept: 4, moved: 0, fixedByHand: 1, stayed: 3, solved: 0 });
      plan = r.plan;
    });

    it('solves again only the mentee whose pair no longer fits; every other pair stays', async () => {
      // Y's RP1 is no longer a strength, and S no longer supports W in the network: Y's mentee loses a fitting mentor
      // and goes to X, the best fit with places; Q's pair, the hand-made pair and the RP2 pair still fit (by proficit)
      // and stay exactly as they were.
      const before = pairs(plan);
      const onY = Object.keys(before).filter((x) => before[x] === f.Y);
      expect(onY).toHaveLength(1);
      await t.db.query(`UPDATE competence_result SET level = 'NORM', score = 60 WHERE person_id = $1`, [f.Y]);
      const [[edge]] = await t.db.query(`DELETE FROM network_edge WHERE network_id = $1 RETURNING from_member_id, to_member_id`, [f.net]); // [rows, count]
      const res: R<{ replanAssignmentPlan: Replan }> = await t.gql(REPLAN, { id: plan.id }, manager);
      expect(res.errors).toBeUndefined();
      const r = res.data!.replanAssignmentPlan;
      const after = pairs(r.plan);
      expect(after[onY[0]]).toBe(f.X);
      for (const x of Object.keys(before).filter((x) => x !== onY[0])) expect(after[x]).toBe(before[x]);
      expect({ kept: r.kept, moved: r.moved, added: r.added, dropped: r.dropped }).toEqual({ kept: 3, moved: 1, added: 0, dropped: 0 });
      expect(r.plan.totalScore).toBe(r.plan.items.reduce((s, x) => s + x.score, 0));
      await t.db.query(`INSERT INTO network_edge (network_id, from_member_id, to_member_id, kind) VALUES ($1, $2, $3, 'SUPPORT')`, [f.net, edge.from_member_id, edge.to_member_id]);
      plan = r.plan;
    });

    it('refuses bad input, other people and a plan that is no longer a draft, writing nothing', async () => {
      const outsider = await t.login('methodist.timashevsk');
      const before = await written();
      const bad: R<unknown> = await t.gql(REPLAN, { id: 'x' }, manager);
      expect(ext(bad)?.code).toBe('BAD_USER_INPUT');
      const notMine: R<unknown> = await t.gql(REPLAN, { id: plan.id }, member);
      expect(ext(notMine)?.code).toBe('FORBIDDEN');
      expect(ext(await t.gql(REPLAN, { id: plan.id }, outsider))?.code).toBe('NOT_FOUND');
      expect(await written()).toEqual(before);
      const published: R<unknown> = await t.gql(PUBLISH, { id: plan.id }, manager);
      expect(published.errors).toBeUndefined();
      const after = await written();
      const late: R<unknown> = await t.gql(REPLAN, { id: plan.id }, manager);
      expect(ext(late)?.code).toBe('BAD_USER_INPUT');
      expect(late.errors?.[0].message).toBe('Проект уже опубликован или отклонён: изменить его нельзя');
      expect(await written()).toEqual(after);
    });
  });

  describe('the plan computed as a job', () => {
    it('computes the plan in the background, stores the progress as it goes, and the caller finds the job by its programme', async () => {
      const jobs = t.app.get(JobService);
      const progress = jest.spyOn(t.app.get(JobRepository), 'progress');
      const res: R<{ startAssignmentPlan: { id: string; kind: string; title: string; state: string; params: string } }> = await t.gql(
        START,
        { p: f.jobProg, input: { menteePersonIds: [f.a1, f.b1] } },
        manager,
      );
      expect(res.errors).toBeUndefined();
      const job = res.data!.startAssignmentPlan;
      expect(job).toMatchObject({ kind: 'matching.assignment-plan', title: 'Распределение наставляемых: «Программа расчёта заданием (фикстура)»' });
      expect(JSON.parse(job.params)).toMatchObject({ programId: f.jobProg, menteePersonIds: [f.a1, f.b1] });
      const done = await jobs.whenSettled(job.id);
      expect(done).toMatchObject({ state: 'DONE', progress: 100, error: null });
      const stored = progress.mock.calls.filter(([, id]) => id === job.id).map(([, , p]) => p);
      expect(stored.some((p) => p >= 10 && p < 100)).toBe(true);
      progress.mockRestore();
      const plans: R<{ assignmentPlans: Plan[] }> = await t.gql(PLANS, { p: f.jobProg }, manager);
      expect(plans.data!.assignmentPlans).toHaveLength(1);
      expect(plans.data!.assignmentPlans[0]).toMatchObject({ status: 'DRAFT' });
      expect(plans.data!.assignmentPlans[0].items.map((x) => x.menteePersonId).sort()).toEqual([f.a1, f.b1].sort());
      const mine: R<{ myJobs: { id: string; params: string }[] }> = await t.gql(MY_JOBS, {}, manager);
      expect(mine.data!.myJobs.map((j) => [j.id, JSON.parse(j.params).programId])).toContainEqual([job.id, f.jobProg]);
    });

    it('refuses before queueing: a draft already there, another manager, a mentee out of reach', async () => {
      const before = await written();
      const again: R<unknown> = await t.gql(START, { p: f.jobProg }, manager);
      expect(ext(again)?.code).toBe('CONFLICT');
      expect(again.errors?.[0].message).toBe('У программы уже есть проект распределения: опубликуйте или отклоните его');
      expect(ext(await t.gql(START, { p: f.prog }, member))?.code).toBe('FORBIDDEN');
      const filippov = await idOf(t.db, 'person', 'demo:person:11-vorkuta-sosh12-young-math');
      const other = await one(`INSERT INTO mentoring_program (name, model, forms, network_id, starts_on) VALUES ('Ещё программа (фикстура)', 'TEACHER_TO_TEACHER', '{TRADITIONAL}', $1, '2026-09-01') RETURNING id`, [
        f.net,
      ]);
      const before2 = await written();
      const bad: R<unknown> = await t.gql(START, { p: other, input: { menteePersonIds: ['x'] } }, manager);
      expect(ext(bad)?.fields).toEqual([{ field: 'menteePersonIds', message: 'Неверный идентификатор педагога' }]);
      expect(ext(await t.gql(START, { p: 'x' }, manager))?.code).toBe('BAD_USER_INPUT');
      const outside: R<unknown> = await t.gql(START, { p: other, input: { menteePersonIds: [filippov] } }, manager);
      expect(ext(outside)?.fields).toEqual([{ field: 'menteePersonIds.0', message: 'Педагог не найден или вне вашей зоны ответственности' }]);
      expect(await written()).toEqual(before2);
      expect((before as { jobs: string }[])[0].jobs).toBe((before2 as { jobs: string }[])[0].jobs);
    });
  });

  describe('the preferences the draft was computed with', () => {
    it('re-plans and scores a pair chosen by hand with the draft\'s preferences, as its computation did', async () => {
      // Two more mentees and mentors for a third competence: C1 (chemistry) and mentor P at W, C2 and mentor V at
      // school U. Without a preference C1–P (same subject) and C2–V are best (15 + 10 against 10 + 10); preferring a
      // mentor from another school adds 3 to C1–V and C2–P (13 + 13 against 15 + 10).
      const fw = await one(`SELECT id FROM competency_framework WHERE code = 'REPLANTEST'`);
      await t.db.query(`INSERT INTO competence (framework_id, area_id, code, name) SELECT $1, id, 'RP3', 'Фикстура: третье умение' FROM competence_area WHERE framework_id = $1`, [fw]);
      const mun = await one('SELECT municipality_id AS id FROM organization WHERE id = $1', [f.W]);
      const U = await one(`INSERT INTO organization (municipality_id, name, short_name, kind) VALUES ($1, 'МОУ «Школа У (фикстура)»', 'Школа У', 'SCHOOL') RETURNING id`, [mun]);
      await t.db.query(`INSERT INTO network_member (network_id, organization_id, role) VALUES ($1, $2, 'SUPPORTED_SCHOOL')`, [f.net, U]);
      const c1 = await person('Орлова', f.W, ['химия']);
      const c2 = await person('Панова', U);
      const P = await person('Родина', f.W, ['химия']);
      const V = await person('Смирнова', U);
      for (const x of [c1, c2]) await result(x, 'RP3', 'DEFICIT');
      for (const x of [P, V]) await result(x, 'RP3', 'PROFICIT');
      await t.db.query(`INSERT INTO mentor_profile (person_id, types, capacity) VALUES ($1, '{CLASSIC}', 1), ($2, '{CLASSIC}', 1)`, [P, V]);
      const prog = await one(
        `INSERT INTO mentoring_program (name, model, forms, network_id, starts_on) VALUES ('Программа с предпочтениями (фикстура)', 'TEACHER_TO_TEACHER', '{TRADITIONAL}', $1, '2026-09-01') RETURNING id`,
        [f.net],
      );
      const input = { menteePersonIds: [c1, c2], preferences: { otherSchool: true } };
      const created: R<{ createAssignmentPlan: Plan }> = await t.gql(CREATE, { p: prog, input }, manager);
      expect(created.errors).toBeUndefined();
      const plan = created.data!.createAssignmentPlan;
      expect(pairs(plan)).toEqual({ [c1]: V, [c2]: P });
      for (const x of plan.items) expect(x.reasons).toContain('из другой школы');
      const [stored] = await t.db.query('SELECT preferences FROM assignment_plan WHERE id = $1', [plan.id]);
      expect(stored.preferences).toEqual({ otherSchool: true, sameMunicipality: false });

      // Nothing changed: the re-plan keeps both pairs with their scores and reasons (it used to solve without the
      // preference, and moved both).
      const res: R<{ replanAssignmentPlan: Replan }> = await t.gql(REPLAN, { id: plan.id }, manager);
      expect(res.errors).toBeUndefined();
      const r = res.data!.replanAssignmentPlan;
      expect({ kept: r.kept, moved: r.moved, added: r.added, dropped: r.dropped }).toEqual({ kept: 2, moved: 0, added: 0, dropped: 0 });
      const scores = (p: Plan) => Object.fromEntries(p.items.map((x) => [x.menteePersonId, [x.mentorPersonId, x.score, x.reasons]]));
      expect(scores(r.plan)).toEqual(scores(plan));
      expect(r.plan.totalScore).toBe(plan.totalScore);

      // A pair chosen by hand is scored with the preference too.
      const item = r.plan.items.find((x) => x.menteePersonId === c2)!;
      expect((await t.gql(SET, { id: item.id, mentor: null }, manager)).errors).toBeUndefined();
      const again: R<{ setAssignmentPlanItem: Plan }> = await t.gql(SET, { id: item.id, mentor: P }, manager);
      expect(again.errors).toBeUndefined();
      const manual = again.data!.setAssignmentPlanItem.items.find((x) => x.id === item.id)!;
      expect({ score: manual.score, reasons: manual.reasons, isManual: manual.isManual }).toEqual({ score: item.score, reasons: item.reasons, isManual: true });
    });
  });
});
