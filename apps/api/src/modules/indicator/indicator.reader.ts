import { Injectable } from '@nestjs/common';
import { IndicatorDirection, IndicatorKind, IndicatorStatus, IndicatorTrend, IndicatorUnit, IndicatorValueSource } from '@metodset/shared';
import { Caller } from '../../common/access/access-rule';
import { AccessService } from '../../common/access/access.service';
import { Permission } from '../../common/auth/permissions';
import { UnitOfWork } from '../../common/database/unit-of-work';
import { groupByKeys } from '../../common/graphql/loaders';
import { ComputedValueHook, IndicatorOwnerRef } from './computed-value-source';
import { IndicatorEntity } from './indicator.entity';
import { ownerOf } from './indicator-owner';
import { IndicatorRepository } from './indicator.repository';
import { byPeriod, indicatorStatus, indicatorTrend, targetFor, yearOf } from './indicator-status';

/** A target for one year. */
export interface IndicatorTargetView {
  year: number;
  value: number;
  /** As written («10 (с учётом перспективы)»); empty when the number says it all. */
  text: string;
}

/** An actual total of the owner for one period. */
export interface IndicatorActualView {
  periodStart: string;
  periodEnd: string;
  value: number;
  /** Where the value comes from (COMPUTED: «Расчёт», written by the recalculation). */
  source: IndicatorValueSource | null;
  sourceText: string;
  computed: boolean;
  illustrative: boolean;
  /** When the value was stored: entered by hand, or recalculated («по состоянию на»). */
  recordedAt: Date | null;
}

/** An indicator as other domains read it: baseline, targets, actuals, the latest one, status and trend. */
export interface IndicatorSummary {
  id: string;
  name: string;
  section: string;
  position: number;
  description: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  kind: IndicatorKind;
  computedKey: string | null;
  /** COMPUTED: the formula in words, when the computed source knows the key. */
  formula: string | null;
  measuresChange: boolean;
  owner: IndicatorOwnerRef & { name: string };
  baseline: IndicatorTargetView | null;
  targets: IndicatorTargetView[];
  /** Totals of the owner, oldest period first. */
  actuals: IndicatorActualView[];
  latest: IndicatorActualView | null;
  /** The target the latest actual is measured against (see `targetFor`). */
  latestTarget: IndicatorTargetView | null;
  /** COMPUTED: when it was last recalculated (its actuals are as of then); null: never recalculated, no actuals yet. */
  recalculatedAt: Date | null;
  status: IndicatorStatus;
  trend: IndicatorTrend | null;
  sourceNote: string;
  illustrative: boolean;
  archivedAt: Date | null;
  updatedAt: Date;
}

/**
 * The read model of indicators other domains call (DASHBOARD, HOME): indicators of owners with their values, status
 * and trend, inside the caller's INDICATOR_READ scope. A COMPUTED indicator's actuals are the values its last
 * recalculation stored (source «Расчёт», each with the moment it was stored; none before the first recalculation),
 * never counted on the fly: every page shows the same numbers «по состоянию на» the same moment. Bounded SQL: one
 * statement for the indicators, one for the targets, one for the totals, one for the owners' names.
 */
@Injectable()
export class IndicatorReader {
  constructor(
    private readonly repo: IndicatorRepository,
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly hook: ComputedValueHook,
  ) {}

  /** Live indicators of one owner the caller may see, in the owner's order. */
  async forOwner(caller: Caller, owner: IndicatorOwnerRef): Promise<IndicatorSummary[]> {
    return this.forOwners(caller, [owner]);
  }

  /** Live indicators of these owners the caller may see (each carries its owner), in the owners' order. */
  async forOwners(caller: Caller, owners: readonly IndicatorOwnerRef[]): Promise<IndicatorSummary[]> {
    const scope = this.access.scope(caller, Permission.INDICATOR_READ);
    if (scope.isEmpty) return [];
    const rows = await this.repo.ofOwners(this.uow.reader, scope, caller.personId, owners);
    return this.summarize(caller, rows);
  }

  /** These indicators as the caller may see them, in the order asked; null where out of reach. */
  async byIds(caller: Caller, ids: readonly string[]): Promise<(IndicatorSummary | null)[]> {
    const scope = this.access.scope(caller, Permission.INDICATOR_READ);
    const rows = scope.isEmpty ? [] : await this.repo.byIdsInScope(this.uow.reader, scope, caller.personId, ids);
    const byId = new Map((await this.summarize(caller, rows)).map((s) => [s.id, s]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Summaries of indicator rows the caller may already see (the list and the page use it). */
  async summarize(_caller: Caller, rows: readonly IndicatorEntity[]): Promise<IndicatorSummary[]> {
    if (!rows.length) return [];
    const m = this.uow.reader;
    const ids = rows.map((r) => r.id);
    const [targets, totals, names] = await Promise.all([this.repo.targetsOf(m, ids), this.repo.totalsOf(m, ids), this.repo.ownerNames(m, ids)]);
    const targetsOf = groupByKeys(ids, targets, (t) => t.indicatorId);
    const totalsOf = groupByKeys(ids, totals, (v) => v.indicatorId);
    return rows.map((r, n) => {
      const tg = targetsOf[n]!.map((t) => ({ year: t.year, value: t.value, text: t.valueText }));
      const computed = r.kind === IndicatorKind.COMPUTED;
      // A computed indicator shows only what its recalculation stored (a value left from when it was manual is not its).
      const actuals: IndicatorActualView[] = totalsOf[n]!
        .filter((v) => !computed || v.source === IndicatorValueSource.CALCULATION)
        .map((v) => ({
          periodStart: v.periodStart,
          periodEnd: v.periodEnd,
          value: v.value,
          source: v.source,
          sourceText: v.sourceText,
          computed,
          illustrative: v.illustrative,
          recordedAt: v.enteredAt,
        }));
      const sorted = byPeriod(actuals);
      const latest = sorted[sorted.length - 1] ?? null;
      const baseline = r.baselineYear !== null && r.baselineValue !== null ? { year: r.baselineYear, value: r.baselineValue, text: r.baselineText } : null;
      const status = indicatorStatus({ direction: r.direction, baseline, targets: tg, actuals: sorted });
      return {
        id: r.id,
        name: r.name,
        section: r.section,
        position: r.position,
        description: r.description,
        unit: r.unit,
        direction: r.direction,
        kind: r.kind,
        computedKey: r.computedKey,
        formula: r.computedKey ? (this.hook.current?.formula(r.computedKey) ?? null) : null,
        measuresChange: r.measuresChange,
        owner: { ...ownerOf(r), name: names.get(r.id) ?? '' },
        baseline,
        targets: tg,
        actuals: sorted,
        latest,
        latestTarget: latest ? targetFor(tg, yearOf(latest)) : null,
        recalculatedAt: computed ? r.recalculatedAt : null,
        status,
        trend: indicatorTrend(r.direction, sorted),
        sourceNote: r.sourceNote,
        illustrative: r.illustrative,
        archivedAt: r.archivedAt,
        updatedAt: r.updatedAt,
      };
    });
  }
}
