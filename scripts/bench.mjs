// `npm run bench`: a region-scale registry in a scratch database, then
//   1. the organisation list through GraphQL vs the same rows by one raw SQL statement (p50/p95, ratio),
//   2. SQL statements per GraphQL request,
//   3. import throughput for people rows vs a Postgres bulk load of the same rows,
//   4. whole-cohort mentor assignment (matching, scripts/bench-matching.mjs): 60,000 mentees × 5,000 mentors with
//      generated deficit profiles: candidates + exact solver end to end, the proof of optimality (LP dual checked),
//      the greedy baseline, and a re-plan after 1 % of the mentors leave (pairs changed).
//   5. /health latency while the largest allowed XLSX (IMPORT_MAX_ROWS people) is checked by importRegistry (dry run),
//      against its floor (the same checks with nothing else running), and the API process's peak memory growth.
// Runs the compiled API (npm run build:api). Scratch embedded PostgreSQL unless BENCH_DATABASE_URL
// is given (then a scratch database is created on that server and dropped at the end).
//
// Environment: BENCH_DATABASE_URL, BENCH_SKIP_BUILD=1, BENCH_BACKEND_WEIGHT=0, BENCH_ITERATIONS (200), BENCH_PEOPLE (60000),
// BENCH_ORGS (1500), BENCH_MUNICIPALITIES (45), BENCH_IMPORT_SAMPLE (rows for the per-row fallback, 3000),
// BENCH_KEEP_DATABASE=1 (with BENCH_DATABASE_URL) keeps the scratch database.
// BENCH_MENTEES (60000), BENCH_MENTORS (5000), BENCH_ONLY=matching (the matching section alone, no database),
// BENCH_MATCHING_OLD=1 (also the general solver from before, on the same candidate lists).
// 6. the web: the sign-in page's scripts (raw, gzip, brotli) from the built SPA against their target, and in Chromium
//    its first/largest contentful paint, and Lighthouse's scores of four pages (scripts/bench-web.mjs); BENCH_ONLY=web
//    runs it alone (demo data, no registry), on the SPA in BENCH_WEB_DIST if given (e.g. an older build, to compare)
//    instead of dist/web.
// 7. the region dashboard (scripts/bench-dashboard.mjs): ~1,000,000 facts over the region's people, p50/p95 beside its
//    SQL floor and its statement count (target 300 ms p95), nothing cached, and right after a small write (one result,
//    one attendance); BENCH_ONLY=dashboard runs the registry and this alone.
// 8. the API (scripts/bench-api.mjs): the organisation and people lists against their one-statement floor at
//    concurrency 1 and 10, and `{ __typename }` with a session against Apollo Server standalone; BENCH_ONLY=api.
// 9. region scale (scripts/bench-region.mjs): a school year of activity over the region, then the heatmap of the region,
//    a route page, mentor suggestions and the dashboard (the SPA's documents) against their SQL floor; BENCH_ONLY=region.
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { FLOOR_PATH, withLighthouseFloor } from './bench-web-floor.mjs';
import { lighthousePages, reportWeb, signInInBrowser, signInScripts } from './bench-web.mjs';
import { benchDashboard, generateDashboardFacts, reportDashboard } from './bench-dashboard.mjs';
import { benchMatching, reportMatching } from './bench-matching.mjs';
import { benchApi, orgFloorSql, reportApi, sameOrgRow } from './bench-api.mjs';
import { benchSync, reportSync } from './bench-sync.mjs';
import { benchRegion, reportRegion } from './bench-region.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const env = process.env;
// The API runs as in production (loadConfig below), and so does graphql-js, which reads NODE_ENV once when loaded
// (outside production every instanceof check also looks for a copy from another realm): it is loaded here under
// NODE_ENV=production, which is then put back (the demo seed refuses to run under it). The Apollo standalone baseline
// of the API section runs in this process too, so both sides of that comparison use the same graphql-js.
if (!env.NODE_ENV) {
  env.NODE_ENV = 'production';
  createRequire(import.meta.url)('graphql');
  delete env.NODE_ENV;
}
const int = (name, def) => (env[name] && /^\d+$/.test(env[name]) ? Number(env[name]) : def);

const ITERATIONS = int('BENCH_ITERATIONS', 200);
const WARMUP = Math.max(10, Math.round(ITERATIONS / 10));
const PEOPLE = int('BENCH_PEOPLE', 60000);
const ORGS = int('BENCH_ORGS', 1500);
const MUNICIPALITIES = int('BENCH_MUNICIPALITIES', 45);
const IMPORT_SAMPLE = int('BENCH_IMPORT_SAMPLE', 3000);
const IMPORT_CONCURRENCY = 8;
const PAGE = 50;
const REGION_CODE = '50';
const MENTEES = int('BENCH_MENTEES', 60000);
const MENTORS = int('BENCH_MENTORS', 5000);

