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

  /** The statement over `mp` (product) and `mpo` (its organisation) with the rule above. */
  private query(m: EntityManager, select: string, scope: ProductScope, period: ProductPeriod, within: AccessScope | undefined, tail = ''): [string, unknown[]] {
    const params: Record<string, unknown> = { pFrom: period.from, pTo: period.to };
    const parts = [
      'mp.archived_at IS NULL',
      `(CASE WHEN mp.published_on IS NOT NULL THEN mp.published_on BETWEEN CAST(:pFrom AS date) AND CAST(:pTo AS date)
             ELSE make_date(mp.year, 1, 1) <= CAST(:pTo AS date) AND make_date(mp.year, 12, 31) >= CAST(:pFrom AS date) END)`,
    ];
    switch (scope.kind) {
      case 'REGION':
        params.pRegion = scope.regionId;
        parts.push('mpo.municipality_id IN (SELECT pm.id FROM municipality pm WHERE pm.region_id = CAST(:pRegion AS uuid))');
        break;
      case 'MUNICIPALITY':
        params.pMun = scope.municipalityId;
        parts.push('mpo.municipality_id = CAST(:pMun AS uuid)');
        break;
      case 'NETWORK':
        params.pNet = scope.networkId;
        parts.push(`mp.organization_id IN (${acceptedMemberOrgsSql('CAST(:pNet AS uuid)', 'pnm')})`);
        break;
      case 'ORGANIZATION':
        params.pOrg = scope.organizationId;
        parts.push('mp.organization_id = CAST(:pOrg AS uuid)');
        break;
    }
    if (within) {
      const c = within.organizationCondition('mpo');
      parts.push(c.sql);
      Object.assign(params, c.params);
    }
    const sql = `${select} FROM methodological_product mp JOIN organization mpo ON mpo.id = mp.organization_id WHERE ${parts.join(' AND ')} ${tail}`;
    return m.connection.driver.escapeQueryWithParameters(sql, params);
  }
}
