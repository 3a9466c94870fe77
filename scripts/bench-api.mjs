// `npm run bench`, API section (issue 12): lists against their SQL floor at concurrency 1 and 10, and `{ __typename }`
// with a session against Apollo Server standalone in the same run. BENCH_ONLY=api runs the registry and this alone.
//
// Lists: the organisation list and the people list, each a mix of cursor pages of the whole list and first pages of
// five municipalities, page 50. The floor is ONE SQL statement returning the same rows (verified before timing) on a
// pool of the API's size. Concurrency 10 = ten clients each sending its next request when the previous one answered.
// Throughput: a load generator in a worker thread (so it does not share the API's thread) sends `{ __typename }`
// with keep-alive at concurrency 10 for a fixed number of requests to each server in turn.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { closedLoop, load, pct, stats } from './bench-load.mjs';

const require = createRequire(import.meta.url);
const { Pool } = require('pg');
/**
 * The statuses that live staging sites give their hosts, from the compiled API (staging owns this read model; read
 * when first needed, as `npm run bench` builds the API after loading this module): an organisation's current
 * statuses are its entered ones and these, so the floor reads both, as the API does.
 */
const derivedSiteStatusesSql = () =>
  require(join(dirname(fileURLToPath(import.meta.url)), '../dist/api/apps/api/src/modules/staging/staging-status.sql.js')).DERIVED_SITE_STATUSES_SQL;

const decodeCursor = (c) => JSON.parse(Buffer.from(c, 'base64url').toString('utf8'));

/**
 * CPU time of this process's main thread (the API's: the load generator is a worker thread), in ms, from
 * /proc/self/task/<pid>/stat (user + system clock ticks); null where there is no /proc. Less sensitive to the
 * machine's load than latency: what a request costs the API's one thread, however long it waited for a core.
 */
function mainThreadCpuMs() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
const CLOCK_TICKS = 100; // sysconf(_SC_CLK_TCK) on Linux

/**
 * How long the API's thread (this process's main thread) has waited for a core while it had work, in ms, from
 * /proc/self/task/<pid>/schedstat (its second field: time on a run queue, ns); null where there is none. CPU time says
 * what a request costs the thread; this says how long the thread could not run: on a 2-core machine shared with
 * PostgreSQL's backends, the part of a request's latency that no change of the API's code would remove.
 */
function mainThreadWaitMs() {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[1]) / 1e6;
  } catch {
    return null;
  }
}

/**
 * The garbage collector's pauses of this process (the API's), in ms, summed from `gc` performance entries: the API
 * runs in the bench's own process, so in a full run its heap also holds what the earlier sections left (699 MB against
 * 116 MB alone in round 31); printed per request so that a full run's lists can be told apart from the section alone.
 */
const gcPauses = (() => {
  let total = 0;
  let observer = null;
  return {
    start() {
      if (observer) return;
      observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) total += e.duration;
      });
      observer.observe({ entryTypes: ['gc'] });
    },
    /** Pauses so far, once the entries already queued have been delivered. */
    async read() {
      await setImmediate();
      return total;
    },
    stop() {
      observer?.disconnect();
      observer = null;
    },
  };
})();

// ---------- the lists and their floors ----------
const ORG_QUERY = `query Orgs($first: Int!, $after: String, $filter: OrganizationFilter) {
  organizations(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes { id name kind municipality { name } currentStatuses { kind year } staffCount }
  }
}`;

const PEOPLE_QUERY = `query People($first: Int!, $after: String, $filter: PersonFilter) {
  people(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes { id fullName subjects experienceYears qualificationCategory positions { kind isMain organization { name } } }
  }
}`;

/**
 * The organisation list's rows (default order: short name or name, then id; active only) in one statement: the
 * municipality's name, the latest year of each status kind (entered or derived from a live staging site) and the
 * staff count.
 */
