import { startTestApp, TestApp } from './support/test-app';

/**
 * The Vorkuta story of the demo data (seed 003), read through the API as the school's administrator:
 * base-competency monitoring 2022 → deficits of СОШ №12 → routes (ИОМ) that target them → mentors of СОШ №35 whose
 * proficits cover them → re-diagnostics 2023 → the effectiveness card shows the growth.
 */
interface Route {
  id: string;
  title: string;
  status: string;
  personId: string;
  competences: { competenceId: string; code: string; baselineScore: number | null }[];
  steps: { kind: string; status: string; mentorPersonId: string | null; evidenceUrl: string | null; reflection: string }[];
  journal: { kind: string }[];
  effectiveness: { code: string; beforeScore: number | null; afterScore: number | null; deficitClosed: boolean | null }[];
  progress: number;
}

const ROUTES = `query { learningRoutes(first: 100) { totalCount nodes {
  id title status personId progress
  competences { competenceId code baselineScore }
  steps { kind status mentorPersonId evidenceUrl reflection }
  journal { kind }
  effectiveness { code beforeScore afterScore deficitClosed }
} } }`;

describe('demo story: Vorkuta base competencies → routes → mentors → growth', () => {
  let t: TestApp;
  let routes: Route[];
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await t.db.query(sql, params)) as T[];

  beforeAll(async () => {
    t = await startTestApp();
    const token = await t.login('school12.vorkuta');
    const r = await t.gql<{ learningRoutes: { totalCount: number; nodes: Route[] } }>(ROUTES, {}, token);
    expect(r.errors).toBeUndefined();
    routes = r.data!.learningRoutes.nodes.filter((n) => n.title.startsWith('ИОМ: совершенствование'));
  });
  afterAll(() => t.close());

  it('gives every teacher of СОШ №12 with deficits in 2022 a completed route that targets them', async () => {
    const withDeficits = await one<{ person_id: string; codes: string[] }>(
      `SELECT r.person_id, array_agg(c.code ORDER BY r.score, c.code) AS codes
         FROM competence_result r
         JOIN diagnostic_campaign dc ON dc.id = r.campaign_id AND dc.external_id = 'demo:campaign:vorkuta-base-2022'
         JOIN diagnostic_participant dp ON dp.campaign_id = dc.id AND dp.person_id = r.person_id
         JOIN organization o ON o.id = dp.organization_id AND o.external_id = 'demo:org:11-vorkuta-sosh-12'
         JOIN competence c ON c.id = r.competence_id
        WHERE r.level = 'DEFICIT' GROUP BY r.person_id`,
    );
    expect(withDeficits.length).toBeGreaterThanOrEqual(3);
    expect(routes.map((r) => r.personId).sort()).toEqual(withDeficits.map((d) => d.person_id).sort());
    for (const route of routes) {
      const deficits = withDeficits.find((d) => d.person_id === route.personId)!.codes;
      expect(route.status).toBe('COMPLETED');
      expect(route.progress).toBe(100);
      expect(route.competences.length).toBeGreaterThan(0);
      for (const c of route.competences) expect([route.id, deficits]).toEqual([route.id, expect.arrayContaining([c.code])]);
      expect(route.competences.every((c) => c.baselineScore !== null && c.baselineScore < 60)).toBe(true);
      expect(route.journal.some((j) => j.kind === 'STATUS')).toBe(true);
    }
  });

  it('pairs each route with a mentor of СОШ №35 whose proficits (the illustrative mentors\' assessment) cover a targeted competence', async () => {
    const proficits = await one<{ person_id: string; competence_id: string }>(
      `SELECT r.person_id, r.competence_id FROM competence_result r
         JOIN diagnostic_campaign dc ON dc.id = r.campaign_id AND dc.external_id = 'demo:campaign:vorkuta-mentors-2022'
         JOIN position p ON p.person_id = r.person_id
         JOIN organization o ON o.id = p.organization_id AND o.external_id = 'demo:org:11-vorkuta-sosh-35'
        WHERE r.level = 'PROFICIT'`,
    );
    const mentored = routes.filter((r) => r.steps.some((s) => s.kind === 'MENTORING'));
    expect(mentored.length).toBe(routes.length);
    for (const route of mentored) {
      const mentor = route.steps.find((s) => s.kind === 'MENTORING')!.mentorPersonId!;
      const covered = route.competences.filter((c) => proficits.some((p) => p.person_id === mentor && p.competence_id === c.competenceId));
      expect([route.id, covered.length > 0]).toEqual([route.id, true]);
    }
    const load = new Map<string, number>();
    for (const r of mentored) {
      const m = r.steps.find((s) => s.kind === 'MENTORING')!.mentorPersonId!;
      load.set(m, (load.get(m) ?? 0) + 1);
    }
    expect(Math.max(...load.values())).toBeLessThanOrEqual(3);
  });

  it('keeps evidence and reflection on the steps', () => {
    for (const route of routes) {
      expect(route.steps.every((s) => s.status === 'DONE' && s.reflection.length > 0)).toBe(true);
      expect(route.steps.some((s) => s.kind === 'METHODOLOGICAL_PRODUCT' && s.evidenceUrl)).toBe(true);
    }
  });

  it('shows growth on the effectiveness card after the 2023 re-diagnostics', () => {
    const rows = routes.flatMap((r) => r.effectiveness);
    expect(rows.length).toBe(routes.reduce((n, r) => n + r.competences.length, 0));
    expect(rows.every((e) => e.afterScore !== null && e.beforeScore !== null && e.afterScore > e.beforeScore)).toBe(true);
    expect(rows.filter((e) => e.deficitClosed).length).toBeGreaterThan(rows.length / 2);
  });

  it('suggests the mentors of СОШ №35 for the teacher whose deficits remained, best cover first, with reasons', async () => {
    const token = await t.login('school12.vorkuta');
    const [{ anufriev, program }] = await one<{ anufriev: string; program: string }>(
      `SELECT (SELECT id FROM person WHERE external_id = 'demo:person:11-vorkuta-sosh12-teacher-physics') AS anufriev,
              (SELECT id FROM mentoring_program WHERE external_id = 'demo:mentoring:vorkuta-teacher-to-teacher') AS program`,
    );
    const r = await t.gql<{ mentorSuggestions: { suggestions: { mentor: { fullName: string }; score: number; reasons: string[] }[] } }>(
      `query($m: ID!, $p: ID) { mentorSuggestions(menteePersonId: $m, programId: $p) { suggestions { mentor { fullName } score reasons } } }`,
      { m: anufriev, p: program },
      token,
    );
    expect(r.errors).toBeUndefined();
    const s = r.data!.mentorSuggestions.suggestions;
    expect(s[0].mentor.fullName).toMatch(/^Жданова/);
    expect(s[0].score).toBeGreaterThan(s[s.length - 1].score);
    expect(s[0].reasons[0]).toMatch(/^закрывает дефициты: /);
    expect(s[0].reasons.join(' ')).toMatch(/школа-наставник сети/);
    const plan = await t.gql<{ createAssignmentPlan: { items: { mentee: { fullName: string }; mentor: { fullName: string } | null }[] } }>(
      `mutation($p: ID!) { createAssignmentPlan(programId: $p) { items { mentee { fullName } mentor { fullName } } } }`,
      { p: program },
      token,
    );
    expect(plan.errors).toBeUndefined();
    expect(plan.data!.createAssignmentPlan.items.map((i) => [i.mentee.fullName.split(' ')[0], i.mentor?.fullName.split(' ')[0]])).toEqual([['Ануфриев', 'Жданова']]);
  });

  it('pairs the schools of «Будем дружить школами» by what one lacks and another can share', async () => {
    const token = await t.login('admin');
    const [{ id }] = await one<{ id: string }>(`SELECT id FROM network WHERE name LIKE '%Будем дружить школами%'`);
    const r = await t.gql<{ schoolPairSuggestions: { strongOrganizationName: string; weakOrganizationName: string; reasons: string[] }[] }>(
      `query($n: ID) { schoolPairSuggestions(networkId: $n) { strongOrganizationName weakOrganizationName reasons } }`,
      { n: id },
      token,
    );
    expect(r.errors).toBeUndefined();
    const pairs = r.data!.schoolPairSuggestions;
    expect(pairs.length).toBeGreaterThan(1);
    for (const p of pairs) {
      expect(p.strongOrganizationName).not.toBe(p.weakOrganizationName);
      expect(p.reasons.length).toBeGreaterThan(0);
    }
  });

  it('proposes a new route for Ануфриев from his remaining deficits: mentors by the matching, self-education for the rest', async () => {
    const token = await t.login('school12.vorkuta');
    const [{ anufriev }] = await one<{ anufriev: string }>(`SELECT id AS anufriev FROM person WHERE external_id = 'demo:person:11-vorkuta-sosh12-teacher-physics'`);
    const r = await t.gql<{ proposeRouteSteps: { kind: string; competenceIds: string[]; mentor: { name: string; reasons: string[] } | null }[] }>(
      `query($p: ID!) { proposeRouteSteps(personId: $p) { kind competenceIds mentor { name reasons } } }`,
      { p: anufriev },
      token,
    );
    expect(r.errors).toBeUndefined();
    const [first, ...rest] = r.data!.proposeRouteSteps;
    expect(first.kind).toBe('MENTORING');
    expect(first.mentor!.name).toMatch(/^Жданова/);
    expect(first.mentor!.reasons[0]).toMatch(/^закрывает дефициты: /);
    // Every remaining deficit is in some proposed step.
    const deficits = await one<{ competence_id: string }>(
      `SELECT DISTINCT ON (c.code) r.competence_id FROM competence_result r JOIN competence c ON c.id = r.competence_id
        WHERE r.person_id = $1 ORDER BY c.code, r.measured_on DESC`,
      [anufriev],
    );
    const proposed = new Set([first, ...rest].flatMap((s) => s.competenceIds));
    const latestDeficits = await one<{ competence_id: string }>(
      `SELECT x.competence_id FROM (SELECT DISTINCT ON (c.code) r.competence_id, r.level FROM competence_result r JOIN competence c ON c.id = r.competence_id
        WHERE r.person_id = $1 ORDER BY c.code, r.measured_on DESC) x WHERE x.level = 'DEFICIT'`,
      [anufriev],
    );
    expect(deficits.length).toBeGreaterThan(latestDeficits.length);
    expect(latestDeficits.length).toBeGreaterThan(0);
    for (const d of latestDeficits) expect(proposed.has(d.competence_id)).toBe(true);
  });
});
