import { DASHBOARD_PERSON_TABLES } from '../../database/migrations/1796501000000-DashboardPartials';
import { DASHBOARD_NOTED_TABLES } from '../../database/migrations/1796506000000-DashboardPersonNotes';
import { DASHBOARD_CACHE_KEY, DASHBOARD_CACHE_LOCK, dashboardCacheKey, dashboardFactTablesOf, dashboardPartValid, invisibleTo } from './dashboard-cache';

/** The named parameter `withOrgPartials` statements take: the key from `dashboardCacheKey` of the part's SQL and parameters. */
export const DASHBOARD_PART_KEY = 'dashboardPartKey';

const EVERYONE = `CAST('00000000-0000-0000-0000-000000000000' AS uuid)`;

/**
 * The units parts are kept for: organisations, or anything else with people «placed» at it (events, for the
 * dashboard's counts: `dashboard_org_part.organization_id` then holds the event's id).
 */
export interface OrgPartials {
  /** The organisations summed over, live and in the caller's scope. Columns: id, row_id (the row it is summed into). */
  orgsSql: string;
  /**
   * The part of the organisations of the subquery `orgIdsSql`, from the facts of the people placed there: columns
   * organization_id, cells (jsonb), persons (uuid[]); an organisation without facts may be absent. Its parameters
   * (besides the organisations) are all in the key. Person-owned tables (DASHBOARD_PERSON_TABLES, DASHBOARD_NOTED_TABLES:
   * of the «containers» there, only the columns listed) may be read only for
   * the people who are placed there (then or now); any other fact table it names invalidates every part when written.
   * Only the notes of the person-owned tables it names make a part stale: it must name every table it reads (no view
   * or function reading one hidden behind another name).
   */
  partSql: (orgIdsSql: string) => string;
  /** Every organisation where each person of the subquery `personIdsSql` may be placed now (a superset is fine). Columns: person_id, organization_id. */
  placesSql: (personIdsSql: string) => string;
  /** The result rows (a SELECT, it may have its own WITH), from the CTE `dp_all` (row_id, organization_id, cells, persons): one row per organisation summed over. */
  sumSql: string;
}

/** The person-owned tables a part's SQL names (worked out once per text: it is built again for every request). */
const notedPerText = new Map<string, string[]>();
function notedTablesOf(noted: readonly string[], partSql: string): string[] {
  let own = notedPerText.get(partSql);
  if (!own) {
    own = noted.filter((t) => new RegExp(`\\b${t}\\b`).test(partSql));
    if (notedPerText.size < 1000) notedPerText.set(partSql, own);
  }
  return own;
}

/**
 * Per-organisation parts of a dashboard read (table `dashboard_org_part`, migration DashboardPartials), as ONE
 * statement: the organisations' stored parts are summed; an organisation's part is recomputed (one `partSql` for all
 * of them, scoped to them) and stored with the statement's snapshot only when it is missing or a transaction its
 * snapshot did not see has since
 * - written a person-owned fact of a table `partSql` names, of a person counted in the part, or of a person who may be
 *   placed at the organisation now (`dashboard_person_change`: statement triggers note the people every write touches,
 *   and the table — a fact counts only where its person is placed, so no other write can change the part), or
 * - written any other fact table the part reads (`dashboard_fact_change`).
 * So the sum is always exactly what `partSql` gives over all the organisations on the facts the statement sees, and
 * after a small write only the organisations it touched are recomputed. The summed result is cached whole on top
 * (`dashboard_cache`, as `withDashboardCache`: served while none of the tables the statement names was written), so an
 * unchanged read does not even sum. One column `payload`: a JSON array of the `sumSql` rows.
 */