const t0 = performance.now();
const log = (line) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1).padStart(6)}s] ${line}`);
const fmt = (n, d = 1) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { p50: pct(s, 50), p95: pct(s, 95), n: s.length };
};

// ---------- build and load the compiled API ----------
if (env.BENCH_SKIP_BUILD !== '1') {
  log('building the API (npm run build:api)…');
  execSync('npm run --silent build:api', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (env.BENCH_ONLY !== 'matching' && env.BENCH_ONLY !== 'region') {
    log('building the SPA (npm run build:web)…');
    execSync('npm run --silent build:web', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
const dist = join(root, 'dist/api/apps/api/src');
if (!existsSync(join(dist, 'app.factory.js'))) throw new Error(`compiled API not found in ${dist}`);
require('reflect-metadata');
const { Client } = require('pg');
const { startEmbeddedPostgres, ensureDatabase } = require(join(dist, 'database/embedded-postgres.js'));
const { createDataSource } = require(join(dist, 'database/data-source.js'));
const { migrateUp } = require(join(dist, 'database/migrate.js'));
const { seedReference, seedDemo } = require(join(dist, 'seed/seeder.js'));
const { createApp } = require(join(dist, 'app.factory.js'));
const { loadConfig } = require(join(dist, 'config/config.js'));
const { QueryCounter } = require(join(dist, 'database/query-counter.js'));
const { DEMO_PASSWORD } = require(join(dist, 'seed/demo/accounts.data.js'));
const { lowerPoolBackendsWeight, autogroupScheduling } = require(join(dist, 'database/backend-weight.js'));
/**
 * The scratch database runs on this host as `npm start`'s embedded one does, so the API is started as `npm start`
 * starts it: its backends weigh less than its process where the kernel schedules by autogroup
 * (`database/backend-weight.ts`), and so do the floors' (the same weight on both sides). BENCH_BACKEND_WEIGHT=0 runs
 * both sides without it, for a comparison; a server of BENCH_DATABASE_URL is never touched.
 */
const backendWeight = env.BENCH_BACKEND_WEIGHT !== '0' && !env.BENCH_DATABASE_URL;
const weighFloorPool = (pool) => {
  if (backendWeight) lowerPoolBackendsWeight(pool);
  return pool;
};

const cleanup = [];
async function runCleanup() {
  while (cleanup.length) {
    const fn = cleanup.pop();
    try {
      await fn();
    } catch (err) {
      console.error(`cleanup: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

// ---------- scratch database ----------
async function openScratchDatabase() {
  const dbName = `metodset_bench_${randomBytes(4).toString('hex')}`;
  if (env.BENCH_DATABASE_URL) {
    const serverUrl = env.BENCH_DATABASE_URL;
    await ensureDatabase(serverUrl, dbName);
    // BENCH_KEEP_DATABASE=1 leaves the scratch database on that server (to EXPLAIN its statements afterwards).
    if (env.BENCH_KEEP_DATABASE !== '1') cleanup.push(async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await c.end();
    });
    const u = new URL(serverUrl);
    u.pathname = `/${dbName}`;
    log(`scratch database ${dbName} on BENCH_DATABASE_URL`);
    return u.toString();
  }
  const dir = mkdtempSync(join(tmpdir(), 'metodset-bench-'));
  chmodSync(dir, 0o755); // the postgres system user (when run as root) must reach the data dir
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const port = 40000 + Math.floor(Math.random() * 10000);
  log(`starting scratch embedded PostgreSQL on 127.0.0.1:${port} (${dir})…`);
  const server = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port, persistent: false });
  cleanup.push(() => server.stop());
  await ensureDatabase(server.serverUrl, dbName);
  return server.urlFor(dbName);
}

