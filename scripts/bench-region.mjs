// The region-scale section of `npm run bench` (issue 12, «Region scale»; BENCH_ONLY=region runs the registry, the
// dashboard facts and this alone). On top of the generated region (60,000 people, scripts/bench.mjs) and its facts
// (diagnostic results, events and attendance, mentorships: scripts/bench-dashboard.mjs) it adds a school year of the
// rest of the activity — mentor profiles, learning routes with steps and journals, mentorship sessions, an internship
// programme with cohorts, applications and completions, the region's indicators with targets and monthly values —
// then times the heaviest pages with the GraphQL documents the SPA sends (read from apps/web/src/modules/**/*.graphql.ts):
//   - the deficit heatmap of the region (deficits/HeatmapPage),
//   - a learning route (route/RoutePage),
//   - mentor suggestions for a teacher (matching/MatchingPage),
//   - the region dashboard (dashboard/TerritoryDashboardPage),
// each at concurrency 1 and 10 (p50/p95, from a worker thread, as scripts/bench-api.mjs does) beside its SQL floor:
// for the heatmap ONE hand-written statement returning the same rows and cells (compared before timing); for the
// others the minimal set of statements returning the page's data — the request's own reads, replayed on a plain
// connection (the session's bookkeeping and the audit writes left out), after checking that every id the page shows
// is in the rows they return — with the statements per request.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { closedLoop, load, stats } from './bench-load.mjs';
import { loadavg } from 'node:os';

const require = createRequire(import.meta.url);
const { Pool } = require('pg');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCHOOL_YEAR = 2025;

const load1 = () => loadavg()[0];

/**
 * CPU time of this process's main thread (the API's: the load generator is a worker thread), in ms, from
 * /proc/self/task/<pid>/stat (user + system clock ticks); null where there is no /proc. What a request costs the
 * API's one thread, however long it waited for a core: fairer than latency on a busy machine.
 */
function mainThreadCpuMs() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // sysconf(_SC_CLK_TCK) = 100 on Linux
  } catch {
    return null;
  }
}