export function orgFloorSql(page, filtered, withCursor) {
  const params = [];
  const where = ['o.archived_at IS NULL'];
  if (filtered) where.push(`o.municipality_id = $${params.push('m')}`);
  const base = where.join(' AND ');
  const key = "COALESCE(NULLIF(o.short_name, ''), o.name)";
  const pageWhere = withCursor ? `${base} AND (${key}, o.id) > ($${params.length + 1}, $${params.length + 2}::uuid)` : base;
  return `WITH page AS (
      SELECT o.id, o.name, o.kind, o.municipality_id, ${key} AS k FROM organization o
       WHERE ${pageWhere} ORDER BY ${key}, o.id LIMIT ${page + 1})
    SELECT p.id, p.name, p.kind, m.name AS municipality_name,
           COALESCE(cs.statuses, '[]'::json) AS current_statuses, COALESCE(sc.n, 0) AS staff_count,
           (SELECT count(*) FROM organization o WHERE ${base}) AS total_count
      FROM page p
      JOIN municipality m ON m.id = p.municipality_id
      LEFT JOIN LATERAL (
        SELECT json_agg(json_build_object('kind', x.kind, 'year', x.year) ORDER BY x.year DESC, x.kind) AS statuses
          FROM (SELECT DISTINCT ON (s.kind) s.kind, s.year
                  FROM (SELECT os.kind::text AS kind, os.year FROM organization_status os WHERE os.organization_id = p.id
                        UNION ALL
                        SELECT d.kind, d.year FROM (${derivedSiteStatusesSql()}) d WHERE d.organization_id = p.id) s
                 ORDER BY s.kind, s.year DESC) x) cs ON true
      LEFT JOIN LATERAL (
        SELECT count(DISTINCT po.person_id) AS n FROM position po
          JOIN person pe ON pe.id = po.person_id AND pe.archived_at IS NULL
         WHERE po.organization_id = p.id) sc ON true
     ORDER BY p.k, p.id`;
}

/** Whether an organisation of the GraphQL page (`g`) and a row of its floor (`s`) say the same. */
export const sameOrgRow = (g, s) =>
  g.id === s.id && g.staffCount === Number(s.staff_count) && g.municipality.name === s.municipality_name && g.currentStatuses.length === s.current_statuses.length;

/** The people list's rows (default order: full name, then id; active only) with positions and their organisations. */
function peopleFloorSql(page, filtered, withCursor) {
  const params = [];
  const where = ['p.archived_at IS NULL'];
  if (filtered) {
    where.push(`EXISTS (SELECT 1 FROM position fp JOIN organization fo ON fo.id = fp.organization_id
                         WHERE fp.person_id = p.id AND fo.municipality_id = $${params.push('m')})`);
  }
  const base = where.join(' AND ');
  const key = "(p.last_name || ' ' || p.first_name || COALESCE(' ' || p.middle_name, ''))";
  const pageWhere = withCursor ? `${base} AND (${key}, p.id) > ($${params.length + 1}, $${params.length + 2}::uuid)` : base;
  return `WITH page AS (
      SELECT p.id, ${key} AS k, p.subjects, p.experience_years, p.qualification_category FROM person p
       WHERE ${pageWhere} ORDER BY ${key}, p.id LIMIT ${page + 1})
    SELECT pg.id, pg.k AS full_name, pg.subjects, pg.experience_years, pg.qualification_category,
           COALESCE(ps.positions, '[]'::json) AS positions,
           (SELECT count(*) FROM person p WHERE ${base}) AS total_count
      FROM page pg
      LEFT JOIN LATERAL (
        SELECT json_agg(json_build_object('kind', po.kind, 'isMain', po.is_main, 'organization', o.name)
                        ORDER BY po.is_main DESC, po.created_at) AS positions
          FROM position po JOIN organization o ON o.id = po.organization_id
         WHERE po.person_id = pg.id) ps ON true
     ORDER BY pg.k, pg.id`;
}

