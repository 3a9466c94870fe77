import { DASHBOARD_PERSON_TABLES } from '../../database/migrations/1796501000000-DashboardPartials';
import { DASHBOARD_CACHE_LOCK, dashboardFactTablesOf, invisibleTo } from './dashboard-cache';

/** The named parameter `withOrgPartials` statements take: the key from `dashboardCacheKey` of the part's SQL and parameters. */
export const DASHBOARD_PART_KEY = 'dashboardPartKey';

const EVERYONE = `CAST('00000000-0000-0000-0000-000000000000' AS uuid)`;

export interface OrgPartials {
  /** The organisations summed over, live and in the caller's scope. Columns: id, row_id (the row it is summed into). */
  orgsSql: string;
  /**
   * The part of the organisations of the subquery `orgIdsSql`, from the facts of the people placed there: columns
   * organization_id, cells (jsonb), persons (uuid[]); an organisation without facts may be absent. Its parameters
   * (besides the organisations) are all in the key. Person-owned tables (DASHBOARD_PERSON_TABLES) may be read only for
   * the people who are placed there (then or now); any other fact table it names invalidates every part when written.
   */
  partSql: (orgIdsSql: string) => string;
  /** Every organisation where each person of the subquery `personIdsSql` may be placed now (a superset is fine). Columns: person_id, organization_id. */
  placesSql: (personIdsSql: string) => string;
  /** The result, from the CTE `dp_all` (row_id, organization_id, cells, persons): one row per organisation summed over. */
  sumSql: string;
}

/**
 * Per-organisation parts of a dashboard read (table `dashboard_org_part`, migration DashboardPartials), as ONE
 * statement: the organisations' stored parts are summed; an organisation's part is recomputed (one `partSql` for all
 * of them, scoped to them) and stored with the statement's snapshot only when it is missing or a transaction its
 * snapshot did not see has since
 * - written a person-owned fact of a person counted in the part, or of a person who may be placed at the organisation
 *   now (`dashboard_person_change`: statement triggers note the people every write touches — a fact counts only
 *   where its person is placed, so no other write can change the part), or
 * - written any other fact table the part reads (`dashboard_fact_change`).
 * So the sum is always exactly what `partSql` gives over all the organisations on the facts the statement sees, and
 * after a small write only the organisations it touched are recomputed.
 */
export function withOrgPartials(p: OrgPartials): string {
  const key = `CAST(:${DASHBOARD_PART_KEY} AS varchar)`;
  const shared = dashboardFactTablesOf(p.partSql('NULL')).filter((t) => !(DASHBOARD_PERSON_TABLES as readonly string[]).includes(t));
  const sharedChanged = shared.length
    ? `OR EXISTS (SELECT 1 FROM dashboard_fact_change dp_f WHERE dp_f.table_name IN (${shared.map((t) => `'${t}'`).join(', ')}) AND ${invisibleTo('dp_f.xid', 'dp_k.snapshot')})`
    : '';
  return `WITH dp_snap AS MATERIALIZED (SELECT pg_current_snapshot() AS s, pg_advisory_xact_lock_shared(${DASHBOARD_CACHE_LOCK}) AS held),
    dp_orgs AS MATERIALIZED (${p.orgsSql}),
    dp_old AS MATERIALIZED (
      SELECT dp_k.organization_id, dp_k.snapshot, dp_k.cells, dp_k.persons FROM dashboard_org_part dp_k
       WHERE dp_k.key = ${key} AND dp_k.organization_id IN (SELECT id FROM dp_orgs)),
    dp_people AS MATERIALIZED (
      SELECT dp_n.xid, dp_n.person_id FROM dashboard_person_change dp_n
       WHERE dp_n.xid >= (SELECT min(CAST(CAST(pg_snapshot_xmin(CAST(dp_o.snapshot AS pg_snapshot)) AS text) AS bigint)) FROM dp_old dp_o)),
    dp_places AS MATERIALIZED (
      SELECT dp_c.xid, dp_pl.organization_id FROM dp_people dp_c
        JOIN (${p.placesSql('SELECT dp_c2.person_id FROM dp_people dp_c2')}) dp_pl ON dp_pl.person_id = dp_c.person_id),
    dp_stale AS MATERIALIZED (
      SELECT dp_g.id FROM dp_orgs dp_g CROSS JOIN dp_snap LEFT JOIN dp_old dp_k ON dp_k.organization_id = dp_g.id
       WHERE dp_k.organization_id IS NULL ${sharedChanged}
          OR EXISTS (SELECT 1 FROM dp_people dp_c WHERE (dp_c.person_id = ${EVERYONE} OR dp_c.person_id = ANY(dp_k.persons)) AND ${invisibleTo('dp_c.xid', 'dp_k.snapshot')})
          OR EXISTS (SELECT 1 FROM dp_places dp_c WHERE dp_c.organization_id = dp_g.id AND ${invisibleTo('dp_c.xid', 'dp_k.snapshot')})),
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
      SELECT dp_g.row_id, dp_g.id, dp_r.cells, dp_r.persons FROM dp_orgs dp_g JOIN dp_fresh dp_r ON dp_r.organization_id = dp_g.id)
    ${p.sumSql}`;
}
