import { Injectable } from '@nestjs/common';
import { ProductKind } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AccessScope } from '../../common/auth/access-scope';
import { acceptedMemberOrgsSql } from '../network/network-membership.sql';

/**
 * Whose products count: the organisations of a territory (a region or a municipality), the accepted members of a
 * network (network-membership.sql), or one organisation.
 */
export type ProductScope =
  | { kind: 'REGION'; regionId: string }
  | { kind: 'MUNICIPALITY'; municipalityId: string }
  | { kind: 'NETWORK'; networkId: string }
  | { kind: 'ORGANIZATION'; organizationId: string };

/** Inclusive calendar days `YYYY-MM-DD`. */
export interface ProductPeriod {
  from: string;
  to: string;
}

/** One row behind the number (drill-down). */
export interface ProductRow {
  id: string;
  kind: ProductKind;
  title: string;
  year: number;
  publishedOn: string | null;
  organizationId: string;
  organizationName: string;
  practiceId: string | null;
  routeId: string | null;
}

/**
 * Practice owns «the methodological products of a scope within a period», the number behind the products indicator.
 * The rule, written once here:
 * - archived products do not count;
 * - a product belongs to the organisation that issued it (`organization_id`), and so to its municipality and region,
 *   and to every network of which that organisation is an ACCEPTED member (now);
 * - a product is dated by its day of publication when known (`published_on` within the period), otherwise by its year
 *   (the year overlaps the period: 1 January … 31 December of `year` meets [from, to]);
 * - `within` (optional): only products of organisations the caller reaches (its scope's organisation condition), for
 *   numbers and rows shown to a caller.
 */
@Injectable()
export class ProductReader {
  /** The number of products (one statement). */
  async countProducts(m: EntityManager, scope: ProductScope, period: ProductPeriod, within?: AccessScope): Promise<number> {
    const [sql, params] = this.query(m, 'SELECT count(*) AS n', scope, period, within);
    const rows: { n: string }[] = await m.query(sql, params);
    return Number(rows[0]?.n ?? 0);
  }

  /** The products behind `countProducts` (same rule), newest first; `limit` ≤ 1000. */
  listProducts(m: EntityManager, scope: ProductScope, period: ProductPeriod, within?: AccessScope, page: { limit?: number; offset?: number } = {}): Promise<ProductRow[]> {
    const limit = Math.min(Math.max(Math.trunc(page.limit ?? 100), 1), 1000);
    const offset = Math.max(Math.trunc(page.offset ?? 0), 0);
    const [sql, params] = this.query(
      m,
      `SELECT mp.id, mp.kind, mp.title, mp.year, to_char(mp.published_on, 'YYYY-MM-DD') AS "publishedOn", mp.organization_id AS "organizationId",
              coalesce(mpo.short_name, mpo.name) AS "organizationName", mp.practice_id AS "practiceId", mp.route_id AS "routeId"`,
      scope,
      period,
      within,
      `ORDER BY mp.year DESC, mp.published_on DESC NULLS LAST, mp.title, mp.id LIMIT ${limit} OFFSET ${offset}`,
    );
    return m.query(sql, params);
  }

  /** The numbers of many scopes and periods, in their order, in ONE statement (an indicator page or list asks for several). */
  async countProductsMany(m: EntityManager, requests: readonly { scope: ProductScope; period: ProductPeriod }[], within?: AccessScope): Promise<number[]> {
    if (!requests.length) return [];
    const parts = requests.map((r, i) => this.named(`SELECT ${i} AS i, count(*) AS n`, r.scope, r.period, within, '', `_${i}`));
    const [sql, params] = m.connection.driver.escapeQueryWithParameters(parts.map((p) => `(${p.sql})`).join(' UNION ALL '), Object.assign({}, ...parts.map((p) => p.params)));
    const rows: { i: number; n: string }[] = await m.query(sql, params);
    const byIndex = new Map(rows.map((r) => [Number(r.i), Number(r.n)]));
    return requests.map((_, i) => byIndex.get(i) ?? 0);
  }

  /** The statement over `mp` (product) and `mpo` (its organisation) with the rule above. */
  private query(m: EntityManager, select: string, scope: ProductScope, period: ProductPeriod, within: AccessScope | undefined, tail = ''): [string, unknown[]] {
    const { sql, params } = this.named(select, scope, period, within, tail, '');
    return m.connection.driver.escapeQueryWithParameters(sql, params);
  }

  /** The same statement with named parameters (suffixed with `sfx`, so several can be joined by UNION ALL). */
  private named(select: string, scope: ProductScope, period: ProductPeriod, within: AccessScope | undefined, tail: string, sfx: string): { sql: string; params: Record<string, unknown> } {
    const params: Record<string, unknown> = { [`pFrom${sfx}`]: period.from, [`pTo${sfx}`]: period.to };
    const parts = [
      'mp.archived_at IS NULL',
      `(CASE WHEN mp.published_on IS NOT NULL THEN mp.published_on BETWEEN CAST(:pFrom${sfx} AS date) AND CAST(:pTo${sfx} AS date)
             ELSE make_date(mp.year, 1, 1) <= CAST(:pTo${sfx} AS date) AND make_date(mp.year, 12, 31) >= CAST(:pFrom${sfx} AS date) END)`,
    ];
    switch (scope.kind) {
      case 'REGION':
        params[`pRegion${sfx}`] = scope.regionId;
        parts.push(`mpo.municipality_id IN (SELECT pm.id FROM municipality pm WHERE pm.region_id = CAST(:pRegion${sfx} AS uuid))`);
        break;
      case 'MUNICIPALITY':
        params[`pMun${sfx}`] = scope.municipalityId;
        parts.push(`mpo.municipality_id = CAST(:pMun${sfx} AS uuid)`);
        break;
      case 'NETWORK':
        params[`pNet${sfx}`] = scope.networkId;
        parts.push(`mp.organization_id IN (${acceptedMemberOrgsSql(`CAST(:pNet${sfx} AS uuid)`, 'pnm')})`);
        break;
      case 'ORGANIZATION':
        params[`pOrg${sfx}`] = scope.organizationId;
        parts.push(`mp.organization_id = CAST(:pOrg${sfx} AS uuid)`);
        break;
    }
    if (within) {
      const c = within.organizationCondition('mpo');
      parts.push(c.sql);
      Object.assign(params, c.params);
    }
    return { sql: `${select} FROM methodological_product mp JOIN organization mpo ON mpo.id = mp.organization_id WHERE ${parts.join(' AND ')} ${tail}`, params };
  }
}
