import { JobService } from '../src/common/jobs/jobs.service';
import { startTestApp, TestApp } from './support/test-app';

const Q = `query($input: DashboardInput) { dashboard(input: $input) { title indicators { id name kind direction status trend canEdit recalculatedAt
  latest { periodStart periodEnd value source sourceText computed recordedAt } actuals { periodStart periodEnd value source sourceText computed recordedAt } } } }`;
const RECALC = `mutation($id: ID!) { recalculateIndicator(indicatorId: $id) { id state } }`;
const DRILL = `query($id: ID!, $s: String!, $e: String!) { indicatorDrillDown(indicatorId: $id, periodStart: $s, periodEnd: $e, rows: DENOMINATOR, first: 100) { totalCount nodes { organizationId } } }`;

interface Actual {
  periodStart: string;
  periodEnd: string;
  value: number;
  source: string | null;
  sourceText: string;
  computed: boolean;
  recordedAt: string | null;
}
interface Card {
  id: string;
  name: string;
  kind: string;
  direction: string;
  status: string;
  trend: string | null;
  canEdit: boolean;
  recalculatedAt: string | null;
  latest: Actual | null;
  actuals: Actual[];
}
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

/**
 * The dashboards' indicator cards show what the recalculation stored, never a number counted on the fly: the demo's
 * «Доля школ с НОР/ НСУ» of Подпорожье (recalculated when the demo was seeded), «по состоянию на» its recalculation;
 * an indicator never recalculated says so (no value, not 0); «Пересчитать» is the indicator's own recalculation job,
 * for those who keep the indicator; drill-down stays inside the caller's scope.
 */
