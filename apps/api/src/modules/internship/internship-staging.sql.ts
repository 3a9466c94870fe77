/**
 * What the internship domain reads of the staging domain (sites, programmes, modules, tracks), in one place.
 * Cohort parameters: `$1` is the cohort id.
 */

/** The site that runs a programme given by `programIdSql`, aliased `alias` (columns: organization_id, head_person_id). */
export const programSiteSql = (programIdSql: string, alias: string) =>
  `(SELECT ${alias}_p.site_id FROM internship_program ${alias}_p WHERE ${alias}_p.id = ${programIdSql})`;

/** The host organisation of the site running the programme given by `programIdSql`. */
export const programHostSql = (programIdSql: string, alias: string) =>
  `(SELECT ${alias}_s.organization_id FROM staging_site ${alias}_s WHERE ${alias}_s.id = ${programSiteSql(programIdSql, alias)})`;

/** The person given by `personSql` heads the site or is one of its masters («педагог-мастер»). */
export const runsProgramSiteSql = (programIdSql: string, personSql: string, alias: string) =>
  `EXISTS (SELECT 1 FROM staging_site ${alias}_s WHERE ${alias}_s.id = ${programSiteSql(programIdSql, alias)}
             AND (${alias}_s.head_person_id = ${personSql}
                  OR EXISTS (SELECT 1 FROM staging_site_master ${alias}_m WHERE ${alias}_m.site_id = ${alias}_s.id AND ${alias}_m.person_id = ${personSql})))`;

export const PROGRAM_FACTS_SQL = `
  SELECT p.id AS "programId", p.title AS "programTitle", s.theme AS "siteTitle", o.id AS "issuerOrganizationId",
         coalesce(o.short_name, o.name) AS "issuerName",
         coalesce((SELECT sum(md.hours) FROM internship_module md WHERE md.program_id = p.id AND md.archived_at IS NULL), 0)::text AS hours
    FROM internship_cohort c
    JOIN internship_program p ON p.id = c.program_id
    JOIN staging_site s ON s.id = p.site_id
    JOIN organization o ON o.id = s.organization_id
   WHERE c.id = $1`;

export const PROGRAM_MODULES_SQL = `
  SELECT md.id AS "moduleId", md.title, md.hours::text AS hours
    FROM internship_cohort c
    JOIN internship_module md ON md.program_id = c.program_id
   WHERE c.id = $1
     AND md.hours > 0 AND md.archived_at IS NULL
     AND (c.track_id IS NULL OR EXISTS (SELECT 1 FROM internship_track_module tm WHERE tm.track_id = c.track_id AND tm.module_id = md.id))
   ORDER BY md.position, md.title`;

export const TRACK_OF_PROGRAM_SQL = `SELECT 1 FROM internship_track t WHERE t.id = $1 AND t.program_id = $2`;
export const MODULE_OF_COHORT_SQL = `SELECT 1 FROM internship_module md JOIN internship_cohort c ON c.program_id = md.program_id WHERE md.id = $1 AND c.id = $2`;
export const MASTER_OF_COHORT_SQL = `SELECT 1 FROM internship_cohort c WHERE c.id = $2 AND ${runsProgramSiteSql('c.program_id', 'CAST($1 AS uuid)', 'mc')}`;