// ---------- registry generation (set-based) ----------
async function generateRegistry(sql) {
  const region = (await sql.query('SELECT id FROM region WHERE code = $1', [REGION_CODE])).rows[0];
  if (!region) throw new Error(`region ${REGION_CODE} missing from the reference data`);
  let t = performance.now();
  await sql.query(
    `INSERT INTO municipality (region_id, name, kind)
     SELECT $1, format('Бенч-муниципалитет %s', lpad(i::text, 2, '0')),
            (ARRAY['DISTRICT','URBAN_OKRUG','MUNICIPAL_OKRUG','CITY']::municipality_kind[])[1 + i % 4]
       FROM generate_series(1, $2) i`,
    [region.id, MUNICIPALITIES],
  );
  log(`  ${MUNICIPALITIES} municipalities in region ${REGION_CODE} (${Math.round(performance.now() - t)} ms)`);

  t = performance.now();
  await sql.query(
    `WITH mu AS (SELECT array_agg(id ORDER BY name) AS ids FROM municipality WHERE name LIKE 'Бенч-муниципалитет %')
     INSERT INTO organization (municipality_id, name, short_name, kind, inn, external_id, address)
     SELECT mu.ids[1 + i % cardinality(mu.ids)],
            format('%s № %s «%s»', (ARRAY['Средняя школа','Гимназия','Лицей','Детский сад','Центр образования'])[1 + i % 5], i,
                   (ARRAY['Радуга','Исток','Перспектива','Гармония','Созвездие','Лидер','Эрудит','Алые паруса'])[1 + i % 8]),
            format('ОО %s', i),
            (ARRAY['SCHOOL','GYMNASIUM','LYCEUM','KINDERGARTEN','EDUCATION_CENTER']::organization_kind[])[1 + i % 5],
            lpad((7700000000 + i)::text, 10, '0'),
            format('bench-org-%s', lpad(i::text, 5, '0')),
            format('ул. Школьная, д. %s', i)
       FROM generate_series(1, $1) i, mu`,
    [ORGS],
  );
  const st = await sql.query(
    `INSERT INTO organization_status (organization_id, kind, year, source)
     SELECT o.id,
            (ARRAY['LOW_RESULTS','HIGH_RESULTS','PROJECT_500','RESOURCE_CENTER','GROWTH_POINT']::organization_status_kind[])[1 + (o.n + k) % 5],
            2022 + k, 'bench'
       FROM (SELECT id, split_part(external_id, '-', 3)::int AS n FROM organization WHERE external_id LIKE 'bench-org-%') o,
            generate_series(1, 3) k
      WHERE k <= 1 + o.n % 3`,
  );
  log(`  ${ORGS.toLocaleString('en-US')} organisations, ${st.rowCount.toLocaleString('en-US')} statuses (${Math.round(performance.now() - t)} ms)`);

  t = performance.now();
  await sql.query(
    `INSERT INTO person (last_name, first_name, middle_name, external_id, subjects, experience_years, qualification_category, is_master_teacher)
     SELECT (ARRAY['Иванова','Петрова','Смирнова','Кузнецова','Попова','Васильева','Соколова','Михайлова','Новикова','Фёдорова','Морозова','Волкова'])[1 + i % 12],
            (ARRAY['Анна','Мария','Елена','Ольга','Наталья','Ирина','Татьяна','Светлана','Юлия'])[1 + i % 9],
            (ARRAY['Александровна','Сергеевна','Викторовна','Николаевна','Игоревна','Петровна','Андреевна'])[1 + i % 7],
            format('bench-person-%s', lpad(i::text, 6, '0')),
            ARRAY[(ARRAY['математика','русский язык','физика','история','биология','английский язык'])[1 + i % 6]],
            i % 41,
            (ARRAY['NONE','FIRST','HIGHEST','NONE','FIRST']::qualification_category[])[1 + i % 5],
            i % 97 = 0
       FROM generate_series(1, $1) i`,
    [PEOPLE],
  );
  log(`  ${PEOPLE.toLocaleString('en-US')} people (${Math.round(performance.now() - t)} ms)`);

  t = performance.now();
  await sql.query(
    `WITH o AS (SELECT array_agg(id ORDER BY external_id) AS ids FROM organization WHERE external_id LIKE 'bench-org-%')
     INSERT INTO position (person_id, organization_id, kind, title, is_main)
     SELECT p.id, o.ids[1 + split_part(p.external_id, '-', 3)::int % cardinality(o.ids)],
            (ARRAY['TEACHER','TEACHER','TEACHER','TEACHER','TEACHER','TEACHER','METHODIST','DEPUTY_DIRECTOR']::position_kind[])[1 + split_part(p.external_id, '-', 3)::int % 8],
            NULL, true
       FROM person p, o WHERE p.external_id LIKE 'bench-person-%'`,
  );
  await sql.query('ANALYZE');
  log(`  ${PEOPLE.toLocaleString('en-US')} positions + ANALYZE (${Math.round(performance.now() - t)} ms)`);
  const totals = (
    await sql.query(
      `SELECT (SELECT count(*) FROM municipality) AS m, (SELECT count(*) FROM organization) AS o,
              (SELECT count(*) FROM person) AS p, (SELECT count(*) FROM position) AS pos`,
    )
  ).rows[0];
  log(`registry: ${totals.m} municipalities, ${totals.o} organisations, ${totals.p} people, ${totals.pos} positions (incl. demo data)`);
}

