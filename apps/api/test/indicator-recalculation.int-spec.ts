import { JobService } from '../src/common/jobs/jobs.service';
import { NIGHTLY_RECALCULATION_QUEUE, RecalculationService } from '../src/modules/indicator/computed/recalculation.service';
import { startTestApp, TestApp } from './support/test-app';

const RECALC = `mutation($id: ID!) { recalculateIndicator(indicatorId: $id) { id kind state title } }`;
const GET = `query($id: ID!) { indicator(id: $id) { recalculatedAt actuals { periodStart periodEnd value source computed recordedAt } } }`;
const ADD = `mutation($id: ID!, $input: IndicatorValueInput!) { createIndicatorValue(indicatorId: $id, input: $input) { id } }`;
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

interface Shown {
  recalculatedAt: string | null;
  actuals: { periodStart: string; periodEnd: string; value: number; source: string; computed: boolean; recordedAt: string }[];
}

interface Stored {
  period_start: string;
  period_end: string;
  value: number;
  source: string;
  source_text: string;
}

/**
 * The recalculation of computed indicators on the job queue: «Пересчитать» stores each year's value as the actual of
 * the whole owner with the source «расчёт» — what every page then shows, as of that moment (hand-counted for 2025 on the
 * illustrative category history of «Будем дружить школами»: 9 of 17 teachers with a category = 52,9 %), a second run
 * overwrites rather than adds, and the nightly schedule recalculates every computed indicator.
 */
describe('indicator recalculation', () => {
  let t: TestApp;
  let admin: string;
  let jobs: JobService;
  const key = async (k: string) => ((await t.db.query(`SELECT id FROM indicator WHERE external_id = $1`, [k])) as { id: string }[])[0]!.id;
  const stored = async (id: string) =>
    (await t.db.query(
      `SELECT to_char(period_start, 'YYYY-MM-DD') AS period_start, to_char(period_end, 'YYYY-MM-DD') AS period_end, value::float AS value, source, source_text
         FROM indicator_value WHERE indicator_id = $1 AND archived_at IS NULL ORDER BY period_start`,
      [id],
    )) as Stored[];
  const shown = async (id: string) => {
    const r = await t.gql<{ indicator: Shown }>(GET, { id }, admin);
    expect(r.errors).toBeUndefined();
    return r.data!.indicator;
  };
  const recalculate = async (id: string, token = admin) => {
    const r = await t.gql<{ recalculateIndicator: { id: string; kind: string; title: string } }>(RECALC, { id }, token);
    expect(r.errors).toBeUndefined();
    const job = await jobs.whenSettled(r.data!.recalculateIndicator.id);
    expect(job).toMatchObject({ state: 'DONE', progress: 100, error: null });
    return r.data!.recalculateIndicator;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    jobs = t.app.get(JobService);
  });
  afterAll(() => t.close());

  it('stores each year’s computed value as an actual with the source «расчёт», shown as of the recalculation, and overwrites it on the next run', async () => {
    const id = await key('demo:indicator:friends-category-computed');
    // The demo's seeding recalculated it already (through the same service): stored values, and when.
    const seeded = await shown(id);
    expect(seeded.recalculatedAt).not.toBeNull();
    expect(seeded.actuals.length).toBeGreaterThan(0);
    const job = await recalculate(id);
    expect(job).toMatchObject({ kind: 'indicator.recalculate', title: 'Пересчёт показателя «Доля педагогов с квалификационной категорией (расчёт)»' });
    const rows = await stored(id);
    const page = await shown(id);
    // The indicator shows exactly what was stored, each value «по состоянию на» the recalculation, later than the seed's.
    expect(page.actuals.map((a) => ({ from: a.periodStart, to: a.periodEnd, value: a.value }))).toEqual(rows.map((r) => ({ from: r.period_start, to: r.period_end, value: r.value })));
    expect(new Date(page.recalculatedAt!).getTime()).toBeGreaterThan(new Date(seeded.recalculatedAt!).getTime());
    expect(page.actuals.every((a) => a.computed && a.source === 'CALCULATION' && a.recordedAt === page.recalculatedAt)).toBe(true);
    expect(rows.every((r) => r.source === 'CALCULATION' && r.source_text.startsWith('Пересчёт ') && r.period_end === `${r.period_start.slice(0, 4)}-12-31`)).toBe(true);
    expect(rows.find((r) => r.period_start === '2025-01-01')?.value).toBe(52.9);
    // A change of the facts: the stored value stays until the next run; then the same periods, the new value, no second row.
    await t.db.query(
      `UPDATE qualification_record SET valid_until = '2025-06-30' WHERE person_id = (SELECT id FROM person WHERE external_id = 'demo:person:53-borovichi-sosh11-physics')`,
    );
    expect((await shown(id)).actuals.find((a) => a.periodStart === '2025-01-01')?.value).toBe(52.9);
    await recalculate(id);
    const again = await stored(id);
    expect(again.map((r) => r.period_start)).toEqual(rows.map((r) => r.period_start));
    expect(again.find((r) => r.period_start === '2025-01-01')?.value).toBe(47.1);
    expect((await shown(id)).actuals.find((a) => a.periodStart === '2025-01-01')?.value).toBe(47.1);
    const [audit] = (await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'recalculate' AND entity_id = $1`, [id])) as { n: number }[];
    expect(audit!.n).toBe(3); // the seed's, and the two above
  });

  it('is refused for a manual indicator, an indicator out of reach, and a caller without the right; «расчёт» is never entered by hand', async () => {
    const computed = await key('demo:indicator:friends-young-retained-computed');
    const manual = await key('demo:indicator:friends-competence-level');
    expect(code(await t.gql(RECALC, { id: manual }, admin))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(RECALC, { id: computed }, await t.login('methodist.timashevsk')))).toBe('NOT_FOUND');
    expect(code(await t.gql(RECALC, { id: '00000000-0000-4000-8000-000000000000' }, admin))).toBe('NOT_FOUND');
    expect(code(await t.gql(RECALC, { id: 'nope' }, admin))).toBe('BAD_USER_INPUT');
    expect(code(await t.gql(RECALC, { id: computed }, await t.login('teacher.filippov')))).toBe('FORBIDDEN');
    const byHand = await t.gql(ADD, { id: manual, input: { periodStart: '2026-01-01', periodEnd: '2026-05-31', value: 1, source: 'CALCULATION' } }, admin);
    expect(code(byHand)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(byHand.errors)).toContain('записывает только пересчёт');
  });

  it('recalculates every computed indicator on its nightly schedule', async () => {
    const schedules = (await t.db.query(`SELECT name, cron FROM pgboss.schedule`)) as { name: string; cron: string }[];
    expect(schedules).toContainEqual({ name: NIGHTLY_RECALCULATION_QUEUE, cron: '30 2 * * *' });
    const n = await t.app.get(RecalculationService).recalculateAll();
    const [c] = (await t.db.query(
      `SELECT count(*)::int AS computed,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM indicator_value v WHERE v.indicator_id = i.id AND v.source = 'CALCULATION'))::int AS stored
         FROM indicator i WHERE i.kind = 'COMPUTED' AND i.archived_at IS NULL`,
    )) as { computed: number; stored: number }[];
    expect(n).toBe(c!.computed);
    expect(c!.stored).toBeGreaterThanOrEqual(4);
  });
});
