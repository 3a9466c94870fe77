import { Injectable, OnModuleInit } from '@nestjs/common';
import { ComputedIndicatorKey } from '@metodset/shared';
import { Caller } from '../../../common/access/access-rule';
import { ComputedActual, ComputedValueHook, ComputedValueRequest, ComputedValueSource } from '../computed-value-source';
import { ComputedService, isComputedKey } from './computed.service';
import { ComputationRequest } from './computed.repository';

/** Years looked at when an indicator names none (no baseline, no targets): the current one and the four before. */
export const RECENT_YEARS = 5;

/**
 * The periods of the years asked for: calendar years up to the current one (future years have no data yet; the
 * current year runs up to today). Without years, the recent ones.
 */
export function yearPeriods(years: readonly number[], today: string): { from: string; to: string }[] {
  const thisYear = Number(today.slice(0, 4));
  const wanted = years.length ? years : Array.from({ length: RECENT_YEARS }, (_, i) => thisYear - RECENT_YEARS + 1 + i);
  return wanted.filter((y) => y <= thisYear).map((y) => ({ from: `${y}-01-01`, to: y === thisYear ? today : `${y}-12-31` }));
}

/**
 * COMPUTED plugs into the indicators' reader: the actuals of every computed indicator asked for, one value per
 * calendar year (the current year up to today), in one SQL statement for all of them.
 */
@Injectable()
export class ComputedIndicatorSource implements ComputedValueSource, OnModuleInit {
  constructor(
    private readonly hook: ComputedValueHook,
    private readonly service: ComputedService,
  ) {}

  onModuleInit(): void {
    this.hook.register(this);
  }

  keys(): readonly string[] {
    return Object.values(ComputedIndicatorKey);
  }

  formula(computedKey: string): string | null {
    return this.service.formula(computedKey);
  }

  async valuesFor(_caller: Caller, requests: readonly ComputedValueRequest[]): Promise<Map<string, ComputedActual[]>> {
    const today = new Date().toISOString().slice(0, 10);
    const asked: (ComputationRequest & { indicatorId: string })[] = [];
    for (const r of requests) {
      if (!isComputedKey(r.computedKey)) continue;
      for (const p of yearPeriods(r.years, today)) {
        asked.push({ indicatorId: r.indicatorId, key: r.computedKey, scopeKind: r.owner.kind, scopeId: r.owner.id, from: p.from, to: p.to });
      }
    }
    const counts = await this.service.counts(asked);
    const out = new Map<string, ComputedActual[]>();
    counts.forEach((c, i) => {
      if (c.value === null) return;
      const id = asked[i]!.indicatorId;
      out.set(id, [...(out.get(id) ?? []), { periodStart: c.from, periodEnd: c.to, value: c.value }]);
    });
    return out;
  }
}
