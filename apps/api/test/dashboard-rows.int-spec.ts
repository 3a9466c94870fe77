import { insertCalendarEvent } from './support/calendar-fixtures';
import { idOf, startTestApp, TestApp } from './support/test-app';

const DASH = `query($input: DashboardInput) { dashboard(input: $input) { teachers mentoring { inMentoring mentors mentees pairs pairsActive }
  internships { cohorts interns completed } events { events participants visits } } }`;
const ROWS = `query($input: DashboardInput, $metric: DashboardMetric!, $first: Int!, $offset: Int, $orderBy: DashboardRowOrder) {
  dashboardRows(input: $input, metric: $metric, first: $first, offset: $offset, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage } nodes { id kind personId name context day canOpen } } }`;

interface Row {
  id: string;
  kind: string;
  personId: string | null;
  name: string;
  context: string | null;
  day: string | null;
  canOpen: boolean;
}
interface Dash {
  teachers: number;
  mentoring: { inMentoring: number; mentors: number; mentees: number; pairs: number; pairsActive: number };
  internships: { cohorts: number; interns: number; completed: number };
  events: { events: number; participants: number; visits: number };
}
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

/** Every number of a dashboard maps to the metric whose rows it counts. */
const NUMBERS: [string, (d: Dash) => number][] = [
  ['TEACHERS', (d) => d.teachers],
  ['IN_MENTORING', (d) => d.mentoring.inMentoring],
  ['MENTORS', (d) => d.mentoring.mentors],
  ['MENTEES', (d) => d.mentoring.mentees],
  ['PAIRS', (d) => d.mentoring.pairs],
  ['PAIRS_ACTIVE', (d) => d.mentoring.pairsActive],
  ['COHORTS', (d) => d.internships.cohorts],
  ['INTERNS', (d) => d.internships.interns],
  ['INTERNSHIPS_COMPLETED', (d) => d.internships.completed],
  ['EVENTS', (d) => d.events.events],
  ['PARTICIPANTS', (d) => d.events.participants],
  ['VISITS', (d) => d.events.visits],
];

/**
 * The drill-down of a dashboard's numbers: each number opens exactly the rows it counts (same subject, school year
 * and scope), people of another territory never appear, and a territory out of reach is NOT_FOUND.
 */