/** The SPA's document of an operation, as written in its module's *.graphql.ts (fragments it spreads appended). */
export function spaDocument(file, operation) {
  const text = readFileSync(join(root, 'apps/web/src/modules', file), 'utf8');
  const docs = [...text.matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((m) => m[1]);
  const doc = docs.find((d) => new RegExp(`^\\s*(query|mutation)\\s+${operation}\\b`).test(d));
  if (!doc) throw new Error(`${operation} not found in ${file}`);
  const spreads = [...doc.matchAll(/\.\.\.(\w+)/g)].map((m) => m[1]);
  const fragments = spreads.map((f) => docs.find((d) => new RegExp(`^\\s*fragment\\s+${f}\\b`).test(d)));
  if (fragments.some((f) => !f)) throw new Error(`a fragment of ${operation} is not in ${file}`);
  return [doc, ...fragments].join('\n');
}

// ---------- a year of activity ----------
/** Set-based, over the bench people (`bench-person-N`) and their facts. Returns counts for the report. */
export async function generateRegionActivity(sql, log) {
  const counts = {};
  const step = async (label, fn) => {
    const t = performance.now();
    const n = await fn();
    counts[label] = n;
    log(`  ${n.toLocaleString('en-US')} ${label} (${Math.round(performance.now() - t)} ms)`);
  };
  const campaign = (await sql.query(`SELECT id FROM diagnostic_campaign WHERE name = 'Бенч-кампания'`)).rows[0]?.id;
  if (!campaign) throw new Error('the dashboard facts (Бенч-кампания) must be generated first');
  const people = `(SELECT pe.id, split_part(pe.external_id, '-', 3)::int AS n, po.organization_id AS org
                     FROM person pe JOIN position po ON po.person_id = pe.id WHERE pe.external_id LIKE 'bench-person-%')`;

  // Mentors: one person in twelve among those with results (5,000 of 60,000), capacity 1–20.
  await step('mentor profiles', async () =>
    (
      await sql.query(
        `INSERT INTO mentor_profile (person_id, types, directions, subjects, strengths, capacity, available)
         SELECT p.id, ARRAY[(ARRAY['CLASSIC','METHODIST','TUTOR','COACH']::mentor_type[])[1 + p.n % 4]],
                (CASE WHEN p.n % 3 = 0 THEN ARRAY['STATE_EXAMS']::mentor_direction[] ELSE '{}'::mentor_direction[] END),
                '{}', 'Бенч-наставник', 1 + p.n % 20, p.n % 50 <> 2
           FROM ${people} p WHERE p.n % 12 = 2`,
      )
    ).rowCount,
  );

  // Mentorship sessions: eight a pair over the school year.
  await step('mentorship sessions', async () =>
    (
      await sql.query(
        `INSERT INTO mentorship_session (mentorship_id, planned_on, held_on, format, topic, duration_minutes)
         SELECT m.id, DATE '${SCHOOL_YEAR}-09-20' + k * 35, CASE WHEN k < 6 THEN DATE '${SCHOOL_YEAR}-09-20' + k * 35 END,
                (SELECT e FROM unnest(enum_range(NULL::session_format)) e LIMIT 1), format('Встреча %s', k + 1), 45
           FROM mentorship m JOIN mentoring_program mp ON mp.id = m.program_id AND mp.name = 'Бенч-программа наставничества',
                generate_series(0, 7) k`,
      )
    ).rowCount,
  );

  // Learning routes: one person in ten (those with results), built on three of their weakest competences.
  await step('learning routes', async () =>
    (
      await sql.query(
        `INSERT INTO learning_route (person_id, organization_id, title, goal, starts_on, ends_on, status, campaign_id, external_id, shared_in_network)
         SELECT p.id, p.org, format('Бенч-маршрут %s', p.n), 'Закрыть дефициты по итогам диагностики',
                DATE '${SCHOOL_YEAR}-09-01' + p.n % 60, DATE '${SCHOOL_YEAR + 1}-05-31',
                (ARRAY['IN_PROGRESS','IN_PROGRESS','APPROVED','COMPLETED','ON_APPROVAL','DRAFT']::route_status[])[1 + (p.n / 10) % 6],
                $1, format('bench-route-%s', p.n), p.n % 30 = 0
           FROM ${people} p WHERE p.n % 10 = 0`,
        [campaign],
      )
    ).rowCount,
  );
  await step('route competences', async () =>
    (
      await sql.query(
        `INSERT INTO learning_route_competence (route_id, competence_id, baseline_score)
         SELECT r.id, w.competence_id, w.score FROM learning_route r
          CROSS JOIN LATERAL (SELECT cur.competence_id, cur.score FROM competence_result_current cur
                               WHERE cur.person_id = r.person_id ORDER BY cur.score, cur.code LIMIT 3) w
          WHERE r.external_id LIKE 'bench-route-%'`,
      )
    ).rowCount,
  );
  // Six steps a route: self-education, a course, an open lesson, a methodological product, mentoring (a mentor of the
  // region), an event of the region (one of the bench seminars) — statuses by the route's progress.
  await step('route steps', async () =>
    (
      await sql.query(
        `WITH mentors AS (SELECT array_agg(person_id ORDER BY person_id) AS ids FROM mentor_profile WHERE strengths = 'Бенч-наставник'),
              evs AS (SELECT array_agg(id ORDER BY title) AS ids, array_agg(starts_on ORDER BY title) AS days FROM event WHERE title LIKE 'Бенч-семинар %'),
              r AS (SELECT r.id, r.status, split_part(r.external_id, '-', 3)::int AS n,
                           (SELECT array_agg(rc.competence_id) FROM learning_route_competence rc WHERE rc.route_id = r.id) AS comps
                      FROM learning_route r WHERE r.external_id LIKE 'bench-route-%')
         INSERT INTO learning_route_step (route_id, position, kind, title, description, competence_ids, starts_on, ends_on, status,
                                          mentor_person_id, event_id, event_occurrence_date, completed_on, reflection)
         SELECT r.id, k, (ARRAY['SELF_EDUCATION','COURSE','OPEN_LESSON','METHODOLOGICAL_PRODUCT','MENTORING','EVENT']::route_step_kind[])[k],
                format('Шаг %s маршрута %s', k, r.n), 'Бенч-шаг', coalesce(r.comps[1 + k % greatest(1, cardinality(r.comps)):1 + k % greatest(1, cardinality(r.comps))], '{}'),
                DATE '${SCHOOL_YEAR}-09-15' + (k - 1) * 40, DATE '${SCHOOL_YEAR}-09-15' + (k - 1) * 40 + 30,
                (CASE WHEN r.status = 'COMPLETED' OR (r.status = 'IN_PROGRESS' AND k <= 3) THEN 'DONE'
                      WHEN r.status = 'IN_PROGRESS' AND k = 4 THEN 'IN_PROGRESS' ELSE 'PLANNED' END)::route_step_status,
                CASE WHEN k = 5 THEN mentors.ids[1 + r.n % cardinality(mentors.ids)] END,
                CASE WHEN k = 6 THEN evs.ids[1 + r.n % cardinality(evs.ids)] END,
                CASE WHEN k = 6 THEN evs.days[1 + r.n % cardinality(evs.ids)] END,
                CASE WHEN r.status = 'COMPLETED' OR (r.status = 'IN_PROGRESS' AND k <= 3) THEN DATE '${SCHOOL_YEAR}-09-15' + (k - 1) * 40 + 25 END,
                CASE WHEN r.status = 'COMPLETED' OR (r.status = 'IN_PROGRESS' AND k <= 3) THEN 'Бенч-рефлексия' ELSE '' END
           FROM r, mentors, evs, generate_series(1, 6) k`,
      )
    ).rowCount,
  );
  await step('route journal entries', async () =>
    (
      await sql.query(
        `INSERT INTO learning_route_journal_entry (route_id, occurred_on, kind, text)
         SELECT r.id, DATE '${SCHOOL_YEAR}-09-10' + k * 45, (ARRAY['NOTE','STATUS','STEP','EVIDENCE']::journal_entry_kind[])[1 + k % 4], format('Бенч-запись %s', k)
           FROM learning_route r, generate_series(0, 3) k WHERE r.external_id LIKE 'bench-route-%'`,
      )
    ).rowCount,
  );

  // Internships: a regional staging site, one programme of three modules, ten cohorts of 300, completions of the
  // modules by two interns in three.
  await step('internship applications', async () => {
    const site = (
      await sql.query(
        `INSERT INTO staging_site (kind, level, organization_id, theme, starts_on, ends_on, illustrative, external_id)
         SELECT 'STAGING_SITE', 'REGIONAL', id, 'Бенч-стажировочная площадка', '${SCHOOL_YEAR}-01-01', '${SCHOOL_YEAR + 2}-12-31', true, 'bench-site-1'
           FROM organization WHERE external_id = 'bench-org-00002' RETURNING id`,
      )
    ).rows[0].id;
    const program = (
      await sql.query(
        `INSERT INTO internship_program (site_id, title, min_months, max_months, illustrative, external_id)
         VALUES ($1, 'Бенч-программа стажировки', 1, 6, true, 'bench-internship-1') RETURNING id`,
        [site],
      )
    ).rows[0].id;
    await sql.query(
      `INSERT INTO internship_module (program_id, position, title, hours, format)
       SELECT $1, k, format('Бенч-модуль %s', k), 12 * k, 'IN_PERSON' FROM generate_series(1, 3) k`,
      [program],
    );
    await sql.query(
      `INSERT INTO internship_cohort (program_id, title, starts_on, ends_on, capacity, illustrative)
       SELECT $1, format('Бенч-поток %s', k), DATE '${SCHOOL_YEAR}-09-01' + k * 30, DATE '${SCHOOL_YEAR}-09-01' + k * 30 + 60, 300, true
         FROM generate_series(0, 9) k`,
      [program],
    );
    const apps = await sql.query(
      `WITH c AS (SELECT array_agg(id ORDER BY title) AS ids FROM internship_cohort WHERE title LIKE 'Бенч-поток %')
       INSERT INTO internship_application (cohort_id, person_id, source, status, decided_at, illustrative)
       SELECT c.ids[1 + (p.n / 20) % 10], p.id, 'SELF', 'APPROVED', now(), true FROM ${people} p, c WHERE p.n % 20 = 3`,
    );
    await sql.query(
      `INSERT INTO internship_completion (application_id, person_id, program_id, module_id, title, hours, completed_on)
       SELECT a.id, a.person_id, m.program_id, m.id, m.title, m.hours, ch.starts_on + 10 * m.position
         FROM internship_application a JOIN internship_cohort ch ON ch.id = a.cohort_id AND ch.title LIKE 'Бенч-поток %'
         JOIN internship_module m ON m.program_id = ch.program_id
        WHERE split_part((SELECT external_id FROM person WHERE id = a.person_id), '-', 3)::int % 3 <> 0`,
    );
    return apps.rowCount;
  });
  counts['internship completions'] = Number((await sql.query(`SELECT count(*) FROM internship_completion c JOIN internship_module m ON m.id = c.module_id WHERE m.title LIKE 'Бенч-модуль %'`)).rows[0].count);

  // Indicators: 24 of the region's, with a baseline, targets for two years and a value a month over the school year.
  await step('indicator values', async () => {
    await sql.query(
      `INSERT INTO indicator (region_id, name, section, position, unit, direction, baseline_year, baseline_value, illustrative)
       SELECT r.id, format('Бенч-показатель %s', k), 'Бенч', k, 'PERCENT', 'HIGHER_IS_BETTER', 2024, 40 + k, true
         FROM region r, generate_series(1, 24) k WHERE r.code = '50'`,
    );
    await sql.query(
      `INSERT INTO indicator_target (indicator_id, year, value)
       SELECT i.id, y, least(100, i.baseline_value + 5 * (y - 2024)) FROM indicator i, generate_series(2025, 2026) y WHERE i.name LIKE 'Бенч-показатель %'`,
    );
    return (
      await sql.query(
        `INSERT INTO indicator_value (indicator_id, period_start, period_end, value, source, illustrative)
         SELECT i.id, (DATE '${SCHOOL_YEAR}-09-01' + make_interval(months => k))::date, (DATE '${SCHOOL_YEAR}-09-01' + make_interval(months => k + 1) - interval '1 day')::date,
                least(100, i.baseline_value + k * 0.5), 'MONITORING', true
           FROM indicator i, generate_series(0, 11) k WHERE i.name LIKE 'Бенч-показатель %'`,
      )
    ).rowCount;
  });
  await sql.query('ANALYZE');
  return counts;
}

// ---------- the pages ----------
/** The heatmap of a region in ONE statement: rows (municipalities), cells and the framework's competences. */
const HEATMAP_FLOOR = `
  WITH codes AS (SELECT c.id, c.code FROM competence c WHERE c.framework_id = $1),
       placed AS (
         SELECT cur.person_id, codes.id AS competence_id, cur.score, cur.level, o.municipality_id AS row_id
           FROM competence_result_current cur
           JOIN codes ON codes.code = cur.code
           JOIN (SELECT DISTINCT ON (po.person_id) po.person_id, po.organization_id FROM position po
                  ORDER BY po.person_id, po.ended_on IS NOT NULL, po.is_main DESC, po.created_at, po.id) mw ON mw.person_id = cur.person_id
           JOIN organization o ON o.id = mw.organization_id
          WHERE o.municipality_id IN (SELECT id FROM municipality WHERE region_id = $2)),
       cells AS (
         SELECT row_id, competence_id, count(*) AS assessed, count(*) FILTER (WHERE level = 'DEFICIT') AS deficits,
                count(*) FILTER (WHERE level = 'PROFICIT') AS proficits, round(avg(score), 1) AS mean
           FROM placed GROUP BY row_id, competence_id),
       totals AS (SELECT row_id, count(DISTINCT person_id) AS assessed FROM placed GROUP BY row_id)
  SELECT (SELECT json_agg(json_build_object('id', m.id, 'name', m.name, 'assessed', t.assessed) ORDER BY m.name)
            FROM totals t JOIN municipality m ON m.id = t.row_id) AS rows,
         (SELECT json_agg(json_build_object('rowId', row_id, 'competenceId', competence_id, 'assessed', assessed,
                                            'deficits', deficits, 'proficits', proficits, 'mean', mean)) FROM cells) AS cells,
         (SELECT json_agg(json_build_object('id', a.id, 'code', a.code, 'name', a.name, 'competences', a.competences) ORDER BY a.position, a.code)
            FROM (SELECT a.id, a.code, a.name, a.position,
                         json_agg(json_build_object('id', c.id, 'code', c.code, 'name', c.name) ORDER BY c.position, c.code) AS competences
                    FROM competence_area a JOIN competence c ON c.area_id = a.id AND c.framework_id = $1
                   GROUP BY a.id) a) AS areas`;

function sameHeatmap(g, f) {
  const key = (c) => `${c.rowId}:${c.competenceId}`;
  const cells = new Map((f.cells ?? []).map((c) => [key(c), c]));
  const rowsSame = g.rows.length === (f.rows ?? []).length && g.rows.every((r, i) => r.id === f.rows[i].id && r.name === f.rows[i].name && r.assessed === Number(f.rows[i].assessed));
  const cellsSame =
    g.cells.length === cells.size &&
    g.cells.every((c) => {
      const s = cells.get(key(c));
      return s && c.assessed === Number(s.assessed) && c.deficits === Number(s.deficits) && c.proficits === Number(s.proficits) && Math.abs(c.meanScore - Number(s.mean)) < 0.051;
    });
  const areasSame = g.areas.length === (f.areas ?? []).length && g.areas.every((a, i) => a.id === f.areas[i].id && a.competences.map((c) => c.id).join() === f.areas[i].competences.map((c) => c.id).join());
  return rowsSame && cellsSame && areasSame;
}

/** Every id the page shows (any `id`/`…Id` field of the answer), to be found in the floor's rows. */
function idsOf(value, out = new Set()) {
  if (Array.isArray(value)) value.forEach((v) => idsOf(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'id' || /Id$/.test(k)) && typeof v === 'string' && /^[0-9a-f-]{36}$/.test(v)) out.add(v);
      else idsOf(v, out);
    }
  }
  return out;
}

