import { ComputedIndicatorKey, IndicatorOwnerKind } from '@metodset/shared';
import { DataSource } from 'typeorm';
import { JobService } from '../src/common/jobs/jobs.service';
import { ComputationRequest, ComputedRepository } from '../src/modules/indicator/computed/computed.repository';
import { ComputedService } from '../src/modules/indicator/computed/computed.service';
import { insertCalendarEvent } from './support/calendar-fixtures';
import { campaign, competenceIds, frameworkId, instrumentId, results } from './support/deficits-fixtures';
import { application, cohortWithSessions, internshipFixtures } from './support/internship-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const one = async (db: DataSource, sql: string, params: unknown[] = []) => ((await db.query(sql, params)) as { id: string }[])[0]!.id;
const YEAR = { from: '2025-01-01', to: '2025-12-31' };

interface Fixture {
  municipality: string;
  schoolA: string;
  schoolB: string;
  t: string[]; // T1…T7 in the denominator; T8 left in 2024, T9 archived
}

/**
 * A hand-counted municipality: schools A (T1–T5) and B (T6, T7), a kindergarten, T8 who left in 2024 and T9 archived
 * (neither counts). Every fact below is placed so that each indicator's value can be counted by hand (see the test).
 */
async function buildFixture(db: DataSource): Promise<Fixture> {
  // In the Leningrad region (coordinator.lo's), beside Podporozhye (methodist.podporozhye's municipality).
  const region = await one(db, `SELECT region_id AS id FROM municipality WHERE name ILIKE '%Подпорож%' LIMIT 1`);
  const municipality = await one(db, `INSERT INTO municipality (region_id, name, kind) VALUES ($1, 'Тестовый район показателей', 'DISTRICT') RETURNING id`, [region]);
  const org = (name: string, kind = 'SCHOOL') => one(db, `INSERT INTO organization (municipality_id, name, kind, illustrative) VALUES ($1, $2, $3, true) RETURNING id`, [municipality, name, kind]);
  const schoolA = await org('Школа А');
  const schoolB = await org('Школа Б');
  const kindergarten = await org('Детский сад В', 'KINDERGARTEN');
  const t: string[] = [];
  for (let i = 1; i <= 9; i++) {
    t.push(await one(db, `INSERT INTO person (last_name, first_name, illustrative) VALUES ($1, 'Тест', true) RETURNING id`, [`Показатель${i}`]));
  }
  const pos = (p: string, o: string, started: string | null = null, ended: string | null = null) =>
    db.query(`INSERT INTO position (person_id, organization_id, kind, started_on, ended_on) VALUES ($1, $2, 'TEACHER', $3, $4)`, [p, o, started, ended]);
  for (let i = 0; i < 5; i++) await pos(t[i]!, schoolA);
  await pos(t[5]!, schoolB, '2024-09-01'); // T6: young, stays
  await pos(t[6]!, schoolB, '2023-09-01', '2025-06-30'); // T7: young, leaves during 2025
  await pos(t[7]!, schoolA, '2015-09-01', '2024-06-30'); // T8: left before 2025
  await pos(t[8]!, schoolA);
  await db.query(`UPDATE person SET archived_at = now() WHERE id = $1`, [t[8]]);

  // Routes: T1 approved, T2 in progress, T3 completed (counted); T4 draft, T5 approved but in 2023 (not counted).
  const route = (p: string, status: string, starts = '2025-02-01', ends = '2025-12-20') =>
    one(db, `INSERT INTO learning_route (person_id, organization_id, title, starts_on, ends_on, status) VALUES ($1, $2, 'ИОМ', $3, $4, $5) RETURNING id`, [p, schoolA, starts, ends, status]);
  const r1 = await route(t[0]!, 'APPROVED');
  const r2 = await route(t[1]!, 'IN_PROGRESS');
  await route(t[2]!, 'COMPLETED');
  await route(t[3]!, 'DRAFT');
  await route(t[4]!, 'APPROVED', '2023-01-10', '2023-12-20');

  // Mentoring: an active pair T1 → T4 (counted), a planned pair with T5 (not counted).
  const program = await one(db, `INSERT INTO mentoring_program (name, model, forms, organization_id, starts_on) VALUES ('Программа', 'TEACHER_TO_TEACHER', '{TRADITIONAL}', $1, '2025-01-01') RETURNING id`, [schoolA]);
  const pair = (status: string, people: [string, string][]) =>
    one(db, `INSERT INTO mentorship (program_id, form, starts_on, status) VALUES ($1, 'TRADITIONAL', '2025-03-01', $2) RETURNING id`, [program, status]).then(async (id) => {
      for (const [p, side] of people) await db.query(`INSERT INTO mentorship_participant (mentorship_id, person_id, side) VALUES ($1, $2, $3)`, [id, p, side]);
    });
  await pair('ACTIVE', [[t[0]!, 'MENTOR'], [t[3]!, 'MENTEE']]);
  await pair('PLANNED', [[t[4]!, 'MENTEE']]);

  // Internship: T2 completed a module (18 h) in May 2025.
  const f = await internshipFixtures(db);
  const { cohort } = await cohortWithSessions(db, f);
  const app = await application(db, cohort, t[1]!, 'APPROVED');
  await db.query(
    `INSERT INTO internship_completion (application_id, person_id, program_id, module_id, title, hours, completed_on) VALUES ($1, $2, $3, $4, 'Модуль 1', 18, '2025-05-20')`,
    [app, t[1], f.program, f.module1],
  );
  // Events: T6 attended 4 hours (counted as trained), T7 an event without hours (not counted).
  const event = async (p: string, hours: number | null, title: string) => {
    const id = await insertCalendarEvent(db, { title, organizationId: schoolB, startsOn: '2025-04-10' });
    await db.query(`UPDATE event SET hours = $2 WHERE id = $1`, [id, hours]);
    await db.query(`INSERT INTO event_attendance (event_id, occurrence_date, person_id) VALUES ($1, '2025-04-10', $2)`, [id, p]);
  };
  await event(t[5]!, 4, 'Семинар с часами');
  await event(t[6]!, null, 'Педсовет без часов');

  // Diagnostics (deficit below 50): T1 has a deficit, T2 none, T3 a deficit; T4 is assessed only in 2026.
  const fw = await frameworkId(db, 'SHADRIKOV');
  const comp = Object.values(await competenceIds(db, fw));
  const [c1, c2] = [comp[0]!, comp[1]!];
  const cmp = await campaign(db, { instrumentId: await instrumentId(db, 'SHADRIKOV-BASE'), municipalityId: municipality, closesOn: '2025-06-30' });
  await results(db, cmp, t[0]!, schoolA, { [c1]: 60, [c2]: 30 }, '2025-06-01');
  await results(db, cmp, t[1]!, schoolA, { [c1]: 45 + 20, [c2]: 70 }, '2025-06-01');
  await results(db, cmp, t[2]!, schoolA, { [c1]: 20 }, '2025-06-01');
  const late = await campaign(db, { instrumentId: await instrumentId(db, 'SHADRIKOV-BASE'), municipalityId: municipality, closesOn: '2026-03-30' });
  await results(db, late, t[3]!, schoolA, { [c1]: 10 }, '2026-03-01');
  // Targeted competences: T1's route aims at c1 from 40 (now 60: raised); T2's at c2 from 75 (now 70: not raised).
  await db.query(`INSERT INTO learning_route_competence (route_id, competence_id, baseline_score) VALUES ($1, $2, 40), ($3, $4, 75)`, [r1, c1, r2, c2]);

  // Statuses: school A is НОР in 2025; the kindergarten too, but it is not a school.
  for (const o of [schoolA, kindergarten]) await db.query(`INSERT INTO organization_status (organization_id, kind, year, source) VALUES ($1, 'LOW_RESULTS', 2025, 'тест')`, [o]);

  // Categories on 31.12.2025: T1 highest (valid), T2 first (expired 01.01.2025), T3 first, T4 «педагог-наставник» from 01.11.2025.
  const cat = (p: string, category: string, assigned: string, until: string | null) =>
    db.query(`INSERT INTO qualification_record (person_id, category, assigned_on, valid_until) VALUES ($1, $2, $3, $4)`, [p, category, assigned, until]);
  await cat(t[0]!, 'HIGHEST', '2021-01-10', '2026-01-10');
  await cat(t[1]!, 'FIRST', '2020-01-01', '2025-01-01');
  await cat(t[2]!, 'FIRST', '2024-05-01', null);
  await cat(t[3]!, 'MENTOR', '2025-11-01', null);
  // Products: two of school A in 2025 (one by its year only), one of 2024, one archived (neither counts).
  const product = (title: string, year: number, published: string | null, archived = false) =>
    db.query(`INSERT INTO methodological_product (kind, title, year, published_on, organization_id, archived_at) VALUES ('MANUAL', $1, $2, $3, $4, $5)`, [
      title,
      year,
      published,
      schoolA,
      archived ? new Date() : null,
    ]);
  await product('Пособие 2025', 2025, '2025-03-15');
  await product('Сборник 2025', 2025, null);
  await product('Сборник 2024', 2024, '2024-05-01');
  await product('Архивное пособие', 2025, '2025-04-01', true);
  return { municipality, schoolA, schoolB, t };
}

