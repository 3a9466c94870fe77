/**
 * Organisation owns the statuses it holds by year (`organization_status`: НОР, НСУ, ВОР, … with their source).
 * Condition: the organisation given by `orgIdSql` held one of `kinds` in a year between the two (int expressions).
 */
export const hasStatusInYearsSql = (orgIdSql: string, kinds: readonly string[], fromYearSql: string, toYearSql: string, alias = 'os_y') =>
  `EXISTS (SELECT 1 FROM organization_status ${alias} WHERE ${alias}.organization_id = ${orgIdSql}
            AND ${alias}.kind IN (${kinds.map((k) => `'${k.replace(/'/g, '')}'`).join(', ')})
            AND ${alias}.year BETWEEN ${fromYearSql} AND ${toYearSql})`;

/** The organisation kinds that are schools (for shares of schools). */
export const SCHOOL_KINDS_SQL = `('SCHOOL', 'GYMNASIUM', 'LYCEUM', 'EDUCATION_CENTER', 'BOARDING_SCHOOL')`;
