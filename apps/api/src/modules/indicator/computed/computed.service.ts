import { Injectable } from '@nestjs/common';
import {
  COMPUTED_INDICATOR_FORMULAS,
  COMPUTED_INDICATOR_IS_COUNT,
  COMPUTED_INDICATOR_LABELS,
  COMPUTED_INDICATOR_ROWS,
  ComputedIndicatorKey,
  ComputedScopeKind,
  computedShare,
  DrillDownRows,
} from '@metodset/shared';
import { EntityManager } from 'typeorm';
import { AccessService } from '../../../common/access/access.service';
import { Actor } from '../../../common/auth/actor';
import { UnitOfWork } from '../../../common/database/unit-of-work';
import { badInput, notFound } from '../../../common/errors/errors';
import { PageRequest, SortDirection } from '../../../common/pagination/order';
import { ComputationRequest, ComputedRepository } from './computed.repository';
import { DrillDownOrder, DrillDownOrderField } from './dto/computed.args';

export interface ComputedActual extends ComputationRequest {
  /** A share in % with one decimal, or a count; null when the denominator is empty. */
  value: number | null;
  numerator: number;
  /** Null for a count. */
  denominator: number | null;
}

const NOT_FOUND = 'Показатель или его охват не найден';

/**
 * Computed indicators: each key's value for an owner and a period, and the rows behind it. The numbers are computed
 * over the owner's whole data (an indicator belongs to its owner); the rows are only those the caller may see.
 */
@Injectable()
export class ComputedService {
  constructor(
    private readonly repo: ComputedRepository,
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
  ) {}

  definitions() {
    return Object.values(ComputedIndicatorKey).map((key) => ({
      key,
      name: COMPUTED_INDICATOR_LABELS[key],
      formula: COMPUTED_INDICATOR_FORMULAS[key],
      isCount: COMPUTED_INDICATOR_IS_COUNT[key],
      rowKind: COMPUTED_INDICATOR_ROWS[key],
    }));
  }

  /**
   * The actuals of any number of computations (the indicators' reader asks for all periods of all computed indicators
   * of an owner at once): one statement for all of them. No access decision here: the caller of this method has
   * decided the owner is visible.
   */
  async actuals(requests: readonly ComputationRequest[], m: EntityManager = this.uow.reader): Promise<ComputedActual[]> {
    const sqlRequests = requests.filter((r) => r.key !== ComputedIndicatorKey.PRODUCTS);
    const counts = await this.repo.counts(m, sqlRequests);
    const bySql = new Map(sqlRequests.map((r, i) => [r, counts[i]!]));
    return requests.map((r) => {
      const c = bySql.get(r);
      if (!c) return { ...r, value: null, numerator: 0, denominator: null };
      return { ...r, numerator: c.numerator, denominator: c.denominator, value: computedShare(c.numerator, c.denominator) };
    });
  }

  /** The values of one key over an owner the caller sees, for each period; NOT_FOUND for an owner out of reach. */
  async values(actor: Actor, key: ComputedIndicatorKey, scope: { kind: ComputedScopeKind; id: string }, periods: { from: string; to: string }[]) {
    periods.forEach((p, i) => {
      if (p.to < p.from) throw badInput([{ field: `periods.${i}.to`, message: 'Конец периода раньше начала' }]);
    });
    const m = this.uow.reader;
    await this.requireOwner(m, actor, scope);
    return this.actuals(periods.map((p) => ({ key, scopeKind: scope.kind, scopeId: scope.id, from: p.from, to: p.to })), m);
  }

  /** The rows behind a number, inside the caller's scope (people the caller may not see are not listed). */
  async drillDown(
    actor: Actor,
    a: { key: ComputedIndicatorKey; scope: { kind: ComputedScopeKind; id: string }; period: { from: string; to: string }; rows: DrillDownRows; orderBy?: DrillDownOrder },
    page: PageRequest,
  ) {
    if (a.period.to < a.period.from) throw badInput([{ field: 'period.to', message: 'Конец периода раньше начала' }]);
    if (a.key === ComputedIndicatorKey.PRODUCTS) throw badInput([{ field: 'key', message: 'Для количества продуктов откройте банк продуктов' }]);
    const m = this.uow.reader;
    await this.requireOwner(m, actor, a.scope);
    const order = a.orderBy ?? { field: DrillDownOrderField.NAME, direction: SortDirection.ASC };
    const request = { key: a.key, scopeKind: a.scope.kind, scopeId: a.scope.id, from: a.period.from, to: a.period.to };
    const conn = await this.repo.drillDown(m, actor.scope, request, a.rows, order, page);
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

  /** The owner is the caller's to see, or NOT_FOUND (existence is never told). */
  private async requireOwner(m: EntityManager, actor: Actor, scope: { kind: ComputedScopeKind; id: string }): Promise<void> {
    const caller = actor.user;
    let ok: boolean;
    switch (scope.kind) {
      case ComputedScopeKind.TERRITORY:
        ok = await this.repo.territoryVisible(m, actor.scope.withoutSelf(), scope.id);
        break;
      case ComputedScopeKind.ORGANIZATION:
        ok = await this.access.can(m, caller, 'organization.read', scope.id);
        break;
      case ComputedScopeKind.NETWORK:
        ok = await this.access.can(m, caller, 'network.read', scope.id);
        break;
      case ComputedScopeKind.PROGRAMME:
        ok = await this.access.can(m, caller, 'program.read', scope.id);
        break;
    }
    if (!ok) throw notFound(NOT_FOUND);
  }
}
