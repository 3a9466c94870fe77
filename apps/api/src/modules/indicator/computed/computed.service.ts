import { Injectable } from '@nestjs/common';
import { COMPUTED_INDICATOR_FORMULAS, ComputedIndicatorKey, ComputedRowKind, computedShare, DrillDownRows, IndicatorKind, IndicatorOwnerKind } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Caller } from '../../../common/access/access-rule';
import { AccessService } from '../../../common/access/access.service';
import { AccessScope } from '../../../common/auth/access-scope';
import { Permission } from '../../../common/auth/permissions';
import { UnitOfWork } from '../../../common/database/unit-of-work';
import { badInput, notFound } from '../../../common/errors/errors';
import { PageRequest, SortDirection } from '../../../common/pagination/order';
import { ownerOf } from '../indicator-owner';
import { IndicatorRepository } from '../indicator.repository';
import { ProductReader, ProductScope } from '../../practice/product.reader';
import { ComputationRequest, ComputedRepository } from './computed.repository';
import { DrillDownOrder, DrillDownOrderField } from './dto/computed.args';

export interface ComputedCount extends ComputationRequest {
  /** A share in % with one decimal, or a count; null when the denominator is empty. */
  value: number | null;
  numerator: number;
  /** Null for a count. */
  denominator: number | null;
}

const NOT_FOUND = 'Показатель не найден';

/** The practices' scope of products for an indicator owner (programmes and plans have no products of their own: null). */
function productScope(r: { scopeKind: IndicatorOwnerKind; scopeId: string }): ProductScope | null {
  switch (r.scopeKind) {
    case IndicatorOwnerKind.REGION:
      return { kind: 'REGION', regionId: r.scopeId };
    case IndicatorOwnerKind.MUNICIPALITY:
      return { kind: 'MUNICIPALITY', municipalityId: r.scopeId };
    case IndicatorOwnerKind.NETWORK:
      return { kind: 'NETWORK', networkId: r.scopeId };
    case IndicatorOwnerKind.ORGANIZATION:
      return { kind: 'ORGANIZATION', organizationId: r.scopeId };
    case IndicatorOwnerKind.MENTORING_PROGRAM:
    case IndicatorOwnerKind.INTERNSHIP_PROGRAM:
    case IndicatorOwnerKind.PLAN:
      return null;
  }
}
const KEYS = new Set<string>(Object.values(ComputedIndicatorKey));

export const isComputedKey = (key: string | null | undefined): key is ComputedIndicatorKey => !!key && KEYS.has(key);

/**
 * Computed indicators: each key's value for an owner and a period, and the rows behind it. The numbers are totals of
 * the owner (an indicator belongs to its owner, the indicators' reader decides who sees it); the rows of a drill-down
 * are only those the caller may see (people through `person` scope, schools through `organization` scope).
 */
@Injectable()
export class ComputedService {
  constructor(
    private readonly repo: ComputedRepository,
    private readonly indicators: IndicatorRepository,
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly products: ProductReader,
  ) {}

  /**
   * The counts of any number of computations, in their order: ONE statement for all shares; the products indicator
   * asks the practices' read model (`countProductsMany`: one more statement for all products indicators and periods).
   */
  async counts(requests: readonly ComputationRequest[], m: EntityManager = this.uow.reader): Promise<ComputedCount[]> {
    const sqlRequests = requests.filter((r) => r.key !== ComputedIndicatorKey.METHODOLOGICAL_PRODUCTS_COUNT);
    const counts = await this.repo.counts(m, sqlRequests);
    const bySql = new Map(sqlRequests.map((r, i) => [r, counts[i]!]));
    const productRequests = requests.filter((r) => r.key === ComputedIndicatorKey.METHODOLOGICAL_PRODUCTS_COUNT);
    const scoped = productRequests.flatMap((r) => {
      const scope = productScope(r);
      return scope ? [{ r, scope, period: { from: r.from, to: r.to } }] : [];
    });
    const numbers = await this.products.countProductsMany(m, scoped);
    const products = new Map<ComputationRequest, number | null>(productRequests.map((r) => [r, null]));
    scoped.forEach((s, i) => products.set(s.r, numbers[i]!));
    return requests.map((r) => {
      if (products.has(r)) {
        const n = products.get(r) ?? null;
        return { ...r, value: n, numerator: n ?? 0, denominator: null };
      }
      const c = bySql.get(r)!;
      return { ...r, numerator: c.numerator, denominator: c.denominator, value: computedShare(c.numerator, c.denominator) };
    });
  }