describe('dashboard indicators: stored recalculated values, as of when', () => {
  let t: TestApp;
  let methodist: string;
  let podp: string;
  let jobs: JobService;
  const one = async (sql: string, params: unknown[] = []) => ((await t.db.query(sql, params)) as { id: string }[])[0]!.id;

  beforeAll(async () => {
    t = await startTestApp();
    methodist = await t.login('methodist.podporozhye');
    podp = await one(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`);
    jobs = t.app.get(JobService);
  });
  afterAll(() => t.close());

  const cards = async (token = methodist, input: Record<string, unknown> = {}) => {
    const r = await t.gql<{ dashboard: { indicators: Card[] } }>(Q, { input }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.dashboard.indicators;
  };
  const card = async (name: string, token = methodist) => (await cards(token)).find((i) => i.name === name)!;
  const stored = async (id: string) =>
    (await t.db.query(
      `SELECT to_char(period_start, 'YYYY-MM-DD') AS "periodStart", value::float AS value FROM indicator_value
        WHERE indicator_id = $1 AND organization_id IS NULL AND archived_at IS NULL AND source = 'CALCULATION' ORDER BY period_start`,
      [id],
    )) as { periodStart: string; value: number }[];

  it('shows the seeded computed indicator’s stored values per period, with their source, as of the recalculation', async () => {
    const c = await card('Доля школ с НОР/ НСУ');
    expect(c.kind).toBe('COMPUTED');
    expect(c.recalculatedAt).not.toBeNull();
    expect(c.actuals.map((a) => ({ periodStart: a.periodStart, value: a.value }))).toEqual(await stored(c.id));
    expect(c.actuals.length).toBeGreaterThan(0);
    for (const a of c.actuals) expect(a).toMatchObject({ source: 'CALCULATION', computed: true, recordedAt: c.recalculatedAt, periodEnd: `${a.periodStart.slice(0, 4)}-12-31` });
    expect(c.actuals.every((a) => a.sourceText.startsWith('Пересчёт '))).toBe(true);
    expect(c.latest).toEqual(c.actuals[c.actuals.length - 1]);
    // The methodist keeps her municipality's indicators: «Пересчитать» is offered to her.
    expect(c.canEdit).toBe(true);
  });

  it('reads the stored values, not the data: status and trend follow what is stored, until the next recalculation', async () => {
    const c = await card('Доля школ с НОР/ НСУ');
    // Two stored years in the indicator's direction (lower is better): 40 % then 20 % — improving; no target: no status beyond data.
    await t.db.query(`DELETE FROM indicator_value WHERE indicator_id = $1`, [c.id]);
    await t.db.query(
      `INSERT INTO indicator_value (indicator_id, period_start, period_end, value, source, source_text, entered_at)
       VALUES ($1, '2024-01-01', '2024-12-31', 40, 'CALCULATION', 'Пересчёт (фикстура)', '2026-01-10T09:00:00Z'),
              ($1, '2025-01-01', '2025-12-31', 20, 'CALCULATION', 'Пересчёт (фикстура)', '2026-01-10T09:00:00Z')`,
      [c.id],
    );
    await t.db.query(`INSERT INTO indicator_target (indicator_id, year, value) VALUES ($1, 2025, 25)`, [c.id]);
    const shown = await card('Доля школ с НОР/ НСУ');
    expect(shown.actuals.map((a) => a.value)).toEqual([40, 20]);
    expect(shown.latest).toMatchObject({ periodStart: '2025-01-01', value: 20, recordedAt: '2026-01-10T09:00:00.000Z' });
    expect(shown.trend).toBe('UP'); // «better» in the indicator's direction
    expect(shown.status).toBe('MET'); // 20 % ≤ the 2025 target of 25 %, lower being better
    // «Пересчитать»: the job replaces the stored values with the ones counted from the data, as of now.
    const before = Date.now();
    const job = await t.gql<{ recalculateIndicator: { id: string } }>(RECALC, { id: c.id }, methodist);
    expect(job.errors).toBeUndefined();
    expect(await jobs.whenSettled(job.data!.recalculateIndicator.id)).toMatchObject({ state: 'DONE', progress: 100 });
    const after = await card('Доля школ с НОР/ НСУ');
    expect(new Date(after.recalculatedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(after.actuals.map((a) => ({ periodStart: a.periodStart, value: a.value }))).toEqual(await stored(c.id));
    expect(after.actuals.find((a) => a.periodStart === '2025-01-01')?.sourceText).not.toBe('Пересчёт (фикстура)');
  });

  it('says a computed indicator was never recalculated (no value, not 0) until «Пересчитать» stores its values', async () => {
    const id = await one(
      `INSERT INTO indicator (municipality_id, name, unit, kind, computed_key, baseline_year, baseline_value, position)
       VALUES ($1, 'Доля педагогов с ИОМ (новый)', 'PERCENT', 'COMPUTED', 'TEACHERS_WITH_APPROVED_ROUTE_SHARE', 2025, 10, 9) RETURNING id`,
      [podp],
    );
    const fresh = await card('Доля педагогов с ИОМ (новый)');
    expect(fresh).toMatchObject({ id, recalculatedAt: null, latest: null, actuals: [], status: 'NO_DATA', trend: null });
    const job = await t.gql<{ recalculateIndicator: { id: string } }>(RECALC, { id }, methodist);
    expect(await jobs.whenSettled(job.data!.recalculateIndicator.id)).toMatchObject({ state: 'DONE' });
    const done = await card('Доля педагогов с ИОМ (новый)');
    expect(done.recalculatedAt).not.toBeNull();
    expect(done.actuals.find((a) => a.periodStart === '2025-01-01')).toMatchObject({ source: 'CALCULATION', recordedAt: done.recalculatedAt });
  });

  it('keeps «Пересчитать» to those who keep the indicator: NOT_FOUND outside the scope, FORBIDDEN without the right, field errors for bad input', async () => {
    const c = await card('Доля школ с НОР/ НСУ');
    expect(code(await t.gql(RECALC, { id: c.id }, await t.login('methodist.timashevsk')))).toBe('NOT_FOUND');
    expect(code(await t.gql(RECALC, { id: c.id }, await t.login('teacher.filippov')))).toBe('FORBIDDEN');
    expect(code(await t.gql(RECALC, { id: 'nope' }, methodist))).toBe('BAD_USER_INPUT');
    const manual = await one(`SELECT id FROM indicator WHERE external_id = 'demo:indicator:timashevsk-products'`);
    expect(code(await t.gql(RECALC, { id: manual }, methodist))).toBe('NOT_FOUND');
    // Another territory's indicators are not on any dashboard the methodist may open.
    const tim = await one(`SELECT id FROM municipality WHERE name LIKE 'Тимашевский%'`);
    expect(code(await t.gql(Q, { input: { municipalityId: tim } }, methodist))).toBe('NOT_FOUND');
  });

  it('drills down from a stored value to the rows inside the caller’s scope, and answers NOT_FOUND for another territory’s indicator', async () => {
    const c = await card('Доля школ с НОР/ НСУ');
    const a = c.latest!;
    const r = await t.gql<{ indicatorDrillDown: { totalCount: number; nodes: { organizationId: string }[] } }>(DRILL, { id: c.id, s: a.periodStart, e: a.periodEnd }, methodist);
    expect(r.errors).toBeUndefined();
    const mine = (await t.db.query(`SELECT id FROM organization WHERE municipality_id = $1`, [podp])) as { id: string }[];
    expect(r.data!.indicatorDrillDown.nodes.every((n) => mine.some((o) => o.id === n.organizationId))).toBe(true);
    const vorkuta = await one(`SELECT id FROM indicator WHERE external_id = 'demo:indicator:vorkuta-3'`);
    expect(code(await t.gql(DRILL, { id: vorkuta, s: '2025-01-01', e: '2025-12-31' }, methodist))).toBe('NOT_FOUND');
  });

  it('costs the same number of SQL statements however many computed indicators with stored values the dashboard shows', async () => {
    const statements = async () => {
      t.counter.reset();
      await cards();
      return t.counter.statements;
    };
    const before = await statements();
    for (let n = 0; n < 4; n++) {
      const id = await one(
        `INSERT INTO indicator (municipality_id, name, unit, kind, computed_key, position) VALUES ($1, $2, 'PERCENT', 'COMPUTED', 'TEACHERS_IN_MENTORING_SHARE', 20) RETURNING id`,
        [podp, `Доля в наставничестве ${n}`],
      );
      await t.db.query(
        `INSERT INTO indicator_value (indicator_id, period_start, period_end, value, source, source_text) VALUES ($1, '2024-01-01', '2024-12-31', 10, 'CALCULATION', 'Пересчёт'), ($1, '2025-01-01', '2025-12-31', 12, 'CALCULATION', 'Пересчёт')`,
        [id],
      );
      await t.db.query(`UPDATE indicator SET recalculated_at = now() WHERE id = $1`, [id]);
    }
    expect((await cards()).filter((i) => i.name.startsWith('Доля в наставничестве'))).toHaveLength(4);
    expect(await statements()).toBe(before);
  });
});
