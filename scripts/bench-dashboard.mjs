// The region dashboard section of `npm run bench` (DASHBOARD): about 1,000,000 facts over the generated region's
// people — diagnostic results, event attendance, mentorships — then the `dashboard` query of the region through
// GraphQL (p50/p95) beside its SQL floor (the very statements of one request, with their parameters, replayed
// one after another on a plain connection) and its statement count. Target: 300 ms at p95. The counts and the heatmap
// are cached until a fact they read changes (common/database/dashboard-cache.ts) and summed from stored parts
// (dashboard-partials.ts): the timed requests are served from the cache; the cold row is the same request with the
// cache and the parts emptied first; the rows «after …» make one real small write of each kind before each request.
import { performance } from 'node:perf_hooks';

export const DASHBOARD_TARGET_P95_MS = 300;
const SCHOOL_YEAR = 2025;

export const DASHBOARD_QUERY = `query Dash($input: DashboardInput) { dashboard(input: $input) {
  kind title periodLabel teachers
  indicators { id name status latest { value } latestTarget { value } }
  mentoring { inMentoring mentors mentees coverageShare pairs pairsActive }
  internships { cohorts interns completed } events { events participants visits }
  months { month events participants visits internshipsCompleted }
  deficits { level rows { id name assessed } cells { rowId competenceId assessed deficitShare } }
} }`;

/** Facts over the bench people (external ids `bench-person-*`), set-based. Returns the counts. */
export async function generateDashboardFacts(sql, log) {
  let t = performance.now();
  const people = (await sql.query(`SELECT count(*)::int AS n FROM person WHERE external_id LIKE 'bench-person-%'`)).rows[0].n;
  // Diagnostic results: a campaign like the demo one (same instrument, so the same competences), every other person.
  const demo = (await sql.query(`SELECT id FROM diagnostic_campaign WHERE external_id = 'demo:campaign:podporozhye-deficits-2023'`)).rows[0];
  if (!demo) throw new Error('the demo campaign of Podporozhye is missing');
  const campaign = (
    await sql.query(
      `INSERT INTO diagnostic_campaign (name, instrument_id, mode, combine_rule, self_weight, scope_kind, municipality_id, opens_on, closes_on, status)
       SELECT 'Бенч-кампания', c.instrument_id, c.mode, c.combine_rule, c.self_weight, 'MUNICIPALITY',
              (SELECT id FROM municipality WHERE name = 'Бенч-муниципалитет 01'), '2025-10-01', '2025-12-20', c.status
         FROM diagnostic_campaign c WHERE c.id = $1 RETURNING id`,
      [demo.id],
    )
  ).rows[0].id;
  const results = await sql.query(
    `WITH comp AS (SELECT DISTINCT competence_id FROM competence_result WHERE campaign_id = $2),
          p AS (SELECT id, split_part(external_id, '-', 3)::int AS n FROM person WHERE external_id LIKE 'bench-person-%')
     INSERT INTO competence_result (campaign_id, person_id, competence_id, source, score, level, measured_on)
     SELECT $1, p.id, comp.competence_id, 'SELF', s.score,
            (CASE WHEN s.score < 50 THEN 'DEFICIT' WHEN s.score > 85 THEN 'PROFICIT' ELSE 'NORM' END)::competence_level, '2025-12-01'
       FROM p CROSS JOIN comp
       CROSS JOIN LATERAL (SELECT (abs(hashtext(p.id::text || comp.competence_id::text)) % 101)::numeric AS score) s
      WHERE p.n % 2 = 0`,
    [campaign, demo.id],
  );
  log(`  ${results.rowCount.toLocaleString('en-US')} diagnostic results (${Math.round(performance.now() - t)} ms)`);

  // Events: one per bench organisation, held during the school year; each person attends 10 of them.
  t = performance.now();
  await sql.query(
    `INSERT INTO event (title, kind, organization_id, timing, starts_on, ends_on, span_ends_on, status, competence_ids)
     SELECT format('Бенч-семинар %s', o.n), 'SEMINAR', o.id, 'DATE', d, d, d, 'HELD', '{}'
       FROM (SELECT id, split_part(external_id, '-', 3)::int AS n FROM organization WHERE external_id LIKE 'bench-org-%') o
       CROSS JOIN LATERAL (SELECT DATE '${SCHOOL_YEAR}-09-15' + (o.n * 7 % 300) AS d) x`,
  );
  const attendance = await sql.query(
    `WITH e AS (SELECT array_agg(id ORDER BY title) AS ids FROM event WHERE title LIKE 'Бенч-семинар %'),
          p AS (SELECT id, split_part(external_id, '-', 3)::int AS n FROM person WHERE external_id LIKE 'bench-person-%'),
          pick AS (SELECT DISTINCT p.id AS person_id, e.ids[1 + (p.n + k * 37) % cardinality(e.ids)] AS event_id FROM p, e, generate_series(1, 10) k)
     INSERT INTO event_attendance (event_id, occurrence_date, person_id)
     SELECT pick.event_id, ev.starts_on, pick.person_id FROM pick JOIN event ev ON ev.id = pick.event_id`,
  );
  log(`  ${attendance.rowCount.toLocaleString('en-US')} attendance rows at ${(await sql.query(`SELECT count(*)::int AS n FROM event WHERE title LIKE 'Бенч-семинар %'`)).rows[0].n} events (${Math.round(performance.now() - t)} ms)`);

  // Mentorships: pairs of people of the region in one programme (a sixth of the people in each side).
  t = performance.now();
  const program = (
    await sql.query(
      `INSERT INTO mentoring_program (name, model, forms, organization_id, starts_on)
       SELECT 'Бенч-программа наставничества', 'TEACHER_TO_TEACHER', '{TRADITIONAL}', id, '2024-09-01' FROM organization WHERE external_id = 'bench-org-00001' RETURNING id`,
    )
  ).rows[0].id;
  const pairs = Math.floor(people / 6);
  await sql.query(
    `INSERT INTO mentorship (program_id, form, starts_on, status, goals)
     SELECT $1, 'TRADITIONAL', DATE '2025-09-01' + (i % 90), (CASE WHEN i % 5 = 0 THEN 'COMPLETED' ELSE 'ACTIVE' END)::mentorship_status, format('bench-%s', i)
       FROM generate_series(1, $2) i`,
    [program, pairs],
  );
  const participants = await sql.query(
    `WITH m AS (SELECT id, split_part(goals, '-', 2)::int AS i FROM mentorship WHERE program_id = $1),
          p AS (SELECT id, split_part(external_id, '-', 3)::int AS n FROM person WHERE external_id LIKE 'bench-person-%')
     INSERT INTO mentorship_participant (mentorship_id, person_id, side)
     SELECT m.id, p.id, 'MENTOR'::mentorship_side FROM m JOIN p ON p.n = m.i
     UNION ALL
     SELECT m.id, p.id, 'MENTEE'::mentorship_side FROM m JOIN p ON p.n = m.i + $2`,
    [program, pairs],
  );
  await sql.query('ANALYZE');
  log(`  ${pairs.toLocaleString('en-US')} mentorships, ${participants.rowCount.toLocaleString('en-US')} participants + ANALYZE (${Math.round(performance.now() - t)} ms)`);
  return { results: results.rowCount, attendance: attendance.rowCount, mentorships: pairs, participants: participants.rowCount };
}

