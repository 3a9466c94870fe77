// Bulk sync throughput (issue 13): people with a position synced through `syncPeople` in batches of 1,000 (the API
// limit) — first run (every row CREATED), the same rows again (every row UNCHANGED), then with one field changed
// (UPDATED) — against COPY of the same rows into copies of the person and position tables (the floor: no checks, no
// matching, no audit, no change log). BENCH_SYNC_ROWS (default 10000). BENCH_ONLY=sync runs the registry and this alone.
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { from: copyFrom } = require('pg-copy-streams');

const ROWS = Number(process.env.BENCH_SYNC_ROWS ?? 10_000);
const BATCH = 1000;
const SYNC_ORGS = `mutation($input: SyncOrganizationsInput!) { syncOrganizations(input: $input) { created unchanged refused } }`;
const SYNC_PEOPLE = `mutation($input: SyncPeopleInput!) { syncPeople(input: $input) { created updated unchanged refused } }`;

function roster(orgs, experienceShift = 0) {
  return Array.from({ length: ROWS }, (_, i) => ({
    externalId: `bench-sync-${String(i).padStart(6, '0')}`,
    lastName: `Синхронов-${i}`,
    firstName: ['Анна', 'Борис', 'Вера', 'Глеб'][i % 4],
    middleName: 'Бенчевич',
    subjects: ['математика'],
    experienceYears: (i + experienceShift) % 40,
    positions: [{ organizationExternalId: orgs[i % orgs.length].externalId, kind: 'TEACHER', title: 'учитель математики' }],
  }));
}

async function runAll(gql, rows) {
  const totals = { created: 0, updated: 0, unchanged: 0, refused: 0 };
  const t = performance.now();
  for (let i = 0; i < rows.length; i += BATCH) {
    const r = (await gql(SYNC_PEOPLE, { input: { rows: rows.slice(i, i + BATCH) } })).syncPeople;
    for (const k of Object.keys(totals)) totals[k] += r[k];
  }
  return { seconds: (performance.now() - t) / 1000, totals };
}

const tsv = (v) => (v === null || v === undefined ? '\\N' : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n'));

async function copyBaseline(sql, rows, organizationIds) {
  await sql.query('DROP TABLE IF EXISTS bench_sync_person_copy, bench_sync_position_copy');
  await sql.query('CREATE TABLE bench_sync_person_copy (LIKE person INCLUDING ALL)');
  await sql.query('CREATE TABLE bench_sync_position_copy (LIKE position INCLUDING ALL)');
  const ids = rows.map(() => randomUUID());
  const t = performance.now();
  await sql.query('BEGIN');
  await pipeline(
    Readable.from(rows.map((r, i) => [ids[i], r.externalId, r.lastName, r.firstName, r.middleName, `{${r.subjects.join(',')}}`, r.experienceYears].map(tsv).join('\t') + '\n')),
    sql.query(copyFrom('COPY bench_sync_person_copy (id, external_id, last_name, first_name, middle_name, subjects, experience_years) FROM STDIN')),
  );
  await pipeline(
    Readable.from(rows.map((r, i) => [ids[i], organizationIds[i % organizationIds.length], 'TEACHER', r.positions[0].title, 't'].map(tsv).join('\t') + '\n')),
    sql.query(copyFrom('COPY bench_sync_position_copy (person_id, organization_id, kind, title, is_main) FROM STDIN')),
  );
  await sql.query('COMMIT');
  const seconds = (performance.now() - t) / 1000;
  await sql.query('DROP TABLE bench_sync_person_copy, bench_sync_position_copy');
  return seconds;
}

/** Runs the bulk-sync section: returns rows/s of each run and of COPY. */
export async function benchSync({ gql, sql, log }) {
  const muni = (await sql.query(`SELECT id FROM municipality ORDER BY name LIMIT 1`)).rows[0].id;
  const orgs = Array.from({ length: 20 }, (_, i) => ({ externalId: `bench-sync-org-${i}`, name: `МОУ «Бенч-синхронная школа № ${i + 1}»`, kind: 'SCHOOL', municipalityId: muni }));
  const o = (await gql(SYNC_ORGS, { input: { rows: orgs } })).syncOrganizations;
  if (o.refused) throw new Error(`bench sync: ${o.refused} organisations refused`);
  const organizationIds = (
    await sql.query(`SELECT entity_id FROM sync_external_id WHERE entity_type = 'ORGANIZATION' AND external_id = ANY($1) ORDER BY external_id`, [orgs.map((x) => x.externalId)])
  ).rows.map((r) => r.entity_id);

  log(`sync: ${ROWS} people in batches of ${BATCH}…`);
  const created = await runAll(gql, roster(orgs));
  if (created.totals.created !== ROWS) throw new Error(`bench sync created ${created.totals.created} of ${ROWS}: ${JSON.stringify(created.totals)}`);
  const unchanged = await runAll(gql, roster(orgs));
  if (unchanged.totals.unchanged !== ROWS) throw new Error(`bench sync: second run not all UNCHANGED: ${JSON.stringify(unchanged.totals)}`);
  const updated = await runAll(gql, roster(orgs, 1));
  if (updated.totals.updated !== ROWS) throw new Error(`bench sync: third run not all UPDATED: ${JSON.stringify(updated.totals)}`);
  const copy = await copyBaseline(sql, roster(orgs), organizationIds);
  return { rows: ROWS, created: created.seconds, unchanged: unchanged.seconds, updated: updated.seconds, copy };
}

export function reportSync(r, fmt, line) {
  const rate = (s) => `${fmt(r.rows / s, 0)} rows/s`;
  console.log(line);
  console.log(`Bulk sync (syncPeople, ${fmt(r.rows, 0)} people with a position, batches of ${BATCH}) vs COPY of the same rows`);
  console.log(`  first run (CREATED)      ${fmt(r.created, 2)} s   ${rate(r.created)}   (${fmt(r.created / r.copy, 1)}× COPY)`);
  console.log(`  same rows (UNCHANGED)    ${fmt(r.unchanged, 2)} s   ${rate(r.unchanged)}`);
  console.log(`  one field changed (UPD.) ${fmt(r.updated, 2)} s   ${rate(r.updated)}`);
  console.log(`  COPY (floor)             ${fmt(r.copy, 2)} s   ${rate(r.copy)}`);
}