describe('dashboard rows (drill-down)', () => {
  let t: TestApp;
  let methodist: string;
  let podp: string;
  let timashevsk: string;
  let network: string;
  let program: string;

  beforeAll(async () => {
    t = await startTestApp();
    methodist = await t.login('methodist.podporozhye');
    podp = (await t.db.query(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`))[0].id;
    timashevsk = (await t.db.query(`SELECT id FROM municipality WHERE name LIKE 'Тимашевский%'`))[0].id;
    network = (await t.db.query(`SELECT id FROM network WHERE external_id = 'demo:network:podporozhye-shkola-shkole'`))[0].id;
    program = (await t.db.query(`SELECT id FROM mentoring_program WHERE external_id = 'demo:mentoring:podporozhye-leader-to-leader'`))[0].id;
    // Event activity in 2024/2025: two Подпорожье teachers, and a Тимашевск teacher at the same event.
    const school = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-1');
    const people = ((await t.db.query(`SELECT person_id AS id FROM position WHERE organization_id = $1 ORDER BY person_id LIMIT 2`, [school])) as { id: string }[]).map((p) => p.id);
    const [far] = (await t.db.query(
      `SELECT po.person_id AS id FROM position po JOIN organization o ON o.id = po.organization_id WHERE o.municipality_id = $1 LIMIT 1`,
      [timashevsk],
    )) as { id: string }[];
    const event = await insertCalendarEvent(t.db, { title: 'Семинар для раскрытия чисел', organizationId: school, startsOn: '2024-10-01' });
    await t.db.query(
      `INSERT INTO event_attendance (event_id, occurrence_date, person_id) VALUES ($1, '2024-10-01', $2), ($1, '2024-10-01', $3), ($1, '2024-11-05', $2), ($1, '2024-11-05', $4)`,
      [event, people[0], people[1], far!.id],
    );
  });
  afterAll(() => t.close());

  const dash = async (input: Record<string, unknown>, token = methodist) => {
    const r = await t.gql<{ dashboard: Dash }>(DASH, { input }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.dashboard;
  };
  const rows = async (input: Record<string, unknown>, metric: string, token = methodist, first = 100) => {
    const r = await t.gql<{ dashboardRows: { totalCount: number; nodes: Row[] } }>(ROWS, { input, metric, first }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.dashboardRows;
  };
  const municipalityOf = async (personIds: string[]) =>
    ((await t.db.query(
      `SELECT DISTINCT o.municipality_id AS id FROM position po JOIN organization o ON o.id = po.organization_id WHERE po.person_id = ANY($1::uuid[])`,
      [personIds],
    )) as { id: string }[]).map((r) => r.id);

  it.each([2022, 2024, 2026])('opens exactly the rows each number of the methodist’s dashboard counts (school year %i)', async (year) => {
    const input = { municipalityId: podp, schoolYear: year };
    const d = await dash(input);
    for (const [metric, number] of NUMBERS) {
      const r = await rows(input, metric);
      expect({ metric, count: r.totalCount }).toEqual({ metric, count: number(d) });
      expect(r.nodes.length).toBe(Math.min(100, number(d)));
      // Distinct rows: a person, pair or event appears once.
      expect(new Set(r.nodes.map((n) => n.id)).size).toBe(r.nodes.length);
      const people = r.nodes.flatMap((n) => (n.personId ? [n.personId] : []));
      if (people.length) expect(await municipalityOf(people)).toEqual([podp]);
    }
  });

  it('lists the attended occurrences and events of the territory’s people only (not another territory’s attendee of the same event)', async () => {
    const input = { municipalityId: podp, schoolYear: 2024 };
    const visits = await rows(input, 'VISITS');
    expect(visits.totalCount).toBe(3);
    expect(visits.nodes.map((n) => n.context)).toEqual(['Семинар для раскрытия чисел', 'Семинар для раскрытия чисел', 'Семинар для раскрытия чисел']);
    expect(visits.nodes.map((n) => n.day).sort()).toEqual(['2024-10-01', '2024-10-01', '2024-11-05']);
    const events = await rows(input, 'EVENTS');
    expect(events.nodes).toEqual([expect.objectContaining({ kind: 'EVENT', name: 'Семинар для раскрытия чисел', day: '2024-10-01', canOpen: true })]);
    // A Тимашевск event a Подпорожье teacher attended is counted, but its title is not told to Подпорожье's methodist.
    const farSchool = ((await t.db.query(`SELECT id FROM organization WHERE municipality_id = $1 ORDER BY id LIMIT 1`, [timashevsk])) as { id: string }[])[0]!.id;
    const farEvent = await insertCalendarEvent(t.db, { title: 'Закрытый семинар Тимашевска', organizationId: farSchool, startsOn: '2025-03-01' });
    await t.db.query(`INSERT INTO event_attendance (event_id, occurrence_date, person_id) VALUES ($1, '2025-03-01', $2)`, [farEvent, visits.nodes[0]!.personId]);
    const withFar = await rows(input, 'EVENTS');
    expect(withFar.totalCount).toBe((await dash(input)).events.events);
    expect(withFar.nodes.find((n) => n.id === farEvent)).toMatchObject({ name: 'Недоступно в вашей зоне ответственности', canOpen: false });
    expect(JSON.stringify(withFar)).not.toContain('Закрытый семинар');
    const farVisit = (await rows(input, 'VISITS')).nodes.find((n) => n.day === '2025-03-01');
    expect(farVisit).toMatchObject({ context: 'Недоступно в вашей зоне ответственности' });
    // Тимашевск's own dashboard counts its teacher's one visit, and lists it without Подпорожье's people.
    const tim = await t.login('methodist.timashevsk');
    const farVisits = await rows({ schoolYear: 2024 }, 'VISITS', tim);
    expect(farVisits.totalCount).toBe((await dash({ schoolYear: 2024 }, tim)).events.visits);
    expect(await municipalityOf(farVisits.nodes.map((n) => n.personId!))).toEqual([timashevsk]);
  });

  it('opens the rows of a network’s and a programme’s numbers inside the caller’s scope', async () => {
    for (const input of [
      { networkId: network, schoolYear: 2026 },
      { programId: program, schoolYear: 2022 },
    ]) {
      const d = await dash(input);
      for (const [metric, number] of NUMBERS) expect({ metric, count: (await rows(input, metric)).totalCount }).toEqual({ metric, count: number(d) });
      const people = (await rows(input, 'TEACHERS')).nodes.map((n) => n.personId!);
      expect(await municipalityOf(people)).toEqual([podp]);
    }
    const pairs = await rows({ programId: program, schoolYear: 2022 }, 'PAIRS');
    expect(pairs.nodes.every((n) => n.kind === 'MENTORSHIP' && n.personId === null && n.canOpen && n.day)).toBe(true);
  });

  it('answers NOT_FOUND for a territory, network or programme outside the scope, as for one that does not exist', async () => {
    for (const input of [{ municipalityId: timashevsk }, { municipalityId: '00000000-0000-4000-8000-000000000000' }]) {
      const r = await t.gql(ROWS, { input, metric: 'TEACHERS', first: 10 }, methodist);
      expect(code(r)).toBe('NOT_FOUND');
    }
    const tim = await t.login('methodist.timashevsk');
    for (const input of [{ municipalityId: podp }, { networkId: network }, { programId: program }]) {
      expect(code(await t.gql(ROWS, { input, metric: 'PARTICIPANTS', first: 10 }, tim))).toBe('NOT_FOUND');
    }
  });

  it('refuses bad input and a caller without DASHBOARD_READ', async () => {
    expect(code(await t.gql(ROWS, { input: {}, metric: 'NOPE', first: 10 }, methodist))).toBe('BAD_USER_INPUT');
    const year = await t.gql(ROWS, { input: { schoolYear: 1999 }, metric: 'TEACHERS', first: 10 }, methodist);
    expect(code(year)).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(ROWS, { input: {}, metric: 'TEACHERS', first: 0 }, methodist))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(ROWS, { input: {}, metric: 'TEACHERS', first: 10 }, await t.login('teacher.filippov')))).toBe('FORBIDDEN');
  });

  it('pages and orders the rows, with the same number of SQL statements for 10 rows as for 100', async () => {
    const input = { municipalityId: podp, schoolYear: 2026 };
    const statements = async (first: number) => {
      t.counter.reset();
      await rows(input, 'TEACHERS', methodist, first);
      return t.counter.statements;
    };
    expect(await statements(10)).toBe(await statements(100));
    const ordered = async (field: string, direction: string) =>
      (await t.gql<{ dashboardRows: { nodes: Row[] } }>(ROWS, { input, metric: 'TEACHERS', first: 100, orderBy: { field, direction } }, methodist)).data!.dashboardRows.nodes.map((n) => n.id);
    for (const field of ['NAME', 'CONTEXT', 'DAY']) expect(await ordered(field, 'DESC')).toEqual((await ordered(field, 'ASC')).reverse());
    const audit = (await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'read-list' AND after->'fields' ? 'dashboardRows'`)) as { n: number }[];
    expect(audit[0]!.n).toBeGreaterThan(0);
  });
});