  /** The products behind a products indicator's value (the practices' read model; every product counts, none «not counted»). */
  private async productRows(
    m: EntityManager,
    owner: { kind: IndicatorOwnerKind; id: string },
    a: { periodStart: string; periodEnd: string; rows: DrillDownRows },
    within: AccessScope,
    page: PageRequest,
  ) {
    if (page.after) throw badInput([{ field: 'after', message: 'Продукты листаются по номеру страницы (offset)' }]);
    const scope = productScope({ scopeKind: owner.kind, scopeId: owner.id });
    const period = { from: a.periodStart, to: a.periodEnd };
    const empty = !scope || a.rows === DrillDownRows.NOT_COUNTED || within.isEmpty;
    const [total, rows] = empty
      ? [0, []]
      : await Promise.all([this.products.countProducts(m, scope, period, within), this.products.listProducts(m, scope, period, within, { limit: page.first, offset: page.offset ?? 0 })]);
    return {
      totalCount: total,
      pageInfo: { hasNextPage: (page.offset ?? 0) + rows.length < total, endCursor: null },
      nodes: rows.map((r) => ({ id: r.id, kind: ComputedRowKind.PRODUCT, personId: null, organizationId: r.organizationId, name: r.title, organizationName: r.organizationName, counted: true })),
    };
  }

  formula(key: string): string | null {
    return isComputedKey(key) ? COMPUTED_INDICATOR_FORMULAS[key] : null;
  }

  /** The rows behind one value of a computed indicator the caller may see (else NOT_FOUND), inside the caller's scope. */
  async drillDown(
    caller: Caller,
    a: { indicatorId: string; periodStart: string; periodEnd: string; rows: DrillDownRows; orderBy?: DrillDownOrder },
    page: PageRequest,
  ) {
    if (a.periodEnd < a.periodStart) throw badInput([{ field: 'periodEnd', message: 'Конец периода раньше начала' }]);
    // The current year's value is stored for the whole year but counted up to today (`yearPeriods`): so are its rows.
    const today = new Date().toISOString().slice(0, 10);
    if (a.periodEnd > today && a.periodStart <= today) a = { ...a, periodEnd: today };
    const m = this.uow.reader;
    const scope = this.access.scope(caller, Permission.INDICATOR_READ);
    const [indicator] = scope.isEmpty ? [] : await this.indicators.byIdsInScope(m, scope, caller.personId, [a.indicatorId]);
    if (!indicator) throw notFound(NOT_FOUND);
    if (indicator.kind !== IndicatorKind.COMPUTED || !isComputedKey(indicator.computedKey)) {
      throw badInput([{ field: 'indicatorId', message: 'Показатель вводится вручную: строк за его значениями нет' }]);
    }
    const owner = ownerOf(indicator);
    // The rows are people, schools or products: the caller sees those of its registry scope only.
    const rowsScope = this.access.scope(caller, Permission.REGISTRY_READ);
    if (indicator.computedKey === ComputedIndicatorKey.METHODOLOGICAL_PRODUCTS_COUNT) return this.productRows(m, { kind: owner.kind, id: owner.id }, a, rowsScope, page);
    const order = a.orderBy ?? { field: DrillDownOrderField.NAME, direction: SortDirection.ASC };
    const request = { key: indicator.computedKey, scopeKind: owner.kind, scopeId: owner.id, from: a.periodStart, to: a.periodEnd };
    const conn = await this.repo.drillDown(m, rowsScope, request, a.rows, order, page);
    return {
      ...conn,
      nodes: conn.nodes.map((r) => ({
        id: r.id,
        kind: r.kind,
        personId: r.kind === 'PERSON' ? r.id : null,
        organizationId: r.kind === 'ORGANIZATION' ? r.id : null,
        name: r.name,
        organizationName: r.organization_name,
        counted: r.counted,
      })),
    };
  }
}
