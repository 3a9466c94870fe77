/**
 * The person domain's part of the dashboards: live people (not archived) working at one of the organisations the
 * subquery `orgIdsSql` selects (any position). Column: person_id (distinct).
 */
export const peopleOfOrganizationsSql = (orgIdsSql: string, alias = 'pp') => `
  SELECT DISTINCT ${alias}_pos.person_id
    FROM position ${alias}_pos
    JOIN person ${alias}_p ON ${alias}_p.id = ${alias}_pos.person_id AND ${alias}_p.archived_at IS NULL
   WHERE ${alias}_pos.organization_id IN (${orgIdsSql})`;

/**
 * `peopleOfOrganizationsSql` per organisation: each live person with the organisations of the subquery `orgIdsSql`
 * they work at (any position), and whether they work at more than one organisation (anywhere), in which case they
 * may count in several. Columns: organization_id, person_id, several (boolean).
 */
export const peopleByOrganizationSql = (orgIdsSql: string, alias = 'pbo') => `
  SELECT DISTINCT ${alias}_pos.organization_id, ${alias}_pos.person_id,
         EXISTS (SELECT 1 FROM position ${alias}_o WHERE ${alias}_o.person_id = ${alias}_pos.person_id AND ${alias}_o.organization_id <> ${alias}_pos.organization_id) AS several
    FROM position ${alias}_pos
    JOIN person ${alias}_p ON ${alias}_p.id = ${alias}_pos.person_id AND ${alias}_p.archived_at IS NULL
   WHERE ${alias}_pos.organization_id = ANY(ARRAY(${orgIdsSql}))`;

/**
 * Every organisation each person of the subquery `personIdsSql` works at (any position); only the live people when
 * `live`, as `peopleOfOrganizationsSql` counts them. Columns: person_id, organization_id.
 */
export const organizationsOfPeopleSql = (personIdsSql: string, live = false, alias = 'oop') => `
  SELECT DISTINCT ${alias}_pos.person_id, ${alias}_pos.organization_id FROM position ${alias}_pos
    ${live ? `JOIN person ${alias}_p ON ${alias}_p.id = ${alias}_pos.person_id AND ${alias}_p.archived_at IS NULL` : ''}
   WHERE ${alias}_pos.person_id = ANY(ARRAY(${personIdsSql}))`;