// ---------- timing ----------

/** The reads of one request (bookkeeping and writes such as the audit row left out), with their parameters. */
function readsOf(counter) {
  return (counter.capturedWithParams ?? []).filter(([q]) => !q.startsWith('/* bookkeeping */') && /^\s*(SELECT|WITH)\b/i.test(q) && !/^\s*WITH[\s\S]*\b(INSERT|UPDATE|DELETE)\b/i.test(q.slice(0, 400)));
}

async function benchPage(page, { base, token, api, sql, pool, counter, iterations, warmup, log }) {
  const vars = page.variables;
  const first = await api.gql(page.query, vars[0]);
  // Statements per request, and the reads of the first variant (the floor of the pages without a hand-written one).
  counter.reset();
  let t = performance.now();
  const answer = await api.gql(page.query, vars[0]);
  const one = performance.now() - t;
  const statements = counter.statements;
  const reads = readsOf(counter);
  const perVariant = [];
  for (const v of vars) {
    counter.reset();
    await api.gql(page.query, v);
    perVariant.push({ statements: counter.statements, reads: readsOf(counter) });
  }
  let floor;
  if (page.floor) {
    for (const [i, v] of vars.entries()) {
      const f = await page.floor(sql, v);
      const g = i === 0 ? answer : await api.gql(page.query, v);
      if (!page.same(g, f)) throw new Error(`${page.name}: the floor and GraphQL disagree for ${JSON.stringify(v)}`);
    }
    floor = (db, i) => page.floor(db, vars[i % vars.length]);
  } else {
    // The floor's rows must hold every id the page shows.
    for (const [i, v] of vars.entries()) {
      const g = i === 0 ? answer : await api.gql(page.query, v);
      const rows = [];
      for (const [q, params] of perVariant[i].reads) rows.push(...(await sql.query(q, params ?? [])).rows);
      const text = JSON.stringify(rows);
      const missing = [...idsOf(g)].filter((id) => !text.includes(id));
      if (missing.length) throw new Error(`${page.name}: ${missing.length} ids of the page are not in its reads' rows (${missing.slice(0, 3).join(', ')})`);
    }
    floor = async (db, i) => {
      for (const [q, params] of perVariant[i % vars.length].reads) await db.query(q, params ?? []);
    };
  }
  // Where a request's SQL time goes: its reads replayed once each (first variant).
  const replay = [];
  for (const [q, params] of reads) {
    const s = performance.now();
    await sql.query(q, params ?? []);
    replay.push({ ms: performance.now() - s, sql: q.replace(/\s+/g, ' ').trim().slice(0, 100) });
  }
  log(`region: ${page.name} — ${page.describe(first)}; ${statements} statements (${reads.length} reads), first timed ${Math.round(one)} ms`);
  counter.pause?.(); // the timed requests' statements are not copied
  const bodies = vars.map((v) => JSON.stringify({ query: page.query, variables: v }));
  const headers = { authorization: `Bearer ${token}` };
  const out = { name: page.name, statements, reads: reads.length, replay, floorKind: page.floor ? 'one statement' : `its ${reads.length} reads`, describe: page.describe(first) };
  // A slow page (or floor) is measured fewer times rather than not at all: about 20 s of requests a side.
  t = performance.now();
  await floor(sql, 0);
  const slower = Math.max(one, performance.now() - t);
  const n1 = Math.max(6, Math.min(iterations, Math.floor(20_000 / Math.max(slower, 1))));
  const w = Math.max(2, Math.min(warmup, Math.round(n1 / 10)));
  for (const c of [1, 10]) {
    const n = c === 1 ? n1 : Math.max(20, n1);
    const loadBefore = load1();
    await load(`${base}/graphql`, headers, bodies, w, c);
    await closedLoop(c, w, (i) => floor(pool, i));
    // Alternating halves, so that a change of the machine's load falls on both sides alike.
    // The API thread's CPU while GraphQL is timed (the floor's client runs on this thread too: not counted).
    const cpu0 = mainThreadCpuMs();
    const g1 = await load(`${base}/graphql`, headers, bodies, Math.ceil(n / 2), c);
    const cpu1 = mainThreadCpuMs();
    const s1 = await closedLoop(c, Math.ceil(n / 2), (i) => floor(pool, i));
    const cpu2 = mainThreadCpuMs();
    const g2 = await load(`${base}/graphql`, headers, [...bodies.slice(1), bodies[0]], Math.ceil(n / 2), c);
    const cpu3 = mainThreadCpuMs();
    const s2 = await closedLoop(c, Math.ceil(n / 2), (i) => floor(pool, i + 1));
    const merge = (a, b) => ({ p50: (a.p50 + b.p50) / 2, p95: (a.p95 + b.p95) / 2, n: a.n + b.n });
    const cpuPerRequest = cpu0 === null ? undefined : (cpu1 - cpu0 + (cpu3 - cpu2)) / (2 * Math.ceil(n / 2));
    out[`c${c}`] = { graphql: { ...merge(g1, g2), cpuPerRequest }, floor: merge(s1, s2), load: [loadBefore, load1()] };
    const cpu = cpuPerRequest === undefined ? '' : `, API CPU ${cpuPerRequest.toFixed(2)} ms per request`;
    log(`  c${c}: GraphQL p50 ${out[`c${c}`].graphql.p50.toFixed(1)} ms, floor p50 ${out[`c${c}`].floor.p50.toFixed(1)} ms (N=${out[`c${c}`].graphql.n}, load ${loadBefore.toFixed(1)} → ${load1().toFixed(1)})${cpu}`);
  }
  if (page.cold && process.env.BENCH_REGION_COLD !== '0') {
    // Nothing cached (as after a write to a fact it reads): the cache and the per-organisation parts emptied first.
    const cold = [];
    for (let i = 0; i < 3; i++) {
      await sql.query('DELETE FROM dashboard_cache');
      await sql.query('DELETE FROM dashboard_org_part');
      const t0 = performance.now();
      await api.gql(page.query, vars[i % vars.length]);
      cold.push(performance.now() - t0);
    }
    out.cold = { ...stats(cold), load: load1() };
    log(`  cold (nothing cached): p50 ${out.cold.p50.toFixed(0)} ms (N=3)`);
  }
  return out;
}

