/**
 * Person owns the employment history (`position.started_on/ended_on`) and the qualification category history
 * (`qualification_record`). Read by the computed indicators; nobody re-writes these conditions.
 */

/** The position aliased `alias` was held at some time between the two days (an unknown start counts as «before»). */
export const positionDuringSql = (alias: string, fromSql: string, toSql: string) =>
  `((${alias}.started_on IS NULL OR ${alias}.started_on <= ${toSql}) AND (${alias}.ended_on IS NULL OR ${alias}.ended_on >= ${fromSql}))`;

/** The position aliased `alias` was held on the day. */
export const positionOnSql = (alias: string, daySql: string) => positionDuringSql(alias, daySql, daySql);

/**
 * A young teacher on the day (≤ 3 years in the profession): the earliest known start of the person's positions is
 * at most 3 years before the day; without any known start, the stated experience (`person.experience_years`) decides.
 */
export const youngOnSql = (personAlias: string, daySql: string) =>
  `(CASE WHEN EXISTS (SELECT 1 FROM position yh WHERE yh.person_id = ${personAlias}.id AND yh.started_on IS NOT NULL)
         THEN (SELECT min(yh.started_on) FROM position yh WHERE yh.person_id = ${personAlias}.id) > (${daySql} - INTERVAL '3 years')::date
         ELSE ${personAlias}.experience_years <= 3 END)`;

/** The qualification category the person holds on the day (NULL when none): the latest assigned that has not expired. */
export const categoryOnSql = (personIdSql: string, daySql: string, alias = 'qh') =>
  `(SELECT ${alias}.category FROM qualification_record ${alias}
     WHERE ${alias}.person_id = ${personIdSql} AND ${alias}.assigned_on <= ${daySql} AND (${alias}.valid_until IS NULL OR ${alias}.valid_until >= ${daySql})
     ORDER BY ${alias}.assigned_on DESC, ${alias}.category LIMIT 1)`;
