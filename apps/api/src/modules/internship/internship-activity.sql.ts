/**
 * The internship domain's part of the dashboards, for a population (`peopleSql`, a subquery of person ids) and a
 * period [`fromSql`, `toSql`]. One row: cohorts (live cohorts overlapping the period with an enrolled person of the
 * population), interns (people of the population enrolled in them), completed (people of the population with a
 * module or programme completed in the period).
 */
export const internshipActivitySql = (peopleSql: string, fromSql: string, toSql: string) => `
  SELECT (SELECT count(DISTINCT ia_a.cohort_id)::int FROM internship_application ia_a
            JOIN internship_cohort ia_c ON ia_c.id = ia_a.cohort_id AND ia_c.archived_at IS NULL
           WHERE ia_a.status = 'APPROVED' AND ia_c.starts_on <= ${toSql} AND ia_c.ends_on >= ${fromSql}
             AND ia_a.person_id IN (${peopleSql})) AS cohorts,
         (SELECT count(DISTINCT ia_a.person_id)::int FROM internship_application ia_a
            JOIN internship_cohort ia_c ON ia_c.id = ia_a.cohort_id AND ia_c.archived_at IS NULL
           WHERE ia_a.status = 'APPROVED' AND ia_c.starts_on <= ${toSql} AND ia_c.ends_on >= ${fromSql}
             AND ia_a.person_id IN (${peopleSql})) AS interns,
         (SELECT count(DISTINCT ia_k.person_id)::int FROM internship_completion ia_k
           WHERE ia_k.completed_on BETWEEN ${fromSql} AND ${toSql} AND ia_k.person_id IN (${peopleSql})) AS completed`;

/** Completions per month of the period for the population. Columns: month ('YYYY-MM'), completed (people). */
export const internshipCompletionsByMonthSql = (peopleSql: string, fromSql: string, toSql: string) => `
  SELECT to_char(ia_k.completed_on, 'YYYY-MM') AS month, count(DISTINCT ia_k.person_id)::int AS completed
    FROM internship_completion ia_k
   WHERE ia_k.completed_on BETWEEN ${fromSql} AND ${toSql} AND ia_k.person_id IN (${peopleSql})
   GROUP BY 1`;

/**
 * The rows behind `internshipActivitySql`'s cohorts and interns (the same conditions): approved applications of the
 * population to live cohorts overlapping the period. Columns: cohort_id, person_id.
 */
export const internshipEnrolmentRowsSql = (peopleSql: string, fromSql: string, toSql: string) => `
  SELECT ia_a.cohort_id, ia_a.person_id FROM internship_application ia_a
    JOIN internship_cohort ia_c ON ia_c.id = ia_a.cohort_id AND ia_c.archived_at IS NULL
   WHERE ia_a.status = 'APPROVED' AND ia_c.starts_on <= ${toSql} AND ia_c.ends_on >= ${fromSql}
     AND ia_a.person_id IN (${peopleSql})`;

/** The rows behind `completed`: completions of the population in the period. Columns: person_id, completed_on. */
export const internshipCompletionRowsSql = (peopleSql: string, fromSql: string, toSql: string) => `
  SELECT ia_k.person_id, ia_k.completed_on FROM internship_completion ia_k
   WHERE ia_k.completed_on BETWEEN ${fromSql} AND ${toSql} AND ia_k.person_id IN (${peopleSql})`;