// ---------- GraphQL client ----------
function graphqlClient(base) {
  let token = null;
  const gql = async (query, variables = {}) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      body = {};
    }
    if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors).slice(0, 500)}`);
    if (!res.ok || !body.data) throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
    return body.data;
  };
  return {
    gql,
    get token() {
      return token;
    },
    async login(login, password) {
      const d = await gql('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { login, password } });
      token = d.login.token;
    },
  };
}

const LIST_QUERY = `query Orgs($first: Int!, $after: String, $filter: OrganizationFilter) {
  organizations(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes { id name kind municipality { name } currentStatuses { kind year } staffCount }
  }
}`;

const decodeCursor = (c) => JSON.parse(Buffer.from(c, 'base64url').toString('utf8'));

// ---------- /health during an import ----------
/** The row limit of one imported file, from the compiled API (no limit before it had one). */
function importMaxRows() {
  const file = join(dist, 'common/files/sheet-reader.js');
  return existsSync(file) ? require(file).IMPORT_MAX_ROWS : Infinity;
}

/** An XLSX of `n` people (exceljs' streaming writer), with the people template's headers. */
async function peopleXlsx(n, orgKeys) {
  const ExcelJS = require('exceljs');
  const { PassThrough } = require('node:stream');
  const h = personHeaders();
  const out = new PassThrough();
  const chunks = [];
  out.on('data', (c) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
  const ws = wb.addWorksheet('Педагоги');
  ws.addRow([h.externalId, h.lastName, h.firstName, h.middleName, h.subjects, h.experienceYears, h.category, h.organization, h.positionKind]).commit();
  for (let i = 1; i <= n; i++) {
    ws.addRow([`bench-health-${i}`, 'Нагрузкина', 'Ольга', 'Петровна', 'Математика, физика', i % 40, 'Первая', orgKeys[i % orgKeys.length], 'Учитель']).commit();
  }
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

/**
 * /health checked one after another: first alone (the floor), then while importRegistry checks the largest allowed
 * XLSX (dry run, nothing written). The API's resident memory is sampled with each check.
 */
async function benchHealthDuringImport(base, gql, orgKeys) {
  const rows = Math.min(importMaxRows(), 20_000);
  const file = await peopleXlsx(rows, orgKeys);
  const check = async () => {
    const t = performance.now();
    const res = await fetch(`${base}/health`);
    await res.text();
    if (!res.ok) throw new Error(`/health answered ${res.status}`);
    return performance.now() - t;
  };
  for (let i = 0; i < 20; i++) await check();
  const floor = [];
  for (let i = 0; i < 200; i++) floor.push(await check());
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  let done = false;
  const t = performance.now();
  const mutation = `mutation($i: ImportRegistryInput!) { importRegistry(input: $i) { total errors { line } } }`;
  const importing = gql(mutation, { i: { kind: 'PEOPLE', fileName: 'bench-health.xlsx', contentBase64: file.toString('base64'), dryRun: true } }).finally(() => {
    done = true;
  });
  const during = [];
  while (!done) {
    during.push(await check());
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }
  const report = (await importing).importRegistry;
  const seconds = (performance.now() - t) / 1000;
  if (report.total !== rows) throw new Error(`the health import read ${report.total} of ${rows} rows`);
  const withMax = (xs) => ({ ...stats(xs), max: Math.max(0, ...xs) });
  return { rows, fileBytes: file.length, seconds, floor: withMax(floor), during: withMax(during), rssGrowthMb: (rssPeak - rssBefore) / 1024 / 1024 };
}

// ---------- import ----------
// Introspection is off in production: look in the emitted schema and in the compiled resolvers.
// A wrong guess only costs a GraphQL error, after which the per-row path is measured.
function hasMutation(name) {
  const schema = join(root, 'apps/api/schema.graphql');
  const resolver = join(dist, 'modules/registry-import/registry-import.resolver.js');
  const has = (f) => existsSync(f) && new RegExp(`\\b${name}\\b`).test(readFileSync(f, 'utf8'));
  return has(schema) || has(resolver);
}

function importRows(n, orgIds) {
  const rows = [];
  for (let i = 1; i <= n; i++) {
    rows.push({
      lastName: ['Орлова', 'Лебедева', 'Козлова', 'Зайцева', 'Павлова', 'Семёнова'][i % 6],
      firstName: ['Дарья', 'Ксения', 'Алина', 'Вера', 'Галина'][i % 5],
      middleName: ['Олеговна', 'Юрьевна', 'Павловна'][i % 3],
      externalId: `bench-import-${String(i).padStart(6, '0')}`,
      subjects: [['химия', 'география', 'литература', 'информатика'][i % 4]],
      experienceYears: i % 41,
      qualificationCategory: ['NONE', 'FIRST', 'HIGHEST'][i % 3],
      organizationId: orgIds[i % orgIds.length],
      positionKind: 'TEACHER',
    });
  }
  return rows;
}

const CATEGORY_LABEL = { NONE: 'Без категории', FIRST: 'Первая', HIGHEST: 'Высшая' };

/** Headers of the people template, from the compiled importer when present. */
function personHeaders() {
  const file = join(dist, 'modules/registry-import/columns.js');
  const fallback = { externalId: 'Код', lastName: 'Фамилия', firstName: 'Имя', middleName: 'Отчество', subjects: 'Предметы', experienceYears: 'Стаж', category: 'Категория', organization: 'Организация (ИНН или код)', positionKind: 'Должность' };
  if (!existsSync(file)) return fallback;
  const cols = require(file).PERSON_COLUMNS ?? [];
  return Object.fromEntries(Object.entries(fallback).map(([k, h]) => [k, cols.find((c) => c.key === k)?.header ?? h]));
}

const csvCell = (v) => (/[;"\n\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** People rows as CSV files (";"-separated, UTF-8), each under the upload limit; one mutation per file. */
async function importThroughRegistryImport(gql, rows, limitBytes, maxRows = Infinity) {
  const h = personHeaders();
  const keys = ['externalId', 'lastName', 'firstName', 'middleName', 'subjects', 'experienceYears', 'category', 'organization', 'positionKind'];
  const header = keys.map((k) => csvCell(h[k])).join(';');
  const lines = rows.map((r) =>
    [r.externalId, r.lastName, r.firstName, r.middleName, r.subjects.join(', '), r.experienceYears, CATEGORY_LABEL[r.qualificationCategory], r.organizationKey, 'Учитель']
      .map(csvCell)
      .join(';'),
  );
  const LIMIT = limitBytes - Buffer.byteLength(header) - 2;
  const files = [];
  let cur = [];
  let bytes = 0;
  for (const l of lines) {
    const b = Buffer.byteLength(l) + 2;
    if ((bytes + b > LIMIT || cur.length >= maxRows) && cur.length) {
      files.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(l);
    bytes += b;
  }
  if (cur.length) files.push(cur);
  const bodies = files.map((f) => Buffer.from([header, ...f].join('\r\n') + '\r\n', 'utf8'));
  const mutation = `mutation($i: ImportRegistryInput!) { importRegistry(input: $i) { total created updated unchanged errors { line column message } } }`;
  const t = performance.now();
  let created = 0;
  for (const [i, body] of bodies.entries()) {
    const d = await gql(mutation, { i: { kind: 'PEOPLE', fileName: `bench-people-${i + 1}.csv`, contentBase64: body.toString('base64'), dryRun: false } });
    const rep = d.importRegistry;
    if (rep.errors.length) throw new Error(`import reported ${rep.errors.length} errors, first: ${JSON.stringify(rep.errors[0])}`);
    created += rep.created;
  }
  const seconds = (performance.now() - t) / 1000;
  if (created !== rows.length) throw new Error(`import created ${created} of ${rows.length} people`);
  return { seconds, files: bodies.length, limitBytes, megabytes: bodies.reduce((a, b) => a + b.length, 0) / 1024 / 1024 };
}

async function importThroughAppPerRow(gql, rows) {
  const mutation = `mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`;
  let next = 0;
  const worker = async () => {
    while (next < rows.length) {
      const r = rows[next++];
      await gql(mutation, {
        i: {
          lastName: r.lastName,
          firstName: r.firstName,
          middleName: r.middleName,
          externalId: r.externalId,
          subjects: r.subjects,
          experienceYears: r.experienceYears,
          qualificationCategory: r.qualificationCategory,
          positions: [{ organizationId: r.organizationId, kind: r.positionKind, isMain: true }],
        },
      });
    }
  };
  const t = performance.now();
  await Promise.all(Array.from({ length: IMPORT_CONCURRENCY }, worker));
  return (performance.now() - t) / 1000;
}

async function bulkInsertBaseline(sql, rows) {
  await sql.query('CREATE TABLE bench_person_copy (LIKE person INCLUDING ALL)');
  await sql.query('CREATE TABLE bench_position_copy (LIKE position INCLUDING ALL)');
  const col = (k) => rows.map((r) => r[k]);
  const t = performance.now();
  await sql.query('BEGIN');
  await sql.query(
    `WITH src AS (
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::text[], $6::int[], $7::qualification_category[], $8::uuid[])
         AS s(last_name, first_name, middle_name, external_id, subject, experience_years, qualification_category, organization_id)),
     ins AS (
       INSERT INTO bench_person_copy (last_name, first_name, middle_name, external_id, subjects, experience_years, qualification_category)
       SELECT last_name, first_name, middle_name, external_id, ARRAY[subject], experience_years, qualification_category FROM src
       RETURNING id, external_id)
     INSERT INTO bench_position_copy (person_id, organization_id, kind, is_main)
     SELECT ins.id, src.organization_id, 'TEACHER', true FROM ins JOIN src USING (external_id)`,
    [col('lastName'), col('firstName'), col('middleName'), col('externalId'), rows.map((r) => r.subjects[0]), col('experienceYears'), col('qualificationCategory'), col('organizationId')],
  );
  await sql.query('COMMIT');
  const seconds = (performance.now() - t) / 1000;
  const n = Number((await sql.query('SELECT count(*) AS n FROM bench_person_copy')).rows[0].n);
  if (n !== rows.length) throw new Error(`baseline inserted ${n} of ${rows.length} rows`);
  return seconds;
}

// ---------- main ----------

// ---------- whole-cohort matching (pure, in process): scripts/bench-matching.mjs ----------

/** Section 6 alone: the API on a scratch database with reference data only serves the built SPA. */
async function webOnly() {
  const url = await openScratchDatabase();
  const ds = await createDataSource(url, new QueryCounter(false, false)).initialize();
  cleanup.push(() => ds.destroy());
  log('migrating and seeding reference data…');
  await migrateUp(ds);
  await seedReference(ds);
  log('seeding the demo data (Lighthouse signs in as methodist.vorkuta: the routes of СОШ №12)…');
  await seedDemo(ds);
  const webDist = env.BENCH_WEB_DIST || join(root, 'dist/web');
  // The built SPA with the Lighthouse floor page beside it (a scratch copy: dist/web is left as built).
  const served = withLighthouseFloor(webDist, root);
  cleanup.push(() => served.cleanup());
  const app = await createApp(loadConfig({ NODE_ENV: 'production', WEB_DIST_DIR: served.dir }), url, { logger: false, databaseOnThisHost: backendWeight });
  await app.listen(0, '127.0.0.1');
  cleanup.push(() => app.close());
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  log('web: the sign-in page in Chromium (5 first visits)…');
  const browser = await signInInBrowser(base);
  log('web: Lighthouse on its floor page, then the sign-in, organisations, heatmap and route pages…');
  const lighthouse = await lighthousePages(base, { login: 'methodist.vorkuta', password: DEMO_PASSWORD, floorPath: FLOOR_PATH });
  console.log('');
  reportWeb(signInScripts(webDist), browser, env.BENCH_WEB_DIST || 'dist/web', lighthouse);
}

async function main() {
  if (env.BENCH_ONLY === 'web') return webOnly();
  // First, while the process is still small, so that its memory figures are its own.
  const matching = ['dashboard', 'api', 'sync', 'region'].includes(env.BENCH_ONLY) ? null : await benchMatching(dist, { mentees: MENTEES, mentors: MENTORS, old: env.BENCH_MATCHING_OLD === '1' }, log);
  if (env.BENCH_ONLY === 'matching') {
    console.log('');
    reportMatching(matching, fmt);
    return;
  }
  const url = await openScratchDatabase();
  const ds = await createDataSource(url, new QueryCounter(false, false)).initialize();
  cleanup.push(() => ds.destroy());
  log('migrating and seeding reference + demo data…');
  await migrateUp(ds);
  await seedReference(ds);
  await seedDemo(ds);

  const sql = new Client({ connectionString: url, application_name: 'metodset-bench' });
  await sql.connect();
  cleanup.push(() => sql.end());
  log(`generating the registry (${MUNICIPALITIES} municipalities, ${ORGS} organisations, ${PEOPLE} people)…`);
  await generateRegistry(sql);
  if (env.BENCH_ONLY !== 'api' && env.BENCH_ONLY !== 'sync') {
    log('generating the dashboard facts (diagnostic results, event attendance, mentorships)…');
    await generateDashboardFacts(sql, log);
  }

  log(
    `booting the API (NODE_ENV=production; autogroup scheduling ${autogroupScheduling() ? 'on' : 'off'}: the API's and the floors' backends ${
      backendWeight ? 'weigh less than the API where it is on' : 'keep their weight (BENCH_BACKEND_WEIGHT=0 or BENCH_DATABASE_URL)'
    })…`,
  );
  // Counts like QueryCounter and also keeps the statements of the request being examined: the first
  // CAPTURE_LIMIT after each reset() (a request sends at most a few dozen). Until round 33 it kept every statement
  // until the next reset(), and no section paused it: the timed requests had the counter copy and normalise each
  // statement on the API's thread (3.7 % of its CPU on the people list) and the copies piled up in the heap.
  const CAPTURE_LIMIT = 200;
  class CapturingCounter extends QueryCounter {
    captured = [];
    capturedWithParams = [];
    logQuery(query, parameters, queryRunner) {
      super.logQuery(query, parameters, queryRunner);
      if (this.captured.length >= CAPTURE_LIMIT) return;
      this.captured.push(query.replace(/\s+/g, ' ').trim());
      this.capturedWithParams.push([query, parameters]);
    }
    reset() {
      super.reset();
      this.captured = [];
      this.capturedWithParams = [];
    }
  }
  const counter = new CapturingCounter(false, false);
  const served = withLighthouseFloor(join(root, 'dist/web'), root);
  cleanup.push(() => served.cleanup());
  const app = await createApp(loadConfig({ NODE_ENV: 'production', WEB_DIST_DIR: served.dir }), url, { queryCounter: counter, logger: false, databaseOnThisHost: backendWeight });
  await app.listen(0, '127.0.0.1');
  cleanup.push(() => app.close());
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const api = graphqlClient(base);
  await api.login('admin', DEMO_PASSWORD);
  const regionBench = () => benchRegion({ base, token: api.token, api, sql, databaseUrl: url, counter, regionCode: REGION_CODE, iterations: ITERATIONS, warmup: WARMUP, log });
  if (env.BENCH_ONLY === 'region') {
    const r = await regionBench();
    console.log('');
    reportRegion(r, fmt, '─'.repeat(100));
    return;
  }
  const apiBench = () => benchApi({ base, api, token: api.token, sql, databaseUrl: url, counter, iterations: ITERATIONS, warmup: WARMUP, page: PAGE, log, weighFloorPool });
  if (env.BENCH_ONLY === 'api') {
    const r = await apiBench();
    console.log('');
    reportApi(r, fmt, '─'.repeat(100));
    return;
  }
  const sync = await benchSync({ gql: api.gql, sql, log });
  if (env.BENCH_ONLY === 'sync') {
    reportSync(sync, fmt, '─'.repeat(100));
    return;
  }
  const dashboard = await benchDashboard({ api, sql, counter, regionCode: REGION_CODE, iterations: ITERATIONS, warmup: WARMUP, log });
  if (env.BENCH_ONLY === 'dashboard') {
    console.log('');
    reportDashboard(dashboard, fmt, '─'.repeat(100));
    return;
  }
  const region = await regionBench();

  // The request mix: the first 5 pages of the whole list (cursor walk) and the first page of 5 municipalities.
  const munis = (
    await sql.query(`SELECT id FROM municipality WHERE name LIKE 'Бенч-муниципалитет %' ORDER BY name LIMIT 5`)
  ).rows.map((r) => r.id);
  const requests = [];
  let after = null;
  for (let i = 0; i < 5; i++) {
    requests.push({ label: 'all', filter: null, after });
    const d = await api.gql(LIST_QUERY, { first: PAGE, after, filter: null });
    if (d.organizations.nodes.length !== PAGE) throw new Error('unexpected short page');
    after = d.organizations.pageInfo.endCursor;
  }
  for (const m of munis) requests.push({ label: 'municipality', filter: { municipalityId: m }, after: null });

  // Check that the raw SQL returns the same rows as GraphQL.
  const rawRun = async (r) => {
    const params = [];
    if (r.filter) params.push(r.filter.municipalityId);
    if (r.after) {
      const [value, id] = decodeCursor(r.after);
      params.push(value, id);
    }
    const res = await sql.query(orgFloorSql(PAGE, !!r.filter, !!r.after), params);
    return res.rows.slice(0, PAGE);
  };
  for (const r of requests) {
    const g = (await api.gql(LIST_QUERY, { first: PAGE, after: r.after, filter: r.filter })).organizations;
    const s = await rawRun(r);
    const differs = g.nodes.findIndex((n, i) => !s[i] || !sameOrgRow(n, s[i]));
    const same = g.nodes.length === s.length && differs < 0 && (s.length === 0 || g.totalCount === Number(s[0].total_count));
    if (!same) {
      const row = (x) => x && { id: x.id, staffCount: x.staffCount ?? Number(x.staff_count), municipality: x.municipality?.name ?? x.municipality_name, statuses: (x.currentStatuses ?? x.current_statuses).length };
      const detail = { rows: [g.nodes.length, s.length], totalCount: [g.totalCount, s[0] && Number(s[0].total_count)], firstDifference: differs < 0 ? null : { index: differs, graphql: row(g.nodes[differs]), sql: row(s[differs]) } };
      throw new Error(`raw SQL and GraphQL disagree for ${JSON.stringify(r)}: ${JSON.stringify(detail)}`);
    }
  }
  log(`request mix: ${requests.length} variants (5 cursor pages of all organisations, first page of 5 municipalities), page size ${PAGE}; raw SQL verified to return the same rows`);

  // Statements per request.
  const perRequest = {};
  let statementsSeen = [];
  for (const r of [requests[0], requests[1], requests[5]]) {
    counter.reset();
    await api.gql(LIST_QUERY, { first: PAGE, after: r.after, filter: r.filter });
    perRequest[`${r.label}${r.after ? ' (with cursor)' : ''}`] = counter.statements;
    if (r === requests[1]) statementsSeen = [...counter.captured];
  }

  // Latency: GraphQL.
  log(`GraphQL: ${WARMUP} warm-up + ${ITERATIONS} timed requests…`);
  const timeLoop = async (fn) => {
    for (let i = 0; i < WARMUP; i++) await fn(requests[i % requests.length]);
    const all = [];
    const by = { all: [], municipality: [] };
    for (let i = 0; i < ITERATIONS; i++) {
      const r = requests[i % requests.length];
      const t = performance.now();
      await fn(r);
      const ms = performance.now() - t;
      all.push(ms);
      by[r.label].push(ms);
    }
    return { all: stats(all), all_: stats(by.all), municipality: stats(by.municipality) };
  };
  const gqlLat = await timeLoop((r) => api.gql(LIST_QUERY, { first: PAGE, after: r.after, filter: r.filter }));
  log(`raw SQL: ${WARMUP} warm-up + ${ITERATIONS} timed statements…`);
  const sqlLat = await timeLoop(rawRun);

  // /health while the largest allowed file is imported (dry run).
  const healthKeys = (await sql.query(`SELECT external_id FROM organization WHERE external_id LIKE 'bench-org-%' ORDER BY external_id LIMIT 50`)).rows.map((r) => r.external_id);
  log(`health: /health one check after another, alone and while importRegistry checks the largest allowed XLSX (dry run)…`);
  const health = await benchHealthDuringImport(base, api.gql, healthKeys);
  log('web: the sign-in page in Chromium (5 first visits)…');
  const webBrowser = await signInInBrowser(base);
  log('web: Lighthouse on its floor page, then the sign-in, organisations, heatmap and route pages…');
  const webLighthouse = await lighthousePages(base, { login: 'methodist.vorkuta', password: DEMO_PASSWORD, floorPath: FLOOR_PATH });

  const apiResult = await apiBench();

  // Import throughput.
  const orgIds = (await sql.query(`SELECT id FROM organization WHERE external_id LIKE 'bench-org-%' ORDER BY external_id`)).rows.map((r) => r.id);
  const rows = importRows(PEOPLE, orgIds);
  let importLabel;
  let importRowsDone;
  let importSeconds;
  const orgKey = new Map((await sql.query(`SELECT id, external_id FROM organization WHERE external_id LIKE 'bench-org-%'`)).rows.map((r) => [r.id, r.external_id]));
  rows.forEach((r) => (r.organizationKey = orgKey.get(r.organizationId)));
  let imported = null;
  if (hasMutation('importRegistry')) {
    log(`import: ${rows.length.toLocaleString('en-US')} people as CSV through the importRegistry mutation (dryRun: false)…`);
    try {
      try {
        imported = await importThroughRegistryImport(api.gql, rows, 9 * 1024 * 1024, importMaxRows());
      } catch (err) {
        // The HTTP body limit refuses the request before the resolver runs: nothing was written.
        if (!(err instanceof Error && err.message.startsWith('HTTP 413'))) throw err;
        log('  HTTP 413 for a 9 MB file (request body limit); retrying with files of ≤ 70 KB…');
        imported = await importThroughRegistryImport(api.gql, rows, 70_000, importMaxRows());
        imported.note = 'a 9 MB file got HTTP 413 (request entity too large)';
      }
    } catch (err) {
      log(`importRegistry failed (${err instanceof Error ? err.message.slice(0, 300) : String(err)}); falling back to createPerson`);
      await sql.query(`DELETE FROM position WHERE person_id IN (SELECT id FROM person WHERE external_id LIKE 'bench-import-%')`);
      await sql.query(`DELETE FROM person WHERE external_id LIKE 'bench-import-%'`);
    }
  }
  if (imported) {
    importSeconds = imported.seconds;
    importRowsDone = rows.length;
    importLabel = `importRegistry mutation, CSV, dryRun: false (${imported.files} file${imported.files > 1 ? 's' : ''} of ≤ ${fmt(imported.limitBytes / 1024, 0)} KB and ≤ ${importMaxRows().toLocaleString('en-US')} rows, ${fmt(imported.megabytes)} MB in all${imported.note ? `; ${imported.note}` : ''})`;
  } else {
    const sample = rows.slice(0, Math.min(IMPORT_SAMPLE, rows.length));
    log(`import: ${sample.length} people through the createPerson mutation (${IMPORT_CONCURRENCY} concurrent requests)…`);
    importSeconds = await importThroughAppPerRow(api.gql, sample);
    importRowsDone = sample.length;
    importLabel = `createPerson mutation, per row (${importRowsDone.toLocaleString('en-US')}-row sample, ${IMPORT_CONCURRENCY} concurrent; each row = person + position + audit entry)`;
  }
  const importCount = Number((await sql.query(`SELECT count(*) AS n FROM person WHERE external_id LIKE 'bench-import-%'`)).rows[0].n);
  if (importCount !== importRowsDone) throw new Error(`import stored ${importCount} of ${importRowsDone} people`);

  log(`baseline: ${rows.length.toLocaleString('en-US')} people + positions by one unnest bulk insert (pg-copy-streams not installed, so not COPY)…`);
  const baseSeconds = await bulkInsertBaseline(sql, rows);

  // ---------- report ----------
  const importRate = importRowsDone / importSeconds;
  const baseRate = rows.length / baseSeconds;
  const line = '─'.repeat(100);
  const row = (a, b, c, d) => console.log(`${a.padEnd(44)}${b.padStart(12)}${c.padStart(12)}${d.padStart(32)}`);
  console.log(`\n${line}`);
  console.log(`Metodset benchmark — ${MUNICIPALITIES} municipalities, ${ORGS.toLocaleString('en-US')} organisations, ${PEOPLE.toLocaleString('en-US')} people; Node ${process.version}`);
  console.log(line);
  row('Organisation list, first 50 (N=' + ITERATIONS + ')', 'p50, ms', 'p95, ms', 'GraphQL / SQL');
  const latRow = (label, g, s) => {
    row(`  GraphQL — ${label}`, fmt(g.p50, 2), fmt(g.p95, 2), '');
    row(`  raw SQL — ${label}`, fmt(s.p50, 2), fmt(s.p95, 2), `×${fmt(g.p50 / s.p50)} p50, ×${fmt(g.p95 / s.p95)} p95`);
  };
  latRow('whole mix', gqlLat.all, sqlLat.all);
  latRow('all organisations (cursor pages)', gqlLat.all_, sqlLat.all_);
  latRow('one municipality', gqlLat.municipality, sqlLat.municipality);
  console.log(line);
  console.log('SQL statements per GraphQL request (incl. session check)');
  for (const [k, v] of Object.entries(perRequest)) row(`  ${k}`, String(v), '', '');
  console.log('  statements of one request (all organisations, page 2):');
  statementsSeen.forEach((q, i) => console.log(`    ${i + 1}. ${q.length > 92 ? `${q.slice(0, 89)}…` : q}`));
  console.log(line);
  row('Import of people', 'rows', 'rows/s', 'ratio');
  row(`  app: ${imported ? 'importRegistry (CSV)' : 'createPerson mutation, per row'}`, importRowsDone.toLocaleString('en-US'), fmt(importRate, 0), '');
  console.log(`    ${importLabel}: ${fmt(importSeconds)} s${imported ? '' : `; ${PEOPLE.toLocaleString('en-US')} rows at this rate ≈ ${fmt(PEOPLE / importRate, 0)} s`}`);
  console.log(`    baseline: one INSERT … SELECT FROM unnest() of the same ${rows.length.toLocaleString('en-US')} people (+ positions) into scratch copies of person/position: ${fmt(baseSeconds, 2)} s`);
  row('  Postgres unnest bulk insert (not COPY)', rows.length.toLocaleString('en-US'), fmt(baseRate, 0), `bulk / app = ×${fmt(baseRate / importRate)}`);
  console.log(line);
  row('/health during an import (sequential checks)', 'p50, ms', 'p95, ms', 'max, ms');
  row(`  floor: nothing else running (N=${health.floor.n})`, fmt(health.floor.p50, 2), fmt(health.floor.p95, 2), fmt(health.floor.max, 2));
  row(`  during the import (N=${health.during.n})`, fmt(health.during.p50, 2), fmt(health.during.p95, 2), fmt(health.during.max, 2));
  console.log(`    importRegistry dry run of ${health.rows.toLocaleString('en-US')} people, XLSX of ${fmt(health.fileBytes / 1024 / 1024, 2)} MB: ${fmt(health.seconds, 2)} s; API process memory (RSS) grew by ${fmt(health.rssGrowthMb, 0)} MB at most`);
  reportDashboard(dashboard, fmt, line);
  reportMatching(matching, fmt);
  reportWeb(signInScripts(join(root, 'dist/web')), webBrowser, 'dist/web', webLighthouse);
  reportApi(apiResult, fmt, line);
  reportSync(sync, fmt, line);
  reportRegion(region, fmt, line);
  console.log(`total ${fmt((performance.now() - t0) / 1000)} s\n`);
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => {
    console.error(`\n${sig}: stopping…`);
    void runCleanup().finally(() => process.exit(130));
  });
}

try {
  await main();
  await runCleanup();
  process.exit(0);
} catch (err) {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  await runCleanup();
  process.exit(1);
}
