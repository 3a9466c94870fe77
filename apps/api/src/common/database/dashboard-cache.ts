import { createHash } from 'node:crypto';
import { DASHBOARD_FACT_TABLES } from '../../database/migrations/1796410000000-DashboardCache';

/** The named parameter `withDashboardCache` statements take: the key from `dashboardCacheKey`. */
export const DASHBOARD_CACHE_KEY = 'dashboardCacheKey';

/**
 * What is worked out once per SQL text (the dashboards' statements are a few texts of several KB each, built again for
 * every request): its digest and the fact tables it names. Bounded: a text beyond the first thousand is not kept.
 */
const perText = new Map<string, { digest: string; tables: string[] }>();
function textFacts(sql: string): { digest: string; tables: string[] } {
  let facts = perText.get(sql);
  if (!facts) {
    facts = { digest: createHash('sha256').update(sql).digest('hex'), tables: DASHBOARD_FACT_TABLES.filter((t) => new RegExp(`\\b${t}\\b`).test(sql)) };
    if (perText.size < 1000) perText.set(sql, facts);
  }
  return facts;
}

/** The key of a cached statement: sha-256 of its SQL (by its digest) and parameters (everything it depends on besides the facts). */
export function dashboardCacheKey(sql: string, params: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify([textFacts(sql).digest, params])).digest('hex');
}

/** The fact tables (migration DashboardCache) whose names occur in `sql`: the tables a cached statement reads. */
export function dashboardFactTablesOf(sql: string): string[] {
  return [...textFacts(sql).tables];
}

/** The transaction of a note was not visible to the snapshot (text) a part was computed under. */
export const invisibleTo = (xid: string, snapshot: string) =>
  `${xid} >= CAST(CAST(pg_snapshot_xmin(CAST(${snapshot} AS pg_snapshot)) AS text) AS bigint)
     AND NOT pg_visible_in_snapshot(CAST(CAST(${xid} AS text) AS xid8), CAST(${snapshot} AS pg_snapshot))`;

/**
 * A cached part is still valid: no transaction noted since as writing one of the tables it reads (`tables` of the
 * part) was invisible to the snapshot it was computed under.
 */
export const dashboardPartValid = (c: string) => `NOT EXISTS (
  SELECT 1 FROM dashboard_fact_change dc_f
   WHERE dc_f.table_name = ANY(${c}.tables) AND ${invisibleTo('dc_f.xid', `${c}.snapshot`)})`;

/** The advisory lock between the statements that store parts (shared) and the clean-up of the notes (exclusive). */
export const DASHBOARD_CACHE_LOCK = 7_465_110;
const LOCK = DASHBOARD_CACHE_LOCK;

/**
 * The dashboards' heavy read models, cached with exact invalidation (tables of migration DashboardCache): `sql`
 * (a SELECT with named parameters, all of them part of the key) becomes ONE statement with one column `payload`, a
 * JSON array of its rows. When a part stored under the key is still valid (none of the fact tables `sql` names was
 * written by a transaction the part's snapshot did not see — statement triggers note every writing transaction and
 * the table in `dashboard_fact_change`; the part keeps the tables it reads),
 * the statement returns it without running `sql`; otherwise it runs `sql` under its own snapshot, stores the rows
 * with that very snapshot, and forgets the parts that can never serve again. So what it returns is always what `sql`
 * returns on the facts the statement sees, and the number of statements is the same either way. The notes are
 * forgotten by `DASHBOARD_CACHE_PRUNE_SQL` only (it waits for the statements storing parts: see there).
 */
