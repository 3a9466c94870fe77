/**
 * Mentoring owns what counts as «a teacher takes part in mentoring»: a mentor or a mentee of a pair, triad or group
 * that ran (active or completed) during the given days. Read by the computed indicators.
 */
export const hasMentorshipSql = (personIdSql: string, fromSql: string, toSql: string, alias = 'mf') =>
  `EXISTS (SELECT 1 FROM mentorship_participant ${alias}_p JOIN mentorship ${alias}_m ON ${alias}_m.id = ${alias}_p.mentorship_id
            WHERE ${alias}_p.person_id = ${personIdSql} AND ${alias}_m.status IN ('ACTIVE', 'COMPLETED')
              AND ${alias}_m.starts_on <= ${toSql} AND coalesce(${alias}_m.ends_on, ${toSql}) >= ${fromSql})`;
