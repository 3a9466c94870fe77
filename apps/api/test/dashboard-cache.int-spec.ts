import { insertCalendarEvent } from './support/calendar-fixtures';
import { DashboardCacheService } from '../src/modules/dashboard/dashboard-cache.service';
import { idOf, startTestApp, TestApp } from './support/test-app';

const Q = `query($input: DashboardInput) { dashboard(input: $input) { kind subjectId title teachers
  mentoring { inMentoring mentors mentees coverageShare pairs pairsActive } internships { cohorts interns completed }
  events { events participants visits } months { month events participants visits internshipsCompleted }
  deficits { level rows { id name assessed } cells { rowId competenceId assessed deficits proficits deficitShare proficitShare meanScore } } } }`;

/**
 * The dashboards' cache (common/database/dashboard-cache.ts) never changes a number: after every kind of write to
 * every table a dashboard reads, the dashboard served (from the cache or recomputed) equals the live rule computed
 * with the cache emptied — for a municipality, a region and a network, with their heatmaps.
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
    await t.db.query('DELETE FROM dashboard_cache');
    return { served, live: await all() };
  };

  it('serves a repeated dashboard from the cache (one statement per part either way)', async () => {
    await all();
    const before = (await t.db.query('SELECT key, computed_at FROM dashboard_cache ORDER BY key')) as { key: string; computed_at: Date }[];
    expect(before.length).toBeGreaterThanOrEqual(6);
    t.counter.reset();
    await all();
    const warm = t.counter.statements;
    expect(await t.db.query('SELECT key, computed_at FROM dashboard_cache ORDER BY key')).toEqual(before);
    await t.db.query('DELETE FROM dashboard_cache');
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

  it('forgets the parts that can never serve again when it stores one', async () => {
    await all();
    await t.db.query(`UPDATE event SET title = title WHERE title = 'Семинар для кэша'`);
    await all();
    const stale = (await t.db.query(
      `SELECT count(*)::int AS n FROM dashboard_cache c WHERE EXISTS (SELECT 1 FROM dashboard_fact_change f
         WHERE f.xid >= pg_snapshot_xmin(c.snapshot::pg_snapshot)::text::bigint AND NOT pg_visible_in_snapshot(f.xid::text::xid8, c.snapshot::pg_snapshot))`,
    )) as { n: number }[];
    expect(stale[0]!.n).toBe(0);
  });

  it('is pruned at night without anyone reading a dashboard (the notes of every writing transaction do not pile up)', async () => {
    for (let i = 0; i < 5; i++) await t.db.query(`UPDATE event SET title = title WHERE title = 'Семинар для кэша'`);
    expect(((await t.db.query('SELECT count(*)::int AS n FROM dashboard_fact_change')) as { n: number }[])[0]!.n).toBeGreaterThanOrEqual(5);
    expect(await t.app.get(DashboardCacheService).prune()).toBeLessThanOrEqual(1);
    const { served, live } = await servedAndLive();
    expect(served).toEqual(live);
  });
});
