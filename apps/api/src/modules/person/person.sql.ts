/**
 * Person owns how a person is named and where they mainly work. Other domains' SQL uses these
 * fragments instead of writing the expressions again.
 */

/** «Фамилия Имя Отчество» of the person row aliased `alias`. */
export const fullNameSql = (alias: string) => `concat_ws(' ', ${alias}.last_name, ${alias}.first_name, ${alias}.middle_name)`;

/** The id of the main workplace (a position held now before an ended one, the main position first, then the oldest) of the person given by `personIdSql`. */
export const mainOrganizationIdSql = (personIdSql: string, alias = 'mw_po') =>
  `(SELECT ${alias}.organization_id FROM position ${alias} WHERE ${alias}.person_id = ${personIdSql} ORDER BY ${alias}.ended_on IS NOT NULL, ${alias}.is_main DESC, ${alias}.created_at, ${alias}.id LIMIT 1)`;

/**
 * The same main workplace for many people at once, as rows (person_id, organization_id): everyone's, or the people of
 * the subquery `personIdsSql`. For reads over thousands of people, where one lookup per row would be too slow.
 */
export const mainOrganizationsSql = (personIdsSql: string | null = null, alias = 'mws_po') =>
  `SELECT DISTINCT ON (${alias}.person_id) ${alias}.person_id, ${alias}.organization_id FROM position ${alias}
    ${personIdsSql ? `WHERE ${alias}.person_id IN (${personIdsSql})` : ''}
    ORDER BY ${alias}.person_id, ${alias}.ended_on IS NOT NULL, ${alias}.is_main DESC, ${alias}.created_at, ${alias}.id`;

/** The short (or full) name of the main workplace of the person given by `personIdSql`. */
export const mainOrganizationNameSql = (personIdSql: string, alias = 'mw_po') =>
  `(SELECT coalesce(${alias}_o.short_name, ${alias}_o.name) FROM position ${alias} JOIN organization ${alias}_o ON ${alias}_o.id = ${alias}.organization_id
     WHERE ${alias}.person_id = ${personIdSql} ORDER BY ${alias}.ended_on IS NOT NULL, ${alias}.is_main DESC, ${alias}.created_at, ${alias}.id LIMIT 1)`;

/** Person cards (`id`, `fullName`, `organizationName`: the main workplace's name) of the people whose ids `idsSql` gives (a uuid[] expression). */
export const personCardsSql = (idsSql: string) =>
  `SELECT pe.id, ${fullNameSql('pe')} AS "fullName", ${mainOrganizationNameSql('pe.id')} AS "organizationName"
         FROM person pe WHERE pe.id = ANY(${idsSql})`;