/** The section: generate the year's activity, then time the four pages. `counter` captures statements with parameters. */
export async function benchRegion({ base, token, api, sql, databaseUrl, counter, regionCode, iterations, warmup, log, weighFloorPool = (pool) => pool }) {
  log('region: generating a school year of activity (mentor profiles, routes, sessions, internships, indicators)…');
  const generated = await generateRegionActivity(sql, log);
  const region = (await sql.query('SELECT id, name FROM region WHERE code = $1', [regionCode])).rows[0];
  const campaign = (await sql.query(`SELECT id FROM diagnostic_campaign WHERE name = 'Бенч-кампания'`)).rows[0].id;
  const frameworkId = (
    await sql.query(`SELECT c.framework_id FROM competence_result r JOIN competence c ON c.id = r.competence_id WHERE r.campaign_id = $1 LIMIT 1`, [campaign])
  ).rows[0].framework_id;
  const routes = (
    await sql.query(`SELECT id FROM learning_route WHERE external_id LIKE 'bench-route-%' AND status = 'IN_PROGRESS' ORDER BY external_id LIMIT 5`)
  ).rows.map((r) => r.id);
  const program = (await sql.query(`SELECT id FROM mentoring_program WHERE name = 'Бенч-программа наставничества'`)).rows[0].id;
  // Mentees: teachers with deficits who are not mentors themselves.
  const mentees = (
    await sql.query(
      `SELECT pe.id FROM person pe WHERE pe.external_id LIKE 'bench-person-%'
          AND NOT EXISTS (SELECT 1 FROM mentor_profile mp WHERE mp.person_id = pe.id)
          AND (SELECT count(*) FROM competence_result_current cur WHERE cur.person_id = pe.id AND cur.level = 'DEFICIT') >= 3
        ORDER BY pe.external_id LIMIT 5`,
    )
  ).rows.map((r) => r.id);
  const pages = [
    {
      name: 'Deficit heatmap of the region',
      query: spaDocument('deficits/deficits.graphql.ts', 'DeficitHeatmap'),
      variables: [{ input: { frameworkId, regionId: region.id } }],
      floor: async (db, v) => (await db.query(HEATMAP_FLOOR, [v.input.frameworkId, v.input.regionId])).rows[0],
      same: (g, f) => sameHeatmap(g.deficitHeatmap, f),
      cold: true,
      describe: (d) => `${d.deficitHeatmap.rows.length} municipalities × ${d.deficitHeatmap.areas.reduce((a, x) => a + x.competences.length, 0)} competences, ${d.deficitHeatmap.rows.reduce((a, r) => a + r.assessed, 0).toLocaleString('en-US')} people assessed`,
    },
    {
      name: 'A learning route',
      query: spaDocument('route/route.graphql.ts', 'Route'),
      variables: routes.map((id) => ({ id })),
      describe: (d) => `${routes.length} routes in turn, ${d.learningRoute.steps.length} steps, ${d.learningRoute.journal.length} journal entries, ${d.learningRoute.effectiveness.length} competences`,
    },
    {
      name: 'Mentor suggestions',
      query: spaDocument('matching/matching.graphql.ts', 'MentorSuggestions'),
      variables: mentees.map((menteePersonId) => ({ menteePersonId, programId: program, preferences: { otherSchool: false, sameMunicipality: false } })),
      describe: (d) => `${mentees.length} mentees in turn, ${d.mentorSuggestions.deficits.length} deficits, ${d.mentorSuggestions.suggestions.length} suggestions out of ${generated['mentor profiles'].toLocaleString('en-US')} mentors`,
    },
    {
      name: 'Region dashboard',
      query: spaDocument('dashboard/dashboard.graphql.ts', 'Dashboard'),
      variables: [{ input: { regionId: region.id, schoolYear: SCHOOL_YEAR } }],
      cold: true,
      describe: (d) =>
        `${d.dashboard.teachers.toLocaleString('en-US')} people, ${d.dashboard.indicators.length} indicators, ${d.dashboard.mentoring.pairs.toLocaleString('en-US')} pairs, ${d.dashboard.internships.interns.toLocaleString('en-US')} interns, ${d.dashboard.events.visits.toLocaleString('en-US')} visits`,
    },
  ];
  const pool = weighFloorPool(new Pool({ connectionString: databaseUrl, max: 10, application_name: 'metodset-bench-region-floor' }));
  try {
    const results = [];
    const only = process.env.BENCH_REGION_PAGES; // e.g. "route,suggestions": a part alone (BENCH_REGION_COLD=0: no request with nothing cached)
    for (const p of pages) {
      if (only && !only.split(',').some((w) => p.name.toLowerCase().includes(w.trim().toLowerCase()))) continue;
      log(`region: ${p.name} — GraphQL (the SPA's document) and its SQL floor, concurrency 1 and 10…`);
      results.push(await benchPage(p, { base, token, api, sql, pool, counter, iterations, warmup, log }));
    }
    return { region: region.name, generated, pages: results };
  } finally {
    await pool.end();
  }
}