const DRILL = `query($id: ID!, $rows: DrillDownRows, $first: Int) {
  indicatorDrillDown(indicatorId: $id, periodStart: "2025-01-01", periodEnd: "2025-12-31", rows: $rows, first: $first) {
    totalCount nodes { id kind personId name organizationName counted }
  }
}`;

describe('computed indicators (hand-counted municipality)', () => {
  let t: TestApp;
  let fx: Fixture;
  const repo = new ComputedRepository();
  const req = (key: ComputedIndicatorKey): ComputationRequest => ({ key, scopeKind: IndicatorOwnerKind.MUNICIPALITY, scopeId: fx.municipality, ...YEAR });

  beforeAll(async () => {
    t = await startTestApp();
    fx = await buildFixture(t.db);
  });
  afterAll(() => t.close());

  it('counts every indicator by hand, all of them in ONE statement', async () => {
    const keys = Object.values(ComputedIndicatorKey).filter((k) => k !== ComputedIndicatorKey.METHODOLOGICAL_PRODUCTS_COUNT);
    const m = t.db.manager;
    const spy = jest.spyOn(m, 'query');
    const counts = await repo.counts(m, keys.map(req));
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
    const got = Object.fromEntries(keys.map((k, i) => [k, [counts[i]!.numerator, counts[i]!.denominator]]));
    expect(got).toEqual({
      TEACHERS_WITH_APPROVED_ROUTE_SHARE: [3, 7], // T1, T2, T3 of 7 → 42,9 %
      TEACHERS_IN_MENTORING_SHARE: [2, 7], // T1 mentor, T4 mentee
      TEACHERS_INTERNSHIP_COMPLETED_SHARE: [1, 7], // T2
      TEACHERS_TRAINED_SHARE: [2, 7], // T2 (18 h internship), T6 (4 h seminar); T7's event has no hours
      TEACHERS_WITH_DEFICITS_SHARE: [2, 3], // assessed by 31.12.2025: T1, T2, T3; with a deficit: T1, T3
      TEACHERS_RAISED_COMPETENCE_SHARE: [1, 2], // routes with a baseline: T1 (40 → 60), T2 (75 → 70)
      LOW_RESULTS_SCHOOLS_SHARE: [1, 2], // schools A, B; A is НОР (the kindergarten is not a school)
      YOUNG_TEACHERS_RETAINED_SHARE: [1, 2], // young on 01.01.2025: T6, T7; T6 still works on 31.12.2025
      TEACHERS_WITH_CATEGORY_SHARE: [3, 7], // T1 highest, T3 first, T4 mentor; T2's expired
      TEACHERS_WITH_HIGHEST_CATEGORY_SHARE: [2, 7], // T1, T4
    });
  });

  it('a period changes the answer: in 2023 only T5 had an approved route, and T8 still worked', async () => {
    const [c] = await repo.counts(t.db.manager, [{ ...req(ComputedIndicatorKey.TEACHERS_WITH_APPROVED_ROUTE_SHARE), from: '2023-01-01', to: '2023-12-31' }]);
    // 2023: T1–T6 work (T6 starts in 2024 → not), T7 (from 09.2023), T8 (till 2024): T1–T5, T7, T8 = 7; T5 counted.
    expect(c).toEqual({ numerator: 1, denominator: 7 });
  });

  it('counts the methodological products of the period through the practices\' read model', async () => {
    const service = t.app.get(ComputedService);
    const [c] = await service.counts([req(ComputedIndicatorKey.METHODOLOGICAL_PRODUCTS_COUNT)]);
    expect(c).toMatchObject({ value: 2, numerator: 2, denominator: null });
  });

  describe('through the indicators (hook and drill-down)', () => {
    let indicator: string;
    beforeAll(async () => {
      indicator = await one(
        t.db,
        `INSERT INTO indicator (municipality_id, name, unit, kind, computed_key, baseline_year, baseline_value) VALUES ($1, 'Доля педагогов с ИОМ', 'PERCENT', 'COMPUTED', 'TEACHERS_WITH_APPROVED_ROUTE_SHARE', 2025, 30) RETURNING id`,
        [fx.municipality],
      );
    });

    it('the indicator page says it was never recalculated (no value, not 0), then shows the stored 42,9 % as of its recalculation, with its formula in words', async () => {
      const coordinator = await t.login('coordinator.lo');
      type Page = { formula: string; recalculatedAt: string | null; status: string; actuals: { periodStart: string; value: number; computed: boolean; recordedAt: string }[] };
      const page = async () => {
        const r = await t.gql<{ indicator: Page }>(`query($id: ID!) { indicator(id: $id) { formula recalculatedAt status actuals { periodStart periodEnd value computed recordedAt } } }`, { id: indicator }, coordinator);
        expect(r.errors).toBeUndefined();
        return r.data!.indicator;
      };
      expect(await page()).toMatchObject({ recalculatedAt: null, status: 'NO_DATA', actuals: [] });
      const job = await t.gql<{ recalculateIndicator: { id: string } }>(`mutation($id: ID!) { recalculateIndicator(indicatorId: $id) { id } }`, { id: indicator }, await t.login('admin'));
      expect(job.errors).toBeUndefined();
      expect(await t.app.get(JobService).whenSettled(job.data!.recalculateIndicator.id)).toMatchObject({ state: 'DONE' });
      const after = await page();
      expect(after.formula).toMatch(/утверждённый .*ИОМ/);
      expect(after.recalculatedAt).not.toBeNull();
      expect(after.actuals.find((a) => a.periodStart === '2025-01-01')).toMatchObject({ value: 42.9, computed: true, recordedAt: after.recalculatedAt });
    });

    it('drills down to the teachers counted and to the denominator, audited', async () => {
      const coordinator = await t.login('coordinator.lo');
      const counted = await t.gql<{ indicatorDrillDown: { totalCount: number; nodes: { personId: string; name: string; counted: boolean }[] } }>(DRILL, { id: indicator, rows: 'COUNTED' }, coordinator);
      expect(counted.errors).toBeUndefined();
      expect(counted.data!.indicatorDrillDown.nodes.map((n) => n.personId).sort()).toEqual([fx.t[0], fx.t[1], fx.t[2]].sort());
      const all = await t.gql<{ indicatorDrillDown: { totalCount: number; nodes: { counted: boolean }[] } }>(DRILL, { id: indicator, rows: 'DENOMINATOR' }, coordinator);
      expect(all.data!.indicatorDrillDown.totalCount).toBe(7);
      expect(all.data!.indicatorDrillDown.nodes.filter((n) => n.counted)).toHaveLength(3);
      const notCounted = await t.gql<{ indicatorDrillDown: { totalCount: number } }>(DRILL, { id: indicator, rows: 'NOT_COUNTED' }, coordinator);
      expect(notCounted.data!.indicatorDrillDown.totalCount).toBe(4);
      const audit = (await t.db.query(`SELECT person_ids FROM audit_log WHERE $1 = ANY(person_ids) ORDER BY at DESC LIMIT 1`, [fx.t[0]])) as { person_ids: string[] }[];
      expect(audit[0]?.person_ids).toEqual(expect.arrayContaining([fx.t[0], fx.t[1], fx.t[2]]));
    });

    it('a methodist of another municipality and a school of another region get NOT_FOUND', async () => {
      for (const login of ['methodist.podporozhye', 'school12.vorkuta']) {
        const r = await t.gql(DRILL, { id: indicator, rows: 'COUNTED' }, await t.login(login));
        expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
    });

    it('refuses a reversed period and a manual indicator with field errors', async () => {
      const coordinator = await t.login('coordinator.lo');
      const reversed = await t.gql(
        `query($id: ID!) { indicatorDrillDown(indicatorId: $id, periodStart: "2025-12-31", periodEnd: "2025-01-01") { totalCount } }`,
        { id: indicator },
        coordinator,
      );
      expect(reversed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const manual = await one(t.db, `INSERT INTO indicator (municipality_id, name, unit, kind) VALUES ($1, 'Победители олимпиад', 'COUNT', 'MANUAL') RETURNING id`, [fx.municipality]);
      const r = await t.gql(DRILL, { id: manual, rows: 'COUNTED' }, coordinator);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  it('Vorkuta\'s target indicators come out of its demo data: every share is its drill-down counted ÷ denominator', async () => {
    const admin = await t.login('admin');
    const ids = (await t.db.query(`SELECT id, computed_key FROM indicator WHERE external_id LIKE 'demo:indicator:vorkuta-%' AND kind = 'COMPUTED' ORDER BY position`)) as { id: string; computed_key: string }[];
    expect(ids.map((i) => i.computed_key)).toEqual([
      'TEACHERS_RAISED_COMPETENCE_SHARE',
      'TEACHERS_WITH_APPROVED_ROUTE_SHARE',
      'TEACHERS_IN_MENTORING_SHARE',
      'TEACHERS_TRAINED_SHARE',
      'METHODOLOGICAL_PRODUCTS_COUNT',
    ]);
    let nonZero = 0;
    for (const { id, computed_key } of ids.filter((i) => i.computed_key.endsWith('_SHARE'))) {
      const r = await t.gql<{ indicator: { actuals: { periodStart: string; periodEnd: string; value: number }[] } }>(
        `query($id: ID!) { indicator(id: $id) { actuals { periodStart periodEnd value } } }`,
        { id },
        admin,
      );
      expect(r.errors).toBeUndefined();
      for (const a of r.data!.indicator.actuals) {
        const total = async (rows: string) =>
          (
            await t.gql<{ indicatorDrillDown: { totalCount: number } }>(
              `query($id: ID!, $s: String!, $e: String!, $rows: DrillDownRows) { indicatorDrillDown(indicatorId: $id, periodStart: $s, periodEnd: $e, rows: $rows, first: 1) { totalCount } }`,
              { id, s: a.periodStart, e: a.periodEnd, rows },
              admin,
            )
          ).data!.indicatorDrillDown.totalCount;
        const [counted, all] = [await total('COUNTED'), await total('DENOMINATOR')];
        expect([computed_key, a.periodStart, a.value]).toEqual([computed_key, a.periodStart, Math.round((counted * 1000) / all) / 10]);
        if (a.value > 0) nonZero++;
      }
    }
    expect(nonZero).toBeGreaterThan(0);
  });
});
