/**
 * Route owns what counts as «a teacher carries out an approved route (ИОМ)»: a live personal route approved (then in
 * progress or completed) whose period meets the given days. Read by the computed indicators; nobody re-writes it.
 */
export const APPROVED_ROUTE_STATUSES = `('APPROVED', 'IN_PROGRESS', 'COMPLETED')`;

/** Condition: the person given by `personIdSql` has such a route between `fromSql` and `toSql` (typed date expressions). */
export const hasApprovedRouteSql = (personIdSql: string, fromSql: string, toSql: string, alias = 'rf_r') =>
  `EXISTS (SELECT 1 FROM learning_route ${alias}
            WHERE ${alias}.person_id = ${personIdSql} AND ${alias}.archived_at IS NULL AND ${alias}.status IN ${APPROVED_ROUTE_STATUSES}
              AND ${alias}.starts_on <= ${toSql} AND ${alias}.ends_on >= ${fromSql})`;

/**
 * The competences targeted by the person's approved routes in the period, with the baseline score the route was
 * built from: `SELECT code, baseline_score` (rows without a baseline are left out).
 */
export const approvedRouteTargetsSql = (personIdSql: string, fromSql: string, toSql: string, alias = 'rt') =>
  `SELECT ${alias}_c.code, ${alias}_lc.baseline_score FROM learning_route ${alias}_r
     JOIN learning_route_competence ${alias}_lc ON ${alias}_lc.route_id = ${alias}_r.id
     JOIN competence ${alias}_c ON ${alias}_c.id = ${alias}_lc.competence_id
    WHERE ${alias}_r.person_id = ${personIdSql} AND ${alias}_r.archived_at IS NULL AND ${alias}_r.status IN ${APPROVED_ROUTE_STATUSES}
      AND ${alias}_r.starts_on <= ${toSql} AND ${alias}_r.ends_on >= ${fromSql} AND ${alias}_lc.baseline_score IS NOT NULL`;