export function reportRegion(r, fmt, line) {
  const row = (a, b, c, d, e) => console.log(`${a.padEnd(44)}${b.padStart(10)}${c.padStart(10)}${d.padStart(14)}   ${e}`);
  console.log(line);
  console.log(`Region scale — ${r.region}: ${Object.entries(r.generated).map(([k, v]) => `${v.toLocaleString('en-US')} ${k}`).join(', ')} (on top of the dashboard's facts)`);
  for (const p of r.pages) {
    console.log(line);
    row(`${p.name}`, 'p50, ms', 'p95, ms', 'load avg', 'GraphQL / floor p50 (p95)');
    for (const c of ['c1', 'c10']) {
      const { graphql: g, floor: s, load } = p[c];
      const ratio = g.p50 / s.p50;
      row(`  GraphQL, concurrency ${c.slice(1)} (N=${g.n})`, fmt(g.p50, 1), fmt(g.p95, 1), `${fmt(load[0])}→${fmt(load[1])}`, g.cpuPerRequest === undefined ? '' : `API CPU ${fmt(g.cpuPerRequest, 2)} ms per request`);
      row(`  floor (${p.floorKind}), concurrency ${c.slice(1)}`, fmt(s.p50, 1), fmt(s.p95, 1), '', `×${fmt(ratio, 2)} (×${fmt(g.p95 / s.p95, 2)}) ${ratio <= 2 ? 'within ×2' : 'OVER ×2'}`);
    }
    if (p.cold) row(`  GraphQL, nothing cached (N=${p.cold.n})`, fmt(p.cold.p50, 1), fmt(p.cold.p95, 1), fmt(p.cold.load), 'the first request after a write (cache and parts emptied)');
    console.log(`  ${p.describe}; SQL statements per request: ${p.statements} (${p.reads} reads, replayed once each below)`);
    for (const x of p.replay) console.log(`    ${fmt(x.ms, 1).padStart(8)} ms  ${x.sql}`);
  }
}