const LISTS = [
  {
    name: 'Organisation list',
    field: 'organizations',
    query: ORG_QUERY,
    floor: orgFloorSql,
    same: sameOrgRow,
  },
  {
    name: 'People list',
    field: 'people',
    query: PEOPLE_QUERY,
    floor: peopleFloorSql,
    same: (g, s) =>
      g.id === s.id && g.fullName === s.full_name && g.positions.length === s.positions.length && g.positions.every((x, i) => x.organization?.name === s.positions[i].organization),
  },
];


async function benchList(list, { base, token, api, sql, pool, counter, page, iterations, warmup, municipalities }) {
  const requests = [];
  let after = null;
  for (let i = 0; i < 5; i++) {
    requests.push({ filter: null, after });
    const d = (await api.gql(list.query, { first: page, after, filter: null }))[list.field];
    if (d.nodes.length !== page) throw new Error(`${list.name}: unexpected short page`);
    after = d.pageInfo.endCursor;
  }
  for (const m of municipalities) requests.push({ filter: { municipalityId: m }, after: null });
  // `prepared`: the same statement sent as a named prepared statement (parsed and planned once per connection), as the
  // API sends its list pages since round 24, so its ratio is also printed like for like.
  const floor = async (r, db = sql, prepared = false) => {
    const values = [];
    if (r.filter) values.push(r.filter.municipalityId);
    if (r.after) {
      const c = decodeCursor(r.after);
      values.push(c.value ?? c[0], c.id ?? c[1]);
    }
    const text = list.floor(page, !!r.filter, !!r.after);
    const name = prepared ? `bench_floor_${list.field}_${r.filter ? 1 : 0}${r.after ? 1 : 0}` : undefined;
    return (await db.query({ name, text, values })).rows.slice(0, page);
  };
  const floorPrepared = (r, db = pool) => floor(r, db, true);
  const graphql = (r) => api.gql(list.query, { first: page, after: r.after, filter: r.filter });
  for (const r of requests) {
    const g = (await graphql(r))[list.field];
    const s = await floor(r);
    const sp = await floorPrepared(r, sql);
    if (JSON.stringify(sp) !== JSON.stringify(s)) throw new Error(`${list.name}: the prepared floor statement returned other rows for ${JSON.stringify(r)}`);
    const same = g.nodes.length === s.length && g.nodes.every((n, i) => list.same(n, s[i])) && (s.length === 0 || g.totalCount === Number(s[0].total_count));
    if (!same) throw new Error(`${list.name}: the floor statement and GraphQL disagree for ${JSON.stringify(r)}`);
  }
  const statements = [];
  for (const r of [requests[0], requests[1], requests[5]]) {
    counter.reset();
    await graphql(r);
    statements.push(counter.statements);
  }
  // Where a request's SQL time goes: its statements (a cursor page) replayed one by one on a plain connection.
  counter.reset();
  await graphql(requests[1]);
  const captured = (counter.capturedWithParams ?? []).filter(([q]) => !q.startsWith('/* bookkeeping */'));
  const replay = [];
  for (const [q, params] of captured) {
    const times = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await sql.query(q, params ?? []);
      times.push(performance.now() - t);
    }
    replay.push({ sql: q.replace(/\s+/g, ' ').trim().slice(0, 110), p50: stats(times).p50 });
    if (process.env.BENCH_API_EXPLAIN === '1') {
      const plan = await sql.query(`EXPLAIN (ANALYZE, BUFFERS) ${q}`, params ?? []);
      console.log(`${q}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n`);
    }
  }
  const out = { name: list.name, statements, replay };
  const bodies = requests.map((r) => JSON.stringify({ query: list.query, variables: { first: page, after: r.after, filter: r.filter } }));
  const headers = { authorization: `Bearer ${token}` };
  const timedGraphql = (c, n, shift) => load(`${base}/graphql`, headers, [...bodies.slice(shift), ...bodies.slice(0, shift)], n, c);
  for (const c of [1, 10]) {
    const n = c === 1 ? iterations : iterations * 2;
    await timedGraphql(c, warmup, 0);
    await closedLoop(c, warmup, (i) => floor(requests[i % requests.length], pool));
    // Alternating halves, so a change of the machine's load falls on both sides alike.
    // How busy the API's thread (this one) is while GraphQL is timed: event-loop utilisation and CPU of the process.
    const elu0 = performance.eventLoopUtilization();
    const wait0 = mainThreadWaitMs();
    const cpu0 = mainThreadCpuMs();
    const gc0 = await gcPauses.read();
    const g1 = await timedGraphql(c, n / 2, 0);
    const gc1 = await gcPauses.read();
    const cpu1 = mainThreadCpuMs();
    const wait1 = mainThreadWaitMs();
    const elu1 = performance.eventLoopUtilization(elu0);
    const s1 = await closedLoop(c, n / 2, (i) => floor(requests[i % requests.length], pool));
    const elu2 = performance.eventLoopUtilization();
    const wait2 = mainThreadWaitMs();
    const cpu2 = mainThreadCpuMs();
    const gc2 = await gcPauses.read();
    const g2 = await timedGraphql(c, n / 2, 3);
    const gc3 = await gcPauses.read();
    const cpu3 = mainThreadCpuMs();
    const wait3 = mainThreadWaitMs();
    const elu3 = performance.eventLoopUtilization(elu2);
    const s2 = await closedLoop(c, n / 2, (i) => floor(requests[(i + 3) % requests.length], pool));
    const wait4 = mainThreadWaitMs();
    await closedLoop(c, warmup, (i) => floorPrepared(requests[i % requests.length]));
    const p1 = await closedLoop(c, n / 2, (i) => floorPrepared(requests[i % requests.length]));
    const p2 = await closedLoop(c, n / 2, (i) => floorPrepared(requests[(i + 3) % requests.length]));
    const merge = (a, b) => ({ p50: (a.p50 + b.p50) / 2, p95: (a.p95 + b.p95) / 2, rps: (2 * (n / 2)) / (a.seconds + b.seconds) });
    // The mix holds two kinds of page of different cost (cursor pages of the whole list, first pages of one
    // municipality): where one kind costs several times the other, the mix's p50 falls between them and moves with
    // a few requests either way, so each kind's p50 is also given (both halves of each side together).
    // The kind of a half's k-th sample (the half took the requests from `shift` on).
    const kindOf = (k, shift) => (requests[(k + shift) % requests.length].filter ? 'municipality' : 'cursor');
    const byKind = (halves) => {
      const lat = { cursor: [], municipality: [] };
      for (const [half, shift] of halves) for (const [ms, k] of half.samples) lat[kindOf(k, shift)].push(ms);
      return { cursor: stats(lat.cursor), municipality: stats(lat.municipality) };
    };
    // Each request of the mix on its own (its p50 against the p50 of its own statement): the strictest reading.
    const byRequest = (halves) => {
      const lat = requests.map(() => []);
      for (const [half, shift] of halves) for (const [ms, k] of half.samples) lat[(k + shift) % requests.length].push(ms);
      return lat.map((xs) => stats(xs).p50);
    };
    // Which request the mix's p50 is, in each half (the mix's p50 is the mean of the halves'): its kind, and its rank
    // among that kind's samples of the half. Where one kind is always faster than the other and the mix holds as many
    // of each, the nearest-rank p50 is the cheaper kind's slowest sample: a tail, not a typical request of either kind.
    const medianSample = (halves) =>
      halves.map(([half, shift]) => {
        const sorted = [...half.samples].sort((a, b) => a[0] - b[0]);
        const at = pct(sorted, 50); // the sample `stats` gives as the half's p50
        const kind = kindOf(at[1], shift);
        const same = sorted.filter(([, k]) => kindOf(k, shift) === kind);
        return { kind, rank: same.indexOf(at) + 1, of: same.length };
      });
    const cpuPerRequest = cpu0 === null ? undefined : (cpu1 - cpu0 + (cpu3 - cpu2)) / n;
    const waitPerRequest = wait0 === null ? undefined : (wait1 - wait0 + (wait3 - wait2)) / n;
    // The floor's client is this same thread (its statements are sent from here): how long it waited for a core per
    // statement, to set beside the API thread's wait above.
    const floorWaitPerRequest = wait0 === null ? undefined : (wait2 - wait1 + (wait4 - wait3)) / n;
    out[`c${c}`] = {
      graphql: { ...merge(g1, g2), busy: (elu1.active + elu3.active) / (elu1.active + elu1.idle + elu3.active + elu3.idle), cpuPerRequest, waitPerRequest, gcPerRequest: (gc1 - gc0 + (gc3 - gc2)) / n },
      floor: { ...merge(s1, s2), waitPerRequest: floorWaitPerRequest },
      floorPrepared: merge(p1, p2),
      kinds: { graphql: byKind([[g1, 0], [g2, 3]]), floor: byKind([[s1, 0], [s2, 3]]), floorPrepared: byKind([[p1, 0], [p2, 3]]) },
      median: { graphql: medianSample([[g1, 0], [g2, 3]]), floor: medianSample([[s1, 0], [s2, 3]]) },
      requests: { graphql: byRequest([[g1, 0], [g2, 3]]), floor: byRequest([[s1, 0], [s2, 3]]), floorPrepared: byRequest([[p1, 0], [p2, 3]]) },
    };
  }
  return out;
}

