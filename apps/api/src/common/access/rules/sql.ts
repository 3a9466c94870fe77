import { AccessScope } from '../../auth/access-scope';

/** Organisations with this id expression lie in the scope. */
export function orgIn(scope: AccessScope, orgIdSql: string): { sql: string; params: Record<string, unknown> } {
  const c = scope.organizationCondition('acc_o');
  return { sql: `EXISTS (SELECT 1 FROM organization acc_o WHERE acc_o.id = ${orgIdSql} AND ${c.sql})`, params: c.params };
}

/**
 * A group hosted by an organisation, a municipality or a network (associations, mentoring programmes) is
 * managed by whoever has its host organisation or municipality in scope, or the host network's coordinator.
 */
export function hostManaged(scope: AccessScope, alias: string, hasMunicipality = true): { sql: string; params: Record<string, unknown> } {
  const mun = hasMunicipality ? scope.municipalityCondition(`${alias}.municipality_id`) : { sql: 'FALSE', params: {} };
  const org = orgIn(scope, `${alias}.organization_id`);
  const coord = orgIn(scope, `(SELECT acc_n.coordinator_organization_id FROM network acc_n WHERE acc_n.id = ${alias}.network_id)`);
  return {
    sql: `(CASE WHEN ${alias}.organization_id IS NOT NULL THEN ${org.sql}
               ${hasMunicipality ? `WHEN ${alias}.municipality_id IS NOT NULL THEN ${mun.sql}` : ''}
               ELSE ${coord.sql} END)`,
    params: { ...mun.params, ...org.params, ...coord.params },
  };
}

/** The statement of a rule: the candidate ids (`:ids`) among the rows of `table` aliased `alias` that meet `cond`. */
export function idsWhere(table: string, alias: string, cond: { sql: string; params: Record<string, unknown> }): { sql: string; params: Record<string, unknown> } {
  return { sql: `SELECT ${alias}.id FROM ${table} ${alias} WHERE ${alias}.id = ANY(CAST(:ids AS uuid[])) AND ${cond.sql}`, params: cond.params };
}
