import { insertCalendarEvent } from './support/calendar-fixtures';
import { Permission } from '../src/common/auth/permissions';
import { DashboardCacheService } from '../src/modules/dashboard/dashboard-cache.service';
import { dashboardPeriod } from '../src/modules/dashboard/dashboard-period';
import type { DashboardRepository as Repo, DashboardSubjectRef } from '../src/modules/dashboard/dashboard.repository';
import type { DashboardSubjectKind as Kind } from '../src/modules/dashboard/dto/dashboard.object';
import { until } from './support/api-process';
import { actorOf } from './support/job-actor';
import { idOf, startTestApp, TestApp } from './support/test-app';

const Q = `query($input: DashboardInput) { dashboard(input: $input) { kind subjectId title teachers
  mentoring { inMentoring mentors mentees coverageShare pairs pairsActive } internships { cohorts interns completed }
  events { events participants visits } months { month events participants visits internshipsCompleted }
  deficits { level rows { id name assessed } cells { rowId competenceId assessed deficits proficits deficitShare proficitShare meanScore } } } }`;

/**
 * The dashboards' cache (common/database/dashboard-cache.ts) never changes a number: after every kind of write to
 * every table a dashboard reads, the dashboard served (from the cache or recomputed) equals the live rule computed
 * with the cache emptied — for a municipality, a region and a network, with their heatmaps. And the counts summed
 * from stored parts (dashboard-summary.sql.ts) equal the live rule's statement (`summaryLive`) for those and the
 * whole platform, after every write too.
 */