/** Apollo Server 5 standalone with a one-field schema: what Apollo alone costs per request. */
async function startApolloStandalone() {
  const { ApolloServer } = require('@apollo/server');
  const { startStandaloneServer } = require('@apollo/server/standalone');
  const server = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { url, stop: () => server.stop() };
}

async function benchTypename({ base, token, requests, log }) {
  const standalone = await startApolloStandalone();
  try {
    const targets = [
      { name: 'Apollo Server standalone (one-field schema)', url: standalone.url, headers: {} },
      { name: 'Metodset /graphql with a session (bearer)', url: `${base}/graphql`, headers: { authorization: `Bearer ${token}` } },
    ];
    const bodies = [JSON.stringify({ query: '{ __typename }' })];
    // Warm-up: as many requests as a round (with a tenth, the first timed round of either server, mostly the
    // standalone's, still ran ×2–4 slower than the next ones); the median of 5 rounds.
    for (const t of targets) await load(t.url, t.headers, bodies, requests, 10);
    const rounds = 5;
    const rps = targets.map(() => []);
    const cpu = targets.map(() => 0);
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < targets.length; i++) {
        const c0 = mainThreadCpuMs();
        rps[i].push((await load(targets[i].url, targets[i].headers, bodies, requests, 10)).rps);
        cpu[i] += c0 === null ? NaN : mainThreadCpuMs() - c0;
      }
    }
    log(`  { __typename }: ${rounds} alternating rounds of ${requests} requests each at concurrency 10`);
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    // Both servers run on this (the main) thread, the load generator in a worker: CPU per request of each.
    return targets.map((t, i) => ({ name: t.name, rps: median(rps[i]), all: rps[i], cpuPerRequest: Number.isNaN(cpu[i]) ? undefined : cpu[i] / (rounds * requests) }));
  } finally {
    await standalone.stop();
  }
}

