import { Injectable } from '@nestjs/common';
import { ComputedIndicatorKey, ComputedRowKind, DrillDownRows, IndicatorOwnerKind } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AccessScope } from '../../../common/auth/access-scope';
import { Connection } from '../../../common/pagination/connection';
import { ListOrder, OrderColumns, PageRequest } from '../../../common/pagination/order';
import { orderedSqlPage } from '../../../common/pagination/ordered-sql';
import { fullNameSql, mainOrganizationNameSql } from '../../person/person.sql';
import { DrillDownOrderField } from './dto/computed.args';
import { computationSql } from './computed.sql';

/** One computation asked for: an indicator key over an owner for a period. */
export interface ComputationRequest {
  key: ComputedIndicatorKey;
  scopeKind: IndicatorOwnerKind;
  scopeId: string;
  from: string;
  to: string;
}

export interface ComputationCount {
  numerator: number;
  denominator: number;
}

export interface DrillDownSqlRow {
  id: string;
  kind: ComputedRowKind;
  name: string;
  organization_name: string | null;
  counted: boolean;
}

const DRILL_ORDER: OrderColumns<DrillDownOrderField> = {
  NAME: { sql: 'x.name', type: 'text' },
  ORGANIZATION: { sql: 'x.organization_name', type: 'text', nulls: '' },
  COUNTED: { sql: 'CASE WHEN x.counted THEN 1 ELSE 0 END', type: 'int' },
};

const params = (n: number, r: ComputationRequest) => ({ [`o${n}`]: r.scopeId, [`f${n}`]: r.from, [`t${n}`]: r.to });

/** The computed indicators' SQL: any number of computations in one statement; a drill-down page in two. */
@Injectable()
export class ComputedRepository {
  /** The counts of every request (person- and school-based ones), in their order, in ONE statement. */
  async counts(m: EntityManager, requests: readonly ComputationRequest[]): Promise<ComputationCount[]> {
    if (!requests.length) return [];
    const parts = requests.map((r, n) => {
      const c = computationSql(r.key, r.scopeKind, n);
      return `SELECT ${n} AS idx, count(*)::int AS denominator, (count(*) FILTER (WHERE x.counted))::int AS numerator FROM (${c.rows}) x`;
    });
    const named = Object.assign({}, ...requests.map((r, n) => params(n, r))) as Record<string, unknown>;
    const [sql, values] = m.connection.driver.escapeQueryWithParameters(parts.join('\nUNION ALL\n'), named);
    const rows: { idx: number; denominator: number; numerator: number }[] = await m.query(sql, values);
    const byIdx = new Map(rows.map((r) => [Number(r.idx), r]));
    return requests.map((_r, n) => ({ numerator: byIdx.get(n)?.numerator ?? 0, denominator: byIdx.get(n)?.denominator ?? 0 }));
  }

  /**
   * The rows behind one number, restricted to what the caller's scope may see (`scope.personCondition` for people,
   * `organizationCondition` for schools): two statements (the total and the page).
   */
  async drillDown(
    m: EntityManager,
    scope: AccessScope,
    r: ComputationRequest,
    rows: DrillDownRows,
    order: ListOrder<DrillDownOrderField>,
    page: PageRequest,
  ): Promise<Connection<DrillDownSqlRow>> {
    const c = computationSql(r.key, r.scopeKind, 0);
    const which = rows === DrillDownRows.COUNTED ? 'AND c.counted' : rows === DrillDownRows.NOT_COUNTED ? 'AND NOT c.counted' : '';
    let sql: string;
    let cond: { sql: string; params: Record<string, unknown> };
    if (c.rowKind === ComputedRowKind.ORGANIZATION) {
      cond = scope.organizationCondition('dorg');
      sql = `SELECT dorg.id, 'ORGANIZATION' AS kind, coalesce(dorg.short_name, dorg.name) AS name, NULL::text AS organization_name, c.counted
               FROM (${c.rows}) c JOIN organization dorg ON dorg.id = c.id WHERE ${cond.sql} ${which}`;
    } else {
      cond = scope.personCondition('dp');
      sql = `SELECT dp.id, 'PERSON' AS kind, ${fullNameSql('dp')} AS name, ${mainOrganizationNameSql('dp.id')} AS organization_name, c.counted
               FROM (${c.rows}) c JOIN person dp ON dp.id = c.id WHERE ${cond.sql} ${which}`;
    }
    const [text, values] = m.connection.driver.escapeQueryWithParameters(sql, { ...cond.params, ...params(0, r) });
    return orderedSqlPage<DrillDownSqlRow, DrillDownOrderField>(m, { sql: text, params: values }, DRILL_ORDER, order, page);
  }
}