describe('dashboard cache', () => {
  let t: TestApp;
  let methodist: string;
  let coordinator: string;
  let network: string;
  let podp: string;
  let school: string;

  beforeAll(async () => {
    t = await startTestApp();
    [methodist, coordinator] = [await t.login('methodist.podporozhye'), await t.login('coordinator.lo')];
    network = ((await t.db.query(`SELECT id FROM network WHERE external_id = 'demo:network:podporozhye-shkola-shkole'`)) as { id: string }[])[0]!.id;
    podp = ((await t.db.query(`SELECT id FROM municipality WHERE name = 'Подпорожский муниципальный район'`)) as { id: string }[])[0]!.id;
    school = await idOf(t.db, 'organization', 'demo:org:47-podp-sosh-1');
  });
  afterAll(() => t.close());

  /** The counts of each view (and the platform's) from the stored parts, then by the live rule's one statement. */
  const partsAndLiveRule = async () => {
    // Loaded once the app is up (the GraphQL types of the dashboard module load in the app's order).
    const { DashboardRepository } = (await import('../src/modules/dashboard/dashboard.repository')) as { DashboardRepository: typeof Repo };
    const repo = t.app.get(DashboardRepository);
    const kind = (k: keyof typeof Kind) => k as Kind;
    const coordinatorRegion = ((await t.db.query(`SELECT region_id FROM role_grant g JOIN account a ON a.id = g.account_id WHERE a.login = 'coordinator.lo' AND region_id IS NOT NULL`)) as { region_id: string }[])[0]!.region_id;
    const today = new Date().toISOString().slice(0, 10);
    const subjects: [string, DashboardSubjectRef, number | null][] = [
      ['methodist.podporozhye', { kind: kind('MUNICIPALITY'), id: podp }, 2022],
      ['coordinator.lo', { kind: kind('REGION'), id: coordinatorRegion }, 2025],
      ['methodist.podporozhye', { kind: kind('NETWORK'), id: network }, null],
      ['admin', { kind: kind('PLATFORM'), id: null }, 2022],
    ];
    const parts: unknown[] = [];
    const live: unknown[] = [];
    for (const [login, subject, year] of subjects) {
      const { scope } = await actorOf(t.db, login, Permission.DASHBOARD_READ);
      const period = dashboardPeriod(year, today);
      parts.push(await repo.summary(t.db.manager, scope, subject, period.from, period.to));
      live.push(await repo.summaryLive(t.db.manager, scope, subject, period.from, period.to));
    }
    return { parts, live };
  };

  const views: [string, () => string, Record<string, unknown>][] = [
    ['municipality', () => methodist, { schoolYear: 2022 }],
    ['region', () => coordinator, { schoolYear: 2025 }],
    ['network', () => methodist, {}],
  ];
  const all = async () => {
    const out: unknown[] = [];
    for (const [, token, input] of views) {
      const r = await t.gql<{ dashboard: unknown }>(Q, { input: { ...input, ...(input === views[2]![2] ? { networkId: network } : {}) } }, token());
      expect(r.errors).toBeUndefined();
      out.push(r.data!.dashboard);
    }
    return out;
  };
  /** The dashboards as served now, then as the live rule computes them (the cache emptied first). */
  const servedAndLive = async () => {
    const served = await all();
    const rule = await partsAndLiveRule();
    expect(rule.parts).toEqual(rule.live);
    await t.db.query('DELETE FROM dashboard_cache');
    await t.db.query('DELETE FROM dashboard_org_part');
    return { served, live: await all() };
  };

  it('serves a repeated dashboard from the cache (one statement per part either way)', async () => {
    await all();
    const stored = () => t.db.query(`SELECT key, NULL AS organization_id, computed_at FROM dashboard_cache
      UNION ALL SELECT key, organization_id, computed_at FROM dashboard_org_part ORDER BY 1, 2`) as Promise<unknown[]>;
    const before = await stored();
    // The three views' counts (per-person and per-thing sums) and heatmaps, and the parts of every organisation of the
    // region (some without results) and of every event.
    expect((await t.db.query('SELECT count(*)::int AS n FROM dashboard_cache'))[0].n).toBe(9);
    expect((await t.db.query('SELECT count(DISTINCT organization_id)::int AS n FROM dashboard_org_part'))[0].n).toBeGreaterThan(10);
    t.counter.reset();
    await all();
    const warm = t.counter.statements;
    expect(await stored()).toEqual(before);
    await t.db.query('DELETE FROM dashboard_cache');
    await t.db.query('DELETE FROM dashboard_org_part');
    t.counter.reset();
    await all();
    expect(t.counter.statements).toBe(warm);
  });

  const writes: [string, () => Promise<unknown>][] = [
    ['event attendance added', async () => {
      const e = await insertCalendarEvent(t.db, { title: 'Семинар для кэша', organizationId: school, startsOn: '2022-10-05' });
      await t.db.query(`INSERT INTO event_attendance (event_id, occurrence_date, person_id) SELECT $1, '2022-10-05', person_id FROM position WHERE organization_id = $2`, [e, school]);
    }],
    ['event archived', () => t.db.query(`UPDATE event SET archived_at = now() WHERE title = 'Семинар для кэша'`)],
    ['event restored', () => t.db.query(`UPDATE event SET archived_at = NULL WHERE title = 'Семинар для кэша'`)],
    ['attendance deleted', () => t.db.query(`DELETE FROM event_attendance WHERE ctid IN (SELECT a.ctid FROM event_attendance a JOIN event e ON e.id = a.event_id WHERE e.title = 'Семинар для кэша' LIMIT 1)`)],
    ['mentorship stopped', () => t.db.query(`UPDATE mentorship SET status = 'COMPLETED' WHERE id = (SELECT m.id FROM mentorship m WHERE m.status = 'ACTIVE' ORDER BY m.id LIMIT 1)`)],
    ['mentorship participant removed', () => t.db.query(`DELETE FROM mentorship_participant WHERE ctid = (SELECT ctid FROM mentorship_participant ORDER BY mentorship_id, person_id LIMIT 1)`)],
    ['programme archived', () => t.db.query(`UPDATE mentoring_program SET archived_at = now() WHERE external_id = 'demo:mentoring:podporozhye-leader-to-leader'`)],
    ['result changed (the current results follow)', () => t.db.query(`UPDATE competence_result SET score = 1, level = 'DEFICIT' WHERE id IN (SELECT result_id FROM competence_result_current ORDER BY person_id, code LIMIT 3)`)],
    ['campaign archived', () => t.db.query(`UPDATE diagnostic_campaign SET archived_at = now() WHERE id = (SELECT campaign_id FROM competence_result_current ORDER BY person_id, code LIMIT 1)`)],
    ['participant placed elsewhere', () => t.db.query(`UPDATE diagnostic_participant SET organization_id = $1 WHERE ctid = (SELECT ctid FROM diagnostic_participant ORDER BY person_id LIMIT 1)`, [school])],
    ['position moved to another municipality', () => t.db.query(`UPDATE position SET organization_id = (SELECT o.id FROM organization o WHERE o.municipality_id <> $1 ORDER BY o.id LIMIT 1) WHERE id = (SELECT p.id FROM position p WHERE p.organization_id = $2 ORDER BY p.id LIMIT 1)`, [podp, school])],
    ['person archived', () => t.db.query(`UPDATE person SET archived_at = now() WHERE id = (SELECT p.person_id FROM position p WHERE p.organization_id = $1 ORDER BY p.id LIMIT 1)`, [school])],
    ['internship completion moved', () => t.db.query(`UPDATE internship_completion SET completed_on = DATE '2022-11-10'`)],
    ['network membership withdrawn', () => t.db.query(`UPDATE network_member SET status = 'DECLINED' WHERE ctid = (SELECT ctid FROM network_member WHERE network_id = $1 AND status = 'ACCEPTED' ORDER BY organization_id LIMIT 1)`, [network])],
    ['a second position at another organisation (she counts in both, once)', () =>
      t.db.query(
        `INSERT INTO position (person_id, organization_id, kind, is_main)
         SELECT p.person_id, (SELECT o.id FROM organization o WHERE o.municipality_id = $1 AND o.id <> $2 ORDER BY o.id LIMIT 1), 'TEACHER', false
           FROM position p WHERE p.organization_id = $2 AND p.person_id IN (SELECT person_id FROM event_attendance UNION SELECT person_id FROM mentorship_participant)
          ORDER BY p.person_id LIMIT 2 ON CONFLICT DO NOTHING`,
        [podp, school],
      )],
    ['person restored', () => t.db.query(`UPDATE person SET archived_at = NULL WHERE archived_at IS NOT NULL`)],
    ['mentorship added with participants', async () => {
      const [m] = (await t.db.query(
        `INSERT INTO mentorship (program_id, form, starts_on, status, goals)
         SELECT m.program_id, m.form, DATE '2022-10-01', 'ACTIVE', 'для кэша' FROM mentorship m ORDER BY m.id LIMIT 1 RETURNING id`,
      )) as { id: string }[];
      await t.db.query(
        `INSERT INTO mentorship_participant (mentorship_id, person_id, side)
         SELECT $1, p.person_id, (CASE WHEN row_number() OVER (ORDER BY p.person_id) = 1 THEN 'MENTOR' ELSE 'MENTEE' END)::mentorship_side
           FROM (SELECT DISTINCT person_id FROM position WHERE organization_id = $2 ORDER BY person_id LIMIT 2) p`,
        [m!.id, school],
      );
    }],
    ['mentorship dates changed', () => t.db.query(`UPDATE mentorship SET starts_on = DATE '2023-09-01' WHERE goals = 'для кэша'`)],
    ['programme restored', () => t.db.query(`UPDATE mentoring_program SET archived_at = NULL WHERE external_id = 'demo:mentoring:podporozhye-leader-to-leader'`)],
    ['internship application approved or withdrawn', () =>
      t.db.query(`UPDATE internship_application SET status = (CASE WHEN status = 'APPROVED' THEN 'WITHDRAWN' ELSE 'APPROVED' END)::internship_application_status, waitlist_seq = NULL
                   WHERE id = (SELECT id FROM internship_application WHERE status IN ('APPROVED', 'SUBMITTED') ORDER BY id LIMIT 1)`)],
    ['internship cohort archived', () => t.db.query(`UPDATE internship_cohort SET archived_at = now() WHERE id = (SELECT cohort_id FROM internship_application ORDER BY id LIMIT 1)`)],
    ['internship cohort moved in time', () => t.db.query(`UPDATE internship_cohort SET archived_at = NULL, starts_on = DATE '2022-09-05' WHERE archived_at IS NOT NULL AND ends_on >= DATE '2022-09-05'`)],
    ['route step done (the dashboard does not read routes)', () =>
      t.db.query(`UPDATE learning_route_step SET status = 'DONE', completed_on = DATE '2022-11-01' WHERE id = (SELECT id FROM learning_route_step ORDER BY id LIMIT 1)`)],
    ['attendance moved to another person', () =>
      t.db.query(`UPDATE event_attendance SET person_id = (SELECT person_id FROM position WHERE organization_id = $1 ORDER BY person_id DESC LIMIT 1)
                   WHERE id = (SELECT a.id FROM event_attendance a WHERE NOT EXISTS (SELECT 1 FROM event_attendance b WHERE b.event_id = a.event_id AND b.occurrence_date = a.occurrence_date
                     AND b.person_id = (SELECT person_id FROM position WHERE organization_id = $1 ORDER BY person_id DESC LIMIT 1)) ORDER BY a.id LIMIT 1)`, [school])],
    ['position ended and removed', () => t.db.query(`DELETE FROM position WHERE id = (SELECT id FROM position WHERE is_main = false ORDER BY id LIMIT 1)`)],
    ['organisation moved to another municipality', () => t.db.query(`UPDATE organization SET municipality_id = (SELECT id FROM municipality WHERE id <> $1 ORDER BY id LIMIT 1) WHERE id = $2`, [podp, school])],
  ];

  it.each(writes)('after a write (%s) serves exactly what the live rule computes', async (_name, write) => {
    const before = await all();
    await write();
    const { served, live } = await servedAndLive();
    expect(served).toEqual(live);
    expect(before).toBeDefined();
  });

  it('changes the numbers when the facts change (the comparisons above are not vacuous)', async () => {
    const before = await all();
    const e = await insertCalendarEvent(t.db, { title: 'Ещё семинар для кэша', organizationId: school, startsOn: '2022-12-01' });
    await t.db.query(`INSERT INTO event_attendance (event_id, occurrence_date, person_id) SELECT $1, '2022-12-01', person_id FROM position p JOIN organization o ON o.id = p.organization_id WHERE o.municipality_id = $2`, [e, podp]);
    const after = await all();
    expect(after[0]).not.toEqual(before[0]);
    const { served, live } = await servedAndLive();
    expect(served).toEqual(live);
  });

  it('never keeps a part computed while a writing transaction was still running, once it commits', async () => {
    await all();
    const q = t.db.createQueryRunner();
    await q.connect();
    try {
      await q.startTransaction();
      const e = await insertCalendarEvent(t.db, { title: 'Семинар в открытой транзакции', organizationId: school, startsOn: '2022-12-02' });
      await q.query(`INSERT INTO event_attendance (event_id, occurrence_date, person_id) SELECT $1, '2022-12-02', person_id FROM position p JOIN organization o ON o.id = p.organization_id WHERE o.municipality_id = $2`, [e, podp]);
      // Computed and stored while the attendance is written but not committed: the part cannot see it.
      const during = await all();
      await q.commitTransaction();
      const { served, live } = await servedAndLive();
      expect(served).toEqual(live);
      expect(served[0]).not.toEqual(during[0]);
    } finally {
      await q.release();
    }
  });

  /** The campaign a write above archived (picked by random ids) may hold most results: bring them back. */
  const campaignsBack = () => t.db.query(`UPDATE diagnostic_campaign SET archived_at = NULL WHERE archived_at IS NOT NULL`);

  it('after a small write recomputes only the heatmap parts of the organisations its people are placed at', async () => {
    await campaignsBack();
    await all();
    const parts = async () =>
      new Map(((await t.db.query(`SELECT key || organization_id AS k, computed_at FROM dashboard_org_part WHERE organization_id IN (SELECT id FROM organization)`)) as { k: string; computed_at: Date }[]).map((r) => [r.k, r.computed_at.getTime()]));
    const before = await parts();
    const [victim] = (await t.db.query(
      `SELECT c.result_id, c.person_id FROM competence_result_current c JOIN position p ON p.person_id = c.person_id
        WHERE p.organization_id IN (SELECT organization_id FROM dashboard_org_part) ORDER BY c.person_id, c.code LIMIT 1`,
    )) as { result_id: string; person_id: string }[];
    await t.db.query(`UPDATE competence_result SET score = 2, level = 'DEFICIT' WHERE id = $1`, [victim!.result_id]);
    await all();
    const after = await parts();
    const places = (await t.db.query(
      `SELECT organization_id FROM position WHERE person_id = $1 UNION SELECT organization_id FROM diagnostic_participant WHERE person_id = $1`,
      [victim!.person_id],
    )) as { organization_id: string }[];
    const recomputed = [...after].filter(([k, at]) => before.has(k) && before.get(k) !== at).map(([k]) => k.slice(64));
    expect(recomputed.length).toBeGreaterThan(0);
    expect(new Set(recomputed).size).toBeLessThanOrEqual(places.length);
    expect(new Set([...after.keys()].map((k) => k.slice(64))).size).toBeGreaterThan(new Set(recomputed).size);
    for (const org of recomputed) expect(places.map((p) => p.organization_id)).toContain(org);
    const { served, live } = await servedAndLive();
    expect(served).toEqual(live);
  });

  it('after one attendance recomputes only the parts of her organisations and of the events she attends, in as many statements', async () => {
    await campaignsBack();
    await all();
    t.counter.reset();
    await all();
    const warm = t.counter.statements;
    const parts = async () =>
      new Map(((await t.db.query(`SELECT key || organization_id AS k, computed_at FROM dashboard_org_part`)) as { k: string; computed_at: Date }[]).map((r) => [r.k, r.computed_at.getTime()]));
    const before = await parts();
    const [victim] = (await t.db.query(
      `SELECT a.person_id, a.event_id FROM event_attendance a JOIN position p ON p.person_id = a.person_id JOIN organization o ON o.id = p.organization_id
        WHERE o.municipality_id = $1 ORDER BY a.id LIMIT 1`,
      [podp],
    )) as { person_id: string; event_id: string }[];
    await t.db.query(`INSERT INTO event_attendance (event_id, occurrence_date, person_id) VALUES ($1, '2022-10-21', $2) ON CONFLICT DO NOTHING`, [victim!.event_id, victim!.person_id]);
    t.counter.reset();
    await all();
    expect(t.counter.statements).toBe(warm);
    const after = await parts();
    const reach = ((await t.db.query(
      `SELECT organization_id AS id FROM position WHERE person_id = $1 UNION SELECT organization_id FROM diagnostic_participant WHERE person_id = $1
       UNION SELECT event_id FROM event_attendance WHERE person_id = $1 UNION SELECT mentorship_id FROM mentorship_participant WHERE person_id = $1
       UNION SELECT cohort_id FROM internship_application WHERE person_id = $1`,
      [victim!.person_id],
    )) as { id: string }[]).map((r) => r.id);
    const recomputed = [...after].filter(([k, at]) => before.has(k) && before.get(k) !== at).map(([k]) => k.slice(64));
    expect(recomputed).toContain(victim!.event_id);
    for (const id of recomputed) expect(reach).toContain(id);
    expect(after.size).toBeGreaterThan(recomputed.length * 5);
    const { served, live } = await servedAndLive();
    expect(served).toEqual(live);
  });

  it('after a pair\'s change and then a move recomputes the events\' parts of the mover only (they do not read mentorships)', async () => {
    await campaignsBack();
    const [pair] = (await t.db.query(
      `SELECT m.id, a.person_id AS mover, b.person_id AS other, (SELECT p.id FROM position p WHERE p.person_id = a.person_id ORDER BY p.id LIMIT 1) AS position_id
         FROM mentorship m JOIN mentorship_participant a ON a.mentorship_id = m.id JOIN mentorship_participant b ON b.mentorship_id = m.id AND b.person_id <> a.person_id
        WHERE m.status IN ('ACTIVE', 'COMPLETED') AND EXISTS (SELECT 1 FROM position p WHERE p.person_id = a.person_id) ORDER BY m.id, a.person_id, b.person_id LIMIT 1`,
    )) as { id: string; mover: string; other: string; position_id: string }[];
    // The mover's partner attends an event the mover does not: its part holds the partner only.
    const e = await insertCalendarEvent(t.db, { title: 'Семинар партнёра по паре', organizationId: school, startsOn: '2022-10-06' });
    await t.db.query(`INSERT INTO event_attendance (event_id, occurrence_date, person_id) VALUES ($1, '2022-10-06', $2)`, [e, pair!.other]);
    await all();
    const parts = async () =>
      new Map(((await t.db.query(`SELECT key || organization_id AS k, computed_at FROM dashboard_org_part`)) as { k: string; computed_at: Date }[]).map((r) => [r.k, r.computed_at.getTime()]));
    const stored = await parts();
    expect([...stored.keys()].some((k) => k.endsWith(e))).toBe(true);
    await t.db.query(`UPDATE mentorship SET status = (CASE WHEN status = 'ACTIVE' THEN 'COMPLETED' ELSE 'ACTIVE' END)::mentorship_status WHERE id = $1`, [pair!.id]);
    await all();
    const afterPair = await parts();
    await t.db.query(`UPDATE position SET organization_id = (SELECT o.id FROM organization o WHERE o.municipality_id = $1 AND o.id <> $2 ORDER BY o.id LIMIT 1) WHERE id = $3`, [podp, school, pair!.position_id]);
    await all();
    const afterMove = await parts();
    const events = new Set(((await t.db.query(`SELECT id FROM event`)) as { id: string }[]).map((r) => r.id));
    const hers = ((await t.db.query(`SELECT DISTINCT event_id AS id FROM event_attendance WHERE person_id = $1`, [pair!.mover])) as { id: string }[]).map((r) => r.id);
    const recomputed = [...afterMove].filter(([k, at]) => afterPair.has(k) && afterPair.get(k) !== at).map(([k]) => k.slice(64)).filter((id) => events.has(id));
    expect(recomputed).not.toContain(e);
    for (const id of recomputed) expect(hers).toContain(id);
    const { served, live } = await servedAndLive();
    expect(served).toEqual(live);
  });

  it('a methodist\'s network heatmap counts only his organisations, whoever stored the parts of the others', async () => {
    await campaignsBack();
    await all(); // the coordinator's region stores the parts of every organisation of the region
    const r = await t.gql<{ dashboard: { deficits: { rows: { id: string }[] } } }>(Q, { input: { networkId: network } }, methodist);
    expect(r.errors).toBeUndefined();
    const rows = r.data!.dashboard.deficits.rows.map((x) => x.id);
    expect(rows.length).toBeGreaterThan(0);
    const outside = (await t.db.query(`SELECT id FROM organization WHERE id = ANY($1::uuid[]) AND municipality_id <> $2`, [rows, podp])) as unknown[];
    expect(outside).toEqual([]);
  });

  it('after concurrent writes (a person moving while her results change, and more) serves exactly what the live rule computes', async () => {
    await campaignsBack();
    await all();
    const people = (await t.db.query(
      `SELECT DISTINCT ON (c.person_id) c.person_id, c.result_id, p.id AS position_id FROM competence_result_current c JOIN position p ON p.person_id = c.person_id
        ORDER BY c.person_id, c.code LIMIT 3`,
    )) as { person_id: string; result_id: string; position_id: string }[];
    expect(people).toHaveLength(3);
    // Per person, two organisations where she holds no position: a move there cannot meet uq_position (person,
    // organisation, kind), whichever people the seed's ids put first.
    const targets = await Promise.all(
      people.map(async (p) =>
        ((await t.db.query(
          `SELECT o.id FROM organization o WHERE NOT EXISTS (SELECT 1 FROM position q WHERE q.person_id = $1 AND q.organization_id = o.id) ORDER BY o.id LIMIT 2`,
          [p.person_id],
        )) as { id: string }[]).map((o) => o.id),
      ),
    );
    expect(targets.every((x) => x.length === 2)).toBe(true);
    const runners = await Promise.all(people.map(async () => { const q = t.db.createQueryRunner(); await q.connect(); return q; }));
    const movers = await Promise.all(people.map(async () => { const q = t.db.createQueryRunner(); await q.connect(); return q; }));
    try {
      // Each person: one transaction changes her result, another moves her main workplace, both open at once.
      for (const [i, p] of people.entries()) {
        await runners[i]!.startTransaction();
        await runners[i]!.query(`UPDATE competence_result SET score = $2, level = 'DEFICIT' WHERE id = $1`, [p.result_id, 3 + i]);
        await movers[i]!.startTransaction();
        await movers[i]!.query(`UPDATE position SET organization_id = $2 WHERE id = $1`, [p.position_id, targets[i]![0]]);
      }
      // Dashboards read (and parts stored) while they are open, between commits in both orders, and at the end.
      await all();
      for (const [i] of people.entries()) {
        const [first, second] = i % 2 ? [runners[i]!, movers[i]!] : [movers[i]!, runners[i]!];
        await Promise.all([first.commitTransaction(), all()]);
        await Promise.all([second.commitTransaction(), all()]);
      }
      await Promise.all([all(), all()]);
      const { served, live } = await servedAndLive();
      expect(served).toEqual(live);
      // And writes racing one another and the dashboards, then the dashboards once more.
      await Promise.all([
        ...people.map((p, i) => t.db.query(`UPDATE competence_result SET score = $2, level = 'NORM' WHERE id = $1`, [p.result_id, 60 + i])),
        ...people.map((p, i) => t.db.query(`UPDATE position SET organization_id = $2 WHERE id = $1`, [p.position_id, targets[i]![1]])),
        t.db.query(`UPDATE diagnostic_participant SET organization_id = $1 WHERE ctid = (SELECT ctid FROM diagnostic_participant ORDER BY person_id DESC LIMIT 1)`, [school]),
        all(),
        all(),
      ]);
      const again = await servedAndLive();
      expect(again.served).toEqual(again.live);
    } finally {
      for (const q of [...runners, ...movers]) {
        if (q.isTransactionActive) await q.rollbackTransaction();
        await q.release();
      }
    }
  });

  it('forgets the parts that can never serve again when it stores one', async () => {
    await all();
    await t.db.query(`UPDATE event SET title = title WHERE title = 'Семинар для кэша'`);
    await all();
    // The heatmaps do not read events: their parts still serve (a part is kept with the tables it reads).
    expect(((await t.db.query(`SELECT count(*)::int AS n FROM dashboard_cache WHERE NOT 'event' = ANY(tables)`)) as { n: number }[])[0]!.n).toBe(3);
    const stale = (await t.db.query(
      `SELECT count(*)::int AS n FROM dashboard_cache c WHERE EXISTS (SELECT 1 FROM dashboard_fact_change f
         WHERE f.table_name = ANY(c.tables) AND f.xid >= pg_snapshot_xmin(c.snapshot::pg_snapshot)::text::bigint AND NOT pg_visible_in_snapshot(f.xid::text::xid8, c.snapshot::pg_snapshot))`,
    )) as { n: number }[];
    expect(stale[0]!.n).toBe(0);
  });

  it('is pruned at night without anyone reading a dashboard (the notes of every writing transaction do not pile up)', async () => {
    for (let i = 0; i < 5; i++) await t.db.query(`UPDATE event SET title = title WHERE title = 'Семинар для кэша'`);
    expect(((await t.db.query('SELECT count(*)::int AS n FROM dashboard_fact_change')) as { n: number }[])[0]!.n).toBeGreaterThanOrEqual(5);
    // A statement running on this database keeps the notes its snapshot may need (a background worker's poll that
    // began before the writes, on a busy machine): the notes go once no such statement is left, so wait for that.
    const prune = t.app.get(DashboardCacheService);
    const left = await until('the notes pruned', async () => {
      const n = await prune.prune();
      return n <= 1 ? n : undefined;
    }, 300_000);
    expect(left).toBeLessThanOrEqual(1);
    const { served, live } = await servedAndLive();
    expect(served).toEqual(live);
  });
});