// ---------- entry points ----------
export async function benchApi({ base, api, token, sql, databaseUrl, counter, iterations, warmup, page, log, weighFloorPool = (pool) => pool }) {
  const municipalities = (
    await sql.query(`SELECT id FROM municipality WHERE name LIKE 'Бенч-муниципалитет %' ORDER BY name LIMIT 5`)
  ).rows.map((r) => r.id);
  // Both sides are timed on a settled database, as autovacuum leaves one in production: in a full run this section
  // follows the ones that write (sync rewrites 10,000 people three times, the dashboard and region sections add ~1.2
  // million rows), and alone it follows the registry's bulk load, whose tables were analysed but never vacuumed (no
  // visibility map: the people page's statement replayed in 17.5 ms there, 4.65 ms once vacuumed). Both sides read
  // the same tables.
  const settle = performance.now();
  await sql.query('VACUUM (ANALYZE)');
  await sql.query('CHECKPOINT');
  log(`api: the database settled first (VACUUM (ANALYZE), CHECKPOINT: ${Math.round(performance.now() - settle)} ms)`);
  const heapMb = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
  log(`api: this process's heap (the API's and the bench's): ${heapMb} MB used`);
  gcPauses.start();
  const pool = weighFloorPool(new Pool({ connectionString: databaseUrl, max: 10, application_name: 'metodset-bench-floor' }));
  try {
    const lists = [];
    // BENCH_API_PARTS=typename (or lists) runs one part alone, e.g. under `node --cpu-prof`.
    const parts = process.env.BENCH_API_PARTS ?? 'lists,typename';
    for (const list of parts.includes('lists') ? LISTS : []) {
      log(`api: ${list.name.toLowerCase()} — GraphQL and its one-statement floor, concurrency 1 and 10…`);
      lists.push(await benchList(list, { base, token, api, sql, pool, counter, page, iterations, warmup, municipalities }));
    }
    log('api: { __typename } with a session vs Apollo Server standalone…');
    const typename = parts.includes('typename') ? await benchTypename({ base, token, requests: Math.max(1000, iterations * 10), log }) : null;
    return { lists, typename, page, heapMb };
  } finally {
    gcPauses.stop();
    await pool.end();
  }
}

