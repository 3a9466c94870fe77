import ExcelJS from 'exceljs';
import { insertCalendarEvent } from './support/calendar-fixtures';
import { pdfText } from './support/pdf-text';
import { idOf, startTestApp, TestApp } from './support/test-app';

const Q = `query($input: DashboardInput) { dashboard(input: $input) { kind subjectId title schoolYear periodLabel from to teachers
  mentoring { inMentoring mentors mentees coverageShare pairs pairsActive } internships { cohorts interns completed }
  events { events participants visits } months { month events participants visits internshipsCompleted }
  deficits { level rows { id name assessed } } } }`;
const EXPORT = `query($input: DashboardInput, $format: DashboardExportFormat!) { dashboardExport(input: $input, format: $format) { fileName fileType contentBase64 size } }`;

interface Dashboard {
  kind: string;
  subjectId: string | null;
  title: string;
  schoolYear: number;
  periodLabel: string;
  from: string;
  to: string;
  teachers: number;
  mentoring: { inMentoring: number; mentors: number; mentees: number; coverageShare: number; pairs: number; pairsActive: number };
  internships: { cohorts: number; interns: number; completed: number };
  events: { events: number; participants: number; visits: number };
  months: { month: string; events: number; participants: number; visits: number; internshipsCompleted: number }[];
  deficits: { level: string; rows: { id: string; name: string; assessed: number }[] } | null;
}
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
const id = async (t: TestApp, sql: string) => ((await t.db.query(sql)) as { id: string }[])[0]!.id;

/**
 * Demo data of Подпорожье (Ленинградская область): 32 people work at its organisations; the «Школа – школе»
 * mentorships of 2022/2023 (6 pairs and groups: 4 mentors, 7 mentees, 9 people) and those under way in 2026/2027
 * (4 active: 4 mentors, 6 mentees). The region has no other demo organisations, so the coordinator sees the same.
 */
