import { Injectable } from '@nestjs/common';
import { COMPUTED_INDICATOR_FORMULAS, ComputedIndicatorKey, computedShare, DrillDownRows, IndicatorKind } from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { Caller } from '../../../common/access/access-rule';
import { AccessService } from '../../../common/access/access.service';
import { Permission } from '../../../common/auth/permissions';
import { UnitOfWork } from '../../../common/database/unit-of-work';
import { badInput, notFound } from '../../../common/errors/errors';
import { PageRequest, SortDirection } from '../../../common/pagination/order';
import { ownerOf } from '../indicator-owner';
import { IndicatorRepository } from '../indicator.repository';
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
  ) {}

  /** The counts of any number of computations, in their order: ONE statement for all of them (products excepted). */
  async counts(requests: readonly ComputationRequest[], m: EntityManager = this.uow.reader): Promise<ComputedCount[]> {
    const sqlRequests = requests.filter((r) => r.key !== ComputedIndicatorKey.PRODUCTS);
    const counts = await this.repo.counts(m, sqlRequests);
    const bySql = new Map(sqlRequests.map((r, i) => [r, counts[i]!]));
    return requests.map((r) => {
      const c = bySql.get(r);
      if (!c) return { ...r, value: null, numerator: 0, denominator: null };
      return { ...r, numerator: c.numerator, denominator: c.denominator, value: computedShare(c.numerator, c.denominator) };
    });
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
    const m = this.uow.reader;
    const scope = this.access.scope(caller, Permission.INDICATOR_READ);
    const [indicator] = scope.isEmpty ? [] : await this.indicators.byIdsInScope(m, scope, caller.personId, [a.indicatorId]);
    if (!indicator) throw notFound(NOT_FOUND);
    if (indicator.kind !== IndicatorKind.COMPUTED || !isComputedKey(indicator.computedKey)) {
      throw badInput([{ field: 'indicatorId', message: 'Показатель вводится вручную: строк за его значениями нет' }]);
    }
    if (indicator.computedKey === ComputedIndicatorKey.PRODUCTS) {
      throw badInput([{ field: 'indicatorId', message: 'Продукты показателя открываются в банке методических продуктов' }]);
    }
    const owner = ownerOf(indicator);
    const order = a.orderBy ?? { field: DrillDownOrderField.NAME, direction: SortDirection.ASC };
    const request = { key: indicator.computedKey, scopeKind: owner.kind, scopeId: owner.id, from: a.periodStart, to: a.periodEnd };
    // The rows are people or schools: the caller sees those of its registry scope only.
    const rowsScope = this.access.scope(caller, Permission.REGISTRY_READ);
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