export function withDashboardCache(sql: string): string {
  const key = `CAST(:${DASHBOARD_CACHE_KEY} AS varchar)`;
  const tables = `CAST(ARRAY[${dashboardFactTablesOf(sql).map((t) => `'${t}'`).join(', ')}] AS varchar[])`;
  return `WITH dc_snap AS MATERIALIZED (SELECT pg_current_snapshot() AS s),
    dc_lock AS MATERIALIZED (SELECT pg_advisory_xact_lock_shared(${LOCK}) AS held),
    dc_hit AS MATERIALIZED (SELECT dc_c.payload FROM dashboard_cache dc_c WHERE dc_c.key = ${key} AND ${dashboardPartValid('dc_c')}),
    dc_fresh AS MATERIALIZED (
      SELECT coalesce(jsonb_agg(to_jsonb(dc_q)), CAST('[]' AS jsonb)) AS payload FROM (${sql}) dc_q WHERE NOT EXISTS (SELECT 1 FROM dc_hit)),
    dc_store AS (
      INSERT INTO dashboard_cache (key, snapshot, tables, payload, computed_at)
      SELECT ${key}, (SELECT CAST(s AS text) FROM dc_snap), ${tables}, dc_fresh.payload, now() FROM dc_fresh WHERE NOT EXISTS (SELECT 1 FROM dc_hit)
      ON CONFLICT (key) DO UPDATE SET snapshot = EXCLUDED.snapshot, tables = EXCLUDED.tables, payload = EXCLUDED.payload, computed_at = EXCLUDED.computed_at),
    dc_stale AS (
      DELETE FROM dashboard_cache dc_o WHERE dc_o.key <> ${key} AND NOT EXISTS (SELECT 1 FROM dc_hit) AND NOT ${dashboardPartValid('dc_o')})
    SELECT coalesce((SELECT payload FROM dc_hit), (SELECT payload FROM dc_fresh)) AS payload FROM dc_lock`;
}

/**
 * The clean-up of the cache (`DashboardCacheService`: every night, in ONE transaction, statements in this order):
 * parts that any write since could concern (whole parts and per-organisation parts), then the notes (of tables and
 * of people) older than every snapshot that may still need them — those of the parts kept, of the statements running
 * on this database (`pg_stat_activity.backend_xmin`, made 64-bit conservatively), and this one.
 * The exclusive lock first: a statement storing a part holds it shared until it commits, so none can commit between
 * this transaction's snapshots and its look at the running statements (one not yet storing shows its snapshot there).
 */
export const DASHBOARD_CACHE_PRUNE_SQL = [
  `SELECT pg_advisory_xact_lock(${LOCK})`,
  // Parts that any write since could concern (even one to a table they do not read, or of people not theirs) are
  // recomputed on their next read, so that every note since can go.
  `DELETE FROM dashboard_cache dc_o WHERE EXISTS (SELECT 1 FROM dashboard_fact_change dc_f WHERE ${invisibleTo('dc_f.xid', 'dc_o.snapshot')})`,
  `DELETE FROM dashboard_org_part dc_p
    WHERE EXISTS (SELECT 1 FROM dashboard_fact_change dc_f WHERE ${invisibleTo('dc_f.xid', 'dc_p.snapshot')})
       OR EXISTS (SELECT 1 FROM dashboard_person_change dc_y WHERE ${invisibleTo('dc_y.xid', 'dc_p.snapshot')})`,
  `WITH dc_t AS MATERIALIZED (
     SELECT LEAST(
      CAST(CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text) AS bigint),
      (SELECT min(CAST(CAST(pg_snapshot_xmin(CAST(dc_k.snapshot AS pg_snapshot)) AS text) AS bigint)) FROM dashboard_cache dc_k),
      (SELECT min(CAST(CAST(pg_snapshot_xmin(CAST(dc_p.snapshot AS pg_snapshot)) AS text) AS bigint)) FROM dashboard_org_part dc_p),
      CAST(CAST(pg_snapshot_xmax(pg_current_snapshot()) AS text) AS bigint)
        - (SELECT coalesce(max(age(a.backend_xmin)), 0) FROM pg_stat_activity a WHERE a.datname = current_database() AND a.backend_xmin IS NOT NULL)) AS xid),
   dc_people AS (DELETE FROM dashboard_person_change dc_y WHERE dc_y.xid < (SELECT xid FROM dc_t))
   DELETE FROM dashboard_fact_change dc_x WHERE dc_x.xid < (SELECT xid FROM dc_t)`,
];
