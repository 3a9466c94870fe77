import { Injectable, OnModuleInit } from '@nestjs/common';
import { ComputedIndicatorKey } from '@metodset/shared';
import { ComputedValueHook, ComputedValueSource } from '../computed-value-source';
import { ComputedService } from './computed.service';

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
 * COMPUTED plugs into the indicators' domain: the keys it knows and their formulas in words. The values are computed
 * by the recalculation (one value per calendar year, the current year up to today) and stored as actuals.
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
}