export function reportApi(r, fmt, line) {
  const row = (a, b, c, d, e) => console.log(`${a.padEnd(44)}${b.padStart(10)}${c.padStart(10)}${d.padStart(8)}   ${e}`);
  for (const l of r.lists) {
    console.log(line);
    row(`${l.name}, first ${r.page}`, 'p50, ms', 'p95, ms', 'req/s', 'GraphQL / floor p50');
    for (const c of ['c1', 'c10']) {
      const { graphql: g, floor: s } = l[c];
      const ratio = g.p50 / s.p50;
      const cpu = g.cpuPerRequest === undefined ? '' : `, its CPU ${fmt(g.cpuPerRequest, 2)} ms per request`;
      const gc = g.gcPerRequest === undefined ? '' : `, GC pauses ${fmt(g.gcPerRequest, 2)} ms`;
      const wait = g.waitPerRequest === undefined ? '' : `, waited for a core ${fmt(g.waitPerRequest, 2)} ms`;
      row(`  GraphQL, concurrency ${c.slice(1)}`, fmt(g.p50, 2), fmt(g.p95, 2), fmt(g.rps, 0), g.busy === undefined ? '' : `API thread busy ${fmt(g.busy * 100, 0)} %${cpu}${wait}${gc}`);
      const floorWait = s.waitPerRequest === undefined ? '' : `; its client (this thread) waited for a core ${fmt(s.waitPerRequest, 2)} ms per statement`;
      row(`  one SQL statement, concurrency ${c.slice(1)}`, fmt(s.p50, 2), fmt(s.p95, 2), fmt(s.rps, 0), `×${fmt(ratio, 2)} ${ratio <= 2 ? '(target ≤ ×2 met)' : '(target ≤ ×2 MISSED)'}${floorWait}`);
      const p = l[c].floorPrepared;
      if (p) {
        const pr = g.p50 / p.p50;
        row(`  the same, prepared, concurrency ${c.slice(1)}`, fmt(p.p50, 2), fmt(p.p95, 2), fmt(p.rps, 0), `×${fmt(pr, 2)} ${pr <= 2 ? '(≤ ×2 against it too)' : '(over ×2 against it)'}`);
      }
      const k = l[c].kinds;
      if (k) {
        for (const [kind, label] of [['cursor', 'cursor pages of all'], ['municipality', 'one municipality']]) {
          const g = k.graphql[kind].p50;
          const f = k.floor[kind].p50;
          const fp = k.floorPrepared[kind].p50;
          // The stricter reading of the target: each kind of page against its own statement (the mix's p50 falls
          // between two kinds of very different cost, so it can pass while one kind is over, or miss while both are in).
          const verdict = g / f <= 2 ? 'this kind within ×2' : 'this kind OVER ×2';
          console.log(`    ${label}: GraphQL p50 ${fmt(g, 2)} ms, floor ${fmt(f, 2)} ms (×${fmt(g / f, 2)}, ${verdict}), prepared ${fmt(fp, 2)} ms (×${fmt(g / fp, 2)})`);
        }
      }
      const m = l[c].median;
      if (m) {
        const where = (xs) => xs.map((x) => (x.rank === x.of ? `the slowest ${x.kind} page (${x.rank} of ${x.of})` : `${x.kind} page ${x.rank} of ${x.of}`)).join(' / ');
        console.log(`    the mix's p50 sample in each half: GraphQL ${where(m.graphql)}; floor ${where(m.floor)}`);
      }
      const q = l[c].requests;
      if (q) {
        const ratios = q.graphql.map((g, i) => g / q.floor[i]);
        const label = (i) => (i < 5 ? `cursor page ${i + 1}` : `municipality ${i - 4}`);
        const over = ratios.map((r, i) => [r, i]).filter(([r]) => r > 2);
        console.log(
          `    each request against its own statement: ×${fmt(Math.min(...ratios), 2)}–×${fmt(Math.max(...ratios), 2)}${
            over.length ? `; OVER ×2: ${over.map(([r, i]) => `${label(i)} ×${fmt(r, 2)}`).join(', ')}` : ' (all within ×2)'
          }`,
        );
      }
    }
    console.log(`  SQL statements per request (all, all with cursor, one municipality; the session's own, cached, not counted): ${l.statements.join(', ')}`);
    if (l.replay?.length) {
      console.log(`  its statements replayed one by one (a cursor page, p50 of 20; sum ${fmt(l.replay.reduce((a, x) => a + x.p50, 0), 2)} ms):`);
      for (const x of l.replay) console.log(`    ${fmt(x.p50, 2).padStart(7)} ms  ${x.sql}`);
    }
  }
  if (r.heapMb !== undefined) console.log(`  (the API runs in the bench's process: its heap held ${r.heapMb} MB when the lists were timed; GC pauses are that process's, per GraphQL request)`);
  if (!r.typename) return;
  console.log(line);
  const [standalone, ours] = r.typename;
  row('{ __typename }, concurrency 10', 'req/s', '', '', 'vs standalone');
  row(`  ${standalone.name}`, fmt(standalone.rps, 0), '', '', '');
  const ratio = ours.rps / standalone.rps;
  row(`  ${ours.name}`, fmt(ours.rps, 0), '', '', `×${fmt(ratio, 2)} ${ratio >= 0.6 ? '(target ≥ ×0.6 met)' : '(target ≥ ×0.6 MISSED)'}`);
  console.log(`  rounds (req/s): standalone ${standalone.all.map((x) => fmt(x, 0)).join(' / ')}; Metodset ${ours.all.map((x) => fmt(x, 0)).join(' / ')}`);
  if (standalone.cpuPerRequest !== undefined && ours.cpuPerRequest !== undefined) {
    const us = (x) => fmt(x * 1000, 0);
    console.log(`  CPU of the main thread per request: standalone ${us(standalone.cpuPerRequest)} µs, Metodset ${us(ours.cpuPerRequest)} µs (standalone / Metodset ×${fmt(standalone.cpuPerRequest / ours.cpuPerRequest, 2)})`);
  }
}
