import { Injectable } from '@nestjs/common';
import { IndicatorDirection, IndicatorKind, IndicatorStatus, IndicatorTrend, IndicatorUnit, IndicatorValueSource } from '@metodset/shared';
import { Caller } from '../../common/access/access-rule';
import { AccessService } from '../../common/access/access.service';
import { Permission } from '../../common/auth/permissions';
import { UnitOfWork } from '../../common/database/unit-of-work';
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
  /** MANUAL: the source of the value; COMPUTED: null. */
  source: IndicatorValueSource | null;
  sourceText: string;
  computed: boolean;
  illustrative: boolean;
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
  status: IndicatorStatus;
  trend: IndicatorTrend | null;
  sourceNote: string;
  illustrative: boolean;
  archivedAt: Date | null;
  updatedAt: Date;
}

/**
 * The read model of indicators other domains call (DASHBOARD, HOME): indicators of owners with their values, status
 * and trend, inside the caller's INDICATOR_READ scope. A COMPUTED indicator's actuals come from the registered
 * `ComputedValueSource` (none registered: no actuals). Bounded SQL: one statement for the indicators, one for the
 * targets, one for the totals, one for the owners' names, plus what the computed source needs.
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
  async summarize(caller: Caller, rows: readonly IndicatorEntity[]): Promise<IndicatorSummary[]> {
    if (!rows.length) return [];
    const m = this.uow.reader;
    const ids = rows.map((r) => r.id);
    const manualIds = rows.filter((r) => r.kind === IndicatorKind.MANUAL).map((r) => r.id);
    const [targets, totals, names] = await Promise.all([this.repo.targetsOf(m, ids), this.repo.totalsOf(m, manualIds), this.repo.ownerNames(m, ids)]);
    const computed = await this.computedActuals(caller, rows, targets);
    return rows.map((r) => {
      const tg = targets.filter((t) => t.indicatorId === r.id).map((t) => ({ year: t.year, value: t.value, text: t.valueText }));
      const actuals: IndicatorActualView[] =
        r.kind === IndicatorKind.COMPUTED
          ? (computed.get(r.id) ?? []).map((a) => ({ ...a, source: null, sourceText: '', computed: true, illustrative: false }))
          : totals
              .filter((v) => v.indicatorId === r.id)
              .map((v) => ({ periodStart: v.periodStart, periodEnd: v.periodEnd, value: v.value, source: v.source, sourceText: v.sourceText, computed: false, illustrative: v.illustrative }));
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
        status,
        trend: indicatorTrend(r.direction, sorted),
        sourceNote: r.sourceNote,
        illustrative: r.illustrative,
        archivedAt: r.archivedAt,
        updatedAt: r.updatedAt,
      };
    });
  }

  private async computedActuals(caller: Caller, rows: readonly IndicatorEntity[], targets: readonly { indicatorId: string; year: number }[]) {
    const source = this.hook.current;
    const computed = rows.filter((r) => r.kind === IndicatorKind.COMPUTED && r.computedKey);
    if (!source || !computed.length) return new Map<string, { periodStart: string; periodEnd: string; value: number }[]>();
    return source.valuesFor(
      caller,
      computed.map((r) => ({
        indicatorId: r.id,
        computedKey: r.computedKey!,
        owner: ownerOf(r),
        years: [...new Set([...(r.baselineYear ? [r.baselineYear] : []), ...targets.filter((t) => t.indicatorId === r.id).map((t) => t.year)])].sort((a, b) => a - b),
      })),
    );
  }
}