export function withOrgPartials(p: OrgPartials): string {
  const key = `CAST(:${DASHBOARD_PART_KEY} AS varchar)`;
  const whole = `CAST(:${DASHBOARD_CACHE_KEY} AS varchar)`;
  const noted: readonly string[] = [...DASHBOARD_PERSON_TABLES, ...DASHBOARD_NOTED_TABLES];
  const shared = dashboardFactTablesOf(p.partSql('NULL')).filter((t) => !noted.includes(t));
  // Only the notes of the person-owned tables the part reads can make it stale (a note keeps the table that wrote it).
  const own = notedTablesOf(noted, p.partSql('NULL'));
  const sharedNotes = shared.length
    ? `SELECT dp_f.xid FROM dashboard_fact_change dp_f WHERE dp_f.table_name IN (${shared.map((t) => `'${t}'`).join(', ')}) AND dp_f.xid >= (SELECT xid FROM dp_since)`
    : 'SELECT CAST(NULL AS bigint) AS xid WHERE false';
  const tables = dashboardFactTablesOf([p.orgsSql, p.partSql('NULL'), p.placesSql('NULL'), p.sumSql].join('\n'));
  return `WITH dp_snap AS MATERIALIZED (SELECT pg_current_snapshot() AS s, pg_advisory_xact_lock_shared(${DASHBOARD_CACHE_LOCK}) AS held),
    dp_hit AS MATERIALIZED (SELECT dp_h.payload FROM dashboard_cache dp_h WHERE dp_h.key = ${whole} AND ${dashboardPartValid('dp_h')}),
    dp_orgs AS MATERIALIZED (SELECT * FROM (${p.orgsSql}) dp_g0 WHERE NOT EXISTS (SELECT 1 FROM dp_hit)),
    dp_old AS MATERIALIZED (
      SELECT dp_k.organization_id, dp_k.snapshot, dp_k.cells, dp_k.persons FROM dashboard_org_part dp_k
       WHERE dp_k.key = ${key} AND dp_k.organization_id IN (SELECT id FROM dp_orgs)),
    dp_since AS MATERIALIZED (SELECT min(CAST(CAST(pg_snapshot_xmin(CAST(dp_o.snapshot AS pg_snapshot)) AS text) AS bigint)) AS xid FROM dp_old dp_o),
    -- (the upper bound is always true: with it the planner takes the range for a narrow one and reads the notes since
    -- by the primary key instead of all of them, however many older notes the nightly clean-up has not pruned yet)
    dp_people AS MATERIALIZED (
      SELECT DISTINCT dp_n.xid, dp_n.person_id FROM dashboard_person_change dp_n
       WHERE dp_n.xid >= (SELECT xid FROM dp_since) AND dp_n.xid <= 9223372036854775807 AND dp_n.table_name IN (${own.length ? own.map((t) => `'${t}'`).join(', ') : 'NULL'})),
    dp_everyone AS MATERIALIZED (SELECT dp_c.xid FROM dp_people dp_c WHERE dp_c.person_id = ${EVERYONE}),
    dp_noted AS MATERIALIZED (SELECT ARRAY(SELECT DISTINCT dp_c.person_id FROM dp_people dp_c) AS ids),
    dp_holding AS MATERIALIZED (
      SELECT dp_h.organization_id, dp_h.snapshot, dp_h.persons FROM dashboard_org_part dp_h
       WHERE dp_h.persons && (SELECT ids FROM dp_noted) AND dp_h.key = ${key} AND cardinality((SELECT ids FROM dp_noted)) > 0),
    -- the parts holding a person noted by a transaction their snapshot did not see: the holding parts' people joined
    -- to the notes once (not every note against every holding part's people), and each match checked against its part
    dp_touched AS MATERIALIZED (
      SELECT DISTINCT dp_h.organization_id FROM dp_holding dp_h CROSS JOIN LATERAL unnest(dp_h.persons) dp_u(person_id)
        JOIN dp_people dp_c ON dp_c.person_id = dp_u.person_id
       WHERE ${invisibleTo('dp_c.xid', 'dp_h.snapshot')}),
    dp_shared AS MATERIALIZED (${sharedNotes}),
    dp_places AS MATERIALIZED (
      SELECT dp_c.xid, dp_pl.organization_id FROM dp_people dp_c
        JOIN (${p.placesSql('SELECT dp_c2.person_id FROM dp_people dp_c2')}) dp_pl ON dp_pl.person_id = dp_c.person_id),
    dp_placed AS MATERIALIZED (
      SELECT DISTINCT dp_c.organization_id FROM dp_places dp_c JOIN dp_old dp_k ON dp_k.organization_id = dp_c.organization_id
       WHERE ${invisibleTo('dp_c.xid', 'dp_k.snapshot')}),
    dp_stale AS MATERIALIZED (
      SELECT dp_g.id FROM dp_orgs dp_g CROSS JOIN dp_snap LEFT JOIN dp_old dp_k ON dp_k.organization_id = dp_g.id
       WHERE dp_k.organization_id IS NULL
          OR EXISTS (SELECT 1 FROM dp_shared dp_c WHERE ${invisibleTo('dp_c.xid', 'dp_k.snapshot')})
          OR EXISTS (SELECT 1 FROM dp_everyone dp_c WHERE ${invisibleTo('dp_c.xid', 'dp_k.snapshot')})
          OR dp_g.id IN (SELECT organization_id FROM dp_touched)
          OR dp_g.id IN (SELECT organization_id FROM dp_placed)),
    dp_fresh AS MATERIALIZED (
      SELECT dp_s.id AS organization_id, coalesce(dp_q.cells, CAST('[]' AS jsonb)) AS cells, coalesce(dp_q.persons, CAST('{}' AS uuid[])) AS persons
        FROM dp_stale dp_s LEFT JOIN (${p.partSql('SELECT dp_s2.id FROM dp_stale dp_s2')}) dp_q ON dp_q.organization_id = dp_s.id),
    dp_store AS (
      INSERT INTO dashboard_org_part (key, organization_id, snapshot, cells, persons, computed_at)
      SELECT ${key}, dp_r.organization_id, (SELECT CAST(s AS text) FROM dp_snap), dp_r.cells, dp_r.persons, now() FROM dp_fresh dp_r ORDER BY dp_r.organization_id
      ON CONFLICT (key, organization_id) DO UPDATE SET snapshot = EXCLUDED.snapshot, cells = EXCLUDED.cells, persons = EXCLUDED.persons, computed_at = EXCLUDED.computed_at),
    dp_all AS MATERIALIZED (
      SELECT dp_g.row_id, dp_g.id AS organization_id, dp_k.cells, dp_k.persons FROM dp_orgs dp_g JOIN dp_old dp_k ON dp_k.organization_id = dp_g.id
       WHERE dp_g.id NOT IN (SELECT id FROM dp_stale)
      UNION ALL
      SELECT dp_g.row_id, dp_g.id, dp_r.cells, dp_r.persons FROM dp_orgs dp_g JOIN dp_fresh dp_r ON dp_r.organization_id = dp_g.id),
    dp_sum AS MATERIALIZED (
      SELECT coalesce(jsonb_agg(to_jsonb(dp_q)), CAST('[]' AS jsonb)) AS payload FROM (${p.sumSql}) dp_q WHERE NOT EXISTS (SELECT 1 FROM dp_hit)),
    dp_keep AS (
      INSERT INTO dashboard_cache (key, snapshot, tables, payload, computed_at)
      SELECT ${whole}, (SELECT CAST(s AS text) FROM dp_snap), CAST(ARRAY[${tables.map((t) => `'${t}'`).join(', ')}] AS varchar[]), dp_sum.payload, now()
        FROM dp_sum WHERE NOT EXISTS (SELECT 1 FROM dp_hit)
      ON CONFLICT (key) DO UPDATE SET snapshot = EXCLUDED.snapshot, tables = EXCLUDED.tables, payload = EXCLUDED.payload, computed_at = EXCLUDED.computed_at)
    SELECT coalesce((SELECT payload FROM dp_hit), (SELECT payload FROM dp_sum)) AS payload FROM dp_snap`;
}

/**
 * The parameters of a `withOrgPartials` statement: `params` (all of them, of the organisations and of the part) and
 * the two keys — of the parts (their SQL and `partParams`, never the caller's scope: parts are shared) and of the
 * whole result (the statement and every parameter).
 */
export function orgPartialsParams(sql: string, p: OrgPartials, params: Record<string, unknown>, partParams: Record<string, unknown>): Record<string, unknown> {
  return { ...params, [DASHBOARD_PART_KEY]: dashboardCacheKey(p.partSql('NULL'), partParams), [DASHBOARD_CACHE_KEY]: dashboardCacheKey(sql, params) };
}