const fmtMs = (ms) => ms.toFixed(1).padStart(9);
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: pct(s, 50), p95: pct(s, 95), n: s.length };
};

/**
 * Times the region dashboard: GraphQL requests, then its SQL floor. `capture` gives the statements (with parameters)
 * the app sent during one request (the session check and its bookkeeping included, as the request pays them).
 */
export async function benchDashboard({ api, sql, counter, regionCode, iterations, warmup, log }) {
  const region = (await sql.query('SELECT id, name FROM region WHERE code = $1', [regionCode])).rows[0];
  const input = { regionId: region.id, schoolYear: SCHOOL_YEAR };
  let t = performance.now();
  const first = (await api.gql(DASHBOARD_QUERY, { input })).dashboard;
  log(`dashboard: first request ${Math.round(performance.now() - t)} ms`);
  counter.reset();
  t = performance.now();
  await api.gql(DASHBOARD_QUERY, { input });
  const one = performance.now() - t;
  const statements = counter.statements;
  const captured = [...counter.capturedWithParams];
  // Where the time goes: each statement of the request, replayed once.
  for (const [q, params] of captured) {
    const s0 = performance.now();
    await sql.query(q, params ?? []);
    log(`  ${fmtMs(performance.now() - s0)} ms  ${q.replace(/\s+/g, ' ').trim().slice(0, 110)}`);
  }
  log(`dashboard: ${region.name}, ${first.periodLabel}: ${first.teachers.toLocaleString('en-US')} people, ${first.events.visits.toLocaleString('en-US')} visits, ${first.mentoring.pairs.toLocaleString('en-US')} pairs, heatmap ${first.deficits?.rows.length ?? 0} rows; ${statements} statements`);
  // Up to a quarter of BENCH_ITERATIONS, within about two minutes of requests (at least 5): a slow dashboard is
  // measured fewer times rather than not at all.
  const n = Math.max(5, Math.min(Math.round(iterations / 4), Math.floor(120_000 / Math.max(one, 1))));
  const w = one > 5_000 ? 1 : Math.max(3, Math.round(warmup / 4));
  log(`dashboard: GraphQL ${w} warm-up + ${n} timed requests…`);
  for (let i = 0; i < w; i++) await api.gql(DASHBOARD_QUERY, { input });
  const g = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await api.gql(DASHBOARD_QUERY, { input });
    g.push(performance.now() - t);
  }
  log(`dashboard: SQL floor, the ${captured.length} statements of one request replayed, ${w} warm-up + ${n} timed…`);
  const replay = async () => {
    for (const [q, params] of captured) await sql.query(q, params ?? []);
  };
  for (let i = 0; i < w; i++) await replay();
  const s = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await replay();
    s.push(performance.now() - t);
  }
  // The same request when nothing is cached (as after any write to a fact the dashboard reads): the live rule.
  const coldRuns = Math.max(3, Math.min(5, Math.floor(60_000 / Math.max(one, 1))));
  log(`dashboard: ${coldRuns} requests with the cache emptied before each…`);
  const c = [];
  for (let i = 0; i < coldRuns; i++) {
    await sql.query('DELETE FROM dashboard_cache');
    await sql.query('DELETE FROM dashboard_org_part');
    const t = performance.now();
    await api.gql(DASHBOARD_QUERY, { input });
    c.push(performance.now() - t);
  }
  // The same request right after a real small write (what a dashboard meets in use): one diagnostic result of one
  // person in one school changed, or one attendance added at one event, before each request.
  const writeRuns = Math.max(5, Math.min(20, Math.floor(60_000 / Math.max(one, 1))));
  const victims = (
    await sql.query(
      `SELECT r.result_id, (SELECT a.event_id FROM event_attendance a WHERE a.person_id = r.person_id LIMIT 1) AS event_id, r.person_id
         FROM competence_result_current r JOIN person p ON p.id = r.person_id WHERE p.external_id LIKE 'bench-person-%'
        ORDER BY r.person_id, r.code LIMIT $1`,
      [writeRuns],
    )
  ).rows;
  // BENCH_DASHBOARD_EXPLAIN=<dir>: after the first two writes of each kind, EXPLAIN ANALYZE of the request's statements
  // that read the dashboard's stored parts, in a transaction rolled back (so the request after it pays them as usual).
  const explainDir = process.env.BENCH_DASHBOARD_EXPLAIN;
  const explain = async (name) => {
    const { writeFileSync } = await import('node:fs');
    await sql.query('BEGIN');
    try {
      for (const [j, [q, params]] of captured.entries()) {
        if (!/dashboard_org_part|dashboard_cache/.test(q)) continue;
        const plan = (await sql.query(`EXPLAIN (ANALYZE, BUFFERS) ${q}`, params ?? [])).rows.map((r) => r['QUERY PLAN']).join('\n');
        writeFileSync(`${explainDir}/${name}-${j}.txt`, `${q}\n\n${plan}\n`);
        log(`  EXPLAIN ${name} #${j}: ${plan.match(/Execution Time: ([\d.]+)/)?.[1]} ms  ${q.replace(/\s+/g, ' ').trim().slice(0, 80)}`);
      }
    } finally {
      await sql.query('ROLLBACK');
    }
  };
  const afterWrite = async (label, write) => {
    const name = label.replace(/\W+/g, "-");
    log(`dashboard: ${writeRuns} requests each right after ${label}…`);
    const out = [];
    let stmts = 0;
    for (const [i, v] of victims.entries()) {
      await write(v, i);
      if (explainDir && i < 2) await explain(`${name}-${i}`);
      counter.reset();
      const t = performance.now();
      await api.gql(DASHBOARD_QUERY, { input });
      out.push(performance.now() - t);
      stmts = Math.max(stmts, counter.statements);
    }
    if (explainDir) log(`  ${name}: ${out.map((x) => Math.round(x)).join(" ")} ms`);
    return { ...stats(out), statements: stmts };
  };
  const others = (await sql.query(`SELECT id FROM organization WHERE external_id LIKE 'bench-org-%' ORDER BY external_id DESC LIMIT $1`, [writeRuns])).rows;
  const pairs = (await sql.query(`SELECT m.id FROM mentorship m JOIN mentorship_participant p ON p.mentorship_id = m.id WHERE p.person_id = ANY($1::uuid[]) UNION SELECT id FROM mentorship WHERE goals LIKE 'bench-%' LIMIT $2`, [victims.map((v) => v.person_id), writeRuns])).rows;
  const steps = (await sql.query(`SELECT id FROM learning_route_step ORDER BY id LIMIT $1`, [writeRuns])).rows;
  const after = {};
  after.result = await afterWrite('one diagnostic result changed in one school', (v, i) =>
    sql.query(`UPDATE competence_result SET score = $2::numeric, level = (CASE WHEN $2::numeric < 50 THEN 'DEFICIT' WHEN $2::numeric > 85 THEN 'PROFICIT' ELSE 'NORM' END)::competence_level WHERE id = $1`, [v.result_id, 30 + i]),
  );
  after.attendance = await afterWrite('one attendance added at one event', (v, i) =>
    sql.query(`INSERT INTO event_attendance (event_id, occurrence_date, person_id) SELECT e.id, e.starts_on + $3::int, $2 FROM event e WHERE e.id = $1 ON CONFLICT DO NOTHING`, [v.event_id, v.person_id, 1 + i]),
  );
  after.routeStep = await afterWrite('one route step marked done', (_v, i) =>
    steps.length ? sql.query(`UPDATE learning_route_step SET status = 'DONE', completed_on = DATE '2025-10-01' + $2::int WHERE id = $1`, [steps[i % steps.length].id, i]) : Promise.resolve(),
  );
  after.mentorship = await afterWrite('one mentorship completed or resumed', (_v, i) =>
    sql.query(`UPDATE mentorship SET status = (CASE WHEN status = 'ACTIVE' THEN 'COMPLETED' ELSE 'ACTIVE' END)::mentorship_status WHERE id = $1`, [pairs[i % pairs.length].id]),
  );
  after.moved = await afterWrite('one person moved to another organisation', (v, i) =>
    sql.query(`UPDATE position SET organization_id = $2 WHERE id = (SELECT id FROM position WHERE person_id = $1 ORDER BY id LIMIT 1)`, [v.person_id, others[i % others.length].id]),
  );
  after.archived = await afterWrite('one person archived', (v) => sql.query(`UPDATE person SET archived_at = now() WHERE id = $1`, [v.person_id]));
  return { region: region.name, gql: stats(g), floor: stats(s), cold: stats(c), after, statements, people: first.teachers };
}

