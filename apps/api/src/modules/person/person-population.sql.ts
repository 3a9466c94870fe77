/**
 * The person domain's part of the dashboards: live people (not archived) working at one of the organisations the
 * subquery `orgIdsSql` selects (any position). Column: person_id (distinct).
 */
export const peopleOfOrganizationsSql = (orgIdsSql: string, alias = 'pp') => `
  SELECT DISTINCT ${alias}_pos.person_id
    FROM position ${alias}_pos
    JOIN person ${alias}_p ON ${alias}_p.id = ${alias}_pos.person_id AND ${alias}_p.archived_at IS NULL
   WHERE ${alias}_pos.organization_id IN (${orgIdsSql})`;