describe('dashboard', () => {
  let t: TestApp;
  let methodist: string;
  let coordinator: string;
  let podp: string;
  let lo: string;
  let timashevsk: string;
  let network: string;
  let program: string;

  beforeAll(async () => {
    t = await startTestApp();
    [methodist, coordinator] = [await t.login('methodist.podporozhye'), await t.login('coordinator.lo')];
    podp = await id(t, `SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`);
    lo = await id(t, `SELECT id FROM region WHERE name = 'Ленинградская область'`);
    timashevsk = await id(t, `SELECT id FROM municipality WHERE name LIKE 'Тимашевский%'`);
    network = await id(t, `SELECT id FROM network WHERE external_id = 'demo:network:podporozhye-shkola-shkole'`);
    program = await id(t, `SELECT id FROM mentoring_program WHERE external_id = 'demo:mentoring:podporozhye-leader-to-leader'`);
  });
  afterAll(() => t.close());

  const dashboard = async (token: string, input: Record<string, unknown>) => {
    const r = await t.gql<{ dashboard: Dashboard }>(Q, { input }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.dashboard;
  };

  it('shows the methodist their own municipality by default, with the demo numbers of a school year', async () => {
    const d = await dashboard(methodist, { schoolYear: 2022 });
    expect(d).toMatchObject({ kind: 'MUNICIPALITY', subjectId: podp, title: 'Подпорожский муниципальный район', periodLabel: '2022/2023', from: '2022-09-01', to: '2023-08-31' });
    expect(d.teachers).toBe(32);
    expect(d.mentoring).toEqual({ inMentoring: 9, mentors: 4, mentees: 7, coverageShare: 28.1, pairs: 6, pairsActive: 0 });
    expect(d.months.map((m) => m.month)).toEqual(['2022-09', '2022-10', '2022-11', '2022-12', '2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06', '2023-07', '2023-08']);
    // The deficits domain's heatmap of the municipality: one row per organisation with results.
    expect(d.deficits?.level).toBe('ORGANIZATION');
    expect(d.deficits!.rows.length).toBeGreaterThan(0);
    const now = await dashboard(methodist, { schoolYear: 2026 });
    expect(now.mentoring).toEqual({ inMentoring: 10, mentors: 4, mentees: 6, coverageShare: 31.3, pairs: 4, pairsActive: 4 });
  });

  it('shows the coordinator their region by default, and a municipality of it on request', async () => {
    const region = await dashboard(coordinator, { schoolYear: 2026 });
    expect(region).toMatchObject({ kind: 'REGION', subjectId: lo, title: 'Ленинградская область', teachers: 32 });
    expect(region.mentoring).toEqual({ inMentoring: 10, mentors: 4, mentees: 6, coverageShare: 31.3, pairs: 4, pairsActive: 4 });
    expect(region.deficits?.level).toBe('MUNICIPALITY');
    const mun = await dashboard(coordinator, { municipalityId: podp, schoolYear: 2026 });
    expect(mun).toMatchObject({ kind: 'MUNICIPALITY', teachers: 32, mentoring: region.mentoring });
  });

  it('counts event activity per month and internships of the territory’s people', async () => {
    const school = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-1');
    const people = ((await t.db.query(`SELECT person_id AS id FROM position WHERE organization_id = $1 ORDER BY person_id LIMIT 2`, [school])) as { id: string }[]).map((p) => p.id);
    const event = await insertCalendarEvent(t.db, { title: 'Семинар для дашборда', organizationId: school, startsOn: '2024-10-01' });
    await t.db.query(
      `INSERT INTO event_attendance (event_id, occurrence_date, person_id) VALUES ($1, '2024-10-01', $2), ($1, '2024-10-01', $3), ($1, '2024-11-05', $2)`,
      [event, people[0], people[1]],
    );
    const d = await dashboard(methodist, { schoolYear: 2024 });
    expect(d.events).toEqual({ events: 1, participants: 2, visits: 3 });
    expect(d.months.filter((m) => m.visits)).toEqual([
      { month: '2024-10', events: 1, participants: 2, visits: 2, internshipsCompleted: 0 },
      { month: '2024-11', events: 1, participants: 1, visits: 1, internshipsCompleted: 0 },
    ]);
    // Another territory's dashboard does not count them.
    const other = await dashboard(await t.login('methodist.timashevsk'), { schoolYear: 2024 });
    expect(other.events.visits).toBe(0);
  });

  it('builds network and programme dashboards inside the caller’s scope', async () => {
    const n = await dashboard(methodist, { networkId: network, schoolYear: 2026 });
    expect(n).toMatchObject({ kind: 'NETWORK', subjectId: network });
    expect(n.teachers).toBeGreaterThan(0);
    expect(n.teachers).toBeLessThanOrEqual(32);
    const p = await dashboard(methodist, { programId: program, schoolYear: 2022 });
    expect(p).toMatchObject({ kind: 'PROGRAM', deficits: null });
    expect(p.mentoring.pairs).toBeGreaterThan(0);
    expect(p.mentoring.inMentoring).toBe(p.teachers);
  });

  it('answers NOT_FOUND for a territory, network or programme outside the scope, as for one that does not exist', async () => {
    for (const input of [{ municipalityId: timashevsk }, { regionId: lo }, { municipalityId: '00000000-0000-4000-8000-000000000000' }]) {
      const r = await t.gql(Q, { input }, methodist);
      expect(code(r)).toBe('NOT_FOUND');
      expect(r.data?.dashboard ?? null).toBeNull();
    }
    const tim = await t.login('methodist.timashevsk');
    for (const input of [{ municipalityId: podp }, { networkId: network }, { programId: program }]) expect(code(await t.gql(Q, { input }, tim))).toBe('NOT_FOUND');
  });

  it('refuses bad input with field errors', async () => {
    const both = await t.gql(Q, { input: { municipalityId: podp, networkId: network } }, coordinator);
    expect(code(both)).toBe('BAD_USER_INPUT');
    expect(both.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('municipalityId');
    const year = await t.gql(Q, { input: { schoolYear: 1999 } }, coordinator);
    expect(year.errors?.[0]?.extensions?.fields?.[0]).toMatchObject({ field: 'schoolYear' });
    expect(code(await t.gql(Q, { input: { municipalityId: 'nope' } }, coordinator))).toBe('BAD_USER_INPUT');
  });

  it('is refused to a teacher (no DASHBOARD_READ)', async () => {
    expect(code(await t.gql(Q, {}, await t.login('teacher.filippov')))).toBe('FORBIDDEN');
  });

  it('costs a bounded number of SQL statements, however many facts lie behind it', async () => {
    const statements = async (input: Record<string, unknown>, token: string) => {
      t.counter.reset();
      await dashboard(token, input);
      return t.counter.statements;
    };
    const before = await statements({ schoolYear: 2025 }, methodist);
    const school = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-1');
    const e = await insertCalendarEvent(t.db, { title: 'Ещё один семинар', organizationId: school, startsOn: '2025-10-01' });
    await t.db.query(`INSERT INTO event_attendance (event_id, occurrence_date, person_id) SELECT $1, '2025-10-01', person_id FROM position WHERE organization_id = $2`, [e, school]);
    expect(await statements({ schoolYear: 2025 }, methodist)).toBe(before);
    expect(before).toBeLessThanOrEqual(12);
    expect(await statements({ schoolYear: 2025 }, await t.login('admin'))).toBeLessThanOrEqual(12);
  });

  it('exports the dashboard to XLSX (numbers as numbers, period and territory in the header, no formulas) and PDF', async () => {
    await t.db.query(`UPDATE mentoring_program SET name = '=HYPERLINK("http://x","y")' WHERE id = $1`, [program]);
    const x = await t.gql<{ dashboardExport: { fileName: string; contentBase64: string; size: number } }>(EXPORT, { input: { schoolYear: 2022 }, format: 'XLSX' }, methodist);
    expect(x.errors).toBeUndefined();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.data!.dashboardExport.contentBase64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A2').value).toBe('Муниципалитет: Подпорожский муниципальный район');
    expect(String(ws.getCell('A3').value)).toContain('Период: 2022/2023 учебный год');
    const rows = new Map<string, unknown>();
    ws.eachRow((row) => rows.set(String(row.getCell(2).value), row.getCell(3).value));
    expect(rows.get('Педагогов')).toBe(32);
    expect(rows.get('Доля педагогов в наставничестве, %')).toBe(28.1);
    expect(rows.get('Пар и групп за период')).toBe(6);

    const formula = await t.gql<{ dashboardExport: { contentBase64: string } }>(EXPORT, { input: { programId: program, schoolYear: 2022 }, format: 'XLSX' }, methodist);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(Buffer.from(formula.data!.dashboardExport.contentBase64, 'base64') as unknown as ArrayBuffer);
    const cell = wb2.worksheets[0]!.getCell('A2');
    expect(cell.value).toBe('Программа наставничества: =HYPERLINK("http://x","y")');
    expect(cell.type).toBe(ExcelJS.ValueType.String);

    const p = await t.gql<{ dashboardExport: { fileName: string; fileType: string; contentBase64: string } }>(EXPORT, { input: { schoolYear: 2022 }, format: 'PDF' }, methodist);
    expect(p.data!.dashboardExport.fileType).toBe('application/pdf');
    const text = await pdfText(Buffer.from(p.data!.dashboardExport.contentBase64, 'base64'));
    expect(text.text).toContain('Панель показателей');
    expect(text.text).toContain('Подпорожский муниципальный район');
    expect(text.text).toContain('2022/2023');
    expect(text.text).toContain('Педагогов');
    expect(code(await t.gql(EXPORT, { input: { municipalityId: timashevsk }, format: 'PDF' }, methodist))).toBe('NOT_FOUND');
  });
});