/** The rows «after …» of the report: each kind of write the bench makes before a request. */
const AFTER_ROWS = [
  ['result', 'after one diagnostic result changed'],
  ['attendance', 'after one attendance added'],
  ['routeStep', 'after one route step done'],
  ['mentorship', 'after one mentorship completed/resumed'],
  ['moved', 'after one person moved to another org.'],
  ['archived', 'after one person archived'],
];

export function reportDashboard(d, fmt, line) {
  const row = (a, b, c, e) => console.log(`${a.padEnd(44)}${b.padStart(12)}${c.padStart(12)}${e.padStart(32)}`);
  console.log(line);
  row(`Region dashboard — ${d.region} (N=${d.gql.n})`, 'p50, ms', 'p95, ms', `target p95 ${DASHBOARD_TARGET_P95_MS} ms`);
  row('  GraphQL dashboard(regionId, schoolYear)', fmt(d.gql.p50, 2), fmt(d.gql.p95, 2), d.gql.p95 <= DASHBOARD_TARGET_P95_MS ? 'met' : `missed by ${fmt(d.gql.p95 - DASHBOARD_TARGET_P95_MS, 0)} ms`);
  row('  SQL floor (its statements, replayed)', fmt(d.floor.p50, 2), fmt(d.floor.p95, 2), `×${fmt(d.gql.p50 / d.floor.p50)} p50, ×${fmt(d.gql.p95 / d.floor.p95)} p95`);
  row('  cold: nothing cached', fmt(d.cold.p50, 2), fmt(d.cold.p95, 2), `N=${d.cold.n}, the live rule`);
  const verdict = (x) => (x.p95 <= DASHBOARD_TARGET_P95_MS ? 'met' : `missed by ${fmt(x.p95 - DASHBOARD_TARGET_P95_MS, 0)} ms`);
  for (const [k, label] of AFTER_ROWS) {
    const x = d.after[k];
    row(`  ${label}`, fmt(x.p50, 2), fmt(x.p95, 2), `N=${x.n}, ${x.statements} st., ${verdict(x)}`);
  }
  row('  SQL statements per request', String(d.statements), '', '');
}
